"""Webpage: recognise what a pasted web page puts around an article, line by line.

A student copies an article from a news site and gets more than the article: a timestamp
(``Thứ năm, 13/11/2025, 08:00 (GMT+7)``), share and print buttons, a breadcrumb
(``Thế giới > Châu Á``), a closing source line (``Theo TTXVN``) and often the headline as the
first line. These functions say which paragraph is which; :func:`helpers.corpus.clean_text`
moves them out of the text into metadata. The words they know are in
``helpers/data/page_chrome.csv`` (with its provenance). :func:`first_full_date` reads the date
an article states in its lead, for an article that has no other date.

>>> chrome_kind("Thứ năm, 13/11/2025, 08:00 (GMT+7)"), chrome_kind("Chia sẻ | In bài")
('timestamp', 'buttons')
>>> is_headline("Đà Nẵng ký thỏa thuận đào tạo kỹ sư bán dẫn"), is_headline("Hai bên đã ký.")
(True, False)
>>> first_full_date("Hà Nội, ngày 29/4/2025, hai bên ký kết.")
'2025-04-29'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .cache import memoize
from .vocabulary import rows

__all__ = ["chrome_kind", "first_full_date", "is_headline", "source_of"]

_TIME = r"\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|am|pm|SA|CH))?"
_DAY = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}"
_ZONE = r"\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}\s*\)?"
_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_EN_MONTH = "|".join(m.capitalize() for m in _EN_MONTHS)
_FULL_DATES = (
    (re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(?<!\w)[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)"), "dmy"),
    (re.compile(rf"(?<!\w)({_EN_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)"), "mdy"),
    (re.compile(rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th)?\s+({_EN_MONTH})\.?,?\s+(\d{{4}})(?!\d)"), "dmy"),
)


@memoize(maxsize=None)
def _entries(kind: str) -> tuple[str, ...]:
    """The entries of one kind in ``page_chrome.csv``, longest first."""
    found = [row["entry"] for row in rows("page_chrome.csv") if row["kind"] == kind]
    return tuple(sorted(found, key=len, reverse=True))


def _alternatives(kind: str) -> str:
    return "|".join(re.escape(e) for e in _entries(kind))


@memoize(maxsize=None)
def _patterns() -> dict[str, re.Pattern[str]]:
    """The line patterns, built once from the vocabulary."""
    sep = _alternatives("separator")
    return {
        "timestamp": re.compile(
            rf"^(?:(?:{_alternatives('stamp')})\s*:?\s*)?(?:(?:{_alternatives('weekday')})\s*,?\s*)?(?:ngày\s+)?"
            rf"(?:{_DAY})\s*(?:[,|-]\s*)?"
            rf"(?:{_TIME})?\s*(?:{_ZONE})?\.?$",
            re.IGNORECASE,
        ),
        "buttons": re.compile(rf"^(?:(?:{_alternatives('button')})\s*(?:{sep}|[•·,:-])?\s*)+$", re.IGNORECASE),
        "breadcrumb": re.compile(rf"^[^.!?\d]{{1,40}}(?:\s+(?:{sep})\s+[^.!?\d]{{1,40}}){{1,5}}$"),
        "source": re.compile(rf"^\(?(?:{_alternatives('source')})\s*:?\s+([^\W\d][^.,;!?()]{{0,50}}?)\)?\.?$", re.I),
    }


def chrome_kind(paragraph: str) -> str:
    """What kind of page chrome a whole paragraph is: ``timestamp``, ``buttons``, ``breadcrumb``,
    ``source`` (a short closing line such as ``Theo TTXVN``), or ``""`` for article text.

    >>> chrome_kind("Trang chủ > Thế giới > Châu Á"), chrome_kind("Theo VnExpress")
    ('breadcrumb', 'source')
    >>> chrome_kind("Posted 5/29/2025 8:40 PM"), chrome_kind("Cập nhật: 28/11/2023 07:30")
    ('timestamp', 'timestamp')
    >>> chrome_kind("Theo thỏa thuận, hai bên sẽ mở một phòng thí nghiệm.")
    ''
    """
    line = paragraph.strip()
    if not line or len(line.split()) > 12:
        return ""
    for kind, pattern in _patterns().items():
        if pattern.match(line) and (kind != "source" or _looks_like_a_name(pattern.match(line))):
            return kind
    return ""


def _looks_like_a_name(m: re.Match[str] | None) -> bool:
    """A source line names an outlet or a person: every word capitalised (``TTXVN``, ``Báo Nhân Dân``)."""
    return bool(m) and all(w[:1].isupper() for w in m.group(1).split()) if m else False


def source_of(paragraph: str) -> str:
    """The outlet a source line names (``Theo TTXVN`` → ``TTXVN``), else ``""``.

    >>> source_of("(Theo Báo Nhân Dân)")
    'Báo Nhân Dân'
    """
    m = _patterns()["source"].match(paragraph.strip())
    return m.group(1).strip() if m and _looks_like_a_name(m) else ""


def is_headline(paragraph: str) -> bool:
    """A headline: two to 25 words on one line, not ending like a sentence (``.``, ``…``, ``:``),
    and not a timestamp, a header line or other page chrome.

    >>> is_headline("date 2025-11-02"), is_headline("TOKYO — Japan and Việt Nam"), is_headline("Ba từ thôi")
    (False, False, True)
    """
    line = paragraph.strip()
    words = line.split()
    if not 2 <= len(words) <= 25 or line.endswith((".", "…", ":", ";", ",", "!", "?")):
        return False
    if re.match(r"^date\s+\d{4}-\d{2}-\d{2}", line) or re.search(r"\s(?:—|–|--)\s*$", line):
        return False
    if re.match(r"^[^\W\d_][^\W\d_ .]*(?: [^\W\d_.]+){0,3}\s+(?:—|–|--)\s+", line) and line.split("—")[0].isupper():
        return False
    return not chrome_kind(line)


def first_full_date(text: str) -> str:
    """The first complete, valid date (day, month and year) written in ``text``, as ``YYYY-MM-DD``;
    ``""`` if there is none. Vietnamese ``29/4/2025``, ``ngày 29 tháng 4 năm 2025``; English
    ``April 29, 2025``, ``29 April 2025``. A date without a year (``ngày 10/7``) is not complete,
    and the end of a period (``21/9/1973 – 21/9/2025``, ``từ … đến …``) is not the date of an event.

    >>> first_full_date("Ngày 10/7, tại Tokyo; on April 29, 2025 and 1 May 2025."), first_full_date("Ngày 10/7.")
    ('2025-04-29', '')
    >>> first_full_date("Kỷ niệm 52 năm (21/9/1973 – 21/9/2025), ngày 19/9/2025 đại sứ họp báo.")
    '2025-09-19'
    """
    found = []
    for pattern, order in _FULL_DATES:
        for m in pattern.finditer(text):
            a, b, year = m.groups()
            day, month = (a, b) if order == "dmy" else (b, a)
            iso = _valid_iso(int(year), _month_number(month), int(day))
            if iso and not _in_a_range(text, m.start(), m.end()):
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else ""


_RANGE_BEFORE = re.compile(r"(?:[–—-]|\bđến|\bto|\btới|\buntil)\s*$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"^\s*(?:[–—-]|đến\b|to\b|tới\b|until\b)", re.IGNORECASE)


def _in_a_range(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is one end of a period (a dash, ``đến`` or ``to`` beside it)."""
    return bool(_RANGE_BEFORE.search(text[max(0, start - 8) : start]) or _RANGE_AFTER.match(text[end : end + 8]))


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else _EN_MONTHS[month.lower()]


def _valid_iso(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
