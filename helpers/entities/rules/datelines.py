"""Rule "datelines": the place in capitals that opens a news report is a place, never a person.

A sentence that starts with words written all in capitals followed by a dash (``HÀ NỘI —``,
``HANOI --``) or by a comma and a month (``TOKYO, May 27``) opens with a dateline: the capitals are
a place, named as the gazetteer names it (``HANOI`` -> ``Hà Nội``) or, when it is two words or
more, as written in title case. One unknown word in capitals is left alone: it may be an outlet's tag
(``TTO -``), which is an organisation.
"""

from __future__ import annotations

import calendar

from ..lexicon import _key, _words
from ..units import _claim, _Mention, _Unit
from .gazetteer import _known

_DASHES = {"-", "–", "—"}
_MONTHS = {name for name in (*calendar.month_name, *calendar.month_abbr) if name}


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """The capitals before a dateline's dash or ``, Month``: one place (``TOKYO, May 27`` -> Tokyo)."""
    k = 0
    while k < len(units) and units[k].kind in ("word", "lex") and _all_capitals(units[k].text):
        k += 1
    if k == 0 or k >= len(units) or any(u.claimed for u in units[:k]):
        return
    nxt = units[k + 1] if k + 1 < len(units) else None
    if not (units[k].text in _DASHES or (units[k].text == "," and nxt is not None and nxt.text in _MONTHS)):
        return
    name = " ".join(u.text for u in units[:k]).title()
    entry = _known().get(_key(_words(name))) if "gazetteer" in rules else None
    if entry is not None and entry.label == "LOC":
        _claim(units[:k], "LOC", entry.canonical, out)
    elif entry is None and len(name.split()) > 1:
        _claim(units[:k], "LOC", name, out)


def _all_capitals(word: str) -> bool:
    """A word of two or more letters, every letter a capital (``HANOI``, ``NỘI``; not ``PM`` alone)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
