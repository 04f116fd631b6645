"""Plots: one shared look for every chart in the course.

Call :func:`setup` once at the top of a lesson. DejaVu Sans (matplotlib's default font) has
every Vietnamese letter, so diacritics render correctly without extra fonts.
"""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["setup", "barh", "lang_legend", "PALETTE", "LANG_COLORS"]

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
