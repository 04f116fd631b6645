"""Every public helper that takes text: odd input is handled, wrong input gets one clear error.

(The corpus loader's file-level battery is in test_corpus.py.)
"""

from __future__ import annotations

import unicodedata

import pandas as pd
import pytest

from helpers import corpus, dates, entities, figures, text
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


def _is_clean(result: str) -> bool:
    """NFC, no invisible characters or carriage returns, and already normalised."""
    return (
        unicodedata.is_normalized("NFC", result)
        and not any(c in result for c in "\u200b\u00ad\ufeff\r\u00a0")
        and text.normalize(result) == result
    )


def _pieces_of(value: str, pieces: list[str]) -> bool:
    """Every piece (without spaces) appears, in order, in the normalised input (without spaces)."""
    rest = "".join(text.normalize(value).split())
    for piece in pieces:
        found = rest.find("".join(piece.split()))
        if found < 0:
            return False
        rest = rest[found + len("".join(piece.split())) :]
    return True


def _table_of_spans(value: str, table: pd.DataFrame, columns: list[str]) -> bool:
    """The documented columns, and every surface is exactly value[start:end]."""
    return list(table.columns) == columns and all(value[r.start : r.end] == r.surface for r in table.itertuples())


# What each function must give back for any text, odd or not.
EXPECTED = {
    "normalize": lambda value, out: _is_clean(out),
    "detect_language": lambda value, out: out in ("vi", "en"),
    "split_sentences": lambda value, out: all(s.strip() and s in value for s in out),
    "tokenize": lambda value, out: all(w.strip() for w in out) and _pieces_of(value, out),
    "tag": lambda value, out: (
        all(isinstance(t, text.Tag) and t.word.strip() for t in out) and _pieces_of(value, [t.word for t in out])
    ),
    "clean_text": lambda value, out: _is_clean(out.text) and "<p>" not in out.text and "&amp;" not in out.text,
    "extract_figures": lambda value, out: _table_of_spans(value, out, figures.FIGURE_COLUMNS),
    "extract_dates": lambda value, out: _table_of_spans(value, out, dates.DATE_COLUMNS),
    "extract_entities": lambda value, out: _table_of_spans(value, out, entities.MENTION_COLUMNS),
}
# Inputs with nothing to find: no sentence, word or figure comes back.
NOTHING_IN = {"empty", "whitespace", "only-punctuation"}


@pytest.mark.parametrize("key", ODD_TEXT)
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_odd_text_is_handled(name, key):
    value = ODD_TEXT[key]
    out = TEXT_FUNCTIONS[name](value)
    assert EXPECTED[name](value, out), (name, key, out)
    if key in {"empty", "whitespace"} and name not in {"normalize", "detect_language", "clean_text"}:
        assert len(out) == 0, (name, key, out)
    if key in NOTHING_IN and name.startswith("extract_"):
        assert out.empty, (name, key, out)


def test_odd_text_checks_can_fail():
    """The expectations above reject wrong answers."""
    assert not EXPECTED["normalize"]("x", "a\u00a0b")
    assert not EXPECTED["tokenize"]("Hà Nội", ["Tokyo"])
    assert not EXPECTED["extract_figures"]("5 dự án", pd.DataFrame(columns=["surface"]))
    assert not EXPECTED["split_sentences"]("Một.", ["Hai."])


@pytest.mark.parametrize("value", WRONG_TYPES.values(), ids=WRONG_TYPES.keys())
@pytest.mark.parametrize("name", TEXT_FUNCTIONS)
def test_wrong_type_gets_one_clear_error(name, value):
    with pytest.raises(TypeError, match=rf"{name}\(\) needs"):
        TEXT_FUNCTIONS[name](value)


def test_unknown_language_is_named():
    with pytest.raises(ValueError, match="'fr'"):
        text.tokenize("bonjour", "fr")


TABLE_FUNCTIONS = {
    "word_counts": (corpus.word_counts, ["text", "lang"]),
    "sentences": (corpus.sentences, ["doc_id", "lang", "text"]),
    "paragraphs": (corpus.paragraphs, ["doc_id", "text"]),
    "tag_sentences": (corpus.tag_sentences, ["doc_id", "sentence", "lang", "text"]),
    "corpus_figures": (figures.corpus_figures, ["doc_id", "text"]),
    "corpus_entities": (entities.corpus_entities, ["doc_id", "text"]),
    "corpus_dates": (dates.corpus_dates, ["doc_id", "text"]),
}


@pytest.mark.parametrize("name", TABLE_FUNCTIONS)
def test_corpus_tables_without_required_columns_are_named(name):
    function, needed = TABLE_FUNCTIONS[name]
    with pytest.raises(KeyError) as caught:
        function(pd.DataFrame({"x": [1]}))
    message = str(caught.value)
    assert f"{name}()" in message and "'x'" in message
    assert all(f"'{column}'" in message for column in needed), message


def test_a_wrong_answer_of_any_everyday_kind_gets_a_message():
    """Wrong values and wrong types are the student's to fix: a message, not a traceback (and never "Correct")."""
    for value in [None, 42, b"x", pd.DataFrame(), float("nan"), "1", [1], True]:
        assert verdict(value, 1).startswith("Not yet:"), value
    assert verdict(..., 1).startswith("Not answered yet")
