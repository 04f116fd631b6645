"""Figures: every quantity in a news article, parsed into a table you can trust.

:func:`extract_figures` is pure rules (regular expressions and small word lists, no model). It
finds money, percentages, counts of things, multipliers, rankings and durations, written with
digits (``78,6 tỷ USD``, ``US$78.6 billion``) or words (``ba văn phòng``, ``một nửa``, ``lớn thứ
hai``). Each row says what the number is worth in base units, with its range, currency, counted
noun and qualifier (``hơn``, ``nearly``). Numbers are read by :mod:`helpers.numbers`.

Dates are not figures: a number that is part of a date (``2025``, ``28/4``; see
:mod:`helpers.dates`) never appears here, and neither do identifiers (``Nghị quyết số 57``,
``COVID-19``), ordinals of events (``lần thứ 58``), the two parties of a bilateral relation
(``hai nước``, ``the two countries``) or numbers that are part of a quoted label (``mô hình "3 nhà"``).
Scores against the hand-checked answers are in :mod:`helpers.evaluate`.

Text is expected in NFC (as :func:`helpers.load_corpus` returns it). Offsets are always offsets
into the text given: ``text[start:end] == surface``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from .. import vocabulary
from ..corpus import per_article
from ..dates import DATE_COLUMNS, corpus_dates, date_spans, extract_dates
from ..languages import EN, VI, check_language
from ..numbers import (
    EN_NUMBER_WORDS,
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    SP,
    VI_AFTER_MUOI,
    VI_AFTER_MUOI_TEN,
    VI_NUMBER_WORDS,
    VI_UNITS,
    en_words_value,
    parse_number,
    vi_words_value,
)
from ..text import detect_language, sentence_lookup, stopwords

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
]

FIGURE_COLUMNS = ["surface", "start", "end", "value", "value_high", "kind", "currency", "unit", "qualifier", "sentence"]
KINDS = ("money", "percent", "count", "multiplier", "rank", "duration")
QUALIFIERS = ("over", "nearly", "about", "up_to", "exact")

_OPEN_QUOTES = "\"“«‘'„"
_CLOSE_QUOTES = "\"”»’'“"

# --------------------------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------------------------

_SCALES = {r["word"]: int(r["value"]) for r in vocabulary.rows("scales.csv") if r["kind"] == "word"}
_SCALE_ABBR = {r["word"]: int(r["value"]) for r in vocabulary.rows("scales.csv") if r["kind"] == "abbreviation"}
_SCALE_RE = re.compile(
    rf"(?:{SP}*|-)({'|'.join(sorted(map(re.escape, _SCALES), key=len, reverse=True))})(?!\w)", re.IGNORECASE
)
_SMALL_SCALES = {r["word"]: int(r["value"]) for r in vocabulary.rows("small_scales.csv")}
_SMALL_SCALE_RE = re.compile(rf"{SP}+({'|'.join(_SMALL_SCALES)})(?![\w-])", re.IGNORECASE)
_SCALE_ABBR_RE = re.compile(rf"{SP}?({'|'.join(sorted(_SCALE_ABBR, key=len, reverse=True))})(?![\w$])")

_CURRENCY_WORDS = [
    ("USD", r"US\$|U\.S\.\$|USD|đô[- ]?la(?:\s+Mỹ)?|đôla(?:\s+Mỹ)?|đô(?![- ]?thị)|Mỹ\s+kim|US\s+dollars?|dollars?"),
    ("JPY", r"JP¥|JPY|yên(?:\s+Nhật)?|(?:Japanese\s+)?yen|¥"),
    ("VND", r"VNĐ|VND|vnđ|vnd|đồng|dong|đ"),
    ("EUR", r"EUR|euros?|€"),
    ("USD", r"\$"),
]
_CURRENCY_SUFFIX_RE = re.compile(
    rf"{SP}*(?:({_CURRENCY_WORDS[0][1]})|({_CURRENCY_WORDS[1][1]})|({_CURRENCY_WORDS[2][1]})|"
    rf"({_CURRENCY_WORDS[3][1]})|({_CURRENCY_WORDS[4][1]}))(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_CODES = ["USD", "JPY", "VND", "EUR", "USD"]
_VI_SCALE_END = re.compile(r"(?<!\w)(?:triệu|tỷ|tỉ|nghìn|ngàn)$", re.IGNORECASE)
_DONG_COMPOUNDS = frozenset(vocabulary.words("dong_compounds.txt"))
_PREFIX_CODES = {r["written"]: r["code"] for r in vocabulary.rows("currency_prefixes.csv")}
_PREFIX_CODE_RE = "|".join(
    re.escape(r["written"]) for r in vocabulary.rows("currency_prefixes.csv") if r["symbol"] == "no"
)
_PREFIX_SIGN_RE = "|".join(
    re.escape(r["written"]) for r in vocabulary.rows("currency_prefixes.csv") if r["symbol"] == "yes"
)
_PREFIX_CURRENCY_RE = re.compile(rf"(?:(?<![A-Za-z])({_PREFIX_CODE_RE})[^\S\n]?|({_PREFIX_SIGN_RE}))$")

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
_DURATION_UNITS = (
    rf"thập{SP}+kỷ|thập{SP}+niên|thế{SP}+kỷ|năm|tháng|tuần|ngày|giờ|tiếng|phút|"
    r"years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century"
)
_DURATION_RE = re.compile(  # "four more years": a word that adds to a count may come first
    rf"(?:{SP}+(?:more|additional|further|extra))?(?:{SP}+|-)({_DURATION_UNITS})(?!\w)", re.IGNORECASE
)
_MULTIPLIER_RE = re.compile(rf"(?:{SP}+(lần|times)|{SP}*-?(fold))(?!\w)", re.IGNORECASE)
_MULTIPLIER_CUE_BEFORE = re.compile(
    r"(?:tăng|giảm|cao|lớn|nhiều|nhanh|nhân|gấp|vượt|rise|rose|grew|grow|increase[sd]?|jump(?:ed)?|"
    r"multipl(?:y|ied)|surge[sd]?|soar(?:ed)?)(?:\s+\S+){0,2}\s*$",
    re.IGNORECASE,
)
_MULTIPLIER_CUE_AFTER = re.compile(
    rf"{SP}+(?:so{SP}+với|so|hơn|more|larger|higher|bigger|greater|faster|as|that|the|over|what)(?!\w)", re.IGNORECASE
)
_POST_QUALIFIER_RE = re.compile(
    rf"{SP}+(trở{SP}+lên|or{SP}+more|and{SP}+above|or{SP}+above|and{SP}+over|"
    rf"trở{SP}+xuống|or{SP}+less|or{SP}+fewer|and{SP}+below)(?!\w)",
    re.IGNORECASE,
)


def _phrases_re(phrases: list[str]) -> str:
    """An alternation of literal phrases in which a space matches any run of spaces."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_QUALIFIER_WORDS = {
    name: _phrases_re([r["phrase"] for r in vocabulary.rows("qualifiers.csv") if r["qualifier"] == name])
    for name in ("over", "nearly", "about", "up_to")
}
_QUALIFIER_RES = {
    name: re.compile(rf"(?<![\w.])(?:{alts}){SP}*$", re.IGNORECASE) for name, alts in _QUALIFIER_WORDS.items()
}
_COMPARATIVES = frozenset(vocabulary.words("comparatives.txt"))

# Words that, written just before a number, make it an identifier or part of a date.
_ID_WORDS = (
    r"(?<![\w])(?:(?<!trong\s)(?<!tổng\s)số|no\.?|nos\.|nr\.|#|mã|điều|khoản|chương|mục|nghị\s+quyết|nghị\s+định|"
    r"quyết\s+định|"
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
    r"(?<![\w])(?:phase|room|floor|route|tầng|phòng|giai\s+đoạn|khóa|khoá|lô|tòa|toà|tier|level|cấp|page|"
    r"trang|part|phần|model|gen|series|term)[^\S\n]*$",
    re.IGNORECASE,
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
_TIME_OF_DAY_AFTER = re.compile(rf"{SP}+(?:sáng|chiều|tối|trưa|đêm|a\.?m\.?|p\.?m\.?|o'clock)(?!\w)", re.IGNORECASE)
_TIME_OF_DAY_BEFORE = re.compile(r"(?<!\w)(?:lúc|vào\s+lúc|at)\s*$", re.IGNORECASE)


def _lexicon_re(nouns: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(n).replace(r"\ ", rf"{SP}+") for n in sorted(set(nouns), key=len, reverse=True))
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

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


_DIGITS_RE = re.compile(r"\d+(?:[.,]\d+)*")
_GLUED_OK_AFTER = re.compile(
    r"(?:tn|trn|bn|bln|mn|mln|m|M|b|B|k|K|st|nd|rd|th|đ|pct|pc|USD|VND|VNĐ|JPY|MW|GW|kW|kWh|MWh|GWh|TWh|km|kg|ha|m2|m3)"
    r"(?![^\W\d_])"
)
#: A unit of measure glued to its number (``200MW``): helpers/data/unit_symbols.txt, longest first.
_GLUED_MEASURE = re.compile(
    "(?:"
    + "|".join(map(re.escape, sorted(vocabulary.words("unit_symbols.txt"), key=len, reverse=True)))
    + r")(?![^\W_])"
)
_VI_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(VI_UNITS, key=len, reverse=True))}|mười)"
    rf"(?:{SP}+(?:{'|'.join(sorted(VI_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)
_EN_WORD_ATOM_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(set(EN_UNITS) | set(EN_TEENS) | set(EN_TENS), key=len, reverse=True))})"
    rf"(?:(?:{SP}+|-)(?:{'|'.join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))}))*(?!\w)",
    re.IGNORECASE,
)


def _digit_atoms(text: str, lang: str) -> list[_Atom]:
    """Every number written with digits that is not part of a code, a date or a time."""
    atoms = []
    for m in _DIGITS_RE.finditer(text):
        s, e = m.span()
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
        value, n = parse(tokens)
        if not n:
            continue
        end = m.start() + pieces[n - 1].end()
        atoms.append(_Atom(m.start(), end, Decimal(value), "words", text[m.start() : end]))
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
    window = text[max(0, start - 40) : start]
    best, best_start = "exact", start
    for name, pattern in _QUALIFIER_RES.items():
        m = pattern.search(window)
        if m and (start - len(window) + m.start()) < best_start:
            word_before = window[: m.start()].split()[-1:] if window[: m.start()].strip() else []
            if (
                name == "over"
                and m.group().strip().lower() == "hơn"
                and word_before
                and word_before[0].lower() in _COMPARATIVES
            ):
                continue  # "cao hơn 2 lần": a comparison, not "more than"
            best, best_start = name, start - len(window) + m.start()
    return best, best_start


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not a space (line breaks are not skipped)."""
    while pos < len(text) and re.match(SP, text[pos]):
        pos += 1
    return pos


def _quantity_at(
    text: str, pos: int, atoms_at: dict[int, _Atom], lang: str, allow_prefix: bool = True
) -> _Quantity | None:
    """Parse ``[currency] number [scale] [%|currency]`` starting at ``pos`` (spaces skipped)."""
    pos = _skip_spaces(text, pos)
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
    """Multiply ``q`` by the scale word after it: ``tỷ``, ``billion``, ``5bn``; ``dozen``, ``hundred``,
    ``chục`` (small_scales.csv), then a large one still (``a hundred thousand``)."""
    small = _SMALL_SCALE_RE.match(text, q.end)
    if small:
        q.value *= _SMALL_SCALES[small.group(1).lower()]
        q.scaled, q.end = True, small.end()
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
        last = m.lastindex or 0
        word = m.group(last).lower()
        if word == "đồng":
            nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
            if nxt and nxt.group().lower() in _DONG_COMPOUNDS:
                return
        if word == "đ" and m.start(last) != q.end and not _VI_SCALE_END.search(text, max(0, q.end - 6), q.end):
            return  # a lone "đ" counts only glued to the number (500.000đ) or after a scale word (1.200 tỷ đ)
        q.currency, q.end = code, m.end()


_RANGE_DASH = re.compile(rf"{SP}*[-–—~]{SP}*")
_RANGE_WORD = re.compile(rf"{SP}+(đến|tới|to|and|-|–)(?!\w){SP}*", re.IGNORECASE)
_RANGE_START = re.compile(r"(?<!\w)(từ|from|between)[^\S\n]+$", re.IGNORECASE)
_CHANGE_VERBS = (
    r"tăng|giảm|nâng|rút|rose|rise|rises|risen|fell|fall|falls|grew|grow|increased?|decreased?|"
    r"jumped|dropped|climbed|declined|slipped|surged|soared|double[ds]?|triple[ds]?|raised?|lifted|boosted|"
    r"expanded|cut|reduced?|rising|falling|growing|increasing|decreasing|jumping|dropping|climbing|declining|"
    r"surging|soaring|expanding|"  # "the workforce rising from 1,000 to 5,000": a change written with -ing
    r"extended|extending|lengthened|shortened"  # "extended from three years to five"
)
_CHANGE_VERB = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS})(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)
_CHANGE_FROM = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS}|up|down)(?:{SP}+\S+){{0,2}}?{SP}+(?:from|từ|by){SP}*$", re.I)
_CHANGE_BY = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS}|up|down)(?:{SP}+\S+){{0,2}}?{SP}+by{SP}*$", re.I)
_CHANGE_TO = re.compile(
    rf"(?<!\w)(?:{_CHANGE_VERBS})(?:{SP}+\S+){{0,2}}?{SP}+(?:from|từ){SP}+[\d.,]+[^.;:!?\n]{{0,30}}?"
    rf"{SP}(?:to|lên|xuống|còn){SP}*$",
    re.I,
)
_CHANGE_TARGET = re.compile(
    rf"(?<!\w)(?:(?:{_CHANGE_VERBS})(?:{SP}+\S+){{0,2}}?{SP}+(?:to|lên|xuống|còn)|đạt|reached|reaching|reaches|"
    rf"totall?ed|totals|stood{SP}+at|numbered){SP}*$",
    re.I,
)
_COUNT_SUBJECT = re.compile(
    rf"(?<!\w)(?:(?:[Ss]ố|[Tt]ổng{SP}+số|[Ss]ố{SP}+lượng){SP}+(?=(?:{_VI_NOUN_RE.pattern}))"
    rf"|[Tt]he{SP}+number{SP}+of{SP}+)"
    rf"[^\s.;:!?]+(?:{SP}+[^\s.;:!?]+){{0,8}}{SP}+(?:là|is|was|were|are|stood{SP}+at){SP}*$"
)
_PARTITIVE_AFTER = re.compile(
    rf"{SP}+(?:of{SP}+(?:them|these|those|which|whom|the|its|their|all|our)|out{SP}+of|trong{SP}+số)(?!\w)", re.I
)


def _range_after(text: str, left: _Quantity, atoms_at: dict[int, _Atom], lang: str) -> tuple[_Quantity | None, int]:
    """The upper end of a range starting with ``left`` and where the range starts."""
    m, start = _range_joiner(text, left)
    if not m:
        return None, left.start
    right = _quantity_at(text, m.end(), atoms_at, lang)
    if right is None or (_is_year(right.atom) and not right.scaled):
        return None, left.start  # "30% to 2030" is not a range
    if right.atom.written != left.atom.written and left.atom.written == "digits":
        return None, left.start
    return right, start


def _range_joiner(text: str, left: _Quantity) -> tuple[re.Match[str] | None, int]:
    """The dash or word joining ``left`` to a range's upper end (None if there is none), and where the
    range starts: at the opener ``từ``/``from``/``between`` when one comes just before ``left``."""
    m = _RANGE_DASH.match(text, left.end)
    if m:
        return m, left.start
    kw = _RANGE_START.search(text, max(0, left.start - 12), left.start)
    if kw:
        if kw.group(1).lower() in ("từ", "from") and _CHANGE_VERB.search(text[max(0, kw.start() - 40) : kw.start()]):
            return None, left.start  # "tăng từ 10% lên 20%": a change, two figures
        m = _range_word(text, left.end, kw.group(1).lower())
        if m:
            return m, kw.start()
    if not (left.percent or left.currency or left.scaled) and not _CHANGE_BY.search(
        text, max(0, left.start - 40), left.start
    ):
        # no opener: "hai đến ba năm", "one to two years", not "11 points to 58%" nor "rose by two to 21"
        return _range_word(text, left.end, ""), left.start
    return None, left.start


def _range_word(text: str, pos: int, opener: str) -> re.Match[str] | None:
    """The word joining a range opened by ``từ``/``from``/``between``: ``to``/``đến`` after
    ``from`` or after no opener (``opener=""``: ``two to three years``), ``and`` after ``between``."""
    m = _RANGE_WORD.match(text, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    if (word == "and" and opener != "between") or (word in ("to", "đến", "tới") and opener == "between"):
        return None
    return m


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
    return _unit_in_words(text, p, lang, written)


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
    ``a 40,000-square-metre factory``).

    >>> _hyphenated_unit("a 180-hectare site", 5), _hyphenated_unit("COVID-19", 5)
    (('hectare', 6, 13), None)
    """
    m = re.compile(r"-([a-z]+(?:-[a-z]+){0,2})(?![\w-])").match(text, pos)
    if m is None or m.group(1).replace("-", " ") not in _EN_SINGULAR_NOUNS:
        return None
    return m.group(1), m.start(1), m.end(1)


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
        if word[0].islower() and word.endswith("s") and not word.endswith("ss"):
            return word, words[0].start(), w.end()
    if words[0].group() in _EN_COUNT_MODIFIERS:
        return None
    return words[0].group(), words[0].start(), words[0].end()


def _is_year(atom: _Atom) -> bool:
    return atom.written == "digits" and re.fullmatch(r"1[89]\d\d|2[01]\d\d", atom.text) is not None


def _capitalised_word_before(text: str, start: int) -> bool:
    """Is the number right after a capitalised word that does not open a sentence (VF 8, Phase 2)?"""
    m = re.search(rf"([^\W\d_][\w&.-]*){SP}+$", text[max(0, start - 40) : start])
    if not m or not m.group(1)[0].isupper():
        return False
    before = text[max(0, start - 40) : start][: m.start()].rstrip(" ")
    return bool(before) and before[-1] not in '.!?:;\n"“(«–—-,'


_PLUS_AFTER = re.compile(r"(?:\+|-plus)(?![\w+])")


def _generic(text: str, atom: _Atom, atoms_at: dict[int, _Atom], lang: str) -> _Figure | None:
    """Build a figure around ``atom``: range, currency, percent, unit, qualifier."""
    left = _quantity_at(text, atom.start, atoms_at, lang, allow_prefix=False)
    if left is None:
        return None
    _prefix_currency(text, atom, left)
    _percent_or_currency_after(text, left)
    plus = _PLUS_AFTER.match(text, left.end)  # "10,000+ staff", "3,000-plus engineers", "8%+": more than
    if plus:
        left.end = plus.end()
    fig, currency, percent, scaled = _with_range(text, left, atoms_at, lang)
    if not currency and not percent and _not_a_quantity(text, atom, fig.end, lang, scaled):
        return None
    if percent:
        fig.kind = "percent"
        if percent.lower().startswith(("điểm", "percentage")):
            fig.unit = percent
    elif currency:
        fig.kind, fig.currency = "money", currency
    elif not _other_kinds(text, fig, atom, lang, scaled):
        return None
    _attach_rate(text, fig)
    _attach_qualifier(text, fig)
    if plus:
        fig.qualifier = "over"
    if _bare_number(text, fig, scaled):
        return None  # a bare number (Industry 4.0, page 12): not a quantity we can read
    return fig


def _bare_number(text: str, fig: _Figure, scaled: bool) -> bool:
    """An exact count with no noun, no scale word and nothing named nearby that it counts (:func:`_elliptical`).

    >>> _bare_number("See page 12 to 14.", _Figure(9, 11, Decimal(12)), scaled=False)
    True
    """
    grouped = _THOUSANDS.fullmatch(text[fig.start : fig.end]) is not None  # "Indonesia at 4,558": a quantity
    return (
        fig.kind == "count"
        and not fig.unit
        and fig.qualifier == "exact"
        and not scaled
        and not grouped
        and not _elliptical(text, fig)
    )


def _elliptical(text: str, fig: _Figure) -> bool:
    """A number with no noun that still counts something named nearby (an elliptical count): an
    end of a change (``fell from 99,170 in 2019 to 83,403``, ``giảm từ 99.170 xuống 83.403``, ``up
    from 1,200``), the level a change reaches (``rose to 1,500``, ``đạt 1.500``), the value of a
    number named before it (``Số lao động năm 2024 là 72.000``, ``the number of interns was 3,000``),
    a part of a whole (``nine of them``, ``49 trong số 63 tỉnh``, ``3 out of 5``, ``Of the 300 applicants,
    120 …``, ``Trong 63 tỉnh, 49 …``) or a second count sharing a noun (:func:`_shares_a_noun`). Never
    ``one``/``một``.

    >>> t = "Trainees fell from 99,170 in 2019 to 83,403 in 2022."
    >>> _elliptical(t, _Figure(19, 25, Decimal(99170))), _elliptical(t, _Figure(37, 43, Decimal(83403)))
    (True, True)
    >>> _elliptical("Chỉ 49 trong số 63 tỉnh.", _Figure(4, 6, Decimal(49)))
    True
    >>> _elliptical("See page 12 to 14.", _Figure(9, 11, Decimal(12)))
    False
    >>> _elliptical("one of them", _Figure(0, 3, Decimal(1)))
    False
    """
    if fig.value == 1:
        return False
    before = text[max(0, fig.start - 80) : fig.start]
    if any(p.search(before) for p in (_CHANGE_FROM, _CHANGE_TO, _CHANGE_TARGET, _COUNT_SUBJECT)):
        return True
    if _shares_a_noun(before) or _WHOLE_BEFORE.search(before) or _WHOLE_THEN_OF_WHICH.search(before):
        return True
    return fig.value_high is None and _PARTITIVE_AFTER.match(text, fig.end) is not None


# A whole named at the head of the clause, the part after its comma: "Of the 300 applicants, [120] were
# accepted", "Trong (số) 63 tỉnh, [49] có dự án".
_WHOLE_BEFORE = re.compile(
    rf"(?<!\w)(?:[Oo]f{SP}+(?:the|its|their|all){SP}+|[Tt]rong{SP}+(?:số{SP}+)?(?:các{SP}+)?)"
    rf"\d[\d.,]*{SP}+(?!(?:năm|tháng|tuần|ngày|giờ|quý|years?|months?|weeks?|days?|hours?)(?!\w))"
    rf"[^\W\d_][^,;.:!?\n]{{0,40}},{SP}*$"
)
# A whole counted just before "trong đó"/"of which", the part a bare number after it: "320 dự án FDI, trong đó
# Nhật Bản chiếm [45]", "20 projects, of which Japan accounted for [8]".
_WHOLE_THEN_OF_WHICH = re.compile(
    rf"(?<![\w.,])\d[\d.,]*{SP}+[^\W\d_][^.;:!?\n\d]{{0,40}}?,?{SP}*"
    rf"(?:trong{SP}+đó|of{SP}+(?:which|whom)|among{SP}+them)"
    rf"(?:{SP}+[^\W\d_][\w'’]*){{0,6}}?{SP}+"
    rf"(?:chiếm|là|có|accounted{SP}+for|accounts{SP}+for|were|was|are|is|had|has)?{SP}*$",
    re.IGNORECASE,
)
_COUNT_THEN_AND = re.compile(
    rf"(?<![\w.,])(\d[\d.,]*){SP}+([^\W\d_]+)[^.;:!?\n]{{0,50}}?{SP}(?:and|và|or|hoặc){SP}+$", re.IGNORECASE
)


def _shares_a_noun(before: str) -> bool:
    """Is the number after ``before`` the second of two counts sharing one noun, written after ``and``/``và``
    with a count of a lower-case noun earlier in its clause (``150,000 machines a year at first and
    [450,000] by 2016``, ``150.000 xe mỗi năm và [300.000] vào năm 2030``; not ``giai đoạn 1 và [2]``)?

    >>> _shares_a_noun("to make 150,000 machines a year and "), _shares_a_noun("giai đoạn 1 và ")
    (True, False)
    """
    m = _COUNT_THEN_AND.search(before)
    if m is None or re.fullmatch(r"1[89]\d\d|2[01]\d\d", m.group(1)):
        return False
    noun = m.group(2)
    return noun[0].islower() and noun.lower() not in _VI_FUNCTION | _EN_FUNCTION


def _prefix_currency(text: str, atom: _Atom, left: _Quantity) -> None:
    """A currency written before the number (``US$78.6``, ``¥500``) joins the quantity."""
    before = text[max(0, atom.start - 8) : atom.start]
    pm = _PREFIX_CURRENCY_RE.search(before)
    if pm:
        left.currency = _PREFIX_CODES[(pm.group(1) or pm.group(2))]
        left.start = atom.start - (len(before) - pm.start())
        if left.currency:
            _attach_scale_again(text, left)


def _with_range(text: str, left: _Quantity, atoms_at: dict[int, _Atom], lang: str) -> tuple[_Figure, str, str, bool]:
    """The figure of ``left``, or of the range it starts (``200–250 triệu USD``), with its currency,
    percent sign and whether a scale word (``tỷ``, ``billion``) was read."""
    right, start = _range_after(text, left, atoms_at, lang)
    if right is not None:
        _percent_or_currency_after(text, right)
        low = _low_end(left, right)
        if low is not None:
            figure = _Figure(start, right.end, low, right.value, claims=[left.atom.span, right.atom.span])
            return figure, left.currency or right.currency, left.percent or right.percent, left.scaled or right.scaled
    figure = _Figure(left.start, left.end, left.value, None, claims=[left.atom.span])
    return figure, left.currency, left.percent, left.scaled


def _low_end(left: _Quantity, right: _Quantity) -> Decimal | None:
    """The lower end of a range ``left``-``right`` (scaled as ``right`` when only it has a scale word:
    ``200–250 triệu``), or None if the two do not make a range (wrong order, other currency, two years)."""
    low = left.value
    if not left.scaled and right.scaled and right.atom.value:
        low = left.value * (right.value / right.atom.value)
    same_currency = not left.currency or not right.currency or left.currency == right.currency
    compatible = (not left.percent or right.percent) and same_currency
    if right.value > low and compatible and not (_is_year(left.atom) and _is_year(right.atom)):
        return low
    return None


def _not_a_quantity(text: str, atom: _Atom, end: int, lang: str, scaled: bool) -> bool:
    """Identifiers, dates, years: never figures (only called without a currency or % sign)."""
    before = text[max(0, atom.start - 20) : atom.start]
    if _ID_BEFORE.search(before) or _ID_LIST_BEFORE.search(text, max(0, atom.start - 40), atom.start):
        return True
    if _WEAK_ID_BEFORE.search(before):
        unit = _unit_after(text, end, lang, atom.written)
        lexicon = _VI_NOUN_RE if lang == VI else _EN_NOUN_RE
        if not unit or not lexicon.fullmatch(unit[0]) or _starts_a_name(unit[0]):
            return True  # "giai đoạn 2 Nhà máy điện Nhơn Trạch": phase 2 of a plant named after it
    return _is_year(atom) and not scaled


def _starts_a_name(word: str) -> bool:
    """A capitalised word that is not an abbreviation (``Nhà máy``, not ``MW``): a name starts there.

    >>> _starts_a_name("Nhà máy"), _starts_a_name("MW"), _starts_a_name("nhà máy")
    (True, False, False)
    """
    return word[:1].isupper() and not word.replace(" ", "").isupper()


def _attach_rate(text: str, fig: _Figure) -> None:
    """A rate after money, a percentage or a count (``/năm``, ``per year``) extends it."""
    if fig.kind not in ("money", "percent", "count"):
        return
    rm = _RATE_RE.match(text, fig.end)
    if rm:
        rate = (rm.group(1) and "/" + rm.group(1)) or rm.group(2)
        fig.unit = text[fig.unit_start : rm.end()].strip() if fig.kind == "count" and fig.unit else rate
        fig.end = rm.end()


def _attach_qualifier(text: str, fig: _Figure) -> None:
    """``hơn``/``nearly`` before, or ``trở lên``/``or more`` after, the figure."""
    qm = _POST_QUALIFIER_RE.match(text, fig.end)
    qualifier_after = ""
    if qm:
        said = qm.group(1).lower().split()
        upward = said[0] in ("trở", "or", "and") and said[-1] in ("lên", "more", "above", "over")
        qualifier_after = "over" if upward else "up_to"
        fig.end = qm.end()
    qualifier, _ = _qualifier_before(text, fig.start)
    fig.qualifier = qualifier_after or qualifier


def _attach_scale_again(text: str, q: _Quantity) -> None:
    if not q.scaled:
        _attach_scale(text, q)


def _other_kinds(text: str, fig: _Figure, atom: _Atom, lang: str, scaled: bool) -> bool:
    """Multiplier, duration or count: set ``fig.kind`` and ``fig.unit``; False if not a figure."""
    fig.unit_start = fig.end
    half = None if scaled else _AND_A_HALF_EN.match(text, fig.end)  # "two and a half years", "1 and a half times"
    if half and (_MULTIPLIER_RE.match(text, half.end()) or _DURATION_RE.match(text, half.end())):
        fig.value, fig.end = fig.value + Decimal("0.5"), half.end()
    mm = _MULTIPLIER_RE.match(text, fig.end)
    if mm and not scaled:
        before = text[max(0, fig.start - 40) : fig.start]
        cue = _MULTIPLIER_CUE_BEFORE.search(before) or _MULTIPLIER_CUE_AFTER.match(text, mm.end()) or mm.group(2)
        if cue:
            fig.kind, fig.end = "multiplier", mm.end()
        else:
            fig.kind, fig.unit, fig.end = "count", mm.group(1), mm.end()
        return True
    dm = _DURATION_RE.match(text, fig.end)
    if dm and not scaled:
        return _duration(text, fig, atom, dm)
    return _count(text, fig, atom, lang, scaled)


def _duration(text: str, fig: _Figure, atom: _Atom, dm: re.Match[str]) -> bool:
    """``52 năm``, ``30 years``, ``hai năm rưỡi`` (2.5); not a time of day (``lúc 10 giờ sáng``) nor ``một năm`` ("one
    year" as "a year"; ``một năm rưỡi`` is 1.5)."""
    hours = dm.group(1).lower() in ("giờ", "tiếng", "hour", "hours")
    if hours and (
        _TIME_OF_DAY_BEFORE.search(text[max(0, fig.start - 10) : fig.start]) or _TIME_OF_DAY_AFTER.match(text, dm.end())
    ):
        return False
    if _EVERY_BEFORE.search(text[max(0, fig.start - 8) : fig.start]):
        return False  # "mỗi 5 năm", "every five years": how often, not how long
    fig.kind, fig.unit, fig.end = "duration", dm.group(1), dm.end()
    and_a_half = _AND_A_HALF.match(text, fig.end)
    if and_a_half:  # "hai năm rưỡi": two and a half years
        fig.value, fig.end = fig.value + Decimal("0.5"), and_a_half.end()
        return True
    return not (atom.written == "words" and atom.text.lower() == "một" and fig.value == 1)


_AND_A_HALF = re.compile(rf"{SP}+rưỡi(?!\w)", re.IGNORECASE)
_AND_A_HALF_EN = re.compile(rf"{SP}+and{SP}+a{SP}+half(?!\w)", re.IGNORECASE)


_ORDINAL_OF_ITEMS_BEFORE = re.compile(rf"(?<!\w)the{SP}+(?:first|last|final|next){SP}+$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(rf"(?<!\w)(?:mỗi|từng|cứ|every|each){SP}+$", re.I)


# "Phát thải ròng bằng 0", "đưa phát thải về 0", "net 0": zero as a target's name, not a count of things.
_ZERO_TARGET_BEFORE = re.compile(rf"(?<!\w)(?:bằng|về|net){SP}+$", re.IGNORECASE)


def _count(text: str, fig: _Figure, atom: _Atom, lang: str, scaled: bool) -> bool:
    """A count of things, with the counted noun as its unit; False for parties, structures and labels."""
    if _no_count_here(text, fig, atom):
        return False
    unit = _unit_after(text, fig.end, lang, atom.written)
    ends_a_duration = unit is None and _duration_end_of_a_change(text, fig)
    if (
        atom.written == "words"
        and not _accept_words(atom, unit, scaled)
        and not (unit is None and (ends_a_duration or _elliptical(text, fig)))
    ):
        return False
    if unit:
        noun = unit[0].lower()
        if atom.value == 2 and fig.value_high is None and _two_parties(text, fig.start, noun, unit[2]):
            return False  # "hai nước", "2 chính phủ", "the two companies": the two parties, not a count
        if noun in _DESCRIPTORS:
            return False  # "chính quyền 2 cấp": part of a name
        fig.unit, fig.unit_start, fig.end = unit[0], unit[1], unit[2]
    return not _part_of_a_label(text, fig, atom, scaled)


def _no_count_here(text: str, fig: _Figure, atom: _Atom) -> bool:
    """Is the number, whatever follows it, no count: which items (``the first two phases``), a target of
    zero (``ròng bằng 0``), a number named again (``the six winners``) or part of a name (``Group of Seven``)?"""
    return bool(
        _ORDINAL_OF_ITEMS_BEFORE.search(text, max(0, fig.start - 20), fig.start)
        or (fig.value == 0 and _ZERO_TARGET_BEFORE.search(text, max(0, fig.start - 8), fig.start))
        or _named_again(text, fig, atom)
        or _capitalised_inside_a_sentence(text, atom)
    )


def _capitalised_inside_a_sentence(text: str, atom: _Atom) -> bool:
    """Is ``atom`` a number word written with a capital inside a sentence (``Group of Seven``, ``Big Four``,
    ``Nhóm Bảy nước``)? Then it is part of a name; a sentence, a quote or a bracket may open with one
    (``Seven companies joined``).

    >>> t = "The Group of Seven nations met. Seven firms joined."
    >>> [_capitalised_inside_a_sentence(t, _Atom(s, s + 5, Decimal(7), "words", "Seven")) for s in (17, 32)]
    [True, False]
    """
    if atom.written != "words" or not atom.text[:1].isupper():
        return False
    before = text[max(0, atom.start - 40) : atom.start].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?:;\n"“(«–—-,' and not before.endswith(("\u2018", "'"))


def _named_again(text: str, fig: _Figure, atom: _Atom) -> bool:
    """Is ``fig`` a definite reference (``the``, ``these``, ``cả``) back to a number the text wrote before
    (``Six solutions were named winners … [the six winners]``)? Then it was counted where it was first written.
    A first mention keeps its ``the`` (``the 27 member states``).

    >>> t = "Six firms won. The six winners will expand."
    >>> _named_again(t, _Figure(19, 22, Decimal(6)), _Atom(19, 22, Decimal(6), "words", "six"))
    True
    """
    if not _DEFINITE_BEFORE.search(text[max(0, fig.start - 8) : fig.start]):
        return False
    return re.search(rf"(?<![\w.,]){re.escape(atom.text)}(?![\w]|[.,]\d)", text[: fig.start], re.IGNORECASE) is not None


_DURATION_THEN_TO = re.compile(
    rf"(?<!\w)(?:from|từ){SP}+\S+{SP}+({_DURATION_UNITS})(?!\w){SP}+(?:to|lên|xuống|còn){SP}*$",
    re.IGNORECASE,
)


def _duration_end_of_a_change(text: str, fig: _Figure) -> bool:
    """Is ``fig`` a bare number ending a change whose start is a duration? Then it is a duration in the same
    unit (``extended from three years to [five]``, ``từ 3 năm lên [5]``); else a count.

    >>> t = "The period was extended from three years to five."
    >>> f = _Figure(44, 48, Decimal(5)); _duration_end_of_a_change(t, f), f.kind, f.unit
    (True, 'duration', 'years')
    """
    m = _DURATION_THEN_TO.search(text, max(0, fig.start - 50), fig.start)
    fig.kind, fig.unit = ("duration", m.group(1)) if m else ("count", fig.unit)
    return m is not None


_RECIPROCAL_AFTER = re.compile(
    rf"{SP}+(?:(?:đã|sẽ|cùng|vừa|will|have|has|had|then|also){SP}+)?"
    rf"(?:{_phrases_re(list(vocabulary.words('reciprocal_verbs.txt')))})(?!\w)",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(rf"(?<!\w)(?:the|these|those|cả){SP}+$", re.IGNORECASE)
_PARTY_AT = re.compile(rf"(?:{_phrases_re(list(_PARTIES))})(?!\w)", re.IGNORECASE)
_OWNER_BEFORE = re.compile(  # "lãnh đạo hai tỉnh", "giữa hai địa phương"
    rf"(?<!\w)(?:{_phrases_re(list(vocabulary.words('party_owner_words.txt')))}){SP}+$", re.IGNORECASE
)
_DEMONSTRATIVE_AFTER = re.compile(rf"{SP}+(?:này|đó|ấy|nói{SP}+trên)(?!\w)", re.IGNORECASE)  # "hai bến này"


def _two_parties(text: str, start: int, noun: str, end: int) -> bool:
    """Is ``2 <noun>`` (starting at ``start``, ending at ``end``) the two parties of a relation?

    A party noun (``hai nước``, ``two governments``), a definite reference back to two things
    already named (``the two companies``, ``these two plants``, ``cả hai ngân hàng``, ``hai bến này``)
    or the subject of a reciprocal verb with no third party (``hai ngân hàng ký thỏa thuận``, not
    ``hai công ty ký hợp đồng với FPT``).

    >>> _two_parties("the two companies said", 4, "companies", 17)
    True
    >>> _two_parties("hire two engineers", 5, "engineers", 18)
    False
    """
    if noun in _PARTIES or re.sub(r"\s+", " ", noun) in _PARTIES or _PARTY_AT.match(text, end - len(noun)):
        return True  # "hai nước", "hai Bộ trưởng" (whose counted noun was read as "Bộ")
    if _DEFINITE_BEFORE.search(text[max(0, start - 8) : start]) or _DEMONSTRATIVE_AFTER.match(text, end):
        return True
    if _OWNER_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    verb = _RECIPROCAL_AFTER.match(text, end)
    if verb is None:
        return False
    clause = re.split(r"[.;,\n]", text[verb.end() : verb.end() + 120], maxsplit=1)[0]
    return not re.search(r"(?<!\w)(?:với|with)(?!\w)", clause, re.IGNORECASE)


_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def _part_of_a_label(text: str, fig: _Figure, atom: _Atom, scaled: bool) -> bool:
    """A number inside a short quoted label (``"3 nhà"``) or after a capitalised word (``Industry 4``); a
    number grouped in thousands is never a label (``tặng phường Hòa Bình 1.000 gốc hoa``, ``Toyota 1,200 cars``)."""
    before = text[max(0, fig.start - 1) : fig.start]
    if (
        before
        and before in _OPEN_QUOTES
        and re.match(rf"[^\n{_CLOSE_QUOTES}]{{0,30}}[{_CLOSE_QUOTES}]", text[fig.start :])
    ):
        return True
    return (
        atom.written == "digits"
        and not scaled
        and not _THOUSANDS.fullmatch(atom.text)
        and _capitalised_word_before(text, fig.start)
        and _qualifier_before(text, fig.start)[0] == "exact"
    )


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
_EN_ORD_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_ORD = r"\d+(?:st|nd|rd|th)|" + "|".join(_EN_ORD_WORDS)
_EN_CARDINALS = {**EN_UNITS, "ten": 10}
_EN_CARDINAL = "|".join(_EN_CARDINALS)
_PROPORTION_VERBS = [
    f"{verb} {particle}".strip()
    for verb, particle in [(v, "for") for v in ("account", "accounts", "accounted", "accounting")]
    + [(v, "up") for v in ("make", "makes", "made", "making")]
    + [(v, "") for v in ("represent", "represents", "represented", "representing")]
]
_SHARE_VERBS = _phrases_re(list(vocabulary.words("share_verbs_en.txt")))  # "one-third expect", "half plan"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORD_VALUES = {"một": 1, "nhất": 1, "tư": 4, **VI_UNITS, "mười": 10, **_EN_ORD_WORDS, **EN_UNITS}
_FRACTIONS_EN = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_VI_DENOMINATORS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "mười": 10}


_VI_COMPOUND = (  # a Vietnamese number of two or three words: hai mươi, hai mươi lăm, mười hai, ba trăm
    rf"(?:{'|'.join(VI_UNITS)}){SP}+(?:mươi|trăm)(?:{SP}+(?:{'|'.join(VI_AFTER_MUOI)}))?"
    rf"|mười{SP}+(?:{'|'.join(VI_AFTER_MUOI_TEN)})"
)
_RANK_ADJECTIVES = "lớn|cao|nhiều|đông|mạnh|nhanh|giàu|thấp|nhỏ"  # "lớn thứ hai": the rank is in the adjective


def _after_one_of(*words: str) -> str:
    """A regular expression that matches where one of ``words`` and a space come just before.

    >>> re.search(_after_one_of("the", "its") + "No", "its No. 1").start()
    4
    """
    return "(?:" + "|".join(f"(?<={re.escape(w)}{SP})" for w in words) + ")"


def _not_after(*words: str) -> str:
    """A regular expression that matches where none of ``words`` and a space come just before.

    >>> re.search(_not_after("the", "its") + "second", "its second, a second").start()
    14
    """
    return "".join(f"(?<!{re.escape(w)}{SP})" for w in words)


# Verbs and prepositions after which a bare ordinal is a position ("was third among", "came in second").
_STANDING_VERBS = (
    "is",
    "was",
    "are",
    "were",
    "remained",
    "remains",
    "stayed",
    "stays",
    "stood",
    "stands",
    "came in",
    "finished",
    "placed",
    "to",
    "at",
)
_SPECIALS: list[tuple[str, re.Pattern]] = [
    (
        "rank",
        re.compile(rf"(?<!\w)(?:xếp{SP}+)?(?:thứ{SP}+)?hạng{SP}+(?:thứ{SP}+|số{SP}+)?(?P<n>{_VI_ORD})(?!\w)", re.I),
    ),
    (
        "rank",
        re.compile(rf"(?<!\w)(?:(?:vị{SP}+trí|đứng)(?:{SP}+(?:số|thứ))?|xếp{SP}+thứ){SP}+(?P<n>{_VI_ORD})(?!\w)", re.I),
    ),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:{_RANK_ADJECTIVES}|quan{SP}+trọng)"
            rf"{SP}+thứ{SP}+(?P<n>{_VI_ORD})(?!\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?:top|tốp){SP}*-?{SP}*(?P<n>\d+|{_EN_CARDINAL}|twenty|fifty|hundred)(?!\w)", re.I)),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:ranked|ranks|ranking|rank|placed|came)"
            rf"{SP}+(?:No\.{SP}*|number{SP}+)?(?P<n>{_EN_ORD}|\d+)(?!\w)",
            re.I,
        ),
    ),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_ORD})(?:-|{SP}+)"
            r"(?:largest|biggest|highest|most|fastest|leading|richest|lowest|smallest|best|strongest|top)(?!\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?P<n>{_EN_ORD}){SP}+place(?!\w)", re.I)),
    (
        "rank",  # "Japan was third among investors", "remained third, behind …", "rose to 44th in the index"
        re.compile(
            _after_one_of(*_STANDING_VERBS)
            + rf"(?P<n>\d+(?:st|nd|rd|th)|{'|'.join(o for o in _EN_ORD_WORDS if o != 'first')})"
            + rf"(?=[,.;]|{SP}+(?:among|in|behind|after|globally|worldwide|overall|out{SP}+of)(?!\w))",
            re.I,
        ),
    ),
    (
        "rank",  # "second in Southeast Asia", "second only to Laos"; not "the first in Vietnam to ..."
        re.compile(
            r"(?<!\w)" + _not_after("the", "The", "its", "a", "'s", "’s", "their") + rf"(?P<n>{_EN_ORD})"
            rf"(?={SP}+(?:only{SP}+)?(?:in|among|to|behind|after)"
            rf"{SP}+(?:only{SP}+)?(?:the{SP}+)?(?!(?:{_MONTHS})\b)[A-Z])",
        ),
    ),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:{'|'.join(vocabulary.words('rank_roles_vi.txt'))})"
            rf"(?:{SP}+(?!(?:số|thứ|{_RANK_ADJECTIVES})\b)\w+){{0,2}}?"
            rf"{SP}+(?:số{SP}+(?P<n>\d{{1,2}}|một)|thứ{SP}+(?P<o>\d{{1,2}}|{_VI_ORD}))(?![\w.,]\d|\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?:the{SP}+)?number(?:-|{SP}+)(?P<n>one)(?!\w)", re.I)),
    (
        "rank",  # "the No. 1 ODA donor", "Vietnam's No. 2 investor"; not "Decree No. 13"
        re.compile(
            _after_one_of("the", "The", "'s", "’s", "its", "their", "as", "is", "was", "ranked")
            + rf"No\.?{SP}?(?P<n>\d{{1,2}})(?![\d]|[.,]\d)"
        ),
    ),
    (
        "multiplier",  # gấp đôi, gấp 3 lần, gấp hai mươi lần, gấp trăm lần
        re.compile(
            rf"(?<!\w)gấp{SP}+(?P<n>đôi|rưỡi|\d+(?:[.,]\d+)?|{_VI_COMPOUND}|{_VI_ORD}|trăm|nghìn|ngàn)"
            rf"(?:{SP}+lần)?(?!\w)",
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>một){SP}+nửa(?!\w)", re.I)),
    (
        "multiplier",  # "chiếm 1/3 tổng vốn", "bằng 1/4": a fraction after a word of proportion, not a date
        re.compile(
            _after_one_of("chiếm", "bằng", "khoảng", "gần", "hơn", "trên", "hay", "đến", "tới")
            + r"(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/]|[.,]\d)",
            re.I,
        ),
    ),
    (
        "multiplier",
        re.compile(rf"(?<!\w)(?P<n>một|hai|ba|bốn|\d+){SP}+phần{SP}+(?P<d>hai|ba|tư|bốn|năm|mười|\d+)(?!\w)", re.I),
    ),
    (
        "multiplier",  # "Có 3/4 doanh nghiệp có lãi": a share right before a counted noun (a date is blocked first)
        re.compile(rf"(?<![\w/.,])(?P<n>[1-9])/(?P<d>[2-9]|10)(?={SP}+(?:số|{_VI_NOUN_RE.pattern})(?!\w))", re.I),
    ),
    (
        "multiplier",
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            rf"(?=[^\S\n]+of(?!\w)|-(?!century)|{SP}+(?:{_SHARE_VERBS})(?!\w))",  # "one-quarter are", "a third said"
            re.I,
        ),
    ),
    (
        "multiplier",  # the size of a change: "rose by a third", "fell by two-thirds, to …"
        re.compile(
            rf"(?<=by{SP})(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            rf"(?=[,.;]|{SP}+(?:from|to|in|on|since|over|compared|year)(?!\w))",
            re.I,
        ),
    ),
    (
        "multiplier",  # a share after a verb of proportion: "account for a quarter", "made up two-thirds"
        re.compile(
            _after_one_of(*_PROPORTION_VERBS)
            + rf"(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            + r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            + rf"(?=[,.;)]|{SP}+(?:of|in|by|on|and|while|last|this)(?!\w)|{SP}*$)",
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<![\w-])(?<!first{SP})(?<!second{SP})(?P<d>half)(?={SP}+(?:of|the)(?!\w))", re.I)),
    (
        "multiplier",  # "half" standing for a share of what was just counted: "trained half at home", "about half were"
        re.compile(
            r"(?<![\w-])"
            + _not_after("a", "the", "first", "second", "latter", "its", "their", "one", "and", "each", "other", "last")
            + rf"(?P<d>half)(?=[,.;]|{SP}+(?:in|at|to|from|for|by|on|went|came|{_SHARE_VERBS})(?!\w))",
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>{_EN_CARDINAL})-?fold(?!\w)", re.I)),  # "a fourfold increase"
    ("multiplier", re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)[x×](?![\w×-])")),  # "jumped 3x", "1.5x the level"
    (
        "multiplier",  # "one in four Vietnamese workers": a fraction, not a count of four
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_CARDINAL}|\d{{1,2}}){SP}+in{SP}+(?P<c>{_EN_CARDINAL}|\d{{1,2}})(?={SP}+[^\W\d_])", re.I
        ),
    ),
    (
        "multiplier",  # "cứ bốn người thì có một người": one in four, not a count of four people
        re.compile(
            rf"(?<!\w)cứ{SP}+(?P<c>\d{{1,2}}|{_VI_ORD})(?!{SP}+(?:năm|tháng|tuần|ngày|giờ|quý)(?!\w))"
            rf"{SP}+(?:[^\W\d_]+{SP}+){{1,3}}?(?:thì{SP}+(?:có{SP}+)?|có{SP}+)"
            rf"(?P<n>\d{{1,2}}|một|hai|ba|bốn|năm)(?={SP}+[^\W\d_])",
            re.I,
        ),
    ),
    (
        "multiplier",
        re.compile(
            r"(?<!\w)(?P<w>doubled|doubling|tripled|tripling|quadrupled|halved"
            r"|(?<=to\s)(?:double|triple|quadruple|halve)"
            r"|twice(?=\s+(?:as|the|that|what|its|their|a)\b))(?!\w)",
            re.I,
        ),
    ),
]
_WORD_MULTIPLIERS = {
    "doubled": 2,
    "doubling": 2,
    "twice": 2,
    "tripled": 3,
    "tripling": 3,
    "quadrupled": 4,
    "halved": 0.5,
    "double": 2,
    "triple": 3,
    "quadruple": 4,
    "halve": 0.5,
}


def _special_figures(text: str, lang: str) -> list[_Figure]:
    """Ranks, multipliers and fractions written in fixed phrases (:data:`_SPECIALS`)."""
    found = []
    for kind, pattern in _SPECIALS:
        for m in pattern.finditer(text):
            value = _special_value(kind, m.groupdict(), lang)
            if not value:
                continue
            fig = _Figure(m.start(), m.end(), value, kind=kind)
            if kind == "rank" and m.group().lower().startswith(("top", "tốp")):
                fig.qualifier = "up_to"
            else:
                fig.qualifier = _qualifier_before(text, m.start())[0] if kind == "multiplier" else "exact"
            fig.claims = [m.span()]
            found.append(fig)
    return found


_COORDINATED_RANK = re.compile(
    rf"(?:,|{SP}(?:và|hoặc|còn|and|or)){SP}+(?:thứ{SP}+(?P<o>{_VI_ORD})|(?P<n>{_EN_ORD}))"
    rf"(?={SP}+(?:về|trong|trên|ở|by|in|for|on|among)(?!\w))",
    re.I,
)


def _coordinated_ranks(text: str, ranks: list[_Figure]) -> list[_Figure]:
    """A second rank sharing the verb of a rank just before it in the same clause: ``đứng thứ hai về số
    dự án và [thứ ba] về vốn``, ``xếp thứ 2 về vốn, [thứ 5] về số dự án``, ``ranked second by capital and
    [third] by number of projects`` (each followed by what it ranks on, so ``lần thứ ba về Việt Nam`` is not one).

    >>> t = "Nhật Bản đứng thứ hai về số dự án và thứ ba về vốn."
    >>> [(t[f.start:f.end], f.value) for f in _coordinated_ranks(t, _special_figures(t, "vi"))]
    [('thứ ba', Decimal('3'))]
    """
    found = []
    for m in _COORDINATED_RANK.finditer(text):
        start = text.rfind("thứ", m.start(), m.start("o")) if m.group("o") else m.start("n")
        lead = [r for r in ranks if r.kind == "rank" and r.end <= m.start() and m.start() - r.end <= 80]
        if lead and not re.search(r"[.;:!?\n]", text[lead[-1].end : m.start()]):
            value = _number_word_value((m.group("o") or m.group("n")).lower(), "rank", "")
            if value:
                found.append(_Figure(start, m.end(), value, kind="rank", claims=[(start, m.end())]))
    return found


_NAME_THEN_RANK = re.compile(rf"(?<=\w{SP})thứ{SP}+(?P<o>{_VI_ORD})(?=[,.;]|{SP}+(?:với|về|trong|sau|là)(?!\w))")


def _ranks_after_names(text: str) -> list[_Figure]:
    """``thứ N`` right after a name inside a sentence, with no verb: a list of places (``Hàn Quốc dẫn đầu,
    Nhật Bản [thứ hai] với …, Singapore [thứ ba]``); not after a lower-case noun (``lần thứ ba``, ``kỳ họp thứ
    8``) nor a capitalised word that opens the sentence (``Phiên thứ hai``).

    >>> t = "Hàn Quốc dẫn đầu, Nhật Bản thứ hai với 4 tỷ USD, Singapore thứ ba."
    >>> [(t[f.start:f.end], f.value) for f in _ranks_after_names(t)]
    [('thứ hai', Decimal('2')), ('thứ ba', Decimal('3'))]
    """
    found = []
    for m in _NAME_THEN_RANK.finditer(text):
        value = _number_word_value(m.group("o").lower(), "rank", "")
        name = re.search(rf"(?:^|([.!?:\n]?){SP}*)[A-ZĐ][^\W\d_]*{SP}+$", text[max(0, m.start() - 40) : m.start()])
        if value and name and name.group(1) == "" and name.start() > 0:
            found.append(_Figure(m.start(), m.end(), value, kind="rank", claims=[m.span()]))
    return found


_ROUND_NUMBERS = {"ten": 10, "five": 5, "three": 3, "twenty": 20, "fifty": 50, "hundred": 100}
_MULTIPLE_WORDS = {
    "đôi": Decimal(2),
    "rưỡi": Decimal("1.5"),
    "trăm": Decimal(100),
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
}


def _special_value(kind: str, groups: dict[str, str | None], lang: str) -> Decimal | None:
    """The value of a fixed phrase: ``gấp đôi`` 2, ``một nửa`` 0.5, ``two-thirds`` 0.667, ``hạng 38`` 38."""
    raw = (groups.get("n") or groups.get("o") or "").lower()
    word, denominator = groups.get("w"), groups.get("d")
    cardinal = (groups.get("c") or "").lower()
    if cardinal:  # "one in four", "cứ bốn người thì có một người"
        return _fraction(raw, str(_EN_CARDINALS.get(cardinal) or _ORD_VALUES.get(cardinal) or cardinal))
    if kind == "multiplier" and (word or denominator or raw == "một"):
        return _multiplier_value(raw, word, denominator)
    return _number_word_value(raw, kind, lang)


def _multiplier_value(raw: str, word: str | None, denominator: str | None) -> Decimal | None:
    """A multiplier named by a word (``gấp đôi`` 2), a fraction (``two-thirds``) or ``một nửa`` (0.5)."""
    if word:
        return Decimal(str(_WORD_MULTIPLIERS[word.lower()]))
    if denominator:
        return _fraction(raw, denominator.lower())
    return Decimal("0.5")


def _number_word_value(raw: str, kind: str, lang: str) -> Decimal | None:
    """The number in a rank or multiplier phrase: digits, ``rưỡi``, ``fourfold``, ``ten``, an ordinal."""
    if raw in _MULTIPLE_WORDS:
        return _MULTIPLE_WORDS[raw]
    if len(raw.split()) > 1 and lang == VI:  # "gấp hai mươi lần"
        value, n = vi_words_value(raw.split())
        return Decimal(value) if n == len(raw.split()) else None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return parse_number(raw, lang) if not raw.isdigit() else Decimal(raw)
    if raw in _EN_CARDINALS and kind == "multiplier":
        return Decimal(_EN_CARDINALS[raw])  # "fourfold"
    if raw in _ROUND_NUMBERS:
        return Decimal(_ROUND_NUMBERS[raw])
    digits = re.match(r"\d+", raw)
    return Decimal(digits.group()) if digits else Decimal(_ORD_VALUES.get(raw, 0))


def _fraction(raw: str, den: str) -> Decimal | None:
    """A proper fraction (``một phần ba``, ``two-thirds``, ``a quarter``); None if it is not one."""
    if raw in ("", "one", "a", "một"):
        numerator = Decimal(1)
    else:
        numerator = Decimal(raw) if raw.isdigit() else Decimal(_ORD_VALUES.get(raw, 0))
    denominator = Decimal(den) if den.isdigit() else Decimal(_FRACTIONS_EN.get(den) or _VI_DENOMINATORS.get(den, 0))
    if not denominator or not numerator or numerator >= denominator:
        return None
    return numerator / denominator


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


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
    ``COVID-19``, ``5G``), event ordinals (``lần thứ 58``, ``Thứ hai,`` as "secondly", ``50th
    anniversary``), the two parties of a relation (``hai nước``, ``2 chính phủ``, ``the two
    companies``), numbers in short quoted labels (``"3 nhà"``) and structural descriptors
    (``chính quyền 2 cấp``), ``một`` / ``one`` used as "a", and bare numbers with nothing to count.
    A bare number is still a count when the sentence says what it counts (an elliptical count:
    ``nine of them``, ``fell from 99,170 to 83,403``, ``đạt 1.500``).

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
    lang = check_language(lang or detect_language(text), "extract_figures")
    blocked = date_spans(text, lang)
    figures = [f for f in _special_figures(text, lang) if not _overlaps((f.start, f.end), blocked)]
    figures = _drop_overlapping(figures)
    figures = _drop_overlapping(figures + _coordinated_ranks(text, figures) + _ranks_after_names(text))
    figures += _generic_figures(text, lang, figures, blocked)
    figures.sort(key=lambda f: f.start)
    sentence = sentence_lookup(text)
    rows = [
        (
            text[f.start : f.end],
            f.start,
            f.end,
            _float(f.value),
            _float(f.value_high),
            f.kind,
            f.currency,
            f.unit,
            f.qualifier,
            sentence(f.start),
        )
        for f in figures
    ]
    return _figure_frame(rows)


def _generic_figures(text: str, lang: str, special: list[_Figure], blocked: list[tuple[int, int]]) -> list[_Figure]:
    """Figures built around each number not yet used by a ``special`` figure or a date."""
    claimed = [c for f in special for c in f.claims]
    atoms = sorted(_digit_atoms(text, lang) + _word_atoms(text, lang), key=lambda a: (a.start, -a.end))
    atoms_at: dict[int, _Atom] = {}
    for a in atoms:
        atoms_at.setdefault(a.start, a)
    found: list[_Figure] = []
    used: set[int] = set()
    for atom in atoms:
        if atom.start in used or _overlaps((atom.start, atom.end), claimed + blocked):
            continue
        fig = _generic(text, atom, atoms_at, lang)
        if fig is None or _overlaps((fig.start, fig.end), [(f.start, f.end) for f in special + found]):
            continue
        if _overlaps((fig.start, fig.end), blocked):
            fig = _trim_to_blocked(text, fig, blocked)
            if fig is None:
                continue
        found.append(fig)
        used.update(s for s, _ in fig.claims)
        claimed.extend(fig.claims)
    return found


def _trim_to_blocked(text: str, fig: _Figure, blocked: list[tuple[int, int]]) -> _Figure | None:
    """A figure whose tail runs into a date (``20% trong năm``) keeps what comes before it."""
    for s, e in blocked:
        if fig.start < e and s < fig.end:
            if s > fig.start and all(c[1] <= s for c in fig.claims):
                return _cut_at(text, fig, s)
            return None
    return fig


def _cut_at(text: str, fig: _Figure, cut: int) -> _Figure | None:
    """``fig`` ended before ``cut`` (and its spaces); a duration that loses its unit word is a count
    with no unit, kept only when it is elliptical or qualified."""
    fig.end = cut
    while fig.end > fig.start and text[fig.end - 1].isspace():
        fig.end -= 1
    if fig.kind == "count" and fig.unit:
        fig.unit = text[fig.unit_start : fig.end].strip() if fig.unit_start < fig.end else ""
    if fig.kind == "duration" and fig.end <= fig.unit_start:
        fig.kind, fig.unit = "count", ""  # "99.170 năm 2019": "năm" belonged to the date
        return fig if fig.qualifier != "exact" or _elliptical(text, fig) else None
    return fig


def _drop_overlapping(figures: list[_Figure]) -> list[_Figure]:
    kept: list[_Figure] = []
    for f in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if not _overlaps((f.start, f.end), [(k.start, k.end) for k in kept]):
            kept.append(f)
    return kept


def _figure_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "value": "float64",
            "value_high": "float64",
            "surface": object,
            "kind": object,
            "currency": object,
            "unit": object,
            "qualifier": object,
            "sentence": object,
        }
    )


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
    return per_article(
        corpus,
        lambda doc: extract_figures(doc.text, getattr(doc, "lang", None) or None),
        FIGURE_COLUMNS,
        "corpus_figures",
    )
