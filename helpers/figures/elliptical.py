"""Elliptical counts: a bare number that still counts something the sentence names (lesson 04,
``04_figures.ipynb``).

The ends of a change (``fell from 99,170 in 2019 to 83,403``), the level a change reaches (``đạt 1.500``), the
value of a number named before it (``the number of interns was 3,000``), a part of a whole (``nine of them``,
``49 trong số 63 tỉnh``) and a second count sharing a noun (``150,000 machines … and 450,000``).
"""

from __future__ import annotations

import re

from ..numbers import EN_TEENS, EN_TENS, EN_UNITS, SP, VI_UNITS
from .quantities import _Figure
from .words import _CHANGE_VERBS, _EN_FUNCTION, _VI_FUNCTION, _VI_NOUN_RE

_CHANGE_FROM = re.compile(rf"(?<!\w)(?:{_CHANGE_VERBS}|up|down)(?:{SP}+\S+){{0,2}}?{SP}+(?:from|từ|by){SP}*$", re.I)
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
# A total a change brings a count to: "bringing the number of models it builds to [six]", "taking the total to [25]".
_TOTAL_TARGET = re.compile(
    rf"(?<!\w)(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ing|ed)?){SP}+(?:the|its|their){SP}+"
    rf"(?:number|total|tally|count)(?:{SP}+of{SP}+[^.;:!?\n]{{1,60}}?)?{SP}+to{SP}*$",
    re.I,
)
_PARTITIVE_AFTER = re.compile(
    rf"{SP}+(?:of{SP}+(?:them|these|those|which|whom|the|its|their|all|our)|out{SP}+of|trong{SP}+số)(?!\w)", re.I
)


def _elliptical(text: str, fig: _Figure) -> bool:
    """A number with no noun that still counts something named nearby (an elliptical count): an
    end of a change (``fell from 99,170 in 2019 to 83,403``, ``giảm từ 99.170 xuống 83.403``, ``up
    from 1,200``), the level a change reaches (``rose to 1,500``, ``đạt 1.500``, ``bringing the total to 25``),
    the value of a number named before it (``Số lao động năm 2024 là 72.000``, ``the number of interns was 3,000``),
    a part of a whole (``nine of them``, ``49 trong số 63 tỉnh``, ``3 out of 5``, ``Of the 300 applicants,
    120 …``, ``Trong 63 tỉnh, 49 …``) or a second count sharing a noun (:func:`_shares_a_noun`). Never
    ``one``/``một``.

    >>> from decimal import Decimal
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
    if any(p.search(before) for p in (_CHANGE_FROM, _CHANGE_TO, _CHANGE_TARGET, _COUNT_SUBJECT, _TOTAL_TARGET)):
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
#: Numbers written as one word that may open a count (not ``năm``, also the word for a year).
_COUNT_WORDS = "|".join(sorted((set(EN_UNITS) | set(EN_TEENS) | set(EN_TENS) | set(VI_UNITS) | {"mười"}) - {"năm"}))
_COUNT_THEN_AND = re.compile(
    rf"(?<![\w.,])(\d[\d.,]*|{_COUNT_WORDS}){SP}+([^\W\d_]+)[^.;:!?\n]{{0,50}}?{SP}(?:and|và|or|hoặc)"
    rf"(?:{SP}+(?:another|a{SP}+further|thêm))?{SP}+$",
    re.IGNORECASE,
)


_COUNT_START = re.compile(rf"(?<![\w.,])(?:\d|(?:{_COUNT_WORDS})(?!\w))", re.IGNORECASE)


def _shares_a_noun(before: str) -> bool:
    """Is the number after ``before`` the second of two counts sharing one noun, written after ``and``/``và``
    with a count of a lower-case noun earlier in its clause (``150,000 machines a year at first and
    [450,000] by 2016``, ``150.000 xe mỗi năm và [300.000] vào năm 2030``, ``two trains in June and another
    [two] in July``; not ``giai đoạn 1 và [2]``)?

    >>> _shares_a_noun("to make 150,000 machines a year and "), _shares_a_noun("giai đoạn 1 và ")
    (True, False)
    """
    counts = (_COUNT_THEN_AND.match(before, k.start()) for k in _COUNT_START.finditer(before))
    return any(m is not None and _counts_a_noun(m) for m in counts)


def _counts_a_noun(m: re.Match[str]) -> bool:
    """Does the count matched by :data:`_COUNT_THEN_AND` count a lower-case noun (not a year's number, not a word of
    grammar)?"""
    noun = m.group(2)
    year = re.fullmatch(r"1[89]\d\d|2[01]\d\d", m.group(1))
    return not year and noun[0].islower() and noun.lower() not in _VI_FUNCTION | _EN_FUNCTION
