"""Plots: one shared look for every chart in the course.

Call :func:`setup` once at the top of a lesson. DejaVu Sans (matplotlib's default font) has
every Vietnamese letter, so diacritics render correctly without extra fonts.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.dates  # noqa: F401  (mpl.dates)
import matplotlib.ticker  # noqa: F401  (mpl.ticker)
import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["setup", "barh", "lang_legend", "timeline", "PALETTE", "LANG_COLORS"]

PALETTE = ["#c8102e", "#1f4e79", "#e3a21a", "#3a7d44", "#7b4f9d", "#8c8c8c"]
LANG_COLORS = {"vi": PALETTE[0], "en": PALETTE[1]}


def setup() -> None:
    """Apply the course style: readable sizes, light grid, no top/right spines, fixed colours.

    >>> setup(); mpl.rcParams["axes.spines.top"]
    False
    """
    mpl.rcParams.update(
        {
            "figure.figsize": (8, 4.5),
            "figure.dpi": 100,
            "font.family": "DejaVu Sans",
            "font.size": 11,
            "axes.titlesize": 13,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.axisbelow": True,
            "grid.color": "#dddddd",
            "axes.prop_cycle": mpl.cycler(color=PALETTE),
            "svg.hashsalt": "vn-jp",
        }
    )


def barh(values: pd.Series, title: str, xlabel: str = "", color: str | list[str] = PALETTE[0], ax=None):
    """Horizontal bar chart of a Series (index = labels), first item at the top, values at bar ends.

    ``color`` is one colour or one per item. Returns the matplotlib ``Axes``.

    >>> ax = barh(pd.Series({"bán dẫn": 12, "AI": 7}), "Mentions")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['AI', 'bán dẫn']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.35 * len(values) + 1.2))
    ordered = values.iloc[::-1]
    colors = color[::-1] if isinstance(color, list) else color
    bars = ax.barh([str(i) for i in ordered.index], ordered.values, color=colors)
    ax.bar_label(bars, padding=3, fmt="%g")
    if all(float(v).is_integer() for v in values):
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    return ax


def lang_legend(ax, langs=("vi", "en")) -> None:
    """Add a legend explaining the language colours (``LANG_COLORS``) to ``ax``."""
    names = {"vi": "Vietnamese", "en": "English"}
    handles = [mpl.patches.Patch(color=LANG_COLORS[lang], label=names[lang]) for lang in langs]
    ax.legend(handles=handles, loc="lower right", frameon=False)


def timeline(events: pd.DataFrame, start: str, end: str, title: str, rows: list[str] | None = None,
             labels: bool = False, ax=None):
    """Draw dated events (as from ``helpers.timeline.corpus_timeline``) between ``start`` and ``end``.

    One row per article (``rows`` gives the order); a day is a dot, a longer period a bar from
    its first to its last day. Stated dates are filled, dates whose year was inferred are
    hollow. With ``labels``, each event is labelled with its surface text. Returns the ``Axes``.

    >>> import helpers
    >>> from helpers.timeline import corpus_timeline
    >>> ax = timeline(corpus_timeline(helpers.load_corpus()), "1970", "2050", "Dates")
    >>> len(ax.get_yticks())
    5
    >>> plt.close("all")
    """
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    shown = events[(events.date_end >= lo) & (events.date_start <= hi)]
    rows = rows or list(dict.fromkeys(events.doc_id))
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.6 * len(rows) + 1.6))
    placed: dict[int, int] = {}
    for event in shown.itertuples():
        y = rows.index(event.doc_id)
        color = PALETTE[y % len(PALETTE)]
        face = "white" if event.year_inferred else color
        if event.precision == "day":
            ax.plot(event.date_start, y, "o", ms=9, mfc=face, mec=color, mew=2, zorder=3)
        else:
            # a period wider than the window is drawn thin, so it does not hide the row
            height = 0.08 if event.date_start < lo and event.date_end > hi else 0.36
            width = max(event.date_end + pd.Timedelta(days=1) - event.date_start, (hi - lo) / 300)
            ax.broken_barh([(event.date_start, width)], (y - height / 2, height), facecolors=face,
                           edgecolors=color, lw=1.5, alpha=0.8, zorder=2)
        if labels:
            n = placed[y] = placed.get(y, -1) + 1
            ax.annotate(event.surface, (max(event.date_start, lo), y), xytext=(2, 10 if n % 2 == 0 else -18),
                        textcoords="offset points", fontsize=8, ha="left")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.4, -0.6)
    ax.set_xlim(lo, hi)
    locator = mpl.dates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    handles = [
        mpl.lines.Line2D([], [], marker="o", ls="", mfc="#555555", mec="#555555", label="date stated in the text"),
        mpl.lines.Line2D([], [], marker="o", ls="", mfc="white", mec="#555555", mew=2, label="year inferred from the article's date"),
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.12), ncol=2, frameon=False)
    return ax
