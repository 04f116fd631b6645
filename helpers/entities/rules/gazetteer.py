"""Rule "gazetteer": known organisations and places (``helpers/data/gazetteer.csv``).

A known name is a mention with its canonical name (``Japan`` -> ``Nhật Bản``); a company followed
by a country is its subsidiary (``FPT Nhật Bản``); ``bà Nga`` is a person called Nga, not Russia.
"""

from __future__ import annotations

from ...cache import memoize
from ..lexicon import Phrase, _Entry, _gazetteer, _key, _words
from ..units import _claim, _Mention, _Unit


def phrases() -> list[Phrase]:
    """Every organisation and place alias of the gazetteer, matched with its exact case, and its
    punctuation variants (:func:`variants`: ``TP.HCM`` is also ``TP HCM``)."""
    return [
        (key, False, _Entry(row.label, row.kind, row.canonical, row.country))
        for row in _gazetteer().itertuples()
        if row.label in ("ORG", "LOC")
        for key in variants(_key(_words(row.alias)))
    ]


_DASHES = ("-", "–", "—")


def variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A known name's word tuple as writers vary it: with or without its inner full stops, with any
    kind of dash between two names (``Bà Rịa - Vũng Tàu`` / ``Bà Rịa – Vũng Tàu``).

    >>> variants(("TP", ".", "HCM"))
    [('TP', '.', 'HCM'), ('TP', 'HCM')]
    >>> len(variants(("Bà", "Rịa", "-", "Vũng", "Tàu")))
    3
    """
    found = [key]
    if "." in key[1:-1]:
        found.append(tuple(w for k, w in enumerate(key) if not (w == "." and 0 < k < len(key) - 1)))
    for dash in _DASHES:
        for k in list(found):
            swapped = tuple(dash if w in _DASHES else w for w in k)
            if swapped not in found:
                found.append(swapped)
    return found


@memoize(maxsize=1)
def _known() -> dict[tuple[str, ...], _Entry]:
    table: dict[tuple[str, ...], _Entry] = {}
    for key, _, entry in phrases():
        table.setdefault(key, entry)
    return table


def known_canonical(text: str, rules: frozenset[str]) -> str:
    """The canonical name of a known organisation or place written ``text`` (``""`` if none or rule off)."""
    if "gazetteer" not in rules:
        return ""
    entry = _known().get(_key(_words(text)))
    return entry.canonical if entry else ""


def clipped(words: list[str]) -> bool:
    """A clipped country name used as an adjective: ``Việt`` (Việt Nam), ``Nhật`` (Nhật Bản)."""
    return len(words) == 1 and words[0] in _country_heads()


@memoize(maxsize=1)
def _country_heads() -> frozenset[str]:
    g = _gazetteer()
    names = g[(g.kind == "country") & g.alias.str.contains(" ")].alias
    return frozenset(name.split()[0] for name in names)


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Known organisations and places; a company followed by a country is its subsidiary (FPT Nhật Bản)."""
    for i, u in enumerate(units):
        if u.claimed or u.label not in ("ORG", "LOC"):
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if _honoured_person(units, i):
            u.kind, u.entry = "word", None  # "bà Nga": a person called Nga, not Russia
        elif nxt is not None and _subsidiary(u, nxt):
            _claim([u, nxt], u.label, f"{u.known.canonical} {nxt.known.canonical}", out)
        else:
            _claim([u], u.label, u.known.canonical, out)


def _honoured_person(units: list[_Unit], i: int) -> bool:
    """A one-word place right after an honorific, no capitalised word after it: ``bà Nga`` is a person."""
    u, prev = units[i], units[i - 1] if i else None
    nxt = units[i + 1] if i + 1 < len(units) else None
    if u.label != "LOC" or prev is None or not prev.entry or prev.entry.kind != "honorific":
        return False
    return len(u.text.split()) == 1 and not (nxt and nxt.kind == "word" and nxt.text[:1].isupper())


def _subsidiary(u: _Unit, nxt: _Unit) -> bool:
    """A company followed, one space on, by a country: its subsidiary there (``FPT Nhật Bản``)."""
    if u.known.kind != "company" or nxt.label != "LOC" or nxt.claimed:
        return False
    return nxt.known.kind == "country" and nxt.start == u.end + 1
