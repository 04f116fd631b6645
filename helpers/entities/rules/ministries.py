"""Ministries and other state bodies named by a list of fields (rule "patterns", taught in lesson 03).

A state body's name may list its fields, ``A, B, C và D`` (``Bộ Đất đai, Hạ tầng, Giao thông và Du lịch``):
:func:`_field_list_ahead`, :func:`_field` and :func:`_field_and` (a field and ``và`` joined in one word by
underthesea) let the Vietnamese name extents of :mod:`.patterns` go on over such a list, and
:func:`_ministries_with_more_fields` claims a known ministry whose name the article goes on with more fields
(``Bộ Y tế, Lao động và Phúc lợi Nhật Bản``): another country's ministry. Imports nothing from
:mod:`.patterns` (it imports from here).

>>> from helpers.entities import extract_entities
>>> extract_entities("Bộ Y tế, Lao động và Phúc lợi Nhật Bản đã ký thỏa thuận.", "vi").surface.tolist()
['Bộ Y tế, Lao động và Phúc lợi Nhật Bản']
>>> extract_entities("Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản hỗ trợ dự án.", "vi").surface.tolist()
['Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản']
"""

from __future__ import annotations

from ... import vocabulary
from ...cache import memoize
from ..lexicon import _LOWER_HEADS, _retone
from ..units import _claim, _Mention, _span_text, _Unit
from .word_shapes import _vietnamese_words


def _ministries_with_more_fields(units: list[_Unit], out: list[_Mention]) -> None:
    """A known ministry whose name the article goes on with more fields, a comma list closed by ``và``/``and``
    (``Bộ Y tế, Lao động và Phúc lợi Nhật Bản``, ``Ministry of Health, Labour and Welfare``), is another
    country's ministry: one organisation named as written, with a country after it, not the known one."""
    for i, u in enumerate(units):
        if u.claimed or u.label != "ORG" or u.kind != "lex" or u.known.kind != "ministry":
            continue
        end = _more_fields_end(units, i)
        if end > i:
            nxt = units[end + 1] if end + 1 < len(units) else None
            end += nxt is not None and nxt.label == "LOC" and nxt.known.kind == "country" and not nxt.claimed
            _claim(units[i : end + 1], "ORG", _retone(_span_text(units[i : end + 1])), out)


def _more_fields_end(units: list[_Unit], i: int) -> int:
    """The last unit of ``, A, B và C`` / ``, A and B`` right after unit ``i`` (capitalised fields), else ``i``."""
    j = i + 1
    while j + 1 < len(units) and units[j].text == "," and _capital_field(units[j + 1]):
        j += 2
    last_field = j + 1 < len(units) and units[j].text in ("và", "and") and _capital_field(units[j + 1])
    return j + 1 if j > i + 1 and last_field else i


def _capital_field(x: _Unit) -> bool:
    """A field of a body's name, no known name and no brand: capitalised Vietnamese syllables (``Lao động``:
    :func:`_field`) or an English word for a ministry's field (``Welfare``: ``helpers/data/ministry_fields_en.txt``;
    not ``Vietcombank`` in a Vietnamese list, nor ``Sojitz``)."""
    return _field(x) or (x.kind == "word" and x.text in _ministry_fields())


@memoize(maxsize=1)
def _ministry_fields() -> frozenset[str]:
    """English words for a ministry's field (``Labour``, ``Welfare``): ``helpers/data/ministry_fields_en.txt``."""
    return frozenset(vocabulary.words("ministry_fields_en.txt"))


def _field_list_ahead(units: list[_Unit], i: int, k: int) -> bool:
    """Is the comma at ``k`` inside a state body's list of fields, ``A, B, C và D``: capitalised
    Vietnamese words of one to three syllables (no known name, no organisation word), the last after
    ``và`` (``Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản``; not ``Bộ Tài chính, Vietcombank và
    BIDV`` nor ``Bộ Tài chính, Ngân hàng Nhà nước …``)?"""
    if units[i].known.canonical not in _LOWER_HEADS or not _field(units[k - 1]):
        return False
    j = k
    while j + 1 < len(units) and units[j].text == "," and _field(units[j + 1]):
        j += 2
    if j + 2 < len(units) and units[j].text == "," and _field_and(units[j + 1]):  # underthesea's "Khoa học và"
        return _field(units[j + 2])
    return j + 1 < len(units) and units[j].text == "và" and _field(units[j + 1])


def _field_and(x: _Unit) -> bool:
    """A field and the ``và`` after it in one word, as underthesea sometimes joins them (``Khoa học và``)."""
    head, _, tail = x.text.rpartition(" ")
    return tail == "và" and x.kind == "word" and _field_words(head)


def _field(x: _Unit) -> bool:
    """A capitalised Vietnamese word of one to three syllables that names no known thing."""
    return x.kind == "word" and _field_words(x.text)


def _field_words(text: str) -> bool:
    """The words of a field: one to three Vietnamese syllables, capitalised, the last not ``và`` (``Khoa học``)."""
    words = text.split()
    return text[:1].isupper() and len(words) <= 3 and words[-1] != "và" and _vietnamese_words(text)
