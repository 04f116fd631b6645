"""Numbers: read a number written with digits or words, in Vietnamese or English.

Number conventions depend on the language. Vietnamese writes a thousands dot and a decimal
comma (``5.500`` is five thousand five hundred, ``78,6`` is seventy-eight point six); English
writes the opposite (``5,500`` and ``78.6``). A separator followed by exactly three digits is a
thousands separator only when it is the language's thousands separator; anything else is a
decimal point. With that rule, any number formatted in either convention parses back exactly.
Number words (``hai mươi lăm``, ``twenty-five``) are read by :func:`vi_words_value` and
:func:`en_words_value`.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .languages import EN, VI, check_language

__all__ = [
    "EN_NUMBER_WORDS",
    "EN_TEENS",
    "EN_TENS",
    "EN_UNITS",
    "SP",
    "VI_NUMBER_WORDS",
    "VI_UNITS",
    "en_words_value",
    "parse_number",
    "vi_words_value",
]

SP = r"[^\S\n]"  # one space that is not a line break: a number never spans two paragraphs

_SEPARATORS = {VI: (".", ","), EN: (",", ".")}  # (thousands, decimal)


def parse_number(s: str, lang: str = VI) -> Decimal | None:
    """Read a number written with digits in the ``lang`` convention; ``None`` if it is not one.

    Vietnamese: thousands dot, decimal comma. English: thousands comma, decimal point. A
    separator followed by three digits groups thousands only if it is the language's thousands
    separator; a number with both separators uses the last one as the decimal point. Malformed
    groupings (``1.2.3``, ``12.34.567``) are not numbers.

    >>> parse_number("78,6"), parse_number("5.500"), parse_number("1.234.567,25")
    (Decimal('78.6'), Decimal('5500'), Decimal('1234567.25'))
    >>> parse_number("78.6", "en"), parse_number("5,500", "en"), parse_number("1.5")
    (Decimal('78.6'), Decimal('5500'), Decimal('1.5'))
    >>> parse_number("1.2.3") is None
    True
    """
    check_language(lang, "parse_number")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s or ""):
        return None
    seps = re.findall(r"[.,]", s)
    groups = re.split(r"[.,]", s)
    try:
        if not seps:
            return Decimal(s)
        if len(set(seps)) == 2:
            return _both_separators(seps, groups)
        if len(seps) > 1:  # one separator used several times: only a thousands grouping
            return Decimal("".join(groups)) if _grouped(groups) else None
        if seps[0] == _SEPARATORS[lang][0] and len(groups[1]) == 3 and len(groups[0]) <= 3:
            return Decimal(groups[0] + groups[1])
        return Decimal(groups[0] + "." + groups[1])
    except InvalidOperation:  # pragma: no cover - the regex above only lets digits through
        return None


def _grouped(groups: list[str]) -> bool:
    """Thousands groups: at most three digits first, exactly three in every later group."""
    return len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _both_separators(seps: list[str], groups: list[str]) -> Decimal | None:
    """``1.234.567,25`` / ``1,234,567.25``: one kind groups thousands, the last one is the decimal point."""
    if seps.count(seps[-1]) != 1 or any(g != seps[0] for g in seps[:-1]) or not _grouped(groups[:-1]):
        return None
    return Decimal("".join(groups[:-1]) + "." + groups[-1])


# Vietnamese number words. "năm" (five) is also "year", "ba" also "father": the rules that
# accept a word number are stricter than those for digits (see _accept_words).
VI_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
VI_AFTER_MUOI = {
    "mốt": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
VI_AFTER_MUOI_TEN = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
VI_NUMBER_WORDS = set(VI_UNITS) | set(VI_AFTER_MUOI) | {"mười", "mươi", "trăm", "linh", "lẻ"}

EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
EN_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
EN_NUMBER_WORDS = set(EN_UNITS) | set(EN_TEENS) | set(EN_TENS) | {"hundred", "and"}


def _vi_tens(tokens: list[str]) -> tuple[int, int]:
    """Value and length of a Vietnamese number below 100 at the start of ``tokens``."""
    if not tokens:
        return 0, 0
    t0 = tokens[0]
    if t0 == "mười":
        if len(tokens) > 1 and tokens[1] in VI_AFTER_MUOI_TEN:
            return 10 + VI_AFTER_MUOI_TEN[tokens[1]], 2
        return 10, 1
    if t0 in VI_UNITS:
        if len(tokens) > 1 and tokens[1] == "mươi" and t0 != "một":
            if len(tokens) > 2 and tokens[2] in VI_AFTER_MUOI:
                return VI_UNITS[t0] * 10 + VI_AFTER_MUOI[tokens[2]], 3
            return VI_UNITS[t0] * 10, 2
        return VI_UNITS[t0], 1
    return 0, 0


def vi_words_value(tokens: list[str]) -> tuple[int, int]:
    """Value and length of the Vietnamese number words at the start of ``tokens`` (0, 0 if none)."""
    if len(tokens) >= 2 and tokens[0] in VI_UNITS and tokens[1] == "trăm":
        total = VI_UNITS[tokens[0]] * 100
        rest = tokens[2:]
        if len(rest) >= 2 and rest[0] in ("linh", "lẻ") and rest[1] in VI_UNITS:
            return total + VI_UNITS[rest[1]], 4
        value, n = _vi_tens(rest)
        if n and value >= 10:
            return total + value, 2 + n
        return total, 2
    return _vi_tens(tokens)


def _en_tens(tokens: list[str]) -> tuple[int, int]:
    if not tokens:
        return 0, 0
    t0 = tokens[0]
    if t0 in EN_TENS:
        if len(tokens) > 1 and tokens[1] in EN_UNITS:
            return EN_TENS[t0] + EN_UNITS[tokens[1]], 2
        return EN_TENS[t0], 1
    if t0 in EN_TEENS:
        return EN_TEENS[t0], 1
    if t0 in EN_UNITS:
        return EN_UNITS[t0], 1
    return 0, 0


def en_words_value(tokens: list[str]) -> tuple[int, int]:
    value, n = _en_tens(tokens)
    if n and value < 10 and len(tokens) > n and tokens[n] == "hundred":
        total, used = value * 100, n + 1
        rest = tokens[used:]
        if rest and rest[0] == "and":
            rest, skip = rest[1:], 1
        else:
            skip = 0
        more, m = _en_tens(rest)
        if m:
            return total + more, used + skip + m
        return total, used
    return value, n
