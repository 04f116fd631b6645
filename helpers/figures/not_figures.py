"""What is not a figure although it is a number (lesson 04, ``04_figures.ipynb``).

Identifiers (``Nghị quyết số 57``, ``tầng 5``), years, the two parties of a relation (``hai nước``, ``the two
companies``), numbers inside a quoted label (``mô hình "3 nhà"``) or after a capitalised word (``Industry 4``),
a number named again (``the six winners``), number words inside a name (``Group of Seven``), a target of zero
(``phát thải ròng bằng 0``), number words that are also other words (``ba`` is also father, ``năm`` also year)
and bare numbers with nothing to count.
"""

from __future__ import annotations

import re

from .. import vocabulary
from ..languages import VI
from ..numbers import SP
from .atoms import _YEAR_DIGITS, _Atom, _is_year
from .elliptical import _elliptical
from .quantities import _Figure, _qualifier_before
from .units import _title_case_line, _unit_after
from .words import (
    _CLOCK_AFTER,
    _CLOSE_QUOTES,
    _EN_NOUN_RE,
    _ID_BEFORE,
    _ID_LIST_BEFORE,
    _OPEN_QUOTES,
    _PARTIES,
    _VI_NOUN_RE,
    _WEAK_ID_BEFORE,
    _phrases_re,
)


def _capitalised_word_before(text: str, start: int) -> bool:
    """Is the number right after a capitalised word that does not open a sentence (VF 8, Phase 2)?"""
    m = re.search(rf"([^\W\d_][\w&.-]*){SP}+$", text[max(0, start - 40) : start])
    if not m or not m.group(1)[0].isupper():
        return False
    before = text[max(0, start - 40) : start][: m.start()].rstrip(" ")
    return bool(before) and before[-1] not in '.!?:;\n"“(«–—-,'


def _bare_number(text: str, fig: _Figure, scaled: bool) -> bool:
    """An exact count with no noun, no scale word and nothing named nearby that it counts (:func:`_elliptical`).

    >>> from decimal import Decimal
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


def _not_a_quantity(text: str, atom: _Atom, end: int, lang: str, scaled: bool) -> bool:
    """Identifiers, dates, years, clock times (``5 pm``, ``9 o'clock``): never figures (only called without a
    currency or % sign)."""
    before = text[max(0, atom.start - 20) : atom.start]
    if _ID_BEFORE.search(before) or _listed_identifier(text, atom):
        return True
    if _CLOCK_AFTER.match(text, end):
        return True
    if _WEAK_ID_BEFORE.search(before):
        unit = _unit_after(text, end, lang, atom.written)
        lexicon = _VI_NOUN_RE if lang == VI else _EN_NOUN_RE
        if not unit or not lexicon.fullmatch(unit[0]) or _starts_a_name(unit[0]):
            return True  # "giai đoạn 2 Nhà máy điện Nhơn Trạch": phase 2 of a plant named after it
    return _is_year(atom) and not scaled


def _listed_identifier(text: str, atom: _Atom) -> bool:
    """Is ``atom`` a later number of a list of identifiers (``Điều 5 và 6``, ``Articles 5, 6 and 7``)? Not a
    count after a year and its comma (``Năm 2023, 58 sinh viên``): a year is listed only with years."""
    m = _ID_LIST_BEFORE.search(text, max(0, atom.start - 40), atom.start)
    if m is None:
        return False
    listed = re.findall(r"\d+", m.group())
    return not (all(_YEAR_DIGITS.fullmatch(n) for n in listed) and not _is_year(atom))


def _starts_a_name(word: str) -> bool:
    """A capitalised word that is not an abbreviation (``Nhà máy``, not ``MW``): a name starts there.

    >>> _starts_a_name("Nhà máy"), _starts_a_name("MW"), _starts_a_name("nhà máy")
    (True, False, False)
    """
    return word[:1].isupper() and not word.replace(" ", "").isupper()


_ORDINAL_OF_ITEMS_BEFORE = re.compile(rf"(?<!\w)the{SP}+(?:first|last|final|next){SP}+$", re.IGNORECASE)


# "Phát thải ròng bằng 0", "đưa phát thải về 0", "net 0": zero as a target's name, not a count of things.
_ZERO_TARGET_BEFORE = re.compile(
    rf"(?<!\w)(?:{_phrases_re(list(vocabulary.words('zero_target_words.txt')))}){SP}+$", re.IGNORECASE
)


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
    (``Seven companies joined``), and a headline in title case capitalises it (:func:`.units._title_case_line`).

    >>> from decimal import Decimal
    >>> t = "The Group of Seven nations met. Seven firms joined."
    >>> [_capitalised_inside_a_sentence(t, _Atom(s, s + 5, Decimal(7), "words", "Seven")) for s in (17, 32)]
    [True, False]
    """
    if atom.written != "words" or not atom.text[:1].isupper():
        return False
    before = text[max(0, atom.start - 40) : atom.start].rstrip(" \t")
    if _title_case_line(text, atom.start) and not before.endswith(" of"):
        return False  # Japan Funds Eight Grassroots Projects: a headline capitalises every word (not Group of Seven)
    return bool(before) and before[-1] not in '.!?:;\n"“(«–—-,' and not before.endswith(("\u2018", "'"))


def _named_again(text: str, fig: _Figure, atom: _Atom) -> bool:
    """Is ``fig`` a definite reference (``the``, ``these``, ``cả``) back to a number the text wrote before
    (``Six solutions were named winners … [the six winners]``)? Then it was counted where it was first written.
    A first mention keeps its ``the`` (``the 27 member states``).

    >>> from decimal import Decimal
    >>> t = "Six firms won. The six winners will expand."
    >>> _named_again(t, _Figure(19, 22, Decimal(6)), _Atom(19, 22, Decimal(6), "words", "six"))
    True
    """
    if not _DEFINITE_BEFORE.search(text[max(0, fig.start - 8) : fig.start]):
        return False
    return re.search(rf"(?<![\w.,]){re.escape(atom.text)}(?![\w]|[.,]\d)", text[: fig.start], re.IGNORECASE) is not None


_RECIPROCAL_AFTER = re.compile(
    rf"{SP}+(?:(?:đã|sẽ|cùng|vừa|will|have|has|had|then|also){SP}+)?"
    rf"(?:{_phrases_re(list(vocabulary.words('reciprocal_verbs.txt')))})(?!\w)",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(  # "the two companies", "cả hai ngân hàng"
    rf"(?<!\w)(?:{_phrases_re(list(vocabulary.words('definite_words.txt')))}){SP}+$", re.IGNORECASE
)
_PARTY_AT = re.compile(rf"(?:{_phrases_re(list(_PARTIES))})(?!\w)", re.IGNORECASE)
_OWNER_BEFORE = re.compile(  # "lãnh đạo hai tỉnh", "giữa hai địa phương"
    rf"(?<!\w)(?:{_phrases_re(list(vocabulary.words('party_owner_words.txt')))}){SP}+$", re.IGNORECASE
)
_DEMONSTRATIVE_AFTER = re.compile(  # "hai bến này"
    rf"{SP}+(?:{_phrases_re(list(vocabulary.words('demonstratives_vi.txt')), space=rf'{SP}+')})(?!\w)", re.IGNORECASE
)


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
    number grouped in thousands is never a label (``tặng phường Hòa Bình 1.000 gốc hoa``, ``Toyota 1,200 cars``),
    nor one that counts a common noun after a name that is no code (``Hàn Quốc 815 người``, ``Đồng Nai 10 dự án``;
    but ``VF 8 xe điện``: round 18 of issue 14)."""
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
        and not (_counts_a_noun(fig) and not _code_before(text, fig.start))
    )


def _code_before(text: str, start: int) -> bool:
    """Is the word right before the number in capitals, a model's or a product's code (``VF 8 xe điện``)?"""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].isupper()


def _counts_a_noun(fig: _Figure) -> bool:
    """Is ``fig`` a count of a lower-case noun of the lexicons (``815 người``, ``10 dự án``)?"""
    unit = fig.unit or ""
    noun = bool(_VI_NOUN_RE.fullmatch(unit) or _EN_NOUN_RE.fullmatch(unit))
    return fig.kind == "count" and unit[:1].islower() and noun


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
