"""helpers.check: a plain-words verdict on a student's answer; a bug in the comparison raises."""

from __future__ import annotations

import importlib
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.check import Choice, check, verdict

check_module = importlib.import_module("helpers.check")  # helpers.check is also the function

CORRECT = "Correct!"
WRONG = "Not yet:"


def said(answer, expected, **kwargs) -> str:
    return verdict(answer, expected, **kwargs) + "\n"


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
def test_equal_answers_are_correct(answer, expected):
    assert said(answer, expected).startswith(CORRECT)


def test_unanswered_exercise_says_so_and_gives_no_hint():
    out = said(..., 4, hint="secret")
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
def test_wrong_answers_say_what_differs(answer, expected, words):
    out = said(answer, expected, hint="Look at corpus.lang.")
    assert out.startswith(WRONG) and words in out, out
    assert out.rstrip().endswith("Hint: Look at corpus.lang.")


def test_without_a_hint_there_is_no_hint_line():
    assert "Hint" not in said(5, 4)


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
def test_equal_series_are_correct(answer):
    assert said(answer, SERIES).startswith(CORRECT)


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
def test_wrong_series_say_what_differs(answer, words):
    out = said(answer, SERIES)
    assert out.startswith(WRONG) and words in out, out


def test_tables_compare_labels_and_values():
    assert said(TABLE.copy(), TABLE).startswith(CORRECT)
    assert said(TABLE[["count", "word"]], TABLE).startswith(CORRECT)
    assert "columns differ" in said(TABLE.rename(columns={"count": "n"}), TABLE)
    assert "shape" in said(TABLE.head(1), TABLE)
    assert "some values differ" in said(TABLE.assign(count=[48, 26]), TABLE)
    with_nan = TABLE.assign(count=[48.0, math.nan])
    assert said(with_nan.copy(), with_nan).startswith(CORRECT)


def test_a_comparison_that_fails_raises_instead_of_hiding_the_bug():
    class Weird:
        def __eq__(self, other):
            raise RuntimeError("cannot compare me")

    with pytest.raises(RuntimeError, match="cannot compare me"):
        verdict([Weird()], [{1: Weird()}.get(1)])  # items of an unknown kind use their own ==


def test_an_expected_value_of_an_unknown_kind_is_a_course_bug():
    with pytest.raises(TypeError, match="cannot compare with an expected object"):
        verdict(1, object())


def test_a_broken_comparison_is_not_swallowed(monkeypatch):
    def broken(*args):
        raise ZeroDivisionError("bug in the comparison")

    monkeypatch.setattr(check_module, "_compare_number", broken)
    with pytest.raises(ZeroDivisionError):
        verdict(4, 4)


@pytest.mark.parametrize(
    "answer, words",
    [
        ("b", CORRECT),
        (" B ", CORRECT),
        ("c", "option c is not the best"),
        ("bc", "letter of one option"),
        (2, "letter of one option"),
    ],
)
def test_multiple_choice(answer, words):
    assert words in said(answer, Choice("b"))


def test_a_choice_is_one_letter():
    with pytest.raises(ValueError):
        Choice("ab")


def test_check_looks_the_exercise_up_and_never_prints_its_answer(capsys):
    check("00.1", ...)
    assert capsys.readouterr().out.startswith("Not answered yet")
    check("00.1", 4)
    assert capsys.readouterr().out.startswith(CORRECT)
    check("00.1", 3)
    out = capsys.readouterr().out
    assert out.startswith(WRONG) and "4" not in out and "Hint: " in out


def test_an_unknown_exercise_id_raises():
    with pytest.raises(KeyError, match="no exercise '00.99'"):
        check("00.99", 4)


@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=3),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    ),
    st.one_of(
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=5),
        st.lists(st.text(max_size=2), max_size=3),
        st.frozensets(st.integers(), max_size=3),
        st.booleans(),
        st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    ),
)
def test_every_supported_pair_gets_one_verdict_and_equal_values_are_correct(answer, expected):
    """Nothing is caught any more: a comparison that raises on these everyday values fails this test."""
    assert verdict(answer, expected, hint="h").startswith((CORRECT, WRONG))
    assert verdict(expected, expected).startswith(CORRECT)
