"""Rule "model": a capitalised proper noun no other rule explains gets underthesea's label.

underthesea's CRF ``ner`` labels every word from the words around it; on this corpus it is often
wrong (see lesson 03), so its label is the last resort, for Vietnamese proper nouns (POS ``Np``)
only, and never for a clipped country name used as an adjective (``Việt``, ``Nhật``) or a point
of the compass after ``phía`` (``các tỉnh phía Bắc``: the northern provinces), and never a
person for a run with a word in capitals or with capitals inside (``Ví MoMo``: no personal name), nor
anything for a run with an English organisation word (``Japan Foundation``) or right after a word for a
programme, product or character (``nhân vật Doraemon``: ``helpers/data/term_words.txt``), nor for a run in
which the learnt tagger (rule ``tagger``, when on) sees no name.
"""

from __future__ import annotations

from ..lexicon import _ORG_HEADS_EN
from ..units import LABELS, NO_NAME, _Candidate, _Mention, _mention, _name_like
from .brands import after_term_word
from .gazetteer import clipped


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """underthesea's label (``PER``, ``ORG``, ``LOC``) for a run that looks like a name."""
    words = c.words
    if (
        c.model in LABELS
        and could_be_name(c, rules)
        and not (c.model == "PER" and any(not w[1:].islower() for w in words))  # Ví MoMo: a brand inside
        and not any(w in _ORG_HEADS_EN for w in words)  # Japan Foundation: an organisation, no place
        and c.tagged != NO_NAME  # the learnt tagger sees no name here
    ):
        return _mention(c, c.model)
    return None


def could_be_name(c: _Candidate, rules: frozenset[str], strict: bool = True) -> bool:
    """May a model's label stand for this run: it looks like a name (no acronym, a proper noun in
    Vietnamese), is no clipped country name (``Việt``), no point of the compass after ``phía`` and
    does not follow a word for a programme, product or character? Not ``strict``: any capitalised words
    will do for the shape (an organisation's foreign words: ``Dongwha Pharm``)."""
    direction = c.before == "phía" and c.words[0] in _COMPASS  # phía Bắc: the north side, no name
    shaped = _name_like(c.units, c.words) if strict else all(w[:1].isupper() or w[:1].isdigit() for w in c.words)
    return (
        shaped
        and not ("gazetteer" in rules and clipped(c.words))
        and not direction
        and not after_term_word(c)  # nhân vật Doraemon: a character, no place
    )


_COMPASS = ("Bắc", "Nam", "Đông", "Tây")
