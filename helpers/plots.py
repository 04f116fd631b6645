"""Plots: one shared look for every chart in the course, and a sentence that says what each shows.

Call :func:`setup` once at the top of a lesson. DejaVu Sans (matplotlib's default font) has
every Vietnamese letter, so diacritics render correctly without extra fonts.

Colours come from the Okabe–Ito palette, which stays distinguishable with every common kind
of colour blindness, and each colour has **one meaning across the course**:

==================  ============  ===========================================
meaning             colour        used for
==================  ============  ===========================================
Vietnamese (vi)     vermillion    articles, words and facts in Vietnamese
English (en)        blue          articles, words and facts in English
person (PER)        orange        entity labels
organisation (ORG)  bluish green  entity labels
place (LOC)         sky blue      entity labels
range               purple        the span from a range's low to its high end
no meaning          grey          a single series; "both" when comparing two
==================  ============  ===========================================

Every drawing function has a ``describe_…`` partner that returns one sentence computed from
the plotted data (what the chart shows and its key number): lessons print it under the chart,
as its text alternative. Numbers are never printed in scientific notation.
"""

from __future__ import annotations

import math
from itertools import product

import matplotlib as mpl
import matplotlib.dates  # noqa: F401  (mpl.dates)
import matplotlib.pyplot as plt
import matplotlib.ticker  # noqa: F401  (mpl.ticker)
import pandas as pd
from cycler import cycler

__all__ = [
    "ENTITY_COLORS",
    "LANG_COLORS",
    "NEUTRAL",
    "OKABE_ITO",
    "RANGE_COLOR",
    "barh",
    "describe_bars",
    "describe_lines",
    "describe_network",
    "describe_ranges",
    "describe_timeline",
    "entity_legend",
    "heatmap",
    "lang_legend",
    "lines",
    "network",
    "number",
    "range_bars",
    "setup",
    "timeline",
]

OKABE_ITO = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}
LANG_COLORS = {"vi": OKABE_ITO["vermillion"], "en": OKABE_ITO["blue"]}
ENTITY_COLORS = {"PER": OKABE_ITO["orange"], "ORG": OKABE_ITO["bluish green"], "LOC": OKABE_ITO["sky blue"]}
RANGE_COLOR = OKABE_ITO["reddish purple"]
NEUTRAL = "#6e6e6e"
LANG_NAMES = {"vi": "Vietnamese", "en": "English"}
ENTITY_NAMES = {"PER": "person (PER)", "ORG": "organisation (ORG)", "LOC": "place (LOC)"}


def setup() -> None:
    """Apply the course style: readable sizes, light grid, no top/right spines, plain numbers.

    >>> setup(); mpl.rcParams["axes.spines.top"], mpl.rcParams["axes.formatter.useoffset"]
    (False, False)
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
            "axes.prop_cycle": cycler(color=[NEUTRAL, *OKABE_ITO.values()]),
            "axes.formatter.useoffset": False,
            "axes.formatter.limits": (-9, 15),  # no 1e10 on any axis
            "svg.hashsalt": "vn-jp",
        }
    )


def number(value: float) -> str:
    """A number as a reader writes it: thousands separators, up to three significant decimals, never 1e+10.

    >>> number(78_600_000_000), number(78.6), number(0.955), number(3.0), number(1234.5)
    ('78,600,000,000', '78.6', '0.955', '3', '1,234.5')
    """
    if float(value).is_integer():
        return f"{int(value):,}"
    digits = max(0, 3 - int(math.floor(math.log10(abs(value)))) - 1) if value else 0
    return f"{value:,.{max(digits, 1)}f}".rstrip("0").rstrip(".")


def _plain_axis(axis) -> None:
    axis.set_major_formatter(mpl.ticker.FuncFormatter(lambda v, _: number(v)))


def barh(values: pd.Series, title: str, xlabel: str = "", color: str | list[str] = NEUTRAL, ax=None):
    """Horizontal bar chart of a Series (index = labels), first item at the top, values at bar ends.

    ``color`` is one colour or one per item. Values are written in full (``78,600,000,000``,
    never ``7.86e+10``) and labels are never cut. Returns the matplotlib ``Axes``.

    >>> ax = barh(pd.Series({"bán dẫn": 12, "AI": 7}), "Mentions")
    >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts]
    (['AI', 'bán dẫn'], ['7', '12'])
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.35 * len(values) + 1.2))
    ordered = values.iloc[::-1]
    colors = color[::-1] if isinstance(color, list) else color
    bars = ax.barh([str(i) for i in ordered.index], ordered.values, color=colors)
    ax.bar_label(bars, labels=[number(v) for v in ordered.values], padding=3)
    if all(float(v).is_integer() for v in values):
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    _plain_axis(ax.xaxis)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.margins(x=0.12)
    return ax


def describe_bars(values: pd.Series, unit: str, what: str = "bars") -> str:
    """One sentence for a bar chart: how many bars, the largest and the smallest, with their values.

    >>> describe_bars(pd.Series({"forum": 30, "ambassador": 36, "asean": 14}), "sentences", "articles")
    'The chart shows 3 articles: the largest is ambassador (36 sentences), the smallest asean (14 sentences).'
    """
    top, low = values.idxmax(), values.idxmin()
    return (
        f"The chart shows {len(values)} {what}: the largest is {top} ({number(values[top])} {unit}), "
        f"the smallest {low} ({number(values[low])} {unit})."
    )


def lines(table: pd.DataFrame, title: str, ylabel: str, colors: dict[str, str] | None = None, ax=None):
    """One line per column of ``table`` across its rows (steps, in order), with markers; y from 0.

    ``colors`` maps a column to its colour (``ENTITY_COLORS`` for PER / ORG / LOC). Row labels
    are written slanted under the axis. Returns the ``Axes``.

    >>> ax = lines(pd.DataFrame({"PER": [0.3, 1.0]}, index=["raw", "+ titles"]), "F1", "F1", ENTITY_COLORS)
    >>> [l.get_label() for l in ax.get_lines()]
    ['PER']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4.5))
    colors = colors or {}
    for column in table.columns:
        ax.plot(
            [str(i) for i in table.index], table[column], marker="o", label=column, color=colors.get(column, NEUTRAL)
        )
    ax.set_ylim(0, 1.05 * max(1.0, float(table.max().max())))
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(loc="lower right")
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right")
    return ax


def describe_lines(table: pd.DataFrame, what: str) -> str:
    """One sentence for :func:`lines`: each line's first and last value, and its biggest step.

    >>> describe_lines(pd.DataFrame({"PER": [0.3, 0.5, 1.0]}, index=["raw", "+ a", "+ b"]), "F1")
    'F1 from raw to + b: PER 0.3 to 1 (biggest step: + b, +0.5).'
    """
    parts = []
    for column in table.columns:
        steps = table[column].diff().iloc[1:]
        parts.append(
            f"{column} {number(round(table[column].iloc[0], 2))} to {number(round(table[column].iloc[-1], 2))} "
            f"(biggest step: {steps.idxmax()}, +{number(round(steps.max(), 2))})"
        )
    return f"{what} from {table.index[0]} to {table.index[-1]}: " + "; ".join(parts) + "."


def lang_legend(ax, langs=("vi", "en"), loc: str = "lower right") -> None:
    """Add a legend explaining the language colours (``LANG_COLORS``) to ``ax``."""
    handles = [mpl.patches.Patch(color=LANG_COLORS[lang], label=LANG_NAMES[lang]) for lang in langs]
    ax.legend(handles=handles, loc=loc, frameon=False)


def entity_legend(ax, labels=("PER", "ORG", "LOC"), loc: str = "lower right") -> None:
    """Add a legend explaining the entity colours (``ENTITY_COLORS``) to ``ax``.

    >>> _, ax = plt.subplots(); entity_legend(ax, ["ORG"]); [t.get_text() for t in ax.get_legend().get_texts()]
    ['organisation (ORG)']
    >>> plt.close("all")
    """
    handles = [mpl.patches.Patch(color=ENTITY_COLORS[label], label=ENTITY_NAMES[label]) for label in labels]
    ax.legend(handles=handles, loc=loc, frameon=False)


def range_bars(low: pd.Series, high: pd.Series, title: str, xlabel: str = "", ax=None):
    """Ranges drawn as ranges: a bar from each low end to its high end; a value without a high end is a bar from 0.

    ``low`` and ``high`` share their index (the labels); ``high`` is NaN where a value is not a
    range. Both ends are written beside the bar. Returns the ``Axes``.

    >>> low, high = pd.Series({"revenue": 200.0, "staff": 50.0}), pd.Series({"revenue": 250.0, "staff": float("nan")})
    >>> ax = range_bars(low, high, "Targets")
    >>> sorted(t.get_text().strip() for t in ax.texts)
    ['200–250', '50']
    >>> plt.close("all")
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * len(low) + 1.2))
    labels = [str(i) for i in low.index[::-1]]
    for y, (lo, hi) in enumerate(zip(low.iloc[::-1], high.iloc[::-1], strict=True)):
        if pd.isna(hi):
            ax.barh(labels[y], lo, color=NEUTRAL)
            ax.text(lo, y, f" {number(lo)}", va="center")
        else:
            ax.barh(labels[y], hi - lo, left=lo, color=RANGE_COLOR)
            ax.text(hi, y, f" {number(lo)}–{number(hi)}", va="center")
    _plain_axis(ax.xaxis)
    ax.set_xlim(0, max(high.fillna(low).max(), low.max()) * 1.25)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    return ax


def describe_ranges(low: pd.Series, high: pd.Series, unit: str) -> str:
    """One sentence for :func:`range_bars`: every item with its value or range.

    >>> describe_ranges(pd.Series({"revenue": 200.0}), pd.Series({"revenue": 250.0}), "US$ million")
    'The chart shows 1 item: revenue 200–250 US$ million (a range).'
    """
    parts = [
        f"{label} {number(lo)} {unit}" if pd.isna(hi) else f"{label} {number(lo)}–{number(hi)} {unit} (a range)"
        for label, lo, hi in zip(low.index, low, high, strict=True)
    ]
    return f"The chart shows {len(parts)} item{'s' if len(parts) != 1 else ''}: " + "; ".join(parts) + "."


def network(graph, title: str, ax=None):
    """Draw a co-occurrence graph (``helpers.entities.cooccurrence_graph``): size = mentions, colour = label.

    Node positions and label directions come from the graph (``pos`` and ``angle`` node
    attributes); each name is written on the side of its node that faces away from the centre.
    Grey lines join names of one article; dark lines, as thick as their weight, names that
    share several articles. Returns the ``Axes``.
    """
    import networkx as nx

    if ax is None:
        _, ax = plt.subplots(figsize=(11, 11))
    pos = nx.get_node_attributes(graph, "pos")
    strong = [e for e in graph.edges if graph.edges[e]["weight"] > 1]
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#e4e4e4", width=0.5)
    nx.draw_networkx_edges(
        graph, pos, edgelist=strong, ax=ax, edge_color="#555555", width=[graph.edges[e]["weight"] for e in strong]
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        node_size=[60 + 30 * d["mentions"] for _, d in graph.nodes(data=True)],
        node_color=[ENTITY_COLORS[d["label"]] for _, d in graph.nodes(data=True)],
    )
    for name, angle in graph.nodes(data="angle"):
        x, y = pos[name]
        dx, dy = math.cos(angle), math.sin(angle)
        ax.text(
            x + 0.7 * dx,
            y + 0.7 * dy,
            name,
            fontsize=8,
            ha="left" if dx >= 0 else "right",
            va="bottom" if dy > 0.7 else "top" if dy < -0.7 else "center",
        )
    entity_legend(ax, sorted({d["label"] for _, d in graph.nodes(data=True)}, key=list(ENTITY_COLORS).index))
    ax.set_title(title)
    ax.set_axis_off()
    return ax


def describe_network(graph) -> str:
    """One sentence for :func:`network`: its size and the best-connected name.

    >>> import networkx as nx
    >>> g = nx.Graph(); g.add_edge("A", "B", weight=2); g.add_edge("A", "C", weight=1)
    >>> describe_network(g)
    'The network has 3 names and 2 pairs named in the same article; A is named with the most others (2).'
    """
    hub = max(graph.nodes, key=lambda n: (graph.degree[n], str(n)))
    return (
        f"The network has {graph.number_of_nodes()} names and {graph.number_of_edges()} pairs named in the "
        f"same article; {hub} is named with the most others ({graph.degree[hub]})."
    )


def _label_levels(starts: list[float], widths: list[float]) -> list[int]:
    """A vertical level for each label (start and width on the x axis) so that no two labels on a level overlap.

    >>> _label_levels([0, 5, 12, 50], [10, 10, 10, 10])
    [0, 1, 0, 0]
    """
    levels: list[int] = []
    ends: list[float] = []
    for start, width in zip(starts, widths, strict=True):
        level = next((k for k, end in enumerate(ends) if start >= end), len(ends))
        if level == len(ends):
            ends.append(0.0)
        ends[level] = start + width
        levels.append(level)
    return levels


def _timeline_label_levels(shown: pd.DataFrame, lo: pd.Timestamp, hi: pd.Timestamp) -> dict[object, int]:
    """The stacking level of each event's label (by row index), per article, so labels never overlap."""
    per_char = (hi - lo).days * 0.0085  # days one character of an 8-point label covers on a 10-inch chart
    levels: dict[object, int] = {}
    for _, group in shown.groupby("doc_id"):
        starts = [(max(d, lo) - lo).days for d in group.date_start]
        widths = [per_char * (len(t) + 2) for t in group.surface]
        levels |= dict(zip(group.index, _label_levels(starts, widths), strict=True))
    return levels


def _draw_event(ax, event, y: int, color: str, lo: pd.Timestamp, hi: pd.Timestamp) -> None:
    """One dated event on row ``y``: a dot for a day, a bar for a longer period; hollow when the year was inferred."""
    face = "white" if event.year_inferred else color
    if event.precision == "day":
        ax.plot(event.date_start, y, "o", ms=9, mfc=face, mec=color, mew=2, zorder=3)
        return
    # a period wider than the window is drawn thin, so it does not hide the row
    height = 0.08 if event.date_start < lo and event.date_end > hi else 0.36
    width = max(event.date_end + pd.Timedelta(days=1) - event.date_start, (hi - lo) / 300)
    ax.broken_barh(
        [(event.date_start, width)],
        (y - height / 2, height),
        facecolors=face,
        edgecolors=color,
        lw=1.5,
        alpha=0.8,
        zorder=2,
    )


def timeline(
    events: pd.DataFrame,
    start: str,
    end: str,
    title: str,
    rows: list[str] | None = None,
    labels: bool = False,
    langs: dict[str, str] | None = None,
    ax=None,
):
    """Draw dated events (as from ``helpers.timeline.corpus_timeline``) between ``start`` and ``end``.

    One row per article (``rows`` gives the order); a day is a dot, a longer period a bar from
    its first to its last day, coloured by the article's language (``langs``: doc_id → lang;
    grey without it). Stated dates are filled, dates whose year was inferred are hollow. With
    ``labels``, each event is labelled with its surface text, on stacked levels so that no two
    labels overlap. Returns the ``Axes``.

    >>> import helpers
    >>> from helpers.timeline import corpus_timeline
    >>> ax = timeline(corpus_timeline(helpers.load_corpus()), "1970", "2050", "Dates")
    >>> len(ax.get_yticks())
    5
    >>> plt.close("all")
    """
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    shown = events[(events.date_end >= lo) & (events.date_start <= hi)].sort_values("date_start")
    rows = rows or list(dict.fromkeys(events.doc_id))
    langs = langs or {}
    levels = _timeline_label_levels(shown, lo, hi) if labels else {}
    depth = max(levels.values(), default=0) + 1
    if ax is None:
        _, ax = plt.subplots(figsize=(10, (0.6 + 0.3 * depth * labels) * len(rows) + 1.6))
    for event in shown.itertuples():
        y = rows.index(event.doc_id)
        _draw_event(ax, event, y, LANG_COLORS.get(langs.get(str(event.doc_id), ""), NEUTRAL), lo, hi)
        if labels:
            ax.annotate(
                event.surface,
                (max(event.date_start, lo), y),
                xytext=(2, -12 - 11 * levels[event.Index]),
                textcoords="offset points",
                fontsize=8,
                ha="left",
                va="top",
            )
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.4 + 0.25 * labels, -0.6)
    ax.set_xlim(lo, hi)
    locator = mpl.dates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))
    ax.grid(axis="y", visible=False)
    ax.set_title(title)
    handles = [
        mpl.lines.Line2D([], [], marker="o", ls="", mfc=NEUTRAL, mec=NEUTRAL, label="date stated in the text"),
        mpl.lines.Line2D(
            [], [], marker="o", ls="", mfc="white", mec=NEUTRAL, mew=2, label="year inferred from the article's date"
        ),
        *[
            mpl.patches.Patch(color=LANG_COLORS[k], label=f"{LANG_NAMES[k]} article")
            for k in sorted(set(langs.values()), reverse=True)
        ],
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0, -0.08), ncol=2, frameon=False)
    return ax


def describe_timeline(events: pd.DataFrame, start: str, end: str) -> str:
    """One sentence for :func:`timeline`: how many dates the window shows, the first and the last.

    >>> import helpers
    >>> from helpers.timeline import corpus_timeline
    >>> events = corpus_timeline(helpers.load_corpus())
    >>> print(describe_timeline(events, "2028", "2050"))  # doctest: +NORMALIZE_WHITESPACE
    The chart shows 2 dates between 2028 and 2050, from năm 2028 (2028) to năm 2045 (2045);
    0 of them with an inferred year.
    """
    lo, hi = pd.Timestamp(start), pd.Timestamp(end)
    shown = events[(events.date_end >= lo) & (events.date_start <= hi)].sort_values(["date_start", "date_end"])
    first, last = shown.iloc[0], shown.iloc[-1]
    return (
        f"The chart shows {len(shown)} dates between {start} and {end}, from {first.surface} ({first.iso}) "
        f"to {last.surface} ({last.iso}); {int(shown.year_inferred.sum())} of them with an inferred year."
    )


def heatmap(scores: pd.DataFrame, value: str = "share", title: str = "Themes per article", ax=None):
    """Draw ``helpers.themes.theme_scores`` as a heatmap: themes down, articles across, numbers in the cells.

    ``value="share"`` shows percent of the article's content words (one decimal), ``"count"``
    the number of matches. The colour scale is cividis, reversed (darker for more): readable with
    every kind of colour vision, and no palette colour with a meaning stands for a quantity.
    Taught in lesson 05.
    Returns the matplotlib ``Axes``.

    >>> import matplotlib.pyplot as plt
    >>> scores = pd.DataFrame({"doc_id": ["a", "a"], "theme": ["chips", "energy"],
    ...                        "count": [3, 0], "content_words": [100, 100], "share": [0.03, 0.0]})
    >>> ax = heatmap(scores)
    >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts]
    (['chips', 'energy'], ['3.0', '0.0'])
    >>> plt.close("all")
    """
    if value not in ("share", "count"):
        raise ValueError(f"value must be 'share' or 'count', not {value!r}")
    table = scores.pivot(index="theme", columns="doc_id", values=value)
    table = table.loc[list(dict.fromkeys(scores.theme)), list(dict.fromkeys(scores.doc_id))]
    if value == "share":
        table, fmt, label = table * 100, "{:.1f}", "% of the article's content words"
    else:
        fmt, label = "{:.0f}", "matching terms"
    if ax is None:
        _, ax = plt.subplots(figsize=(1.3 * len(table.columns) + 4, 0.42 * len(table.index) + 1.8))
    top = float(table.to_numpy().max()) if table.size else 0.0
    image = ax.imshow(table.to_numpy(dtype=float), cmap="cividis_r", aspect="auto", vmin=0, vmax=top or 1)
    for (i, j), v in ((ij, table.iat[ij]) for ij in product(range(table.shape[0]), range(table.shape[1]))):
        ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=9, color="white" if v > 0.6 * top else "black")
    ax.set_xticks(range(len(table.columns)), [str(c) for c in table.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(table.index)), [str(t) for t in table.index])
    ax.grid(False)
    ax.set_title(title)
    ax.figure.colorbar(image, ax=ax, label=label, shrink=0.8)
    return ax
