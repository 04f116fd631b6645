"""Kinds: the figure built around one number, and whether it is money, a percentage, a multiplier, a
duration or a count (lesson 04, ``04_figures.ipynb``).

:func:`_generic` reads the quantity (:mod:`helpers.figures.quantities`), then decides: a currency makes money,
a percent sign a percentage, ``lần``/``times`` a multiplier, ``năm``/``years`` a duration, else a count of the
noun after it (:mod:`helpers.figures.units`) unless :mod:`helpers.figures.not_figures` says it is no figure.
Ranks and the multipliers written as fixed phrases are in :mod:`helpers.figures.phrases`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import vocabulary
from ..numbers import SP
from .atoms import _EN_FIRST_NUMBER_WORDS, _Atom
from .elliptical import _elliptical
from .not_figures import _accept_words, _bare_number, _no_count_here, _not_a_quantity, _part_of_a_label, _two_parties
from .quantities import (
    _attach_qualifier,
    _attach_rate,
    _Figure,
    _percent_or_currency_after,
    _prefix_currency,
    _qualifier_before,
    _quantity_at,
    _with_range,
)
from .units import _unit_after
from .words import (
    _DESCRIPTORS,
    _DURATION_RE,
    _DURATION_UNITS,
    _MULTIPLIER_CUE_AFTER,
    _MULTIPLIER_CUE_BEFORE,
    _MULTIPLIER_RE,
    _TIME_OF_DAY_AFTER,
    _TIME_OF_DAY_BEFORE,
    _phrases_re,
)

_PLUS_AFTER = re.compile(r"(?:\+|-plus)(?![\w+])")


def _generic(text: str, atom: _Atom, atoms_at: dict[int, _Atom], lang: str) -> _Figure | None:
    """Build a figure around ``atom``: range, currency, percent, unit, qualifier."""
    left = _quantity_at(text, atom.start, atoms_at, lang, allow_prefix=False)
    if left is None:
        return None
    _prefix_currency(text, atom, left)
    _percent_or_currency_after(text, left, lang)
    plus = _PLUS_AFTER.match(text, left.end)  # "10,000+ staff", "3,000-plus engineers", "8%+": more than
    if plus:
        left.end = plus.end()
    fig, currency, percent, scaled = _with_range(text, left, atoms_at, lang)
    if not currency and not percent and _not_a_quantity(text, atom, fig.end, lang, scaled):
        return None
    if percent:
        fig.kind = "percent"
        if percent.lower().startswith(("điểm", "percentage")):
            fig.unit = percent
    elif currency:
        fig.kind, fig.currency = "money", currency
    elif not _other_kinds(text, fig, atom, lang, scaled):
        return None
    _attach_rate(text, fig)
    _attach_qualifier(text, fig)
    if plus:
        fig.qualifier = "over"
    if _bare_number(text, fig, scaled):
        return None  # a bare number (Industry 4.0, page 12): not a quantity we can read
    return fig


def _other_kinds(text: str, fig: _Figure, atom: _Atom, lang: str, scaled: bool) -> bool:
    """Multiplier, duration or count: set ``fig.kind`` and ``fig.unit``; False if not a figure."""
    fig.unit_start = fig.end
    half = None if scaled else _AND_A_HALF_EN.match(text, fig.end)  # "two and a half years", "1 and a half times"
    if half and (_MULTIPLIER_RE.match(text, half.end()) or _DURATION_RE.match(text, half.end())):
        fig.value, fig.end = fig.value + Decimal("0.5"), half.end()
    mm = _MULTIPLIER_RE.match(text, fig.end)
    if mm and not scaled:
        before = text[max(0, fig.start - 40) : fig.start]
        cue = _MULTIPLIER_CUE_BEFORE.search(before) or _MULTIPLIER_CUE_AFTER.match(text, mm.end()) or mm.group(2)
        if cue or fig.value % 1:  # 2.5 times: no count of occasions is a fraction (round 24 of issue 14)
            fig.kind, fig.end = "multiplier", mm.end()
        else:
            fig.kind, fig.unit, fig.end = "count", mm.group(1), mm.end()
        return True
    dm = _DURATION_RE.match(text, fig.end)
    if dm and not scaled:
        return _duration(text, fig, atom, dm)
    if not scaled and _shares_the_unit_after(text, fig, lang, atom):
        return True
    return _count(text, fig, atom, lang, scaled)


# A second number after "and"/"or" ("three [and five] years", "3 hoặc 5 năm"): the first shares its unit.
_AND_A_NUMBER = re.compile(
    rf"{SP}+(?:and|or|và|hoặc){SP}+(?:\d[\d.,]*|(?:{_EN_FIRST_NUMBER_WORDS})(?:-[a-z]+)?)(?=\s)", re.IGNORECASE
)


def _shares_the_unit_after(text: str, fig: _Figure, lang: str, atom: _Atom) -> bool:
    """A number joined by ``and``/``or`` to a second one that has a duration or a counted noun shares it,
    as the first of the pair (``tenors of [three] and five years``, ``[3] và 5 dự án``): the same kind and
    unit, its own surface."""
    m = _AND_A_NUMBER.match(text, fig.end)
    if m is None or fig.value == 1:
        return False
    dm = _DURATION_RE.match(text, m.end())
    if dm:
        fig.kind, fig.unit = "duration", dm.group(1)
        return True
    unit = _unit_after(text, m.end(), lang, atom.written)
    if unit is None:
        return False
    fig.kind, fig.unit = "count", unit[0]
    return True


def _duration(text: str, fig: _Figure, atom: _Atom, dm: re.Match[str]) -> bool:
    """``52 năm``, ``30 years``, ``hai năm rưỡi`` (2.5); not a time of day (``lúc 10 giờ sáng``) nor ``một năm`` ("one
    year" as "a year"; ``một năm rưỡi`` is 1.5)."""
    hours = dm.group(1).lower() in ("giờ", "tiếng", "hour", "hours")
    if hours and (
        _TIME_OF_DAY_BEFORE.search(text[max(0, fig.start - 10) : fig.start]) or _TIME_OF_DAY_AFTER.match(text, dm.end())
    ):
        return False
    if _EVERY_BEFORE.search(text[max(0, fig.start - 8) : fig.start]):
        return False  # "mỗi 5 năm", "every five years": how often, not how long
    fig.kind, fig.unit, fig.end = "duration", dm.group(1), dm.end()
    and_a_half = _AND_A_HALF.match(text, fig.end)
    if and_a_half:  # "hai năm rưỡi": two and a half years
        fig.value, fig.end = fig.value + Decimal("0.5"), and_a_half.end()
        return True
    return not (atom.written == "words" and atom.text.lower() == "một" and fig.value == 1 and not _qualified(text, fig))


def _qualified(text: str, fig: _Figure) -> bool:
    """Is a qualifier of size written just before the figure (``khoảng một năm``, ``about one``, ``hơn một``): then
    ``một``/``one`` is a number, not "a" (not ``đến``/``tới``, which also mean "to": ``tính đến một liên doanh``)."""
    return _qualifier_before(text, fig.start)[0] in ("over", "nearly", "about")


_AND_A_HALF = re.compile(rf"{SP}+rưỡi(?!\w)", re.IGNORECASE)
_AND_A_HALF_EN = re.compile(rf"{SP}+and{SP}+a{SP}+half(?!\w)", re.IGNORECASE)
_EVERY_BEFORE = re.compile(rf"(?<!\w)(?:{_phrases_re(list(vocabulary.words('every_words.txt')))}){SP}+$", re.I)


def _count(text: str, fig: _Figure, atom: _Atom, lang: str, scaled: bool) -> bool:
    """A count of things, with the counted noun as its unit; False for parties, structures and labels."""
    if _no_count_here(text, fig, atom):
        return False
    unit = _unit_after(text, fig.end, lang, atom.written)
    ends_a_duration = unit is None and _duration_end_of_a_change(text, fig)
    if (
        atom.written == "words"
        and not (_accept_words(atom, unit, scaled) or (unit is not None and _qualified(text, fig)))
        and not (unit is None and (ends_a_duration or _elliptical(text, fig)))
    ):
        return False
    if unit:
        noun = unit[0].lower()
        if atom.value == 2 and fig.value_high is None and _two_parties(text, fig.start, noun, unit[2]):
            return False  # "hai nước", "2 chính phủ", "the two companies": the two parties, not a count
        if noun in _DESCRIPTORS:
            return False  # "chính quyền 2 cấp": part of a name
        fig.unit, fig.unit_start, fig.end = unit[0], unit[1], unit[2]
    return not _part_of_a_label(text, fig, atom, scaled)


_DURATION_THEN_TO = re.compile(
    rf"(?<!\w)(?:from|từ){SP}+\S+{SP}+({_DURATION_UNITS})(?!\w){SP}+(?:to|lên|xuống|còn){SP}*$",
    re.IGNORECASE,
)


def _duration_end_of_a_change(text: str, fig: _Figure) -> bool:
    """Is ``fig`` a bare number ending a change whose start is a duration? Then it is a duration in the same
    unit (``extended from three years to [five]``, ``từ 3 năm lên [5]``); else a count.

    >>> t = "The period was extended from three years to five."
    >>> f = _Figure(44, 48, Decimal(5)); _duration_end_of_a_change(t, f), f.kind, f.unit
    (True, 'duration', 'years')
    """
    m = _DURATION_THEN_TO.search(text, max(0, fig.start - 50), fig.start)
    fig.kind, fig.unit = ("duration", m.group(1)) if m else ("count", fig.unit)
    return m is not None
