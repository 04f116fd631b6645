"""helpers.check: a plain-words verdict on a student's answer, never a traceback."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.check import check

CORRECT = "Correct!"
WRONG = "Not yet:"


def verdict(capsys, answer, expected, **kwargs) -> str:
    assert check(answer, expected, **kwargs) is None
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "answer, expected",
    [
        (4, 4),
        (np.int64(4), 4),
        (4.0, 4),
        (0.1 + 0.2, 0.3),
        (np.float64(1 / 3), 0.3333333333),
        ("forum-2025-04-28-vi", "forum-2025-04-28-vi"),
        (True, True),
        (np.bool_(False), False),
        ((1, "a"), (1, "a")),
        ([1, 2], (1, 2)),
        (("ambassador", np.int64(12)), ("ambassador", 12)),
        (["Nhật Bản", "Việt Nam"], {"Việt Nam", "Nhật Bản"}),
        (pd.Series(["a", "b"]), ["a", "b"]),
        ({"vi": 4, "en": 1}, {"en": 1, "vi": 4}),
        (pd.Series({"vi": 4, "en": 1}), {"en": 1, "vi": 4}),
        (None, None),
    ],
)
def test_equal_answers_are_correct(capsys, answer, expected):
    assert verdict(capsys, answer, expected).startswith(CORRECT)


def test_unanswered_exercise_says_so_and_gives_no_hint(capsys):
    out = verdict(capsys, ..., 4, hint="secret")
    assert out.startswith("Not answered yet") and "secret" not in out


@pytest.mark.parametrize(
    "answer, expected, words",
    [
        ("4", 4, "text (a str), but a number"),
        (5, 4, "too large"),
        (3.9, 4, "too small"),
        (True, 1, "True or False (a bool), but a number"),
        (1, True, "but True or False is expected"),
        (float("nan"), 4, "NaN"),
        (None, 4, "None"),
        (pd.Series([4]), 4, "holding one number"),
        (4, "vi", "a number, but text"),
        (["vi"], "vi", "holding one text"),
        ("Viet Nam", "Việt Nam", "not the expected text"),
        ("việt nam", "Việt Nam", "upper and lower case"),
        ("Vi\u0065\u0323\u0302t", "Việt", "NFC vs NFD"),
        ([2, 1], [1, 2], "another order"),
        ([1, 2, 3], [1, 2], "3 items, 2 are expected"),
        ([1, 5], [1, 2], "1 of 2 items differ"),
        ("ab", ["a", "b"], "text (a str), but a list"),
        (pd.DataFrame({"word": ["a"]}), ["a"], "pick one column"),
        (["a"], {"a", "b"}, "1 expected item missing"),
        (["a", "b", "c"], {"a", "b"}, "1 item that should not be there"),
        (42, {"a"}, "a collection of items"),
        ({"vi": 3, "en": 1}, {"vi": 4, "en": 1}, "'vi' differs"),
        ({"vi": 4}, {"vi": 4, "en": 1}, "keys differ"),
        ([1], {"vi": 4}, "a list, but a dict"),
        (object(), 4, "but a number"),
    ],
)
def test_wrong_answers_say_what_differs(capsys, answer, expected, words):
    out = verdict(capsys, answer, expected, hint="Look at corpus.lang.")
    assert out.startswith(WRONG) and words in out, out
    assert out.rstrip().endswith("Hint: Look at corpus.lang.")


def test_without_a_hint_there_is_no_hint_line(capsys):
    assert "Hint" not in verdict(capsys, 5, 4)


SERIES = pd.Series([3, 4], index=pd.Index(["en", "vi"], name="lang"), name="count")
TABLE = pd.DataFrame({"word": ["hợp tác", "công nghệ"], "count": [48, 25]})


@pytest.mark.parametrize(
    "answer",
    [
        SERIES.copy(),
        SERIES.rename("n").astype("float64"),  # name and dtype do not matter
        SERIES.iloc[::-1],  # unique labels in another order
        SERIES.to_frame(),  # a one-column table for a column
        {"en": 3, "vi": 4},
    ],
)
def test_equal_series_are_correct(capsys, answer):
    assert verdict(capsys, answer, SERIES).startswith(CORRECT)


@pytest.mark.parametrize(
    "answer, words",
    [
        (SERIES.reset_index(drop=True), "values are right but the row labels"),
        (pd.Series([3, 4], index=["en", "ja"]), "row labels (the index) differ"),
        (pd.Series([3, 5], index=["en", "vi"]), "some values differ"),
        (pd.Series([3, 4, 5], index=["en", "vi", "ja"]), "shape (3,)"),
        ([3, 4], "a list, but a column (a Series)"),
        (TABLE, "a table (a DataFrame), but a column"),
    ],
)
def test_wrong_series_say_what_differs(capsys, answer, words):
    out = verdict(capsys, answer, SERIES)
    assert out.startswith(WRONG) and words in out, out


def test_tables_compare_labels_and_values(capsys):
    assert verdict(capsys, TABLE.copy(), TABLE).startswith(CORRECT)
    assert verdict(capsys, TABLE[["count", "word"]], TABLE).startswith(CORRECT)
    assert "columns differ" in verdict(capsys, TABLE.rename(columns={"count": "n"}), TABLE)
    assert "shape" in verdict(capsys, TABLE.head(1), TABLE)
    assert "some values differ" in verdict(capsys, TABLE.assign(count=[48, 26]), TABLE)
    with_nan = TABLE.assign(count=[48.0, math.nan])
    assert verdict(capsys, with_nan.copy(), with_nan).startswith(CORRECT)


def test_a_comparison_that_fails_is_reported_not_raised(capsys):
    class Weird:
        def __eq__(self, other):
            raise RuntimeError("cannot compare me")

    out = verdict(capsys, Weird(), Weird())
    assert out.startswith(WRONG) and "could not be compared (RuntimeError: cannot compare me)" in out


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5),
                 st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=2), st.integers(), max_size=2)),
       st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=5), st.lists(st.text(max_size=2), max_size=3),
                 st.frozensets(st.integers(), max_size=3)))
def test_never_raises_and_always_prints_one_verdict(answer, expected):
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        check(answer, expected, hint="h")
    assert buffer.getvalue().startswith((CORRECT, WRONG, "Not answered yet"))
