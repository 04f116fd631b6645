"""Pipeline: the entity rules applied in a declared order, each switchable by name.

:data:`RULES` is the order lesson 03 switches the rules on. The stages below say where each rule
acts and in which order: the phrases it adds to the lexicon, the mentions it claims in a sentence,
how it names or labels the capitalised runs nobody claimed, and what it does to the whole article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pandas as pd

from ..cache import memoize
from ..languages import check_language
from ..text import detect_language, sentence_spans
from .lexicon import Phrase, _Lexicon, build_lexicon
from .rules import (
    acronyms,
    brands,
    datelines,
    districts,
    gazetteer,
    model,
    patterns,
    person_names,
    resolve,
    tagger,
    titles,
)
from .units import (
    MENTION_COLUMNS,
    _Candidate,
    _candidates,
    _Mention,
    _Sentence,
    _sentence_units,
    source_of,
    title_case_line,
)

#: Every rule :func:`extract_entities` knows, in the order the lesson switches them on.
RULES: tuple[str, ...] = (
    "model",
    "titles",
    "person_names",
    "patterns",
    "acronyms",
    "gazetteer",
    "datelines",
    "brands",
    "resolve",
    "tagger",
)

#: Phrases each rule adds to the lexicon, in this order (the first entry for a phrase wins).
LEXICON: tuple[tuple[str, Callable[[], list[Phrase]]], ...] = (
    ("titles", titles.phrases),
    ("gazetteer", gazetteer.phrases),
    ("gazetteer", districts.phrases),
    ("patterns", patterns.phrases),
    ("acronyms", acronyms.phrases),
)
#: Rules that claim mentions in each sentence, in this order (a claimed unit is not claimed again).
CLAIMS = (
    ("datelines", datelines.claim),
    ("acronyms", acronyms.claim),
    ("patterns", patterns.claim),
    ("acronyms", acronyms.ticker_claim),
    ("acronyms", acronyms.term_claim),
    ("resolve", resolve.name_claim),
    ("gazetteer", gazetteer.claim),
    ("resolve", resolve.former_name_claim),
)
#: First pass over unclaimed capitalised runs: rules that recognise a person.
NAMING: tuple[tuple[str, Callable[[_Candidate], _Mention | None]], ...] = (
    ("person_names", person_names.name),
    ("titles", titles.name),
)
#: Second pass, once the article is read, for the runs still unlabelled (a sentence's first word:
#: only the rules in FIRST_WORDS).
LABELLING: tuple[tuple[str, Callable[[_Candidate, frozenset[str], set[str]], _Mention | None]], ...] = (
    ("resolve", resolve.label),
    ("gazetteer", gazetteer.label),
    ("patterns", patterns.label),
    ("brands", brands.label),
    ("gazetteer", districts.label),
    ("tagger", tagger.label),
    ("model", model.label),
)
FIRST_WORDS = {"resolve"}
#: Steps over the article's mentions, in text order.
ARTICLE_STEPS: tuple[tuple[str, Callable[[list[_Mention]], None]], ...] = (
    ("resolve", resolve._resolve_people),
    ("resolve", resolve._short_organisation_names),
    ("gazetteer", districts.respell),
)
#: Steps over the article's mentions that read its text.
TEXT_STEPS: tuple[tuple[str, Callable[[list[_Mention], str], None]], ...] = (
    ("resolve", resolve._ordinary_case),
    ("datelines", datelines.name_tags),
    ("acronyms", acronyms.name_earlier_uses),
    ("acronyms", acronyms.name_known_as),
    ("resolve", resolve.one_sense),
    ("resolve", resolve.listed_among_organisations),
)


def _check_rules(rules: Iterable[str] | None) -> frozenset[str]:
    chosen = frozenset(RULES if rules is None else rules)
    unknown = chosen - set(RULES)
    if unknown:
        raise ValueError(f"unknown rule(s) {sorted(unknown)}; choose from {list(RULES)}")
    return chosen


@memoize(maxsize=None)
def _lexicon(rules: frozenset[str]) -> _Lexicon:
    """The phrase tables (word tuples -> entry) for the switched-on rules."""
    return build_lexicon(phrase for rule, phrases in LEXICON if rule in rules for phrase in phrases())


def extract_entities(text: str, lang: str | None = None, rules: Iterable[str] | None = None) -> pd.DataFrame:
    """Find the people, organisations and places a text names; one row per mention.

    ``lang`` is ``"vi"`` or ``"en"`` (guessed with :func:`helpers.text.detect_language` when
    None). ``rules`` switches rules on (default: all of :data:`RULES`). Sentences are tagged with
    :func:`helpers.text.tag` (cached), so a second call on the same text is fast.

    Columns: ``surface`` (exactly ``text[start:end]``), ``start``, ``end``, ``label`` (``PER``,
    ``ORG``, ``LOC``), ``canonical`` (one name per real-world entity), ``source`` (where the
    mention came from: ``model`` for underthesea's label, ``gazetteer`` for a known name, else
    ``rule:<rule name>``, the rule of :data:`RULES` that found it). In text order.

    >>> extract_entities("Ông Nguyễn Văn Khoa, Chủ tịch Vinasa, cho biết. Ông Khoa nói thêm.")
               surface  start  end label        canonical             source
    0  Nguyễn Văn Khoa      4   19   PER  Nguyễn Văn Khoa  rule:person_names
    1           Vinasa     30   36   ORG           Vinasa          gazetteer
    2             Khoa     52   56   PER  Nguyễn Văn Khoa        rule:titles
    >>> extract_entities("PM Chính met JICA officials in Tokyo.", lang="en")[["surface", "label", "canonical"]]
      surface label canonical
    0   Chính   PER     Chính
    1    JICA   ORG      JICA
    2   Tokyo   LOC     Tokyo
    >>> len(extract_entities(""))
    0
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_entities() needs text (a str), not {type(text).__name__}")
    chosen = _check_rules(rules)
    if not text.strip():
        return pd.DataFrame(columns=MENTION_COLUMNS).astype({"start": int, "end": int})
    lang = lang or detect_language(text)
    check_language(lang, "extract_entities")
    mentions, candidates, sentences, aliases = _read_sentences(text, lang, chosen)
    mentions += _decide(candidates, mentions, chosen)
    if "tagger" in chosen:
        mentions = tagger.widen(mentions, sentences, lang, chosen, aliases)
    if "acronyms" in chosen:
        acronyms.pair_late(mentions, text, chosen)
    mentions.sort(key=lambda m: m.start)
    for rule, step in ARTICLE_STEPS:
        if rule in chosen:
            step(mentions)
    for rule, text_step in TEXT_STEPS:
        if rule in chosen:
            text_step(mentions, text)
    rows = [(text[m.start : m.end], m.start, m.end, m.label, m.canonical, m.source) for m in mentions]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _read_sentences(
    text: str, lang: str, rules: frozenset[str]
) -> tuple[list[_Mention], list[_Candidate], list[_Sentence], dict[str, str]]:
    """Sentence by sentence: the mentions the claiming rules find, the runs left for the decision, the sentences
    as read and the names the article gives (``Full Name (ACRONYM)`` pairs)."""
    lex = _lexicon(rules)
    mentions: list[_Mention] = []
    candidates: list[_Candidate] = []
    sentences: list[_Sentence] = []
    aliases: dict[str, str] = {}
    claim_alias = acronyms.alias_claimer(aliases) if "acronyms" in rules else None
    for n, (a, b) in enumerate(sentence_spans(text)):
        units = _sentence_units(text[a:b], a, lang, lex)
        sentences.append(_Sentence(n, text[a:b], a, units))
        headline = lang == "en" and title_case_line(units)  # only known names are read in a headline
        found: list[_Mention] = []
        for rule, claim in CLAIMS:
            if rule in rules and not (headline and rule == "patterns"):
                before = len(found)
                claim(units, lang, rules, aliases, found)
                for m in found[before:]:
                    m.source = source_of(rule)
        for m in found:
            m.sentence = n
        mentions += found
        runs = [] if headline else _candidates(units, lang, n, mentions, claim_alias)
        if "tagger" in rules:
            tagger.mark(runs, text[a:b], a, lang)
        candidates += runs
    return mentions, candidates, sentences, aliases


def _decide(candidates: list[_Candidate], mentions: list[_Mention], rules: frozenset[str]) -> list[_Mention]:
    """Label the unclaimed capitalised runs, now that the whole article has been read: first the names the
    article already gives and the people, then the rest (:func:`_label_the_rest`)."""
    out: list[_Mention] = []
    pending: list[_Candidate] = []
    named = resolve.organisation_names(mentions) if "resolve" in rules else {}
    for c in candidates:
        held = c.initial or ("patterns" in rules and patterns.held_back(c))
        found = resolve.named_organisation(c, named) if "resolve" in rules else None
        found = found or (None if held else _first(NAMING, rules, c))
        (pending.append(c) if found is None else out.append(found))
    return out + _label_the_rest(pending, mentions + out, rules)


def _label_the_rest(pending: list[_Candidate], mentions: list[_Mention], rules: frozenset[str]) -> list[_Mention]:
    """The runs no claiming or naming rule labelled, by the :data:`LABELLING` rules (a sentence's first
    word: see :func:`_first_word_rules`)."""
    people = [m.canonical for m in mentions if m.label == "PER" and len(m.canonical.split()) > 1]
    parts = resolve._name_parts(people)
    longer = {m.canonical.split()[0] for m in mentions if m.label == "LOC" and " " in m.canonical}
    found = (
        _first(LABELLING, _first_word_rules(c, rules, longer) if c.initial else rules, c, rules, parts) for c in pending
    )
    return [m for m in found if m is not None]


def _first_word_rules(c: _Candidate, rules: frozenset[str], longer: set[str]) -> frozenset[str]:
    """The rules that may label a run opening its sentence: :data:`FIRST_WORDS`, and for one word in
    capitals, whose capitals are its own, the gazetteer (``HANOI``) and the brands rule (``SMBC, the
    group's banking arm, …``), not for a section's name (``POLICY``) nor the first word of a longer place's
    name the article gives (``SNIZ`` of the zone ``SNIZ II``); and for the text's first line when it is one word
    alone, the learnt tagger, which tells an outlet's masthead (``Devex``, ``Euromoney``) from a section's name
    (``Funding``)."""
    word = c.words[0] if len(c.words) == 1 else ""
    capitals = len(word) >= 3 and word.isalpha() and word.isupper() and word not in longer
    capitals = capitals and not datelines.section_or_stamp(word)
    masthead = c.sentence == 0 and len(c.words) == 1 and not c.after  # the text's first line, one word alone
    allowed = FIRST_WORDS | ({"gazetteer", "brands"} if capitals else set())
    return rules & (allowed | ({"tagger"} if masthead else set()))


def _first(
    steps: Iterable[tuple[str, Callable[..., _Mention | None]]], rules: frozenset[str], *args: object
) -> _Mention | None:
    """The first mention a switched-on rule's step gives for ``args``, in the declared order (its source set)."""
    for rule, step in steps:
        if rule in rules and (found := step(*args)) is not None:
            found.source = source_of(rule)
            return found
    return None
