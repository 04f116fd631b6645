"""Rule "titles": job titles and honorifics are never part of a name, but a name may follow one.

``Thủ tướng``, ``Bộ trưởng``, ``ông``, ``bà``, ``PM``, ``Mr`` (the TITLE rows of the gazetteer,
any case): a capitalised word after one is probably a person (``Thủ tướng Chính``); in English,
two or three capitalised words followed by ``, <title>`` or a verb of saying (``Keith Strier, vice
president …``, ``Jane Doe said``), or making up a byline (``By Linh Pham``), are a person of any nationality.
"""

from __future__ import annotations

from ...cache import memoize
from ..lexicon import _VI_SYLLABLE, Phrase, _Entry, _gazetteer, _key, _plain, _words
from ..units import _Candidate, _Mention, _mention, _name_like


def phrases() -> list[Phrase]:
    """Every title and honorific of the gazetteer, matched in any case."""
    return [
        (_key(_words(row.alias), fold=True), True, _Entry(row.label, row.kind, row.canonical, row.country))
        for row in _gazetteer().itertuples()
        if row.label == "TITLE"
    ]


@memoize(maxsize=1)
def _countries() -> frozenset[str]:
    """Every way the gazetteer writes a country (``Việt Nam``, ``Vietnam``, ``Japan``)."""
    g = _gazetteer()
    return frozenset(g[g.kind == "country"].alias)


def name(c: _Candidate) -> _Mention | None:
    """A person named right after a title or honorific (one capitalised syllable is enough), not a
    foreign word followed by a personal name or a country (the company of the office: ``Chủ tịch Sojitz
    Fujimoto Masayoshi``, ``Tổng Giám đốc Socionext Việt Nam``)."""
    words = c.words
    company_unit = c.after in _countries()  # Tổng Giám đốc Socionext Việt Nam: the company's unit
    if (c.name_after or company_unit) and c.title and len(words) == 1 and not _VI_SYLLABLE.match(_plain(words[0])):
        return None  # Giám đốc Marubeni Tanaka Ken: the office's company, then the person
    if (c.title or c.honorific) and _name_like(c.units, words, strict=False, cued=True):
        m = _mention(c, "PER")
        m.title, m.short = c.title, len(words) == 1
        return m
    english = not any(u.pos for u in c.units)
    cued = c.title_after or c.byline
    if english and cued and 2 <= len(words) <= 3 and _name_like(c.units, words, strict=False):
        return _mention(c, "PER")  # "Keith Strier, vice president of …", "Jane Doe said", "By Linh Pham"
    return None
