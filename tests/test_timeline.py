"""helpers.timeline: the corpus' dated events in order, with inferred years marked."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers.timeline import TIMELINE_COLUMNS, corpus_timeline


@pytest.fixture(scope="module")
def timeline() -> pd.DataFrame:
    return corpus_timeline(helpers.load_corpus())


def test_columns_and_order(timeline):
    assert list(timeline.columns) == TIMELINE_COLUMNS
    assert timeline.date_start.is_monotonic_increasing
    assert (timeline.date_end >= timeline.date_start).all()


def test_spans_1973_to_2045(timeline):
    assert timeline.date_start.min() == pd.Timestamp("1973-09-21")
    assert timeline.date_end.max() == pd.Timestamp("2045-12-31")


def test_surfaces_slice_their_articles(timeline):
    texts = helpers.load_corpus().set_index("doc_id").text
    for row in timeline.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.surface


def test_years_taken_from_the_article_date_are_flagged(timeline):
    row = timeline[timeline.surface == "Ngày 10/7"].iloc[0]
    assert row.iso == "2025-07-10" and row.year_inferred
    stated = timeline[timeline.surface == "ngày 28/4/2025"].iloc[0]
    assert not stated.year_inferred


def test_same_event_in_two_languages_lands_on_one_day(timeline):
    forum = timeline[timeline.iso == "2025-04-28"]
    assert set(forum.doc_id) == {"forum-2025-04-28-vi", "forum-2025-04-28-en"}


def test_article_without_dates_adds_nothing():
    corpus = pd.DataFrame(
        {"doc_id": ["x"], "lang": ["vi"], "date": [pd.Timestamp("2025-01-01")], "text": ["Hai bên hợp tác về bán dẫn."]}
    )
    assert corpus_timeline(corpus).empty
    assert list(corpus_timeline(corpus).columns) == TIMELINE_COLUMNS


def test_unknown_years_are_left_out_unless_asked():
    corpus = pd.DataFrame({"doc_id": ["x"], "lang": ["vi"], "date": [pd.NaT], "text": ["Ngày 10/7, hai bên gặp nhau."]})
    assert corpus_timeline(corpus).empty
    assert corpus_timeline(corpus, include_unknown=True).iso.tolist() == ["--07-10"]
