"""Score the current extractors on the course articles and on the development set (issue 14).

Three sets, each an article folder with its hand-checked answers: ``course`` (``seeds/`` and
``seeds/annotations/``, the articles the rules were written from), ``tuning`` and ``frozen``
(``seeds/devset/<set>/`` and its ``annotations/``; see ``seeds/devset/GUIDELINE.md``).

Scored the way the course scores them: entities at article level (``score_entities(...,
level="article")``: which entities each article names, by label and canonical name), for the
helpers (``corpus_entities(across_articles=False)``: each article read alone, its people named as it writes
them, as the annotation guideline names them), for underthesea's own ``ner`` beside them
(``corpus_entities(raw=True)``) and, on the frozen set, for a second annotator's blind answers
(``seeds/devset/agreement/``: how closely two annotators agree); figures by ``evaluate_figures``
(value, range, kind, currency), split into figures written with digits and with words; dates by
``evaluate_dates`` (ISO value). Every measure is given for all articles and for each language.

Usage::

    .venv/bin/python tools/score_devset.py                    # all three sets, P/R table
    .venv/bin/python tools/score_devset.py --sets frozen --long   # one row per count
    .venv/bin/python tools/score_devset.py --write            # also write seeds/devset/SCORES.txt
    .venv/bin/python tools/score_devset.py --sets tuning --articles t212_ t213_   # a held-out batch alone

``seeds/devset/SCORES.txt`` (the current scores) and the README's out-of-sample table are checked
against this script by ``tests/test_devset.py``; ``seeds/devset/BASELINE.txt`` keeps the scores
before issue 14.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from helpers.dates import corpus_dates  # noqa: E402
from helpers.entities import corpus_entities  # noqa: E402
from helpers.evaluate import (  # noqa: E402
    evaluate_dates,
    evaluate_figures,
    load_answered,
    load_devset,
    score_entities,
    second_annotation,
    written_as,
)
from helpers.figures import corpus_figures  # noqa: E402

SEEDS = ROOT / "seeds"
SCORES = SEEDS / "devset" / "SCORES.txt"
HEADER = """Current scores of the helpers, written by
  .venv/bin/python tools/score_devset.py --write
(checked by tests/test_devset.py; seeds/devset/BASELINE.txt has the scores before issue 14).
Cells: precision / recall (number of reference items). Entities at article level (label + canonical, once per article).
"""
SETS = {
    "course": SEEDS,
    "tuning": SEEDS / "devset" / "tuning",
    "frozen": SEEDS / "devset" / "frozen",
}
COLUMNS = ["set", "measure", "lang", "group", "tp", "fp", "fn", "precision", "recall"]


def load_set(folder: Path) -> dict[str, pd.DataFrame]:
    """The articles of ``folder`` and their reference answers: a development set as
    :func:`helpers.evaluate.load_devset` reads it, the course as :func:`helpers.evaluate.load_answered` does.

    >>> sorted(load_set(SEEDS))
    ['corpus', 'dates', 'entities', 'figures']
    """
    return load_devset(folder.name) if folder.parent.name == "devset" else load_answered(folder)


def _by_language(corpus: pd.DataFrame) -> dict[str, set[str]]:
    """doc_ids of all articles and of each language present: ``{"all": …, "vi": …, "en": …}``."""
    groups = {"all": set(corpus.doc_id)}
    for lang, ids in corpus.groupby("lang").doc_id:
        groups[lang] = set(ids)
    return groups


def _rows(table: pd.DataFrame, measure: str, lang: str, group_column: str | None) -> list[list]:
    """Rows of :data:`COLUMNS` (without ``set``) from a scorer's table."""
    group = table[group_column] if group_column else pd.Series(["all"] * len(table), index=table.index)
    return [
        [measure, lang, g, r.tp, r.fp, r.fn, r.precision, r.recall]
        for g, r in zip(group, table.itertuples(), strict=True)
    ]


def only(data: dict[str, pd.DataFrame], prefixes: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """A set restricted to the articles whose file name starts with one of ``prefixes`` (a held-out batch:
    ``("t212_", "t213_")``); the whole set when ``prefixes`` is empty.

    >>> part = only(load_set(SEEDS), ("000_",))
    >>> len(part["corpus"]), set(part["entities"].doc_id) == set(part["corpus"].doc_id)
    (1, True)
    """
    if not prefixes:
        return data
    corpus = data["corpus"][data["corpus"].file.str.startswith(prefixes)]
    return {key: corpus if key == "corpus" else table[table.doc_id.isin(corpus.doc_id)] for key, table in data.items()}


def score_set(name: str, folder: Path, articles: tuple[str, ...] = ()) -> pd.DataFrame:
    """Every measure for one set: columns :data:`COLUMNS`, one row per measure, language and group.

    Measures: ``entities`` (helpers) and ``entities (raw underthesea)`` by label (``PER``, ``ORG``,
    ``LOC``, ``all``), and for the frozen set a second annotator's blind answers beside them
    (``entities (second annotator)``: how closely two annotators agree); ``figures`` by how the number is
    written (``digits``, ``words``, ``all``); ``dates`` (``all``). ``articles``: only these (:func:`only`).
    """
    data = only(load_set(folder), articles)
    corpus = data["corpus"]
    predicted = {
        "entities": corpus_entities(corpus, across_articles=False),
        "entities (raw underthesea)": corpus_entities(corpus, raw=True),
    }
    if name == "frozen":
        predicted["entities (second annotator)"] = second_annotation()
    figures = corpus_figures(corpus)
    figures["written"] = [written_as(s) for s in figures.surface]
    dates = corpus_dates(corpus)
    rows = []
    for lang, ids in _by_language(corpus).items():
        ref_entities = data["entities"][data["entities"].doc_id.isin(ids)]
        for measure, mentions in predicted.items():
            table = score_entities(mentions[mentions.doc_id.isin(ids)], ref_entities, level="article")
            rows += _rows(table, measure, lang, "label")
        ref_figures = data["figures"][data["figures"].doc_id.isin(ids)]
        rows += _rows(
            evaluate_figures(figures[figures.doc_id.isin(ids)], ref_figures, by="written"), "figures", lang, "written"
        )
        ref_dates = data["dates"][data["dates"].doc_id.isin(ids)]
        rows += _rows(evaluate_dates(dates[dates.doc_id.isin(ids)], ref_dates, by=None), "dates", lang, None)
    return pd.DataFrame([[name, *r] for r in rows], columns=COLUMNS)


def wide(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per measure, language and group; one ``P / R (n)`` column per set.

    ``n`` is the number of reference items (tp + fn).

    >>> s = pd.DataFrame([["frozen", "dates", "all", "all", 9, 1, 1, 0.9, 0.9]], columns=COLUMNS)
    >>> wide(s).to_dict("records")
    [{'measure': 'dates', 'lang': 'all', 'group': 'all', 'frozen': '0.90 / 0.90 (10)'}]
    """
    cells = scores.assign(
        cell=[
            f"{p:.2f} / {r:.2f} ({tp + fn})"
            for p, r, tp, fn in zip(scores.precision, scores.recall, scores.tp, scores.fn, strict=True)
        ]
    )
    order = {m: i for i, m in enumerate(dict.fromkeys(scores.measure))}
    table = cells.pivot_table(
        index=["measure", "lang", "group"], columns="set", values="cell", aggfunc="first", sort=False
    )
    table = table[[s for s in dict.fromkeys(scores.set)]].reset_index().fillna("–")
    table.columns.name = None
    return table.sort_values(
        ["measure", "lang"],
        key=lambda c: c.map(order) if c.name == "measure" else c.map({"all": 0, "vi": 1, "en": 2}),
        kind="stable",
    ).reset_index(drop=True)


def all_scores() -> pd.DataFrame:
    """:func:`score_set` for every set of :data:`SETS`, in one table."""
    return pd.concat([score_set(name, folder) for name, folder in SETS.items()], ignore_index=True)


def report(scores: pd.DataFrame) -> str:
    """The text of ``SCORES.txt``: :data:`HEADER` and the :func:`wide` table."""
    with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_colwidth", 40):
        return HEADER + "\n" + wide(scores).to_string(index=False) + "\n"


def frozen_markdown(scores: pd.DataFrame) -> str:
    """The README's out-of-sample table: the frozen set, one row per language, one column per measure.

    >>> rows = [["frozen", "dates", lang, "all", 9, 1, 1, 0.9, 0.9] for lang in ("all", "vi", "en")]
    >>> print(frozen_markdown(pd.DataFrame(rows, columns=COLUMNS)).splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    | frozen set, precision / recall | PER | ORG | LOC | raw underthesea, all labels
    | second annotator, all labels | figures, digits | figures, words | dates |
    """
    frozen = scores[scores.set == "frozen"].set_index(["measure", "lang", "group"])
    columns = [("entities", g, g) for g in ("PER", "ORG", "LOC")]
    columns += [("entities (raw underthesea)", "all", "raw underthesea, all labels")]
    columns += [("entities (second annotator)", "all", "second annotator, all labels")]
    columns += [
        ("figures", "digits", "figures, digits"),
        ("figures", "words", "figures, words"),
        ("dates", "all", "dates"),
    ]
    lines = ["| frozen set, precision / recall | " + " | ".join(c[2] for c in columns) + " |"]
    lines.append("|---|" + "---:|" * len(columns))
    for lang, name in (("vi", "Vietnamese"), ("en", "English"), ("all", "all")):
        cells = []
        for measure, group, _ in columns:
            r = frozen.loc[(measure, lang, group)] if (measure, lang, group) in frozen.index else None
            cells.append("–" if r is None else f"{r.precision:.2f} / {r.recall:.2f} ({r.tp + r.fn})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    parser.add_argument("--long", action="store_true", help="one row per set, measure, language and group, with counts")
    parser.add_argument("--write", action="store_true", help="write seeds/devset/SCORES.txt (all sets) and print it")
    parser.add_argument(
        "--articles", nargs="+", default=[], metavar="PREFIX", help="only articles whose file starts so (t212_ …)"
    )
    args = parser.parse_args(argv)
    if args.write:
        scores = all_scores()
        SCORES.write_text(report(scores), encoding="utf-8")
        print(report(scores) + "\nREADME table:\n" + frozen_markdown(scores))
        return
    scores = pd.concat([score_set(name, SETS[name], tuple(args.articles)) for name in args.sets], ignore_index=True)
    with pd.option_context("display.max_rows", None, "display.width", 200, "display.max_colwidth", 40):
        print(scores.round(3).to_string(index=False) if args.long else wide(scores).to_string(index=False))


if __name__ == "__main__":
    main()
