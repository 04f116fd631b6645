"""Timeline: every dated event in the corpus, in time order.

Built on :func:`helpers.figures.extract_dates` (each article's own date is the reference that
gives a year to dates written without one), so a timeline is only as good as those dates:
``year_inferred`` marks every year the text did not state.
"""

from __future__ import annotations

import pandas as pd

from .dates import corpus_dates

__all__ = ["corpus_timeline"]

TIMELINE_COLUMNS = [
    "date_start",
    "date_end",
    "iso",
    "precision",
    "year_inferred",
    "doc_id",
    "surface",
    "start",
    "end",
    "label",
    "sentence",
]


def _label(sentence: str, width: int = 70) -> str:
    """The sentence, shortened to ``width`` characters at a word boundary."""
    if len(sentence) <= width:
        return sentence
    return sentence[: sentence.rfind(" ", 0, width - 1)].rstrip(",;:") + " …"


def corpus_timeline(corpus: pd.DataFrame, include_unknown: bool = False) -> pd.DataFrame:
    """One row per dated mention in the corpus, sorted by date (then article and position).

    Columns: ``date_start``, ``date_end`` (``datetime64``: first and last day covered),
    ``iso`` (the date at its precision, e.g. ``2025-03`` or ``2025-01/2025-03``),
    ``precision`` (day, month, year, period, decade), ``year_inferred`` (the year came from the
    article's date, not the text), ``doc_id``, ``surface``, ``start``, ``end`` (offsets in the
    article's text), ``label`` (the sentence, shortened) and ``sentence``. Dates whose year
    cannot be known (no article date) are left out unless ``include_unknown``.

    >>> import helpers
    >>> timeline = corpus_timeline(helpers.load_corpus())
    >>> timeline.iso.head(3).tolist()
    ['1973-09-21/2025-09-21', '1990/1999', '1992']
    """
    dates = corpus_dates(corpus)
    if not include_unknown:
        dates = dates[dates.date_start != ""]
    table = dates.assign(
        date_start=pd.to_datetime(dates.date_start.replace("", None), format="%Y-%m-%d"),
        date_end=pd.to_datetime(dates.date_end.replace("", None), format="%Y-%m-%d"),
        label=dates.sentence.map(_label),
    )
    table = table.sort_values(["date_start", "date_end", "doc_id", "start"], kind="stable", ignore_index=True)
    return table[TIMELINE_COLUMNS]
