"""Rule "gazetteer", Viet Nam's districts and communes (``helpers/data/vn_districts.csv``, ``vn_communes.txt``).

A capitalised run no rule before it explains that is a district's whole name is that place (``Lục Ngạn``,
``Yen Phong``); only whole runs count: ``Tan Son Nhat International Airport`` is no district ``Tân Sơn``.
A place any rule found, written without diacritics as English texts write it, is named with them when
one district or commune is spelt so (``Tam Ky`` -> ``Tam Kỳ``, ``Thu Thiem`` -> ``Thủ Thiêm``), else when one
district is (``Binh Thanh`` -> ``Bình Thạnh``); communes
are too often given names too (``Minh Khai``) to find places by themselves. Lesson 03 shows the gazetteer rule.
"""

from __future__ import annotations

from ... import vocabulary
from ...cache import memoize
from ..lexicon import Phrase, _Entry, _retone
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


def phrases() -> list[Phrase]:
    """The numbered urban districts as known names, in Vietnamese and in English (``Quận 7``, ``District 7``):
    a number is no capitalised run, so these are looked up as phrases."""
    numbered = [n for n in _names() if n.split()[-1].isdigit()]
    entries = [(n, _Entry("LOC", "district", n, "VN")) for n in numbered]
    return [(key, False, entry) for n, entry in entries for key in (tuple(n.split()), ("District", n.split()[-1]))]


def district(words: list[str]) -> str:
    """The district ``words`` name, with its diacritics (``""`` if none, or if two districts share the
    unaccented form, as ``Phu My`` is Phú Mỹ or Phù Mỹ).

    >>> district(["Lục", "Ngạn"]), district(["Yen", "Phong"]), district(["Phu", "My"]), district(["Tokyo"])
    ('Lục Ngạn', 'Yên Phong', '', '')
    """
    return _names().get(_retone(" ".join(words)), "")


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """LOC for a run that is a district's whole name, not after an office or honorific (``bà Thanh Hà``
    is a woman) nor in a byline (``Thanh Hà - Quang Vinh``: two writers)."""
    name = "" if c.title or c.honorific or c.byline else district(c.words)
    if not name:
        return None
    m = _mention(c, "LOC")
    m.canonical = name
    return m


@memoize(maxsize=1)
def _spellings() -> dict[str, str]:
    """A district's or a commune's name of two words or more without diacritics -> its one spelling (no
    entry when two units spell it differently: ``Phu My``)."""
    found: dict[str, set[str]] = {}
    names = [*(r["name"] for r in vocabulary.rows("vn_districts.csv")), *vocabulary.words("vn_communes.txt")]
    for name in {_retone(n) for n in names if " " in n or n in _names()}:
        found.setdefault(" ".join(_unaccented(w) for w in name.split()), set()).add(name)
    return {bare: next(iter(spelt)) for bare, spelt in found.items() if len(spelt) == 1}


def spelling(name: str) -> str:
    """The Vietnamese spelling of a place written without diacritics, if one district or commune has it, or
    else one district, the larger unit (``Binh Thanh``: the district Bình Thạnh, though communes are called
    Bình Thành too).

    >>> spelling("Thu Thiem"), spelling("Tam Ky"), spelling("Binh Thanh"), spelling("Phu My"), spelling("Osaka")
    ('Thủ Thiêm', 'Tam Kỳ', 'Bình Thạnh', '', '')
    """
    return (_spellings().get(name, "") or district(name.split())) if name.isascii() else ""


def respell(mentions: list[_Mention]) -> None:
    """A place named without diacritics gets its Vietnamese spelling (:func:`spelling`), whichever rule found it."""
    for m in mentions:
        if m.label == "LOC" and (name := spelling(m.canonical)):
            m.canonical = name
