"""Evaluate: the hand-checked reference answers, and every score against them.

The reference answers live in ``seeds/annotations/`` of the course (found by :mod:`helpers.paths`).
The same scorer serves every extractor (figures, dates, entities): say which columns must agree
for a prediction to count as a hit, and it matches predictions to reference rows one to one.
Extractors never import this module; it only reads the tables they return.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from .paths import annotations_dir, seeds_dir

__all__ = [
    "devset_folder",
    "load_answered",
    "load_devset",
    "second_annotation",
    "evaluate_dates",
    "evaluate_figures",
    "reference_dates",
    "reference_entities",
    "reference_figures",
    "score",
    "score_entities",
    "written_as",
]

SCORE_COLUMNS = ["tp", "fp", "fn", "precision", "recall", "f1"]


def score(
    predicted: pd.DataFrame, reference: pd.DataFrame, on: list[str], by: str | list[str] | None = None
) -> pd.DataFrame:
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
    groups = sorted(
        set(map(tuple, predicted[keys].astype(str).values)) | set(map(tuple, reference[keys].astype(str).values))
    )
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


# --- reference answers ----------------------------------------------------------------------


def written_as(surface: str) -> str:
    """``"digits"`` if the figure's number is written with digits, else ``"words"``.

    >>> written_as("78,6 tỷ USD"), written_as("ba văn phòng"), written_as("hạng 38")
    ('digits', 'words', 'digits')
    """
    return "digits" if any(c.isdigit() for c in str(surface)) else "words"


def reference_figures(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-checked figures of the seed articles (``seeds/annotations/figures.csv``).

    Columns: ``doc_id``, the columns of :func:`helpers.figures.extract_figures`, ``written`` (``digits`` or
    ``words``) and ``subject`` (what the figure measures, in English). Offsets refer to the
    cleaned text (``helpers.load_corpus().text``).

    >>> ref = reference_figures()
    >>> ref.groupby("written").size().to_dict()
    {'digits': 30, 'words': 6}
    """
    path = Path(path) if path is not None else annotations_dir() / "figures.csv"
    frame = pd.read_csv(
        path,
        dtype={"currency": str, "unit": str, "subject": str},
        keep_default_na=False,
        na_values={"value_high": [""]},
    )
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "value_high": "float64"})


def reference_dates(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-checked dates of the seed articles (``seeds/annotations/dates.csv``).

    Columns: ``doc_id`` and the columns of :func:`helpers.dates.extract_dates`.

    >>> reference_dates().precision.value_counts().to_dict()["day"] > 0
    True
    """
    path = Path(path) if path is not None else annotations_dir() / "dates.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return frame.astype({"start": "int64", "end": "int64"}).assign(year_inferred=frame.year_inferred == "True")


def reference_entities(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-checked entity mentions of the seed articles (``seeds/annotations/entities.csv``).

    Columns: ``doc_id``, ``surface``, ``start``, ``end`` (offsets into the cleaned text),
    ``label`` (``PER``, ``ORG`` or ``LOC``), ``canonical``.

    >>> sorted(reference_entities().label.unique())
    ['LOC', 'ORG', 'PER']
    """
    path = Path(path) if path is not None else annotations_dir() / "entities.csv"
    return pd.read_csv(path)


def devset_folder(name: str = "frozen") -> Path:
    """A development set's folder (``seeds/devset/tuning`` or ``seeds/devset/frozen``): articles the
    rules were not written from, with answers in ``annotations/`` (``seeds/devset/GUIDELINE.md``).

    :func:`load_devset` reads it with its answers: an out-of-sample check of any extractor.

    >>> devset_folder().name, sorted(p.name for p in (devset_folder("tuning") / "annotations").glob("*.csv"))
    ('frozen', ['dates.csv', 'entities.csv', 'figures.csv'])
    """
    if name not in ("tuning", "frozen"):
        raise ValueError(f"no development set {name!r}; choose 'tuning' or 'frozen'")
    return seeds_dir() / "devset" / name


def second_annotation() -> pd.DataFrame:
    """The frozen set's entities as a second annotator marked them, blind to the first answers
    (``seeds/devset/agreement/``; taught in lesson 03). Scored against the answers as if it were an
    extractor, it measures how closely two annotators who follow the guideline agree.

    >>> sorted(second_annotation().label.unique())
    ['LOC', 'ORG', 'PER']
    """
    return reference_entities(seeds_dir() / "devset" / "agreement" / "frozen_entities.csv")


def load_answered(folder: str | Path, pasted_page: bool = True) -> dict[str, pd.DataFrame]:
    """The articles of ``folder`` and their hand-checked answers (``folder/annotations/*.csv``): keys
    ``corpus`` (as :func:`helpers.load_corpus` returns it, with ``pasted_page`` passed on),
    ``entities``, ``figures`` and ``dates`` (the references, read as the course reads its own).

    >>> sorted(load_answered(seeds_dir()))
    ['corpus', 'dates', 'entities', 'figures']
    """
    from .corpus import load_corpus

    answers = Path(folder) / "annotations"
    return {
        "corpus": load_corpus(folder, pasted_page=pasted_page),
        "entities": reference_entities(answers / "entities.csv"),
        "figures": reference_figures(answers / "figures.csv"),
        "dates": reference_dates(answers / "dates.csv"),
    }


def load_devset(name: str = "frozen") -> dict[str, pd.DataFrame]:
    """A development set and its hand-checked answers (taught in lessons 03 and 04): keys ``corpus``
    (as :func:`helpers.load_corpus` returns it), ``entities``, ``figures`` and ``dates`` (the references).

    Its articles are loaded with the cleaning their answers were written on (``pasted_page=False``:
    datelines and web-page lines stay in the text, so every answer still points at its words).

    >>> frozen = load_devset("frozen")
    >>> sorted(frozen), sorted(frozen["corpus"].lang.unique())
    (['corpus', 'dates', 'entities', 'figures'], ['en', 'vi'])
    """
    return load_answered(devset_folder(name), pasted_page=False)


# --- scores ---------------------------------------------------------------------------------


def _figure_keys(table: pd.DataFrame) -> pd.DataFrame:
    out = table.copy()
    out["value"] = [format(float(v), ".10g") for v in out["value"]]
    out["value_high"] = ["" if pd.isna(v) or v == "" else format(float(v), ".10g") for v in out["value_high"]]
    out["currency"] = out["currency"].fillna("").astype(str)
    if "written" not in out.columns:
        out["written"] = [written_as(s) for s in out["surface"]]
    if "doc_id" not in out.columns:
        out["doc_id"] = ""
    return out


def evaluate_figures(
    predicted: pd.DataFrame, reference: pd.DataFrame, by: str | list[str] | None = "doc_id"
) -> pd.DataFrame:
    """Precision, recall and F1 of predicted figures against reference figures.

    A prediction is right when a reference figure of the same article has the same ``value``,
    ``value_high``, ``kind`` and ``currency`` (values compared to 10 significant digits), using
    :func:`score`. ``by`` groups the table: ``"doc_id"`` (one row per article),
    ``"written"`` (figures written with digits vs words; computed from ``surface`` with
    :func:`written_as` when a table has no such column), a list of both, or ``None``.

    >>> ref = pd.DataFrame({"doc_id": ["a", "a"], "surface": ["5.500 dự án", "ba văn phòng"], "value": [5500.0, 3.0],
    ...                     "value_high": [float("nan")] * 2, "kind": ["count"] * 2, "currency": ["", ""]})
    >>> evaluate_figures(ref.iloc[:1], ref, by="written")[["written", "tp", "fn", "recall"]]
      written  tp  fn  recall
    0  digits   1   0     1.0
    1   words   0   1     0.0
    2     all   1   1     0.5
    """
    on = ["doc_id", "value", "value_high", "kind", "currency"]
    return score(_figure_keys(predicted), _figure_keys(reference), on=on, by=by)


def evaluate_dates(
    predicted: pd.DataFrame, reference: pd.DataFrame, by: str | list[str] | None = "doc_id"
) -> pd.DataFrame:
    """Precision, recall and F1 of predicted dates against reference dates, matching on ``doc_id`` and ``iso``.

    >>> ref = pd.DataFrame({"doc_id": ["a", "a"], "iso": ["2025-03", "2028"]})
    >>> evaluate_dates(ref.iloc[:1], ref, by=None)[["tp", "fp", "fn"]].values.tolist()
    [[1, 0, 1]]
    """
    return score(predicted, reference, on=["doc_id", "iso"], by=by)


def score_entities(predicted: pd.DataFrame, reference: pd.DataFrame, level: str = "article") -> pd.DataFrame:
    """Precision, recall and F1 of entity mentions per label (and ``all``), with :func:`score`.

    ``level="mention"``: a hit has the same ``doc_id``, ``start``, ``end`` and ``label``.
    ``level="article"``: which entities each article names, a hit has the same ``doc_id``,
    ``canonical`` and ``label`` (each counted once per article).

    >>> ref = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 9], "end": [5, 14], "label": ["LOC", "LOC"],
    ...                     "canonical": ["Nhật Bản", "Nhật Bản"]})
    >>> score_entities(ref.iloc[:1], ref, level="article")[["label", "precision", "recall"]]
      label  precision  recall
    0   LOC        1.0     1.0
    1   all        1.0     1.0
    """
    if level == "mention":
        on = ["doc_id", "start", "end", "label"]
    elif level == "article":
        on = ["doc_id", "canonical", "label"]
        predicted = predicted.drop_duplicates(on)
        reference = reference.drop_duplicates(on)
    else:
        raise ValueError(f"level is 'mention' or 'article', not {level!r}")
    return score(predicted, reference, on=on, by="label")
