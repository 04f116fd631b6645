"""Train the learnt entity tagger (``helpers/entities/tagger.py``, a CRF) and measure it by cross-validation.

Training sequences: every sentence of the annotated articles, one label per token (``B-ORG``, ``I-ORG``,
``O`` ...), from the mention spans of ``annotations/entities.csv`` (offsets into the cleaned text, as
:func:`helpers.evaluate.load_devset` and :func:`helpers.evaluate.load_answered` load it). Articles: the
course (``seeds/``) and the development set's ``tuning`` folder; never ``frozen``. Training is
deterministic (same data, same settings: same tags; the file's bytes may differ, the library stores
features in hash order).

Cross-validation (``--cv``) measures the CRF alone: the tuning articles are cut into ``--folds`` folds
(sorted by doc_id, article ``i`` in fold ``i % folds``); each fold is tagged by a model trained on the
other folds and the course, each predicted span is named as the pipeline names it (the gazetteer's
canonical name, an organisation without its company words, people resolved by the ``resolve`` rule),
and the names are scored as ``tools/score_devset.py`` scores them (article level, per label and language).
With ``--pipeline`` it measures the whole pipeline instead: every rule, the rule ``tagger`` reading the fold's
CRF (the rules themselves were written from these articles, so only the tagger's part is out of sample,
except on a held-out batch the rules never met: ``--articles``). ``--share`` draws a learning curve: each
fold's CRF learns from only that part of the other folds.

Usage::

    .venv/bin/python tools/train_tagger.py            # train on course + tuning, write helpers/data/entity_tagger.*
    .venv/bin/python tools/train_tagger.py --cv       # 5-fold cross-validation table, writes nothing
    .venv/bin/python tools/train_tagger.py --cv --gazetteer   # the same with the gazetteer feature on
    .venv/bin/python tools/train_tagger.py --cv --share 0.5   # each fold's CRF learns from half the other folds
    .venv/bin/python tools/train_tagger.py --cv --pipeline    # every rule, the rule tagger reading each fold's CRF
    .venv/bin/python tools/train_tagger.py --cv --pipeline --articles t212_ t213_   # scored on a batch alone
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from helpers.entities import corpus_entities, tagger  # noqa: E402
from helpers.entities.lexicon import (  # noqa: E402
    _COMPANY_HEADS,
    _LEGAL_FORMS_VI,
    _PLACE_KINDS_EN,
    without_closing_forms,
)
from helpers.entities.pipeline import RULES  # noqa: E402
from helpers.entities.rules import resolve  # noqa: E402
from helpers.entities.rules.gazetteer import known_canonical  # noqa: E402
from helpers.entities.units import _Mention  # noqa: E402
from helpers.evaluate import load_answered, load_devset, score_entities  # noqa: E402
from helpers.paths import seeds_dir  # noqa: E402
from helpers.text import sentence_spans  # noqa: E402
from tools.score_devset import only  # noqa: E402

#: CRF settings (L1 and L2 penalties, iterations), chosen by cross-validation on the tuning articles.
SETTINGS = {"l1_penalty": 0.05, "l2_penalty": 0.05, "max_iterations": 150}
PROVENANCE = tagger.MODEL.with_suffix(".txt")
Sequence = tuple[list[list[str]], list[str]]


def sequences(corpus: pd.DataFrame, entities: pd.DataFrame, gazetteer: bool = False) -> list[Sequence]:
    """(features, labels) of every sentence of ``corpus``: a token inside an annotated mention is
    ``B-<label>`` (its first token) or ``I-<label>``, any other ``O``."""
    out = []
    for doc in corpus.itertuples():
        mentions = entities[entities.doc_id == doc.doc_id]
        spans = sorted(zip(mentions.start, mentions.end, mentions.label, strict=True))
        for a, b in sentence_spans(doc.text):
            sentence = doc.text[a:b]
            labels = [_label(a + s, a + e, spans) for s, e, _ in tagger.tokens(sentence)]
            if labels:
                out.append((tagger.features(sentence, doc.lang, gazetteer), labels))
    return out


def _label(start: int, end: int, spans: list[tuple[int, int, str]]) -> str:
    for s, e, label in spans:
        if s <= start and end <= e:
            return ("B-" if s == start else "I-") + label
    return "O"


def train(data: list[Sequence], path: Path) -> None:
    """Train a CRF on ``data`` with :data:`SETTINGS` and save it at ``path``."""
    from underthesea_core import CRFTrainer

    model = CRFTrainer(verbose=0, **SETTINGS).train([x for x, _ in data], [y for _, y in data])
    model.save(str(path))


def canonical(surface: str, label: str) -> str:
    """The name the pipeline would give a span: the gazetteer's (also for a name in capitals: ``HANOI``),
    a place's without the kind of place (``Mie Prefecture`` -> ``Mie``), an organisation's without its company
    words or legal form (``Công ty TNHH Becamex Tokyu`` -> ``Becamex Tokyu``), else as written."""
    words = surface.split()
    if label == "LOC" and len(words) > 1 and words[-1] in _PLACE_KINDS_EN:
        words = words[:-1]
    text = " ".join(words)
    known = known_canonical(text, frozenset(RULES)) or known_canonical(text.title(), frozenset(RULES))
    if known or label != "ORG":
        return known or text
    name = " ".join(_without_company_words(words)).rstrip(",")
    return known_canonical(name, frozenset(RULES)) or name


def _without_company_words(words: list[str]) -> list[str]:
    """An organisation's words without a Vietnamese head word or legal form before them and the English
    legal forms after them (``Công ty TNHH Becamex Tokyu`` -> ``Becamex Tokyu``)."""
    while len(words) > 1 and (words[0] in _LEGAL_FORMS_VI or " ".join(words[:2]) in _COMPANY_HEADS):
        words = words[2:] if " ".join(words[:2]) in _COMPANY_HEADS else words[1:]
    return without_closing_forms(words)  # every closing form: Osaka Gas Co., Ltd. -> Osaka Gas


def predict(corpus: pd.DataFrame, model: Path, gazetteer: bool = False) -> pd.DataFrame:
    """The CRF's mentions in every article (columns ``doc_id``, ``surface``, ``label``, ``canonical``)."""
    rows = []
    for doc in corpus.itertuples():
        mentions, surfaces = [], []
        for n, (a, b) in enumerate(sentence_spans(doc.text)):
            for s, e, label, _ in tagger.tag_sentence(doc.text[a:b], doc.lang, model, gazetteer):
                surface = doc.text[a + s : a + e]
                mentions.append(_Mention(a + s, a + e, label, canonical(surface, label), sentence=n))
                surfaces.append(surface)
        resolve._resolve_people(mentions)
        rows += [(doc.doc_id, s, m.label, m.canonical) for s, m in zip(surfaces, mentions, strict=True)]
    return pd.DataFrame(rows, columns=["doc_id", "surface", "label", "canonical"])


def scores(predicted: pd.DataFrame, corpus: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """Article-level precision and recall per language and label, as ``tools/score_devset.py`` gives them."""
    rows = []
    for lang in ("all", "vi", "en"):
        ids = set(corpus.doc_id if lang == "all" else corpus[corpus.lang == lang].doc_id)
        table = score_entities(predicted[predicted.doc_id.isin(ids)], reference[reference.doc_id.isin(ids)])
        rows += [[lang, r.label, r.precision, r.recall, r.tp + r.fn] for r in table.itertuples()]
    return pd.DataFrame(rows, columns=["lang", "label", "precision", "recall", "n"])


def cross_validate(
    folds: int, gazetteer: bool = False, share: float = 1.0, pipeline: bool = False, articles: tuple[str, ...] = ()
) -> pd.DataFrame:
    """Every tuning article tagged by a CRF trained without its fold (see the module docstring).

    ``share``: the part of the other folds' articles each fold's CRF learns from (a learning curve: 0.25,
    0.5, 1). ``pipeline``: score the whole pipeline (every rule, the rule ``tagger`` reading the fold's CRF),
    not the CRF alone. ``articles``: score only the articles whose file starts so (a held-out batch)."""
    course, tuning = load_answered(seeds_dir()), load_devset("tuning")
    corpus, batch = tuning["corpus"], only(tuning, articles)
    ids = sorted(corpus.doc_id)
    fixed = sequences(course["corpus"], course["entities"], gazetteer)
    predicted = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            rest = [d for i, d in enumerate(ids) if i % folds != k]
            held = batch["corpus"][~batch["corpus"].doc_id.isin(rest)]
            if held.empty:
                continue  # no article of the batch in this fold: no model to train
            learnt = corpus[corpus.doc_id.isin(rest[: round(len(rest) * share)])]
            path = Path(tmp) / f"fold{k}.crf"
            train(fixed + sequences(learnt, tuning["entities"], gazetteer), path)
            if pipeline:
                with tagger.model_file(path):
                    predicted.append(corpus_entities(held, across_articles=False))
            else:
                predicted.append(predict(held, path, gazetteer))
    return scores(pd.concat(predicted), batch["corpus"], batch["entities"])


def write_model(extra: list[Path]) -> None:
    """Train on the course, the tuning articles and any ``extra`` annotated folders; write the model and
    its provenance."""
    sets = [load_answered(seeds_dir()), load_devset("tuning")] + [load_answered(f, pasted_page=False) for f in extra]
    data = [s for d in sets for s in sequences(d["corpus"], d["entities"])]
    train(data, tagger.MODEL)
    articles = sum(len(d["corpus"]) for d in sets)
    mentions = sum(len(d["entities"]) for d in sets)
    folders = ", ".join(["seeds/", "seeds/devset/tuning/", *(str(f.relative_to(ROOT)) + "/" for f in extra)])
    command = " ".join([".venv/bin/python tools/train_tagger.py", *(f"--also {f.relative_to(ROOT)}" for f in extra)])
    lines = [
        "The learnt entity tagger of helpers/entities/tagger.py: entity_tagger.crf, a CRF of underthesea_core",
        "(a binary file; this file is its provenance, as every file of helpers/data has one).",
        "",
        f"Provenance: written by {command}",
        f"from {articles} annotated articles ({mentions} mentions, {len(data)} sentences) of {folders}",
        "(never the frozen development set).",
        f"Library: underthesea_core {version('underthesea_core')}, underthesea {version('underthesea')}.",
        f"Settings: {SETTINGS}; features: helpers.entities.tagger.features, gazetteer feature off.",
    ]
    PROVENANCE.write_text("".join(f"# {line}\n".replace("# \n", "#\n") for line in lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate on the tuning articles; write nothing")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--gazetteer", action="store_true", help="with the gazetteer feature (cross-validation only)")
    parser.add_argument("--share", type=float, default=1.0, help="part of the other folds each fold learns from")
    parser.add_argument("--pipeline", action="store_true", help="cross-validate the whole pipeline, not the CRF alone")
    parser.add_argument("--articles", nargs="+", default=[], metavar="PREFIX", help="score only these (t212_ …)")
    parser.add_argument("--also", type=Path, action="append", default=[], help="another annotated folder to train on")
    args = parser.parse_args(argv)
    if args.cv:
        table = cross_validate(args.folds, args.gazetteer, args.share, args.pipeline, tuple(args.articles))
        print(table.round(2).to_string(index=False))
        return
    write_model([f.resolve() for f in args.also])
    print(PROVENANCE.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
