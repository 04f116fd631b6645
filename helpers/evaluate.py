"""Evaluate: score an extractor's table against hand-checked reference answers.

The same scorer serves every extractor (figures, entities, dates): say which columns must agree
for a prediction to count as a hit, and it matches predictions to reference rows one to one.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

__all__ = ["score"]

SCORE_COLUMNS = ["tp", "fp", "fn", "precision", "recall", "f1"]


def score(predicted: pd.DataFrame, reference: pd.DataFrame, on: list[str], by: str | list[str] | None = None) -> pd.DataFrame:
    """Precision, recall and F1 of ``predicted`` rows against ``reference`` rows.

    A predicted row is a true positive when a reference row has the same values in every
    column of ``on`` (each reference row can be matched once: duplicates count). With ``by``
    (e.g. ``"doc_id"`` or ``"label"``) there is one row per group plus a final ``all`` row.
    Precision is ``tp / (tp + fp)``, recall ``tp / (tp + fn)``, F1 their harmonic mean;
    a ratio with nothing to count is 1.0 when both sides are empty, else 0.0.

    Columns: the ``by`` columns (if any), ``tp``, ``fp``, ``fn``, ``precision``, ``recall``, ``f1``.

    >>> ref = pd.DataFrame({"doc": ["a", "a", "b"], "value": [1.0, 2.0, 3.0]})
    >>> pred = pd.DataFrame({"doc": ["a", "b", "b"], "value": [1.0, 3.0, 4.0]})
    >>> score(pred, ref, on=["doc", "value"], by="doc")
       doc  tp  fp  fn  precision    recall        f1
    0    a   1   0   1   1.000000  0.500000  0.666667
    1    b   1   1   0   0.500000  1.000000  0.666667
    2  all   2   1   1   0.666667  0.666667  0.666667
    """
    keys = [by] if isinstance(by, str) else list(by or [])
    missing = [c for c in on + keys if c not in predicted.columns or c not in reference.columns]
    if missing:
        raise KeyError(f"both tables need the column(s) {missing}")
    if not keys:
        return pd.DataFrame([_counts(predicted, reference, on)], columns=SCORE_COLUMNS)
    groups = sorted(set(map(tuple, predicted[keys].astype(str).values)) | set(map(tuple, reference[keys].astype(str).values)))
    rows = []
    for group in groups:
        pick_p = (predicted[keys].astype(str) == list(group)).all(axis=1)
        pick_r = (reference[keys].astype(str) == list(group)).all(axis=1)
        rows.append([*group, *_counts(predicted[pick_p], reference[pick_r], on)])
    rows.append(["all"] * len(keys) + _counts(predicted, reference, on))
    return pd.DataFrame(rows, columns=keys + SCORE_COLUMNS)


def _counts(predicted: pd.DataFrame, reference: pd.DataFrame, on: list[str]) -> list:
    pred = Counter(map(tuple, predicted[on].astype(str).values))
    ref = Counter(map(tuple, reference[on].astype(str).values))
    tp = sum((pred & ref).values())
    fp, fn = sum(pred.values()) - tp, sum(ref.values()) - tp
    precision = tp / (tp + fp) if tp + fp else float(fn == 0)
    recall = tp / (tp + fn) if tp + fn else float(fp == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [tp, fp, fn, precision, recall, f1]
