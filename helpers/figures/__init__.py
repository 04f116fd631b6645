"""Figures: every quantity in a news article, parsed into a table you can trust.

:func:`extract_figures` is pure rules (regular expressions and small word lists, no model). It
finds money, percentages, counts of things, multipliers, rankings and durations, written with
digits (``78,6 tỷ USD``, ``US$78.6 billion``) or words (``ba văn phòng``, ``một nửa``, ``lớn thứ
hai``). Each row says what the number is worth in base units, with its range, currency, counted
noun and qualifier (``hơn``, ``nearly``). Numbers are read by :mod:`helpers.numbers`.

Dates are not figures: a number that is part of a date (``2025``, ``28/4``; see
:mod:`helpers.dates`) never appears here, and neither do identifiers (``Nghị quyết số 57``,
``COVID-19``), ordinals of events (``lần thứ 58``), the two parties of a bilateral relation
(``hai nước``, ``the two countries``) or numbers that are part of a quoted label (``mô hình "3 nhà"``).
Scores against the hand-checked answers are in :mod:`helpers.evaluate`.

Text is expected in NFC (as :func:`helpers.load_corpus` returns it). Offsets are always offsets
into the text given: ``text[start:end] == surface``.

The package holds one module per job, each importing only those above it:

- :mod:`~helpers.figures.words`: the word lists (``helpers/data/``) and the regular expressions built from them;
- :mod:`~helpers.figures.atoms`: one number written with digits or words;
- :mod:`~helpers.figures.units`: the counted noun or unit after a number;
- :mod:`~helpers.figures.quantities`: scales, currencies, percent signs, ranges, rates and qualifiers;
- :mod:`~helpers.figures.elliptical`: a bare number that still counts something named nearby;
- :mod:`~helpers.figures.not_figures`: identifiers, parties, labels and other numbers that are no figure;
- :mod:`~helpers.figures.kinds`: money, percent, count, multiplier or duration, decided around one number;
- :mod:`~helpers.figures.phrases`: ranks, multipliers and fractions written in fixed phrases;
- this module: the public API, :func:`extract_figures` and :func:`corpus_figures` (lesson 04,
  ``04_figures.ipynb``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

import pandas as pd

from ..corpus import per_article
from ..dates import DATE_COLUMNS, corpus_dates, date_spans, extract_dates
from ..languages import check_language
from ..numbers import parse_number
from ..text import detect_language, sentence_lookup
from .atoms import _Atom, _digit_atoms, _word_atoms
from .elliptical import _elliptical
from .kinds import _generic
from .phrases import _coordinated_ranks, _ranks_after_names, _special_figures
from .quantities import _Figure

__all__ = [
    "FIGURE_COLUMNS",
    "DATE_COLUMNS",
    "KINDS",
    "QUALIFIERS",
    "parse_number",
    "extract_figures",
    "corpus_figures",
    "extract_dates",
    "corpus_dates",
]

FIGURE_COLUMNS = ["surface", "start", "end", "value", "value_high", "kind", "currency", "unit", "qualifier", "sentence"]
KINDS = ("money", "percent", "count", "multiplier", "rank", "duration")
QUALIFIERS = ("over", "nearly", "about", "up_to", "exact")


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _float(d: Decimal | None) -> float:
    return math.nan if d is None else float(d)


def extract_figures(text: str, lang: str | None = None) -> pd.DataFrame:
    """Every quantity stated in ``text``, one row per figure, in reading order.

    ``lang`` (``"vi"`` or ``"en"``) sets the number convention and the word lists; ``None``
    guesses it with :func:`helpers.text.detect_language`.

    Columns:

    - ``surface``: the exact text of the figure, number with its scale, currency or counted
      noun (``78,6 tỷ USD``, ``5.500 dự án``, ``ba văn phòng``); ``text[start:end] == surface``.
      The qualifier word before it (``gần``, ``nearly``) is not part of it.
    - ``start``, ``end``: offsets into ``text``.
    - ``value``: the number in base units, a float (``78,6 tỷ USD`` → 78600000000.0, ``27,4%`` →
      27.4, ``một nửa`` → 0.5, ``hạng 38`` → 38.0, ``52 năm`` → 52.0).
    - ``value_high``: the upper end of a range (``200–250 triệu USD``, ``6-7%``), else NaN.
    - ``kind``: ``money``, ``percent``, ``count`` (things counted or an amount in a physical unit),
      ``multiplier`` (``2,5 lần``, ``gấp đôi``, ``một nửa``, ``twice``), ``rank`` (``hạng 38``,
      ``lớn thứ hai``, ``second-largest``) or ``duration`` (``52 năm``, ``30 years``).
    - ``currency``: ISO 4217 code for money (``USD``, ``JPY``, ``VND``, ``EUR``, ``GBP``, ``THB``…: the currencies
      of ``helpers/data/currencies.csv``), else ``""``.
    - ``unit``: the counted noun as written (``dự án``, ``projects``), a duration's unit (``năm``),
      or a rate (``/năm``, ``per year``) for money and percentages; ``""`` if none.
    - ``qualifier``: ``over`` (hơn, trên, more than: a lower bound), ``nearly`` (gần, nearly),
      ``about`` (khoảng, around), ``up_to`` (lên tới, dưới, up to, less than: an upper bound) or
      ``exact``.
    - ``sentence``: the sentence the figure is in (:func:`helpers.text.sentence_spans`).

    Not figures: dates and years (see :func:`extract_dates`), identifiers (``Nghị quyết số 57``,
    ``COVID-19``, ``5G``), event ordinals (``lần thứ 58``, ``Thứ hai,`` as "secondly", ``50th
    anniversary``), the two parties of a relation (``hai nước``, ``2 chính phủ``, ``the two
    companies``), numbers in short quoted labels (``"3 nhà"``) and structural descriptors
    (``chính quyền 2 cấp``), ``một`` / ``one`` used as "a", and bare numbers with nothing to count.
    A bare number is still a count when the sentence says what it counts (an elliptical count:
    ``nine of them``, ``fell from 99,170 to 83,403``, ``đạt 1.500``).

    >>> t = "Nhật Bản có hơn 5.500 dự án với tổng vốn gần 78,6 tỷ USD; vốn tăng trên 20% trong quý I/2025."
    >>> for row in extract_figures(t, lang="vi").itertuples():
    ...     print(row.surface, row.value, row.kind, row.currency, row.unit, row.qualifier, sep=" | ")
    5.500 dự án | 5500.0 | count |  | dự án | over
    78,6 tỷ USD | 78600000000.0 | money | USD |  | nearly
    20% | 20.0 | percent |  |  | over
    >>> extract_figures("Japan had more than 5,500 valid projects worth nearly US$78.6 billion.", "en").value.tolist()
    [5500.0, 78600000000.0]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_figures() needs a str, not {type(text).__name__}")
    lang = check_language(lang or detect_language(text), "extract_figures")
    written, text = text, _RAISED_POINT.sub(".", text)  # 11·5 km: same offsets, read as 11.5
    blocked = date_spans(text, lang)
    figures = [f for f in _special_figures(text, lang) if not _overlaps((f.start, f.end), blocked)]
    figures = _drop_overlapping(figures)
    figures = _drop_overlapping(figures + _coordinated_ranks(text, figures) + _ranks_after_names(text))
    figures += _generic_figures(text, lang, figures, blocked)
    figures.sort(key=lambda f: f.start)
    sentence = sentence_lookup(written)
    rows = [
        (
            written[f.start : f.end],
            f.start,
            f.end,
            _float(f.value),
            _float(f.value_high),
            f.kind,
            f.currency,
            f.unit,
            f.qualifier,
            sentence(f.start),
        )
        for f in figures
    ]
    return _figure_frame(rows)


#: A raised point between digits, the decimal point of some British house styles (``11·5 km``, ``US$1·3bn``).
_RAISED_POINT = re.compile(r"(?<=\d)·(?=\d)")


def _generic_figures(text: str, lang: str, special: list[_Figure], blocked: list[tuple[int, int]]) -> list[_Figure]:
    """Figures built around each number not yet used by a ``special`` figure or a date."""
    claimed = [c for f in special for c in f.claims]
    atoms = sorted(_digit_atoms(text, lang) + _word_atoms(text, lang), key=lambda a: (a.start, -a.end))
    atoms_at: dict[int, _Atom] = {}
    for a in atoms:
        atoms_at.setdefault(a.start, a)
    found: list[_Figure] = []
    used: set[int] = set()
    for atom in atoms:
        if atom.start in used or _overlaps((atom.start, atom.end), claimed + blocked):
            continue
        fig = _generic(text, atom, atoms_at, lang)
        if fig is None or _overlaps((fig.start, fig.end), [(f.start, f.end) for f in special + found]):
            continue
        if _overlaps((fig.start, fig.end), blocked):
            fig = _trim_to_blocked(text, fig, blocked)
            if fig is None:
                continue
        found.append(fig)
        used.update(s for s, _ in fig.claims)
        claimed.extend(fig.claims)
    return found


def _trim_to_blocked(text: str, fig: _Figure, blocked: list[tuple[int, int]]) -> _Figure | None:
    """A figure whose tail runs into a date (``20% trong năm``) keeps what comes before it."""
    for s, e in blocked:
        if fig.start < e and s < fig.end:
            if fig.kind == "duration" and not text[fig.unit_start : s].strip() and _DAYS_LISTED.match(text, s, e):
                return fig  # trong hai ngày 20 và 21/3: the days the duration counts share its unit word
            if s > fig.start and all(c[1] <= s for c in fig.claims):
                return _cut_at(text, fig, s)
            return None
    return fig


#: A date of two days or more opened by the word for day (``ngày 20 và 21/3``, ``ngày 21-22/3``, ``ngày 1/3, 4/3 và
#: 5/3/2024``): after a number of days, the days it counts (round 27 of issue 14).
_DAYS_LISTED = re.compile(r"ngày\s+\d{1,2}(?:/\d{1,2})?\s*(?:-|–|và|,)", re.IGNORECASE)


def _cut_at(text: str, fig: _Figure, cut: int) -> _Figure | None:
    """``fig`` ended before ``cut`` (and its spaces); a duration that loses its unit word is a count
    with no unit, kept only when it is elliptical or qualified."""
    fig.end = cut
    while fig.end > fig.start and text[fig.end - 1].isspace():
        fig.end -= 1
    if fig.kind == "count" and fig.unit:
        fig.unit = text[fig.unit_start : fig.end].strip() if fig.unit_start < fig.end else ""
    if fig.kind == "duration" and fig.end <= fig.unit_start:
        fig.kind, fig.unit = "count", ""  # "99.170 năm 2019": "năm" belonged to the date
        return fig if fig.qualifier != "exact" or _elliptical(text, fig) else None
    return fig


def _drop_overlapping(figures: list[_Figure]) -> list[_Figure]:
    kept: list[_Figure] = []
    for f in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if not _overlaps((f.start, f.end), [(k.start, k.end) for k in kept]):
            kept.append(f)
    return kept


def _figure_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "value": "float64",
            "value_high": "float64",
            "surface": object,
            "kind": object,
            "currency": object,
            "unit": object,
            "qualifier": object,
            "sentence": object,
        }
    )


def corpus_figures(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`extract_figures` for every article of a corpus table (columns ``doc_id``, ``lang``, ``text``).

    Columns: ``doc_id`` first, then those of :func:`extract_figures`.

    >>> import helpers
    >>> facts = corpus_figures(helpers.load_corpus())
    >>> facts.groupby("doc_id", sort=False).size().head(2)
    doc_id
    forum-2025-04-28-vi           10
    it-day-tokyo-2025-08-28-vi    12
    dtype: int64
    """
    return per_article(
        corpus,
        lambda doc: extract_figures(doc.text, getattr(doc, "lang", None) or None),
        FIGURE_COLUMNS,
        "corpus_figures",
    )
