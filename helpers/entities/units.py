"""Units: a sentence cut into lexicon phrases, words and punctuation, and what rules make of them.

:func:`_sentence_units` cuts a sentence using underthesea's words (cached tags) and the lexicon;
rules then claim units as :class:`_Mention` objects, and the capitalised runs nobody claimed become
:class:`_Candidate` objects with the clues around them (a title before, a place preposition ...).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from .. import vocabulary
from ..cache import memoize
from ..languages import VI
from ..text import tag, token_spans
from .lexicon import (
    _ACRONYM,
    _LEGAL_FORMS_VI,
    _LOC_PREPOSITIONS,
    _NOT_NAMES_EN,
    _ORG_HEADS_VI,
    _ROMAJI,
    _VI_SYLLABLE,
    _WORD,
    _Entry,
    _given_names,
    _is_romaji_name,
    _is_vi_name,
    _Lexicon,
    _lookups,
    _plain,
    _retone,
)

#: The columns of a mention table (``corpus_entities`` puts ``doc_id`` first).
MENTION_COLUMNS = ["surface", "start", "end", "label", "canonical", "source"]


LABELS = ("PER", "ORG", "LOC")
#: The dashes that join two names (``Hoàng Mai - Giáp Bát``, ``Hanoi - Tokyo Narita``, ``Thanh Hà - Quang Vinh``).
_DASHES = ("-", "–")
#: A candidate's ``tagged`` when the learnt tagger (rule ``tagger``) sees no name in any of its words.
NO_NAME = "O"


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
    claimed_as: str = ""  # the label of the mention that claimed it (ORG, LOC, PER), if any

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
    source: str = ""  # where it came from: "model", "gazetteer" or "rule:<rule name>"
    long_name: str = ""  # the organisation's longer name this short form stands for (resolve)


def source_of(rule: str) -> str:
    """The ``source`` a rule's mentions carry: ``model``, ``gazetteer`` or ``rule:<name>``.

    >>> source_of("model"), source_of("gazetteer"), source_of("titles")
    ('model', 'gazetteer', 'rule:titles')
    """
    return rule if rule in ("model", "gazetteer") else f"rule:{rule}"


@dataclass
class _Sentence:
    """A sentence of the article as the rules read it: its number, text, offset in the article and units."""

    number: int
    text: str
    offset: int
    units: list[_Unit]


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
    opened: bool = False  # right after an opening quote or bracket ("Made by ...", (APN))
    title_after: bool = False  # followed by ", <title>" or a verb of saying (Keith Strier, vice president …)
    byline: bool = False  # the rest of a sentence that starts with "By" (By Thanh Tam)
    loc_list: bool = False  # an item of a list of three or more whose other items include a place
    before: str = ""  # the word just before the run (phía Bắc: a direction)
    hyphened: bool = False  # glued by a hyphen to the word before or after it (Covid-19, VN-Index)
    lead: str = ""  # the two words just before the run (Cuộc thi Hackathon: a contest's name)
    after: str = ""  # the word just after the run (Kyocera invested)
    office_of: bool = False  # after "<company office> of" (president of Sanko Denki): the office's company
    name_after: bool = False  # a personal name follows, maybe after a country (Giám đốc Marubeni Việt Nam Tanaka Ken)
    tagged: str = ""  # what the learnt tagger reads in the run (rule "tagger"): a label, NO_NAME or ""
    described: str = ""  # the last word of an English apposition after the run (Hoya, the lens maker,)
    route: bool = False  # joined by a spaced dash to a known place (Hanoi - Tokyo Narita: a route's end, a place)

    @property
    def words(self) -> list[str]:
        return " ".join(u.text for u in self.units).split()


def _mention(c: _Candidate, label: str) -> _Mention:
    """A mention spanning a candidate's words."""
    return _Mention(c.units[0].start, c.units[-1].end, label, " ".join(c.words), sentence=c.sentence)


def _claim(piece: list[_Unit], label: str, canonical: str, out: list[_Mention]) -> None:
    """The units of ``piece`` become one mention; no other rule may claim them."""
    for x in piece:
        x.claimed, x.claimed_as = True, label
    out.append(_Mention(piece[0].start, piece[-1].end, label, canonical))


def _free_capitals_end(units: list[_Unit], k: int) -> int:
    """Where the run of unclaimed capitalised words starting at ``k`` ends."""
    while k < len(units) and units[k].cap and not units[k].claimed:
        k += 1
    return k


@memoize(maxsize=8192)
def _tags(sentence: str) -> tuple:
    """underthesea tags of one sentence, each sentence tagged once (and cached on disk by ``tag``)."""
    return tuple(tag(sentence))


_Syllable = tuple[int, int, str]  # start, end, text


_Token = tuple[int, int, str, str, str]  # start, end, word, pos, ner


def _sentence_units(sentence: str, offset: int, lang: str, lex: _Lexicon) -> list[_Unit]:
    """Cut a sentence into units: lexicon phrases (longest first), words, punctuation."""
    sylls = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    tokens, tok_of = _underthesea_words(sentence, sylls, lang)
    keys = [_retone(x[2]) for x in sylls]
    fkeys = [k.casefold() for k in keys]
    options = [_lookups(lex, keys, fkeys, i) for i in range(len(sylls))]
    units: list[_Unit] = []
    i = 0
    while i < len(sylls):
        after_title = bool(units) and units[-1].label in ("TITLE", "locintro")  # Trưởng | Ban; tỉnh | Gunma Yamamoto
        match = _fitting_phrase(options[i], i, sylls, tokens, tok_of, lang, after_title)
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
        j = _word_end(i, sylls, tok_of, options, lang, _vi_name_token(tokens, tok_of[i]))
        b = sylls[j - 1][1]
        units.append(_Unit(a + offset, b + offset, sentence[a:b], "word", None, *_tok_info(tokens, tok_of[i])))
        i = j
    units = _join_initials(_join_hyphenated(units))
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
            for token in _legal_form_then_name((span[0], span[1], t.word, t.pos, t.ner), sylls):
                tokens += _name_then_word(token, sylls)
    j = 0
    for i, (a, _, _) in enumerate(sylls):
        while j < len(tokens) and tokens[j][1] <= a:
            j += 1
        if j < len(tokens) and tokens[j][0] <= a < tokens[j][1]:
            tok_of[i] = j
    return tokens, tok_of


def _legal_form_then_name(token: _Token, sylls: list[_Syllable]) -> list[_Token]:
    """underthesea's word, or two when it glued a legal form in capitals to the name after it (``CP LNG`` of
    ``Công ty CP LNG Việt Nam``: the legal form ``CP``, then the name ``LNG``; round 23 of issue 14)."""
    a, b, word, pos, ner = token
    words = word.split()
    if len(words) < 2 or words[0] not in _LEGAL_FORMS_VI or not words[0].isupper():
        return [token]
    inside = _syllables_in(a, b, sylls)
    if len(inside) != len(words):
        return [token]
    return [(a, inside[0][1], words[0], "N", "O"), (inside[1][0], b, " ".join(words[1:]), pos, ner)]


def _syllables_in(a: int, b: int, sylls: list[_Syllable]) -> list[_Syllable]:
    """The syllables, with their offsets, of the word from ``a`` to ``b``."""
    return [x for x in sylls if a <= x[0] < b]


def _name_then_word(token: _Token, sylls: list[_Syllable]) -> list[_Token]:
    """underthesea's word, or two when it read a name of two capitalised syllables or more and the lower-case
    word after it as one word that is no noun (``Phù Yên cảm ơn``, a verb: the district ``Phù Yên``, then
    ``cảm ơn``); a common noun written capitalised at first (``Trung học cơ sở``) stays whole."""
    a, b, word, pos, ner = token
    words = word.split()
    k = next((n for n, w in enumerate(words) if not w[:1].isupper()), len(words))
    if k < 2 or k == len(words) or pos.startswith("N") or not all(w.islower() for w in words[k:]):
        return [token]
    inside = _syllables_in(a, b, sylls)
    if len(inside) != len(words):
        return [token]  # a mark inside the word (Mine-Akiyoshidai): not read as syllables alone
    name, rest = inside[:k], inside[k:]
    return [
        (a, name[-1][1], " ".join(x[2] for x in name), "Np", ner),
        (rest[0][0], b, " ".join(x[2] for x in rest), pos, "O"),
    ]


#: Signs a country's letters are glued to in a currency's symbol (``US$``, ``HK$``).
_CURRENCY_SIGNS = ("$", "¥", "€", "£")


def _fitting_phrase(
    options: list[tuple[int, _Entry]],
    i: int,
    sylls: list[_Syllable],
    tokens: list[_Token],
    tok_of: list[int],
    lang: str,
    after_title: bool = False,
) -> tuple[int, _Entry] | None:
    """The longest lexicon phrase at syllable ``i`` that fits underthesea's words.

    Titles and kind words are whole words, maybe with an abbreviation's full stop (``TS.``; ``Đại sứ`` is not the
    start of ``Đại sứ quán``), a title
    ending in a capitalised organisation word ends before it (``Trưởng Ban Đối ngoại``: the office of
    the body Ban Đối ngoại; ``Trưởng ban``: the office alone), a
    known name inside a person's name is not that name (``Đức`` in ``Nguyễn Minh Đức``), and a
    known place inside a longer Vietnamese place name is not that place (``Đức`` in ``Thủ Đức``), nor is a
    one-syllable place that starts a common word (``Áo dài``, ``Pháp luật``), an English organisation word
    is none before a glued hyphen (``Co-Creation``), and a name
    glued to a currency sign is part of the sign (``US`` of ``US$``).
    """
    token_ends = {t[1] for t in tokens}
    for n, entry in options:
        if i + n < len(sylls) and sylls[i + n][2] in _CURRENCY_SIGNS and sylls[i + n][0] == sylls[i + n - 1][1]:
            continue
        if entry.label == "orghead_en" and _glued_hyphen(sylls, i + n):
            continue  # Co-Creation: a word's first part, no organisation word
        fits = _vi_fit(n, entry, i, sylls, tokens, tok_of, token_ends, after_title) if lang == VI and tokens else n
        if fits is not None and not (lang != VI and _place_in_vi_name(n, entry, i, sylls)):
            return fits, entry
    return None


def _glued_hyphen(sylls: list[_Syllable], k: int) -> bool:
    """Does a hyphen glued on both sides stand at syllable ``k`` (``Co-Creation``)?"""
    return 0 < k < len(sylls) - 1 and sylls[k][2] == "-" and sylls[k - 1][1] == sylls[k][0] == sylls[k + 1][0] - 1


def _place_in_vi_name(n: int, entry: _Entry, i: int, sylls: list[_Syllable]) -> bool:
    """Is the known place of ``n`` syllables at ``i`` the given names of a Vietnamese person written
    without marks, right after a family name (``Nguyen Hai Duong``, ``Le Thai Binh``: people, not the
    provinces), the whole a personal name of at most four syllables?"""
    if entry.label != "LOC" or n < 2 or i == 0 or sylls[i - 1][1] + 1 != sylls[i][0]:
        return False
    words = [syl[2] for syl in sylls[i - 1 : i + n]]
    return len(words) <= 4 and _is_vi_name(words)


def _vi_fit(
    n: int,
    entry: _Entry,
    i: int,
    sylls: list[_Syllable],
    tokens: list[_Token],
    tok_of: list[int],
    token_ends: set[int],
    after_title: bool,
) -> int | None:
    """How many of the ``n`` syllables of ``entry`` at syllable ``i`` fit underthesea's words (see
    :func:`_fitting_phrase`); None when the phrase does not fit."""
    a, b = sylls[i][0], sylls[i + n - 1][1]
    if entry.label not in ("ORG", "LOC") and not _whole_word(entry, n, i, sylls, tokens, tok_of, token_ends):
        return None  # a title or kind word is a whole word; an abbreviation (KCN, UBND) may start one
    if entry.label == "TITLE" and n > 1 and sylls[i + n - 1][2] in _ORG_HEADS_VI:
        return n - 1  # Trưởng | Ban Tuyên giáo: the office and the body (Trưởng ban: the office)
    if _common_word(entry, n, tokens, tok_of[i], a):
        return None  # Áo dài, Viên chức, Ý kiến: a word that starts with a country's name
    p = None if after_title else _person_token(tokens, tok_of[i])  # Trưởng | Ban, tỉnh | Gunma …: no person
    p = p or (_proper_token(tokens, tok_of[i], n, a) if entry.label == "LOC" else None)
    return None if p and (p[0] < a or b < p[1]) else n


def _whole_word(
    entry: _Entry,
    n: int,
    i: int,
    sylls: list[_Syllable],
    tokens: list[_Token],
    tok_of: list[int],
    token_ends: set[int],
) -> bool:
    """Do the ``n`` syllables at ``i`` end an underthesea word, maybe before an abbreviation's full stop (``TS.``),
    or is ``entry`` an abbreviation (``KCN``) or an organisation word heading a longer word (:func:`_head_of_name`)?"""
    b = sylls[i + n - 1][1]
    stop = i + n < len(sylls) and sylls[i + n][2] == "." and sylls[i + n][0] == b and sylls[i + n][1] in token_ends
    return b in token_ends or stop or entry.canonical.isupper() or _head_of_name(entry, n, i, sylls, tokens, tok_of)


def _head_of_name(
    entry: _Entry, n: int, i: int, sylls: list[_Syllable], tokens: list[_Token], tok_of: list[int]
) -> bool:
    """Is ``entry`` an organisation word that starts an underthesea common noun going on with a capital
    (``Viện Hàn lâm Khoa học`` read as one word)? Then it heads the name as if it stood alone; not in a
    proper noun (``Hội An``, a city)."""
    k = i + n
    if entry.label != "orghead" or k >= len(sylls) or tok_of[i] < 0 or tok_of[k] != tok_of[i]:
        return False
    start, _, _, pos, _ = tokens[tok_of[i]]
    return start == sylls[i][0] and pos == "N" and sylls[k][2][:1].isupper()


def _common_word(entry: _Entry, n: int, tokens: list[_Token], index: int, start: int) -> bool:
    """Is ``entry`` a one-syllable place and does underthesea word ``index`` start at ``start`` and go on
    in lower case? Then the place is the capitalised first syllable of a common word (``Áo dài``, ``Viên
    chức``, ``Pháp luật``), not Austria, Vienna or France; a foreign place run into a Vietnamese word stays a
    place."""
    if entry.label != "LOC" or n != 1 or index < 0:
        return False
    a, _, word, _, _ = tokens[index]
    first, *rest = word.split()
    vietnamese = bool(_VI_SYLLABLE.match(_plain(first)))  # not Nagasaki | tập dượt, read as one word
    return vietnamese and a == start and bool(rest) and all(w.islower() for w in rest)


def _proper_token(tokens: list[_Token], index: int, syllables: int, start: int = -1) -> tuple[int, int] | None:
    """The span of underthesea word ``index`` if it is a proper noun of capitalised Vietnamese
    syllables that holds a known place of ``syllables`` syllables (starting at ``start``) as a part of
    another name: a one-syllable place (``Đức`` in ``Thủ Đức``), or any place in a word underthesea's
    model calls a place; not a place that starts the word before a person's full name (``Bắc Ninh
    Vương Quốc Tuấn``: UBND tỉnh Bắc Ninh, then its officer)."""
    if index < 0:
        return None
    a, b, word, pos, ner = tokens[index]
    words = word.split()
    vietnamese = all(w[:1].isupper() and _VI_SYLLABLE.match(_plain(w)) for w in words)
    person_after = start == a and len(words) - syllables >= 3 and _is_vi_name(words[syllables:])
    inside = pos == "Np" and vietnamese and (syllables == 1 or ner.endswith("LOC"))
    return (a, b) if inside and not person_after else None


def _vi_name_token(tokens: list[_Token], index: int) -> bool:
    """Is underthesea word ``index`` a proper noun shaped like a Vietnamese personal name (``Nguyễn Đức Tài``)?"""
    return index >= 0 and tokens[index][3] == "Np" and _is_vi_name(tokens[index][2].split())


def _person_token(tokens: list[_Token], index: int) -> tuple[int, int] | None:
    """The span of underthesea word ``index`` if it has the shape of a person's name."""
    if index < 0:
        return None
    a, b, word, pos, _ = tokens[index]
    ws = word.split()
    return (a, b) if pos == "Np" and (_is_vi_name(ws) or _is_romaji_name(ws)) else None


def _word_end(
    i: int,
    sylls: list[_Syllable],
    tok_of: list[int],
    options: list[list[tuple[int, _Entry]]],
    lang: str,
    person: bool = False,
) -> int:
    """Where a word starting at syllable ``i`` ends: the rest of its underthesea word, up to the next
    known name (not inside a Vietnamese ``person``'s name: ``Đức`` in ``Nguyễn Đức Tài``), before a lower-case
    syllable that follows a capitalised one in a proper noun, and before a capitalised syllable that
    follows a lower-case one (underthesea's ``thổ Khu công nghiệp``: a name starts there)."""
    j = i + 1
    while (
        lang == VI
        and j < len(sylls)
        and tok_of[j] == tok_of[i]
        and tok_of[i] >= 0
        and sylls[j][2][0].isalnum()
        and not _foreign_then_lower(sylls, i, j)
        and not (sylls[j][2][0].isupper() and sylls[j - 1][2][0].islower())  # động thổ | Khu công nghiệp
        and not _foreign_then_vi_name(sylls, tok_of, i, j)
        and (person or not any(e.label in ("ORG", "LOC", "orghead_en", "lochead_en") for _, e in options[j]))
    ):
        j += 1
    return j


def _foreign_then_vi_name(sylls: list[_Syllable], tok_of: list[int], i: int, j: int) -> bool:
    """Does an underthesea word run, at syllable ``j``, from a foreign name into a Vietnamese
    personal name (``Vinamilk Mai Kiều Liên`` after a title: the company, then its officer)?"""
    if _VI_SYLLABLE.match(_plain(sylls[j - 1][2])) or not sylls[j - 1][2][:1].isupper():
        return False
    rest = [syl[2] for k, syl in enumerate(sylls) if k >= j and tok_of[k] == tok_of[i]]
    return _is_vi_name(rest)


def _foreign_then_lower(sylls: list[_Syllable], i: int, j: int) -> bool:
    """Does an underthesea word run, at syllable ``j``, from a capitalised foreign syllable into a
    lower-case Vietnamese one, inside a sentence (``Rikkei mở``, ``Asterisk tuyển``)? Then it is a
    name and a verb, cut apart. A Vietnamese name keeps lower-case syllables (``Khoa học``)."""
    prev, word = sylls[j - 1][2], sylls[j][2]
    if not (word[0].islower() and prev[0].isupper()) or _VI_SYLLABLE.match(_plain(prev)):
        return False
    return i > 0 and sylls[i - 1][2] not in (".", "!", "?", ":", '"', "“", "(", "…")


def _join_hyphenated(units: list[_Unit]) -> list[_Unit]:
    """``Young`` ``-`` ``sam`` -> ``Young-sam``: a word, a hyphen and a lower-case word, unspaced; also two
    capitalised foreign words (``Nishi-Nippon``, ``Mercedes-Benz``; not two known names, ``US-China``, nor
    Vietnamese syllables, ``Bến Thành-Suối Tiên``: two names), or one or two capitals and a capitalised word
    (``T-Matsuoka``, ``JX-Nippon``)."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        if (
            u.kind == "word"
            and k + 2 < len(units)
            and units[k + 1].text == "-"
            and units[k + 2].kind == "word"
            and (_lower_tail(units[k + 2]) or _foreign_pair(u, units[k + 2]) or _initials_pair(u, units[k + 2]))
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


def _join_initials(units: list[_Unit]) -> list[_Unit]:
    """``O`` ``.`` ``S`` ``.`` ``K`` ``.`` -> ``O.S.K.``: two or more capital letters each glued to a full stop
    are one word, the initials inside a name (``Mitsui O.S.K. Lines``, ``J.P. Morgan``); a known phrase
    (``U.S.``) is already one unit. A name suffix keeps its full stop (``Jr.``), and an abbreviation that opens a
    name joins it (:func:`_dotted_opening`: ``B.Grimm``, ``St. Mary``)."""
    out: list[_Unit] = []
    k = 0
    while k < len(units):
        j = k
        while (
            j + 1 < len(units)
            and _initial_letter(units[j])
            and units[j + 1].text == "."
            and units[j + 1].start == units[j].end
        ):
            j += 2
            if j < len(units) and units[j].start != units[j - 1].end:
                break
        if j - k >= 4:
            u = units[k]
            out.append(
                _Unit(u.start, units[j - 1].end, "".join(x.text for x in units[k:j]), "word", None, u.pos, u.ner)
            )
            k = j
            continue
        if (joint := _dotted_opening(units, k)) is not None:  # B.Grimm, St. Mary's (round 24 of issue 14)
            u, nxt = units[k], units[k + 2]
            out.append(_Unit(u.start, nxt.end, f"{u.text}.{joint}{nxt.text}", "word", None, u.pos, u.ner))
            k += 3
            continue
        if _name_suffix(units, k):  # Ferdinand Marcos Jr.: the full stop belongs to the name
            u = units[k]
            out.append(_Unit(u.start, units[k + 1].end, u.text + ".", "word", None, u.pos, u.ner))
            k += 2
            continue
        out.append(units[k])
        k += 1
    return out


#: English name suffixes written with a full stop (``Ferdinand Marcos Jr.``).
_NAME_SUFFIXES = ("Jr", "Sr")


def _name_suffix(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a name suffix glued to its full stop, right after a capitalised word and not at the
    sentence's end, where the full stop ends the sentence (``Marcos Jr. said``)?"""
    return (
        0 < k < len(units) - 2
        and units[k].text in _NAME_SUFFIXES
        and units[k + 1].text == "."
        and units[k + 1].start == units[k].end
        and units[k - 1].text[:1].isupper()
    )


def _dotted_opening(units: list[_Unit], k: int) -> str | None:
    """What joins an abbreviation at ``k`` and its full stop to the capitalised word that follows, when together they
    open a name: nothing after one capital (``B.Grimm``), a space after ``St`` (Saint: ``St. Mary's``, not a street
    after a name, ``Nguyen Hue St.``); None if they do not."""
    if k + 2 >= len(units) or units[k + 1].text != "." or units[k + 1].start != units[k].end:
        return None
    dot, nxt = units[k + 1], units[k + 2]
    if nxt.kind != "word" or not nxt.text[:1].isupper():
        return None
    if _initial_letter(units[k]) and nxt.start == dot.end and not nxt.text.isupper():
        return ""
    return " " if units[k].text == "St" and nxt.start == dot.end + 1 else None


def _initial_letter(x: _Unit) -> bool:
    return x.kind == "word" and len(x.text) == 1 and x.text.isupper()


def _lower_tail(x: _Unit) -> bool:
    """A lower-case word that goes on a hyphenated word (not ``based``: ``Boise-based``, a place and an adjective)."""
    return x.text.islower() and x.text not in ("based", "headquartered")


def _initials_pair(a: _Unit, b: _Unit) -> bool:
    """One or two capitals, then a capitalised word (``T``, ``Matsuoka``; round 20 of issue 14)."""
    return len(a.text) <= 2 and a.text.isalpha() and a.text.isupper() and b.text[:1].isupper()


def _foreign_pair(a: _Unit, b: _Unit) -> bool:
    """Two capitalised one-word units, neither a Vietnamese syllable (``Nishi``, ``Nippon``)."""
    words = [*a.text.split(), *b.text.split()]
    return len(words) == 2 and all(
        w[:1].isupper() and w[1:].islower() and not _VI_SYLLABLE.match(_plain(w)) for w in words
    )


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
            title_stop = u.text == "." and k > 0 and units[k - 1].label == "TITLE" and units[k - 1].end == u.start
            after_open = after_open or opening or (u.text in ".!?…" and not title_stop)  # not after Mr.
            continue
        if after_open and u.kind == "word" and u.text[:1].isupper():
            u.initial = _capital_only_first(units, k, lang)
        after_open = False


def _capital_only_first(units: list[_Unit], k: int, lang: str) -> bool:
    """Is the first word of a sentence, at ``k``, capitalised only because it comes first?"""
    u = units[k]
    if lang == VI:
        return u.pos not in ("Np", "Ny")
    nxt = units[k + 1] if k + 1 < len(units) else None
    common = u.text.lower() in _NOT_NAMES_EN  # the stopwords among them
    return common or not (nxt and nxt.kind in ("word", "lex") and nxt.text[:1].isupper())


def _person_shaped(u: _Unit) -> bool:
    ws = u.text.split()
    return _is_vi_name(ws) or _is_romaji_name(ws)


#: A rule that may claim a word, with the words of a group company after it, as a mention
#: (units, position, language, sentence number, mentions so far) -> how many units it claimed.
AliasClaim = Callable[[list["_Unit"], int, str, int, list["_Mention"]], int]


def _group_name_end(units: list[_Unit], i: int, lang: str) -> int:
    """Where a company's name at ``i`` goes on into one or two more capitalised words that make
    another organisation of its group (``Mitsubishi Motors``, ``Sumitomo Life``, ``SMBC Consumer
    Finance``; in Vietnamese text only words that are not Vietnamese syllables), and a country
    after them (``Toyota Motor Vietnam``); ``i`` if it does not. A run of three words or more, one
    with a common word (a headline: ``Mitsui Buys Into ...``) or one shaped like a person's name
    (``Toyota Toyoda Akio``) is not the company's."""
    k = i + 1
    while k < len(units) and _group_word(units, k, lang):
        k += 1
    k += k > i + 1 and _country_after(units, k)  # Toyota Motor Vietnam: the group company's unit for a country
    after = units[k] if k < len(units) else None
    run_goes_on = after is not None and after.kind in ("word", "lex") and after.text[:1].isupper()
    person = _person_shaped_run(units[i + 1 : k])  # Chủ tịch Toyota Toyoda Akio: the person after the company
    return i if k - i > 4 or run_goes_on or person else k - 1


def _country_after(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a known country written one space after the unit before it?"""
    x = units[k] if k < len(units) else None
    return x is not None and not x.claimed and x.start == units[k - 1].end + 1 and _is_country(x)


def _is_country(x: _Unit) -> bool:
    """Is ``x`` a country the lexicon knows (``Nhật Bản``, ``Vietnam``)?"""
    return x.label == "LOC" and x.kind == "lex" and x.known.kind == "country"


def _group_word(units: list[_Unit], k: int, lang: str) -> bool:
    """Does unit ``k`` go on a known company's name: a capitalised foreign word one space on, or a second
    known company's name with more words of the name after it (``Sumitomo Mitsui Financial Group``, ``Sony
    Honda Mobility``: a joint name; ``Nipro Panasonic,`` in a list is two companies)?"""
    x = units[k]
    if _second_company(units, k):
        return True
    if x.kind != "word" or x.claimed or x.initial or not x.text[:1].isupper() or x.start != units[k - 1].end + 1:
        return False
    vietnamese = lang == VI and all(_VI_SYLLABLE.match(_plain(w)) for w in x.text.split())  # Hải Dương: a place
    return x.text.lower() not in _NOT_NAMES_EN and not vietnamese


def _second_company(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a free known company's name one space after another organisation's, with a
    capitalised word one space after it (``Sumitomo Mitsui Financial``, ``Sony Honda Mobility``)?"""
    x, before = units[k], units[k - 1]
    nxt = units[k + 1] if k + 1 < len(units) else None
    goes_on = nxt is not None and nxt.text[:1].isupper() and nxt.start == x.end + 1 and nxt.kind in ("word", "lex")
    second = x.label == "ORG" and x.known.kind == "company" and before.label == "ORG" and goes_on
    return second and not x.claimed and x.start == before.end + 1


def _candidates(
    units: list[_Unit], lang: str, sent: int, out: list[_Mention], claim_alias: AliasClaim | None = None
) -> list[_Candidate]:
    """Runs of capitalised words nobody claimed, with the clues around them.

    ``claim_alias`` (the acronyms rule, when on) may claim a word as a later use of a known name first.
    """
    found: list[_Candidate] = []
    i = 0
    while i < len(units):
        u = units[i]
        free = not u.claimed and u.kind == "word" and u.text[:1].isupper()
        if free and claim_alias is not None and (n := claim_alias(units, i, lang, sent, out)):
            i += n  # a later use of a name or term the article has paired (a sentence's first word too)
        elif u.initial and free:
            found.append(
                _Candidate([u], "", False, False, False, "", sent, initial=True, opened=_term_bracket(units, i))
            )
            i += 1
        elif u.claimed or not u.cap or _office_word(units, i):
            i += 1
        else:
            k = _free_run_end(units, i)
            found.append(_candidate(units, i, k, lang, sent))
            i = k + 1
    return found


def _dashed_to_place(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run ``units[i..k]`` joined by a spaced dash to a known place before or after it (``Hanoi - Tokyo
    Narita``): one end of a route?"""
    before = (
        i > 1 and units[i - 1].text in _DASHES and units[i - 2].label == "LOC" and units[i - 1].start > units[i - 2].end
    )
    after = k + 2 < len(units) and units[k + 1].text in _DASHES and units[k + 2].label == "LOC"
    return before or (after and units[k + 1].end < units[k + 2].start)


def _term_bracket(units: list[_Unit], i: int) -> bool:
    """Is the word at ``i`` right after a bracket that follows a lower-case word: a term's abbreviation
    (``hereditary angioedema (HAE)``), not a name's (``Phuoc An Port Investment and Operation JSC (PAP)``)?"""
    opened = i > 1 and units[i - 1].text == "(" and units[i - 1].end == units[i].start
    return opened and units[i - 2].kind == "word" and units[i - 2].text.islower()


def _office_word(units: list[_Unit], i: int) -> bool:
    """Is the Vietnamese word at ``i`` an office, not a name: one that starts with ``Trưởng`` ("head of":
    ``Trưởng Đoàn`` of a delegation; the family name is ``Trương``), or a common noun written with a
    capital before a personal name (``Quốc vụ khanh Adachi Masashi``: an office the gazetteer does not know,
    then the person)?"""
    u = units[i]
    syllables = u.text.split()
    if not u.pos or u.kind != "word":
        return False
    if syllables[0] == "Trưởng":
        return True
    nxt = units[i + 1] if i + 1 < len(units) else None
    sentence_case = u.pos == "N" and len(syllables) > 1 and any(w.islower() for w in syllables[1:])
    return sentence_case and nxt is not None and _adjacent(u, nxt) and _person_shaped(nxt)


def title_case_line(units: list[_Unit]) -> bool:
    """Is this English sentence a headline in title case (``Japan Bets on Gas, Wind and Grids in
    Vietnam's Energy Transition``): no full stop at its end, and of its words of four letters or more
    that no lexicon phrase explains (nor months or weekdays), three or more and at least three in four
    capitalised? Its capitals
    are the style, not names.

    >>> def line(s): return [_Unit(m.start(), m.end(), m.group(), "word") for m in _WORD.finditer(s)]
    >>> title_case_line(line("Japan Bets on Gas, Wind and Grids")), title_case_line(line("Toyota said it will invest."))
    (True, False)
    """
    if (units and units[-1].text in (".", "!", "?")) or _signed(units):
        return False  # Author: Hoang Minh Chau; Mai Nguyen in Hanoi: a byline, its capitals a name
    words = [u.text for u in units if _style_word(u) and len(u.text) >= 4 and u.text.replace(" ", "").isalpha()]
    words = [w for w in words if w.lower() not in _NOT_NAMES_EN]  # By Thao Nguyen | 10 January: a byline
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 3 and capitals >= 0.75 * len(words)


def _style_word(u: _Unit) -> bool:
    """Does the word show the line's casing: one no lexicon phrase explains, or a phrase in lower case (``Buon Kai
    village``: a known name is capitalised in any style, a kind word only in a headline's)?"""
    return (u.kind == "word" and u.entry is None) or (u.kind in ("word", "lex") and u.text[:1].islower())


def _signed(units: list[_Unit]) -> bool:
    """Is the sentence a byline: opened by a byline word, maybe in brackets (``(Reporting by Kenji Sato``), a
    correspondents' line (:func:`_correspondents_line`) or a column's name and its writer (``Analysis by …``)?"""
    opened = units[1:] if units and units[0].text == "(" else units
    return bool(_byline_opener(opened)) or _correspondents_line(units) or _labelled_byline_line(units)


def _labelled_byline_line(units: list[_Unit]) -> bool:
    """Is the sentence a column's name and its writer (``Critical Questions by Emily Hart``)?"""
    i = next((j + 1 for j, x in enumerate(units[:5]) if x.text == "by"), 0)
    k = i
    while k + 1 < len(units) and units[k + 1].kind == "word" and units[k + 1].text[:1].isupper():
        k += 1
    return 1 < i < len(units) and _labelled_byline(units, i, k)


def _free_run_end(units: list[_Unit], i: int) -> int:
    """The last unit of the run of adjacent unclaimed capitalised words that starts at ``i`` (a
    foreign word before a personal name ends it: :func:`_brand_then_person`; so does a date: ``By Hoang Phong
    November 22, 2019``)."""
    k = i
    while k + 1 < len(units) and units[k + 1].cap and not units[k + 1].claimed and _adjacent(units[k], units[k + 1]):
        if _brand_then_person(units, k) or _dated(units[k + 1 : k + 3]):
            break
        k += 1
    return k


def _brand_then_person(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a foreign word (not a Vietnamese syllable, not part of a Japanese name) followed
    by a personal name (``Chủ tịch Sojitz Fujimoto Masayoshi``: the company, then its chairman)?"""
    words = units[k].text.split()
    foreign = len(words) == 1 and not _VI_SYLLABLE.match(_plain(words[0])) and not _ROMAJI.match(words[0].lower())
    return units[k].kind == "word" and foreign and _person_shaped(units[k + 1])


def _candidate(units: list[_Unit], i: int, k: int, lang: str, sent: int) -> _Candidate:
    """The run ``units[i..k]`` with the clues around it."""
    run = units[i : k + 1]
    return _Candidate(
        run,
        _title_before(units, i),
        _honorific_before(units, i),
        _loc_cue(units, i),
        _org_list(units, i, k),
        _model_label(run, lang),
        sent,
        opened=i > 0 and units[i - 1].text in _OPENERS and units[i - 1].end == run[0].start,
        title_after=_title_after(units, k),
        byline=_byline(units, i, k),
        loc_list=_in_long_list(units, i, k, "LOC"),
        before=units[i - 1].text if i > 0 else "",
        hyphened=_hyphen_glued(units, i, k),
        name_after=_name_after(units, k),
        lead=" ".join(x.text for x in units[max(0, i - 2) : i]),
        after=units[k + 1].text if k + 1 < len(units) else "",
        described=_apposition_noun(units, k),
        route=_dashed_to_place(units, i, k),
        office_of=_company_office_of(units, i),
    )


#: Offices held in a company: the name after "<office> of" is the company's (president of Sanko Denki).
_COMPANY_OFFICES = frozenset(
    {"chairman", "vice chairman", "president", "vice president", "director", "general director", "deputy director"}
)


def _company_office_of(units: list[_Unit], i: int) -> bool:
    """Is the run at ``i`` right after ``<company office> of`` (``president of Sanko Denki``)?"""
    office = units[i - 2] if i >= 2 else None
    held = office is not None and office.label == "TITLE" and office.known.canonical in _COMPANY_OFFICES
    return held and units[i - 1].text == "of"


def _name_after(units: list[_Unit], k: int) -> bool:
    """Is the run ending at ``k`` followed, maybe over one known place, by a personal name?"""
    j = k + 1
    if j < len(units) and units[j].label == "LOC" and _adjacent(units[j - 1], units[j]):
        j += 1
    return j < len(units) and _adjacent(units[j - 1], units[j]) and not units[j].claimed and _person_shaped(units[j])


def _byline(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run ``units[i..k]`` the name of a byline: a byline word first (``By``, ``Author:``;
    ``helpers/data/byline_words_en.txt``), maybe after a date and ``|`` (``July 19, 2023 | by Priya Nair``), then
    only punctuation or a ``|`` before the date (``By Thao Nguyen | 10 January, 2025``), or no byline word and a
    date after ``|`` or a comma (``Max Hollis | Dec 16 2025``, ``Jess Arundel, 12 May 2021``)? A news agency's
    credits in brackets are bylines too, one per part between semicolons (``(Reporting by Kenji Sato; Editing by
    Jane Doe)``)."""
    start = max((j + 1 for j in range(i) if units[j].text in ("(", ";", "|")), default=0)  # July 19, 2023 | by …
    opener = _byline_opener(units[start:])
    signed = start + opener == i and _signature_end(units, i, k, opener > 0)
    return signed or _labelled_byline(units, i, k) or _writers_line(units) or _correspondents_line(units)


def _labelled_byline(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run ``units[i..k]`` the writer of a line that names a column then its writer (``Critical Questions
    by Emily Hart``, ``Analysis by Kenji Mori``): one to four capitalised words, ``by``, a writer's name and
    nothing after it but punctuation or a date? Round 18 of issue 14."""
    label = units[: i - 1]
    if not 2 <= i <= 5 or units[i - 1].text != "by":
        return False
    titled = all(x.kind == "word" and x.text[:1].isupper() and not x.label for x in label)
    return titled and _signature_end(units, i, k, True) and _writer_shaped([x.text for x in units[i : k + 1]])


def _signature_end(units: list[_Unit], i: int, k: int, opened: bool) -> bool:
    """After the name ``units[i..k]`` of a possible byline: only punctuation, its date, or ``|``/``;`` before more
    credits; with no byline word before it (not ``opened``) and no date, no ``|`` after it
    (``Industrial Equipment | Vietnam``: a section) and a writer's shape (not ``Cold Chain``)."""
    rest = units[k + 1 :]
    dated = _date_after(rest)  # Max Hollis | Dec 16 2025
    ends = all(x.kind == "punct" for x in rest) or dated or (bool(rest) and rest[0].text in ("|", ";"))
    if opened or dated:
        return ends
    section = bool(rest) and rest[0].text == "|"
    return ends and not section and _writer_shaped([x.text for x in units[i : k + 1]])


def _writer_shaped(texts: list[str]) -> bool:
    """Could a line of these capitalised words alone be a writer's name: Vietnamese syllables (``Linh Pham``),
    romanised Japanese (``Kenji Mori``) or a given name first (``Jess Arundel``); not a section's name
    (``Development Finance``, ``Cold Chain``)?

    >>> _writer_shaped(["Linh", "Pham"]), _writer_shaped(["Jess", "Arundel"]), _writer_shaped(["Cold", "Chain"])
    (True, True, False)
    """
    words = " ".join(texts).split()
    vietnamese = all(_VI_SYLLABLE.match(_plain(w)) for w in words)
    return vietnamese or _is_romaji_name(words) or words[0].split("-")[0] in _given_names()


def _date_after(rest: list[_Unit]) -> bool:
    """Do the units after a byline's name open with its date, maybe after ``|`` or a comma?"""
    return bool(rest) and (_dated(rest) or (rest[0].text in ("|", ",") and _dated(rest[1:])))


def _dated(units: list[_Unit]) -> bool:
    """Do ``units`` open with a date (a month's name and a number, or the other way round: ``November 22, 2019 |
    09:40``, ``22 November``), as a byline's date after the writer's name does?"""
    first, second = units[0].text, units[1].text if len(units) > 1 else ""
    return (first in _MONTH_NAMES and second[:1].isdigit()) or (first.isdigit() and second in _MONTH_NAMES)


_MONTH_NAMES = frozenset(name for name in (*calendar.month_name, *calendar.month_abbr) if name)


def _writers_line(units: list[_Unit]) -> bool:
    """Is the sentence only names joined by dashes, as Vietnamese papers sign a report (``Thanh Hà - Quang Vinh``)?"""
    dashes = [x for x in units if x.text in _DASHES]
    names = all(x.text in _DASHES or (x.kind == "word" and x.text[:1].isupper()) for x in units)
    return names and bool(dashes) and len(units) == 2 * len(dashes) + 1


def _correspondents_line(units: list[_Unit]) -> bool:
    """Is the sentence only writers and the places they write from, as English papers sign a report
    (``Mai Nguyen in Hanoi and Kenji Mori in Tokyo``): capitalised words, ``in`` and a known place, joined by
    ``and`` or a comma?"""
    return _CORRESPONDENTS.fullmatch("".join(map(_shape, units))) is not None


#: A writer (capitalised words), "in" and a place, then more joined by "and" or a comma; a full stop may end it.
_CORRESPONDENTS = re.compile(r"N+iL(?:(?:,|a|,a)N+iL)*\.?")


def _shape(x: _Unit) -> str:
    """One letter for a unit of a correspondents' line (:data:`_CORRESPONDENTS`)."""
    if x.label == "LOC":
        return "L"
    if x.kind == "word" and x.text[:1].isupper() and not x.label:
        return "N"
    return {"in": "i", "and": "a", ",": ",", ".": "."}.get(x.text, "?")


def _byline_opener(units: list[_Unit]) -> int:
    """How many units open a sentence as a byline does (``By``, ``Author :``, ``Written by``), 0 if none.

    >>> def line(s): return [_Unit(m.start(), m.end(), m.group(), "word") for m in _WORD.finditer(s)]
    >>> [_byline_opener(line(s)) for s in ("Author: Hoang Minh Chau", "By An Nguyen", "Byron")]
    [2, 1, 0]
    """
    for n in (3, 2, 1):
        if len(units) > n and " ".join(u.text for u in units[:n]).lower() in _byline_words():
            return n + 1 if units[n].text == ":" else n
    return 0


@memoize(maxsize=1)
def _byline_words() -> frozenset[str]:
    return frozenset(vocabulary.words("byline_words_en.txt"))


def _hyphen_glued(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run ``units[i..k]`` glued by a hyphen to a word before or after it?"""
    before = i > 1 and units[i - 1].text == "-" and units[i - 2].end == units[i - 1].end - 1 == units[i].start - 1
    after = k + 2 < len(units) and units[k + 1].text == "-" and units[k].end == units[k + 1].start
    return before or (after and units[k + 2].start == units[k + 1].end) or _after_slashed_code(units, i)


def _after_slashed_code(units: list[_Unit], i: int) -> bool:
    """Is ``units[i]`` glued by a slash to a code with a number (``57-NQ/TW``: a document's number, not
    the outlet of a byline ``Như Tâm/NDH``)?"""
    if i < 2 or units[i - 1].text != "/" or units[i - 1].end != units[i].start:
        return False
    k = i - 1
    while k > 0 and units[k - 1].end == units[k].start:
        k -= 1
        if any(ch.isdigit() for ch in units[k].text):
            return True
    return False


_OPENERS = {'"', "“", "‘", "'", "("}
_APOSTROPHES = ("'", "’")
_SAYING = {"said", "says", "told", "added", "noted", "stressed"}


def _apposition_noun(units: list[_Unit], k: int) -> str:
    """The head noun of a short English description set off by a comma after the run ending at ``k``
    (``Hoya, the optical glass and lens maker,`` -> ``maker``; ``Nhan Dan, the newspaper of …`` -> ``newspaper``):
    ``, the``/``a``/``an``, at most six lower-case words (a possessive among them: ``the group's developer``) or
    nationality adjectives (``a Japanese maker``), then a comma or a full stop, or ``of``/``in`` after the head;
    "" if none."""
    if k + 3 >= len(units) or units[k + 1].text != "," or units[k + 2].text not in ("the", "a", "an"):
        return ""
    j = k + 3
    while j < len(units) and j <= k + 8 and units[j].kind == "word" and _common(units[j].text):
        if units[j].text in ("of", "in") and j > k + 3:
            return units[j - 1].text  # the newspaper of Vietnam's Communist Party
        j += 1 + _possessive_s(units, j + 1)  # the group's real estate developer
    closed = j < len(units) and units[j].text in (",", ".") and j > k + 3
    return units[j - 1].text if closed else ""


def _possessive_s(units: list[_Unit], j: int) -> int:
    """How many units the possessive ``'s`` at ``j`` takes: 2, or 0 if there is none."""
    return 2 if j + 1 < len(units) and units[j].text in ("'", "’") and units[j + 1].text == "s" else 0


def _common(word: str) -> bool:
    """A lower-case word, or a capitalised English word that is never a name (``Japanese``)."""
    return word.islower() or word.lower() in _NOT_NAMES_EN


def _title_after(units: list[_Unit], k: int) -> bool:
    """Is the run ending at ``k`` followed by ``, <title>`` or a verb of saying (English apposition)?"""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and nxt.text in _SAYING:
        return True
    after = units[k + 2] if k + 2 < len(units) else None
    return (
        nxt is not None
        and nxt.text == ","
        and after is not None
        and (after.label == "TITLE" or _role_after(units, k + 2))
    )


#: Words that may stand before a role noun in an apposition (``vice provost``, ``global chief strategist``).
_ROLE_MODIFIERS = frozenset(
    "vice deputy senior global general managing executive former acting assistant associate regional "
    "country founding chief s".split()
)


def _role_after(units: list[_Unit], k: int) -> bool:
    """Does the apposition starting at ``k`` name a person's role (``helpers/data/role_nouns_en.txt``,
    or a title), with nothing before it but modifiers, capitalised words and possessives (``vice
    provost for …``, ``JERA's global chief strategist``; not ``met the Minister``)?"""
    while k < len(units):
        x = units[k]
        if x.label == "TITLE" or x.text.lower() in _role_nouns():
            return True
        lead = (
            x.text in _APOSTROPHES or x.text.lower() in _ROLE_MODIFIERS or (x.kind != "punct" and x.text[:1].isupper())
        )
        if not lead:
            return False
        k += 1
    return False


@memoize(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return frozenset(vocabulary.words("role_nouns_en.txt"))


def _adjacent(a: _Unit, b: _Unit) -> bool:
    return b.start - a.end <= 1


def _title_before(units: list[_Unit], i: int) -> str:
    """The office named just before position ``i``, skipping places and organisations
    (``Đại sứ Nhật Bản tại Việt Nam Ito Naoki``, ``Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn``).
    None right after ``of``: ``Minister of Economy`` names the office's field, not a person."""
    if i > 0 and units[i - 1].text == "of":
        return ""
    k = _skip_title_stop(units, i) - 1
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
    j = _skip_title_stop(units, i)
    return j > 0 and units[j - 1].label == "TITLE" and units[j - 1].known.kind in ("honorific", "office")


def _skip_title_stop(units: list[_Unit], i: int) -> int:
    """``i``, or ``i - 1`` when the unit before ``i`` is the full stop of an abbreviated title (``Mr.``)."""
    stop = units[i - 1] if i > 0 else None
    glued = stop is not None and stop.text == "." and i > 1 and units[i - 2].end == stop.start
    return i - 1 if glued and units[i - 2].label == "TITLE" else i


def _loc_cue(units: list[_Unit], i: int) -> bool:
    return i > 0 and units[i - 1].text in _LOC_PREPOSITIONS


def _org_list(units: list[_Unit], i: int, k: int) -> bool:
    """Is the run an item in a list whose other items are organisations (Tokuyama, Tromso, T&T)?

    Two items need a ``và``/``and``/``&`` on the right (``X, FPT`` alone may be an apposition); in a
    list of three or more (``Toyota, Ford, Nissan and Volvo``) one organisation among the others is
    enough, unless the run has the shape of a person's name (``Ishiba Shigeru, Kishida Fumio và JICA``).
    """

    def org_at(j: int) -> bool:
        return 0 <= j < len(units) and units[j].claimed and "ORG" in (units[j].label, units[j].claimed_as)

    left = i >= 2 and units[i - 1].text in _LIST_SEPARATORS and org_at(i - 2)
    right = k + 2 < len(units) and units[k + 1].text in _LIST_SEPARATORS and org_at(k + 2)
    return left or (right and units[k + 1].text != ",") or _in_long_list(units, i, k, "ORG")


def _in_long_list(units: list[_Unit], i: int, k: int, label: str) -> bool:
    """Is the run ``units[i..k]`` an item of a list of three or more whose other items include one
    labelled ``label`` (``Toyota, Ford, Nissan and Volvo``; ``Mie, Aichi and Hokkaido``), and not
    shaped like a person's name?"""
    last = i > 0 and units[i - 1].text in _LIST_ENDS  # after "and" the run ends its list
    others = _list_items(units, i, -1) + ([] if last else _list_items(units, k, 1))
    labelled = any(units[j].claimed and label in (units[j].label, units[j].claimed_as) for j in others)
    return len(others) >= 2 and labelled and not _person_shaped_run(units[i : k + 1])


def _person_shaped_run(run: list[_Unit]) -> bool:
    """Do the words of ``run`` have the shape of a Vietnamese or Japanese personal name?"""
    words = [w for u in run for w in u.text.split()]
    return _is_vi_name(words) or _is_romaji_name(words)


_LIST_SEPARATORS = {",", "và", "and", "&"}


#: The separators before a list's last item: none comes after them (``A and B, C`` is no list of three).
_LIST_ENDS = _LIST_SEPARATORS - {","}


def _list_between(between: str) -> bool:
    """Is ``between``, the text between two names, only what separates a list's items: a comma, ``and``, ``và``,
    ``&`` or a comma and one of them?

    >>> _list_between(" and "), _list_between(", and "), _list_between(" of ")
    (True, True, False)
    """
    words = between.replace(",", " , ").split()
    return 0 < len(words) <= 2 and all(w in _LIST_SEPARATORS for w in words)


def _list_items(units: list[_Unit], j: int, step: int) -> list[int]:
    """The positions of the list items next to the item at ``j``, walking left (``step`` -1) or right
    (1): each is the capitalised word or name after (before) a separator. ``và``/``and`` comes before a
    list's last item only, so the walk stops there (``Toyota, Ford and Volvo``; not ``A and B, C``).

    >>> from helpers.entities.units import _Unit
    >>> words = [_Unit(n, n + 1, w, "word") for n, w in enumerate("Industry and Trade , Viet".split())]
    >>> _list_items(words, 2, -1), _list_items(words, 2, 1), _list_items(words, 4, -1)
    ([0], [4], [2])
    """
    found: list[int] = []
    comma = False
    while 0 <= j + 2 * step < len(units) and units[j + step].text in _LIST_SEPARATORS:
        x, end = units[j + 2 * step], units[j + step].text in _LIST_ENDS
        if x.kind not in ("word", "lex") or not x.text[:1].isupper() or (end and comma and step < 0):
            break
        found.append(j + 2 * step)
        j += 2 * step
        comma = comma or not end
        if end and step > 0:
            break
        while (
            0 <= j + step < len(units)
            and units[j + step].kind in ("word", "lex")
            and units[j + step].text[:1].isupper()
        ):
            j += step  # over the other words of a name of several words
    return found


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


def _name_like(units: list[_Unit], words: list[str], strict: bool = True, cued: bool = False) -> bool:
    """Could these words be a name? Proper nouns (underthesea ``Np``) in Vietnamese; in English,
    capitalised words that are not months, days or common words. ``strict`` also asks each word
    to look like a Vietnamese or Japanese syllable string (not ``Digital``, ``Network``).
    ``cued`` (a title or honorific just before): one capitalised Vietnamese syllable is a given
    name whatever underthesea's part of speech (``Thủ tướng Chính``)."""
    if any(_ACRONYM.match(w) and w.isupper() for w in words):
        return False
    if not any(u.pos for u in units):  # English text: no part-of-speech tags
        return all(w.lower() not in _NOT_NAMES_EN for w in words)
    single = cued and len(words) == 1 and _VI_SYLLABLE.match(_plain(words[0]))
    if not (single or all(u.pos == "Np" for u in units)):
        return False
    return not strict or all(_VI_SYLLABLE.match(_plain(w)) or _ROMAJI.match(w.lower()) for w in words)
