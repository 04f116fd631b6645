"""Rule "tagger": a learnt tagger's guess decides the capitalised runs no rule explains (lesson 03).

The tagger (:mod:`helpers.entities.tagger`) is a conditional random field trained on the annotated
course and tuning articles (``helpers/data/entity_tagger.txt``). It is a model, so it **guesses**;
the rule uses its guess only for runs the other rules left unlabelled, in two ways:

- a run the tagger reads as a name with exactly the run's words, and is sure of (every word's label
  has a marginal probability of at least :data:`SURE`), gets the tagger's label;
- a run in which the tagger sees no name at all gets no label from underthesea's ``ner`` either
  (rule ``model``: a guess from a model trained on other text, against one trained on these articles).
"""

from __future__ import annotations

from .. import tagger
from ..units import NO_NAME, _Candidate, _Mention, _mention
from .model import could_be_name

#: The least marginal probability of every label of a name for the rule to use it (0 to 1).
SURE = 0.8


def mark(candidates: list[_Candidate], sentence: str, offset: int, lang: str) -> None:
    """Note on each candidate run of ``sentence`` (which starts at ``offset`` in the article) what the
    tagger reads there: a label for a name with exactly the run's words that it is sure of (not a part
    of a longer name: ``M`` of ``M-Service``), :data:`~helpers.entities.units.NO_NAME` when no name it
    finds overlaps the run, else ``""``."""
    guesses = [(offset + s, offset + e, label, sure) for s, e, label, sure in tagger.tag_sentence(sentence, lang)]
    for c in candidates:
        a, b = c.units[0].start, c.units[-1].end
        exact = [label for s, e, label, sure in guesses if (s, e) == (a, b) and sure >= SURE]
        overlap = any(s < b and a < e for s, e, _, _ in guesses)
        c.tagged = exact[0] if exact else "" if overlap else NO_NAME


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """The tagger's label for the run (``PER``, ``ORG``, ``LOC``), if it gave one and the run may be a
    name by the test underthesea's label has to pass (:func:`~helpers.entities.rules.model.could_be_name`:
    no acronym, ``CPTPP`` is the brands rule's to decide). An organisation of two words or more, not all in
    capitals, is spared the test's word shapes: its words may be foreign (``IMS Health``, ``Trung Sơn Pharma``),
    and the tagger learnt such names from the annotated articles."""
    if c.tagged in ("", NO_NAME):
        return None
    return _mention(c, c.tagged) if could_be_name(c, rules, strict=not _organisation_of_words(c)) else None


def _organisation_of_words(c: _Candidate) -> bool:
    """An organisation of two words or more, not all in capitals (``IMS Health``, ``Trung Sơn Pharma``)."""
    return c.tagged == "ORG" and len(c.words) > 1 and not all(w.isupper() for w in c.words)
