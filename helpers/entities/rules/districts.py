"""Rule "gazetteer", Viet Nam's districts (``helpers/data/vn_districts.csv``): a closed class of places.

A capitalised run no rule before it explains that is a district's whole name is that place (``Lục Ngạn``,
``Yen Phong``); a place another rule found, written without diacritics as English texts write it, is named
with them (``Tam Ky`` -> ``Tam Kỳ``). Only whole runs count: ``Tan Son Nhat International Airport`` is no
district ``Tân Sơn``. Lesson 03 shows the gazetteer rule.
"""

from __future__ import annotations

from ... import vocabulary
from ...cache import memoize
from ..lexicon import _retone
from ..units import _Candidate, _Mention, _mention
from .gazetteer import _unaccented


@memoize(maxsize=1)
def _names() -> dict[str, str]:
    """Each district's name and, where only one district has it, its form without diacritics -> the name."""
    names = {_retone(r["name"]): _retone(r["name"]) for r in vocabulary.rows("vn_districts.csv")}
    bare: dict[str, set[str]] = {}
    for name in names:
        bare.setdefault(" ".join(_unaccented(w) for w in name.split()), set()).add(name)
    return {**{k: next(iter(v)) for k, v in bare.items() if len(v) == 1 and k not in names}, **names}


def district(words: list[str]) -> str:
    """The district ``words`` name, with its diacritics (``""`` if none, or if two districts share the
    unaccented form, as ``Phu My`` is Phú Mỹ or Phù Mỹ).

    >>> district(["Lục", "Ngạn"]), district(["Yen", "Phong"]), district(["Phu", "My"]), district(["Tokyo"])
    ('Lục Ngạn', 'Yên Phong', '', '')
    """
    return _names().get(_retone(" ".join(words)), "")


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """LOC for a run that is a district's whole name, not after an office or honorific (``bà Thanh Hà``
    is a woman)."""
    name = "" if c.title or c.honorific else district(c.words)
    if not name:
        return None
    m = _mention(c, "LOC")
    m.canonical = name
    return m


def respell(mentions: list[_Mention]) -> None:
    """A place named without diacritics that is a district's name gets its Vietnamese spelling
    (``Tam Ky`` -> ``Tam Kỳ``), whichever rule found it."""
    for m in mentions:
        if m.label == "LOC" and m.canonical.isascii() and (name := district(m.canonical.split())):
            m.canonical = name
