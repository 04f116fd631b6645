"""Units: the counted noun or unit of measure written after a number (lesson 04, ``04_figures.ipynb``).

``5.500 dự án`` counts ``dự án``, ``50 Vietnamese engineers`` counts ``engineers``, ``200MW`` and ``a
180-hectare site`` are measured in ``MW`` and ``hectare``, ``3 "nhà"`` counts a quoted noun. A unit is cut where
a reader would cut it, with the counted-noun lists and the function words of :mod:`helpers.figures.words`.
"""

from __future__ import annotations

import re

from ..languages import EN, VI
from ..numbers import EN_NUMBER_WORDS, EN_TEENS, EN_TENS, EN_UNITS, SP
from .words import (
    _CLOSE_QUOTES,
    _EN_FUNCTION,
    _EN_NOUN_RE,
    _EN_NOUNS,
    _OPEN_QUOTES,
    _UNIT_SYMBOLS,
    _VI_FUNCTION,
    _VI_NOT_AFTER_WORD_NUMBER,
    _VI_NOUN_RE,
    _WORD,
)

#: A unit of measure glued to its number (``200MW``): helpers/data/unit_symbols.txt, longest first.
_GLUED_MEASURE = re.compile(
    "(?:" + "|".join(map(re.escape, sorted(_UNIT_SYMBOLS, key=len, reverse=True))) + r")(?![^\W_])"
)


def _unit_after(text: str, pos: int, lang: str, written: str) -> tuple[str, int, int] | None:
    """The counted noun after ``pos``: (unit, span start, span end).

    The span covers what the surface must include (adjectives before an English noun, the
    quotes around a quoted noun); the unit is the noun itself.
    """
    m = re.compile(rf"{SP}+").match(text, pos)
    if not m:
        glued = _GLUED_MEASURE.match(text, pos)  # "200MW", "150ha", "3km2": a unit of measure glued to the number
        if glued:
            return glued.group(), pos, glued.end()
        return _hyphenated_unit(text, pos) if lang == EN else None
    p = m.end()
    if p < len(text) and text[p] in _OPEN_QUOTES:
        return _quoted_unit(text, p)
    lm = (_VI_NOUN_RE if lang == VI else _EN_NOUN_RE).match(text, p)
    if lm:
        return lm.group(), p, lm.end()
    if lang == EN and _title_case_line(text, p):
        text = _lower_ascii(text)  # Japan Funds Eight Grassroots Projects: a headline's capitals are its style
    return _unit_in_words(text, p, lang, written)


def _title_case_line(text: str, pos: int) -> bool:
    """Is the line around ``pos`` an English headline in title case: no full stop at its end, and three in four of
    its words of four letters or more capitalised, three at least (``Japan Funds Eight Grassroots Projects With About
    US$1.2 Million``)?

    >>> _title_case_line("Japan Funds Eight Grassroots Projects", 12), _title_case_line("Japan funds two.", 0)
    (True, False)
    """
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start : len(text) if end < 0 else end].rstrip()
    words = re.findall(r"[A-Za-z]{4,}", line)
    capitals = sum(w[0].isupper() for w in words)
    return not line.endswith((".", "!", "?")) and capitals >= 3 and capitals >= 0.75 * len(words)


def _lower_ascii(text: str) -> str:
    """``text`` with its ASCII capitals in lower case, every offset kept.

    >>> _lower_ascii("Eight Projects in Đà Nẵng")
    'eight projects in Đà nẵng'
    """
    return _ASCII_CAPITAL.sub(lambda m: m.group().lower(), text)


_ASCII_CAPITAL = re.compile("[A-Z]")


def _unit_in_words(text: str, p: int, lang: str, written: str) -> tuple[str, int, int] | None:
    """The counted noun among the words at ``p`` (no listed noun, no quote there): after English
    capitalised modifiers, else in words that start lower-case with no function word (an English word
    that adds to a count, ``more``, ``other``, may start them).

    >>> _unit_in_words("two more factories", 4, "en", "words")
    ('factories', 4, 18)
    >>> _unit_in_words("12 to 14", 3, "en", "digits") is None
    True
    """
    words = _words_at(text, p, 3 if lang == VI else 5)
    if not words:
        return None
    first = words[0].group()
    function = _VI_FUNCTION if lang == VI else _EN_FUNCTION
    if lang == EN and first[0].isupper():
        return _en_unit_after_names(text, p)
    if not first[0].islower() or (first.lower() in function and not (lang == EN and first in _EN_COUNT_MODIFIERS)):
        return None
    if lang == VI:
        return _vi_unit(text, words, written)
    return _en_unit(words)


_EN_NAMES_THEN_NOUN = re.compile(rf"(?:[A-Z][\w&.-]*{SP}+){{1,4}}(?=[a-z])")
_EN_CARDINAL_WORDS = "|".join(sorted([*EN_UNITS, *EN_TEENS, *EN_TENS], key=len, reverse=True))
_EN_AND_ANOTHER_COUNT = re.compile(rf"(?:and|or){SP}+(?:\d+|{_EN_CARDINAL_WORDS}){SP}+(?=[A-Z])")


def _en_unit_after_names(text: str, p: int) -> tuple[str, int, int] | None:
    """English: a counted noun after capitalised modifiers (``50 Vietnamese engineers``,
    ``three ODA projects``, ``three Official Development Assistance projects``); the span starts
    at the modifiers and the unit is the noun.

    >>> _en_unit_after_names("three ODA projects", 6)
    ('projects', 6, 18)
    >>> _en_unit_after_names("five In Tokyo", 5) is None
    True
    >>> _en_unit_after_names("eight Vietnamese and five Japanese firms", 6)
    ('firms', 6, 16)
    """
    m = _EN_NAMES_THEN_NOUN.match(text, p)
    if m is None:
        return None
    shared = _EN_AND_ANOTHER_COUNT.match(text, m.end())
    if shared:  # "eight Vietnamese and five Japanese firms": the noun of the second count, the span up to "and"
        noun = _en_unit_after_names(text, shared.end())
        return None if noun is None else (noun[0], p, m.end() - len(m.group()) + len(m.group().rstrip()))
    words = _words_at(text, m.end())
    if not words or words[0].group().lower() in _EN_FUNCTION:
        return None
    found = _en_unit(words)
    if found is None:
        return None
    unit, _, end = found
    if not (unit.endswith("s") or _EN_NOUN_RE.fullmatch(unit)):
        return None  # "25 Ly Thuong Kiet street", "10 Downing Street said": an address, not a count
    return unit, p, end


_EN_SINGULAR_NOUNS = frozenset(n.lower() for n in _EN_NOUNS) | frozenset(
    n.lower()[:-1] for n in _EN_NOUNS if n.endswith("s") and not n.endswith("ss")
)


def _hyphenated_unit(text: str, pos: int) -> tuple[str, int, int] | None:
    """A counted noun joined to the number by a hyphen (``a 180-hectare site``, ``a 12-member team``,
    ``a 40,000-square-metre factory``, ``a four-nation tour``: :func:`_hyphened_noun`).

    >>> _hyphenated_unit("a 180-hectare site", 5), _hyphenated_unit("COVID-19", 5)
    (('hectare', 6, 13), None)
    """
    m = re.compile(r"-([a-z]+(?:-[a-z]+){0,2})(?![\w-])").match(text, pos)
    if m is None:
        return None
    noun = m.group(1)
    return (
        (noun, m.start(1), m.end(1)) if noun.replace("-", " ") in _EN_SINGULAR_NOUNS or _hyphened_noun(noun) else None
    )


#: Words after a hyphened number that make a set phrase, no counted noun (a one-stop shop, two-way trade).
_NOT_HYPHENED_UNITS = frozenset({"stop", "step", "way", "off", "time", "fold", "star", "hand", "sided", "digit"})


def _hyphened_noun(word: str) -> bool:
    """Is ``word``, joined to a number by a hyphen, a noun the number counts (``a four-nation tour``, ``an eight-lane
    bridge``, ``a three-tranche loan``): a word of three letters or more, not a set phrase's
    (:data:`_NOT_HYPHENED_UNITS`) nor a noun of a kind of thing (``two-wheelers``, ``a seven-seater``)? Round 27 of
    issue 14; before, only the counted nouns of ``helpers/data/counted_nouns_en.txt`` were read so.

    >>> [_hyphened_noun(w) for w in ("nation", "lane", "nanometer", "wheelers", "seater", "stop", "of")]
    [True, True, True, False, False, False, False]
    """
    kind = word.endswith(("er", "ers")) and not word.endswith(("meter", "meters", "liter", "liters"))  # 2-nanometer
    return word.isalpha() and len(word) >= 3 and word not in _NOT_HYPHENED_UNITS and not kind


def _quoted_unit(text: str, p: int) -> tuple[str, int, int] | None:
    """A quoted noun (``3 "nhà"``): short, starting with a letter."""
    close = re.compile(rf"([^\n{_CLOSE_QUOTES}{_OPEN_QUOTES}]{{1,40}}?)([{_CLOSE_QUOTES}])").match(text, p + 1)
    if not close or len(close.group(1).split()) > 4 or not close.group(1)[:1].isalpha():
        return None
    return close.group(1).strip(), p, close.end()


def _words_at(text: str, p: int, limit: int = 3) -> list[re.Match[str]]:
    """Up to ``limit`` words starting exactly at ``p``, separated by single runs of spaces."""
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(text, p):
        if w.start() != p or len(words) >= limit:
            break
        words.append(w)
        p = w.end()
        sp = re.compile(rf"{SP}+").match(text, p)
        if not sp:
            break
        p = sp.end()
    return words


def _vi_unit(text: str, words: list[re.Match[str]], written: str) -> tuple[str, int, int] | None:
    """Vietnamese: one or two lower-case words that are not function words (``dự án``)."""
    if written == "words" and words[0].group().lower() in _VI_NOT_AFTER_WORD_NUMBER:
        return None
    last = words[0]
    if len(words) > 1 and words[1].group()[0].islower() and words[1].group().lower() not in _VI_FUNCTION:
        last = words[1]
    return text[words[0].start() : last.end()], words[0].start(), last.end()


def _plural(word: str) -> bool:
    """A lower-case word that looks like an English plural (``projects``; not ``business``)."""
    return word[:1].islower() and word.endswith("s") and not word.endswith("ss") and word.lower() not in _EN_FUNCTION


def _second_plural(words: list[re.Match[str]], i: int) -> re.Match[str]:
    """The plural right after the plural ``words[i]``, one space after it, if there is one; else ``words[i]``."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt if nxt is not None and _plural(nxt.group()) and nxt.start() == words[i].end() + 1 else words[i]


_EN_COUNT_MODIFIERS = frozenset({"more", "other", "additional", "further", "extra"})


def _en_unit(words: list[re.Match[str]]) -> tuple[str, int, int] | None:
    """English: up to the first plural-looking noun (``5,500 valid projects``: the noun is ``projects``),
    over adjectives, names and an ``and`` between them (``eight new semiconductor design centres``,
    ``three big Japanese banks``, ``three research and development centres``) and a word that adds to
    a count (``two more factories``, ``three other firms``); None when only such a
    word follows (``hired two more.``).

    >>> _en_unit(_words_at("three big Japanese banks", 6, 5))
    ('banks', 6, 24)
    """
    for i, w in enumerate(words):
        word, low = w.group(), w.group().lower()
        joins = low == "and" and 0 < i < len(words) - 1 and words[i + 1].group().lower() not in EN_NUMBER_WORDS
        if joins or low in _EN_COUNT_MODIFIERS:
            continue
        if low in _EN_FUNCTION or (i == 0 and not word[0].islower()):
            break
        if _plural(word):
            noun = _second_plural(words, i)  # eight grassroots projects, two sales offices: the second is the noun
            return noun.group(), words[0].start(), noun.end()
    if words[0].group() in _EN_COUNT_MODIFIERS:
        return None
    return words[0].group(), words[0].start(), words[0].end()
