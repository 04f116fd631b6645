"""Rule "titles": job titles and honorifics are never part of a name, but a name may follow one.

``Thủ tướng``, ``Bộ trưởng``, ``ông``, ``bà``, ``PM``, ``Mr`` (the TITLE rows of the gazetteer,
any case): a capitalised word after one is probably a person (``Thủ tướng Chính``); in English,
two or three capitalised words followed by ``, <title>`` or a verb of saying (``Keith Strier, vice
president …``, ``Jane Doe said``), or making up a byline (``By Linh Pham``), are a person of any nationality.
"""

from __future__ import annotations

from ...cache import memoize
from ..lexicon import (
    _ORG_HEADS_EN,
    _ROMAJI,
    _VI_SYLLABLE,
    Phrase,
    _Entry,
    _gazetteer,
    _key,
    _plain,
    _words,
    ends_in_legal_form,
)
from ..units import _DASHES, _Candidate, _Mention, _mention, _name_like
from .gazetteer import clipped, known_company


def phrases() -> list[Phrase]:
    """Every title and honorific of the gazetteer, matched in any case; an English office of two words also
    with a hyphen (``Vice-Chairman``, ``Vice-President``), as some outlets write them."""
    return [
        (key, True, _Entry(row.label, row.kind, row.canonical, row.country))
        for row in _gazetteer().itertuples()
        if row.label == "TITLE"
        for key in _hyphened(_key(_words(row.alias), fold=True))
    ]


def _hyphened(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``key`` and, for an English office of two words, the two joined by a hyphen.

    >>> _hyphened(("vice", "chairman")), _hyphened(("phó", "chủ tịch"))
    ([('vice', 'chairman'), ('vice', '-', 'chairman')], [('phó', 'chủ tịch')])
    """
    english = len(key) == 2 and all(w.isascii() and w.isalpha() for w in key)
    return [key, (key[0], "-", key[1])] if english else [key]


#: Offices of a company, whose holder is named by a Vietnamese or Japanese name: a single foreign word
#: of another shape after one is the company (``Tổng Giám đốc Sojitz``), not a person.
_COMPANY_OFFICES = frozenset({"director", "general director", "deputy director", "chairman", "vice chairman"})


@memoize(maxsize=1)
def _countries() -> frozenset[str]:
    """Every way the gazetteer writes a country (``Việt Nam``, ``Vietnam``, ``Japan``)."""
    g = _gazetteer()
    return frozenset(g[g.kind == "country"].alias)


def office_company(c: _Candidate) -> bool:
    """Is the one foreign word after a title the office's company, not its holder: a personal name or
    a country follows it (``Giám đốc Marubeni Tanaka Ken``, ``Tổng Giám đốc Socionext Việt Nam``), or
    it has no Japanese shape after a company office (``Tổng Giám đốc Sojitz``; ``Giám đốc Tanaka`` is a
    person)?"""
    words = c.words
    if not c.title or len(words) != 1 or _VI_SYLLABLE.match(_plain(words[0])):
        return False
    company = c.title in _COMPANY_OFFICES and not _ROMAJI.match(words[0].lower())
    return c.name_after or c.after in _countries() or company


def name(c: _Candidate) -> _Mention | None:
    """A person named right after a title or honorific (one capitalised syllable is enough), not a
    foreign word followed by a personal name or a country (the company of the office: ``Chủ tịch Sojitz
    Fujimoto Masayoshi``, ``Tổng Giám đốc Socionext Việt Nam``) nor a foreign word of no Japanese shape
    after a company office (``Tổng Giám đốc Sojitz``), nor the first of two clipped countries (``Thứ trưởng Việt -
    Nhật``)."""
    words = c.words
    if office_company(c):
        return None  # Giám đốc Marubeni Tanaka Ken: the office's company, then the person
    if clipped(words) and c.after in _DASHES:
        return None  # cấp Thứ trưởng Việt - Nhật: the two countries' level, no person
    if (c.title or c.honorific) and _name_like(c.units, words, strict=False, cued=True):
        m = _mention(c, "PER")
        m.title, m.short = c.title, len(words) == 1
        return m
    return _mention(c, "PER") if _cued_english_name(c) else None


def _cued_english_name(c: _Candidate) -> bool:
    """Two or three words of a person's shape in English text, before ``, <title>`` or a verb of saying or
    after ``By`` (``Keith Strier, vice president of …``, ``Jane Doe said``, ``By Linh Pham``), no organisation (no
    organisation word, known company or closing legal form)."""
    words = c.words
    english = not any(u.pos for u in c.units)
    if not (english and (c.title_after or c.byline) and 2 <= len(words) <= 3):
        return False
    organisation = any(w in _ORG_HEADS_EN or known_company(w) for w in words)  # Sojitz Asia, Hoa Phat Group
    organisation = organisation or ends_in_legal_form(words)  # Orix Kabushiki Kaisha said
    shaped = _name_like(c.units, words, strict=False) or (c.byline and _vietnamese_syllables(words))
    return bool(shaped) and not organisation


def _vietnamese_syllables(words: list[str]) -> bool:
    """Are all these capitalised words Vietnamese syllables written without their marks (a byline's
    ``An Nguyen``, whose ``An`` is also an English word)?

    >>> _vietnamese_syllables(["An", "Nguyen"]), _vietnamese_syllables(["Staff", "Writer"])
    (True, False)
    """
    return all(w[:1].isupper() and _VI_SYLLABLE.match(_plain(w)) for w in words)
