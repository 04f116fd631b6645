"""Quantities: a number with what is written around it (lesson 04, ``04_figures.ipynb``).

A currency before or after it (``US$``, ``£1.2bn``, ``USD``, ``đồng``, ``5 tỷ bạt``, ``500 billion won``:
``helpers/data/currencies.csv``), a scale word (``tỷ``, ``billion``, ``5bn``, ``chục``), a percent sign, the upper
end of a range (``200–250 triệu USD``, ``từ 2 đến 3 năm``; not a change, ``tăng từ 10% lên 20%``), a rate
(``/năm``, ``per year``) and a qualifier (``hơn``, ``nearly``, ``trở lên``). :class:`_Figure` is what a quantity
becomes once :mod:`helpers.figures.kinds` has decided its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..numbers import SP
from .atoms import _Atom, _is_year
from .words import (
    _CHANGE_VERBS,
    _COMPARATIVES,
    _CURRENCY_AFTER,
    _CURRENCY_SUFFIX_RES,
    _DONG_COMPOUNDS,
    _PERCENT_RE,
    _POST_QUALIFIER_RE,
    _PREFIX_AT_RE,
    _PREFIX_CODES,
    _PREFIX_CURRENCY_RE,
    _QUALIFIER_RES,
    _RATE_RE,
    _SCALE_ABBR,
    _SCALE_ABBR_RE,
    _SCALE_RE,
    _SCALES,
    _SMALL_SCALE_RE,
    _SMALL_SCALES,
    _VI_SCALE_END,
    _WORD,
    _currency_key,
)


@dataclass
class _Figure:
    start: int
    end: int
    value: Decimal
    value_high: Decimal | None = None
    kind: str = "count"
    currency: str = ""
    unit: str = ""
    qualifier: str = "exact"
    claims: list[tuple[int, int]] = field(default_factory=list)
    unit_start: int = -1  # where a counted noun starts, so that a rate after it joins the unit


@dataclass
class _Quantity:
    """A number with what is glued to it: a currency before, a scale word and % after."""

    start: int
    end: int
    atom: _Atom
    value: Decimal
    scaled: bool = False
    currency: str = ""
    percent: str = ""


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before ``start`` and where it starts (``exact`` if none)."""
    window = text[max(0, start - 40) : start]
    best, best_start = "exact", start
    for name, pattern in _QUALIFIER_RES.items():
        m = pattern.search(window)
        if m and (start - len(window) + m.start()) < best_start:
            word_before = window[: m.start()].split()[-1:] if window[: m.start()].strip() else []
            if (
                name == "over"
                and m.group().strip().lower() == "hơn"
                and word_before
                and word_before[0].lower() in _COMPARATIVES
            ):
                continue  # "cao hơn 2 lần": a comparison, not "more than"
            best, best_start = name, start - len(window) + m.start()
    return best, best_start


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not a space (line breaks are not skipped)."""
    while pos < len(text) and re.match(SP, text[pos]):
        pos += 1
    return pos


def _quantity_at(
    text: str, pos: int, atoms_at: dict[int, _Atom], lang: str, allow_prefix: bool = True
) -> _Quantity | None:
    """Parse ``[currency] number [scale] [%|currency]`` starting at ``pos`` (spaces skipped)."""
    pos = _skip_spaces(text, pos)
    currency, start = "", pos
    if allow_prefix:
        cm = _PREFIX_AT_RE.match(text, pos)
        if cm and cm.end() in atoms_at:
            currency, pos = _PREFIX_CODES[cm.group(1)], cm.end()
    atom = atoms_at.get(pos)
    if atom is None:
        return None
    q = _Quantity(start, atom.end, atom, atom.value, currency=currency)
    _attach_scale(text, q)
    return q


def _attach_scale(text: str, q: _Quantity) -> None:
    """Multiply ``q`` by the scale word after it: ``tỷ``, ``billion``, ``5bn``; ``dozen``, ``hundred``,
    ``chục`` (small_scales.csv), then a large one still (``a hundred thousand``)."""
    small = _SMALL_SCALE_RE.match(text, q.end)
    if small:
        q.value *= _SMALL_SCALES[small.group(1).lower()]
        q.scaled, q.end = True, small.end()
    m = _SCALE_RE.match(text, q.end)
    if m:
        q.value *= _SCALES[m.group(1).lower()]
        q.scaled, q.end = True, m.end()
        return
    if q.atom.written == "digits":
        m = _SCALE_ABBR_RE.match(text, q.end)
        glued = m is not None and m.start(1) == q.end
        if m and (glued and m.group(1) in ("tn", "trn", "bn", "bln", "mn", "mln") or q.currency):
            q.value *= _SCALE_ABBR[m.group(1)]
            q.scaled, q.end = True, m.end()


def _percent_or_currency_after(text: str, q: _Quantity, lang: str) -> None:
    """Glue a % sign or a currency written right after the number (``6%``, ``200 USD``, ``300 million baht``)."""
    if q.percent or q.currency:
        return
    m = _PERCENT_RE.match(text, q.end)
    if m:
        q.percent, q.end = m.group(1), m.end()
        return
    m = _CURRENCY_SUFFIX_RES[lang].match(text, q.end)
    if m:
        row = _CURRENCY_AFTER[lang][_currency_key(m.group(1))]
        if _currency_here(text, q, m, row["needs_scale"] == "yes"):
            q.currency, q.end = row["code"], m.end()


def _currency_here(text: str, q: _Quantity, m: re.Match[str], needs_scale: bool) -> bool:
    """Is the currency form ``m`` after ``q`` money here? Not ``won``/``pounds`` without a scale word (the team of 5
    won; 5 pounds of rice: helpers/data/currencies.csv), ``đồng`` starting a compound (``đồng thời``), nor a lone
    ``đ`` apart from the number and from a scale word."""
    word = m.group(1).lower()
    if needs_scale and not q.scaled:
        return False
    if word == "đồng":
        nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        return not (nxt and nxt.group().lower() in _DONG_COMPOUNDS)
    # a lone "đ" counts only glued to the number (500.000đ) or after a scale word (1.200 tỷ đ)
    return word != "đ" or m.start(1) == q.end or _VI_SCALE_END.search(text, max(0, q.end - 6), q.end) is not None


_RANGE_DASH = re.compile(rf"{SP}*[-–—~]{SP}*")
_RANGE_WORD = re.compile(rf"{SP}+(đến|tới|to|and|-|–)(?!\w){SP}*", re.IGNORECASE)
_RANGE_START = re.compile(r"(?<!\w)(từ|from|between)[^\S\n]+$", re.IGNORECASE)
_CHANGE_VERB = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS})(?:\s+\S+){{0,4}}\s*$", re.IGNORECASE)
_CHANGE_BY = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS}|up|down)(?:{SP}+\S+){{0,2}}?{SP}+by{SP}*$", re.I)


def _range_after(text: str, left: _Quantity, atoms_at: dict[int, _Atom], lang: str) -> tuple[_Quantity | None, int]:
    """The upper end of a range starting with ``left`` and where the range starts."""
    m, start = _range_joiner(text, left)
    if not m:
        return None, left.start
    right = _quantity_at(text, m.end(), atoms_at, lang)
    if right is None or (_is_year(right.atom) and not right.scaled):
        return None, left.start  # "30% to 2030" is not a range
    if right.atom.written != left.atom.written and left.atom.written == "digits":
        return None, left.start
    prefixed = bool(left.currency) and left.start < left.atom.start and m.re is _RANGE_DASH
    if start == left.start and (left.currency or left.scaled) and not (right.currency or right.scaled or prefixed):
        return None, left.start  # no opener, an amount: the upper end is one too ("5 tỷ đồng đến 20 hộ" is not)
    return right, start  # a currency before the first number covers both ends of a dash: VND8,000-10,000


def _range_joiner(text: str, left: _Quantity) -> tuple[re.Match[str] | None, int]:
    """The dash or word joining ``left`` to a range's upper end (None if there is none), and where the
    range starts: at the opener ``từ``/``from``/``between`` when one comes just before ``left``."""
    m = _RANGE_DASH.match(text, left.end)
    if m:
        return m, left.start
    kw = _RANGE_START.search(text, max(0, left.start - 12), left.start)
    if kw:
        if kw.group(1).lower() in ("từ", "from") and _CHANGE_VERB.search(text[max(0, kw.start() - 40) : kw.start()]):
            return None, left.start  # "tăng từ 10% lên 20%": a change, two figures
        m = _range_word(text, left.end, kw.group(1).lower())
        if m:
            return m, kw.start()
    before = text[max(0, left.start - 40) : left.start]
    if not (left.percent or left.currency or left.scaled) and not _CHANGE_BY.search(before):
        # no opener: "hai đến ba năm", "one to two years", not "11 points to 58%" nor "rose by two to 21"
        return _range_word(text, left.end, ""), left.start
    if (left.currency or left.scaled) and not left.percent and not _CHANGE_VERB.search(before):
        # an amount, no change: "worth 100 billion to 150 billion yen", "$920 million to $1.38 billion"
        return _range_word(text, left.end, ""), left.start
    return None, left.start


def _range_word(text: str, pos: int, opener: str) -> re.Match[str] | None:
    """The word joining a range opened by ``từ``/``from``/``between``: ``to``/``đến`` after
    ``from`` or after no opener (``opener=""``: ``two to three years``), ``and`` after ``between``."""
    m = _RANGE_WORD.match(text, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    if (word == "and" and opener != "between") or (word in ("to", "đến", "tới") and opener == "between"):
        return None
    return m


def _prefix_currency(text: str, atom: _Atom, left: _Quantity) -> None:
    """A currency written before the number (``US$78.6``, ``¥500``) joins the quantity."""
    before = text[max(0, atom.start - 8) : atom.start]
    pm = _PREFIX_CURRENCY_RE.search(before)
    if pm:
        left.currency = _PREFIX_CODES[(pm.group(1) or pm.group(2))]
        left.start = atom.start - (len(before) - pm.start())
        if left.currency:
            _attach_scale_again(text, left)


def _with_range(text: str, left: _Quantity, atoms_at: dict[int, _Atom], lang: str) -> tuple[_Figure, str, str, bool]:
    """The figure of ``left``, or of the range it starts (``200–250 triệu USD``), with its currency,
    percent sign and whether a scale word (``tỷ``, ``billion``) was read."""
    right, start = _range_after(text, left, atoms_at, lang)
    if right is not None:
        _percent_or_currency_after(text, right, lang)
        low = _low_end(left, right)
        if low is not None:
            figure = _Figure(start, right.end, low, right.value, claims=[left.atom.span, right.atom.span])
            return figure, left.currency or right.currency, left.percent or right.percent, left.scaled or right.scaled
    figure = _Figure(left.start, left.end, left.value, None, claims=[left.atom.span])
    return figure, left.currency, left.percent, left.scaled


def _low_end(left: _Quantity, right: _Quantity) -> Decimal | None:
    """The lower end of a range ``left``-``right`` (scaled as ``right`` when only it has a scale word:
    ``200–250 triệu``), or None if the two do not make a range (wrong order, other currency, two years)."""
    low = left.value
    if not left.scaled and right.scaled and right.atom.value:
        low = left.value * (right.value / right.atom.value)
    same_currency = not left.currency or not right.currency or left.currency == right.currency
    compatible = (not left.percent or right.percent) and same_currency
    if right.value > low and compatible and not (_is_year(left.atom) and _is_year(right.atom)):
        return low
    return None


def _attach_rate(text: str, fig: _Figure) -> None:
    """A rate after money, a percentage or a count (``/năm``, ``per year``) extends it."""
    if fig.kind not in ("money", "percent", "count"):
        return
    rm = _RATE_RE.match(text, fig.end)
    if rm:
        rate = (rm.group(1) and "/" + rm.group(1)) or rm.group(2)
        fig.unit = text[fig.unit_start : rm.end()].strip() if fig.kind == "count" and fig.unit else rate
        fig.end = rm.end()


def _attach_qualifier(text: str, fig: _Figure) -> None:
    """``hơn``/``nearly`` before, or ``trở lên``/``or more`` after, the figure."""
    qm = _POST_QUALIFIER_RE.match(text, fig.end)
    qualifier_after = ""
    if qm:
        said = qm.group(1).lower().split()
        upward = said[0] in ("trở", "or", "and") and said[-1] in ("lên", "more", "above", "over")
        qualifier_after = "over" if upward else "up_to"
        fig.end = qm.end()
    qualifier, _ = _qualifier_before(text, fig.start)
    fig.qualifier = qualifier_after or qualifier


def _attach_scale_again(text: str, q: _Quantity) -> None:
    if not q.scaled:
        _attach_scale(text, q)
