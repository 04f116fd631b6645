"""A name's unit for a country or region (rule "patterns", taught in lesson 03).

:func:`_country_units` claims a foreign company's unit in a country, its name written one space before the
country's (``Sojitz Việt Nam``, ``Gartner Japan``), and :func:`_regional_names` a name's unit or edition for a
region (``Nikkei Asia``): one organisation each, not a name and a place. Imports nothing from
:mod:`.patterns` (it imports from here).

>>> from helpers.entities import extract_entities
>>> extract_entities("Ông Tanaka, Tổng Giám đốc Sojitz Việt Nam, cho biết.", "vi")[["surface", "label", "source"]]
           surface label         source
0           Tanaka   PER    rule:titles
1  Sojitz Việt Nam   ORG  rule:patterns
>>> extract_entities("Nikkei Asia reported that Gartner Japan expects growth.", "en")[["surface", "label", "source"]]
         surface label         source
0    Nikkei Asia   ORG  rule:patterns
1  Gartner Japan   ORG  rule:patterns
"""

from __future__ import annotations

from ...languages import VI
from ..lexicon import _NOT_NAMES_EN
from ..units import _claim, _Mention, _person_shaped, _span_text, _Unit
from .brands import holds_term_word
from .org_naming import _foreign_words
from .word_shapes import _capital

#: Words that make a part of a region, not an organisation, before a region's name (``Southeast Asia``).
_REGION_QUALIFIERS = frozenset(
    "north south east west central southeast southwest northeast northwest eastern western northern "
    "southern emerging developing greater continental".split()
)


def _regional_names(units: list[_Unit], out: list[_Mention]) -> None:
    """``Nikkei Asia``, ``Fujitsu Asia``: a capitalised name or known organisation right before a region's
    English name (not a part of the region: ``Central Asia``) is one organisation, the name's unit
    or edition for that region, with up to two more foreign words before the name (``Nomura Real Estate Asia``),
    and with a country's name right after it, that unit's own unit there (``Hirochiku Asia Vietnam``)."""
    for i in range(len(units) - 1):
        x, region = units[i], units[i + 1]
        if region.label != "LOC" or region.known.kind != "region" or region.claimed or not region.text[:1].isupper():
            continue
        named = (x.kind == "word" or x.label == "ORG") and _capital(x) and not x.initial
        if named and region.start == x.end + 1 and x.text.lower() not in _NOT_NAMES_EN | _REGION_QUALIFIERS:
            piece = (
                _name_before(units, i)
                + [region]
                + (
                    [units[i + 2]]
                    if i + 2 < len(units) and _unit_country(units, i + 2, "en") and units[i + 2].start == region.end + 1
                    else []
                )
            )
            _claim(piece, "ORG", _span_text(piece), out)  # Hirochiku Asia Vietnam: its region's unit in a country


def _name_before(units: list[_Unit], i: int) -> list[_Unit]:
    """The name whose last unit is ``units[i]``: with up to two more capitalised foreign units one space before it
    (``Nomura Real`` ``Estate``, before ``Asia``: ``Nomura Real Estate Asia``)."""
    start = i
    while start > max(i - 2, 0) and _capital(units[start - 1]) and _foreign_word_unit(units[start - 1], units[start]):
        start -= 1
    return units[start : i + 1]


def _country_units(units: list[_Unit], lang: str, out: list[_Mention]) -> None:
    """``Nankai Kinzoku Việt Nam``, ``Sojitz Việt Nam``: in Vietnamese text, one to three foreign words
    (no Vietnamese syllable) written one space before Việt Nam are a foreign company's unit there, one
    organisation named as written (a Vietnamese text writes a foreign person with a title and never
    runs the country into the name), not a person and a place; after an office it is the office's company
    (``Tổng Giám đốc Sojitz Việt Nam``); not after an honorific (``ông``). In English text the same
    holds before any country's name (``VTI Japan``, ``Gartner Japan``, ``Samsung Vietnam``), for words
    that do not open the sentence and have no shape of a person's name; not when a word names an event or
    programme (``Tourism Expo Japan``: ``helpers/data/term_words.txt``; round 18 of issue 14)."""
    for i in range(len(units)):
        if not _unit_country(units, i, lang):
            continue
        start, words = _foreign_run_before(units, i, lang)
        strict = lang != VI or units[i].known.country != "VN"  # English text, or Japan written in a Vietnamese one
        if start < i and words <= 3 and _named_unit(units, start, i, strict):
            _claim(units[start : i + 1], "ORG", _span_text(units[start : i + 1]), out)  # as written: NAL Japan


def _named_unit(units: list[_Unit], start: int, i: int, strict: bool) -> bool:
    """May the words ``units[start:i]`` before the country at ``i`` name a unit: not after an honorific, no word of
    an event (``Tourism Expo Japan``), and if ``strict`` not opening the sentence (``Outside Japan``) nor after a
    known group (``Toyota Tsusho Vietnam``, ``FPT Smart Cloud Japan``: the group's, as the gazetteer names it)?"""
    honoured = start > 0 and units[start - 1].label == "TITLE" and units[start - 1].known.kind == "honorific"
    group = start > 0 and units[start - 1].label == "ORG" and units[start - 1].end + 1 == units[start].start
    named_thing = holds_term_word([u.text for u in units[start:i]])
    return not honoured and not named_thing and not (strict and (start == 0 or group))


def _unit_country(units: list[_Unit], i: int, lang: str) -> bool:
    """Is ``units[i]`` an unclaimed country a company's unit may be named for (in Vietnamese text: Việt Nam, or a
    country written in English, which a Vietnamese text writes only inside a foreign name: ``Kohnan Japan``;
    round 19 of issue 14)?"""
    country = units[i]
    if i == 0 or country.label != "LOC" or country.claimed or country.known.kind != "country":
        return False
    return lang != VI or country.known.country == "VN" or _in_english(country)


def _in_english(country: _Unit) -> bool:
    """Is the country written in English, not as its Vietnamese name (``Japan``, not ``Nhật Bản``)?"""
    return country.text != country.known.canonical and country.text.isascii()


def _foreign_run_before(units: list[_Unit], i: int, lang: str) -> tuple[int, int]:
    """Where the foreign words right before ``units[i]`` start (at most three words), and how many there are."""
    start, words = i, 0
    while start > 0 and _foreign_word_unit(units[start - 1], units[start], lang) and words < 3:
        start -= 1
        words += len(units[start].text.split())
    return start, words


def _foreign_word_unit(x: _Unit, after: _Unit, lang: str = VI) -> bool:
    """A capitalised unclaimed word of foreign words only, one space before ``after`` (in English, not
    a sentence's first word nor a person's name)."""
    english = lang != VI and (x.initial or _person_shaped(x) or x.text.lower() in _NOT_NAMES_EN)
    return x.kind == "word" and not x.claimed and after.start == x.end + 1 and _foreign_words(x) and not english
