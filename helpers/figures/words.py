"""The word lists of figures and the regular expressions built from them (lesson 04, ``04_figures.ipynb``).

Scale words (``tỷ``, ``billion``, ``bn``), currencies written before or after a number (``US$``, ``£``, ``đô la
Singapore``, ``baht``: one table, ``helpers/data/currencies.csv``, with their ISO 4217 codes), percent signs, rates
(``/năm``, ``per year``), duration and multiplier words, qualifiers (``hơn``, ``nearly``), the verbs of a change
(``tăng``, ``rose``), the words that make a number an identifier (``Nghị quyết số``, ``tầng``), the parties of a
relation and the counted nouns. The lists are read from ``helpers/data/`` through :mod:`helpers.vocabulary`
(each file says where its words come from); every other module of :mod:`helpers.figures` reads them here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import vocabulary
from ..languages import EN, VI
from ..numbers import SP
from ..text import stopwords

_OPEN_QUOTES = "\"“«‘'„"
_CLOSE_QUOTES = "\"”»’'“"
_SCALES = {r["word"]: int(r["value"]) for r in vocabulary.rows("scales.csv") if r["kind"] == "word"}
_SCALE_ABBR = {r["word"]: int(r["value"]) for r in vocabulary.rows("scales.csv") if r["kind"] == "abbreviation"}
_SCALE_RE = re.compile(
    rf"(?:{SP}*|-)({'|'.join(sorted(map(re.escape, _SCALES), key=len, reverse=True))})(?!\w)", re.IGNORECASE
)
_SMALL_SCALES = {r["word"]: int(r["value"]) for r in vocabulary.rows("small_scales.csv")}
_SMALL_SCALE_RE = re.compile(rf"{SP}+({'|'.join(_SMALL_SCALES)})(?![\w-])", re.IGNORECASE)
_SCALE_ABBR_RE = re.compile(rf"{SP}?({'|'.join(sorted(_SCALE_ABBR, key=len, reverse=True))})(?![\w$])")
#: Units of measure a number may be glued to (``200MW``, ``150ha``): helpers/data/unit_symbols.txt.
_UNIT_SYMBOLS = tuple(vocabulary.words("unit_symbols.txt"))

_VI_SCALE_END = re.compile(r"(?<!\w)(?:triệu|tỷ|tỉ|nghìn|ngàn)$", re.IGNORECASE)
_DONG_COMPOUNDS = frozenset(vocabulary.words("dong_compounds.txt"))

_PERCENT_RE = re.compile(
    rf"{SP}*(điểm{SP}+phần{SP}+trăm|điểm{SP}*%|percentage{SP}+points?|phần{SP}+trăm|per{SP}*cent|percent|pct|"
    rf"(?-i:pc)|%)(?!\w)",  # "pc" only in lower case: "5 PCs" are computers
    re.IGNORECASE,
)
_RATE_RE = re.compile(
    rf"(?:{SP}*/{SP}*(năm|tháng|quý|tuần|ngày|người|year|yr|month|quarter|week|day|person|capita)(?!\w)"
    rf"|{SP}+(mỗi{SP}+năm|mỗi{SP}+tháng|hằng{SP}+năm|hàng{SP}+năm|hằng{SP}+tháng|hàng{SP}+tháng|"
    rf"per{SP}+year|a{SP}+year|per{SP}+annum|annually|each{SP}+year|per{SP}+month|a{SP}+month|"
    rf"per{SP}+day|a{SP}+day|per{SP}+capita|per{SP}+person)(?!\w))",
    re.IGNORECASE,
)
_DURATION_UNITS = (  # tuổi: an age, years of life (60 tuổi), as "years old" is (round 18 of issue 14)
    rf"thập{SP}+kỷ|thập{SP}+niên|thế{SP}+kỷ|năm|tháng|tuần|ngày|giờ|tiếng|phút|tuổi|"
    r"years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|decades?|centuries|century"
)
_DURATION_RE = re.compile(  # "four more years", "seven consecutive years": a word about the count may come first
    rf"(?:{SP}+(?:more|additional|further|extra|consecutive|straight|successive))?(?:{SP}+|-)({_DURATION_UNITS})(?!\w)",
    re.IGNORECASE,
)
_MULTIPLIER_RE = re.compile(rf"(?:{SP}+(lần|times)|{SP}*-?(fold))(?!\w)", re.IGNORECASE)
_MULTIPLIER_CUE_BEFORE = re.compile(
    r"(?:tăng|giảm|cao|lớn|nhiều|nhanh|nhân|gấp|vượt|rise|rose|grew|grow|increase[sd]?|jump(?:ed)?|"
    r"multipl(?:y|ied)|surge[sd]?|soar(?:ed)?)(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
_POST_QUALIFIER_RE = re.compile(
    rf"{SP}+(trở{SP}+lên|or{SP}+more|and{SP}+above|or{SP}+above|and{SP}+over|"
    rf"trở{SP}+xuống|or{SP}+less|or{SP}+fewer|and{SP}+below)(?!\w)",
    re.IGNORECASE,
)


def _phrases_re(phrases: list[str], space: str = r"\s+") -> str:
    """An alternation of literal phrases, longest first, in which a space matches ``space`` (any run of spaces).

    >>> one_line = _phrases_re(["này", "nói trên"], space=rf"{SP}+")
    >>> [bool(re.fullmatch(one_line, t)) for t in ("nói  trên", "nói\\ntrên", "này")]
    [True, False, True]
    """
    return "|".join(re.escape(p).replace(r"\ ", space) for p in sorted(phrases, key=len, reverse=True))


# Currencies (helpers/data/currencies.csv): each written form, its ISO 4217 code, whether it stands before or
# after the number, may touch the digits, is read in Vietnamese or English articles and needs a scale word.
_CURRENCIES = vocabulary.rows("currencies.csv")


def _currency_rows(position: str, lang: str | None = None) -> list[Mapping[str, str]]:
    """The forms of currencies.csv written ``before`` or ``after`` a number, read in ``lang`` (None: any).

    >>> [(r["code"], r["needs_scale"]) for r in _currency_rows("after", "en") if r["written"] == "won"]
    [('KRW', 'yes')]
    """
    return [
        r for r in _CURRENCIES if r["position"] in (position, "both") and (lang is None or r["lang"] in (lang, "both"))
    ]


def _currency_key(written: str) -> str:
    """A written currency as :data:`_CURRENCY_AFTER` names it: lower case, one space between words.

    >>> _currency_key("Đô  la Singapore")
    'đô la singapore'
    """
    return " ".join(written.split()).lower()


def _currency_form_re(row: Mapping[str, str]) -> str:
    """One form of currencies.csv as a regular expression: a space matches any run of spaces, and a word of
    its ``not_before`` may not follow it.

    >>> form = re.compile(_currency_form_re({"written": "đô", "not_before": "thị|đốc"}))
    >>> [bool(form.match(t)) for t in ("đô Mỹ", "đô thị", "đô-đốc")]
    [True, False, False]
    """
    words = row["not_before"].split("|") if row["not_before"] else []
    return _phrases_re([row["written"]]) + (rf"(?![- ]?(?:{_phrases_re(words)}))" if words else "")


def _currency_after_re(lang: str) -> re.Pattern:
    """A currency written after a number in ``lang``, maybe joined by a hyphen (``500-million-yen grant``; longest
    form first, so ``đô la Singapore`` is not ``đô la``).

    >>> _currency_after_re("vi").match(" đô la Singapore").group(1)
    'đô la Singapore'
    """
    forms = sorted(_currency_rows("after", lang), key=lambda r: len(r["written"]), reverse=True)
    return re.compile(rf"(?:{SP}*|-)({'|'.join(map(_currency_form_re, forms))})(?![^\W\d_])", re.IGNORECASE)


_CURRENCY_SUFFIX_RES = {lang: _currency_after_re(lang) for lang in (VI, EN)}
#: What each form written after a number is, per language, by :func:`_currency_key`.
_CURRENCY_AFTER = {lang: {_currency_key(r["written"]): r for r in _currency_rows("after", lang)} for lang in (VI, EN)}
# Before a number (US$78.6 billion, ¥500, RM5bn): a form with a letter never follows a letter (BUS$5), a sign may.
_PREFIX_CODES = {r["written"]: r["code"] for r in _currency_rows("before")}
_PREFIX_CODE_RE = _phrases_re([w for w in _PREFIX_CODES if re.search(r"[^\W\d_]", w)])
_PREFIX_SIGN_RE = _phrases_re([w for w in _PREFIX_CODES if not re.search(r"[^\W\d_]", w)])
_PREFIX_CURRENCY_RE = re.compile(rf"(?:(?<![A-Za-z])({_PREFIX_CODE_RE})[^\S\n]?|({_PREFIX_SIGN_RE}))$")
#: A currency written at the start of a quantity (the upper end of ``$920 million to $1.38 billion``).
_PREFIX_AT_RE = re.compile(rf"({_phrases_re(list(_PREFIX_CODES))})[^\S\n]?")
#: Currencies that may touch the digits after them (``5USD``, ``500.000đ``): a number glued to one is still a number.
_GLUED_CURRENCIES = tuple(r["written"] for r in _currency_rows("after") if r["glued"] == "yes")

_QUALIFIER_WORDS = {
    name: _phrases_re([r["phrase"] for r in vocabulary.rows("qualifiers.csv") if r["qualifier"] == name])
    for name in ("over", "nearly", "about", "up_to")
}
_QUALIFIER_RES = {
    name: re.compile(rf"(?<![\w.])(?:{alts}){SP}*$", re.IGNORECASE) for name, alts in _QUALIFIER_WORDS.items()
}
_COMPARATIVES = frozenset(vocabulary.words("comparatives.txt"))
# A comparison after "N lần"/"N times" makes it a multiplier ("3 lần so với", "three times more").
_MULTIPLIER_CUE_AFTER = re.compile(
    rf"{SP}+(?:{_phrases_re(list(vocabulary.words('multiplier_comparisons.txt')), space=rf'{SP}+')})(?!\w)",
    re.IGNORECASE,
)
# Verbs of a change (tăng, rose, doubled, "the workforce rising from 1,000", "extended from three years to five").
_CHANGE_VERBS = _phrases_re(list(vocabulary.words("change_verbs.txt")))

# Words that, written just before a number, make it an identifier or part of a date; "mục" (a section) not as the end
# of danh mục, hạng mục, tiết mục (a list, an item, an act: "danh mục 8 dự án" counts eight projects; round 27).
_ID_WORDS = (
    r"(?<![\w])(?:(?<!trong\s)(?<!tổng\s)số|no\.?|nos\.|nr\.|#|mã|điều|khoản|chương|"
    r"(?<!danh\s)(?<!hạng\s)(?<!tiết\s)mục|nghị\s+quyết|nghị\s+định|quyết\s+định|"
    r"thông\s+tư|chỉ\s+thị|luật|kết\s+luận|công\s+văn|resolution|decree|decision|circular|directive|articles?|"
    r"clauses?|chapters?|sections?|quốc\s+lộ|ql|version|phiên\s+bản|thứ|tháng|ngày|năm|quý|mùng|mồng|lúc|hôm|"
    r"vol\.|volume)"
)
_ID_BEFORE = re.compile(_ID_WORDS + r"[^\S\n]*$", re.IGNORECASE)
# The later numbers of a list of identifiers: "số 3 và 4 cảng", "Articles 5, 6 and 7", "Điều 5 và 6".
_LIST_JOIN = rf"{SP}*(?:,|&|và|hoặc|and|or){SP}*"
_ID_LIST_BEFORE = re.compile(rf"{_ID_WORDS}{SP}*\d+(?:{_LIST_JOIN}\d+)*{_LIST_JOIN}$", re.IGNORECASE)
# Words that name a numbered thing (tầng 5, giai đoạn 2) but are also verbs or common nouns
# (cấp 100 suất học bổng: "grant 100 scholarships"): they block a number unless a known counted
# noun follows it.
_WEAK_ID_BEFORE = re.compile(
    rf"(?<![\w])(?:{_phrases_re(list(vocabulary.words('weak_id_nouns.txt')))})[^\S\n]*$", re.IGNORECASE
)
_PARTIES = frozenset(vocabulary.words("bilateral_parties.txt"))
_DESCRIPTORS = frozenset(vocabulary.words("structure_nouns.txt"))
# Common counted nouns (units), so that a unit is cut where a reader would cut it.
_VI_NOUNS = list(vocabulary.words("counted_nouns_vi.txt"))
_EN_NOUNS = list(vocabulary.words("counted_nouns_en.txt"))
# Words that never start a counted noun: the stopwords and a few more.
_VI_FUNCTION = stopwords(VI) | frozenset(vocabulary.words("function_words_vi.txt"))
_EN_FUNCTION = stopwords(EN) | frozenset(vocabulary.words("function_words_en.txt"))
_VI_NOT_AFTER_WORD_NUMBER = frozenset(vocabulary.words("not_after_word_number_vi.txt"))
# The English marks of a clock time ("5 pm", "10 a.m.", "9 o'clock").
_CLOCK_WORDS = r"a\.?m\.?|p\.?m\.?|o['’]clock"
_TIME_OF_DAY_AFTER = re.compile(rf"{SP}+(?:sáng|chiều|tối|trưa|đêm|{_CLOCK_WORDS})(?!\w)", re.IGNORECASE)
# A clock time right after a number, glued or not ("10am"): a time, no figure.
_CLOCK_AFTER = re.compile(rf"{SP}*(?:{_CLOCK_WORDS})(?!\w)", re.IGNORECASE)
_TIME_OF_DAY_BEFORE = re.compile(r"(?<!\w)(?:lúc|vào\s+lúc|at)\s*$", re.IGNORECASE)


def _lexicon_re(nouns: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(n).replace(r"\ ", rf"{SP}+") for n in sorted(set(nouns), key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?!\w)", re.IGNORECASE)


_VI_NOUN_RE = _lexicon_re(_VI_NOUNS)
_EN_NOUN_RE = _lexicon_re(_EN_NOUNS)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
