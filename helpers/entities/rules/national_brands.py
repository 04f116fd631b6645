"""Companies named for their country (rule "patterns", taught in lesson 03).

:func:`_national_brands` claims, in English text, a country's name and one capitalised word after it as one
company (``China Unicom``, ``Japan Post``: national carriers and operators), not a place and a word. Imports
nothing from :mod:`.patterns` (it imports from here).

>>> from helpers.entities import extract_entities
>>> extract_entities("Partners include China Unicom and Japan Post.", "en")[["surface", "label", "source"]]
        surface label         source
0  China Unicom   ORG  rule:patterns
1    Japan Post   ORG  rule:patterns
"""

from __future__ import annotations

from ..lexicon import _NOT_NAMES_EN, _ROMAJI, _VI_SYLLABLE, _plain
from ..units import _claim, _Mention, _Unit


def _national_brands(units: list[_Unit], out: list[_Mention]) -> None:
    """``China Unicom``, ``Japan Post``: in English text, a country's name one space before one capitalised
    word that is no known name, no common word and no person's given name is a company named for its
    country (national carriers and operators), when a comma, ``and`` or the sentence's end follows."""
    for i in range(len(units) - 2):
        country, word, after = units[i], units[i + 1], units[i + 2]
        if country.label != "LOC" or country.known.kind != "country" or country.claimed or word.claimed:
            continue
        plain = word.kind == "word" and word.text[:1].isupper() and word.text.lower() not in _NOT_NAMES_EN
        closed = after.text in (",", ".", ";", "and") and word.start == country.end + 1
        if plain and closed and not _ROMAJI.match(word.text.lower()) and not _VI_SYLLABLE.match(_plain(word.text)):
            _claim([country, word], "ORG", f"{country.text} {word.text}", out)
