"""Rule "gazetteer": known organisations and places (``helpers/data/gazetteer.csv``).

A known name is a mention with its canonical name (``Japan`` -> ``Nhật Bản``); a company followed
by a country is its subsidiary (``FPT Nhật Bản``); ``bà Nga`` is a person called Nga, not Russia.
"""

from __future__ import annotations

from ...cache import memoize
from ..lexicon import Phrase, _Entry, _gazetteer, _key, _words
from ..units import _claim, _Mention, _Unit


def phrases() -> list[Phrase]:
    """Every organisation and place alias of the gazetteer, matched with its exact case."""
    return [
        (_key(_words(row.alias)), False, _Entry(row.label, row.kind, row.canonical, row.country))
        for row in _gazetteer().itertuples()
        if row.label in ("ORG", "LOC")
    ]


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
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            u.label == "LOC"
            and prev is not None
            and prev.entry
            and prev.entry.kind == "honorific"
            and len(u.text.split()) == 1
            and not (nxt and nxt.kind == "word" and nxt.text[:1].isupper())
        ):
            u.kind, u.entry = "word", None  # "bà Nga": a person called Nga, not Russia
            continue
        piece = [u]
        canonical = u.known.canonical
        if (
            u.known.kind == "company"
            and nxt
            and nxt.label == "LOC"
            and nxt.known.kind == "country"
            and not nxt.claimed
            and nxt.start == u.end + 1
        ):
            piece.append(nxt)
            canonical = f"{canonical} {nxt.known.canonical}"
        _claim(piece, u.label, canonical, out)
