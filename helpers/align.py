"""Align: what two reports share, what each says alone, and where figures nearly agree.

Works on the tables the extractors return (``helpers.figures.extract_figures``,
``helpers.entities.extract_entities``), so it compares languages without translating: a figure
is matched by its value, kind and currency; an entity by its canonical name.
"""

from __future__ import annotations

import math

import pandas as pd

__all__ = ["align_figures", "align_entities", "near_figures"]

ALIGNED_FIGURE_COLUMNS = [
    "found_in",
    "kind",
    "currency",
    "value",
    "value_high",
    "surface_a",
    "surface_b",
    "unit_a",
    "unit_b",
    "qualifier_a",
    "qualifier_b",
]


def _same(x: float, y: float, rel_tol: float) -> bool:
    if pd.isna(x) or pd.isna(y):
        return bool(pd.isna(x) and pd.isna(y))
    return math.isclose(x, y, rel_tol=rel_tol, abs_tol=1e-9)


def align_figures(a: pd.DataFrame, b: pd.DataFrame, rel_tol: float = 1e-9) -> pd.DataFrame:
    """Pair the figures of two reports that state the same quantity.

    Two figures match when their ``kind`` and ``currency`` are equal and their ``value`` and
    ``value_high`` agree (within ``rel_tol``); each figure is used once, in reading order.
    ``78,6 tỷ USD`` and ``US$78.6 billion`` match; ``5.500 dự án`` and ``5,500 valid projects``
    match although their units are written in two languages.

    Columns: ``found_in`` (``both``, ``a`` or ``b``), ``kind``, ``currency``, ``value``,
    ``value_high``, then ``surface``, ``unit`` and ``qualifier`` of each side (``_a``, ``_b``;
    empty where that side has no such figure). Rows: matches in ``a``'s order, then ``a`` only,
    then ``b`` only.

    >>> from helpers.figures import extract_figures
    >>> vi = extract_figures("Nhật Bản có hơn 5.500 dự án với tổng vốn gần 78,6 tỷ USD.", "vi")
    >>> en = extract_figures("Japan had 5,500 projects worth nearly US$78.6 billion and 20 per cent growth.", "en")
    >>> align_figures(vi, en)[["found_in", "surface_a", "surface_b"]]
      found_in    surface_a        surface_b
    0     both  5.500 dự án   5,500 projects
    1     both  78,6 tỷ USD  US$78.6 billion
    2        b                   20 per cent
    """
    free = list(b.index)
    both, only_a = [], []
    for _, fa in a.iterrows():
        j = next(
            (
                j
                for j in free
                if fa.kind == b.at[j, "kind"]
                and fa.currency == b.at[j, "currency"]
                and _same(fa.value, b.at[j, "value"], rel_tol)
                and _same(fa.value_high, b.at[j, "value_high"], rel_tol)
            ),
            None,
        )
        if j is None:
            only_a.append(_row("a", fa, None))
        else:
            free.remove(j)
            both.append(_row("both", fa, b.loc[j]))
    only_b = [_row("b", None, b.loc[j]) for j in free]
    return pd.DataFrame(both + only_a + only_b, columns=ALIGNED_FIGURE_COLUMNS)


def _row(found_in: str, fa: pd.Series | None, fb: pd.Series | None) -> list:
    first = fa if fa is not None else fb
    if first is None:
        raise ValueError("an aligned row needs a figure on at least one side")
    side = lambda f, col: "" if f is None else f[col]  # noqa: E731
    return [
        found_in,
        first.kind,
        first.currency,
        first.value,
        first.value_high,
        side(fa, "surface"),
        side(fb, "surface"),
        side(fa, "unit"),
        side(fb, "unit"),
        side(fa, "qualifier"),
        side(fb, "qualifier"),
    ]


def align_entities(a: pd.DataFrame, b: pd.DataFrame) -> pd.DataFrame:
    """Which entities two reports both name, and how each writes them.

    ``a`` and ``b`` are mention tables (``surface``, ``label``, ``canonical``). One row per
    entity (canonical name and label): ``found_in`` (``both``, ``a``, ``b``), ``mentions_a``,
    ``mentions_b``, and ``written_a`` / ``written_b``: the distinct spellings, joined by `` | ``.
    Sorted: both first, then by total mentions.

    >>> a = pd.DataFrame({"surface": ["Nhật Bản", "Hà Nội"], "label": ["LOC", "LOC"],
    ...                   "canonical": ["Nhật Bản", "Hà Nội"]})
    >>> b = pd.DataFrame({"surface": ["Japan", "Japan"], "label": ["LOC", "LOC"],
    ...                   "canonical": ["Nhật Bản", "Nhật Bản"]})
    >>> align_entities(a, b)[["canonical", "found_in", "written_b", "written_a"]]
      canonical found_in written_b written_a
    0  Nhật Bản     both     Japan  Nhật Bản
    1    Hà Nội        a              Hà Nội
    """

    def summary(mentions: pd.DataFrame, side: str) -> pd.DataFrame:
        grouped = mentions.groupby(["canonical", "label"], sort=False).surface
        return pd.DataFrame(
            {f"mentions_{side}": grouped.size(), f"written_{side}": grouped.agg(lambda s: " | ".join(dict.fromkeys(s)))}
        )

    table = summary(a, "a").join(summary(b, "b"), how="outer").reset_index()
    table[["mentions_a", "mentions_b"]] = table[["mentions_a", "mentions_b"]].fillna(0).astype(int)
    table[["written_a", "written_b"]] = table[["written_a", "written_b"]].fillna("")
    pairs = zip(table.mentions_a, table.mentions_b, strict=True)
    table.insert(2, "found_in", ["both" if x and y else "a" if x else "b" for x, y in pairs])
    order = table.found_in.map({"both": 0, "a": 1, "b": 2})
    table = table.assign(_o=order, _n=-(table.mentions_a + table.mentions_b))
    return table.sort_values(["_o", "_n", "canonical"], kind="stable").drop(columns=["_o", "_n"]).reset_index(drop=True)


def near_figures(figures: pd.DataFrame, tolerance: float = 0.05) -> pd.DataFrame:
    """Pairs of figures from different articles that nearly agree but are not equal.

    Same ``kind`` and ``currency``, values within ``tolerance`` (relative) but different: the
    place to ask whether two reports disagree or measure different things (78.6 vs 80 billion
    USD). ``figures`` needs ``doc_id`` (as from ``corpus_figures``).

    Columns: ``kind``, ``currency``, ``doc_a``, ``surface_a``, ``value_a``, ``doc_b``,
    ``surface_b``, ``value_b``, ``difference`` (``(value_b - value_a) / value_a``).

    >>> figs = pd.DataFrame({"doc_id": ["x", "y", "y"], "surface": ["78,6 tỷ USD", "80 tỷ USD", "50 tỷ USD"],
    ...     "value": [78.6e9, 80e9, 50e9], "kind": ["money"] * 3, "currency": ["USD"] * 3})
    >>> near_figures(figs)[["surface_a", "surface_b", "difference"]].round(3)
         surface_a  surface_b  difference
    0  78,6 tỷ USD  80 tỷ USD       0.018
    """
    rows = []
    records = figures.reset_index(drop=True)
    for i, fa in records.iterrows():
        for _, fb in records.iloc[i + 1 :].iterrows():
            if (
                fa.doc_id == fb.doc_id
                or fa.kind != fb.kind
                or fa.currency != fb.currency
                or fa.value == fb.value
                or not fa.value
            ):
                continue
            if abs(fb.value - fa.value) <= tolerance * abs(fa.value):
                rows.append(
                    [
                        fa.kind,
                        fa.currency,
                        fa.doc_id,
                        fa.surface,
                        fa.value,
                        fb.doc_id,
                        fb.surface,
                        fb.value,
                        (fb.value - fa.value) / fa.value,
                    ]
                )
    return pd.DataFrame(
        rows,
        columns=["kind", "currency", "doc_a", "surface_a", "value_a", "doc_b", "surface_b", "value_b", "difference"],
    )
