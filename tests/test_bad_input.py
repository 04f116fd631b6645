"""Every public helper that takes text: odd input is handled, wrong input gets one clear error.

(The corpus loader's file-level battery is in test_corpus.py.)
"""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from helpers import corpus, entities, figures, text
from helpers.check import verdict

TEXT_FUNCTIONS = {
    "normalize": text.normalize,
    "detect_language": text.detect_language,
    "split_sentences": text.split_sentences,
    "tokenize": text.tokenize,
    "tag": text.tag,
    "clean_text": corpus.clean_text,
    "extract_figures": figures.extract_figures,
    "extract_dates": figures.extract_dates,
    "extract_entities": entities.extract_entities,
}
ODD_TEXT = {
    "empty": "",
    "whitespace": "  \n\t \r\n",
    "nfd": unicodedata.normalize("NFD", "Hội nghị Bộ trưởng ngày 10/7 có hơn 5.500 dự án tại Việt Nam."),
    "lookalike": "\u00d0ại sứ Nhật Bản tại Hà Nội",
    "html": "<p>Hà&nbsp;Nội &amp; Tokyo</p><br/>",
    "nul-and-controls": "Việt\x00Nam\x07 hợp tác\x1b",
    "emoji-and-symbols": "🇻🇳🤝🇯🇵 AI ¥500 ≈ 50% ⟶ ∞",
    "mixed-scripts": "日本とベトナム Nhật Bản Япония",
    "only-punctuation": "…!?;:—–-()[]{}«»“”",
    "crlf": "Việt Nam.\r\nNhật Bản.\r\n",
}
WRONG_TYPES = {"None": None, "int": 42, "bytes": "Việt Nam".encode(), "list": ["Việt", "Nam"]}


@pytest.mark.parametrize("value", ODD_TEXT.values(), ids=ODD_TEXT.keys())
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_odd_text_is_handled(name, value):
    TEXT_FUNCTIONS[name](value)


@pytest.mark.parametrize("value", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_wrong_type_gets_one_clear_error(name, value):
    with pytest.raises(TypeError, match=rf"{name}\(\) needs"):
        TEXT_FUNCTIONS[name](value)


def test_unknown_language_is_named():
    with pytest.raises(ValueError, match="'fr'"):
        text.tokenize("bonjour", "fr")


def test_corpus_tables_without_required_columns_are_named():
    with pytest.raises((KeyError, AttributeError, ValueError)):
        text.word_counts(pd.DataFrame({"x": [1]}))


def test_a_wrong_answer_of_any_everyday_kind_gets_a_message():
    """Wrong values and wrong types are the student's to fix: a message, not a traceback (and never "Correct")."""
    for value in [None, 42, b"x", pd.DataFrame(), float("nan"), "1", [1], True]:
        assert verdict(value, 1).startswith("Not yet:"), value
    assert verdict(..., 1).startswith("Not answered yet")
