"""helpers.align: the same facts across two reports and two languages."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import helpers
from helpers.align import ALIGNED_FIGURE_COLUMNS, align_entities, align_figures, near_figures
from helpers.entities import corpus_entities
from helpers.figures import corpus_figures, extract_figures


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return helpers.load_corpus()


@pytest.fixture(scope="module")
def figures(corpus) -> pd.DataFrame:
    return corpus_figures(corpus)


def test_forum_reports_share_three_figures(figures):
    vi = figures[figures.doc_id == "forum-2025-04-28-vi"]
    en = figures[figures.doc_id == "forum-2025-04-28-en"]
    table = align_figures(vi, en)
    assert list(table.columns) == ALIGNED_FIGURE_COLUMNS
    shared = table[table.found_in == "both"]
    assert sorted(shared.value) == [20.0, 5500.0, 78.6e9]
    assert set(shared.surface_b) >= {"US$78.6 billion", "20 per cent"}
    assert (table.found_in == "a").sum() == len(vi) - len(shared)
    assert (table.found_in == "b").sum() == len(en) - len(shared)


def test_matching_needs_same_kind_currency_and_range():
    a = extract_figures("Vốn 100 triệu USD, doanh thu 200–250 triệu USD và 100 triệu yên.", "vi")
    b = extract_figures("Capital of US$100 million, revenue of US$200 million.", "en")
    table = align_figures(a, b)
    assert table[table.found_in == "both"].surface_a.tolist() == ["100 triệu USD"]
    assert set(table[table.found_in == "a"].surface_a) == {"200–250 triệu USD", "100 triệu yên"}


def test_each_figure_is_used_once():
    a = extract_figures("Có 30 doanh nghiệp và 30 doanh nghiệp khác.", "vi")
    b = extract_figures("There are 30 companies.", "en")
    assert align_figures(a, b).found_in.tolist() == ["both", "a"]


def test_empty_sides():
    none = extract_figures("", "vi")
    some = extract_figures("Có 30 doanh nghiệp.", "vi")
    assert align_figures(none, none).empty
    assert align_figures(some, none).found_in.tolist() == ["a"]
    assert align_figures(none, some).found_in.tolist() == ["b"]


def test_near_figures_finds_78_6_versus_80_billion(figures):
    pairs = near_figures(figures)
    row = pairs[(pairs.surface_a == "78,6 tỷ USD") & (pairs.surface_b == "80 tỷ USD")].iloc[0]
    assert row.doc_b == "ambassador-2025-09-19-vi"
    assert math.isclose(row.difference, 1.4 / 78.6)
    assert not (pairs.value_a == pairs.value_b).any()
    assert (pairs.doc_a != pairs.doc_b).all()


def test_forum_reports_name_the_same_leaders(corpus):
    mentions = corpus_entities(corpus)
    table = align_entities(
        mentions[mentions.doc_id == "forum-2025-04-28-vi"], mentions[mentions.doc_id == "forum-2025-04-28-en"]
    )
    both = table[table.found_in == "both"].set_index("canonical")
    assert {"Phạm Minh Chính", "Ishiba Shigeru", "Nhật Bản"} <= set(both.index)
    assert "Japan" in both.loc["Nhật Bản", "written_b"]
    assert (table.mentions_a + table.mentions_b > 0).all()
