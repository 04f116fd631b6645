"""Dates: calendar dates and periods in a news article, written as ISO strings.

:func:`extract_dates` finds calendar dates and periods (``28/4/2025``, ``ngày 10/7``,
``quý I/2025``, ``As of March``, ``the 1990s``) and writes them as ISO strings, filling in a
missing year from the article's date when asked to. :func:`date_spans` says where dates are, so
that :mod:`helpers.figures` never reads a date as a quantity.

Text is expected in NFC (as :func:`helpers.load_corpus` returns it). Offsets are always offsets
into the text given: ``text[start:end] == surface``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from . import vocabulary
from .corpus import per_article
from .languages import EN, check_language
from .numbers import EN_UNITS, SP, VI_NUMBER_WORDS
from .text import detect_language, sentence_lookup, stopwords

__all__ = ["DATE_COLUMNS", "corpus_dates", "date_spans", "extract_dates"]

DATE_COLUMNS = ["surface", "start", "end", "iso", "date_start", "date_end", "precision", "year_inferred", "sentence"]


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
_EN_MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAME = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_VI_MONTH_WORDS = {
    "Một": 1,
    "Hai": 2,
    "Ba": 3,
    "Tư": 4,
    "Năm": 5,
    "Sáu": 6,
    "Bảy": 7,
    "Tám": 8,
    "Chín": 9,
    "Mười": 10,
    "Mười Một": 11,
    "Mười Hai": 12,
}
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_DOC_BEFORE = re.compile(
    r"(?<!\w)(?:số|no\.?|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|luật|công\s+văn|kết\s+luận|"
    r"resolution|decree|decision|circular|directive)[^\S\n]*$",
    re.IGNORECASE,
)
_DAY_CUES = (
    r"ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm|từ|đến|tới|vào|đầu|cuối|giữa|dịp|lễ|trước|sau|hạn|"
    r"quốc\s+khánh|giải\s+phóng|giáng\s+sinh|kể\s+từ|tính\s+đến|on|by|from|to|until|since"
)


def _valid(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= calendar.monthrange(y if y else 2024, m)[1]


Finder = Callable[[str, str, "dt.date | None"], list[_Date]]


def _date_atoms(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """Every date expression in ``text``, ranges merged, overlaps resolved (longest first).

    Each finder reads one way of writing a date; they run in the order of :data:`_FINDERS`.
    """
    found = [d for finder in _FINDERS for d in finder(text, lang, reference)]
    dates = _not_recurring(text, _merge_ranges(text, _resolve(found)))
    _share_listed_years(text, dates)
    for d in dates:
        _place_in_the_past(text, d, reference, lang)
        _finish(d, reference)
    return dates


def _share_listed_years(text: str, dates: list[_Date]) -> None:
    """A date without a year listed before one with its year takes that year (``January and February 2023``: both
    of 2023; a later month first, the year before: ``December and January 2024``), read from the text.

    >>> t = "in January and February 2023"
    >>> a = _Date(3, 10, "month", (None, 1, 1), (None, 1, 31), needs_year=True, kind="month")
    >>> b = _Date(15, 28, "month", (2023, 2, 1), (2023, 2, 28), kind="month")
    >>> _share_listed_years(t, [a, b]); a.first, a.needs_year
    ((2023, 1, 1), False)
    """
    for a, b in reversed(list(itertools.pairwise(dates))):  # right to left: the year goes back along the list
        year = b.first[0]
        listed = _LIST_LINK.match(text[a.end : b.start])
        if not listed or not a.needs_year or a.parts or year is None or b.year_inferred:
            continue
        year -= (a.first[1], a.first[2]) > (b.first[1], b.first[2])
        a.first, a.last = (year, a.first[1], a.first[2]), (year, a.last[1], min(a.last[2], _month_end(year, a.last[1])))
        a.needs_year = False


_LIST_LINK = re.compile(rf"^{SP}*(?:,{SP}*(?:(?:and|or|và|hoặc){SP}+)?|(?:and|or|và|hoặc){SP}+)$", re.IGNORECASE)


_PAST_CUE = re.compile(rf"(?:(?<!\w)(?<!phục{SP})(?<!thu{SP})hồi|(?<!\w)(?:back|earlier){SP}+in){SP}+$", re.IGNORECASE)


def _place_in_the_past(text: str, d: _Date, reference: dt.date | None, lang: str = "vi") -> None:
    """A day or month without a year after a word that puts it in the past (``Hồi tháng 1``, ``back in
    February``), or a month in a clause told in the past tense and not of the future (``In January, MoMo
    closed a round``: :func:`_told_in_the_past`), takes the last such day or month on or before
    ``reference``, not the nearest one.

    >>> t = "Hồi tháng 1, công ty gọi vốn."
    >>> d = _Date(4, 11, "month", (None, 1, 1), (None, 1, 31), needs_year=True, kind="month")
    >>> _place_in_the_past(t, d, dt.date(2021, 12, 16)); d.first
    (2021, 1, 1)
    """
    if reference is None or not d.needs_year or d.parts:
        return
    told = d.precision == "month" and _told_in_the_past(text, d, lang)  # a day near the article may be ahead
    if not (_PAST_CUE.search(text, max(0, d.start - 12), d.start) or told):
        return
    year = reference.year - ((d.first[1], d.first[2]) > (reference.month, reference.day))
    d.first, d.last = (year, *d.first[1:]), (year, d.last[1], min(d.last[2], _month_end(year, d.last[1])))
    d.needs_year, d.year_inferred = False, True


#: The tense cues of helpers/data/tense_cues.csv by (language, tense): ``_TENSE_CUES["en", "past"]``.
_TENSE_CUES = {
    (lang, tense): frozenset(
        r["word"] for r in vocabulary.rows("tense_cues.csv") if (r["lang"], r["tense"]) == (lang, tense)
    )
    for lang in ("vi", "en")
    for tense in ("past", "future")
}
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _told_in_the_past(text: str, d: _Date, lang: str) -> bool:
    """Is the clause around ``d`` (between stops, semicolons or line breaks) told in the past: a past cue
    (``helpers/data/tense_cues.csv``; in English also a regular past form, ``closed``) and no future cue?

    >>> t = "Sales rose in May. The plant will open in May."
    >>> [_told_in_the_past(t, _Date(s, s + 3, "month", (None, 5, 1), (None, 5, 31)), "en") for s in (14, 42)]
    [True, False]
    """
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, d.start)), default=0)
    end = m.start() if (m := _CLAUSE_END.search(text, d.end)) else len(text)
    clause = text[start:end].lower()
    words = set(re.findall(r"[^\W\d_]+", clause))
    pairs = {f"{a} {b}" for a, b in zip(clause.split(), clause.split()[1:], strict=False)}
    future = _TENSE_CUES[lang, "future"] & (words | pairs)
    past = _TENSE_CUES[lang, "past"] & (words | pairs)
    regular = lang == EN and any(len(w) >= 5 and w.endswith("ed") for w in words)
    return not future and bool(past or regular)


def _month_end(y: int | None, m: int) -> int:
    return calendar.monthrange(y if y else 2024, m)[1]


def _day(m: re.Match[str], y: int | None, mo: int, d: int, start: int | None = None) -> _Date:
    """One day, written ``m`` (from ``start``); without a year it needs the reference date's."""
    return _Date(
        m.start() if start is None else start, m.end(), "day", (y, mo, d), (y, mo, d), needs_year=y is None, kind="day"
    )


def _month(start: int, end: int, y: int | None, mo: int, inferred: bool = False) -> _Date:
    return _Date(
        start,
        end,
        "month",
        (y, mo, 1),
        (y, mo, _month_end(y, mo)),
        year_inferred=inferred,
        needs_year=y is None and not inferred,
        kind="month",
    )


def _years(start: int, end: int, y1: int, y2: int) -> _Date:
    return _Date(start, end, "year" if y1 == y2 else "period", (y1, 1, 1), (y2, 12, 31), kind="year")


def _numeric_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """d/m/yyyy (also d-m-yyyy, d.m.yyyy), with an optional "ngày" in front; in English text
    m/d/yyyy (US order: ``1/19/2026`` is 19 January), as English-language outlets write it, unless its first
    number cannot be a month (``28/02/2020``: a day first, as Asian outlets in English also write).

    >>> [d.first for d in _numeric_days("By Tom Ashby 28/02/2020; updated 11/4/2023", "en", None)]
    [(2020, 2, 28), (2023, 11, 4)]
    """
    found = []
    for m in re.finditer(rf"(?<![\d/.,-])(?:(ngày|Ngày){SP}+)?(\d{{1,2}})([/.-])(\d{{1,2}})\3({_YEAR})(?![\d/])", text):
        d, mo, y = int(m.group(2)), int(m.group(4)), int(m.group(5))
        if lang == EN and m.group(3) == "/" and d <= 12:
            d, mo = mo, d
        if _valid(y, mo, d):
            found.append(_day(m, y, mo, d))
    return found


def _iso_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """2025-07-01, as web pages stamp articles.

    >>> [(d.first, d.start) for d in _iso_days("Posted 2025-07-01 10:12", "en", None)]
    [((2025, 7, 1), 7)]
    """
    found = []
    for m in re.finditer(rf"(?<![\d/.,-])({_YEAR})-(\d{{2}})-(\d{{2}})(?![\d/-])", text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            found.append(_day(m, y, mo, d))
    return found


def _worded_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """ngày 10 tháng 7 năm 2025 / 10 tháng 7 năm 2025."""
    found = []
    pattern = (
        rf"(?<!\w)(?:(?:ngày|Ngày){SP}+)?(\d{{1,2}}){SP}+tháng{SP}+(\d{{1,2}})(?:{SP}*,?{SP}*năm{SP}+({_YEAR}))?(?!\w)"
    )
    for m in re.finditer(pattern, text):
        d, mo = int(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(y, mo, d) and (y is not None or re.match(r"ngày", m.group(), re.I)):
            found.append(_day(m, y, mo, d))
    return found


def _day_spans(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """d1-d2/m(/yyyy), từ d1 đến d2/m: a span of days."""
    found = []
    pattern = (
        rf"(?<![\d/.,])(?:(?:ngày|Ngày|từ){SP}+)?(\d{{1,2}}){SP}*[-–]{SP}*(\d{{1,2}})/(\d{{1,2}})"
        rf"(?:/({_YEAR}))?(?![\d/])"
    )
    worded = (  # "từ 10 đến 12/7": the preposition stays outside
        rf"(?<!\w)từ{SP}+(?:ngày{SP}+)?(\d{{1,2}}){SP}+(?:đến|tới){SP}+(?:ngày{SP}+)?(\d{{1,2}})/(\d{{1,2}})"
        rf"(?:/({_YEAR}))?(?![\d/])"
    )
    for m in [*re.finditer(pattern, text), *re.finditer(worded, text, re.IGNORECASE)]:
        d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = int(m.group(4)) if m.group(4) else None
        if d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2):
            start = m.start() if m.re.pattern == pattern else m.start(1)
            found.append(_Date(start, m.end(), "period", (y, mo, d1), (y, mo, d2), needs_year=y is None, kind="day"))
    return found


_DAY_WORDS = ("ngày", "hôm", "mùng", "mồng", "sáng", "chiều", "tối", "trưa", "đêm")
_FRACTION_OF = re.compile(rf"{SP}+(?:số|tổng|lượng|dân{SP}+số|diện{SP}+tích|kim{SP}+ngạch|vốn|of)(?!\w)", re.I)
_SLASH_DAY = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")
# A verb of quantity before the cue: "lên tới 1/3", "chiếm từ 1/4", "có tới 3/4", "up to 1/3" are shares.
_QUANTITY_BEFORE_CUE = re.compile(
    rf"(?<!\w)(?:lên|có|chiếm|đạt|bằng|up|accounts?{SP}+for|accounted{SP}+for){SP}+$", re.IGNORECASE
)
# "Đến 1/3 doanh nghiệp", "tới 2/3 lao động": "as many as" a share of a counted noun (a date has a comma
# or a verb after it: "Đến 1/3, doanh nghiệp phải …").
_VI_COUNTED = sorted(map(re.escape, vocabulary.words("counted_nouns_vi.txt")), key=len, reverse=True)
_COUNTED_AFTER_SHARE = re.compile(rf"{SP}+(?:{'|'.join(_VI_COUNTED)})(?!\w)", re.IGNORECASE)
# A change of a share: "từ 1/5 lên 1/3" (dates run "từ … đến …").
_CHANGE_TO_SHARE = re.compile(rf"{SP}+(?:lên|xuống|còn)(?:{SP}+(?:mức|tới|đến))?{SP}+\d/\d{{1,2}}(?![\d/])", re.I)
# Two numbers joined as a range ("từ 1/4 đến 1/3", "from 1/5 to 1/3").
_PAIR_LINK = re.compile(rf"{SP}*(?:[-–]|đến|tới|to){SP}*$", re.I)


def _cued_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """d/m with a cue word: ngày 10/7, sáng 28/4, (27/8), Quốc khánh 2/9 (in English text m/d, US order).

    A share written like a day is no date (``đến 1/3 số doanh nghiệp``, ``lên tới 1/3``, ``tăng từ 1/5
    lên 1/3``): see :func:`_share_like` and :func:`_shares`.

    >>> [d.first for d in _cued_days("Từ 1/7, lương tăng; tỷ lệ tăng từ 1/5 lên 1/3.", "vi", None)]
    [(None, 7, 1)]
    """
    found: list[tuple[_Date, bool]] = []
    for m in _SLASH_DAY.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if lang == EN:
            d, mo = mo, d
        before = text[max(0, m.start() - 30) : m.start()]
        cue = re.search(rf"(?<!\w)({_DAY_CUES}){SP}+$", before, re.IGNORECASE)
        named = _parenthesised(text, m) or _TODAY_THEN.search(before) or _after_a_name(text, m.start(), before)
        if not _valid(None, mo, d) or not (cue or named):
            continue
        start = m.start()
        if cue and cue.group(1).lower() in ("ngày", "hôm", "mùng", "mồng"):
            start = m.start() - len(cue.group())
        found.append((_day(m, None, mo, d, start), _share_like(text, m, cue)))
    return _shares(text, found) + _dashed_days(text)


def _share_like(text: str, m: re.Match[str], cue: re.Match[str] | None) -> bool:
    """Is ``n/d`` (``n < d <= 10``, not after a word for a day) a share: before a whole (``1/3 số``,
    ``1/4 of``), after a verb of quantity (``lên tới 1/3``, ``chiếm từ 1/4``, ``up to 1/3``), after
    ``đến``/``tới`` right before a counted noun (``Tới 2/3 doanh nghiệp``) or changing to another share
    (``từ 1/5 lên 1/3``)?"""
    n, d = int(m.group(1)), int(m.group(2))
    if not n < d <= 10 or (cue and cue.group(1).lower() in _DAY_WORDS):
        return False
    cue_start = m.start() - (len(cue.group()) if cue else 0)
    quantity = _QUANTITY_BEFORE_CUE.search(text, max(0, cue_start - 20), cue_start) if cue else None
    counted = (
        cue is not None
        and cue.group(1).lower() in ("đến", "tới")
        and not re.search(r"\d/\d{1,2}\s*$", text[max(0, cue_start - 12) : cue_start])  # "từ 1/4 đến 1/5": a range
        and _COUNTED_AFTER_SHARE.match(text, m.end())
    )
    return bool(_FRACTION_OF.match(text, m.end()) or quantity or counted or _CHANGE_TO_SHARE.match(text, m.end()))


def _shares(text: str, found: list[tuple[_Date, bool]]) -> list[_Date]:
    """The days of ``found`` that are no shares. A number linked to a share (``từ 1/4 đến 1/3 tổng
    vốn``) is one too, and so are two share-shaped numbers linked as a range that runs backwards
    (``from 1/5 to 1/3``: 5 January, then 3 January)."""
    share = [flag for _, flag in found]
    for i in range(len(found) - 1):
        (a, _), (b, _) = found[i], found[i + 1]
        between = text[a.end : b.start]
        if not between.strip() or not _PAIR_LINK.match(between):
            continue
        backwards = (b.first[1], b.first[2]) <= (a.first[1], a.first[2])
        if share[i] or share[i + 1] or (backwards and _share_shaped(text, a) and _share_shaped(text, b)):
            share[i] = share[i + 1] = True
    return [d for (d, _), flag in zip(found, share, strict=True) if not flag]


def _share_shaped(text: str, d: _Date) -> bool:
    """Is the ``n/d`` at the end of ``d`` shaped like a share (``n < d <= 10``)?"""
    n, den = (int(x) for x in text[d.start : d.end].split()[-1].split("/"))
    return n < den <= 10


_DASHED_DAY = re.compile(
    rf"(?<!\w)(ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm){SP}+(\d{{1,2}})-(\d{{1,2}})(?![\d/-]|[.,]\d)", re.I
)
# "Sáng nay, 15/6", "Sáng qua (14-6)", "hôm nay (15-6)": today, yesterday or tomorrow, then its date.
_TODAY = rf"(?<!\w)(?:hôm|sáng|chiều|tối|trưa|đêm){SP}+(?:nay|qua|mai)(?:,{SP}*|{SP}*\()"
_TODAY_THEN = re.compile(rf"{_TODAY}$", re.IGNORECASE)
_TODAY_DASHED = re.compile(rf"{_TODAY}(\d{{1,2}})-(\d{{1,2}})(?![\d/-]|[.,]\d)", re.IGNORECASE)


def _dashed_days(text: str) -> list[_Date]:
    """d-m after a word for a day or a part of it (``sáng 22-12``, ``ngày 8-3``) or after today, yesterday
    or tomorrow (``Sáng qua (14-6)``); only these cues, since after other words ``10-12`` is often a range
    of numbers."""
    found = []
    for m in _DASHED_DAY.finditer(text):
        d, mo = int(m.group(2)), int(m.group(3))
        if _valid(None, mo, d):
            day_word = m.group(1).lower() in ("ngày", "hôm", "mùng", "mồng")
            found.append(_day(m, None, mo, d, m.start() if day_word else m.start(2)))
    for m in _TODAY_DASHED.finditer(text):
        d, mo = int(m.group(1)), int(m.group(2))
        if _valid(None, mo, d):
            found.append(_day(m, None, mo, d, m.start(1)))
    return found


def _parenthesised(text: str, m: re.Match[str]) -> bool:
    return text[: m.start()].endswith("(") and text[m.end() : m.end() + 1] == ")"


def _after_a_name(text: str, start: int, before: str) -> bool:
    """A capitalised word just before: "Lễ Vu Lan 15/7", not "Tăng 3/4" at a sentence start."""
    word = re.search(rf"[A-ZĐ][^\W\d_]*{SP}+$", before)
    return word is not None and not _DOC_BEFORE.search(before) and not _sentence_start(text, start - len(word.group()))


_RELATIVE_VI = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}


def _vi_months(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """tháng 3/2025, tháng 3 năm 2025, tháng 4, tháng Ba, tháng 5 năm ngoái."""
    found = []
    month_words = "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True))
    pattern = (
        rf"(?<!\w)([Tt]háng){SP}+(\d{{1,2}}|{month_words})(?:{SP}*[/.-]{SP}*({_YEAR})|"
        rf"{SP}*,?{SP}*năm{SP}+({_YEAR}|nay|ngoái|trước|tới|sau))?(?![\w/])"
    )
    for m in re.finditer(pattern, text):
        raw = m.group(2)
        mo = int(raw) if raw.isdigit() else _VI_MONTH_WORDS[raw]
        year_text = m.group(3) or m.group(4)
        if not 1 <= mo <= 12:
            continue
        if year_text is None and m.group(1) == "Tháng" and not _sentence_start(text, m.start()):
            continue  # "Cách mạng Tháng 8": part of a name
        if year_text and not year_text.isdigit():
            if reference is not None:
                found.append(_month(m.start(), m.end(), reference.year + _RELATIVE_VI[year_text], mo, inferred=True))
            continue
        found.append(_month(m.start(), m.end(), int(year_text) if year_text else None, mo))
    return found


_NUMBERED_BEFORE = re.compile(
    rf"(?<!\w)(?:{'|'.join(vocabulary.words('numbered_nouns.txt'))})(?:{SP}+(?:thứ|số|no\.?))?{SP}*$", re.IGNORECASE
)


def _numeric_months(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """m/yyyy without "tháng" (đến 3/2025), not a document number (Nghị quyết 57/2025) nor the n-th
    of a year after a noun that numbers things (``đợt 2/2025``, ``khóa 3/2024``: numbered_nouns.txt).

    >>> [d.first for d in _numeric_months("Đến 3/2025, đợt 2/2025 đã tuyển xong.", "vi", None)]
    [(2025, 3, 1)]
    """
    found = []
    for m in re.finditer(rf"(?<![\d/.,\w])(\d{{1,2}})/({_YEAR})(?![\d/])", text):
        mo, y = int(m.group(1)), int(m.group(2))
        before = text[max(0, m.start() - 20) : m.start()]
        if 1 <= mo <= 12 and not _DOC_BEFORE.search(before) and not _NUMBERED_BEFORE.search(before):
            found.append(_month(m.start(), m.end(), y, mo))
    return found


_QUARTER_PATTERNS = [
    (
        rf"(?<!\w)[Qq]uý{SP}+(I{{1,3}}|IV|[1-4]|một|hai|ba|bốn|tư)(?:{SP}*[/.-]{SP}*({_YEAR})|"
        rf"{SP}*,?{SP}*năm{SP}+({_YEAR}|nay|ngoái|trước|tới|sau))?(?![\w/])",
        0,
    ),
    (
        rf"(?<!\w)(?:the{SP}+)?(first|second|third|fourth|final|1st|2nd|3rd|4th){SP}+quarter"
        rf"(?:{SP}+of{SP}+(?:({_YEAR})|(this|last|next){SP}+year))?(?!\w)",
        re.IGNORECASE,
    ),
    (rf"(?<!\w)Q([1-4])(?:{SP}*[/-]?{SP}*({_YEAR}))?(?!\w)", 0),
]


def _quarters(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """quý I/2025, quý 2 năm 2025, Q1 2025, the first quarter of this year; not a question's label that opens a
    line of a Q&A (``Q1: What did the leaders agree?``; round 18 of issue 14).

    >>> [d.first for d in _quarters("Q1: Why now?\\nA1: Sales in Q1 2025 rose.", "en", None)]
    [(2025, 1, 1)]
    """
    found = []
    for pattern, flags in _QUARTER_PATTERNS:
        for m in re.finditer(pattern, text, flags):
            if _question_label(text, m):
                continue
            q = _ROMAN[m.group(1).lower()]
            year_text = m.group(2) or (m.group(3) if m.lastindex and m.lastindex >= 3 else None)
            y, inferred = _resolve_relative_year(year_text, reference)
            if y is None and year_text and not year_text.isdigit():
                continue
            first, last = (y, 3 * q - 2, 1), (y, 3 * q, _month_end(y, 3 * q))
            found.append(
                _Date(
                    m.start(),
                    m.end(),
                    "period",
                    first,
                    last,
                    year_inferred=inferred,
                    needs_year=y is None,
                    kind="quarter",
                )
            )
    return found


def _question_label(text: str, m: re.Match[str]) -> bool:
    """Does the match open a line and stand before a colon or full stop, as a Q&A numbers its questions (``Q1:``)?"""
    opens_line = m.start() == 0 or text[m.start() - 1] == "\n"
    return opens_line and text[m.end() : m.end() + 1] in (":", ".")


_MONTH_COUNTS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    **EN_UNITS,
    "ten": 10,
    "eleven": 11,
}
_HALF_PATTERNS = [
    (
        rf"(?<!\w)(\d{{1,2}}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một){SP}+tháng{SP}+(?:(đầu|cuối){SP}+năm"
        rf"(?:{SP}+({_YEAR}|nay|ngoái|trước))?|()năm{SP}+({_YEAR}|nay|ngoái|trước))(?!\w)",
        "months",
    ),
    (
        rf"(?<!\w)(?:the{SP}+)?(first|last|final){SP}+(\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven)"
        rf"{SP}+months(?:{SP}+of{SP}+(?:({_YEAR})|(this|last){SP}+year))?(?!\w)",
        "months_en",
    ),
    (rf"(?<!\w)nửa{SP}+(đầu|cuối){SP}+năm(?:{SP}+({_YEAR}|nay|ngoái|trước))?(?!\w)", "half_vi"),
    (
        rf"(?<!\w)(?:the{SP}+)?(first|second){SP}+half{SP}+of{SP}+(?:({_YEAR})|(this|last|next){SP}+year)(?!\w)",
        "half_en",
    ),
    (rf"(?<!\w)H([12]){SP}*[/-]?{SP}*({_YEAR})(?!\w)", "h"),
]


def _halves(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """Halves and "first N months": 6 tháng đầu năm 2025, nửa đầu năm, the first half of 2025, H1 2025."""
    found = []
    for pattern, style in _HALF_PATTERNS:
        for m in re.finditer(pattern, text, re.IGNORECASE if style != "h" else 0):
            months, year_text = _half_months(m, style)
            if months is None:
                continue
            y, inferred = _resolve_relative_year(year_text, reference)
            if y is None and year_text and not year_text.isdigit():
                continue
            found.append(
                _Date(
                    m.start(),
                    m.end(),
                    "period",
                    (y, months[0], 1),
                    (y, months[1], _month_end(y, months[1])),
                    year_inferred=inferred,
                    needs_year=y is None,
                    kind="half",
                )
            )
    return found


def _half_months(m: re.Match[str], style: str) -> tuple[tuple[int, int] | None, str | None]:
    """The first and last month a half-year phrase covers, and the year as written."""
    if style in ("months", "months_en"):
        return _first_or_last_months(m, style)
    if style == "half_vi":
        return ((1, 6) if m.group(1).lower() == "đầu" else (7, 12)), m.group(2)
    if style == "half_en":
        return ((1, 6) if m.group(1).lower() == "first" else (7, 12)), m.group(2) or m.group(3)
    return ((1, 6) if m.group(1) == "1" else (7, 12)), m.group(2)


def _first_or_last_months(m: re.Match[str], style: str) -> tuple[tuple[int, int] | None, str | None]:
    """``6 tháng đầu năm``, ``the first six months``: months 1-6 (``cuối``/``last``: the last six)."""
    if style == "months":
        raw, early, year_text = m.group(1).lower(), (m.group(2) or "đầu").lower() == "đầu", m.group(3) or m.group(5)
    else:
        raw, early, year_text = m.group(2).lower(), m.group(1).lower() == "first", m.group(3) or m.group(4)
    n = int(raw) if raw.isdigit() else _MONTH_COUNTS[raw]
    return ((1, n) if early else (13 - n, 12)) if 1 <= n <= 11 else None, year_text


_YEAR_CUES = (
    r"in|since|by|until|till|from|to|before|after|during|through|of|early|late|mid|end|around|year|between|"
    r"fiscal|FY|đến|tới|từ|trước|sau|giai\s+đoạn|tầm\s+nhìn|đầu|cuối|giữa|niên\s+khóa"
)


def _years_written(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """năm 2028; a year after a cue (in 2025, since 2023, đến 2030); year ranges (2021-2030)."""
    found = []
    for m in re.finditer(rf"(?<!\w)(năm|Năm){SP}+({_YEAR})(?![\d%,.]\d|\w|[.,]\d)", text):
        found.append(_years(m.start(), m.end(), int(m.group(2)), int(m.group(2))))
        found += _listed_years(text, m.end())
    cued = rf"(?<!\w)(?:{_YEAR_CUES})(?:{SP}+|-)({_YEAR})(?![\w%]|[.,]\d|{SP}*(?:%|phần\s+trăm|per\s+cent))"
    for m in re.finditer(cued, text, re.IGNORECASE):
        found.append(_years(m.start(1), m.end(1), int(m.group(1)), int(m.group(1))))
        found += _listed_years(text, m.end())
    for m in re.finditer(rf"(?<![\d/.,])({_YEAR}){SP}*[-–—]{SP}*({_YEAR})(?![\d%]|[.,]\d)", text):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if y1 < y2:
            found.append(_years(m.start(), m.end(), y1, y2))
    for m in re.finditer(rf"(?<![\d/.,])({_YEAR})[-–/](\d\d)(?![\d%/]|[.,]\d)", text):  # "2022-23", "FY2023/24"
        y1 = int(m.group(1))
        y2 = y1 - y1 % 100 + int(m.group(2))
        if y1 < y2 <= y1 + 10:
            found.append(_years(m.start(), m.end(), y1, y2))
    return found + _years_after_weak_cues(text) + _years_as_subjects(text)


_WEAK_YEAR_CUE = re.compile(
    rf"(?<!\w)(?:for|on|than|with|versus|vs\.?|the|a){SP}+({_YEAR})(?![\w%]|[.,]\d)(?:{SP}+([a-z]+))?", re.IGNORECASE
)
_EN_COUNTED = frozenset(vocabulary.words("counted_nouns_en.txt"))


def _years_after_weak_cues(text: str) -> list[_Date]:
    """A year after ``for``, ``on``, ``than``, ``with``, ``versus`` or before a noun after ``the``/``a`` (sales
    for 2023 rose, improved on 2023, the 2015 figure, a 2019 contract), and the years listed after it (for 2025
    and 2026), unless a counted noun follows: ``jobs for 2000 workers``, ``the 2000 people`` are counts.

    >>> [(d.first[0], d.start) for d in _years_after_weak_cues("Sales for 2023 rose; jobs for 2000 workers.")]
    [(2023, 10)]
    >>> [d.first[0] for d in _years_after_weak_cues("It met needs for 2025 and 2026, seven times the 2015 figure.")]
    [2025, 2026, 2015]
    """
    found = []
    for m in _WEAK_YEAR_CUE.finditer(text):
        after = (m.group(2) or "").lower()
        plural = after.endswith("s") and not after.endswith("ss") and after not in stopwords(EN)
        determiner = m.group(0).split()[0].lower() in ("the", "a")  # the 2015 figure: a noun must follow
        if not plural and after not in _EN_COUNTED and (after or not determiner):
            found.append(_years(m.start(1), m.end(1), int(m.group(1)), int(m.group(1))))
            found += _listed_years(text, m.end(1))
    return found


_SUBJECT_VERBS = "|".join(
    (SP + "+").join(map(re.escape, w.split())) for w in vocabulary.words("year_subject_verbs.txt")
)
_YEAR_SUBJECT = re.compile(rf"(?<![\w$€£¥.,])({_YEAR})(?={SP}+(?:also{SP}+)?(?:{_SUBJECT_VERBS})(?!\w))", re.IGNORECASE)


def _years_as_subjects(text: str) -> list[_Date]:
    """A bare year as the subject of a verb of :file:`year_subject_verbs.txt` (``noted that 2023 marked fifty
    years``, ``2025 will be pivotal``, ``2023 đánh dấu 50 năm``), unless a qualifier makes it a count (``about
    2000 was``).

    >>> [(d.first[0], d.start) for d in _years_as_subjects("He said 2023 marked a turn; some 2000 were hired.")]
    [(2023, 8)]
    """
    found = []
    for m in _YEAR_SUBJECT.finditer(text):
        if not _QUALIFIER_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            found.append(_years(m.start(1), m.end(1), int(m.group(1)), int(m.group(1))))
    return found


#: Japan's fiscal year (năm tài khóa) runs from 1 April to 31 March: ``fiscal 2024`` is April 2024 - March 2025.
FISCAL_YEAR_FIRST_MONTH = 4
_EN_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FISCAL_YEAR = re.compile(
    rf"(?<!\w)(?:(?:(?:năm{SP}+)?tài{SP}+(?:khóa|khoá)|fiscal(?:{SP}+year)?|FY){SP}*({_YEAR})"
    rf"|({_YEAR}){SP}+fiscal{SP}+year)(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)
_MONTHS_ENDING = re.compile(
    rf"(?<!\w)(?:(?:fiscal{SP}+)?(year)|(\d{{1,2}}|{'|'.join(_EN_COUNTS)}){SP}+months){SP}+"
    rf"(?:ending|ended|to|through){SP}+(?:in{SP}+)?({_MONTH_NAME})(?:,?{SP}+({_YEAR}))?(?!\w)",
    re.IGNORECASE,
)


def _fiscal_years(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """A Japanese fiscal year: ``năm tài khóa 2023``, ``fiscal 2024``, ``FY2024``, ``the 2023 fiscal
    year`` (April to March)."""
    found = []
    for m in _FISCAL_YEAR.finditer(text):
        y, first = int(m.group(1) or m.group(2)), FISCAL_YEAR_FIRST_MONTH
        last = (y + 1, first - 1, _month_end(y + 1, first - 1))
        found.append(_Date(m.start(), m.end(), "period", (y, first, 1), last, kind="fiscal"))
    return found


def _months_ending(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """The months up to a month: ``the year ending March 2025`` (April 2024 - March 2025), ``the six
    months to September`` (April - September, the year from the reference date)."""
    found = []
    for m in _MONTHS_ENDING.finditer(text):
        n = 12 if m.group(1) else int(m.group(2)) if m.group(2).isdigit() else _EN_COUNTS[m.group(2).lower()]
        end_month = _en_month(m.group(3))
        end_year = int(m.group(4)) if m.group(4) else None
        first_month = (end_month - n) % 12 + 1
        first_year = None if end_year is None else end_year - (first_month > end_month)
        last = (end_year, end_month, _month_end(end_year, end_month))
        found.append(
            _Date(m.start(), m.end(), "period", (first_year, first_month, 1), last, needs_year=end_year is None)
        )
    return found


_LISTED_YEAR = re.compile(rf"{SP}*(?:,|và|and|or|hoặc){SP}*({_YEAR})(?![\w%]|[.,]\d)")


def _listed_years(text: str, end: int) -> list[_Date]:
    """The years listed after a year that is a date (``các năm 2007, 2012, 2016 và 2023``): each is one."""
    found = []
    while m := _LISTED_YEAR.match(text, end):
        found.append(_years(m.start(1), m.end(1), int(m.group(1)), int(m.group(1))))
        end = m.end()
    return found


def _decades(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """the 1990s, '90s, thập niên 1990, thập niên 90, những năm 1990."""
    patterns = [
        (r"(?<!\w)(\d{3})0s(?!\w)|(?<![\w'’])['’](\d)0s(?!\w)", 0),
        (rf"(?<!\w)(?:thập{SP}+niên|thập{SP}+kỷ|những{SP}+năm){SP}+(?:(\d{{3}})0|(\d)0)(?![\d\w])", re.IGNORECASE),
    ]
    found = []
    for pattern, flags in patterns:
        for m in re.finditer(pattern, text, flags):
            decade = int(m.group(1)) * 10 if m.group(1) else _two_digit_decade(int(m.group(2)) * 10, reference)
            if 1000 <= decade <= 2190:
                found.append(_Date(m.start(), m.end(), "decade", (decade, 1, 1), (decade + 9, 12, 31), kind="decade"))
    return found


# A month written out or abbreviated, in title case or, as page chrome writes it, in capitals (JUN. 05, 2025).
_EN_MONTH = rf"(?:{_MONTH_NAME}|{_MONTH_NAME.upper()}|(?:{_MONTH_ABBR}|{_MONTH_ABBR.upper()})\.?)"


def _english_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """28 April 2025, 28th of April, 05-October-2019 (page chrome), April 28, 2025, Jan. 5."""
    found = []
    day_first = (
        rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th)?(?:{SP}+(?:of{SP}+)?({_EN_MONTH})(?:,?{SP}+({_YEAR}))?"
        rf"|-({_EN_MONTH})-({_YEAR}))(?![\w])"
    )
    for m in re.finditer(day_first, text):
        d, mo = int(m.group(1)), _en_month(m.group(2) or m.group(4))
        y = int(m.group(3) or m.group(5)) if m.group(3) or m.group(5) else None
        if _valid(y, mo, d):
            found.append(_day(m, y, mo, d))
    month_first = rf"(?<!\w)({_EN_MONTH}){SP}+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?{SP}+({_YEAR}))?(?![\w:])"
    for m in re.finditer(month_first, text):
        mo, d = _en_month(m.group(1)), int(m.group(2))
        y = int(m.group(3)) if m.group(3) else None
        if _valid(y, mo, d):
            found.append(_day(m, y, mo, d))
    return found


_EN_DAY_SPANS = (
    rf"(?<!\w)(?P<m>{_EN_MONTH}){SP}+(?P<a>\d{{1,2}}){SP}*(?P<j>[-–]|to|and){SP}*(?P<b>\d{{1,2}})"
    rf"(?:,?{SP}+(?P<y>{_YEAR}))?(?![\w:])",
    rf"(?<!\w)(?P<a>\d{{1,2}}){SP}*[-–]{SP}*(?P<b>\d{{1,2}}){SP}+(?P<m>{_EN_MONTH})(?:,?{SP}+(?P<y>{_YEAR}))?(?!\w)",
    rf"(?<!\w)(?P<m>{_EN_MONTH}){SP}+(?P<a>\d{{1,2}}){SP}*(?:[-–]|to){SP}*(?P<m2>{_EN_MONTH}){SP}+(?P<b>\d{{1,2}})"
    rf"(?:,?{SP}+(?P<y>{_YEAR}))?(?![\w:])",
)


def _english_day_spans(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """July 1-3, Sept. 10 to 12, 2025, 10-12 September 2025, May 22 to May 23 (round 18 of issue 14): a span of days.

    >>> [(d.first, d.last) for d in _english_day_spans("From May 30 to June 2, 2021 it flew.", "en", None)]
    [((2021, 5, 30), (2021, 6, 2))]
    """
    found = []
    for pattern in _EN_DAY_SPANS:
        for m in re.finditer(pattern, text):
            if m.groupdict().get("j") == "and" and not re.search(rf"between{SP}+$", text[: m.start()], re.I):
                continue  # "June 10 and 11": two days of a list (_listed_days); "between June 10 and 11": a span
            d1, d2, mo = int(m.group("a")), int(m.group("b")), _en_month(m.group("m"))
            mo2 = _en_month(m.group("m2")) if m.groupdict().get("m2") else mo
            y = int(m.group("y")) if m.group("y") else None
            if (mo, d1) < (mo2, d2) and _valid(y, mo, d1) and _valid(y, mo2, d2):
                found.append(
                    _Date(m.start(), m.end(), "period", (y, mo, d1), (y, mo2, d2), needs_year=y is None, kind="day")
                )
    return found


_LISTED = (
    re.compile(  # "ngày 10 và 11/6", "ngày 3, 4 và 5/7/2025", "tháng 8 và 9/2022"
        rf"(?<!\w)(?P<cue>ngày|tháng){SP}+(?P<items>\d{{1,2}}(?:{SP}*,{SP}*\d{{1,2}})*){SP}*(?:,|và){SP}*"
        rf"(?P<last>\d{{1,2}})/(?P<tail>(?P<mo>\d{{1,2}})(?:/(?P<y>{_YEAR}))?|(?P<year>{_YEAR}))(?![\d/])",
        re.IGNORECASE,
    ),
    re.compile(  # "June 10 and 11", "Sept. 3, 4 and 5, 2025"
        rf"(?<!\w)(?P<m>{_EN_MONTH}){SP}+(?P<items>\d{{1,2}}(?:{SP}*,{SP}*\d{{1,2}})*),?{SP}+and{SP}+"
        rf"(?P<last>\d{{1,2}})(?:,?{SP}+(?P<y>{_YEAR}))?(?![\w:])"
    ),
)


def _listed_days(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """Days or months of a list that share the month or year written once at its end: each is a date
    (as each year of ``các năm 2007, 2012 và 2023`` is): ``ngày 3, 4 và 5/7``, ``tháng 8 và 10/2022``, ``June
    10 and 12``; two in a row are one span (:func:`_as_span`: ``ngày 10 và 11/6``); not ``between June 10 and 11``
    (a span, read by :func:`_english_day_spans`).

    >>> [(d.start, d.end, d.first) for d in _listed_days("ngày 10 và 12/6/2025", "vi", None)]
    [(0, 7, (2025, 6, 10)), (11, 20, (2025, 6, 12))]
    >>> [(d.first[1:], d.last[1:]) for d in _listed_days("tháng 8 và 9/2022", "vi", None)]
    [((8, 1), (9, 30))]
    """
    found = []
    for pattern in _LISTED:
        for m in pattern.finditer(text):
            if m.groupdict().get("m") and re.search(rf"between{SP}+$", text[: m.start()], re.I):
                continue
            found += _list_items(m)
    return found


def _list_items(m: re.Match[str]) -> list[_Date]:
    """The dates of one list matched by :data:`_LISTED` (none if its words do not make one)."""
    groups = m.groupdict()
    items = [(int(i.group()), i.start(), i.end()) for i in re.finditer(r"\d+", m.group("items"))]
    items = [(n, m.start("items") + a, m.start("items") + b) for n, a, b in items]
    items[0] = (items[0][0], m.start(), items[0][2])  # the first item carries the cue word or the month
    items.append((int(m.group("last")), m.start("last"), m.end()))
    cue = (groups.get("cue") or "").lower()
    if cue == "tháng":
        whole_year = groups.get("year")
        return _as_span([_month(a, b, int(whole_year), n) for n, a, b in items if 1 <= n <= 12]) if whole_year else []
    y = groups.get("y")
    year = int(y) if y else None
    if cue and not groups.get("mo"):
        return []  # "ngày 10 và 11/2025" names no month
    month = int(groups["mo"]) if cue else _en_month(groups["m"])
    if not all(_valid(year, month, n) for n, _, _ in items):
        return []
    days = [
        _Date(a, b, "day", (year, month, n), (year, month, n), needs_year=year is None, kind="day") for n, a, b in items
    ]
    return _as_span(days)


def _as_span(items: list[_Date]) -> list[_Date]:
    """Two consecutive days or months of a list are one span (``ngày 7 và 8/12``, ``November 19 and 20``, ``tháng 8
    và 9/2022``: one period, as the annotators read them); other lists stay dates of their own."""
    if len(items) != 2 or not _consecutive(*items):
        return items
    a, b = items
    return [_Date(a.start, b.end, "period", a.first, b.last, needs_year=a.needs_year or b.needs_year, kind=a.kind)]


def _consecutive(a: _Date, b: _Date) -> bool:
    """Are ``a`` and ``b`` two days in a row of one month, or two months in a row (December, then January)?"""
    if a.kind == b.kind == "day":
        return a.first[:2] == b.first[:2] and a.first[2] + 1 == b.first[2]
    return a.kind == b.kind == "month" and a.first[1] % 12 + 1 == b.first[1]


#: Months written together, each one a month: a span (``April-June``, ``between January and June``) or a list after a
#: cue word (``in March and April``, ``in April, May and June``).
_MONTH_PAIRS = (
    re.compile(rf"(?<!\w)(?:{_MONTH_NAME}){SP}*[-–]{SP}*(?:{_MONTH_NAME})(?!\w)"),
    re.compile(rf"(?<!\w)[Bb]etween{SP}+(?:{_MONTH_NAME}){SP}+and{SP}+(?:{_MONTH_NAME})(?!\w)"),
    re.compile(
        rf"(?<!\w)(?:[Ii]n|[Oo]f|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y){SP}+(?:{_MONTH_NAME})"
        rf"(?:{SP}*,{SP}*(?:{_MONTH_NAME}))*,?{SP}+(?:and|or){SP}+(?:{_MONTH_NAME})(?!\w)"
    ),
)
_MONTH_WORD = re.compile(rf"(?<!\w)(?:{_MONTH_NAME})(?!\w)")


def _english_months(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """March 2025, and a month after a cue word (As of March, since April) with the year to infer."""
    found = []
    for m in re.finditer(rf"(?<!\w)({_EN_MONTH}),?{SP}+({_YEAR})(?!\w)", text):
        found.append(_month(m.start(), m.end(), int(m.group(2)), _en_month(m.group(1))))
    cued = (
        rf"(?<!\w)(?:in|of|since|by|until|till|from|to|as{SP}+of|during|early|late|mid|between|"
        rf"before|after|through|end{SP}+of|beginning{SP}+of|"
        rf"a|an|the|its|their|his|her|our)(?:{SP}|-)+({_MONTH_NAME})(?![\w])"
    )
    for m in re.finditer(cued, text, re.IGNORECASE):
        if m.group(1)[0].isupper():
            found.append(_month(m.start(1), m.end(1), None, _en_month(m.group(1))))
    if reference is not None:  # "in December last year": one month
        for m in re.finditer(rf"(?<!\w)({_MONTH_NAME}){SP}+(last|this|next){SP}+year(?!\w)", text):
            y = reference.year + _RELATIVE_YEARS[m.group(2).lower()]
            found.append(_month(m.start(), m.end(), y, _en_month(m.group(1)), inferred=True))
    for pattern in _MONTH_PAIRS:  # April-June, between January and June, in April, May and June
        for m in pattern.finditer(text):
            months = _MONTH_WORD.finditer(m.group())
            found += [_month(m.start() + n.start(), m.start() + n.end(), None, _en_month(n.group())) for n in months]
    return found + _relative_months(text, lang, reference) + _relative_month_names(text, lang, reference)


_MONTH_AFTER_WORD = re.compile(rf"(?<!\w)(last|this|next|that){SP}+({_MONTH_NAME})(?!\w)", re.IGNORECASE)
_VI_MONTH_AFTER_WORD = re.compile(
    rf"(?<!\w)[Tt]háng{SP}+(\d{{1,2}}){SP}+(tới|vừa{SP}+qua|vừa{SP}+rồi|này)(?!\w)(?!{SP}*(?:tháng|ngày|năm|\d))"
)
_MONTH_DIRECTIONS = {"last": -1, "vừa qua": -1, "vừa rồi": -1, "this": 0, "này": 0, "next": 1, "tới": 1}


def _relative_month_names(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """A month named with a word that places it from the article's date: ``last August`` (the last
    August before the article's month), ``this April``, ``next March``, ``tháng 8 tới``, ``tháng 3 vừa
    qua``; ``that November`` is in the year the sentence names (``In August 2019 … that November``).

    >>> ref = dt.date(2025, 6, 5)
    >>> [d.first[:2] for d in _relative_month_names("Last August, this April, next March.", "en", ref)]
    [(2024, 8), (2025, 4), (2026, 3)]
    >>> [d.first[:2] for d in _relative_month_names("Từ tháng 8 tới, khác tháng 1 tới tháng 6.", "vi", ref)]
    [(2025, 8)]
    """
    found = []
    for m in _MONTH_AFTER_WORD.finditer(text):
        word, month = m.group(1).lower(), _en_month(m.group(2))
        if not m.group(2)[0].isupper():
            continue
        if word == "that":  # "that November": the year of the sentence, else the nearest one
            found.append(_month(m.start(2), m.end(), _year_in_sentence(text, m.start()), month))
        elif reference is not None:
            found.append(_month(m.start(), m.end(), _placed_year(reference, month, word), month, inferred=True))
    for m in _VI_MONTH_AFTER_WORD.finditer(text):
        month, word = int(m.group(1)), re.sub(r"\s+", " ", m.group(2).lower())
        if 1 <= month <= 12 and reference is not None:
            found.append(_month(m.start(), m.end(), _placed_year(reference, month, word), month, inferred=True))
    return found


def _placed_year(reference: dt.date, month: int, word: str) -> int:
    """The year of ``month`` placed by ``word`` from ``reference``: the last one before its month
    (``last``, ``vừa qua``), the next one after it (``next``, ``tới``) or the one of its year (``this``)."""
    direction = _MONTH_DIRECTIONS[word]
    if direction < 0:
        return reference.year - (month >= reference.month)
    if direction > 0:
        return reference.year + (month <= reference.month)
    return reference.year


_RELATIVE_MONTH = re.compile(
    rf"(?<!\w)(?:tháng{SP}+(này|trước|tới|sau)|(this|last|next){SP}+month|(a){SP}+month{SP}+(?:earlier|before)"
    rf"|the{SP}+(previous|preceding){SP}+month)(?!\w)",
    re.IGNORECASE,
)
_MONTH_OFFSETS = {"này": 0, "this": 0, "trước": -1, "last": -1, "a": -1, "previous": -1, "preceding": -1}


def _relative_months(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """``tháng trước``, ``last month``, ``this month``, ``next month`` from the article's date;
    ``tháng trước`` and ``a month earlier`` after a month named earlier in the sentence count from
    that month (``Trong tháng 7, xuất khẩu tăng so với tháng trước``: June), and ``tháng sau đó``
    ("the month after that") only from a month the sentence names. Not ``5 tháng tới``.

    >>> [d.first[:2] for d in _relative_months("Tháng 7 tăng 5% so với tháng trước.", "vi", dt.date(2025, 9, 1))]
    [(2025, 6)]
    >>> [d.first[:2] for d in _relative_months("Tháng sau đó, hai bên ký.", "vi", dt.date(2025, 9, 1))]
    []
    """
    if reference is None:
        return []
    found = []
    for m in _RELATIVE_MONTH.finditer(text):
        if _COUNT_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "5 tháng tới": a duration
        offset = _MONTH_OFFSETS.get(next(g for g in m.groups() if g).lower(), 1)
        that = _THAT_AFTER.match(text, m.end()) is not None  # "tháng sau đó": after a month the text names
        anchor = _month_in_sentence(text, m.start(), reference) if offset < 0 or that else None
        if that and anchor is None:
            continue
        y, mo = anchor or (reference.year, reference.month)
        y, mo = y + (mo + offset - 1) // 12, (mo + offset - 1) % 12 + 1
        found.append(_month(m.start(), m.end(), y, mo, inferred=True))
    return found


def _month_in_sentence(text: str, pos: int, reference: dt.date) -> tuple[int, int] | None:
    """The last month written earlier in the sentence before ``pos`` (with its year, or the year
    nearest to ``reference``), which ``tháng trước`` and ``a month earlier`` count from."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    named = list(_MONTH_NAMED.finditer(text, ends[-1] if ends else 0, pos))
    if not named:
        return None
    m = named[-1]
    month = int(m.group(1)) if m.group(1) else _en_month(m.group(3))
    written = m.group(2) or m.group(4)
    if not 1 <= month <= 12:
        return None
    year = int(written) if written else _closest_year(reference, (None, month, 1), (None, month, 28), days=False)
    return year, month


_MONTH_NAMED = re.compile(
    rf"(?<!\w)(?:[Tt]háng{SP}+(\d{{1,2}})(?:{SP}*[/.-]{SP}*({_YEAR}))?|({_MONTH_NAME})(?:,?{SP}+({_YEAR}))?)(?![\w/])"
)


_RELATIVE_YEARS = {"nay": 0, "this": 0, "ngoái": -1, "trước": -1, "last": -1, "tới": 1, "sau": 1, "next": 1}
# A number or an amount word before "năm"/"tháng": "5 năm tới", "hai mươi năm trước", "mấy năm trước" are lengths.
_AMOUNT_WORDS = {"vài", "dăm", "mấy", "nhiều", "những", "các", "hàng", "bao"}
_COUNT_WORDS = sorted(VI_NUMBER_WORDS | _AMOUNT_WORDS, key=len, reverse=True)
_COUNT_BEFORE = re.compile(rf"(?<!\w)(?:\d+|{'|'.join(_COUNT_WORDS)}){SP}+$", re.IGNORECASE)


_RELATIVE_YEAR = re.compile(
    rf"(?<!\w)(?:năm{SP}+(nay|ngoái|trước|tới|sau)|(this|last|next){SP}+year)(?!\w)", re.IGNORECASE
)
_ONE_BEFORE = re.compile(rf"(?<!\w)một{SP}+$", re.IGNORECASE)
_THAT_AFTER = re.compile(rf"{SP}+đó(?!\w)", re.IGNORECASE)
_QUALIFIER_PHRASES = sorted((re.escape(r["phrase"]) for r in vocabulary.rows("qualifiers.csv")), key=len, reverse=True)
_QUALIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(_QUALIFIER_PHRASES)}){SP}+$", re.IGNORECASE)


def _relative_years(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """năm nay, năm ngoái, this year, last year, next year (only with a reference date); năm trước,
    năm sau and a year earlier from a year written earlier in the sentence (:func:`_year_in_sentence`),
    also in an article without a date (then ``year_inferred`` is False: the year is read, not inferred).

    ``một năm sau`` / ``a year later`` and ``năm sau đó`` ("the year after that") count only from a year
    the sentence names, and with a qualifier before them they are a length of time, no date (``hơn một
    năm sau``, ``more than a year later``).

    >>> [d.first[0] for d in _relative_years("Năm 2022 ký, một năm sau có lãi. Năm sau đó, hơn một năm sau.",
    ...                                      "vi", dt.date(2025, 6, 1))]
    [2023]
    """
    found = [d for m in _RELATIVE_YEAR.finditer(text) if (d := _relative_year(text, m, reference)) is not None]
    for m in _YEAR_EARLIER.finditer(text):
        anchor = _year_in_sentence(text, m.start())
        if anchor is not None and not _a_length_of_time(text, m.start()):
            y = anchor + (1 if m.group(1) else -1)
            inferred = reference is not None  # without the article's date the year is read, not inferred
            found.append(
                _Date(m.start(), m.end(), "year", (y, 1, 1), (y, 12, 31), year_inferred=inferred, kind="relative")
            )
    return found


def _a_length_of_time(text: str, pos: int) -> bool:
    """Does a qualifier open the clause just before ``pos`` (``, more than [a year later]``, ``Hơn
    [một năm sau]``)? Then the phrase is a length of time. After a number in its clause the qualifier
    compares (``9.8 points more than [a year earlier]``) and the phrase stays a date.

    >>> _a_length_of_time("on May 2, 2024, more than a year later", 26)
    True
    >>> _a_length_of_time("9.8 points more than a year earlier", 21)
    False
    """
    q = _QUALIFIER_BEFORE.search(text, max(0, pos - 25), pos)
    if q is None:
        return False
    clause = re.split(r"[,;:.!?\n]", text[max(0, q.start() - 80) : q.start()])[-1]
    return not re.search(r"\d", clause)


def _relative_year(text: str, m: re.Match[str], reference: dt.date | None) -> _Date | None:
    """The year of one ``năm nay``/``last year``/``năm trước``… (see :func:`_relative_years`), or None."""
    before = text[max(0, m.start() - 12) : m.start()]
    one = _ONE_BEFORE.search(before)
    if not one and re.search(rf"(?:\d|\w){SP}+$", before) and _COUNT_BEFORE.search(before):
        return None  # "5 năm tới": the next five years, a duration
    if one and _a_length_of_time(text, m.start() - len(one.group())):
        return None  # "hơn một năm sau": more than a year, a length of time
    word = (m.group(1) or m.group(2)).lower()
    anchor = _year_in_sentence(text, m.start()) if word in ("trước", "sau") else None
    base = anchor if anchor is not None else reference.year if reference is not None else None
    if base is None or (anchor is None and (one or _THAT_AFTER.match(text, m.end()))):
        return None  # "một năm sau", "năm sau đó": after a year the text names elsewhere; no date to count from
    y = base + _RELATIVE_YEARS[word]
    return _Date(
        m.start(), m.end(), "year", (y, 1, 1), (y, 12, 31), year_inferred=reference is not None, kind="relative"
    )


_YEAR_EARLIER = re.compile(  # group 1: a year later
    rf"(?<!\w)(?:a{SP}+year{SP}+(?:earlier|before)|the{SP}+(?:previous|preceding){SP}+year"
    rf"|the{SP}+year{SP}+before|(a{SP}+year{SP}+later|the{SP}+following{SP}+year|the{SP}+year{SP}+after))(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _year_in_sentence(text: str, pos: int) -> int | None:
    """The last year written in the sentence before ``pos``: ``năm trước`` ("the year before") and
    ``a year earlier`` count from it (``Năm 2023, … tăng 8,5% so với năm trước`` is 2022), whereas
    ``năm ngoái`` and ``last year`` count from the article's date."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    years = re.findall(rf"(?<![\d.,])({_YEAR})(?![\d%]|[.,]\d)", text[ends[-1] if ends else 0 : pos])
    return int(years[-1]) if years else None


_EXPLICIT_DATE_AFTER = re.compile(
    rf",?{SP}*\(?{SP}*(?:{_EN_MONTH}{SP}+\d|\d{{1,2}}(?:[/.-]\d|(?:st|nd|rd|th)?{SP}+{_EN_MONTH}))"
)


def _weekdays(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """on Monday, last Friday (English; Vietnamese only with a cue word), from a reference date."""
    if reference is None:
        return []
    found = []
    names = "|".join(d.capitalize() for d in _WEEKDAYS)
    for m in re.finditer(rf"(?<!\w)(?:(on|last|this|next|since|by|until){SP}+)?({names})(?!\w)", text):
        if (lang != EN and not m.group(1)) or _EXPLICIT_DATE_AFTER.match(text, m.end()):
            continue  # "Tuesday, Oct. 14", "Wednesday (Nov. 5)": only the explicit date counts
        day = _weekday(reference, _WEEKDAYS[m.group(2).lower()], (m.group(1) or "").lower())
        ymd = (day.year, day.month, day.day)
        found.append(_Date(m.start(2), m.end(), "day", ymd, ymd, year_inferred=True, kind="weekday"))
    return found


_DAY_THEN_YEAR_WORD = (
    re.compile(
        rf"(?<![\d/.,])(?:(?:ngày|Ngày){SP}+)?(\d{{1,2}})/(\d{{1,2}}){SP}+năm{SP}+(nay|ngoái|trước|sau|tới)(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)({_EN_MONTH}){SP}+(\d{{1,2}})(?:st|nd|rd|th)?,?{SP}+(?:of{SP}+)?"
        rf"(?:(this|last|next){SP}+year|the{SP}+(following|next|previous|preceding){SP}+year)(?!\w)"
    ),
)
_YEAR_WORD_OFFSETS = {**_RELATIVE_YEARS, "following": 1, "previous": -1, "preceding": -1}


def _days_then_relative_year(text: str, lang: str, reference: dt.date | None) -> list[_Date]:
    """A day and a word for its year: ``ngày 15/3 năm ngoái``, ``March 15 last year`` (from the article's
    date); ``31/3 năm sau``, ``March 31 of the following year`` only from a year the sentence names
    (else the day is part of a cycle: :func:`_not_recurring`).

    >>> [d.first for d in _days_then_relative_year("Ngày 15/3 năm ngoái; March 31 of the following year.",
    ...                                             "vi", dt.date(2025, 6, 1))]
    [(2024, 3, 15)]
    """
    found = []
    for pattern in _DAY_THEN_YEAR_WORD:
        for m in pattern.finditer(text):
            vi = pattern is _DAY_THEN_YEAR_WORD[0]
            d, mo = (int(m.group(1)), int(m.group(2))) if vi else (int(m.group(2)), _en_month(m.group(1)))
            word = (m.group(3) if vi else m.group(3) or m.group(4)).lower()
            anchored = word in ("trước", "sau", "following", "next", "previous", "preceding") and (vi or m.group(4))
            base = _year_in_sentence(text, m.start()) if anchored else reference.year if reference else None
            y = None if base is None else base + _YEAR_WORD_OFFSETS[word]
            if y is not None and _valid(y, mo, d):
                found.append(_Date(m.start(), m.end(), "day", (y, mo, d), (y, mo, d), year_inferred=True, kind="day"))
    return found


_RECURRING = re.compile(
    rf"(?<!\w)(?:(?:hằng|hàng|mỗi){SP}+(?:năm|tháng)|(?:every|each){SP}+(?:year|month)|annually|yearly)(?!\w)", re.I
)
_CYCLE_END = re.compile(
    rf"{SP}+(?:năm{SP}+(?:trước|sau)|of{SP}+the{SP}+(?:following|next|previous|preceding){SP}+year)(?!\w)", re.I
)


def _not_recurring(text: str, dates: list[_Date]) -> list[_Date]:
    """``dates`` without the generic ones: a date without a year next to a word of recurrence (``Hằng
    năm, vào ngày 2/9``, ``ngày 1/1 hằng năm``, ``every year on April 1``), and every date without a year
    in a sentence that describes a cycle (``bắt đầu từ ngày 1/4 và kết thúc vào ngày 31/3 năm sau``, with
    no year to count ``năm sau`` from).

    >>> t = "Năm tài khóa bắt đầu từ ngày 1/4 và kết thúc vào ngày 31/3 năm sau. Hằng năm, vào ngày 2/9, ngày 5/9 cũng."
    >>> [text for d in _not_recurring(t, _date_atoms(t, "vi", None)) for text in [t[d.start : d.end]]]
    ['ngày 5/9']
    """
    cycles = [
        _sentence_bounds(text, d.start)
        for d in dates
        if d.needs_year and _CYCLE_END.match(text, d.end) and _year_in_sentence(text, d.start) is None
    ]
    return [
        d
        for d in dates
        if not d.needs_year or not (_recurring_beside(text, d) or any(a <= d.start < b for a, b in cycles))
    ]


def _recurring_beside(text: str, d: _Date) -> bool:
    """A word of recurrence just before ``d`` with no number between (``Hằng năm, vào [ngày 2/9]``) or
    right after it (``[ngày 1/1] hằng năm``)."""
    before = list(_RECURRING.finditer(text, max(0, d.start - 25), d.start))
    if before and not re.search(r"\d", text[before[-1].end() : d.start]):
        return True
    return _RECURRING.match(text, d.end + 1, d.end + 20) is not None


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the sentence around ``pos`` starts and ends (:data:`_SENTENCE_END`)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    after = _SENTENCE_END.search(text, pos)
    return (ends[-1] if ends else 0), (after.end() if after else len(text))


#: The ways of writing a date, in the order their finds are collected (overlaps: longest wins).
_FINDERS: tuple[Finder, ...] = (
    _listed_days,
    _numeric_days,
    _iso_days,
    _worded_days,
    _day_spans,
    _cued_days,
    _vi_months,
    _numeric_months,
    _quarters,
    _halves,
    _years_written,
    _fiscal_years,
    _months_ending,
    _decades,
    _english_days,
    _english_day_spans,
    _english_months,
    _relative_years,
    _weekdays,
    _days_then_relative_year,
)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" ")
    return not before or before[-1] in '.!?\n:"“(–—-'


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
    offset = {"nay": 0, "this": 0, "ngoái": -1, "trước": -1, "last": -1, "tới": 1, "sau": 1, "next": 1}[
        year_text.lower()
    ]
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


_DATE_RANGE_BETWEEN = re.compile(
    rf"^{SP}*(?P<conn>[-–—]|đến|tới|to|until|till|through|and){SP}*(?:(?:early|mid|late|đầu|giữa|cuối){SP}+)?$",
    re.IGNORECASE,
)  # between 1995 and late 2015: a part of the closing year still closes the range


def _range_link(text: str, a: _Date, b: _Date) -> bool:
    """Do the words between ``a`` and ``b`` make them one range: a dash, ``từ A đến B``, ``from A to B``, ``between A
    and B``, or ``and`` between two months in a row (``May and June 2023``; not the end of a list of three)?"""
    m = _DATE_RANGE_BETWEEN.match(text[a.end : b.start])
    if not m:
        return False
    word = m.group("conn").lower()
    opener = re.search(r"(?<!\w)(từ|from|between)[^\S\n]+$", text[max(0, a.start - 12) : a.start], re.IGNORECASE)
    if word in ("-", "–", "—") or (opener and (word != "and" or opener.group(1).lower() == "between")):
        return True
    listed = text[max(0, a.start - 2) : a.start].strip() == ","  # April, May and June: a list of three
    return word == "and" and a.kind == "month" and _consecutive(a, b) and not listed


def _merge_ranges(text: str, dates: list[_Date]) -> list[_Date]:
    """Join ``A – B``, ``từ A đến B``, ``from A to B`` and ``between A and B`` into one period."""
    out: list[_Date] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        if i + 1 < len(dates):
            b = dates[i + 1]
            if _range_link(text, a, b):
                first = (a.first[0] if a.first[0] is not None else b.first[0], a.first[1], a.first[2])
                merged = _Date(
                    a.start,
                    b.end,
                    "period",
                    first,
                    b.last,
                    year_inferred=a.year_inferred or b.year_inferred,
                    needs_year=(first[0] is None) or b.needs_year,
                    kind="range",
                )
                merged.parts = (a, b)
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _closest_year(reference: dt.date, first: tuple, last: tuple, days: bool = True) -> int:
    """The year that puts the middle of a date or period nearest to ``reference``. With ``days``
    (a date written with its day), a year without that day does not fit (29/2 only in a leap
    year); a month or a period without a year fits any year (``February``: 28 or 29 days).

    >>> _closest_year(dt.date(2025, 4, 10), (None, 2, 1), (None, 2, 29), days=False)
    2025
    >>> _closest_year(dt.date(2025, 4, 10), (None, 2, 29), (None, 2, 29))
    2024
    """
    best, best_gap = reference.year, None
    for y in (reference.year - 1, reference.year, reference.year + 1):
        last_y = y + (last[1] < first[1])
        if days and (
            first[2] > calendar.monthrange(y, first[1])[1] or last[2] > calendar.monthrange(last_y, last[1])[1]
        ):
            continue  # 29/2 only in a leap year
        a = dt.date(y, first[1], min(first[2], calendar.monthrange(y, first[1])[1]))
        b = dt.date(last_y, last[1], min(last[2], calendar.monthrange(last_y, last[1])[1]))
        gap = abs((a + (b - a) / 2 - reference).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


def _finish(d: _Date, reference: dt.date | None) -> None:
    """Fill a missing year from ``reference`` (the nearest fitting year) and write the ISO form."""
    if d.parts:
        _finish_range(d, reference)
        return
    if d.needs_year and reference is not None:
        year = _closest_year(reference, d.first, d.last, days=d.kind == "day")
        last_y = year + (d.last[1] < d.first[1])
        d.first, d.last = (
            (year, d.first[1], d.first[2]),
            (last_y, d.last[1], min(d.last[2], calendar.monthrange(last_y, d.last[1])[1])),
        )
        d.year_inferred, d.needs_year = True, False
    d.iso = _iso(d)


def _finish_range(d: _Date, reference: dt.date | None) -> None:
    """Both ends of a range; a first end without a year takes the second end's (``10/7 - 12/8/2025``,
    ``từ tháng 8 đến tháng 9 năm ngoái``);
    a range without any year takes the one that puts the whole range nearest to ``reference``."""
    a, b = d.parts
    if a.needs_year and b.needs_year and reference is not None:  # "between January and June": one year for both
        y = _closest_year(reference, a.first, b.last, days=a.kind == "day" and b.kind == "day")
        for p, year in ((a, y), (b, y + ((b.first[1], b.first[2]) < (a.first[1], a.first[2])))):
            last_day = min(p.last[2], _month_end(year, p.last[1]))
            p.first, p.last = (year, p.first[1], p.first[2]), (year, p.last[1], last_day)
            p.needs_year, p.year_inferred = False, True
    if a.first[0] is None and b.first[0] is not None:  # "December - March 2025", "tháng 8 đến tháng 9 năm ngoái"
        y = b.first[0] - ((a.first[1], a.first[2]) > (b.first[1], b.first[2]))
        a.first, a.last = (y, a.first[1], a.first[2]), (y, a.last[1], min(a.last[2], _month_end(y, a.last[1])))
        a.needs_year, a.year_inferred = False, b.year_inferred
    for p in (a, b):
        _finish(p, reference)
    d.first, d.last = a.first, b.last
    d.year_inferred = a.year_inferred or b.year_inferred
    d.iso = f"{a.iso}/{b.iso}"


def _iso(d: _Date) -> str:
    """The ISO 8601 form of a date or period (``-`` for an unknown year)."""
    y, m, day = d.first
    ly, lm, lday = d.last
    yy = f"{y:04d}" if y is not None else "-"
    lyy = f"{ly:04d}" if ly is not None else "-"
    if d.precision == "day":
        return f"{yy}-{m:02d}-{day:02d}"
    if d.precision == "month":
        return f"{yy}-{m:02d}"
    if d.precision == "year":
        return yy
    if d.precision == "decade":
        return f"{y:04d}/{ly:04d}"
    if d.kind == "day":  # a span of days
        return f"{yy}-{m:02d}-{day:02d}/{lyy}-{lm:02d}-{lday:02d}"
    if d.kind == "year":
        return f"{yy}/{lyy}"
    return f"{yy}-{m:02d}/{lyy}-{lm:02d}"  # quarters and halves


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
    ``last year``, months placed by a word (``last August``: the last August before the reference;
    ``tháng 8 tới``) and weekdays (``on Monday``: the last Monday on or before the reference).
    Without it, such dates keep an unknown year (ISO ``--07-10``) and relative ones are skipped.
    Not dates: shares written like days (``lên tới 1/3``, ``Tới 2/3 doanh nghiệp``), the n-th of a year
    (``đợt 2/2025``) and generic recurring dates (``Hằng năm, vào ngày 2/9``).

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
    lang = check_language(lang or detect_language(text), "extract_dates")
    reference = _as_date(reference_date)
    dates = _date_atoms(text, lang, reference)
    sentence = sentence_lookup(text)
    rows = [
        (
            text[d.start : d.end],
            d.start,
            d.end,
            d.iso,
            _iso_day(d.first),
            _iso_day(d.last),
            d.precision,
            bool(d.year_inferred),
            sentence(d.start),
        )
        for d in dates
    ]
    frame = pd.DataFrame(rows, columns=DATE_COLUMNS)
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "year_inferred": bool,
            "surface": object,
            "iso": object,
            "date_start": object,
            "date_end": object,
            "precision": object,
            "sentence": object,
        }
    )


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` names a date (``(start, end)`` offsets), for extractors that must skip dates.

    >>> date_spans("Ngày 28/4/2025, hai bên ký 3 thỏa thuận.", "vi")
    [(0, 14)]
    """
    return [(d.start, d.end) for d in _date_atoms(text, lang, None)]


def corpus_dates(corpus: pd.DataFrame) -> pd.DataFrame:
    """:func:`extract_dates` for every article, each with its own ``date`` as the reference.

    Columns: ``doc_id`` first, then those of :func:`extract_dates`.

    >>> import helpers
    >>> dates = corpus_dates(helpers.load_corpus())
    >>> dates[dates.doc_id == "asean-fm-2025-07-10-vi"][["surface", "iso", "year_inferred"]].to_string(index=False)
    '  surface        iso  year_inferred\\nNgày 10/7 2025-07-10           True\\n ngày 7/7 2025-07-07           True'
    """
    return per_article(
        corpus,
        lambda doc: extract_dates(doc.text, getattr(doc, "lang", None) or None, getattr(doc, "date", None)),
        DATE_COLUMNS,
        "corpus_dates",
    )
