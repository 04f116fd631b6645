"""Rule "tagger": a learnt tagger's guess decides the capitalised runs no rule explains (lesson 03).

The tagger (:mod:`helpers.entities.tagger`) is a conditional random field trained on the annotated
course and tuning articles (``helpers/data/entity_tagger.txt``). It is a model, so it **guesses**;
the rule uses its guess only for runs the other rules left unlabelled, in two ways:

- a run the tagger reads as a name with exactly the run's words, and is sure of (every word's label
  has a marginal probability of at least :data:`SURE`), gets the tagger's label;
- a run in which the tagger sees no name at all gets no label from underthesea's ``ner`` either
  (rule ``model``: a guess from a model trained on other text, against one trained on these articles), nor
  from the brands rule unless a company cue names it (rule ``brands``).

Once every run is labelled, the tagger also **widens** the rules' mentions: where it is very sure of an
organisation that holds them and more words, its name takes their place (:func:`widen`), unless the span is no one
name (:func:`_not_one_name`: two names of a list, a name and its predicate, a building).
"""

from __future__ import annotations

from ...cache import memoize
from .. import tagger
from ..lexicon import _ACRONYM, _COMPANY_HEADS, _LEGAL_FORMS_EN, _LEGAL_FORMS_VI, _ORG_HEADS_VI
from ..units import NO_NAME, _Candidate, _list_between, _Mention, _mention, _Sentence, _Unit
from .model import could_be_name
from .org_naming import _SCHOOLS, _org_canonical, _without_legal_form
from .patterns import _facility

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


#: The least confidence (the lowest marginal probability of its words' labels) for an organisation the tagger reads to
#: take the place of the shorter mentions inside it (0 to 1).
WIDER = 0.95


def widen(
    mentions: list[_Mention], sentences: list[_Sentence], lang: str, rules: frozenset[str], aliases: dict[str, str]
) -> list[_Mention]:
    """The article's mentions, where the tagger is sure (:data:`WIDER`) of an organisation that holds some of them
    and more words, with its organisation in their place: the rules stopped short of a name's words (``Aeon`` of
    ``Aeon Mall``, ``Cục Quản lý nợ`` of ``Cục Quản lý nợ và Tài chính đối ngoại``) or cut one name in two
    (``Chanh Thu Export`` | ``Import Fruit Company``). Only a guess of whole units that crosses no mention counts.

    Why a guess may overrule a rule here: on 143 articles that neither the rules nor the tagger had seen (issue 14,
    session 13), a sure tagger span that differed from an overlapping rule's organisation was right 34 times and the
    rule's 8 times; where the rules found no name, the tagger's sure organisations were right only about half the
    time, so it adds none of its own.
    """
    for sentence in sentences:
        for start, end, label, sure in tagger.tag_sentence(sentence.text, lang):
            if label == "ORG" and sure >= WIDER:
                span = (sentence.offset + start, sentence.offset + end)
                mentions = _widened(mentions, sentence, span, rules, aliases)
    return mentions


def _widened(
    mentions: list[_Mention], sentence: _Sentence, span: tuple[int, int], rules: frozenset[str], aliases: dict[str, str]
) -> list[_Mention]:
    """``mentions`` with those inside ``span`` replaced by one organisation over it, if it holds a mention but is
    none and crosses none, and its words are whole units (:func:`_whole_units`)."""
    start, end = span
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    held = {id(m) for m in inside}
    crossing = any(m.start < end and start < m.end and id(m) not in held for m in mentions)
    piece = _whole_units(sentence, span)
    if crossing or not piece or not _holds_more(inside, span) or _not_one_name(inside, sentence, piece):
        return mentions
    name = _wide_name(piece, sentence.text[start - sentence.offset : end - sentence.offset], inside, rules, aliases)
    wide = _Mention(start, end, "ORG", name, sentence=sentence.number, source="rule:tagger")
    return [m for m in mentions if id(m) not in held] + [wide]


def _holds_more(inside: list[_Mention], span: tuple[int, int]) -> bool:
    """Does the span hold mentions and more words than any of them?"""
    return bool(inside) and all((m.start, m.end) != span for m in inside)


def _not_one_name(inside: list[_Mention], sentence: _Sentence, piece: list[_Unit]) -> bool:
    """Is the tagger's span, though sure, no one organisation's name: a list of two (:func:`_joins_names`), a name and
    its predicate (:func:`_verb_then_term`) or a building's name (:func:`_after_a_facility`)?"""
    return _joins_names(inside, sentence) or _verb_then_term(piece, inside) or _after_a_facility(sentence, piece)


def _joins_names(inside: list[_Mention], sentence: _Sentence) -> bool:
    """Are two organisations among the mentions joined only as a list's items are (``and``, ``và``, a comma:
    :func:`~helpers.entities.units._list_between`), the second opening with a name of its own (a known place or name,
    an acronym: ``China Unicom and Japan Post``)? Two names in a list stay two, as the issue's failure kinds ask
    (``Sumitomo and SBI Holdings``); a second part opening with a plain word is the rest of one name the rules cut
    at ``and`` (``Chanh Thu Export and Import Fruit Company``)."""
    ordered = sorted((m for m in inside if m.label == "ORG"), key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if _list_between(sentence.text[a.end - sentence.offset : b.start - sentence.offset]):
            first = next(u for u in sentence.units if u.start >= b.start)
            if first.kind == "lex" or _ACRONYM.match(first.text):
                return True
    return False


def _verb_then_term(piece: list[_Unit], inside: list[_Mention]) -> bool:
    """Does the tagger's span go on past a verb and its object in lower case to end in an acronym no rule named
    (``Bệnh viện K dùng máy CT``: the hospital, then the scanner it uses)? Vietnamese only: underthesea tags the parts
    of speech."""
    words = [u for u in piece if not any(m.start <= u.start and u.end <= m.end for m in inside)]
    if len(words) < 3 or words[-1] is not piece[-1] or not _ACRONYM.match(words[-1].text):
        return False
    verb, noun = words[-3], words[-2]
    return verb.pos.startswith("V") and verb.text.islower() and noun.pos.startswith("N") and noun.text.islower()


def _after_a_facility(sentence: _Sentence, piece: list[_Unit]) -> bool:
    """Does the span follow a word for a building (``Trung tâm thương mại Aeon Mall Huế``: a mall, which the
    guideline makes no entity; its company and place are)? The test is the patterns rule's
    (:func:`~helpers.entities.rules.patterns._facility`)."""
    k = sentence.units.index(piece[0])
    return k >= 2 and _facility(sentence.units, k - 2)


def _whole_units(sentence: _Sentence, span: tuple[int, int]) -> list[_Unit]:
    """The units of ``sentence`` that make up ``span``, if it begins and ends at a unit's edges (not ``Bệnh viện
    Đa`` of ``Đa khoa``) and does not open with an article (``The University of Da Nang``: the article is no part of
    the name); else none."""
    piece = [u for u in sentence.units if span[0] <= u.start and u.end <= span[1]]
    whole = bool(piece) and (piece[0].start, piece[-1].end) == span
    return piece if whole and piece[0].text.casefold() != "the" else []


def _wide_name(
    piece: list[_Unit], text: str, inside: list[_Mention], rules: frozenset[str], aliases: dict[str, str]
) -> str:
    """The canonical name of the tagger's wider organisation ``text``: the name the rules gave the one organisation
    inside it when the other words only frame it (:func:`_frames_only`: ``Nipro Vietnam Co., Ltd.``, ``Trường Đại
    học Quốc tế Miền Đông (EIU)``), else the name an organisation of its words gets, its organisation word the first
    Vietnamese one or the last English one, without its legal forms (``Global Export and Import Foodstuff JSC``
    -> ``Global Export and Import Foodstuff``: :func:`~helpers.entities.rules.org_naming._org_canonical`)."""
    orgs = [m for m in inside if m.label == "ORG"]
    if len(orgs) == 1:
        at, to = orgs[0].start - piece[0].start, orgs[0].end - piece[0].start
        if _frames_only(text[:at] + " " + text[to:]):
            return orgs[0].canonical
    bare = _without_legal_form(piece)
    english = [u for u in bare if u.label == "orghead_en"]
    head = bare[0] if bare[0].label == "orghead" or not english else english[-1]
    return _org_canonical(bare, head, rules, aliases)


def _frames_only(words: str) -> bool:
    """Are ``words`` (punctuation aside) only words that frame an organisation's name (:func:`_frame_words`)?

    >>> _frames_only("Công ty TNHH"), _frames_only(" Co., Ltd."), _frames_only("Trường "), _frames_only(" Mall")
    (True, True, True, False)
    """
    return all(w.strip(".,&()") in _frame_words() for w in words.split())


@memoize(maxsize=1)
def _frame_words() -> frozenset[str]:
    """Words that frame an organisation's name and stay out of its canonical name: Vietnamese company words
    (``helpers/data/org_heads.csv``) and legal forms (``legal_forms_vi.txt``), English legal forms
    (``legal_forms_en.txt``) and the word for a school before a university's name (``Trường``), and nothing."""
    heads = [h for h in _ORG_HEADS_VI if h in _COMPANY_HEADS]
    schools = {p.split()[0] for p in _SCHOOLS}
    words = [*heads, *_LEGAL_FORMS_VI, *(" ".join(f) for f in _LEGAL_FORMS_EN), *schools]
    return frozenset(w for phrase in words for w in phrase.split()) | {""}
