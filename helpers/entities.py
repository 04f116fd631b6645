"""Entities: the people (PER), organisations (ORG) and places (LOC) an article names.

underthesea's CRF ``ner`` is a statistical model: it guesses a label for every word from the
words around it, and on this corpus it guesses wrong often (people as places, titles inside
names, acronyms missed; see lesson 03). :func:`extract_entities` uses its tags only as a last
resort and finds names with rules and data instead:

1. **model** - only capitalised proper nouns can be names; for one that no other rule explains,
   underthesea's label is used.
2. **titles** - job titles and honorifics (``Thủ tướng``, ``Bộ trưởng``, ``ông``, ``PM``, ``Mr``)
   are never part of a name, but a capitalised word after one is probably a person.
3. **person_names** - the shape of a name: a Vietnamese family name first (``Nguyễn Văn Khoa``,
   list in ``helpers/data/person_names.txt``) or two romanised Japanese words (``Iwaya Takeshi``).
4. **patterns** - an organisation word starts a name (``Bộ``, ``Hiệp hội``, ``Tập đoàn``; in
   English ``Agency``, ``Group``, ``Centre`` end it); a place word (``tỉnh``, ``Industrial
   Park``) marks a place; an unknown name listed among organisations is an organisation.
5. **acronyms** - ``Full Name (ACRONYM)`` pairs, and later uses of the acronym.
6. **gazetteer** - known organisations, places and offices from ``helpers/data/gazetteer.csv``.
7. **resolve** - one canonical name per entity: a short reference (``ông Khoa``, ``PM Chính``)
   becomes the most recent compatible full name in the article (same office first, then the
   nearest before it), ``Ishiba Shigeru`` = ``Shigeru Ishiba``, a near-miss spelling
   (``Iwaya Takshi``) joins the name it nearly matches, an acronym joins its full name.

Each rule can be switched off (``rules=``), which is how the lesson measures what each adds.

Annotation guidelines (``seeds/annotations/entities.csv`` follows them; so does the extractor):

- Mentions are named mentions only: ``ông Khoa`` gives ``Khoa``; a bare ``Đại sứ quán``,
  ``Thủ tướng``, ``the PM`` or a pronoun is not a mention. Titles and honorifics are never part
  of a name.
- Spans are flat and outermost: ``Đại sứ quán Việt Nam tại Nhật Bản`` is one ORG, with no LOC
  inside it. Names inside titles, events and slogans still count (``Thủ tướng [Nhật Bản]``,
  ``Diễn đàn [Việt Nam] – [Nhật Bản]``).
- LOC: countries, regions, cities, provinces, rivers, industrial parks. ``Chính phủ Việt Nam``
  is the country ``Việt Nam`` (a government is not annotated separately).
- ORG: ministries, agencies, embassies, associations, companies, universities, the Party
  (``Đảng``), international bodies (ASEAN, AZEC). A country subsidiary (``FPT Nhật Bản``) is its
  own organisation.
- Not entities: events (``Hội nghị``, ``Diễn đàn``), laws and resolutions, programmes,
  initiatives and slogans (``Liên minh Chinh phục Thị trường Toàn cầu`` is a proposal),
  products, technologies (``All-Photonics Network``); nationality adjectives (``Japanese``) and
  the clipped forms ``Việt``, ``Nhật`` (``doanh nghiệp Việt``, ``Việt - Nhật``), which work the
  same way.
- ``Full Name (ACRONYM)`` gives two mentions with one canonical name.
- Canonical names: an organisation with a usual acronym is known by it (JICA, NIC, Vinasa),
  otherwise by its Vietnamese name; places by their Vietnamese name (``Japan`` -> ``Nhật Bản``);
  people by their full name as the articles most often write it.

>>> extract_entities("Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki.")[["surface", "label", "canonical"]]
           surface label        canonical
0  Phạm Minh Chính   PER  Phạm Minh Chính
1         Nhật Bản   LOC         Nhật Bản
2        Ito Naoki   PER        Ito Naoki
"""

from __future__ import annotations

import calendar
import csv
import difflib
import io
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from . import vocabulary
from ._moved import forwarder
from .cache import memoize
from .corpus import per_article
from .languages import EN, VI, check_language
from .text import detect_language, sentence_spans, stopwords, tag, token_spans

__all__ = [
    "RULES",
    "MENTION_COLUMNS",
    "extract_entities",
    "raw_ner_entities",
    "corpus_entities",
    "entity_table",
    "cooccurrence",
    "cooccurrence_graph",
    "article_layout",
    "gazetteer",
]

#: Every rule :func:`extract_entities` knows, in the order the lesson switches them on.
RULES: tuple[str, ...] = ("model", "titles", "person_names", "patterns", "acronyms", "gazetteer", "resolve")
#: The columns of a mention table (``corpus_entities`` puts ``doc_id`` first).
MENTION_COLUMNS = ["surface", "start", "end", "label", "canonical"]
LABELS = ("PER", "ORG", "LOC")

# --- rules written as data ----------------------------------------------------------------------

# Organisation words (helpers/data/org_heads.csv): Vietnamese ones start a name, English ones end it.
_ORG_HEADS_VI = [r["head"] for r in vocabulary.rows("org_heads.csv") if r["lang"] == VI]
_ORG_HEADS_EN = [r["head"] for r in vocabulary.rows("org_heads.csv") if r["lang"] == EN]
# Heads whose names may end in "tại <place>" (Đại sứ quán Việt Nam tại Nhật Bản).
_TAI_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["tai"] == "yes"}
# Heads of company names: "Tập đoàn FPT" is FPT.
_COMPANY_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["company"] == "yes"}
# Place words (helpers/data/place_words.csv): kept in the span ("Khu công nghiệp Thăng Long",
# "Thăng Long Industrial Park"), only introducing it ("tỉnh Quảng Ninh"), or a preposition after
# which an unknown proper noun is a place ("tại Kobe", "in Kobe").
_LOC_HEADS = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "head" and r["lang"] == VI]
_LOC_HEADS_EN = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "head" and r["lang"] == EN]
_LOC_INTROS = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "intro"]
_LOC_PREPOSITIONS = {r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "preposition"}
# Capitalised English words that are never names: stopwords, months, weekdays and a few more.
_NOT_NAMES_EN = (
    stopwords(EN)
    | {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
    | set(vocabulary.words("not_names_en.txt"))
)
_CONNECT_EN = set(vocabulary.words("name_connectors_en.txt"))

_WORD = re.compile(r"\w+(?:&\w+)*|[^\w\s]")
_ACRONYM = re.compile(r"^[A-ZĐ][A-Za-z0-9&Đ]*[A-Z0-9][A-Za-z0-9&]*$")
_SHORT_WORD = re.compile(r"^[A-Z][a-z]{2,9}$")
_ROMAJI = re.compile(
    r"^(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|kk|ss|tt|pp|ssh|tch|[kgsztdnhbpmrwyf])?[aeiou]|n(?![aeiou]))+$"
)
_VI_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)
# Old-style tone placement (hoà, thuỷ, Uỷ) and its new-style equivalent (hòa, thủy, Ủy).
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "Oà": "Òa",
    "Oá": "Óa",
    "Oả": "Ỏa",
    "Oã": "Õa",
    "Oạ": "Ọa",
    "Uỳ": "Ùy",
    "Uý": "Úy",
    "Uỷ": "Ủy",
    "Uỹ": "Ũy",
    "Uỵ": "Ụy",
}
_OLD_TONE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TONES) + r")(?=\b|$)")


def _retone(s: str) -> str:
    """New-style tone placement, so ``Uỷ ban`` and ``Ủy ban`` are one name."""
    return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group(1)], unicodedata.normalize("NFC", s))


def _plain(s: str) -> str:
    """Lower case without diacritics (``Nguyễn`` -> ``nguyen``, ``Đ`` -> ``d``)."""
    s = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


# --- data ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    label: str  # ORG, LOC, TITLE, or a rule kind: orghead, orghead_en, lochead, lochead_en, locintro
    kind: str
    canonical: str
    country: str = ""


def gazetteer() -> pd.DataFrame:
    """The gazetteer as a table: one row per alias, with its ``label``, ``kind``, ``canonical``, ``country``.

    Read from ``helpers/data/gazetteer.csv`` (its comment header says where the names come from).
    A copy: changing it changes nothing else.

    >>> g = gazetteer()
    >>> g[g.alias == "Japan"][["alias", "label", "canonical"]].to_string(index=False)
    'alias label canonical\\nJapan   LOC  Nhật Bản'
    """
    return _gazetteer().copy()


@memoize(maxsize=1)
def _gazetteer() -> pd.DataFrame:
    """The gazetteer table, read once (shared: never hand it out, see :func:`gazetteer`)."""
    lines = [
        line for line in vocabulary.data_text("gazetteer.csv").splitlines() if line.strip() and not line.startswith("#")
    ]
    rows = []
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        if row["canonical"] not in aliases:
            aliases.insert(0, row["canonical"])
        if row["label"] == "ORG" and row["kind"] == "ministry" and row["country"] == "VN":
            aliases += [f"{a} Việt Nam" for a in aliases if a.startswith("Bộ ")]
        if row["label"] == "ORG" and row["kind"] == "university":
            aliases += [f"Trường {a}" for a in aliases if a.startswith("Đại học ")]
        rows += [(a, row["label"], row["kind"], row["canonical"], row["country"]) for a in aliases]
    return pd.DataFrame(rows, columns=["alias", "label", "kind", "canonical", "country"])


@memoize(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(_plain(n) for n in vocabulary.words("person_names.txt"))


def _key(words: Iterable[str], fold: bool = False) -> tuple[str, ...]:
    return tuple(_retone(w).casefold() if fold else _retone(w) for w in words)


@dataclass(frozen=True)
class _Lexicon:
    exact: dict  # word tuple (exact case) -> entry: organisations, places, kind words
    folded: dict  # word tuple (case-folded) -> entry: titles, place introducers
    prefixes: frozenset  # every beginning of an exact key, so a scan can stop early
    folded_prefixes: frozenset


@memoize(maxsize=None)
def _lexicon(rules: frozenset[str]) -> _Lexicon:
    """The phrase tables (word tuples -> entry) for the switched-on rules."""
    exact: dict[tuple[str, ...], _Entry] = {}
    folded: dict[tuple[str, ...], _Entry] = {}
    for row in _gazetteer().itertuples():
        entry = _Entry(row.label, row.kind, row.canonical, row.country)
        if row.label == "TITLE" and "titles" in rules:
            folded.setdefault(_key(_words(row.alias), fold=True), entry)
        elif row.label in ("ORG", "LOC") and "gazetteer" in rules:
            exact.setdefault(_key(_words(row.alias)), entry)
    if "patterns" in rules or "acronyms" in rules:
        for kind, heads in (
            ("orghead", _ORG_HEADS_VI),
            ("orghead_en", _ORG_HEADS_EN),
            ("lochead", _LOC_HEADS),
            ("lochead_en", _LOC_HEADS_EN),
        ):
            for head in heads:
                exact.setdefault(_key(_words(head)), _Entry(kind, kind, head))
    if "patterns" in rules:
        for intro in _LOC_INTROS:
            folded.setdefault(_key(_words(intro), fold=True), _Entry("locintro", "locintro", intro))
    prefixes = frozenset(k[:n] for k in exact for n in range(1, len(k) + 1))
    folded_prefixes = frozenset(k[:n] for k in folded for n in range(1, len(k) + 1))
    return _Lexicon(exact, folded, prefixes, folded_prefixes)


def _lookups(lex: _Lexicon, keys: list[str], fkeys: list[str], i: int) -> list[tuple[int, _Entry]]:
    """Every lexicon phrase starting at word ``i``, longest first, as (length, entry)."""
    found = []
    n, exact_on, folded_on = 1, True, True
    while i + n <= len(keys) and (exact_on or folded_on):
        if exact_on:
            k = tuple(keys[i : i + n])
            exact_on = k in lex.prefixes
            if exact_on and k in lex.exact:
                found.append((n, lex.exact[k]))
        if folded_on:
            k = tuple(fkeys[i : i + n])
            folded_on = k in lex.folded_prefixes
            if folded_on and k in lex.folded and not (found and found[-1][0] == n):
                found.append((n, lex.folded[k]))
        n += 1
    return found[::-1]


# --- one sentence -------------------------------------------------------------------------------


@dataclass
class _Unit:
    """A piece of a sentence: a lexicon phrase, a word (or an underthesea word's leftover), or punctuation."""

    start: int
    end: int
    text: str
    kind: str  # "lex", "word", "punct"
    entry: _Entry | None = None
    pos: str = ""
    ner: str = "O"
    initial: bool = False
    claimed: bool = False

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper() and not self.initial

    @property
    def label(self) -> str:
        return self.entry.label if self.entry else ""

    @property
    def known(self) -> _Entry:
        """The lexicon entry of a unit a rule has matched by its label (never asked of a plain word)."""
        if self.entry is None:
            raise ValueError(f"{self.text!r} is not a lexicon phrase")
        return self.entry


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    canonical: str
    title: str = ""  # the office just before a person's name (an English gloss)
    short: bool = False  # a one-word reference to a person (ông Khoa)
    sentence: int = 0


@dataclass
class _Candidate:
    """A run of capitalised words no rule has labelled yet (decided once the article is read)."""

    units: list[_Unit]
    title: str
    honorific: bool
    loc_cue: bool
    org_list: bool
    model: str
    sentence: int
    initial: bool = False  # a lone capitalised first word: only a known name part counts


@memoize(maxsize=8192)
def _tags(sentence: str) -> tuple:
    """underthesea tags of one sentence, each sentence tagged once (and cached on disk by ``tag``)."""
    return tuple(tag(sentence))


def _is_vi_name(words: list[str]) -> bool:
    """A Vietnamese personal name: 2-5 capitalised syllables, the first a family name."""
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() and _VI_SYLLABLE.match(_plain(w)) for w in words)
        and _plain(words[0]) in _surnames()
    )


def _is_romaji_name(words: list[str]) -> bool:
    """A romanised Japanese name: two or three capitalised words made of Japanese syllables."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and len(w) >= 3 and _ROMAJI.match(w.lower()) for w in words
    )


_Syllable = tuple[int, int, str]  # start, end, text
_Token = tuple[int, int, str, str, str]  # start, end, word, pos, ner


def _sentence_units(sentence: str, offset: int, lang: str, rules: frozenset[str]) -> list[_Unit]:
    """Cut a sentence into units: lexicon phrases (longest first), words, punctuation."""
    lex = _lexicon(rules)
    sylls = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    tokens, tok_of = _underthesea_words(sentence, sylls, lang)
    keys = [_retone(x[2]) for x in sylls]
    fkeys = [k.casefold() for k in keys]
    options = [_lookups(lex, keys, fkeys, i) for i in range(len(sylls))]
    units: list[_Unit] = []
    i = 0
    while i < len(sylls):
        match = _fitting_phrase(options[i], i, sylls, tokens, tok_of, lang)
        if match:
            n, entry = match
            a, b = sylls[i][0], sylls[i + n - 1][1]
            units.append(_Unit(a + offset, b + offset, sentence[a:b], "lex", entry, *_tok_info(tokens, tok_of[i])))
            i += n
            continue
        a, b, w = sylls[i]
        if not (w[0].isalnum() or w[0] == "_"):
            units.append(_Unit(a + offset, b + offset, w, "punct"))
            i += 1
            continue
        j = _word_end(i, sylls, tok_of, options, lang)
        b = sylls[j - 1][1]
        units.append(_Unit(a + offset, b + offset, sentence[a:b], "word", None, *_tok_info(tokens, tok_of[i])))
        i = j
    units = _join_hyphenated(units)
    _mark_initial(units, sentence, offset, lang)
    return units


def _underthesea_words(sentence: str, sylls: list[_Syllable], lang: str) -> tuple[list[_Token], list[int]]:
    """underthesea's words of a Vietnamese sentence, and for each syllable the index of its word (-1: none)."""
    tok_of: list[int] = [-1] * len(sylls)
    tokens: list[_Token] = []
    if lang != VI:
        return tokens, tok_of
    tags = _tags(sentence)
    for t, span in zip(tags, token_spans(sentence, [t.word for t in tags]), strict=True):
        if span:
            tokens.append((span[0], span[1], t.word, t.pos, t.ner))
    j = 0
    for i, (a, _, _) in enumerate(sylls):
        while j < len(tokens) and tokens[j][1] <= a:
            j += 1
        if j < len(tokens) and tokens[j][0] <= a < tokens[j][1]:
            tok_of[i] = j
    return tokens, tok_of


def _fitting_phrase(
    options: list[tuple[int, _Entry]],
    i: int,
    sylls: list[_Syllable],
    tokens: list[_Token],
    tok_of: list[int],
    lang: str,
) -> tuple[int, _Entry] | None:
    """The longest lexicon phrase at syllable ``i`` that fits underthesea's words.

    Titles and kind words are whole words (``Đại sứ`` is not the start of ``Đại sứ quán``), and
    a known name inside a person's name is not that name (``Đức`` in ``Nguyễn Minh Đức``).
    """
    token_ends = {t[1] for t in tokens}
    for n, entry in options:
        a, b = sylls[i][0], sylls[i + n - 1][1]
        if lang == VI and tokens:
            if entry.label not in ("ORG", "LOC") and b not in token_ends:
                continue
            p = _person_token(tokens, tok_of[i])
            if p and (p[0] < a or b < p[1]):
                continue
        return n, entry
    return None


def _person_token(tokens: list[_Token], index: int) -> tuple[int, int] | None:
    """The span of underthesea word ``index`` if it has the shape of a person's name."""
    if index < 0:
        return None
    a, b, word, pos, _ = tokens[index]
    ws = word.split()
    return (a, b) if pos == "Np" and (_is_vi_name(ws) or _is_romaji_name(ws)) else None


def _word_end(
    i: int, sylls: list[_Syllable], tok_of: list[int], options: list[list[tuple[int, _Entry]]], lang: str
) -> int:
    """Where a word starting at syllable ``i`` ends: the rest of its underthesea word, up to the next known name."""
    j = i + 1
    while (
        lang == VI
        and j < len(sylls)
        and tok_of[j] == tok_of[i]
        and tok_of[i] >= 0
        and sylls[j][2][0].isalnum()
        and not any(e.label in ("ORG", "LOC") for _, e in options[j])
    ):
        j += 1
    return j


def _join_hyphenated(units: list[_Unit]) -> list[_Unit]:
    """``Young`` ``-`` ``sam`` -> ``Young-sam``: a word, a hyphen and a lower-case word, unspaced."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        if (
            u.kind == "word"
            and k + 2 < len(units)
            and units[k + 1].text == "-"
            and units[k + 2].kind == "word"
            and units[k + 2].text.islower()
            and units[k + 1].start == u.end
            and units[k + 2].start == units[k + 1].end
        ):
            nxt = units[k + 2]
            out.append(_Unit(u.start, nxt.end, f"{u.text}-{nxt.text}", "word", None, u.pos, u.ner))
            k += 3
            continue
        out.append(u)
        k += 1
    return out


def _tok_info(tokens: list, index: int) -> tuple[str, str]:
    return (tokens[index][3], tokens[index][4]) if index >= 0 else ("", "O")


def _mark_initial(units: list[_Unit], sentence: str, offset: int, lang: str) -> None:
    """Flag sentence-initial words that are capitalised only because they come first.

    A Vietnamese first word keeps its capital if underthesea calls it a proper noun (Np);
    an English one if a capitalised word follows or it is not a common word.
    """
    after_open = True
    for k, u in enumerate(units):
        if u.kind == "punct":
            opening = u.text in "\"“'‘(:" and (k + 1 < len(units) and units[k + 1].start == u.end)
            after_open = after_open or opening or u.text in ".!?…"
            continue
        if after_open and u.kind == "word" and u.text[:1].isupper():
            if lang == VI:
                u.initial = u.pos not in ("Np", "Ny")
            else:
                nxt = units[k + 1] if k + 1 < len(units) else None
                common = u.text.lower() in _NOT_NAMES_EN or u.text.lower() in stopwords(EN)
                u.initial = common or not (nxt and nxt.kind == "word" and nxt.text[:1].isupper())
        after_open = False


# --- rules that claim units ---------------------------------------------------------------------


def _find_pairs(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict, out: list) -> None:
    """``Full Name (ACRONYM)``: both are mentions of one organisation."""
    for i, u in enumerate(units):
        if u.text != "(" or i == 0:
            continue
        k = i + 1
        acr: list[_Unit] = []
        while k < len(units) and units[k].kind != "punct" and len(acr) < 2:
            acr.append(units[k])
            k += 1
        if not acr or k >= len(units) or units[k].text != ")":
            continue
        if not all(_ACRONYM.match(a.text) or (len(acr) == 1 and _SHORT_WORD.match(a.text)) for a in acr):
            continue
        start = _full_name_start(units, i, lang)
        if start is None or any(x.claimed for x in units[start:i] + acr):
            continue
        full = units[start:i]
        full_text = _span_text(full)
        acr_text = _span_text(acr)
        canonical = _gaz_canonical(full_text, rules) or _gaz_canonical(acr_text, rules)
        if "resolve" in rules:
            canonical = canonical or acr_text
        for piece, text in ((full, full_text), (acr, acr_text)):
            for x in piece:
                x.claimed = True
            out.append(_Mention(piece[0].start, piece[-1].end, "ORG", canonical or _retone(text)))
        aliases[_retone(acr_text)] = canonical or acr_text
        aliases[_retone(full_text)] = canonical or _retone(full_text)


def _full_name_start(units: list[_Unit], paren: int, lang: str) -> int | None:
    """Where the full name before ``(`` starts: at its organisation word (Vietnamese: the nearest
    one; English: the start of the capitalised run that holds one), else None."""
    k = paren - 1
    stops = {",", ";", ":", ".", "(", ")", '"', "“", "”"}
    if lang == VI:
        while k >= 0 and paren - k <= 14:
            x = units[k]
            if x.kind == "punct" and x.text in stops:
                return None
            if x.label == "orghead" and x.text[:1].isupper():
                return k
            if x.label == "ORG" and k == paren - 1 and x.entry and x.entry.kind != "company":
                return k
            k -= 1
        return None
    run_start, has_head = None, False
    while k >= 0:
        x = units[k]
        if x.label == "orghead_en":
            has_head = True
        if x.kind in ("word", "lex") and x.text[:1].isupper() and x.label != "TITLE" and not x.initial:
            run_start = k
        elif x.text in _CONNECT_EN and k > 0 and units[k - 1].text[:1].isupper():
            pass
        else:
            break
        k -= 1
    return run_start if has_head else None


def _org_names(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict, out: list) -> None:
    """Names built on an organisation word: ``Bộ Khoa học và Công nghệ``, ``FPT Group``."""
    i = 0
    while i < len(units):
        u = units[i]
        if u.claimed or u.label not in ("orghead", "orghead_en") or not u.text[:1].isupper():
            i += 1
            continue
        end = _org_extent(units, i) if u.label == "orghead" else None
        start = i
        if u.label == "orghead_en":
            start, end = _english_run(units, i)
        if end is None or end <= start or any(x.claimed for x in units[start : end + 1]):
            i += 1
            continue
        piece = units[start : end + 1]
        text = _span_text(piece)
        canonical = aliases.get(_retone(text)) or _gaz_canonical(text, rules)
        if not canonical and u.known.canonical in _COMPANY_HEADS and piece[-1].label == "ORG":
            canonical = piece[-1].known.canonical  # Tập đoàn Viettel -> Viettel
        if not canonical and _ACRONYM.match(piece[-1].text) and "resolve" in rules and piece[-1].kind == "word":
            canonical = piece[-1].text  # Trung tâm nghiên cứu VDEC -> VDEC
        for x in piece:
            x.claimed = True
        out.append(_Mention(piece[0].start, piece[-1].end, "ORG", canonical or _retone(text)))
        i = end + 1


def _org_extent(units: list[_Unit], i: int) -> int | None:
    """The last unit of a Vietnamese organisation name starting with the head at ``i``."""
    head = units[i].known.canonical

    def name_like(x: _Unit) -> bool:
        return (x.kind == "word" and x.text[:1].isupper() and not _person_shaped(x)) or x.label in ("ORG", "LOC")

    last, k = None, i + 1
    while k < len(units):
        x = units[k]
        nxt = units[k + 1] if k + 1 < len(units) else None
        if x.claimed:
            break
        if name_like(x):
            last = k
        elif x.text in ("và", "&") and nxt and name_like(nxt) and last is not None:
            pass
        elif x.text in ("-", "–") and nxt and name_like(nxt) and last == k - 1 and units[k - 1].end < x.start:
            pass
        elif x.text == "tại" and head in _TAI_HEADS and nxt and nxt.label == "LOC" and last is not None:
            last = k + 1
            k += 1
        else:
            break
        k += 1
    if last is None:
        # a kind word, up to three plain words and an acronym: Trung tâm nghiên cứu VDEC
        k = i + 1
        while k < len(units) and k <= i + 3 and units[k].kind == "word" and units[k].text.islower():
            k += 1
        if (
            k > i + 1
            and k < len(units)
            and units[k].kind in ("word", "lex")
            and _ACRONYM.match(units[k].text)
            and not units[k].claimed
        ):
            return k
    return last


def _english_run(units: list[_Unit], i: int) -> tuple[int, int | None]:
    """The capitalised English run around an organisation or place word at ``i``."""

    def cap(x: _Unit) -> bool:
        return x.kind in ("word", "lex") and x.text[:1].isupper() and x.label not in ("TITLE",) and not x.claimed

    start = i
    while start > 0:
        x = units[start - 1]
        if cap(x) and not x.initial and x.label != "LOC":
            start -= 1
        elif (
            x.text in _CONNECT_EN - {"the"} and start > 1 and cap(units[start - 2]) and units[start - 2].label != "LOC"
        ):
            start -= 2
        else:
            break
    end = i
    while end + 1 < len(units):
        x = units[end + 1]
        if cap(x) and not _person_shaped(x):
            end += 1
        elif x.text in _CONNECT_EN and end + 2 < len(units) and cap(units[end + 2]):
            end += 2
        else:
            break
    return (start, end) if end > start else (start, None)


def _loc_patterns(units: list[_Unit], out: list) -> None:
    """Place words: ``Khu công nghiệp Thăng Long`` / ``Thăng Long Industrial Park`` / ``tỉnh Quảng Ninh``."""
    for i, u in enumerate(units):
        if u.claimed:
            continue
        if u.label == "lochead":
            k = i + 1
            while k < len(units) and units[k].cap and not units[k].claimed:
                k += 1
            if k > i + 1:
                piece = units[i:k]
                for x in piece:
                    x.claimed = True
                out.append(_Mention(piece[0].start, piece[-1].end, "LOC", _retone(_span_text(piece))))
        elif u.label == "lochead_en":
            start = i
            while (
                start > 0
                and units[start - 1].kind == "word"
                and units[start - 1].text[:1].isupper()
                and not units[start - 1].initial
                and not units[start - 1].claimed
            ):
                start -= 1
            if start < i:
                piece = units[start : i + 1]
                for x in piece:
                    x.claimed = True
                out.append(_Mention(piece[0].start, piece[-1].end, "LOC", _span_text(piece)))
        elif u.label == "locintro":
            k = i + 1
            while k < len(units) and units[k].cap and not units[k].claimed:
                k += 1
            if k > i + 1 and all(_VI_SYLLABLE.match(_plain(w)) for x in units[i + 1 : k] for w in x.text.split()):
                piece = units[i + 1 : k]
                for x in piece:
                    x.claimed = True
                out.append(_Mention(piece[0].start, piece[-1].end, "LOC", _span_text(piece)))


def _gazetteer_units(units: list[_Unit], out: list) -> None:
    """Known organisations and places; a company followed by a country is its subsidiary (FPT Nhật Bản)."""
    for i, u in enumerate(units):
        if u.claimed or u.label not in ("ORG", "LOC"):
            continue
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            u.label == "LOC"
            and prev is not None
            and prev.entry
            and prev.entry.kind == "honorific"
            and len(u.text.split()) == 1
            and not (nxt and nxt.kind == "word" and nxt.text[:1].isupper())
        ):
            u.kind, u.entry = "word", None  # "bà Nga": a person called Nga, not Russia
            continue
        piece = [u]
        canonical = u.known.canonical
        if (
            u.known.kind == "company"
            and nxt
            and nxt.label == "LOC"
            and nxt.known.kind == "country"
            and not nxt.claimed
            and nxt.start == u.end + 1
        ):
            piece.append(nxt)
            canonical = f"{canonical} {nxt.known.canonical}"
        for x in piece:
            x.claimed = True
        out.append(_Mention(piece[0].start, piece[-1].end, u.label, canonical))


def _person_shaped(u: _Unit) -> bool:
    ws = u.text.split()
    return _is_vi_name(ws) or _is_romaji_name(ws)


def _candidates(
    units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict, sent: int, out: list
) -> list[_Candidate]:
    """Runs of capitalised words nobody claimed, with the clues around them."""
    found: list[_Candidate] = []
    i = 0
    while i < len(units):
        u = units[i]
        if u.initial and not u.claimed and u.kind == "word" and u.text[:1].isupper():
            found.append(_Candidate([u], "", False, False, False, "", sent, initial=True))
            i += 1
            continue
        if u.claimed or not u.cap:
            i += 1
            continue
        if "acronyms" in rules and _retone(u.text) in aliases and u.kind == "word":
            u.claimed = True
            out.append(_Mention(u.start, u.end, "ORG", aliases[_retone(u.text)], sentence=sent))
            i += 1
            continue
        k = i
        while (
            k + 1 < len(units) and units[k + 1].cap and not units[k + 1].claimed and _adjacent(units[k], units[k + 1])
        ):
            k += 1
        run = units[i : k + 1]
        found.append(
            _Candidate(
                run,
                _title_before(units, i),
                _honorific_before(units, i),
                _loc_cue(units, i),
                _org_list(units, i, k),
                _model_label(run, lang),
                sent,
            )
        )
        i = k + 1
    return found


def _adjacent(a: _Unit, b: _Unit) -> bool:
    return b.start - a.end <= 1


def _title_before(units: list[_Unit], i: int) -> str:
    """The office named just before position ``i``, skipping places and organisations
    (``Đại sứ Nhật Bản tại Việt Nam Ito Naoki``, ``Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn``)."""
    k = i - 1
    while k >= 0 and i - k <= 8:
        x = units[k]
        if x.label == "TITLE":
            return x.known.canonical if x.known.kind == "office" else ""
        if x.label in ("ORG", "LOC") or x.claimed or x.text in ("tại", "of", "in"):
            k -= 1
            continue
        if x.kind == "word" and x.text[:1].isupper() and units[k].pos not in ("Np",) and not x.initial and k < i - 1:
            k -= 1  # Bộ trưởng Ngoại giao-like complements
            continue
        break
    return ""


def _honorific_before(units: list[_Unit], i: int) -> bool:
    return i > 0 and units[i - 1].label == "TITLE" and units[i - 1].known.kind in ("honorific", "office")


def _loc_cue(units: list[_Unit], i: int) -> bool:
    return i > 0 and units[i - 1].text in _LOC_PREPOSITIONS


def _org_list(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run an item in a list whose other items are organisations (Tokuyama, Tromso, T&T)?"""

    def org_at(j: int) -> bool:
        return 0 <= j < len(units) and units[j].claimed and units[j].label == "ORG"

    seps = {",", "và", "and", "&"}
    left = i >= 2 and units[i - 1].text in seps and org_at(i - 2)
    right = k + 2 < len(units) and units[k + 1].text in seps and org_at(k + 2)
    return left or (right and units[k + 1].text != ",")  # "X, FPT" alone may be an apposition


def _model_label(run: list[_Unit], lang: str) -> str:
    if lang != VI or not all(x.pos in ("Np",) for x in run):
        return ""
    labels = {x.ner[2:] for x in run if x.ner != "O"}
    return labels.pop() if len(labels) == 1 else ""


def _span_text(units: list[_Unit]) -> str:
    out = units[0].text
    for a, b in zip(units, units[1:], strict=False):
        out += (" " if b.start > a.end else "") + b.text
    return out


def _gaz_canonical(text: str, rules: frozenset[str]) -> str:
    if "gazetteer" not in rules:
        return ""
    entry = _lexicon(rules).exact.get(_key(_words(text)))
    return entry.canonical if entry and entry.label in ("ORG", "LOC") else ""


# --- an article ---------------------------------------------------------------------------------


def _check_rules(rules: Iterable[str] | None) -> frozenset[str]:
    chosen = frozenset(RULES if rules is None else rules)
    unknown = chosen - set(RULES)
    if unknown:
        raise ValueError(f"unknown rule(s) {sorted(unknown)}; choose from {list(RULES)}")
    return chosen


def extract_entities(text: str, lang: str | None = None, rules: Iterable[str] | None = None) -> pd.DataFrame:
    """Find the people, organisations and places a text names; one row per mention.

    ``lang`` is ``"vi"`` or ``"en"`` (guessed with :func:`helpers.text.detect_language` when
    None). ``rules`` switches rules on (default: all of :data:`RULES`). Sentences are tagged with
    :func:`helpers.text.tag` (cached), so a second call on the same text is fast.

    Columns: ``surface`` (exactly ``text[start:end]``), ``start``, ``end``, ``label`` (``PER``,
    ``ORG``, ``LOC``), ``canonical`` (one name per real-world entity). In text order.

    >>> extract_entities("Ông Nguyễn Văn Khoa, Chủ tịch Vinasa, cho biết. Ông Khoa nói thêm.")
               surface  start  end label        canonical
    0  Nguyễn Văn Khoa      4   19   PER  Nguyễn Văn Khoa
    1           Vinasa     30   36   ORG           Vinasa
    2             Khoa     52   56   PER  Nguyễn Văn Khoa
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
    mentions: list[_Mention] = []
    candidates: list[_Candidate] = []
    aliases: dict[str, str] = {}
    for n, (a, b) in enumerate(sentence_spans(text)):
        units = _sentence_units(text[a:b], a, lang, chosen)
        found: list[_Mention] = []
        if "acronyms" in chosen:
            _find_pairs(units, lang, chosen, aliases, found)
        if "patterns" in chosen:
            _org_names(units, lang, chosen, aliases, found)
            _loc_patterns(units, found)
        _gazetteer_units(units, found)
        for m in found:
            m.sentence = n
        mentions += found
        candidates += _candidates(units, lang, chosen, aliases, n, mentions)
    mentions += _decide(candidates, mentions, chosen)
    mentions.sort(key=lambda m: m.start)
    if "resolve" in chosen:
        _resolve_people(mentions)
    rows = [(text[m.start : m.end], m.start, m.end, m.label, m.canonical) for m in mentions]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _decide(candidates: list[_Candidate], mentions: list[_Mention], rules: frozenset[str]) -> list[_Mention]:
    """Label the unclaimed capitalised runs, now that the whole article has been read."""
    out: list[_Mention] = []
    pending: list[_Candidate] = []
    for c in candidates:
        words = " ".join(u.text for u in c.units).split()
        m = _Mention(c.units[0].start, c.units[-1].end, "PER", " ".join(words), sentence=c.sentence)
        listed = "patterns" in rules and c.org_list and not (c.title or c.honorific) and not _is_vi_name(words)
        if c.initial or listed:
            pending.append(c)  # Kobayashi Denki listed among companies is a company
        elif "person_names" in rules and (_is_vi_name(words) or _is_romaji_name(words)):
            m.title = c.title
            out.append(m)
        elif "titles" in rules and (c.title or c.honorific) and _name_like(c.units, words, strict=False, cued=True):
            m.title, m.short = c.title, len(words) == 1
            out.append(m)
        else:
            pending.append(c)
    parts = _name_parts([m.canonical for m in mentions + out if m.label == "PER" and len(m.canonical.split()) > 1])
    for c in pending:
        words = " ".join(u.text for u in c.units).split()
        m = _Mention(c.units[0].start, c.units[-1].end, "", " ".join(words), sentence=c.sentence)
        if "resolve" in rules and len(words) == 1 and words[0] in parts and _name_like(c.units, words, cued=c.initial):
            m.label, m.short = "PER", True
        elif c.initial:
            continue
        elif "patterns" in rules and c.org_list and _name_like(c.units, words, strict=False):
            m.label = "ORG"
        elif "patterns" in rules and c.loc_cue and _name_like(c.units, words, strict=False) and c.model != "PER":
            m.label = "LOC"
        elif "model" in rules and c.model in LABELS and _name_like(c.units, words) and not _clipped(words, rules):
            m.label = c.model
        if m.label:
            out.append(m)
    return out


def _name_like(units: list[_Unit], words: list[str], strict: bool = True, cued: bool = False) -> bool:
    """Could these words be a name? Proper nouns (underthesea ``Np``) in Vietnamese; in English,
    capitalised words that are not months, days or common words. ``strict`` also asks each word
    to look like a Vietnamese or Japanese syllable string (not ``Digital``, ``Network``).
    ``cued`` (a title or honorific just before): one capitalised Vietnamese syllable is a given
    name whatever underthesea's part of speech (``Thủ tướng Chính``)."""
    if any(_ACRONYM.match(w) and w.isupper() for w in words):
        return False
    if units[0].pos or any(u.pos for u in units):  # Vietnamese text
        single = cued and len(words) == 1 and _VI_SYLLABLE.match(_plain(words[0]))
        if not (single or all(u.pos == "Np" for u in units)):
            return False
        return not strict or all(_VI_SYLLABLE.match(_plain(w)) or _ROMAJI.match(w.lower()) for w in words)
    return all(w.lower() not in _NOT_NAMES_EN for w in words)


def _clipped(words: list[str], rules: frozenset[str]) -> bool:
    """A clipped country name used as an adjective: ``Việt`` (Việt Nam), ``Nhật`` (Nhật Bản)."""
    return len(words) == 1 and "gazetteer" in rules and words[0] in _country_heads()


@memoize(maxsize=1)
def _country_heads() -> frozenset[str]:
    g = _gazetteer()
    names = g[(g.kind == "country") & g.alias.str.contains(" ")].alias
    return frozenset(name.split()[0] for name in names)


def _name_parts(full_names: list[str]) -> set[str]:
    """The words a person may be called by alone: the given name of a Vietnamese name
    (``Khoa``), any part of another name (``Ishiba``, ``Shigeru``)."""
    parts = set()
    for name in full_names:
        words = name.split()
        parts.update([words[-1]] if _is_vi_name(words) else words)
    return parts


def _resolve_people(mentions: list[_Mention]) -> None:
    """One canonical name per person in an article (see the module docstring)."""
    people = [m for m in mentions if m.label == "PER"]
    groups: list[dict] = []
    for pos, m in enumerate(people):
        words = m.canonical.split()
        if len(words) < 2:
            continue
        group = next((g for g in groups if _same_person(words, g["forms"])), None)
        if group is None:
            group = {"forms": Counter(), "positions": [], "titles": set()}
            groups.append(group)
        group["forms"][m.canonical] += 1
        group["positions"].append(pos)
        group["titles"].add(m.title)
        m.group = group  # type: ignore[attr-defined]
    for pos, m in enumerate(people):
        if len(m.canonical.split()) >= 2:
            continue
        fits = [g for g in groups if m.canonical in _name_parts(list(g["forms"]))]
        if m.title and any(m.title in g["titles"] for g in fits):
            fits = [g for g in fits if m.title in g["titles"]]
        if not fits:
            continue
        before = [(max(p for p in g["positions"] if p < pos), g) for g in fits if any(p < pos for p in g["positions"])]
        group = max(before, key=lambda t: t[0])[1] if before else min(fits, key=lambda g: g["positions"][0])
        m.group = group  # type: ignore[attr-defined]
    for m in people:
        group = getattr(m, "group", None)
        if group is not None:
            m.canonical = _group_name(group["forms"])


def _group_name(forms: Counter) -> str:
    """The most frequent spelling (the first seen on a tie)."""
    best = max(forms.values())
    return next(f for f, n in forms.items() if n == best)


def _same_person(words: list[str], forms: Iterable[str]) -> bool:
    """Same words in any order, or one word spelt nearly the same (Takshi ~ Takeshi)."""
    for form in forms:
        other = form.split()
        if sorted(w.casefold() for w in words) == sorted(w.casefold() for w in other):
            return True
        if len(other) == len(words):
            diff = [(a, b) for a, b in zip(sorted(words), sorted(other), strict=True) if a.casefold() != b.casefold()]
            if len(diff) != 1:
                diff = [(a, b) for a, b in zip(words, other, strict=True) if a.casefold() != b.casefold()]
            if len(diff) == 1:
                a, b = diff[0]
                if (
                    min(len(a), len(b)) >= 5
                    and difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8
                ):
                    return True
    return False


# --- raw model output ---------------------------------------------------------------------------


def raw_ner_entities(text: str, lang: str | None = None) -> pd.DataFrame:
    """underthesea's own entity spans (its BIO tags joined), for comparison with :func:`extract_entities`.

    Same columns as :func:`extract_entities`; ``canonical`` is the surface (the model does not
    link names). The model reads Vietnamese only: English text gives no rows. ``MISC`` spans
    are dropped (not a label here).

    >>> raw_ner_entities("Thủ tướng Nhật Bản Ishiba Shigeru thăm Hà Nội.")[["surface", "label"]]
                       surface label
    0  Nhật Bản Ishiba Shigeru   LOC
    1                   Hà Nội   LOC
    """
    lang = lang or (detect_language(text) if text.strip() else VI)
    rows: list[tuple] = []
    if lang != VI or not text.strip():
        return pd.DataFrame(rows, columns=MENTION_COLUMNS).astype({"start": int, "end": int})
    for a, b in sentence_spans(text):
        sentence = text[a:b]
        tags = _tags(sentence)
        spans = token_spans(sentence, [t.word for t in tags])
        current: list | None = None
        for t, span in zip([*tags, None], [*spans, None], strict=True):
            inside = t is not None and t.ner.startswith("I-") and current and current[2] == t.ner[2:]
            if inside and span and current is not None:
                current[1] = span[1]
                continue
            if current and current[2] in LABELS:
                rows.append(
                    (
                        text[a + current[0] : a + current[1]],
                        a + current[0],
                        a + current[1],
                        current[2],
                        text[a + current[0] : a + current[1]],
                    )
                )
            current = [span[0], span[1], t.ner[2:]] if t is not None and span and t.ner[:2] in ("B-", "I-") else None
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


# --- a corpus -----------------------------------------------------------------------------------


def corpus_entities(corpus: pd.DataFrame, rules: Iterable[str] | None = None, raw: bool = False) -> pd.DataFrame:
    """Every mention in a corpus table (``doc_id``, ``lang``, ``text``, as from :func:`helpers.load_corpus`).

    Columns: ``doc_id`` then those of :func:`extract_entities`. With ``raw=True`` the mentions are
    underthesea's (:func:`raw_ner_entities`). When names are resolved, a person written two ways
    in different articles (``Shigeru Ishiba`` / ``Ishiba Shigeru``) gets one canonical name, the
    one written most often.

    >>> import helpers
    >>> m = corpus_entities(helpers.load_corpus())
    >>> m[m.canonical == "Iwaya Takeshi"].surface.value_counts().to_dict()
    {'Iwaya Takeshi': 2, 'Iwaya Takshi': 1}
    """
    chosen = _check_rules(rules)
    table = per_article(
        corpus,
        lambda doc: raw_ner_entities(doc.text, doc.lang) if raw else extract_entities(doc.text, doc.lang, chosen),
        MENTION_COLUMNS,
        "corpus_entities",
    )
    if not raw and "resolve" in chosen and len(table):
        table["canonical"] = _merge_people(table)
    return table.astype({"start": int, "end": int})


def _merge_people(table: pd.DataFrame) -> pd.Series:
    people = table[table.label == "PER"]
    counts = people.canonical.value_counts()
    groups: list[Counter] = []
    for name in sorted(counts.index, key=lambda n: (-counts[n], n)):
        if len(name.split()) < 2:
            continue
        group = next((g for g in groups if _same_person(name.split(), g)), None)
        if group is None:
            groups.append(Counter({name: counts[name]}))
        else:
            group[name] += counts[name]
    rename = {name: _group_name(g) for g in groups for name in g}
    return table.canonical.where(table.label != "PER", table.canonical.map(lambda n: rename.get(n, n)))


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per entity: ``canonical``, ``label``, ``articles`` (how many articles name it),
    ``mentions`` (how many times in all), ``aliases`` (the distinct surfaces, ``; ``-joined).

    Sorted by articles, then mentions (most first), then name.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "surface": ["Japan", "Nhật Bản", "Nhật Bản"],
    ...                   "label": ["LOC"] * 3, "canonical": ["Nhật Bản"] * 3})
    >>> entity_table(m)
      canonical label  articles  mentions          aliases
    0  Nhật Bản   LOC         2         3  Japan; Nhật Bản
    """
    if "doc_id" not in mentions.columns:
        mentions = mentions.assign(doc_id="")
    grouped = mentions.groupby(["canonical", "label"], sort=False)
    table = pd.DataFrame(
        {
            "articles": grouped["doc_id"].nunique(),
            "mentions": grouped.size(),
            "aliases": grouped["surface"].agg(lambda s: "; ".join(sorted(set(s)))),
        }
    ).reset_index()
    table = table.sort_values(["articles", "mentions", "canonical"], ascending=[False, False, True], ignore_index=True)
    return table[["canonical", "label", "articles", "mentions", "aliases"]]


def cooccurrence(mentions: pd.DataFrame, labels: Iterable[str] = ("PER", "ORG"), min_articles: int = 1) -> pd.DataFrame:
    """Pairs of entities named in the same article: ``source``, ``target``, ``articles`` (how many).

    Only entities with one of ``labels``; pairs named together in at least ``min_articles``
    articles. ``source`` < ``target`` alphabetically; sorted by articles (most first), then names.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "label": ["PER", "ORG", "PER", "ORG"],
    ...                   "canonical": ["Khoa", "Vinasa", "Khoa", "Vinasa"]})
    >>> cooccurrence(m)
      source  target  articles
    0   Khoa  Vinasa         2
    """
    keep = mentions[mentions.label.isin(list(labels))]
    pairs: Counter = Counter()
    for _, names in keep.groupby("doc_id")["canonical"]:
        unique = sorted(set(names))
        pairs.update((a, b) for i, a in enumerate(unique) for b in unique[i + 1 :])
    rows = [(a, b, n) for (a, b), n in pairs.items() if n >= min_articles]
    table = pd.DataFrame(rows, columns=["source", "target", "articles"])
    return table.sort_values(["articles", "source", "target"], ascending=[False, True, True], ignore_index=True)


def cooccurrence_graph(mentions: pd.DataFrame, labels: Iterable[str] = ("PER", "ORG")):
    """The co-occurrence network as a :class:`networkx.Graph`.

    Nodes are entities (canonical names) with attributes ``label``, ``mentions`` and
    ``articles`` (a sorted tuple of doc_ids); edges join entities named in the same article,
    with ``weight`` = how many articles name both. For drawing, ``pos`` holds each node's
    position (see :func:`article_layout`) and ``angle`` the direction (radians) in which its
    label has room, away from its group.

    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "label": ["PER", "ORG", "PER"],
    ...                   "canonical": ["Khoa", "Vinasa", "Khoa"]})
    >>> g = cooccurrence_graph(m)
    >>> sorted(g.nodes), g.edges["Khoa", "Vinasa"]["weight"], g.nodes["Khoa"]["articles"]
    (['Khoa', 'Vinasa'], 1, ('a', 'b'))
    """
    import networkx as nx

    keep = mentions[mentions.label.isin(list(labels))]
    graph = nx.Graph()
    for (name, label), group in keep.groupby(["canonical", "label"], sort=True):
        graph.add_node(name, label=label, mentions=len(group), articles=tuple(sorted(set(group.doc_id))))
    for row in cooccurrence(keep, labels).itertuples():
        graph.add_edge(row.source, row.target, weight=row.articles)
    pos, angle = _layout(graph)
    nx.set_node_attributes(graph, pos, "pos")
    nx.set_node_attributes(graph, angle, "angle")
    return graph


def article_layout(graph, radius: float = 18.0) -> dict[str, tuple[float, float]]:
    """Positions that keep each article's entities together, with no randomness.

    Articles sit on a large circle (in doc_id order); an entity named in one article goes on a
    ring around that article's point, an entity named in several goes between their points.

    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_node("A", label="PER", articles=("x",)); g.add_node("B", label="ORG", articles=("x", "y"))
    >>> sorted(article_layout(g))
    ['A', 'B']
    """
    return _layout(graph, radius)[0]


def _layout(graph, radius: float = 18.0) -> tuple[dict, dict]:
    import math

    docs = sorted({d for _, data in graph.nodes(data=True) for d in data["articles"]})
    centre = {
        d: (
            radius * math.cos(2 * math.pi * k / len(docs) + math.pi / 2),
            radius * math.sin(2 * math.pi * k / len(docs) + math.pi / 2),
        )
        for k, d in enumerate(docs)
    }
    groups: dict[tuple, list[str]] = defaultdict(list)
    for name, data in sorted(graph.nodes(data=True), key=lambda t: (t[1]["label"], t[0])):
        groups[data["articles"]].append(name)
    pos, angles = {}, {}
    for articles, names in groups.items():
        cx = sum(centre[d][0] for d in articles) / len(articles)
        cy = sum(centre[d][1] for d in articles) / len(articles)
        if len(articles) > 1:  # pull shared entities towards the middle of the picture
            cx, cy = cx * 0.55, cy * 0.55
        ring = (1.5 + 0.3 * len(names)) if len(articles) == 1 else 1.3 * (len(names) > 1)
        for k, name in enumerate(names):
            angle = 2 * math.pi * k / len(names) + 0.3
            pos[name] = (cx + ring * math.cos(angle), cy + ring * math.sin(angle))
            if len(articles) > 1:
                angles[name] = math.atan2(cy, cx) + 0.5 * (k - (len(names) - 1) / 2)
            elif math.cos(angle - math.atan2(-cy, -cx)) > 0.6 and len(names) > 8:
                angles[name] = angle + math.pi  # facing the middle: label inside the ring
            else:
                angles[name] = angle
    return pos, angles


# score_entities lives in helpers.evaluate; lesson 03 still imports it from here.
__getattr__ = forwarder(__name__, "evaluate", {"score_entities"})
