"""helpers/data/: every word list says where it comes from, has no repeats, and reuses the stopwords."""

from __future__ import annotations

import pytest

from helpers import vocabulary
from helpers.text import stopwords

from .conftest import ROOT

DATA = sorted((ROOT / "helpers" / "data").iterdir())
MODELS = [p for p in DATA if p.suffix == ".crf"]  # binary models (helpers/entities/tagger.py): provenance beside them
TXT = [p.name for p in DATA if p.suffix == ".txt"]
# Lists that add to the stopwords: they must not repeat them.
EXTENDS_STOPWORDS = {"function_words_vi.txt": "vi", "function_words_en.txt": "en", "not_names_en.txt": "en"}


@pytest.mark.parametrize("path", [p for p in DATA if p not in MODELS], ids=lambda p: p.name)
def test_every_list_starts_with_its_provenance(path):
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert path.read_text(encoding="utf-8").startswith("# ") and any("Provenance" in line for line in header)


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_every_model_has_its_provenance_beside_it(path):
    assert path.with_suffix(".txt") in DATA


@pytest.mark.parametrize("name", TXT)
def test_no_entry_is_listed_twice(name):
    entries = vocabulary.words(name)
    assert len(entries) == len(set(entries)), [e for e in entries if entries.count(e) > 1]


@pytest.mark.parametrize("name", EXTENDS_STOPWORDS)
def test_extensions_of_the_stopwords_do_not_repeat_them(name):
    assert not set(vocabulary.words(name)) & stopwords(EXTENDS_STOPWORDS[name])


def test_csv_lists_have_their_columns():
    assert {tuple(r) for r in vocabulary.rows("org_heads.csv")} == {
        ("head", "lang", "tai", "company", "place", "lower", "namesake")
    }
    assert {r["qualifier"] for r in vocabulary.rows("qualifiers.csv")} == {"over", "nearly", "about", "up_to"}
    assert all(int(r["value"]) >= 1000 for r in vocabulary.rows("scales.csv"))
    currencies = vocabulary.rows("currencies.csv")
    assert all(len(r["code"]) == 3 and r["code"].isupper() for r in currencies)
    assert {tuple(r) for r in currencies} == {
        ("written", "code", "position", "glued", "lang", "needs_scale", "not_before")
    }


def test_lists_are_read_only():
    """Lists are cached: a caller must not be able to change them for everyone else."""
    assert isinstance(vocabulary.words("comparatives.txt"), tuple)
    with pytest.raises(TypeError):
        vocabulary.rows("scales.csv")[0]["value"] = "1"  # type: ignore[index]
