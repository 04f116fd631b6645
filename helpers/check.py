"""Self-check for exercises: tell a student in plain words whether an answer is right.

A lesson's exercise has three cells: the student's cell assigns an answer (``answer_1 = ...``),
then a check cell names the exercise and the answer, and shows nothing else::

    helpers.check("00.1", answer_1)

The expected answer and the hint live in :mod:`helpers.exercises`, registered under the
exercise id (``"00.1"``: lesson 00, exercise 1); the expected value is computed there from the
corpus when the check runs, so the check cell never shows it.

:func:`check` prints one short message: an unanswered exercise (the ``...`` placeholder is
still there) gets "Not answered yet"; a wrong value, a wrong type, a ``None``, a table with the
wrong shape or a number that is slightly off gets "Not yet:" and a sentence saying what
differs, then the hint. Numbers are compared with a small tolerance; text is compared exactly,
with a note when only case, spaces or the Unicode form (NFC/NFD) differ; pandas tables and
columns are compared by labels and values; a multiple-choice answer (:class:`Choice`) by its
letter. A mistake in the comparison itself, or an unknown exercise id, is a bug in the course,
not in the student's answer: it raises, so it is seen and fixed.

:func:`verdict` is the comparison behind it, with the expected value passed in:

>>> print(verdict(4, 4))
Correct! Well done.
>>> print(verdict("4", 4, hint="Count the rows where lang is 'vi'."))
Not yet: your answer is text (a str), but a number is expected.
Hint: Count the rows where lang is 'vi'.
>>> print(verdict(..., 4))
Not answered yet: replace ... in your answer cell with your answer, run that cell, then run this one again.
>>> print(verdict(" B", Choice("b")))
Correct! Well done.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["Choice", "check", "verdict"]

REL_TOL = 1e-6
ABS_TOL = 1e-9
NOT_ANSWERED = (
    "Not answered yet: replace ... in your answer cell with your answer, run that cell, then run this one again."
)


class Choice(str):
    """The letter of the right option of a multiple-choice question (``Choice("b")``).

    An answer matches it when it is the same letter, whatever its case or surrounding spaces.

    >>> Choice("B")
    Choice('b')
    """

    def __new__(cls, letter: str) -> Choice:
        letter = letter.strip().lower()
        if len(letter) != 1 or not letter.isalpha():
            raise ValueError(f"a choice is one letter, not {letter!r}")
        return super().__new__(cls, letter)

    def __repr__(self) -> str:
        return f"Choice({str(self)!r})"


def check(exercise_id: str, answer: Any) -> None:
    """Print whether ``answer`` is right for the exercise ``exercise_id``, with its hint if not.

    The expected value is computed by the function registered under ``exercise_id`` in
    :mod:`helpers.exercises`; an id that is not registered raises ``KeyError``.

    >>> check("00.1", ...)
    Not answered yet: replace ... in your answer cell with your answer, run that cell, then run this one again.
    >>> check("00.1", "four")
    Not yet: your answer is text (a str), but a number is expected.
    Hint: corpus.lang == "vi" is True for each Vietnamese article; what adds up True values?
    """
    from . import exercises  # imported here: the registry loads the analysis helpers

    if answer is Ellipsis:  # nothing to compute before the student has answered
        print(NOT_ANSWERED)
        return
    print(verdict(answer, exercises.expected(exercise_id), hint=exercises.hint(exercise_id)))


def verdict(answer: Any, expected: Any, hint: str = "", *, tolerance: float = REL_TOL) -> str:
    """The message for ``answer`` against ``expected``: "Correct! …", "Not yet: …" or "Not answered yet…".

    Accepted as equal: numbers within ``tolerance`` (relative) of each other, including NumPy
    numbers; lists and tuples with equal items in the same order; sets and any iterable with
    the same items; a pandas ``Series`` or ``DataFrame`` with the same labels and values
    (column names and dtypes may differ, rows may come in another order when the labels are
    unique); a ``Series`` whose values equal an expected list; the same letter for a
    :class:`Choice`. Errors raised while comparing are not caught.

    >>> print(verdict(0.1 + 0.2, 0.3))
    Correct! Well done.
    >>> print(verdict([1, 2], [2, 1], hint="Sort them from small to large."))
    Not yet: the items are right but in another order.
    Hint: Sort them from small to large.
    >>> print(verdict(None, "forum-2025-04-28-vi"))  # doctest: +NORMALIZE_WHITESPACE
    Not yet: your answer is None. A cell that only print()s, or a function without return, gives None:
    assign the value itself.
    >>> print(verdict(pd.Series([3, 4], index=["en", "vi"]), pd.Series([3, 4], index=["en", "vi"], name="count")))
    Correct! Well done.
    """
    if answer is Ellipsis:
        return NOT_ANSWERED
    ok, message = _compare(answer, expected, tolerance)
    if ok:
        return "Correct! " + (message or "Well done.")
    return "Not yet: " + message + (f"\nHint: {hint}" if hint else "")


def _kind(value: Any) -> str:
    """The type of a value, in words a beginner knows."""
    if isinstance(value, (bool, np.bool_)):
        return "True or False (a bool)"
    if isinstance(value, (int, float, np.integer, np.floating)):
        return "a number"
    if isinstance(value, str):
        return "text (a str)"
    if isinstance(value, pd.DataFrame):
        return "a table (a DataFrame)"
    if isinstance(value, pd.Series):
        return "a column (a Series)"
    names = {list: "a list", tuple: "a tuple", dict: "a dict", set: "a set", frozenset: "a set"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return f"a {type(value).__name__}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _compare(answer: Any, expected: Any, tolerance: float) -> tuple[bool, str]:
    """(True, note) if equal, (False, what differs) if not."""
    if answer is None and expected is not None:
        return False, (
            "your answer is None. A cell that only print()s, or a function without return, "
            "gives None: assign the value itself."
        )
    if isinstance(expected, Choice):
        return _compare_choice(answer, expected)
    if isinstance(expected, (pd.DataFrame, pd.Series)):
        return _compare_pandas(answer, expected, tolerance)
    if isinstance(expected, (bool, np.bool_)):
        if not isinstance(answer, (bool, np.bool_)):
            return False, f"your answer is {_kind(answer)}, but True or False is expected."
        if bool(answer) == bool(expected):
            return True, ""
        return False, f"your answer is {bool(answer)}."
    if isinstance(expected, (int, float, np.integer, np.floating)):
        return _compare_number(answer, expected, tolerance)
    if isinstance(expected, str):
        return _compare_text(answer, expected)
    if isinstance(expected, (set, frozenset)):
        return _compare_set(answer, expected, tolerance)
    if isinstance(expected, Mapping):
        return _compare_mapping(answer, expected, tolerance)
    if isinstance(expected, (list, tuple)):
        return _compare_sequence(answer, expected, tolerance)
    if expected is None:
        return (answer is None), "" if answer is None else f"your answer {_short(answer)} is not the expected one."
    raise TypeError(
        f"helpers.check cannot compare with an expected {type(expected).__name__}: register "
        "a number, text, bool, Choice, list, tuple, set, dict, Series or DataFrame"
    )


def _compare_choice(answer: Any, expected: Choice) -> tuple[bool, str]:
    if not isinstance(answer, str) or len(answer.strip()) != 1 or not answer.strip().isalpha():
        return False, f'answer with the letter of one option, in quotes (for example "a"); yours is {_short(answer)}.'
    if answer.strip().lower() == expected:
        return True, ""
    return False, f"option {answer.strip().lower()} is not the best answer."


def _compare_number(answer: Any, expected: Any, tolerance: float) -> tuple[bool, str]:
    if isinstance(answer, (pd.Series, pd.DataFrame)) and answer.size == 1:
        return (
            False,
            f"your answer is {_kind(answer)} holding one number; "
            "take the number itself (e.g. with .item() or int(...)).",
        )
    if isinstance(answer, (bool, np.bool_)) or not isinstance(answer, (int, float, np.integer, np.floating)):
        return False, f"your answer is {_kind(answer)}, but a number is expected."
    value, target = float(answer), float(expected)
    if math.isnan(value):
        return False, "your answer is NaN (not a number): something in the calculation was missing."
    if math.isclose(value, target, rel_tol=tolerance, abs_tol=ABS_TOL):
        return True, ""
    direction = "too large" if value > target else "too small"
    return False, f"your answer {_short(answer)} is {direction}."


def _compare_text(answer: Any, expected: str) -> tuple[bool, str]:
    if not isinstance(answer, str):
        if isinstance(answer, (pd.Series, list, tuple)) and len(answer) == 1 and isinstance(list(answer)[0], str):
            return (
                False,
                f"your answer is {_kind(answer)} holding one text; take the text itself (e.g. answer[0] or .iloc[0]).",
            )
        return False, f"your answer is {_kind(answer)}, but text (a str) is expected."
    if answer == expected:
        return True, ""
    if unicodedata.normalize("NFC", answer) == unicodedata.normalize("NFC", expected):
        return False, "the letters look right but are stored differently (NFC vs NFD). Try helpers.normalize(answer)."
    if " ".join(answer.split()).casefold() == " ".join(expected.split()).casefold():
        return False, "almost: check upper and lower case and spaces."
    return False, f"your answer {_short(answer)} is not the expected text."


def _items_equal(a: Any, b: Any, tolerance: float) -> bool:
    if b is None or isinstance(
        b,
        (
            bool,
            np.bool_,
            int,
            float,
            np.integer,
            np.floating,
            str,
            list,
            tuple,
            set,
            frozenset,
            Mapping,
            pd.Series,
            pd.DataFrame,
        ),
    ):
        return _compare(a, b, tolerance)[0]
    return bool(a == b)  # items of another kind (a date, a timestamp): their own equality


def _compare_sequence(answer: Any, expected: list | tuple, tolerance: float) -> tuple[bool, str]:
    if isinstance(answer, pd.DataFrame):
        return (
            False,
            f"your answer is {_kind(answer)}, but {_kind(expected)} is expected: pick one column and use .tolist().",
        )
    if isinstance(answer, (pd.Series, np.ndarray)):
        answer = answer.tolist()
    if isinstance(answer, (str, bytes, Mapping)) or not isinstance(answer, (list, tuple)):
        return False, f"your answer is {_kind(answer)}, but {_kind(expected)} is expected."
    if len(answer) != len(expected):
        return False, f"your answer has {len(answer)} items, {len(expected)} are expected."
    wrong = [i for i, (a, e) in enumerate(zip(answer, expected, strict=True)) if not _items_equal(a, e, tolerance)]
    if not wrong:
        return True, ""
    if _same_items(answer, expected, tolerance):
        return False, "the items are right but in another order."
    first = wrong[0]
    return False, f"{len(wrong)} of {len(expected)} items differ; the first is item {first} ({_short(answer[first])})."


def _same_items(answer: list | tuple, expected: list | tuple, tolerance: float) -> bool:
    remaining = list(expected)
    for item in answer:
        match = next((i for i, e in enumerate(remaining) if _items_equal(item, e, tolerance)), None)
        if match is None:
            return False
        remaining.pop(match)
    return not remaining


def _compare_set(answer: Any, expected: set | frozenset, tolerance: float) -> tuple[bool, str]:
    if isinstance(answer, pd.DataFrame) or isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__"):
        return False, f"your answer is {_kind(answer)}, but a collection of items (a list or a set) is expected."
    items = set(answer.tolist() if isinstance(answer, (pd.Series, np.ndarray)) else answer)
    if items == expected:
        return True, ""
    missing, extra = len(expected - items), len(items - expected)
    parts = [
        f"{missing} expected item{'s' if missing != 1 else ''} missing" if missing else "",
        f"{extra} item{'s' if extra != 1 else ''} that should not be there" if extra else "",
    ]
    return False, " and ".join(p for p in parts if p) + "."


def _compare_mapping(answer: Any, expected: Mapping, tolerance: float) -> tuple[bool, str]:
    if isinstance(answer, pd.Series):
        answer = answer.to_dict()
    if not isinstance(answer, Mapping):
        return False, f"your answer is {_kind(answer)}, but {_kind(expected)} is expected."
    if set(answer) != set(expected):
        return (
            False,
            f"the keys differ: {len(set(expected) - set(answer))} missing, {len(set(answer) - set(expected))} extra.",
        )
    wrong = [k for k in expected if not _items_equal(answer[k], expected[k], tolerance)]
    return (not wrong), "" if not wrong else f"the value for {_short(wrong[0])} differs."


def _compare_pandas(answer: Any, expected: pd.DataFrame | pd.Series, tolerance: float) -> tuple[bool, str]:
    answer = _like_expected(answer, expected)
    if type(answer) is not type(expected):
        return False, f"your answer is {_kind(answer)}, but {_kind(expected)} is expected."
    if answer.shape != expected.shape:
        return False, f"your {_kind(answer)[2:]} has shape {answer.shape}; the expected one has shape {expected.shape}."
    answer, problem = _align_columns(answer, expected)
    if not problem:
        answer, problem = _align_index(answer, expected, tolerance)
    if problem:
        return False, problem
    if _values_equal(answer, expected, tolerance):
        return True, ""
    return False, "the labels are right but some values differ."


def _like_expected(answer: Any, expected: pd.DataFrame | pd.Series) -> Any:
    """Where a Series is expected, a one-column table or a mapping is taken as that Series."""
    if isinstance(expected, pd.Series) and isinstance(answer, pd.DataFrame) and answer.shape[1] == 1:
        return answer.iloc[:, 0]
    if isinstance(expected, pd.Series) and isinstance(answer, Mapping):
        return pd.Series(answer)
    return answer


def _align_columns(answer: Any, expected: pd.DataFrame | pd.Series) -> tuple[Any, str]:
    """The answer with the expected column order when it has the same columns; else what differs."""
    if not isinstance(expected, pd.DataFrame) or list(map(str, answer.columns)) == list(map(str, expected.columns)):
        return answer, ""
    if set(map(str, answer.columns)) == set(map(str, expected.columns)):
        return answer[expected.columns], ""
    return answer, f"the columns differ: yours are {list(answer.columns)}."


def _align_index(answer: Any, expected: pd.DataFrame | pd.Series, tolerance: float) -> tuple[Any, str]:
    """The answer in the expected row order when it has the same unique row labels; else what differs."""
    if answer.index.equals(expected.index):
        return answer, ""
    if expected.index.is_unique and answer.index.is_unique and set(answer.index) == set(expected.index):
        return answer.reindex(expected.index), ""  # same labels in another order: fine
    if _values_equal(answer, expected, tolerance):
        return answer, "the values are right but the row labels (the index) differ."
    return answer, "the row labels (the index) differ from the expected ones."


def _values_equal(answer: pd.DataFrame | pd.Series, expected: pd.DataFrame | pd.Series, tolerance: float) -> bool:
    a = answer.to_numpy().reshape(-1)
    e = expected.to_numpy().reshape(-1)
    return all(_both_missing(x, y) or _items_equal(_plain(x), _plain(y), tolerance) for x, y in zip(a, e, strict=False))


def _both_missing(x: Any, y: Any) -> bool:
    try:
        return bool(pd.isna(x)) and bool(pd.isna(y))
    except (TypeError, ValueError):  # a list or an array inside a cell
        return False


def _plain(value: Any) -> Any:
    """NumPy scalars and pandas timestamps as plain Python values."""
    return value.item() if isinstance(value, np.generic) else value
