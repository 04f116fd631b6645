"""Atoms: one number written with digits (``78,6``, ``5,500``, ``-3``) or words (``ba``, ``twenty-five``,
``a dozen``'s ``a``, ``nửa``), with where it is and what it is worth (lesson 04, ``04_figures.ipynb``).

Digits glued to letters or separators are part of a code, not a number (``G7``, ``COVID-19``, ``28/4``, ``8:30``,
``0243``). Numbers are read by :mod:`helpers.numbers`; what is written around an atom is read by
:mod:`helpers.figures.quantities` and :mod:`helpers.figures.units`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..dates import _EN_MONTH
from ..languages import VI
from ..numbers import (
    EN_NUMBER_WORDS,
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    SP,
    VI_NUMBER_WORDS,
    VI_UNITS,
    en_words_value,
    parse_number,
    vi_words_value,
)
from .words import _GLUED_CURRENCIES, _PREFIX_CURRENCY_RE, _SCALE_ABBR, _SCALES, _SMALL_SCALES, _UNIT_SYMBOLS


@dataclass
class _Atom:
    start: int
    end: int
    value: Decimal
    written: str  # "digits" or "words"
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
#: What else a number may be glued to and still be a number: thousands (``5k``), ordinal suffixes (``1st``),
#: percent abbreviations (``pct``) and the currencies that may touch the digits (``500đ``, ``5USD``:
#: helpers/data/currencies.csv).
_GLUED_SUFFIXES = ("k", "K", "st", "nd", "rd", "th", "pct", "pc", *_GLUED_CURRENCIES)
#: A number glued to these is still a number: a scale abbreviation (``5bn``, ``9bil``: helpers/data/scales.csv),
#: a unit symbol (``200MW``: unit_symbols.txt) or one of :data:`_GLUED_SUFFIXES`.
_GLUED_OK_AFTER = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted({*_SCALE_ABBR, *_UNIT_SYMBOLS, *_GLUED_SUFFIXES}, key=len, reverse=True)))
    + r")(?![^\W\d_])"
)
#: ``năm`` after ``mỗi``, ``hằng`` or ``hàng`` is the noun year (``mỗi năm trường đào tạo``: each year the school
#: trains; round 24 of issue 14).
_YEAR_NOT_FIVE = r"(?<!mỗi\s)(?<!hằng\s)(?<!hàng\s)năm"
_VI_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(w if w != 'năm' else _YEAR_NOT_FIVE for w in sorted(VI_UNITS, key=len, reverse=True))}|mười)"
    rf"(?:{SP}+(?:{'|'.join(sorted(VI_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)
#: The English number words a number may start with (``five``, ``twelve``, ``twenty``), longest first.
_EN_FIRST_NUMBER_WORDS = "|".join(sorted(set(EN_UNITS) | set(EN_TEENS) | set(EN_TENS), key=len, reverse=True))
_EN_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{_EN_FIRST_NUMBER_WORDS})"
    rf"(?:(?:{SP}+|-)(?:{'|'.join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)


#: Thousands grouped by spaces, as SI style and some English outlets write them (``5 000 t``, ``4 300 t``); not after a
#: word of a date, whose day would run into a count (``ngày 15 300 người``, ``March 15 300 workers``).
_SPACE_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)(?!\d)")
_DATE_WORD_BEFORE = re.compile(rf"(?:{_EN_MONTH}|ngày|tháng|năm|on)\W*$", re.IGNORECASE)


def _space_grouped(text: str) -> list[_Atom]:
    """Numbers whose thousands are grouped by spaces (:data:`_SPACE_GROUPED_RE`), not after a word of a date."""
    return [
        _Atom(m.start(), m.end(), Decimal(re.sub(r"\D", "", m.group())), "digits", m.group())
        for m in _SPACE_GROUPED_RE.finditer(text)
        if not _DATE_WORD_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
    ]


def _digit_atoms(text: str, lang: str) -> list[_Atom]:
    """Every number written with digits that is not part of a code, a date or a time; thousands may be grouped by
    spaces (:func:`_space_grouped`)."""
    atoms = _space_grouped(text)
    grouped = [(a.start, a.end) for a in atoms]
    for m in _DIGITS_RE.finditer(text):
        s, e = m.span()
        if any(a <= s < b for a, b in grouped):
            continue
        before, after = text[max(0, s - 12) : s], text[e : e + 12]
        value = None if _part_of_a_code(before, m.group(), after) else parse_number(m.group(), lang)
        if value is None:
            continue
        if before[-1:] in ("-", "−") and (len(before) == 1 or before[-2] in " \n(\t"):
            if not _PREFIX_CURRENCY_RE.search(before[:-1]):
                atoms.append(_Atom(s - 1, e, -value, "digits", text[s - 1 : e]))
                continue
        atoms.append(_Atom(s, e, value, "digits", m.group()))
    return atoms


def _part_of_a_code(before: str, digits: str, after: str) -> bool:
    """Digits glued to letters or separators: G7, VF8, COVID-19, 5G, 28/4, 8:30, 24/7, 0243 ..."""
    return _glued_before(before) or _glued_after(digits, after)


def _glued_before(before: str) -> bool:
    if before and (before[-1].isalpha() or before[-1] == "_") and not _PREFIX_CURRENCY_RE.search(before):
        return True  # G7 (JPY61 is fine)
    if before.endswith(("/", ":")) and len(before) > 1 and before[-2].isalnum():
        return True  # 28/4, 13/2023/NĐ-CP, 8:30, quý I/2025
    return len(before) >= 2 and before[-1] in "-‑" and before[-2].isalpha()  # COVID-19


def _glued_after(digits: str, after: str) -> bool:
    if re.match(r"[/:]\d", after) or re.match(r"[.,]\d", after):
        return True  # 24/7, 1:2, a malformed grouping such as 1.2.3 left over
    if after and (after[0].isalpha() or after[0] == "_") and not _GLUED_OK_AFTER.match(after):
        return True  # 5G, 3D, 8h30
    if re.fullmatch(r"0[1-9]", digits) and re.match(rf"{SP}+[^\W\d_A-Z]", after) and not after[1:2].isupper():
        return False  # "ký 02 bản ghi nhớ", "05 dự án": a small count written with two digits, as official texts do
    return len(digits) > 1 and digits[0] == "0" and digits[1].isdigit()  # 0243…: a phone or code number


_ALL_SCALES = "|".join(sorted([*_SCALES, *_SMALL_SCALES], key=len, reverse=True))
_EN_ARTICLE_NUMBER = re.compile(rf"(?<!\w)(?:(half){SP}+)?an?(?={SP}+(?:{_ALL_SCALES})(?![\w-]))", re.IGNORECASE)
_VI_HALF_NUMBER = re.compile(rf"(?<!\w)(?<!một{SP})(nửa)(?={SP}+(?:{_ALL_SCALES})(?![\w-]))", re.IGNORECASE)


def _article_atoms(text: str, lang: str) -> list[_Atom]:
    """English ``a``/``an`` (1) and ``half a`` (0.5) before a scale word: ``a dozen firms``, ``a hundred
    workers``, ``half a million visitors`` (not ``a billion-dollar plant``, an adjective); Vietnamese ``nửa``
    (0.5) before one: ``nửa triệu người``, ``nửa tỷ USD``.

    >>> [(a.text, a.value) for a in _article_atoms("half a million visitors and a dozen firms", "en")]
    [('half a', Decimal('0.5')), ('a', Decimal('1'))]
    >>> [(a.text, a.value) for a in _article_atoms("hơn nửa triệu người", "vi")]
    [('nửa', Decimal('0.5'))]
    """
    pattern = _VI_HALF_NUMBER if lang == VI else _EN_ARTICLE_NUMBER
    return [
        _Atom(m.start(), m.end(), Decimal("0.5") if m.group(1) else Decimal(1), "words", m.group())
        for m in pattern.finditer(text)
    ]


def _word_atoms(text: str, lang: str) -> list[_Atom]:
    atoms = _article_atoms(text, lang)
    pattern = _VI_WORD_ATOM_RE if lang == VI else _EN_WORD_ATOM_RE
    parse = vi_words_value if lang == VI else en_words_value
    for m in pattern.finditer(text):
        pieces = list(re.finditer(r"[^\s-]+", m.group()))
        tokens = [p.group().lower() for p in pieces]
        k = 0
        while k < len(tokens):  # "three and five": two numbers, not one
            value, n = parse(tokens[k:])
            if not n:
                k += 1
                continue
            start, end = m.start() + pieces[k].start(), m.start() + pieces[k + n - 1].end()
            if not _glued_before(text[max(0, start - 2) : start]):  # phase-two: a code, as COVID-19 is
                atoms.append(_Atom(start, end, Decimal(value), "words", text[start:end]))
            k += n
    return atoms


#: A year written in digits (1800–2199).
_YEAR_DIGITS = re.compile(r"1[89]\d\d|2[01]\d\d")


def _is_year(atom: _Atom) -> bool:
    return atom.written == "digits" and _YEAR_DIGITS.fullmatch(atom.text) is not None
