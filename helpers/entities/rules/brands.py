"""Rule "brands": an unknown acronym or foreign brand name is an organisation.

What no other rule explains is labelled here, before the model's guess: an acronym in capitals
(``HABECO``, ``TTXVN``, ``MHLW``) that is not a common abbreviation (``USD``, ``ODA``, ``AI``;
``helpers/data/not_names_abbreviations.txt``) in either language, and in Vietnamese text one
capitalised word that is not a Vietnamese syllable (``Vinamilk``, ``Bloomberg``, ``Kyodo``), and in
either language a word with capitals inside it (``HoSE``, ``KrASIA``), and in English a name with a
company noun before it or a company verb after it (:func:`english_company`):
a Vietnamese article writes people and places it does not know in Vietnamese form or with a
title before them (which the rules before this one read). Its known weakness: a foreign place
written in its own spelling (``Chennai``) becomes an organisation too. A word right after an
opening quote or bracket is left alone: a quoted slogan (``"Made by ..."``) or a term's
abbreviation (``All-Photonics Network (APN)``; an organisation's is claimed by the acronyms rule
before), and so is a word glued by a hyphen to another (``Covid-19``, ``VN-Index``: an identifier
or a compound term), and so is a word right after a word for a programme, event, contest, app or
model (``helpers/data/term_words.txt``: ``Cuộc thi Hackathon``, ``ứng dụng Zalo``). Nor is a run in which the
learnt tagger (rule ``tagger``, when on) sees no name, unless a company cue names it (:func:`english_company`,
:func:`_group_company`): on 143 articles neither had seen, that left out 13 wrong organisations (``A321neo``,
``PGS``, ``Polysilicon``) and 3 right ones (issue 14, session 13).
"""

from __future__ import annotations

import re

from ... import vocabulary
from ...cache import memoize
from ..lexicon import _ACRONYM, _NOT_NAMES_EN, _ROMAN, _VI_SYLLABLE, _is_romaji_name, _plain
from ..units import _MONTH_NAMES, NO_NAME, _Candidate, _Mention, _mention
from .gazetteer import known_company
from .titles import office_company


@memoize(maxsize=1)
def _company_cues() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns before a company's name, verbs after it): ``helpers/data/company_cues_en.txt``."""
    cues = vocabulary.words("company_cues_en.txt")
    nouns = frozenset(w.removesuffix(":person") for w in cues if not w.endswith(":after"))
    return nouns, frozenset(w.removesuffix(":after") for w in cues if w.endswith(":after"))


@memoize(maxsize=1)
def company_nouns() -> frozenset[str]:
    """Nouns for a kind of company that never come right before a person's name (``company``, ``brokerage``;
    not ``investor``): ``helpers/data/company_cues_en.txt`` without its ``:person`` and ``:after`` entries."""
    return frozenset(w for w in vocabulary.words("company_cues_en.txt") if ":" not in w)


def english_company(c: _Candidate) -> bool:
    """An unknown English name with a company cue: a company noun before it (``the brokerage
    Nomura``, ``law firm Baker McKenzie``) or closing a description after it (``Hoya, the optical glass
    and lens maker,``) or, for a lone word, a company verb after it
    (``Kyocera invested``; not a common word: ``the Vietnam-Japan Festival opened``); not a name shaped
    like a person's after a noun that may also name one (``investor Kenji Sato``; but ``parent company Ryohin
    Keikaku``, and ``Nhan Dan, the newspaper of the Party,``: a noun that never names a person, before or after)."""
    if any(u.pos for u in c.units) or c.title or c.honorific or len(c.words) > 3:
        return False
    nouns, verbs = _company_cues()
    described = c.before in nouns or c.described in nouns  # the brokerage Nomura; Hoya, the lens maker,
    if described and c.words[0].lower() not in _NOT_NAMES_EN:  # a Tokyo-based Japanese firm: no name
        return len(c.words) == 1 or not _is_romaji_name(c.words) or bool(company_nouns() & {c.before, c.described})
    return len(c.words) == 1 and c.after in verbs and not c.initial and c.words[0].lower() not in _NOT_NAMES_EN


@memoize(maxsize=1)
def _term_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary.words("term_words.txt"))


@memoize(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(vocabulary.words("not_names_abbreviations.txt"))


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """ORG for an acronym or a foreign-looking name no other rule labelled (not after a title, unless
    a personal name follows it: the office's company)."""
    words = c.words
    if _not_a_brand(c):
        return None
    cued = english_company(c) or _group_company(c)
    if not cued and "tagger" in rules and c.tagged == NO_NAME:  # the learnt tagger sees no name here
        return None
    word = words[0] if len(words) == 1 else ""
    spelt = len(word) > 4 and word.lower() in _NOT_NAMES_EN  # JAPANESE, a word in capitals (not WHO, an acronym)
    brand = ((_acronym(word) or _mixed_case(word)) and not spelt) or cued
    if brand or (any(u.pos for u in c.units) and _foreign(words)):  # foreign: Vietnamese text (tagged) only
        return _mention(c, "ORG")
    return None


def _group_company(c: _Candidate) -> bool:
    """A known company's name and one or two foreign words: a company of its group (``Toyota Boshoku``)."""
    words = c.words
    foreign = not any(_VI_SYLLABLE.match(_plain(w)) for w in words[1:])
    return 2 <= len(words) <= 3 and known_company(words[0]) and foreign and not c.honorific


def _not_a_brand(c: _Candidate) -> bool:
    """A run the context says is no brand: after an office or honorific (unless it is the office's
    company: Giám đốc Marubeni Tanaka Ken, Tổng Giám đốc Sojitz), after a term word (Cuộc thi Hackathon), after a place
    preposition (unless a brand's shape or a company cue says otherwise: in VietinBank; at Wacom, a maker,),
    an opening quote or bracket, glued by a hyphen, a common abbreviation or a code (T2), a run that ends in a term
    word (the Japan Expo)."""
    office = (c.title or c.honorific) and not office_company(c)
    named_thing = _named_thing(c)
    common = any(_abbreviation(w) or _code(w) for w in c.words) or _of_a_number_or_time(c)
    place = c.loc_cue and not any(_mixed_case(w) for w in c.words) and not english_company(c)  # in VietinBank
    return office or named_thing or place or c.opened or c.hyphened or common


_MONTHS = frozenset(m.upper() for m in _MONTH_NAMES) | {"SEPT"}
_YEAR = re.compile(r"^(1[89]|20)[0-9]{2}$")


def _of_a_number_or_time(c: _Candidate) -> bool:
    """One word in capitals that belongs to the number or timestamp around it: a month (``FEB 3 2026``,
    ``03 DEC 2020``: :mod:`calendar`'s English names), an acronym after a clock time (``9:41 AM EST``,
    ``06.00 BST``: a time zone) or a unit after a number (``50 MWdc``, ``3.2 GWe``; not after a year:
    ``in 2019 HABECO``). Round 18 of issue 14.

    >>> from types import SimpleNamespace as S
    >>> [_of_a_number_or_time(S(words=[w], before=b)) for w, b in [("FEB", ","), ("EST", "AM"), ("MWdc", "50"),
    ...                                                            ("HABECO", "2019"), ("HABECO", "of")]]
    [True, True, True, False, False]
    """
    if len(c.words) != 1 or not (_acronym(c.words[0]) or _mixed_case(c.words[0])):
        return False
    before = c.before.casefold()
    number = before.isdigit() and not _YEAR.match(before)
    return c.words[0] in _MONTHS or before in ("am", "pm") or number


def _named_thing(c: _Candidate) -> bool:
    """Is the run a programme's, event's or other named thing's name: after a term word (``Cuộc thi Hackathon``),
    described as one (``COVAX, the vaccine programme,``) or ending in one (``the Japan Expo``)?"""
    return after_term_word(c) or holds_term_word([c.described, c.words[-1]])


def holds_term_word(words: list[str]) -> bool:
    """Is one of ``words`` a word for a programme, event or other named thing (``Expo``, ``Assistance``:
    ``helpers/data/term_words.txt``, in any case)?"""
    return any(w.casefold() in _term_words() for w in words)


def after_term_word(c: _Candidate) -> bool:
    """Is the run right after a word for a programme, contest, app or other named thing (``Cuộc thi
    Hackathon``, ``ứng dụng Zalo``; ``helpers/data/term_words.txt``)?"""
    lead = c.lead.casefold()
    return any(lead == t or lead.endswith(" " + t) for t in _term_words())


def _code(word: str) -> bool:
    """A code of one or two capitals and a number: a terminal, model or grade (``T2``, ``ST25``, ``F1``), or of
    capitals and four digits or more: a bond's or contract's number (``MSFCLH2430001``); no organisation (a company
    so named is found after its company word: ``Tập đoàn PC1``).

    >>> [_code(w) for w in ("T2", "ST25", "AKB48", "BIDV", "MSFCLH2430001")]
    [True, True, False, False, True]
    """
    return bool(_CODE.match(word))


_CODE = re.compile(r"^(?:[A-Z]{1,2}[0-9]+|[A-Z]+[0-9]{4,})$")


def _abbreviation(word: str) -> bool:
    """A common abbreviation, alone or glued to a number (``USD``, ``VND1``: a sum, no name)."""
    return word.rstrip("0123456789") in _abbreviations()


def _acronym(word: str) -> bool:
    """An acronym in capitals (``BIDV``), not a Roman numeral (``II``)."""
    return bool(_ACRONYM.match(word)) and word.isupper() and not _ROMAN.match(word)


def _mixed_case(word: str) -> bool:
    """A word of letters with two capitals or more and a lower-case letter (``VPBank``, ``HoSE``,
    ``VietinBank``), not a ``Mc``/``Mac`` surname nor an acronym's plural (``MOUs``).

    >>> [_mixed_case(w) for w in ("VPBank", "HoSE", "McKinsey", "Bloomberg", "BIDV", "MOUs")]
    [True, True, False, False, False, False]
    """
    upper = sum(ch.isupper() for ch in word)
    plural = word[:-1].isupper() and word.endswith("s")  # MOUs, SMEs: a term's plural
    return word.isalpha() and 2 <= upper < len(word) and not plural and not word.startswith(("Mc", "Mac"))


def _foreign(words: list[str]) -> bool:
    """One capitalised word of four letters or more that is neither a Vietnamese syllable nor a
    common English word (``Vietcombank``, ``Bloomberg``; not ``Made``-like words of a slogan run)."""
    if len(words) != 1:
        return False  # several foreign words in a Vietnamese text: a slogan, product or programme
    w = words[0]
    return len(w) >= 4 and w[1:].islower() and not _VI_SYLLABLE.match(_plain(w)) and w.lower() not in _NOT_NAMES_EN
