"""Shapes of words that the modules of rule "patterns" share (taught in lesson 03).

A capitalised free word (:func:`_capital`) and a text of Vietnamese syllables only
(:func:`_vietnamese_words`): the tests the capitalised runs of :mod:`.patterns`, the outlets, the country
units and the ministries' field lists are built on. Imports nothing from those modules (they import from here).

>>> from helpers.entities.units import _Unit
>>> _capital(_Unit(0, 5, "Tokyo", "word")), _capital(_Unit(0, 5, "Tokyo", "word", claimed=True))
(True, False)
>>> _vietnamese_words("Khoa học"), _vietnamese_words("Sojitz")
(True, False)
"""

from __future__ import annotations

from ..lexicon import _VI_SYLLABLE, _plain
from ..units import _Unit


def _capital(x: _Unit) -> bool:
    """A capitalised word or known name, not a title, not yet claimed."""
    return x.kind in ("word", "lex") and x.text[:1].isupper() and x.label != "TITLE" and not x.claimed


def _vietnamese_words(text: str) -> bool:
    """Is every word of ``text`` a Vietnamese syllable?"""
    return all(_VI_SYLLABLE.match(_plain(w)) for w in text.split())
