"""The README's accuracy table is what helpers.evaluate measures on the seed articles."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import helpers
from helpers import evaluate
from helpers.dates import corpus_dates
from helpers.entities import corpus_entities
from helpers.figures import corpus_figures

from .conftest import ROOT

LABELS = ["PER", "ORG", "LOC"]


def _two(values: pd.Series | float) -> str:
    """Two decimals, rounded as the lessons round (pandas ``.round(2)``: 0.975 -> 0.98)."""
    return " / ".join(f"{v:.2f}" for v in pd.Series(values).round(2))


@pytest.fixture(scope="module")
def measured() -> dict[str, str]:
    """The README table's rows, computed: extractor cell -> 'precision | recall' cells."""
    corpus = helpers.load_corpus()
    reference = evaluate.reference_entities()
    ours, raw = (
        evaluate.score_entities(mentions, reference, "article").set_index("label").loc[LABELS]
        for mentions in (corpus_entities(corpus), corpus_entities(corpus, raw=True))
    )
    figures_ref = evaluate.reference_figures()
    figures = evaluate.evaluate_figures(corpus_figures(corpus), figures_ref, by="written").set_index("written")
    counts = figures_ref.written.value_counts()
    dates = evaluate.evaluate_dates(corpus_dates(corpus), evaluate.reference_dates(), by=None).iloc[0]
    entity_row = (
        f"entities, per article, PER / ORG / LOC (raw underthesea: {_two(raw.precision)} precision, "
        f"{_two(raw.recall)} recall)"
    )
    written = ["digits", "words"]
    return {
        entity_row: f"{_two(ours.precision)} | {_two(ours.recall)}",
        f"figures written with digits ({counts['digits']}) / with words ({counts['words']})": (
            f"{_two(figures.loc[written].precision)} | {_two(figures.loc[written].recall)}"
        ),
        f"dates ({len(evaluate.reference_dates())})": f"{_two(dates.precision)} | {_two(dates.recall)}",
    }


def _readme_rows() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| extractor | precision | recall |", 1)[1].split("\n\n", 1)[0]
    rows = [re.split(r"\s*\|\s*", line.strip().strip("|").strip()) for line in table.splitlines()[2:] if line.strip()]
    return {row[0]: f"{row[1]} | {row[2]}" for row in rows}


def test_readme_accuracy_table_matches_the_scorer(measured):
    assert _readme_rows() == measured


def test_the_table_is_read_from_the_readme():
    rows = _readme_rows()
    assert len(rows) == 3 and all(re.fullmatch(r"[\d. /]+ \| [\d. /]+", cells) for cells in rows.values())
