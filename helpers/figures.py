"""Figures: every number in a news article, parsed into a table you can trust.

Two extractors, both pure rules (regular expressions and small word lists, no model):

- :func:`extract_figures` finds quantities: money, percentages, counts of things, multipliers,
  rankings and durations, written with digits (``78,6 tỷ USD``, ``US$78.6 billion``) or words
  (``ba văn phòng``, ``một nửa``, ``lớn thứ hai``). Each row says what the number is worth in
  base units, with its range, currency, counted noun and qualifier (``hơn``, ``nearly``).
- :func:`extract_dates` finds calendar dates and periods (``28/4/2025``, ``ngày 10/7``,
  ``quý I/2025``, ``As of March``, ``the 1990s``) and writes them as ISO strings, filling in a
  missing year from the article's date when asked to.

Dates are not figures: a number that is part of a date (``2025``, ``28/4``) never appears in
:func:`extract_figures`, and neither do identifiers (``Nghị quyết số 57``, ``COVID-19``),
ordinals of events (``lần thứ 58``), the two parties of a bilateral relation (``hai nước``,
``the two countries``) or numbers that are part of a quoted label (``mô hình "3 nhà"``).

Number conventions depend on the language. Vietnamese writes a thousands dot and a decimal
comma (``5.500`` is five thousand five hundred, ``78,6`` is seventy-eight point six); English
writes the opposite (``5,500`` and ``78.6``). A separator followed by exactly three digits is a
thousands separator only when it is the language's thousands separator; anything else is a
decimal point. With that rule, any number formatted in either convention parses back exactly.

:func:`evaluate_figures` scores an extractor's table against the hand-checked reference
answers in ``seeds/annotations/figures.csv`` (see :func:`reference_figures`), separately for
figures written with digits and with words.

Text is expected in NFC (as :func:`helpers.load_corpus` returns it). Offsets are always offsets
into the text given: ``text[start:end] == surface``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from .languages import EN, VI, check_language
from .paths import annotations_dir
from .text import detect_language, sentence_spans

__all__ = [
    "FIGURE_COLUMNS",
    "DATE_COLUMNS",
    "KINDS",
    "QUALIFIERS",
    "parse_number",
    "extract_figures",
    "corpus_figures",
    "extract_dates",
    "corpus_dates",
    "written_as",
    "reference_figures",
    "reference_dates",
    "evaluate_figures",
    "evaluate_dates",
]

FIGURE_COLUMNS = ["surface", "start", "end", "value", "value_high", "kind", "currency", "unit", "qualifier", "sentence"]
DATE_COLUMNS = ["surface", "start", "end", "iso", "date_start", "date_end", "precision", "year_inferred", "sentence"]
KINDS = ("money", "percent", "count", "multiplier", "rank", "duration")
QUALIFIERS = ("over", "nearly", "about", "up_to", "exact")

_SP = r"[^\S\n]"  # one space that is not a line break: a figure never spans two paragraphs
_OPEN_QUOTES = "\"“«‘'„"
_CLOSE_QUOTES = "\"”»’'“"

# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

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
    if lang not in _SEPARATORS:
        raise ValueError(f"parse_number() knows 'vi' and 'en', not {lang!r}")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s or ""):
        return None
    thousands, decimal = _SEPARATORS[lang]
    seps = re.findall(r"[.,]", s)
    groups = re.split(r"[.,]", s)
    try:
        if not seps:
            return Decimal(s)
        if len(set(seps)) == 2:
            dec = seps[-1]
            if seps.count(dec) != 1 or any(g != seps[0] for g in seps[:-1]):
                return None
            if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:-1]):
                return None
            return Decimal("".join(groups[:-1]) + "." + groups[-1])
        sep = seps[0]
        if len(seps) > 1:  # one separator used several times: only a thousands grouping
            if len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
                return None
            return Decimal("".join(groups))
        if sep == thousands and len(groups[1]) == 3 and len(groups[0]) <= 3:
            return Decimal(groups[0] + groups[1])
        return Decimal(groups[0] + "." + groups[1])
    except InvalidOperation:  # pragma: no cover - the regex above only lets digits through
        return None


# Vietnamese number words. "năm" (five) is also "year", "ba" also "father": the rules that
# accept a word number are stricter than those for digits (see _accept_words).
_VI_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_VI_AFTER_MUOI = {"mốt": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5, "sáu": 6,
                  "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_VI_AFTER_MUOI_TEN = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "lăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_VI_NUMBER_WORDS = set(_VI_UNITS) | set(_VI_AFTER_MUOI) | {"mười", "mươi", "trăm", "linh", "lẻ"}

_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_EN_NUMBER_WORDS = set(_EN_UNITS) | set(_EN_TEENS) | set(_EN_TENS) | {"hundred", "and"}


def _vi_tens(tokens: list[str]) -> tuple[int, int]:
    """Value and length of a Vietnamese number below 100 at the start of ``tokens``."""
    if not tokens:
        return 0, 0
    t0 = tokens[0]
    if t0 == "mười":
        if len(tokens) > 1 and tokens[1] in _VI_AFTER_MUOI_TEN:
            return 10 + _VI_AFTER_MUOI_TEN[tokens[1]], 2
        return 10, 1
    if t0 in _VI_UNITS:
        if len(tokens) > 1 and tokens[1] == "mươi" and t0 != "một":
            if len(tokens) > 2 and tokens[2] in _VI_AFTER_MUOI:
                return _VI_UNITS[t0] * 10 + _VI_AFTER_MUOI[tokens[2]], 3
            return _VI_UNITS[t0] * 10, 2
        return _VI_UNITS[t0], 1
    return 0, 0


def _vi_words_value(tokens: list[str]) -> tuple[int, int]:
    """Value and length of the Vietnamese number words at the start of ``tokens`` (0, 0 if none)."""
    if len(tokens) >= 2 and tokens[0] in _VI_UNITS and tokens[1] == "trăm":
        total = _VI_UNITS[tokens[0]] * 100
        rest = tokens[2:]
        if len(rest) >= 2 and rest[0] in ("linh", "lẻ") and rest[1] in _VI_UNITS:
            return total + _VI_UNITS[rest[1]], 4
        value, n = _vi_tens(rest)
        if n and value >= 10:
            return total + value, 2 + n
        return total, 2
    return _vi_tens(tokens)


def _en_tens(tokens: list[str]) -> tuple[int, int]:
    if not tokens:
        return 0, 0
    t0 = tokens[0]
    if t0 in _EN_TENS:
        if len(tokens) > 1 and tokens[1] in _EN_UNITS:
            return _EN_TENS[t0] + _EN_UNITS[tokens[1]], 2
        return _EN_TENS[t0], 1
    if t0 in _EN_TEENS:
        return _EN_TEENS[t0], 1
    if t0 in _EN_UNITS:
        return _EN_UNITS[t0], 1
    return 0, 0


def _en_words_value(tokens: list[str]) -> tuple[int, int]:
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


# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

_SCALES = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12, "triệu tỷ": 10**15,
    "tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3,
    "trillion": 10**12, "billion": 10**9, "million": 10**6, "thousand": 10**3,
}
_SCALE_ABBR = {"tn": 10**12, "trn": 10**12, "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9,
               "mn": 10**6, "mln": 10**6, "m": 10**6, "M": 10**6, "k": 10**3, "K": 10**3}
_SCALE_RE = re.compile(
    rf"{_SP}*({'|'.join(sorted(map(re.escape, _SCALES), key=len, reverse=True))})(?!\w)", re.IGNORECASE
)
_SCALE_ABBR_RE = re.compile(rf"{_SP}?({'|'.join(sorted(_SCALE_ABBR, key=len, reverse=True))})(?![\w$])")

_CURRENCY_WORDS = [
    ("USD", r"US\$|U\.S\.\$|USD|đô[- ]?la(?:\s+Mỹ)?|đôla(?:\s+Mỹ)?|đô(?![- ]?thị)|Mỹ\s+kim|US\s+dollars?|dollars?"),
    ("JPY", r"JP¥|JPY|yên(?:\s+Nhật)?|yen|¥"),
    ("VND", r"VNĐ|VND|vnđ|vnd|đồng|dong|đ"),
    ("EUR", r"EUR|euros?|€"),
    ("USD", r"\$"),
]
_CURRENCY_SUFFIX_RE = re.compile(
    rf"{_SP}*(?:({_CURRENCY_WORDS[0][1]})|({_CURRENCY_WORDS[1][1]})|({_CURRENCY_WORDS[2][1]})|"
    rf"({_CURRENCY_WORDS[3][1]})|({_CURRENCY_WORDS[4][1]}))(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_CODES = ["USD", "JPY", "VND", "EUR", "USD"]
# Words that make "đồng" something other than the currency (đồng chí comrade, đồng bào compatriot…)
_DONG_COMPOUNDS = {"chí", "bào", "hương", "nghiệp", "minh", "hành", "thời", "ý", "bằng", "ruộng", "loạt", "phục",
                   "lòng", "đều", "tình", "sáng", "tác", "sở", "hữu", "dạng", "bộ", "nhất", "cảm", "thuận", "chủ",
                   "lúa", "hồ", "đội", "môn", "tâm", "hóa", "hoá", "thanh"}
_PREFIX_CURRENCY_RE = re.compile(
    r"(?:(?<![A-Za-z])(US\$|U\.S\.\$|USD|JP¥|JPY|VNĐ|VND|EUR|S\$|A\$|HK\$|NT\$|C\$|NZ\$|SGD|AUD|CNY|KRW|THB)"
    r"[^\S\n]?|(\$|¥|€|£|₫))$"
)
_PREFIX_CODES = {"US$": "USD", "U.S.$": "USD", "USD": "USD", "JP¥": "JPY", "JPY": "JPY", "VNĐ": "VND", "VND": "VND",
                 "EUR": "EUR", "S$": "SGD", "A$": "AUD", "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "NZ$": "NZD",
                 "SGD": "SGD", "AUD": "AUD", "CNY": "CNY", "KRW": "KRW", "THB": "THB", "$": "USD", "¥": "JPY",
                 "€": "EUR", "£": "GBP", "₫": "VND"}

_PERCENT_RE = re.compile(
    rf"{_SP}*(điểm{_SP}+phần{_SP}+trăm|điểm{_SP}*%|percentage{_SP}+points?|phần{_SP}+trăm|per{_SP}*cent|percent|pct|%)(?!\w)",
    re.IGNORECASE,
)
_RATE_RE = re.compile(
    rf"(?:{_SP}*/{_SP}*(năm|tháng|quý|tuần|ngày|người|year|yr|month|quarter|week|day|person|capita)(?!\w)"
    rf"|{_SP}+(mỗi{_SP}+năm|mỗi{_SP}+tháng|hằng{_SP}+năm|hàng{_SP}+năm|hằng{_SP}+tháng|hàng{_SP}+tháng|"
    rf"per{_SP}+year|a{_SP}+year|per{_SP}+annum|annually|each{_SP}+year|per{_SP}+month|a{_SP}+month|"
    rf"per{_SP}+day|a{_SP}+day|per{_SP}+capita|per{_SP}+person)(?!\w))",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(
    rf"(?:{_SP}+|-)(thập{_SP}+kỷ|thập{_SP}+niên|thế{_SP}+kỷ|năm|tháng|tuần|ngày|giờ|tiếng|phút|"
    rf"years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)(?!\w)",
    re.IGNORECASE,
)
_MULTIPLIER_RE = re.compile(rf"(?:{_SP}+(lần|times)|{_SP}*-?(fold))(?!\w)", re.IGNORECASE)
_MULTIPLIER_CUE_BEFORE = re.compile(
    r"(?:tăng|giảm|cao|lớn|nhiều|nhanh|nhân|gấp|vượt|rise|rose|grew|grow|increase[sd]?|jump(?:ed)?|"
    r"multipl(?:y|ied)|surge[sd]?|soar(?:ed)?)(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
_MULTIPLIER_CUE_AFTER = re.compile(
    rf"{_SP}+(?:so{_SP}+với|so|hơn|more|larger|higher|bigger|greater|faster|as|that|the|over|what)(?!\w)", re.IGNORECASE
)
_POST_QUALIFIER_RE = re.compile(
    rf"{_SP}+(trở{_SP}+lên|or{_SP}+more|and{_SP}+above|or{_SP}+above|and{_SP}+over|"
    rf"trở{_SP}+xuống|or{_SP}+less|or{_SP}+fewer|and{_SP}+below)(?!\w)",
    re.IGNORECASE,
)

_QUALIFIER_WORDS = {
    "over": r"hơn|trên|vượt(?:\s+quá|\s+mức)?|ít\s+nhất|tối\s+thiểu|không\s+dưới|more\s+than|over|above|"
            r"in\s+excess\s+of|upwards?\s+of|at\s+least|exceeding|no\s+(?:fewer|less)\s+than",
    "nearly": r"gần|gần\s+như|suýt|nearly|almost|close\s+to|just\s+(?:under|below|shy\s+of)|approaching",
    "about": r"khoảng(?:\s+chừng)?|chừng|xấp\s+xỉ|ước(?:\s+tính|\s+khoảng)?|around|about|approximately|"
             r"roughly|some|an\s+estimated|estimated|approx\.|circa|~",
    "up_to": r"lên\s+(?:tới|đến)|tới|đến|tối\s+đa|dưới|chưa\s+(?:đến|tới)|không\s+quá|up\s+to|"
             r"as\s+(?:many|much|high)\s+as|less\s+than|fewer\s+than|under|below|at\s+most|"
             r"no\s+more\s+than|(?:a\s+)?maximum\s+of",
}
_QUALIFIER_RES = {
    name: re.compile(rf"(?<![\w.])(?:{alts}){_SP}*$", re.IGNORECASE) for name, alts in _QUALIFIER_WORDS.items()
}
_COMPARATIVES = {"cao", "lớn", "nhiều", "nhanh", "mạnh", "thấp", "ít", "nhỏ", "rộng", "dài", "sâu", "đông"}

# Words that, written just before a number, make it an identifier or part of a date.
_ID_BEFORE = re.compile(
    r"(?<![\w])(?:số|no\.?|nos\.|nr\.|#|mã|điều|khoản|chương|mục|nghị\s+quyết|nghị\s+định|quyết\s+định|"
    r"thông\s+tư|chỉ\s+thị|luật|kết\s+luận|công\s+văn|resolution|decree|decision|circular|directive|article|"
    r"clause|chapter|section|quốc\s+lộ|ql|version|phiên\s+bản|thứ|tháng|ngày|năm|quý|mùng|mồng|lúc|hôm|"
    r"vol\.|volume)[^\S\n]*$",
    re.IGNORECASE,
)
# Words that name a numbered thing (tầng 5, giai đoạn 2) but are also verbs or common nouns
# (cấp 100 suất học bổng: "grant 100 scholarships"): they block a number unless a known counted
# noun follows it.
_WEAK_ID_BEFORE = re.compile(
    r"(?<![\w])(?:phase|room|floor|route|tầng|phòng|giai\s+đoạn|khóa|khoá|lô|tòa|toà|tier|level|cấp|page|"
    r"trang|part|phần|model|gen|series|term)[^\S\n]*$",
    re.IGNORECASE,
)
# The two parties of a bilateral relation: "hai nước", "2 chính phủ", "the two countries".
_PARTIES = {
    "nước", "bên", "phía", "quốc gia", "chính phủ", "thủ tướng", "nhà lãnh đạo", "lãnh đạo", "bộ trưởng",
    "nguyên thủ", "dân tộc", "nền kinh tế", "đảng", "quốc hội", "nhân dân", "đất nước", "ngoại trưởng",
    "tổng thống", "chủ tịch", "thủ đô",
    "countries", "nations", "sides", "governments", "prime ministers", "leaders", "economies", "peoples",
    "parties", "ministers", "foreign ministers", "presidents", "heads of state", "capitals",
}
# Counted nouns that describe a structure rather than an amount ("chính quyền 2 cấp", "two-tier").
_DESCRIPTORS = {"cấp", "tier", "tiers", "level", "levels", "chiều", "way", "ways"}

# Common counted nouns, so that a unit is cut where a reader would cut it.
_VI_NOUNS = """
doanh nghiệp|dự án|nhân sự|đại biểu|văn phòng|hội viên|thành viên|nghiên cứu sinh|sinh viên|học sinh|
học viên|lao động|người lao động|kỹ sư|kĩ sư|chuyên gia|công ty|tập đoàn|nhà đầu tư|nhà máy|trung tâm|
trường đại học|trường|đối tác|sáng kiến|điểm chạm|thỏa thuận|thoả thuận|biên bản ghi nhớ|bản ghi nhớ|
hợp đồng|startup|sản phẩm|ứng dụng|bằng sáng chế|sáng chế|lượt|người|tỉnh|thành phố|quốc gia|nước|hộ|xã|
tấn|km|ha|héc-ta|MW|GW|kW|kWh|MWh|GWh|TWh|chuyến bay|chuyến|khách|du khách|việc làm|chương trình|
khóa học|khoá học|hội thảo|sự kiện|nhân viên|cán bộ|giảng viên|nhà khoa học|tiến sĩ|thạc sĩ|học bổng|
suất học bổng|cơ sở|khu công nghiệp|chi nhánh|hội|nhóm|tổ chức|cơ quan|địa phương|lĩnh vực|trụ cột|
nhiệm vụ|giải pháp|văn bản|mục tiêu|đoàn|con chip|chip|thiết bị|máy|xe|container|lô hàng|công trình|
bài báo|công bố|đề tài|phòng thí nghiệm|vườn ươm|quỹ|ngân hàng|bệnh viện|cảng|sân bay|tuyến|dòng|
ngành|bộ|trạm|điểm|cổ phần|cổ phiếu|tín chỉ|giờ học|bài học|câu hỏi|ý kiến|điều kiện|tiêu chí|
hạng mục|gói thầu|gói|hồ sơ|thủ tục|hecta|m2|m3|kg|lít|tỷ lệ|đơn vị|hãng|nhà cung cấp|nhà sản xuất|
nhà mạng|nền tảng|trang trại|người dân|dân|cư dân|người dùng|khách hàng|bệnh nhân|ca|chiếc|con|cái|
""".replace("\n", "").strip("|").split("|")
_EN_NOUNS = """
people|persons|projects|companies|firms|enterprises|businesses|students|workers|engineers|delegates|offices|
members|jobs|visitors|tourists|doctoral students|PhD students|initiatives|agreements|memoranda of understanding|
MoUs|tonnes|tons|km|hectares|MW|GW|kW|kWh|staff|employees|experts|scientists|researchers|universities|
factories|plants|centres|centers|start-ups|startups|partners|provinces|cities|countries|units|products|
patents|flights|passengers|households|participants|attendees|investors|banks|programmes|programs|events|
""".replace("\n", "").strip("|").split("|")
_VI_FUNCTION = set(
    """và là của trong tại với ở cho đã được thì mà này đó nay hay hoặc cũng sẽ đang từ đến tới về theo như
    khi nếu để do bởi vào ra lên xuống qua so hơn nữa thôi rồi chỉ các những mỗi mọi có không chưa vẫn còn
    đều nên trên dưới giữa sau trước ngoài bên cùng gồm bao gồm tính đạt tăng giảm chiếm nhưng nhất ấy kia
    nào gì ai thế vậy rằng vì tuy dù lại mới vừa đây trở qua""".split()
)
_EN_FUNCTION = set(
    """and or of in to at for on by with is was were are be been being has have had the a an as from that which
    who whom this these those per than into its it their his her our your them they he she we you not but so
    if while when where since until after before over under between during about more less up down out off
    also only just even still year years""".split()
)
_VI_NOT_AFTER_WORD_NUMBER = {"mẹ", "má", "tôi", "em", "con", "anh", "chị", "chồng", "vợ", "người", "chắn", "muồi"}
_TIME_OF_DAY_AFTER = re.compile(rf"{_SP}+(?:sáng|chiều|tối|trưa|đêm|a\.?m\.?|p\.?m\.?|o'clock)(?!\w)", re.IGNORECASE)
_TIME_OF_DAY_BEFORE = re.compile(r"(?<!\w)(?:lúc|vào\s+lúc|at)\s*$", re.IGNORECASE)


def _lexicon_re(nouns: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(n).replace(r"\ ", rf"{_SP}+") for n in sorted(set(nouns), key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?!\w)", re.IGNORECASE)


_VI_NOUN_RE = _lexicon_re(_VI_NOUNS)
_EN_NOUN_RE = _lexicon_re(_EN_NOUNS)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


# --------------------------------------------------------------------------------------------
# Atoms: one number written with digits or words
# --------------------------------------------------------------------------------------------


@dataclass
class _Atom:
    start: int
    end: int
    value: Decimal
    written: str  # "digits" or "words"
    text: str


_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_GLUED_OK_AFTER = re.compile(
    r"(?:tn|trn|bn|bln|mn|mln|m|M|b|B|k|K|st|nd|rd|th|đ|USD|VND|VNĐ|JPY|MW|GW|kW|kWh|MWh|GWh|TWh|km|kg|ha|m2|m3)"
    r"(?![^\W\d_])"
)
_VI_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(_VI_UNITS, key=len, reverse=True))}|mười)"
    rf"(?:{_SP}+(?:{'|'.join(sorted(_VI_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)
_EN_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(set(_EN_UNITS) | set(_EN_TEENS) | set(_EN_TENS), key=len, reverse=True))})"
    rf"(?:(?:{_SP}+|-)(?:{'|'.join(sorted(_EN_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)


def _digit_atoms(text: str, lang: str) -> list[_Atom]:
    atoms = []
    for m in _DIGITS_RE.finditer(text):
        s, e = m.span()
        before, after = text[max(0, s - 12):s], text[e:e + 12]
        if before and (before[-1].isalpha() or before[-1] == "_"):
            if not _PREFIX_CURRENCY_RE.search(before):
                continue  # G7, JPY61 is fine, VF8 is not
        if before.endswith(("/", ":")) and len(before) > 1 and before[-2].isalnum():
            continue  # 28/4, 13/2023/NĐ-CP, 8:30, quý I/2025
        if len(before) >= 2 and before[-1] in "-‑" and before[-2].isalpha():
            continue  # COVID-19
        if re.match(r"[/:]\d", after) or re.match(r"[.,]\d", after):
            continue  # 24/7, 1:2, a malformed grouping such as 1.2.3 left over
        if after and (after[0].isalpha() or after[0] == "_") and not _GLUED_OK_AFTER.match(after):
            continue  # 5G, 3D, 8h30
        if len(m.group()) > 1 and m.group()[0] == "0" and m.group()[1].isdigit():
            continue  # 0243…: a phone or code number
        value = parse_number(m.group(), lang)
        if value is None:
            continue
        if len(before) >= 1 and before[-1] in "-−" and (len(before) == 1 or before[-2] in " \n(\t"):
            if not _PREFIX_CURRENCY_RE.search(before[:-1]):
                atoms.append(_Atom(s - 1, e, -value, "digits", text[s - 1:e]))
                continue
        atoms.append(_Atom(s, e, value, "digits", m.group()))
    return atoms


def _word_atoms(text: str, lang: str) -> list[_Atom]:
    atoms = []
    pattern = _VI_WORD_ATOM_RE if lang == VI else _EN_WORD_ATOM_RE
    parse = _vi_words_value if lang == VI else _en_words_value
    for m in pattern.finditer(text):
        pieces = list(re.finditer(r"[^\s-]+", m.group()))
        tokens = [p.group().lower() for p in pieces]
        value, n = parse(tokens)
        if not n:
            continue
        end = m.start() + pieces[n - 1].end()
        atoms.append(_Atom(m.start(), end, Decimal(value), "words", text[m.start():end]))
    return atoms


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


@dataclass
class _Figure:
    start: int
    end: int
    value: Decimal
    value_high: Decimal | None = None
    kind: str = "count"
    currency: str = ""
    unit: str = ""
    qualifier: str = "exact"
    claims: list[tuple[int, int]] = field(default_factory=list)
    unit_start: int = -1  # where a counted noun starts, so that a rate after it joins the unit


@dataclass
class _Quantity:
    """A number with what is glued to it: a currency before, a scale word and % after."""

    start: int
    end: int
    atom: _Atom
    value: Decimal
    scaled: bool = False
    currency: str = ""
    percent: str = ""


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before ``start`` and where it starts (``exact`` if none)."""
    window = text[max(0, start - 40):start]
    best, best_start = "exact", start
    for name, pattern in _QUALIFIER_RES.items():
        m = pattern.search(window)
        if m and (start - len(window) + m.start()) < best_start:
            word_before = window[:m.start()].split()[-1:] if window[:m.start()].strip() else []
            if name == "over" and m.group().strip().lower() == "hơn" and word_before and word_before[0].lower() in _COMPARATIVES:
                continue  # "cao hơn 2 lần": a comparison, not "more than"
            best, best_start = name, start - len(window) + m.start()
    return best, best_start


def _quantity_at(text: str, pos: int, atoms_at: dict[int, _Atom], lang: str, allow_prefix: bool = True) -> _Quantity | None:
    """Parse ``[currency] number [scale] [%|currency]`` starting at ``pos`` (spaces skipped)."""
    m = re.compile(rf"{_SP}*").match(text, pos)
    pos = m.end()
    currency, start = "", pos
    if allow_prefix:
        cm = re.compile(r"(US\$|U\.S\.\$|USD|JP¥|JPY|VNĐ|VND|EUR|\$|¥|€|£|₫)[^\S\n]?").match(text, pos)
        if cm and cm.end() in atoms_at:
            currency, pos = _PREFIX_CODES[cm.group(1)], cm.end()
    atom = atoms_at.get(pos)
    if atom is None:
        return None
    q = _Quantity(start, atom.end, atom, atom.value, currency=currency)
    _attach_scale(text, q)
    return q


def _attach_scale(text: str, q: _Quantity) -> None:
    m = _SCALE_RE.match(text, q.end)
    if m:
        q.value *= _SCALES[m.group(1).lower()]
        q.scaled, q.end = True, m.end()
        return
    if q.atom.written == "digits":
        m = _SCALE_ABBR_RE.match(text, q.end)
        glued = m is not None and m.start(1) == q.end
        if m and (glued and m.group(1) in ("tn", "trn", "bn", "bln", "mn", "mln") or q.currency):
            q.value *= _SCALE_ABBR[m.group(1)]
            q.scaled, q.end = True, m.end()


def _percent_or_currency_after(text: str, q: _Quantity) -> None:
    """Glue a % sign or a currency word written right after the number (``6%``, ``200 USD``)."""
    if q.percent or q.currency:
        return
    m = _PERCENT_RE.match(text, q.end)
    if m:
        q.percent, q.end = m.group(1), m.end()
        return
    m = _CURRENCY_SUFFIX_RE.match(text, q.end)
    if m:
        code = next(_CURRENCY_CODES[i] for i in range(5) if m.group(i + 1))
        word = m.group(m.lastindex).lower()
        if word == "đồng":
            nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if nxt and nxt.group().lower() in _DONG_COMPOUNDS:
                return
        if word == "đ" and m.start(m.lastindex) != q.end:
            return  # a lone "đ" counts only glued to the number: 500.000đ
        q.currency, q.end = code, m.end()


_RANGE_DASH = re.compile(rf"{_SP}*[-–—~]{_SP}*")
_RANGE_WORD = re.compile(rf"{_SP}+(đến|tới|to|and|-|–)(?!\w){_SP}*", re.IGNORECASE)
_RANGE_START = re.compile(r"(?<!\w)(từ|from|between)[^\S\n]+$", re.IGNORECASE)
_CHANGE_VERB = re.compile(r"(?<!\w)(?:tăng|giảm|rose|rise|rises|risen|fell|fall|falls|grew|grow|increased?|decreased?|"
                          r"jumped|dropped|climbed|declined)(?:\s+\S+){0,2}\s*$", re.IGNORECASE)


def _range_after(text: str, left: _Quantity, atoms_at: dict[int, _Atom], lang: str) -> tuple[_Quantity | None, int]:
    """The upper end of a range starting with ``left`` and where the range starts."""
    start = left.start
    m = _RANGE_DASH.match(text, left.end)
    kw = _RANGE_START.search(text, max(0, left.start - 12), left.start)
    if not m and kw and kw.group(1).lower() in ("từ", "from") and _CHANGE_VERB.search(text[max(0, kw.start() - 40):kw.start()]):
        return None, start  # "tăng từ 10% lên 20%": a change, two figures
    if not m and kw:
        m = _RANGE_WORD.match(text, left.end)
        if m and m.group(1).lower() == "and" and kw.group(1).lower() != "between":
            m = None
        if m and m.group(1).lower() in ("to", "đến", "tới") and kw.group(1).lower() == "between":
            m = None
        if m:
            start = kw.start()
    if not m:
        return None, left.start
    right = _quantity_at(text, m.end(), atoms_at, lang)
    if right is None:
        return None, left.start
    if right.atom.written != left.atom.written and left.atom.written == "digits":
        return None, left.start
    return right, start


def _unit_after(text: str, pos: int, lang: str, written: str) -> tuple[str, int, int] | None:
    """The counted noun after ``pos``: (unit, span start, span end).

    The span covers what the surface must include (adjectives before an English noun, the
    quotes around a quoted noun); the unit is the noun itself.
    """
    m = re.compile(rf"{_SP}+").match(text, pos)
    if not m:
        return None
    p = m.end()
    quoted = p < len(text) and text[p] in _OPEN_QUOTES
    if quoted:
        close = re.compile(rf"([^\n{_CLOSE_QUOTES}{_OPEN_QUOTES}]{{1,40}}?)([{_CLOSE_QUOTES}])").match(text, p + 1)
        if not close or len(close.group(1).split()) > 4 or not close.group(1)[:1].isalpha():
            return None
        return close.group(1).strip(), p, close.end()
    lexicon = _VI_NOUN_RE if lang == VI else _EN_NOUN_RE
    lm = lexicon.match(text, p)
    if lm:
        return lm.group(), p, lm.end()
    words = []
    for w in _WORD.finditer(text, p):
        if w.start() != p or len(words) >= 3:
            break
        words.append(w)
        p = w.end()
        sp = re.compile(rf"{_SP}+").match(text, p)
        if not sp:
            break
        p = sp.end()
    if not words:
        return None
    first = words[0].group()
    function = _VI_FUNCTION if lang == VI else _EN_FUNCTION
    if not first[0].islower() or first.lower() in function:
        return None
    if lang == VI:
        if written == "words" and first.lower() in _VI_NOT_AFTER_WORD_NUMBER:
            return None
        last = words[0]
        if len(words) > 1 and words[1].group()[0].islower() and words[1].group().lower() not in _VI_FUNCTION:
            last = words[1]
        return text[words[0].start():last.end()], words[0].start(), last.end()
    for w in words:  # English: up to the first plural-looking noun
        word = w.group()
        if word.lower() in _EN_FUNCTION or not word[0].islower():
            break
        if word.endswith("s") and not word.endswith("ss"):
            return word, words[0].start(), w.end()  # "5,500 valid projects": the noun is "projects"
    return first, words[0].start(), words[0].end()


def _is_year(atom: _Atom) -> bool:
    return atom.written == "digits" and re.fullmatch(r"1[89]\d\d|2[01]\d\d", atom.text) is not None


def _capitalised_word_before(text: str, start: int) -> bool:
    """Is the number right after a capitalised word that does not open a sentence (VF 8, Phase 2)?"""
    m = re.search(rf"([^\W\d_][\w&.-]*){_SP}+$", text[max(0, start - 40):start])
    if not m or not m.group(1)[0].isupper():
        return False
    before = text[max(0, start - 40):start][:m.start()].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:;\n\"“(«–—-,"


def _generic(text: str, atom: _Atom, atoms_at: dict[int, _Atom], lang: str) -> _Figure | None:
    """Build a figure around ``atom``: range, currency, percent, unit, qualifier."""
    left = _quantity_at(text, atom.start, atoms_at, lang, allow_prefix=False)
    if left is None:
        return None
    pm = _PREFIX_CURRENCY_RE.search(text[max(0, atom.start - 8):atom.start])
    if pm:
        left.currency = _PREFIX_CODES[(pm.group(1) or pm.group(2))]
        left.start = atom.start - (len(text[max(0, atom.start - 8):atom.start]) - pm.start())
        if left.currency:
            _attach_scale_again(text, left)
    _percent_or_currency_after(text, left)
    right, start = _range_after(text, left, atoms_at, lang)
    value, high, end = left.value, None, left.end
    currency, percent, consumed = left.currency, left.percent, [left.atom]
    if right is not None:
        _percent_or_currency_after(text, right)
        lv = left.value
        if not left.scaled and right.scaled:
            lv = left.value * (right.value / right.atom.value) if right.atom.value else left.value
        compatible = (not left.percent or right.percent) and (not left.currency or not right.currency or left.currency == right.currency)
        if right.value > lv and compatible and not (_is_year(left.atom) and _is_year(right.atom)):
            value, high, end = lv, right.value, right.end
            currency = currency or right.currency
            percent = percent or right.percent
            consumed.append(right.atom)
        else:
            start = left.start
    else:
        start = left.start
    scaled = left.scaled or (right is not None and high is not None and right.scaled)
    fig = _Figure(start, end, value, high, claims=[(a.start, a.end) for a in consumed])

    # identifiers, dates, years: never figures (a currency or % makes the number a quantity)
    if not currency and not percent:
        if _ID_BEFORE.search(text[max(0, atom.start - 20):atom.start]):
            return None
        if _WEAK_ID_BEFORE.search(text[max(0, atom.start - 20):atom.start]):
            unit = _unit_after(text, end, lang, atom.written)
            lexicon = _VI_NOUN_RE if lang == VI else _EN_NOUN_RE
            if not unit or not lexicon.fullmatch(unit[0]):
                return None
        if _is_year(atom) and not scaled:
            return None
    if percent:
        fig.kind = "percent"
        if percent.lower().startswith(("điểm", "percentage")):
            fig.unit = percent
    elif currency:
        fig.kind, fig.currency = "money", currency
    else:
        if not _other_kinds(text, fig, atom, lang, scaled):
            return None
    if fig.kind in ("money", "percent", "count"):
        rm = _RATE_RE.match(text, fig.end)
        if rm:
            rate = (rm.group(1) and "/" + rm.group(1)) or rm.group(2)
            fig.unit = text[fig.unit_start:rm.end()].strip() if fig.kind == "count" and fig.unit else rate
            fig.end = rm.end()
    qm = _POST_QUALIFIER_RE.match(text, fig.end)
    qualifier_after = ""
    if qm:
        qualifier_after = "over" if qm.group(1).lower().split()[0] in ("trở", "or", "and") and qm.group(1).lower().split()[-1] in ("lên", "more", "above", "over") else "up_to"
        fig.end = qm.end()
    qualifier, _ = _qualifier_before(text, fig.start)
    fig.qualifier = qualifier_after or qualifier
    if fig.kind == "count" and not fig.unit and fig.qualifier == "exact" and not scaled:
        return None  # a bare number (Industry 4.0, page 12): not a quantity we can read
    return fig


def _attach_scale_again(text: str, q: _Quantity) -> None:
    if not q.scaled:
        _attach_scale(text, q)


def _other_kinds(text: str, fig: _Figure, atom: _Atom, lang: str, scaled: bool) -> bool:
    """Multiplier, duration or count: set ``fig.kind`` and ``fig.unit``; False if not a figure."""
    fig.unit_start = fig.end
    mm = _MULTIPLIER_RE.match(text, fig.end)
    if mm and not scaled:
        before = text[max(0, fig.start - 40):fig.start]
        cue = _MULTIPLIER_CUE_BEFORE.search(before) or _MULTIPLIER_CUE_AFTER.match(text, mm.end()) or mm.group(2)
        if cue:
            fig.kind, fig.end = "multiplier", mm.end()
        else:
            fig.kind, fig.unit, fig.end = "count", mm.group(1), mm.end()
        return True
    dm = _DURATION_RE.match(text, fig.end)
    if dm and not scaled:
        if dm.group(1).lower() in ("giờ", "tiếng", "hour", "hours") and (
            _TIME_OF_DAY_BEFORE.search(text[max(0, fig.start - 10):fig.start]) or _TIME_OF_DAY_AFTER.match(text, dm.end())
        ):
            return False  # "lúc 10 giờ sáng": a time of day
        fig.kind, fig.unit, fig.end = "duration", dm.group(1), dm.end()
        return not (atom.written == "words" and atom.text.lower() == "một")
    unit = _unit_after(text, fig.end, lang, atom.written)
    if atom.written == "words" and not _accept_words(atom, unit, scaled):
        return False
    if unit:
        noun = unit[0].lower()
        if atom.value == 2 and fig.value_high is None and (noun in _PARTIES or re.sub(r"\s+", " ", noun) in _PARTIES):
            return False  # "hai nước", "2 chính phủ", "two governments": the two parties, not a count
        if noun in _DESCRIPTORS:
            return False  # "chính quyền 2 cấp": part of a name
        fig.kind, fig.unit, fig.unit_start, fig.end = "count", unit[0], unit[1], unit[2]
    else:
        fig.kind = "count"
    # a number inside a short quoted label: "3 nhà", “4 tại chỗ”
    before = text[max(0, fig.start - 1):fig.start]
    if before and before in _OPEN_QUOTES and re.match(rf"[^\n{_CLOSE_QUOTES}]{{0,30}}[{_CLOSE_QUOTES}]", text[fig.start:]):
        return False
    if atom.written == "digits" and not scaled and _capitalised_word_before(text, fig.start) and _qualifier_before(text, fig.start)[0] == "exact":
        return False
    return True


def _accept_words(atom: _Atom, unit: tuple[str, int, int] | None, scaled: bool) -> bool:
    """Stricter rules for numbers written as words (``ba`` is also father, ``năm`` also year)."""
    word = atom.text.lower()
    if word in ("một", "one"):
        return scaled
    if scaled:
        return True
    if unit is None:
        return False
    if word == "năm":
        return bool(_VI_NOUN_RE.fullmatch(unit[0]))
    return True


# Patterns for ranks, multipliers and fractions written in fixed phrases.
_VI_ORD = r"\d+|một|nhất|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười"
_EN_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
_EN_ORD = r"\d+(?:st|nd|rd|th)|" + "|".join(_EN_ORD_WORDS)
_ORD_VALUES = {"một": 1, "nhất": 1, "tư": 4, **_VI_UNITS, "mười": 10, **_EN_ORD_WORDS, **_EN_UNITS}
_FRACTIONS_EN = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
                 "fifths": 5, "tenth": 10, "tenths": 10}
_VI_DENOMINATORS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "mười": 10}

_SPECIALS: list[tuple[str, re.Pattern]] = [
    ("rank", re.compile(rf"(?<!\w)(?:xếp{_SP}+)?(?:thứ{_SP}+)?hạng{_SP}+(?:thứ{_SP}+|số{_SP}+)?(?P<n>{_VI_ORD})(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?:vị{_SP}+trí|đứng)(?:{_SP}+(?:số|thứ))?{_SP}+(?P<n>{_VI_ORD})(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?:lớn|cao|nhiều|đông|mạnh|nhanh|giàu|thấp|nhỏ|quan{_SP}+trọng){_SP}+thứ{_SP}+(?P<n>{_VI_ORD})(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)top{_SP}*-?{_SP}*(?P<n>\d+|ten|five|three|twenty|fifty|hundred)(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?:ranked|ranks|ranking|rank|placed|came){_SP}+(?:No\.{_SP}*|number{_SP}+)?(?P<n>{_EN_ORD}|\d+)(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?P<n>{_EN_ORD})[-{_SP[1:-1]}](?:largest|biggest|highest|most|fastest|leading|richest|lowest|smallest|best|strongest|top)(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?P<n>{_EN_ORD}){_SP}+place(?!\w)", re.I)),
    ("rank", re.compile(rf"(?<!\w)(?:the{_SP}+)?number[-{_SP[1:-1]}](?P<n>one)(?!\w)", re.I)),
    ("multiplier", re.compile(rf"(?<!\w)gấp{_SP}+(?P<n>đôi|rưỡi|\d+(?:[.,]\d+)?|{_VI_ORD})(?:{_SP}+lần)?(?!\w)", re.I)),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>một){_SP}+nửa(?!\w)", re.I)),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>một|hai|ba|bốn|\d+){_SP}+phần{_SP}+(?P<d>hai|ba|tư|bốn|năm|mười|\d+)(?!\w)", re.I)),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>one|a|two|three){_SP}*[-{_SP[1:-1]}]{_SP}*(?P<d>halves|half|thirds|third|quarters|fifths|fifth|tenths|tenth)(?=[^\S\n]+of(?!\w)|-)", re.I)),
    ("multiplier", re.compile(rf"(?<![\w-])(?<!first{_SP})(?<!second{_SP})(?P<d>half){_SP}+(?=of|the(?!\w))", re.I)),
    ("multiplier", re.compile(r"(?<!\w)(?P<w>doubled|doubling|tripled|tripling|quadrupled|halved|twice(?=\s+(?:as|the|that|what|its|their|a)\b))(?!\w)", re.I)),
    ("duration", re.compile(rf"(?<!\w)(?P<n>\d+)(?:st|nd|rd|th){_SP}+(?P<u>anniversary)(?!\w)", re.I)),
]
_WORD_MULTIPLIERS = {"doubled": 2, "doubling": 2, "twice": 2, "tripled": 3, "tripling": 3, "quadrupled": 4,
                     "halved": 0.5}


def _special_figures(text: str, lang: str) -> list[_Figure]:
    found = []
    for kind, pattern in _SPECIALS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            raw = (groups.get("n") or "").lower()
            if kind == "multiplier" and groups.get("w"):
                value = Decimal(str(_WORD_MULTIPLIERS[groups["w"].lower()]))
            elif kind == "multiplier" and groups.get("d"):
                den = groups["d"].lower()
                numerator = Decimal(1) if raw in ("", "one", "a", "một") else (
                    Decimal(raw) if raw.isdigit() else Decimal(_ORD_VALUES.get(raw, 0)))
                denominator = Decimal(den) if den.isdigit() else Decimal(_FRACTIONS_EN.get(den) or _VI_DENOMINATORS.get(den, 0))
                if not denominator or not numerator or numerator >= denominator:
                    continue
                value = numerator / denominator
            elif kind == "multiplier" and raw == "một":
                value = Decimal("0.5")
            elif raw in ("đôi",):
                value = Decimal(2)
            elif raw == "rưỡi":
                value = Decimal("1.5")
            elif re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
                parsed = parse_number(raw, lang) if not raw.isdigit() else Decimal(raw)
                if parsed is None:
                    continue
                value = parsed
            else:
                digits = re.match(r"\d+", raw)
                value = Decimal(digits.group()) if digits else Decimal(_ORD_VALUES.get(raw, 0))
                if raw in ("ten", "five", "three", "twenty", "fifty", "hundred"):
                    value = Decimal({"ten": 10, "five": 5, "three": 3, "twenty": 20, "fifty": 50, "hundred": 100}[raw])
            if not value:
                continue
            fig = _Figure(m.start(), m.end(), value, kind=kind)
            if kind == "duration":
                fig.unit = groups.get("u") or ""
            if kind == "rank" and m.group().lower().startswith("top"):
                fig.qualifier = "up_to"
            else:
                fig.qualifier = _qualifier_before(text, m.start())[0] if kind == "multiplier" else "exact"
            fig.claims = [m.span()]
            found.append(fig)
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def _check_lang(text: str, lang: str | None) -> str:
    return check_language(lang or detect_language(text), "extract")


def _sentence_of(text: str) -> Callable[[int], str]:
    spans = sentence_spans(text) if text.strip() else []
    starts = [s for s, _ in spans]

    def lookup(pos: int) -> str:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return text[spans[i][0]:spans[i][1]]
        return ""

    return lookup


def _float(d: Decimal | None) -> float:
    return math.nan if d is None else float(d)


def extract_figures(text: str, lang: str | None = None) -> pd.DataFrame:
    """Every quantity stated in ``text``, one row per figure, in reading order.

    ``lang`` (``"vi"`` or ``"en"``) sets the number convention and the word lists; ``None``
    guesses it with :func:`helpers.text.detect_language`.

    Columns:

    - ``surface``: the exact text of the figure, number with its scale, currency or counted
      noun (``78,6 tỷ USD``, ``5.500 dự án``, ``ba văn phòng``); ``text[start:end] == surface``.
      The qualifier word before it (``gần``, ``nearly``) is not part of it.
    - ``start``, ``end``: offsets into ``text``.
    - ``value``: the number in base units, a float (``78,6 tỷ USD`` → 78600000000.0, ``27,4%`` →
      27.4, ``một nửa`` → 0.5, ``hạng 38`` → 38.0, ``52 năm`` → 52.0).
    - ``value_high``: the upper end of a range (``200–250 triệu USD``, ``6-7%``), else NaN.
    - ``kind``: ``money``, ``percent``, ``count`` (things counted or an amount in a physical unit),
      ``multiplier`` (``2,5 lần``, ``gấp đôi``, ``một nửa``, ``twice``), ``rank`` (``hạng 38``,
      ``lớn thứ hai``, ``second-largest``) or ``duration`` (``52 năm``, ``30 years``).
    - ``currency``: ISO code for money (``USD``, ``JPY``, ``VND``, ``EUR``…), else ``""``.
    - ``unit``: the counted noun as written (``dự án``, ``projects``), a duration's unit (``năm``),
      or a rate (``/năm``, ``per year``) for money and percentages; ``""`` if none.
    - ``qualifier``: ``over`` (hơn, trên, more than: a lower bound), ``nearly`` (gần, nearly),
      ``about`` (khoảng, around), ``up_to`` (lên tới, dưới, up to, less than: an upper bound) or
      ``exact``.
    - ``sentence``: the sentence the figure is in (:func:`helpers.text.sentence_spans`).

    Not figures: dates and years (see :func:`extract_dates`), identifiers (``Nghị quyết số 57``,
    ``COVID-19``, ``5G``), event ordinals (``lần thứ 58``, ``Thứ hai,`` as "secondly"), the two
    parties of a relation (``hai nước``, ``2 chính phủ``, ``two governments``), numbers in short
    quoted labels (``"3 nhà"``) and structural descriptors (``chính quyền 2 cấp``), ``một`` /
    ``one`` used as "a", and bare numbers with nothing to count.

    >>> t = "Nhật Bản có hơn 5.500 dự án với tổng vốn gần 78,6 tỷ USD; vốn tăng trên 20% trong quý I/2025."
    >>> for row in extract_figures(t, lang="vi").itertuples():
    ...     print(row.surface, row.value, row.kind, row.currency, row.unit, row.qualifier, sep=" | ")
    5.500 dự án | 5500.0 | count |  | dự án | over
    78,6 tỷ USD | 78600000000.0 | money | USD |  | nearly
    20% | 20.0 | percent |  |  | over
    >>> extract_figures("Japan had more than 5,500 valid projects worth nearly US$78.6 billion.", "en").value.tolist()
    [5500.0, 78600000000.0]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_figures() needs a str, not {type(text).__name__}")
    lang = _check_lang(text, lang)
    blocked = [(d.start, d.end) for d in _date_atoms(text, lang, None)]
    figures = [f for f in _special_figures(text, lang) if not _overlaps((f.start, f.end), blocked)]
    figures = _drop_overlapping(figures)
    claimed = [c for f in figures for c in f.claims]
    atoms = sorted(_digit_atoms(text, lang) + _word_atoms(text, lang), key=lambda a: (a.start, -a.end))
    atoms_at: dict[int, _Atom] = {}
    for a in atoms:
        atoms_at.setdefault(a.start, a)
    used: set[int] = set()
    for atom in atoms:
        if atom.start in used or _overlaps((atom.start, atom.end), claimed + blocked):
            continue
        fig = _generic(text, atom, atoms_at, lang)
        if fig is None or _overlaps((fig.start, fig.end), [(f.start, f.end) for f in figures]):
            continue
        if _overlaps((fig.start, fig.end), blocked):
            fig = _trim_to_blocked(text, fig, blocked)
            if fig is None:
                continue
        figures.append(fig)
        used.update(s for s, _ in fig.claims)
        claimed.extend(fig.claims)
    figures.sort(key=lambda f: f.start)
    sentence = _sentence_of(text)
    rows = [
        (text[f.start:f.end], f.start, f.end, _float(f.value), _float(f.value_high), f.kind, f.currency,
         f.unit, f.qualifier, sentence(f.start))
        for f in figures
    ]
    return _figure_frame(rows)


def _trim_to_blocked(text: str, fig: _Figure, blocked: list[tuple[int, int]]) -> _Figure | None:
    """A figure whose tail runs into a date (``20% trong năm``) keeps what comes before it."""
    for s, e in blocked:
        if fig.start < e and s < fig.end:
            if s > fig.start and all(c[1] <= s for c in fig.claims):
                fig.end = s
                while fig.end > fig.start and text[fig.end - 1].isspace():
                    fig.end -= 1
                if fig.kind == "count" and fig.unit:
                    fig.unit = text[fig.unit_start:fig.end].strip() if fig.unit_start < fig.end else ""
                return fig
            return None
    return fig


def _drop_overlapping(figures: list[_Figure]) -> list[_Figure]:
    kept: list[_Figure] = []
    for f in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if not _overlaps((f.start, f.end), [(k.start, k.end) for k in kept]):
            kept.append(f)
    return kept


def _figure_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "value_high": "float64",
                         "surface": object, "kind": object, "currency": object, "unit": object,
                         "qualifier": object, "sentence": object})


def corpus_figures(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`extract_figures` for every article of a corpus table (columns ``doc_id``, ``lang``, ``text``).

    Columns: ``doc_id`` first, then those of :func:`extract_figures`.

    >>> import helpers
    >>> facts = corpus_figures(helpers.load_corpus())
    >>> facts.groupby("doc_id", sort=False).size().head(2)
    doc_id
    forum-2025-04-28-vi           10
    it-day-tokyo-2025-08-28-vi    12
    dtype: int64
    """
    parts = []
    for doc in corpus.itertuples():
        table = extract_figures(doc.text, getattr(doc, "lang", None) or None)
        table.insert(0, "doc_id", doc.doc_id)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=["doc_id"] + FIGURE_COLUMNS)
    return pd.concat(parts, ignore_index=True)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


@dataclass
class _Date:
    start: int
    end: int
    precision: str  # day, month, year, period, decade
    first: tuple[int | None, int, int]  # (year, month, day) of the first day covered
    last: tuple[int | None, int, int]
    iso: str = ""
    year_inferred: bool = False
    needs_year: bool = False  # the year must come from the reference date
    kind: str = ""  # what was written: day, month, year, quarter, half, decade, weekday, relative, range
    parts: tuple = ()  # a range: its two ends


_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                  "oct": 10, "nov": 11, "dec": 12}
_MONTH_NAME = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_VI_MONTH_WORDS = {"Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9,
                   "Mười": 10, "Mười Một": 11, "Mười Hai": 12}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "một": 1, "hai": 2, "ba": 3,
          "bốn": 4, "tư": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2,
          "3rd": 3, "4th": 4}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DOC_BEFORE = re.compile(
    r"(?<!\w)(?:số|no\.?|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|luật|công\s+văn|kết\s+luận|"
    r"resolution|decree|decision|circular|directive)[^\S\n]*$",
    re.IGNORECASE,
)
_DAY_CUES = (r"ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm|từ|đến|tới|vào|đầu|cuối|giữa|dịp|lễ|trước|sau|hạn|"
             r"quốc\s+khánh|giải\s+phóng|giáng\s+sinh|kể\s+từ|tính\s+đến|on|by|from|to|until|since")


def _valid(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= calendar.monthrange(y if y else 2024, m)[1]


def _date_atoms(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """Every date expression in ``text``, ranges merged, overlaps resolved (longest first)."""
    found: list[_Date] = []

    def add(start: int, end: int, precision: str, first, last, kind: str, needs_year: bool = False) -> None:
        found.append(_Date(start, end, precision, first, last, needs_year=needs_year, kind=kind))

    def month_end(y: int | None, m: int) -> int:
        return calendar.monthrange(y if y else 2024, m)[1]

    # d/m/yyyy (also d-m-yyyy, d.m.yyyy), with an optional "ngày" in front
    for m in re.finditer(rf"(?<![\d/.,-])(?:(ngày|Ngày){_SP}+)?(\d{{1,2}})([/.-])(\d{{1,2}})\3({_YEAR})(?![\d/])", text):
        d, mo, y = int(m.group(2)), int(m.group(4)), int(m.group(5))
        if _valid(y, mo, d):
            add(m.start(), m.end(), "day", (y, mo, d), (y, mo, d), "day")
    # ngày 10 tháng 7 năm 2025 / 10 tháng 7 năm 2025
    for m in re.finditer(rf"(?<!\w)(?:(?:ngày|Ngày){_SP}+)?(\d{{1,2}}){_SP}+tháng{_SP}+(\d{{1,2}})(?:{_SP}*,?{_SP}*năm{_SP}+({_YEAR}))?(?!\w)", text):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if not _valid(y, mo, d) or (y is None and not re.match(r"ngày", m.group(), re.I)):
            continue
        add(m.start(), m.end(), "day", (y, mo, d), (y, mo, d), "day", needs_year=y is None)
    # d1-d2/m(/yyyy): a span of days
    for m in re.finditer(rf"(?<![\d/.,])(?:(?:ngày|Ngày|từ){_SP}+)?(\d{{1,2}}){_SP}*[-–]{_SP}*(\d{{1,2}})/(\d{{1,2}})(?:/({_YEAR}))?(?![\d/])", text):
        d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else None
        if d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2):
            add(m.start(), m.end(), "period", (y, mo, d1), (y, mo, d2), "day", needs_year=y is None)
    # d/m with a cue word (ngày 10/7, sáng 28/4, (27/8), Quốc khánh 2/9)
    for m in re.finditer(rf"(?<![\d/.,])(\d{{1,2}})/(\d{{1,2}})(?![\d/]|[.,]\d)", text):
        d, mo = int(m.group(1)), int(m.group(2))
        if not _valid(None, mo, d):
            continue
        before = text[max(0, m.start() - 30):m.start()]
        cue = re.search(rf"(?<!\w)({_DAY_CUES}){_SP}+$", before, re.IGNORECASE)
        paren = before.endswith("(") and text[m.end():m.end() + 1] == ")"
        word = re.search(rf"[A-ZĐ][^\W\d_]*{_SP}+$", before)  # "Lễ Vu Lan 15/7", not "Tăng 3/4"
        named = word is not None and not _DOC_BEFORE.search(before) and not _sentence_start(text, m.start() - len(word.group()))
        if not (cue or paren or named):
            continue
        start = m.start()
        if cue and cue.group(1).lower() in ("ngày", "hôm", "mùng", "mồng"):
            start = m.start() - len(cue.group())
        add(start, m.end(), "day", (None, mo, d), (None, mo, d), "day", needs_year=True)
    # tháng 3/2025, tháng 3 năm 2025, tháng 4, tháng Ba
    month_words = "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True))
    for m in re.finditer(rf"(?<!\w)([Tt]háng){_SP}+(\d{{1,2}}|{month_words})(?:{_SP}*[/.-]{_SP}*({_YEAR})|{_SP}*,?{_SP}*năm{_SP}+({_YEAR}|nay|ngoái|trước|tới|sau))?(?![\w/])", text):
        raw = m.group(2)
        mo = int(raw) if raw.isdigit() else _VI_MONTH_WORDS[raw]
        year_text = m.group(3) or m.group(4)
        if not 1 <= mo <= 12:
            continue
        if year_text is None and m.group(1) == "Tháng" and not _sentence_start(text, m.start()):
            continue  # "Cách mạng Tháng 8": part of a name
        if year_text and not year_text.isdigit():
            if reference is None:
                continue
            y = reference.year + {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}[year_text]
            found.append(_Date(m.start(), m.end(), "month", (y, mo, 1), (y, mo, month_end(y, mo)), year_inferred=True, kind="month"))
            continue
        y = int(year_text) if year_text else None
        add(m.start(), m.end(), "month", (y, mo, 1), (y, mo, month_end(y, mo)), "month", needs_year=y is None)
    # m/yyyy without "tháng" (đến 3/2025)
    for m in re.finditer(rf"(?<![\d/.,\w])(\d{{1,2}})/({_YEAR})(?![\d/])", text):
        mo, y = int(m.group(1)), int(m.group(2))
        if 1 <= mo <= 12 and not _DOC_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            add(m.start(), m.end(), "month", (y, mo, 1), (y, mo, month_end(y, mo)), "month")
    # quarters: quý I/2025, quý 2 năm 2025, Q1 2025, the first quarter of this year
    quarter_patterns = [
        rf"(?<!\w)[Qq]uý{_SP}+(I{{1,3}}|IV|[1-4]|một|hai|ba|bốn|tư)(?:{_SP}*[/.-]{_SP}*({_YEAR})|{_SP}*,?{_SP}*năm{_SP}+({_YEAR}|nay|ngoái|trước|tới|sau))?(?![\w/])",
        rf"(?<!\w)(?:the{_SP}+)?(first|second|third|fourth|final|1st|2nd|3rd|4th){_SP}+quarter(?:{_SP}+of{_SP}+(?:({_YEAR})|(this|last|next){_SP}+year))?(?!\w)",
        rf"(?<!\w)Q([1-4])(?:{_SP}*[/-]?{_SP}*({_YEAR}))?(?!\w)",
    ]
    for i, pattern in enumerate(quarter_patterns):
        for m in re.finditer(pattern, text, re.IGNORECASE if i == 1 else 0):
            q = _ROMAN[m.group(1).lower()]
            year_text = m.group(2) or (m.group(3) if m.lastindex and m.lastindex >= 3 else None)
            y, inferred = _resolve_relative_year(year_text, reference)
            if y is None and year_text and not year_text.isdigit():
                continue
            first, last = (y, 3 * q - 2, 1), (y, 3 * q, month_end(y, 3 * q))
            found.append(_Date(m.start(), m.end(), "period", first, last, year_inferred=inferred,
                               needs_year=y is None, kind="quarter"))
    # halves and "first N months": 6 tháng đầu năm 2025, nửa đầu năm, the first half of 2025, H1 2025
    half_patterns = [
        (rf"(?<!\w)(\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một){_SP}+tháng{_SP}+(?:(đầu|cuối){_SP}+năm(?:{_SP}+({_YEAR}|nay|ngoái|trước))?|()năm{_SP}+({_YEAR}|nay|ngoái|trước))(?!\w)", "months"),
        (rf"(?<!\w)(?:the{_SP}+)?(first|last|final){_SP}+(\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven){_SP}+months(?:{_SP}+of{_SP}+(?:({_YEAR})|(this|last){_SP}+year))?(?!\w)", "months_en"),
        (rf"(?<!\w)nửa{_SP}+(đầu|cuối){_SP}+năm(?:{_SP}+({_YEAR}|nay|ngoái|trước))?(?!\w)", "half_vi"),
        (rf"(?<!\w)(?:the{_SP}+)?(first|second){_SP}+half{_SP}+of{_SP}+(?:({_YEAR})|(this|last|next){_SP}+year)(?!\w)", "half_en"),
        (rf"(?<!\w)H([12]){_SP}*[/-]?{_SP}*({_YEAR})(?!\w)", "h"),
    ]
    for pattern, style in half_patterns:
        for m in re.finditer(pattern, text, re.IGNORECASE if style != "h" else 0):
            if style in ("months", "months_en"):
                raw = m.group(1).lower() if style == "months" else m.group(2).lower()
                words = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                         "mười một": 11, **_EN_UNITS, "ten": 10, "eleven": 11}
                n = int(raw) if raw.isdigit() else words[raw]
                if not 1 <= n <= 11:
                    continue
                if style == "months":
                    early = (m.group(2) or "đầu").lower() == "đầu"
                    year_text = m.group(3) or m.group(5)
                else:
                    early = m.group(1).lower() == "first"
                    year_text = m.group(3) or m.group(4)
                months = (1, n) if early else (13 - n, 12)
            elif style == "half_vi":
                early, year_text = m.group(1).lower() == "đầu", m.group(2)
                months = (1, 6) if early else (7, 12)
            elif style == "half_en":
                early = m.group(1).lower() == "first"
                year_text = m.group(2) or m.group(3)
                months = (1, 6) if early else (7, 12)
            else:
                year_text = m.group(2)
                months = (1, 6) if m.group(1) == "1" else (7, 12)
            y, inferred = _resolve_relative_year(year_text, reference)
            if y is None and year_text and not year_text.isdigit():
                continue
            found.append(_Date(m.start(), m.end(), "period", (y, months[0], 1), (y, months[1], month_end(y, months[1])),
                               year_inferred=inferred, needs_year=y is None, kind="half"))
    # years: năm 2028, in 2025, since 2023, đến 2030
    for m in re.finditer(rf"(?<!\w)(năm|Năm){_SP}+({_YEAR})(?![\d%,.]\d|\w|[.,]\d)", text):
        y = int(m.group(2))
        add(m.start(), m.end(), "year", (y, 1, 1), (y, 12, 31), "year")
    year_cues = (r"in|since|by|until|till|from|to|before|after|during|through|of|early|late|mid|around|year|"
                 r"fiscal|FY|đến|tới|từ|trước|sau|giai\s+đoạn|tầm\s+nhìn|đầu|cuối|giữa|niên\s+khóa")
    for m in re.finditer(rf"(?<!\w)(?:{year_cues})(?:{_SP}+|-)({_YEAR})(?![\w%]|[.,]\d|{_SP}*(?:%|phần\s+trăm|per\s+cent))", text, re.IGNORECASE):
        y = int(m.group(1))
        add(m.start(1), m.end(1), "year", (y, 1, 1), (y, 12, 31), "year")
    # year ranges: 2021-2030, giai đoạn 2021 – 2030
    for m in re.finditer(rf"(?<![\d/.,])({_YEAR}){_SP}*[-–—]{_SP}*({_YEAR})(?![\d%]|[.,]\d)", text):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if y1 < y2:
            add(m.start(), m.end(), "period", (y1, 1, 1), (y2, 12, 31), "year")
    # decades: the 1990s, '90s, thập niên 1990, thập niên 90, những năm 1990
    for m in re.finditer(rf"(?<!\w)(\d{{3}})0s(?!\w)|(?<![\w'’])['’](\d)0s(?!\w)", text):
        decade = int(m.group(1)) * 10 if m.group(1) else _two_digit_decade(int(m.group(2)) * 10, reference)
        if 1000 <= decade <= 2190:
            add(m.start(), m.end(), "decade", (decade, 1, 1), (decade + 9, 12, 31), "decade")
    for m in re.finditer(rf"(?<!\w)(?:thập{_SP}+niên|thập{_SP}+kỷ|những{_SP}+năm){_SP}+(?:(\d{{3}})0|(\d)0)(?![\d\w])", text, re.IGNORECASE):
        decade = int(m.group(1)) * 10 if m.group(1) else _two_digit_decade(int(m.group(2)) * 10, reference)
        if 1000 <= decade <= 2190:
            add(m.start(), m.end(), "decade", (decade, 1, 1), (decade + 9, 12, 31), "decade")
    # English months: 28 April 2025, April 28, 2025, March 2025, As of March, Jan. 5
    months = rf"(?:{_MONTH_NAME}|(?:{_MONTH_ABBR})\.?)"
    for m in re.finditer(rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th)?{_SP}+(?:of{_SP}+)?({months})(?:,?{_SP}+({_YEAR}))?(?![\w])", text):
        d, mo = int(m.group(1)), _en_month(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(y, mo, d):
            add(m.start(), m.end(), "day", (y, mo, d), (y, mo, d), "day", needs_year=y is None)
    for m in re.finditer(rf"(?<!\w)({months}){_SP}+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?{_SP}+({_YEAR}))?(?![\w:])", text):
        mo, d = _en_month(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(y, mo, d):
            add(m.start(), m.end(), "day", (y, mo, d), (y, mo, d), "day", needs_year=y is None)
    for m in re.finditer(rf"(?<!\w)({months}),?{_SP}+({_YEAR})(?!\w)", text):
        mo, y = _en_month(m.group(1)), int(m.group(2))
        add(m.start(), m.end(), "month", (y, mo, 1), (y, mo, month_end(y, mo)), "month")
    for m in re.finditer(rf"(?<!\w)(?:in|of|since|by|until|till|from|to|as{_SP}+of|during|early|late|mid|"
                         rf"before|after|through|end{_SP}+of|beginning{_SP}+of|last|this|next)[{_SP[1:-1]}-]+({_MONTH_NAME})(?![\w])",
                         text, re.IGNORECASE):
        if not m.group(1)[0].isupper():
            continue
        mo = _en_month(m.group(1))
        add(m.start(1), m.end(1), "month", (None, mo, 1), (None, mo, month_end(None, mo)), "month", needs_year=True)
    # relative: năm nay, năm ngoái, this year, last year, next year
    if reference is not None:
        for m in re.finditer(rf"(?<!\w)(?:năm{_SP}+(nay|ngoái|trước|tới|sau)|(this|last|next){_SP}+year)(?!\w)", text, re.IGNORECASE):
            if re.search(rf"(?:\d|\w){_SP}+$", text[max(0, m.start() - 12):m.start()]) and re.search(
                    rf"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|nhiều|những|các){_SP}+$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
                continue  # "5 năm tới": the next five years, a duration
            word = (m.group(1) or m.group(2)).lower()
            y = reference.year + {"nay": 0, "this": 0, "ngoái": -1, "trước": -1, "last": -1, "tới": 1, "sau": 1, "next": 1}[word]
            found.append(_Date(m.start(), m.end(), "year", (y, 1, 1), (y, 12, 31), year_inferred=True, kind="relative"))
        for m in re.finditer(rf"(?<!\w)(?:(on|last|this|next|since|by|until){_SP}+)?({'|'.join(d.capitalize() for d in _WEEKDAYS)})(?!\w)", text):
            if lang != EN and not m.group(1):
                continue
            day = _weekday(reference, _WEEKDAYS[m.group(2).lower()], (m.group(1) or "").lower())
            s = m.start(2)
            found.append(_Date(s, m.end(), "day", (day.year, day.month, day.day), (day.year, day.month, day.day),
                               year_inferred=True, kind="weekday"))
    dates = _resolve(found)
    dates = _merge_ranges(text, dates)
    for d in dates:
        _finish(d, reference)
    return dates


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" ")
    return not before or before[-1] in ".!?\n:\"“(–—-"


def _en_month(name: str) -> int:
    key = name.rstrip(".").lower()
    return _EN_MONTHS.get(key) or _EN_MONTH_ABBR[key]


def _two_digit_decade(decade: int, reference: dt.date | None) -> int:
    ref_year = reference.year if reference else dt.date.today().year
    candidate = (ref_year // 100) * 100 + decade
    return candidate - 100 if candidate > ref_year else candidate


def _resolve_relative_year(year_text: str | None, reference: dt.date | None) -> tuple[int | None, bool]:
    if year_text is None:
        return None, False
    if year_text.isdigit():
        return int(year_text), False
    if reference is None:
        return None, False
    offset = {"nay": 0, "this": 0, "ngoái": -1, "trước": -1, "last": -1, "tới": 1, "sau": 1, "next": 1}[year_text.lower()]
    return reference.year + offset, True


def _weekday(reference: dt.date, weekday: int, cue: str) -> dt.date:
    if cue == "next":
        return reference + dt.timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


def _resolve(found: list[_Date]) -> list[_Date]:
    """Keep the longest of overlapping date expressions."""
    kept: list[_Date] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), d.start)):
        if not any(d.start < k.end and k.start < d.end for k in kept):
            kept.append(d)
    return sorted(kept, key=lambda d: d.start)


_DATE_RANGE_BETWEEN = re.compile(rf"^{_SP}*(?:[-–—]|đến|tới|to|until|till|through|and){_SP}*$", re.IGNORECASE)


def _merge_ranges(text: str, dates: list[_Date]) -> list[_Date]:
    """Join ``A – B``, ``từ A đến B``, ``from A to B`` and ``between A and B`` into one period."""
    out: list[_Date] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        if i + 1 < len(dates):
            b = dates[i + 1]
            between = text[a.end:b.start]
            m = _DATE_RANGE_BETWEEN.match(between)
            before = text[max(0, a.start - 12):a.start]
            word = m and m.group().strip().lower()
            opener = re.search(r"(?<!\w)(từ|from|between)[^\S\n]+$", before, re.IGNORECASE)
            ok = m and (word in ("-", "–", "—") or (opener and (word != "and" or opener.group(1).lower() == "between")))
            if ok:
                first = (a.first[0] if a.first[0] is not None else b.first[0], a.first[1], a.first[2])
                merged = _Date(a.start, b.end, "period", first, b.last, year_inferred=a.year_inferred or b.year_inferred,
                               needs_year=(first[0] is None) or b.needs_year, kind="range")
                merged.parts = (a, b)
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _closest_year(reference: dt.date, first: tuple, last: tuple) -> int:
    """The year that puts the middle of a date or period nearest to ``reference``."""
    best, best_gap = reference.year, None
    for y in (reference.year - 1, reference.year, reference.year + 1):
        last_y = y + (last[1] < first[1])
        if first[2] > calendar.monthrange(y, first[1])[1] or last[2] > calendar.monthrange(last_y, last[1])[1]:
            continue  # 29/2 only in a leap year
        a = dt.date(y, first[1], min(first[2], calendar.monthrange(y, first[1])[1]))
        b = dt.date(last_y, last[1], min(last[2], calendar.monthrange(last_y, last[1])[1]))
        gap = abs((a + (b - a) / 2 - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _finish(d: _Date, reference: dt.date | None) -> None:
    """Fill a missing year from ``reference`` (the nearest fitting year) and write the ISO form."""
    parts = d.parts
    if parts:
        a, b = parts
        for p in (a, b):
            _finish(p, reference)
        if a.first[0] is None and b.first[0] is not None and not b.year_inferred:
            a.first = (b.first[0], a.first[1], a.first[2])
            a.last = (b.first[0], a.last[1], a.last[2])
            a.needs_year = False
            _finish(a, None)
        d.first, d.last = a.first, b.last
        d.year_inferred = a.year_inferred or b.year_inferred
        d.iso = f"{a.iso}/{b.iso}"
        return
    if d.needs_year and reference is not None:
        y = _closest_year(reference, d.first, d.last)
        last_y = y + (d.last[1] < d.first[1])
        d.first, d.last = (y, d.first[1], d.first[2]), (last_y, d.last[1], min(d.last[2], calendar.monthrange(last_y, d.last[1])[1]))
        d.year_inferred, d.needs_year = True, False
    y, m, day = d.first
    ly, lm, lday = d.last
    yy = f"{y:04d}" if y is not None else "-"
    lyy = f"{ly:04d}" if ly is not None else "-"
    if d.precision == "day":
        d.iso = f"{yy}-{m:02d}-{day:02d}"
    elif d.precision == "month":
        d.iso = f"{yy}-{m:02d}"
    elif d.precision == "year":
        d.iso = yy
    elif d.precision == "decade":
        d.iso = f"{y:04d}/{ly:04d}"
    elif d.kind == "day":  # a span of days
        d.iso = f"{yy}-{m:02d}-{day:02d}/{lyy}-{lm:02d}-{lday:02d}"
    elif d.kind == "year":
        d.iso = f"{yy}/{lyy}"
    else:  # quarters and halves
        d.iso = f"{yy}-{m:02d}/{lyy}-{lm:02d}"


def _iso_day(t: tuple[int | None, int, int]) -> str:
    y, m, d = t
    return "" if y is None else f"{y:04d}-{m:02d}-{d:02d}"


def _as_date(reference_date) -> dt.date | None:
    if reference_date is None:
        return None
    stamp = pd.Timestamp(reference_date)
    return None if pd.isna(stamp) else stamp.date()


def extract_dates(text: str, lang: str | None = None, reference_date=None) -> pd.DataFrame:
    """Every calendar date and period in ``text``, one row each, in reading order.

    ``reference_date`` (a date, a Timestamp or an ISO string; usually the article's date) gives
    the year to dates written without one (``ngày 10/7``, ``tháng 4``, ``As of March``): the
    year that puts the date nearest to the reference. It also resolves ``năm nay``, ``this year``,
    ``last year`` and weekdays (``on Monday``: the last Monday on or before the reference).
    Without it, such dates keep an unknown year (ISO ``--07-10``) and relative ones are skipped.

    Columns:

    - ``surface``, ``start``, ``end``: the exact text and its offsets. Nominal words belong to the
      date (``ngày 10/7``, ``tháng 3/2025``, ``quý I/2025``, ``năm 2028``); prepositions do not
      (``từ``, ``As of``, ``in``).
    - ``iso``: the date as an ISO 8601 string at its precision: ``2025-04-28`` (day),
      ``2025-03`` (month), ``2028`` (year); a period is an interval ``start/end``
      (``2025-01/2025-03`` for ``quý I/2025``, ``1973-09-21/2025-09-21``, ``2021/2030``);
      a decade is ``1990/1999``. An unknown year is written ``-`` (``--07-10``).
    - ``date_start``, ``date_end``: the first and last day covered (``YYYY-MM-DD``), for sorting
      and timelines; ``""`` when the year is unknown.
    - ``precision``: ``day``, ``month``, ``year``, ``period`` (quarters, halves, ranges) or ``decade``.
    - ``year_inferred``: True when the year was taken from ``reference_date``, not the text.
    - ``sentence``: the sentence the date is in.

    >>> t = "Ngày 10/7, tính đến tháng 3/2025 và trong quý I/2025; mục tiêu năm 2028 (21/9/1973 – 21/9/2025)."
    >>> for row in extract_dates(t, "vi", reference_date="2025-07-10").itertuples():
    ...     print(row.surface, row.iso, row.precision, row.year_inferred, sep=" | ")
    Ngày 10/7 | 2025-07-10 | day | True
    tháng 3/2025 | 2025-03 | month | False
    quý I/2025 | 2025-01/2025-03 | period | False
    năm 2028 | 2028 | year | False
    21/9/1973 – 21/9/2025 | 1973-09-21/2025-09-21 | period | False
    >>> extract_dates("As of March, unlike in the 1990s.", "en", "2025-04-28").iso.tolist()
    ['2025-03', '1990/1999']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_dates() needs a str, not {type(text).__name__}")
    lang = _check_lang(text, lang)
    reference = _as_date(reference_date)
    dates = _date_atoms(text, lang, reference)
    sentence = _sentence_of(text)
    rows = [
        (text[d.start:d.end], d.start, d.end, d.iso, _iso_day(d.first), _iso_day(d.last), d.precision,
         bool(d.year_inferred), sentence(d.start))
        for d in dates
    ]
    frame = pd.DataFrame(rows, columns=DATE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "year_inferred": bool, "surface": object, "iso": object,
                         "date_start": object, "date_end": object, "precision": object, "sentence": object})


def corpus_dates(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`extract_dates` for every article, each with its own ``date`` as the reference.

    Columns: ``doc_id`` first, then those of :func:`extract_dates`.

    >>> import helpers
    >>> dates = corpus_dates(helpers.load_corpus())
    >>> dates[dates.doc_id == "asean-fm-2025-07-10-vi"][["surface", "iso", "year_inferred"]].to_string(index=False)
    '  surface        iso  year_inferred\\nNgày 10/7 2025-07-10           True\\n ngày 7/7 2025-07-07           True'
    """
    parts = []
    for doc in corpus.itertuples():
        table = extract_dates(doc.text, getattr(doc, "lang", None) or None, getattr(doc, "date", None))
        table.insert(0, "doc_id", doc.doc_id)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=["doc_id"] + DATE_COLUMNS)
    return pd.concat(parts, ignore_index=True)


# --------------------------------------------------------------------------------------------
# Reference answers and scores
# --------------------------------------------------------------------------------------------


def written_as(surface: str) -> str:
    """``"digits"`` if the figure's number is written with digits, else ``"words"``.

    >>> written_as("78,6 tỷ USD"), written_as("ba văn phòng"), written_as("hạng 38")
    ('digits', 'words', 'digits')
    """
    return "digits" if any(c.isdigit() for c in str(surface)) else "words"


def reference_figures(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-checked figures of the seed articles (``seeds/annotations/figures.csv``).

    Columns: ``doc_id``, the columns of :func:`extract_figures`, ``written`` (``digits`` or
    ``words``) and ``subject`` (what the figure measures, in English). Offsets refer to the
    cleaned text (``helpers.load_corpus().text``).

    >>> ref = reference_figures()
    >>> ref.groupby("written").size().to_dict()
    {'digits': 30, 'words': 6}
    """
    path = Path(path) if path is not None else annotations_dir() / "figures.csv"
    frame = pd.read_csv(path, dtype={"currency": str, "unit": str, "subject": str}, keep_default_na=False,
                        na_values={"value_high": [""]})
    return frame.astype({"start": "int64", "end": "int64", "value": "float64", "value_high": "float64"})


def reference_dates(path: str | Path | None = None) -> pd.DataFrame:
    """The hand-checked dates of the seed articles (``seeds/annotations/dates.csv``).

    Columns: ``doc_id`` and the columns of :func:`extract_dates`.

    >>> reference_dates().precision.value_counts().to_dict()["day"] > 0
    True
    """
    path = Path(path) if path is not None else annotations_dir() / "dates.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return frame.astype({"start": "int64", "end": "int64"}).assign(year_inferred=frame.year_inferred == "True")


def _figure_keys(table: pd.DataFrame) -> pd.DataFrame:
    out = table.copy()
    out["value"] = [format(float(v), ".10g") for v in out["value"]]
    out["value_high"] = ["" if pd.isna(v) or v == "" else format(float(v), ".10g") for v in out["value_high"]]
    out["currency"] = out["currency"].fillna("").astype(str)
    if "written" not in out.columns:
        out["written"] = [written_as(s) for s in out["surface"]]
    if "doc_id" not in out.columns:
        out["doc_id"] = ""
    return out


def evaluate_figures(predicted: pd.DataFrame, reference: pd.DataFrame, by: str | list[str] | None = "doc_id") -> pd.DataFrame:
    """Precision, recall and F1 of predicted figures against reference figures.

    A prediction is right when a reference figure of the same article has the same ``value``,
    ``value_high``, ``kind`` and ``currency`` (values compared to 10 significant digits), using
    :func:`helpers.evaluate.score`. ``by`` groups the table: ``"doc_id"`` (one row per article),
    ``"written"`` (figures written with digits vs words; computed from ``surface`` with
    :func:`written_as` when a table has no such column), a list of both, or ``None``.

    >>> ref = pd.DataFrame({"doc_id": ["a", "a"], "surface": ["5.500 dự án", "ba văn phòng"], "value": [5500.0, 3.0],
    ...                     "value_high": [float("nan")] * 2, "kind": ["count"] * 2, "currency": ["", ""]})
    >>> evaluate_figures(ref.iloc[:1], ref, by="written")[["written", "tp", "fn", "recall"]]
      written  tp  fn  recall
    0  digits   1   0     1.0
    1   words   0   1     0.0
    2     all   1   1     0.5
    """
    from .evaluate import score

    on = ["doc_id", "value", "value_high", "kind", "currency"]
    return score(_figure_keys(predicted), _figure_keys(reference), on=on, by=by)


def evaluate_dates(predicted: pd.DataFrame, reference: pd.DataFrame, by: str | list[str] | None = "doc_id") -> pd.DataFrame:
    """Precision, recall and F1 of predicted dates against reference dates, matching on ``doc_id`` and ``iso``.

    >>> ref = pd.DataFrame({"doc_id": ["a", "a"], "iso": ["2025-03", "2028"]})
    >>> evaluate_dates(ref.iloc[:1], ref, by=None)[["tp", "fp", "fn"]].values.tolist()
    [[1, 0, 1]]
    """
    from .evaluate import score

    return score(predicted, reference, on=["doc_id", "iso"], by=by)
