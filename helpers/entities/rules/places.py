"""Places built on place words (rule "patterns", taught in lesson 03).

A place word marks a place (``Khu công nghiệp Thăng Long``, ``Thang Long Industrial Park``, ``Mie
Prefecture``) or introduces one (``tỉnh Quảng Ninh``): :func:`_loc_patterns` claims them, with a zone's
phase number and a zone's short name in brackets after it; :data:`_PLACE_FINDERS` finds the place
each kind of place word marks. Imports nothing from :mod:`.patterns` (it imports from here).
"""

from __future__ import annotations

from ..lexicon import (
    _ACRONYM,
    _LEGAL_FORMS_EN,
    _LOC_STREETS,
    _NOT_NAMES_EN,
    _PLACE_KINDS_EN,
    _ROMAN,
    _VI_SYLLABLE,
    _plain,
    _retone,
)
from ..units import _DASHES, _claim, _free_capitals_end, _Mention, _person_shaped, _span_text, _Unit
from .acronyms import _acronym_in_brackets
from .districts import district
from .gazetteer import known_canonical


def _loc_patterns(units: list[_Unit], rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Place words: ``Khu công nghiệp Thăng Long`` / ``Thăng Long Industrial Park`` / ``tỉnh Quảng Ninh``.

    An English kind of place is left out of the canonical name (``Mie Prefecture`` -> ``Mie``); a
    zone's short name in brackets after it names it (:func:`_place_acronym`); a legal form after an English
    place's name makes it a company's (``Chan May Port JSC``); a plural kind word names two places
    (:func:`_first_of_two`)."""
    for i, u in enumerate(units):
        piece = [] if u.claimed else _place_at(units, i, u.label)
        if not piece:
            continue
        piece += _zone_number(units, units.index(piece[-1]) + 1) if u.label in ("lochead", "lochead_en") else []
        if _port_company(units, i, piece, out):
            continue
        _claim(piece, "LOC", _place_name(piece, u, rules), out)
        _place_acronym(units, units.index(piece[-1]) + 1, aliases, out)
        if u.label == "locafter_en" and u.text.endswith("s"):
            _first_of_two(units, units.index(piece[0]), rules, out)


def _place_name(piece: list[_Unit], word: _Unit, rules: frozenset[str]) -> str:
    """The canonical name of a place found by its place word: without an English kind (``Mie Prefecture`` ->
    ``Mie``), a known name as the gazetteer gives it, a Vietnamese one in new-style tone marks."""
    text = _span_text(piece)
    if word.label == "lochead_en" and word.text in _PLACE_KINDS_EN and len(piece) > 1:
        name = _span_text(piece[:-1])
        return known_canonical(name, rules) or name
    if word.label == "locafter_en":
        return known_canonical(text, rules) or text
    return _retone(text) if word.label == "lochead" else text


def _port_company(units: list[_Unit], i: int, piece: list[_Unit], out: list[_Mention]) -> bool:
    """Claim an English place's name with its kind word and the legal form after them as the company that runs
    the place (``Chan May Port JSC``, named ``Chan May Port``); False if no legal form follows."""
    u = units[i]
    kind = i if u.label == "locafter_en" and u.text[:1].isupper() else units.index(piece[-1])
    if u.label not in ("lochead_en", "locafter_en") or not _legal_form_after(units, kind):
        return False
    named = units[units.index(piece[0]) : kind + 1]
    _claim([*named, units[kind + 1]], "ORG", _span_text(named), out)
    return True


def _first_of_two(units: list[_Unit], start: int, rules: frozenset[str], out: list[_Mention]) -> None:
    """The first of two places before a plural kind word (``Dong Khoi and Le Thanh Ton streets``, ``Binh Duong and
    Dong Nai provinces``): the capitalised words before ``and`` are a place of that kind too."""
    if start < 2 or units[start - 1].text != "and":
        return
    piece = _en_place_before_kind(units, start - 1)
    if piece and not any(x.claimed for x in piece):
        text = _span_text(piece)
        _claim(piece, "LOC", known_canonical(text, rules) or text, out)


def _zone_number(units: list[_Unit], k: int) -> list[_Unit]:
    """The number of a zone's phase right after its name (``KCN Nhơn Trạch 3``, ``Que Vo Industrial Park 2``):
    one or two digits or a Roman numeral, one space after it, as ``Thang Long Industrial Park II``; [] if none."""
    x = units[k] if k < len(units) else None
    number = x is not None and ((x.text.isdigit() and len(x.text) <= 2) or bool(_ROMAN.match(x.text)))
    return [x] if x is not None and number and not x.claimed and x.start == units[k - 1].end + 1 else []


def _place_acronym(units: list[_Unit], paren: int, aliases: dict[str, str], out: list[_Mention]) -> None:
    """``Khu công nghiệp … giai đoạn 2 (NHIZ II)``: an acronym in brackets just after a place (over
    at most three lower-case words or numbers) is the place's short name; both are named by it, and
    its later uses are no organisation (remembered with an empty name, as a term's are)."""
    k = paren
    while k < len(units) and k < paren + 3 and units[k].kind == "word" and not units[k].text[:1].isupper():
        k += 1
    acronym = _acronym_in_brackets(units, k) if k < len(units) and units[k].text == "(" else []
    if not acronym or any(x.claimed for x in acronym) or not _ACRONYM.match(acronym[0].text):
        return
    text = _span_text(acronym)
    out[-1].canonical = text
    _claim(acronym, "LOC", text, out)
    aliases[_retone(text)] = ""


def _place_at(units: list[_Unit], i: int, kind: str) -> list[_Unit]:
    """The place a place word at ``i`` marks: the word and the capitalised words after it (Vietnamese),
    the capitalised words before it and the word (English), only the words before a lower-case English
    kind word or after an introducer; ``[]`` if none."""
    finder = _PLACE_FINDERS.get(kind)
    return finder(units, i) if finder else []


def _vi_head_place(units: list[_Unit], i: int) -> list[_Unit]:
    """``Khu công nghiệp Thăng Long``: the head and the capitalised words after it, or the one known
    place after it (``KCN Yên Phong``), unless a plural word makes it the parks of a place (``các KCN
    Bắc Ninh``); a spaced dash and one more part go on (``Khu công nghiệp Nomura - Hải Phòng``). A lower-case
    noun between the head and the name says what kind of zone it is (``Khu kinh tế cửa khẩu Đồng Đăng``)."""
    j = _kind_noun_end(units, i)
    k = _free_capitals_end(units, j + 1)
    nxt = units[j + 1] if j + 1 < len(units) else None
    plural = i > 0 and units[i - 1].text in ("các", "những")
    if k == j + 1 and nxt is not None and nxt.label == "LOC" and not nxt.claimed and not plural:
        k = j + 2
    while k > j + 1 and _dashed_part(units, k):  # Khu công nghiệp Việt Nam - Singapore
        k += 2
    return units[i:k] if k > j + 1 else []


def _kind_noun_end(units: list[_Unit], i: int) -> int:
    """The last unit of a Vietnamese zone's head and the one lower-case common noun (underthesea ``N``) after
    it, when a capitalised name follows (``Khu kinh tế cửa khẩu | Đồng Đăng``); ``i`` otherwise."""
    noun, name = (units[i + 1], units[i + 2]) if i + 2 < len(units) else (None, None)
    if noun is None or name is None or noun.kind != "word" or noun.pos != "N" or not noun.text.islower():
        return i
    return i + 1 if name.text[:1].isupper() and not name.claimed and name.kind in ("word", "lex") else i


def _dashed_part(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a spaced dash followed by a capitalised word or a known place (one more part of a
    zone's name: ``Khu công nghiệp Nomura - Hải Phòng``)?"""
    dash, nxt = units[k] if k < len(units) else None, units[k + 1] if k + 1 < len(units) else None
    if dash is None or nxt is None or dash.text not in _DASHES or nxt.claimed:
        return False
    spaced = dash.start > units[k - 1].end and nxt.start > dash.end
    return spaced and (nxt.label == "LOC" or (nxt.kind == "word" and nxt.text[:1].isupper()))


def _words_before(units: list[_Unit], i: int, across_dash: bool = False) -> int:
    """Where the plain capitalised words just before ``i`` start (``i`` if none); ``across_dash``, also across a
    dash between two of them (``Dinh Vu-Cat Hai Economic Zone``: a zone named by two places; but ``Cai Mep-Thi Vai
    port`` names two places, as the guideline's ``[Hoàng Mai] - [Giáp Bát]``)."""
    start = i
    while start > 0 and _plain_capital(units[start - 1]):
        start -= 1
        if across_dash and start > 1 and units[start - 1].text in _DASHES and _plain_capital(units[start - 2]):
            start -= 1
    return start


def _en_head_place(units: list[_Unit], i: int) -> list[_Unit]:
    """``Thang Long Industrial Park II``: the capitalised words before the head, the head and a Roman numeral;
    a known place and a phase's number may be part of a park's or zone's name (:func:`_more_of_a_zone_name`)."""
    start = _words_before(units, i, across_dash=True)
    while units[i].text not in _PLACE_KINDS_EN and (k := _more_of_a_zone_name(units, start)) < start:
        start = _words_before(units, k, across_dash=True)  # Phu My 3 Specialized, Nomura Hai Phong
    end = i + 1 if i + 1 < len(units) and _ROMAN.match(units[i + 1].text) else i
    return units[start : end + 1] if start < i else []


def _legal_form_after(units: list[_Unit], end: int) -> bool:
    """Does a legal form follow the place's name (``Chan May Port JSC``: the company that runs the port)?"""
    nxt = units[end + 1] if end + 1 < len(units) and units[end + 1].start == units[end].end + 1 else None
    return nxt is not None and not nxt.claimed and (nxt.text.rstrip("."),) in _LEGAL_FORMS_EN


def _more_of_a_zone_name(units: list[_Unit], start: int) -> int:
    """Where a park's or zone's name goes on before ``start``, one space on: over its phase's number
    after a capitalised word (``Phu My 3 Specialized Industrial Park``) or a known place not yet claimed
    (``Nomura Hai Phong Industrial Zone``, ``Saigon Hi-Tech Park``), or over a place glued by a hyphen to a place
    of the name (``Vietnam-Singapore Industrial Park``: a zone named by two countries); ``start`` if it does not."""
    x = units[start - 1] if start > 0 else None
    if x is not None and _glued_place_pair(units, start):
        return start - 2
    if x is None or x.claimed or x.end + 1 != units[start].start:
        return start
    if x.label == "LOC":
        return start - 1
    number = x.text.isdigit() and len(x.text) <= 2 and start > 1 and _plain_capital(units[start - 2])
    return start - 1 if number and units[start - 2].end + 1 == x.start else start


def _glued_place_pair(units: list[_Unit], start: int) -> bool:
    """Is a known place at ``start`` glued by a hyphen to a known place before it (``Vietnam-Singapore``)?"""
    if start < 2 or units[start].label != "LOC" or units[start - 1].text not in _DASHES:
        return False
    before, dash = units[start - 2], units[start - 1]
    glued = before.end == dash.start and dash.end == units[start].start
    return glued and before.label == "LOC" and not before.claimed


def _en_place_before_kind(units: list[_Unit], i: int) -> list[_Unit]:
    """``Dong Anh district``: the capitalised words before a kind word, without it; none when one is an
    adjective (``the central Vietnamese city of Da Nang``), unless all are Vietnamese syllables (``Phuoc An Port``)."""
    piece = units[_words_before(units, i) : i]
    words = [w for x in piece for w in x.text.split()]
    vietnamese = len(words) > 1 and all(_VI_SYLLABLE.match(_plain(w)) for w in words)
    return [] if any(x.text.lower() in _NOT_NAMES_EN for x in piece) and not vietnamese else piece


def _past_full_stop(units: list[_Unit], i: int) -> int:
    """The place word at ``i``, or its full stop glued after it (``TP.``): where what it introduces starts, less one."""
    return i + (i + 1 < len(units) and units[i + 1].text == "." and units[i + 1].start == units[i].end)


def _introduced_place(units: list[_Unit], i: int) -> list[_Unit]:
    """``tỉnh Quảng Ninh``: the Vietnamese capitalised words after an introducer (not a person's name, but after a
    street's: ``đường Nguyễn Thị Minh Khai``), or one foreign word (``tỉnh Tochigi``, ``thành phố Utsunomiya``: a
    foreign prefecture or city), or a district's name in a minority language (``huyện Krông Năng``). An
    abbreviated introducer may keep its full stop (``TP. Okazaki``)."""
    street = units[i].text in _LOC_STREETS
    i = _past_full_stop(units, i)
    piece = units[i + 1 : _free_capitals_end(units, i + 1)]
    person = len(piece) == 1 and len(piece[0].text.split()) > 2 and _person_shaped(piece[0])  # … tỉnh Nguyễn Văn Phong
    person = person and not street
    return piece if piece and _place_words(piece) and not person and not _official_after_body(units, i, piece) else []


def _place_words(piece: list[_Unit]) -> bool:
    """Can the words after a place word name a place: Vietnamese syllables, one foreign word, or a district's name?"""
    words = [w for x in piece for w in x.text.split()]
    one_word = len(piece) == 1 and len(words) == 1 and piece[0].text[1:].islower()
    return one_word or all(_VI_SYLLABLE.match(_plain(w)) for w in words) or bool(district(words))


_PLACE_FINDERS = {
    "lochead": _vi_head_place,
    "lochead_en": _en_head_place,
    "locafter_en": _en_place_before_kind,
    "locintro": _introduced_place,
}


def _official_after_body(units: list[_Unit], i: int, piece: list[_Unit]) -> bool:
    """Is the name after the place word at ``i`` a person's, the place word ending a body's name
    (``Chủ tịch UBND TP Phan Văn Mãi``: the chairman, not a city), and no district's name?"""
    body = i > 0 and units[i - 1].text[:1].isupper() and units[i - 1].label not in ("TITLE",)
    known = bool(district(piece[0].text.split()))  # UBND huyện Lạc Dương: a district, though Lạc is a family name
    return body and len(piece) == 1 and _person_shaped(piece[0]) and not known


def _plain_capital(x: _Unit) -> bool:
    """An unclaimed capitalised word that is not capitalised only because it starts a sentence."""
    return x.kind == "word" and x.text[:1].isupper() and not x.initial and not x.claimed
