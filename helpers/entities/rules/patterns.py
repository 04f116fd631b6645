"""Rule "patterns": organisation and place words make names.

An organisation word starts a Vietnamese name (``Bộ``, ``Hiệp hội``, ``Tập đoàn``) and ends an
English one (``Agency``, ``Group``, ``Centre``); a place word marks a place (``Khu công nghiệp``,
``Industrial Park``) or introduces one (``tỉnh Quảng Ninh``); an unknown name listed among
organisations is an organisation, and one after ``tại``/``in`` is a place (taught in lesson 03).

This module is the rule's entry point (``phrases``, ``claim``, ``held_back``, ``label``, what
:mod:`helpers.entities.pipeline` calls) and finds the names built on an organisation word and their extents
(Vietnamese names, English capitalised runs). Its other parts import nothing from it:

- :mod:`.org_naming` gives an organisation found here its canonical name (the namers);
- :mod:`.places` finds the places built on place words;
- :mod:`.outlets` the names after an outlet or company word (``báo Tuổi Trẻ``) and websites;
- :mod:`.country_units` a name's unit for a country or region (``Sojitz Việt Nam``, ``Nikkei Asia``);
- :mod:`.national_brands` companies named for their country (``China Unicom``);
- :mod:`.ministries` state bodies named by a list of fields (``Bộ Y tế, Lao động và Phúc lợi Nhật Bản``);
- :mod:`.word_shapes` the word tests they share (a capitalised free word, Vietnamese syllables).
"""

from __future__ import annotations

import re

from ... import vocabulary
from ...cache import memoize
from ...languages import VI
from ..lexicon import (
    _ABBREVIATED_FORMS_EN,
    _ACRONYM,
    _COMPANY_HEADS,
    _CONNECT_EN,
    _LEGAL_FORMS_EN,
    _LOC_INTROS,
    _LOC_INTROS_LOWER,
    _LOWER_HEADS,
    _NAMESAKE_HEADS,
    _NOT_NAMES_EN,
    _PLACE_HEADS,
    _TAI_HEADS,
    Phrase,
    _Entry,
    _is_vi_name,
    _key,
    _retone,
    _words,
    ends_in_legal_form,
    head_phrases,
)
from ..units import (
    _DASHES,
    _Candidate,
    _claim,
    _country_after,
    _honorific_before,
    _is_country,
    _Mention,
    _mention,
    _name_like,
    _person_shaped,
    _person_shaped_run,
    _span_text,
    _title_before,
    _Unit,
)
from .acronyms import _acronym_in_brackets
from .brands import _abbreviation, _mixed_case, company_nouns, english_company, holds_term_word
from .country_units import _country_units, _regional_names
from .datelines import section_or_stamp
from .gazetteer import _subsidiary, clipped, known_canonical
from .ministries import _field, _field_and, _field_list_ahead, _ministries_with_more_fields
from .national_brands import _national_brands
from .org_naming import _company_word, _legal_form, _org_canonical, _without_legal_form
from .outlets import _outlets
from .places import _glued_place_pair, _introduced_place, _loc_patterns, _past_full_stop, _plain_capital, _vi_head_place
from .word_shapes import _capital, _vietnamese_words


def phrases() -> list[Phrase]:
    """Organisation and place words, then the words that introduce a place (in any case; some in lower case only:
    ``cảng``, ``vùng``)."""
    intros = [(_key(_words(i), fold=True), True, _Entry("locintro", "locintro", i)) for i in _LOC_INTROS]
    lower = [(_key(_words(w)), False, _Entry("locintro", "locintro", w)) for w in _LOC_INTROS_LOWER]
    return head_phrases() + intros + lower


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Organisation names built on an organisation word or after an outlet word, then places built on
    a place word or before ``-based``, then a name's unit for a region (``Nikkei Asia``) or a country
    (``Sojitz Việt Nam``), a ministry named with more fields, and, in English, a company named for its country;
    English legal forms close the name found right before them."""
    forms = _org_names(units, rules, aliases, out)
    _outlets(units, rules, out)
    _loc_patterns(units, rules, aliases, out)
    _based_places(units, rules, out)
    _regional_names(units, out)
    _country_units(units, lang, out)
    for piece in forms:
        _closes_name_before(piece, out)
    _ministries_with_more_fields(units, out)
    if lang != VI:
        _national_brands(units, out)


#: English words that, glued to a name by a hyphen, make it a place (``the Boise-based maker``).
_PLACE_ADJECTIVES = ("based", "headquartered")


def _based_places(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """``Boise-based``: a capitalised word glued to ``-based`` or ``-headquartered`` is a place."""
    for i in range(len(units) - 2):
        x, dash, adjective = units[i : i + 3]
        glued = dash.text == "-" and dash.start == x.end and adjective.start == dash.end
        if glued and adjective.text in _PLACE_ADJECTIVES and _capital(x) and x.kind == "word":
            _claim([x], "LOC", known_canonical(x.text, rules) or x.text, out)


#: The key prefix under which a company's name is remembered in an article's aliases.
COMPANY_NAME = "\x00company:"


def held_back(c: _Candidate) -> bool:
    """A name listed among organisations waits for the second pass (Kobayashi Denki is a company)."""
    return c.org_list and not (c.title or c.honorific) and not _is_vi_name(c.words)


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """ORG for a name listed among organisations or after ``<company office> of`` (``president of
    Sanko Denki``) or closed by a legal form (``Hoa Sen JSC``), LOC for one listed among places or after a place
    preposition (not a clipped country name: ``tại Nhật``)."""
    words = c.words
    if (c.org_list or c.office_of) and _name_like(c.units, words, strict=False):
        return _mention(c, "ORG")
    if company := _closed_by_legal_form(c):
        return company
    if c.loc_list and _name_like(c.units, words) and c.model != "PER":  # a place's name, not a brand's
        return _mention(c, "LOC")
    if _place_after_preposition(c):
        return None if "gazetteer" in rules and clipped(words) else _mention(c, "LOC")  # tại Nhật: an adjective
    return None


def _place_after_preposition(c: _Candidate) -> bool:
    """A name after a place preposition, not a brand's (``in VietinBank``; ``at Wacom, a maker,``), an event's or
    a programme's (``at Tourism Expo``: a term word, round 18 of issue 14) nor a person's by the model."""
    brand = any(_mixed_case(w) for w in c.words) or english_company(c)
    event = holds_term_word(c.words)
    return c.loc_cue and _name_like(c.units, c.words, strict=False) and c.model != "PER" and not brand and not event


def _closed_by_legal_form(c: _Candidate) -> _Mention | None:
    """A run of two words or more closed by an English legal form, with no office before it: a company, named
    without its legal form (``Hoa Sen JSC`` -> ``Hoa Sen``); None if it is not one."""
    if len(c.words) <= 2 or not ends_in_legal_form([u.text for u in c.units]) or c.title or c.honorific:
        return None
    m = _mention(c, "ORG")
    m.canonical = _span_text(_without_legal_form(c.units))
    return m


def _section_label(piece: list[_Unit]) -> bool:
    """Is the name a page's section, ``News`` after section words (``Local News``, ``Corporate News``:
    ``helpers/data/section_names.txt``; not ``Kyodo News``)?"""
    return len(piece) > 1 and piece[-1].text == "News" and section_or_stamp(_span_text(piece))


def _names_no_organisation(piece: list[_Unit], head: _Unit) -> bool:
    """Does the name built on the organisation word ``head`` name no organisation: a page's section (``Local News``,
    claimed for nothing) or a programme (``Japan-Vietnam Defense Exchange Program``, whose names are still read)?"""
    if _section_label(piece):
        for x in piece:
            x.claimed = True
        return True
    return _programme_name(piece, head)


def _programme_name(piece: list[_Unit], head: _Unit) -> bool:
    """Does an English name built on an organisation word close with a word for a programme, project, event or
    award after it (``Defense Exchange Program``, ``Development Bank Scholarship``: ``helpers/data/term_words.txt``)?
    Then it names that thing, no organisation (round 27 of issue 14)."""
    last = piece[-1]
    return (
        head.label == "orghead_en" and last is not head and last.label != "orghead_en" and holds_term_word([last.text])
    )


def _described_by(units: list[_Unit]) -> int:
    """How many units open a run to describe the company after them, not to name it: a noun for a kind of company
    (``Retailer Aeon Group``, a sentence's first word) or an adjective joined by a hyphen (``Japanese-invested
    Kyokuto Vietnam Co., Ltd.``); round 21 of issue 14."""
    n = 0
    while n < len(units) - 2 and (units[n].text.lower() in company_nouns() or _hyphened_adjective(units[n].text)):
        n += 1
    return n


def _hyphened_adjective(word: str) -> bool:
    """Is ``word`` joined by a hyphen to a lower-case participle (``Japanese-invested``, ``Tokyo-based``: one unit,
    ``_join_hyphenated``)? Not a name's own hyphen (``Dai-ichi Life Insurance``)."""
    parts = word.split("-")
    return len(parts) == 2 and all(parts) and parts[1].islower() and parts[1].endswith("ed")


def _org_names(
    units: list[_Unit], rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> list[list[_Unit]]:
    """Names built on an organisation word: ``Bộ Khoa học và Công nghệ``, ``FPT Group``; returns the runs
    of English legal forms with no name before them, left for :func:`_closes_name_before`."""
    forms: list[list[_Unit]] = []
    i = 0
    while i < len(units):
        u = units[i]
        if _english_facility(units, i):
            units[i - 1].claimed = u.claimed = True  # Data Center: a kind of building, no name of its own
        span = _org_span(units, i)
        if span is None:
            i += 1
            continue
        start, end = span
        end = _bracketed_country(units, end) if u.known.canonical in _COMPANY_HEADS else end
        piece = units[start : end + 1]
        if piece == [u] and u.label == "orghead_en" and u.known.canonical in _PLACE_HEADS:
            u.claimed = True  # the city's People's Committee: a body named by its place, none named here
            i = end + 1
            continue
        if _names_no_organisation(piece, u):
            i = end + 1
            continue
        if _legal_forms_only(piece):
            forms.append(piece)  # Hirochiku Asia Vietnam Co., Ltd.: no name of its own
            i = end + 1
            continue
        if _opens_name_after(piece, out):
            i = end + 1  # Công ty Cổ phần Tập đoàn | Trường Thành Việt Nam (TTVN): the acronym's name
            continue
        canonical = _org_canonical(piece, u, rules, aliases)
        _claim(piece, "ORG", canonical, out)
        if _company_word(u) and len(canonical.split()) > 1:
            aliases.setdefault(COMPANY_NAME + canonical, canonical)  # for its later, shorter uses (resolve)
        if "acronyms" in rules:
            _org_acronym(units, end + 1, aliases, out)
        i = end + 1
    return forms


def _legal_forms_only(piece: list[_Unit]) -> bool:
    """Is ``piece`` English legal forms and their punctuation only (``Co., Ltd.``)?"""
    words = [x for x in piece if x.kind != "punct"]
    return all(x.label == "orghead_en" and (x.text.rstrip("."),) in _LEGAL_FORMS_EN for x in words)


def _opens_name_after(piece: list[_Unit], out: list[_Mention]) -> bool:
    """Are ``piece`` Vietnamese company words and legal forms alone? Then they open the name of an organisation
    another rule found one space after them, and its mention grows over them, its canonical name keeping none
    (``Công ty Cổ phần Tập đoàn Trường Thành Việt Nam (TTVN)``, whose name the acronym's pair took: round 23 of
    issue 14, where such an article made the extractor fail); alone they name nothing."""
    if len(piece) < 2 or not all(_company_word(x) or _legal_form(x) for x in piece):
        return False
    _grow_neighbour(piece, out, after=True)
    return True


def _closes_name_before(piece: list[_Unit], out: list[_Mention]) -> None:
    """Legal forms one space after an organisation another rule found close its name (the mention
    grows; its canonical name keeps none, as for every legal form); alone they name nothing."""
    _grow_neighbour(piece, out, after=False)


def _grow_neighbour(piece: list[_Unit], out: list[_Mention], after: bool) -> None:
    """Claim ``piece`` for no name of its own and grow over it the organisation one space after it (``after``) or
    before it, if another rule found one."""
    for x in piece:
        x.claimed, x.claimed_as = True, "ORG"
    if after:
        found = [m for m in out if m.label == "ORG" and m.start == piece[-1].end + 1]
        if found:
            found[0].start = piece[0].start
    elif found := [m for m in out if m.label == "ORG" and m.end + 1 == piece[0].start]:
        found[-1].end = piece[-1].end


def _org_acronym(units: list[_Unit], paren: int, aliases: dict[str, str], out: list[_Mention]) -> None:
    """An acronym in brackets right after a name this rule built, which the acronyms rule could not pair
    (``Bộ Giáo dục, Văn hóa, Thể thao, Khoa học và Công nghệ Nhật Bản (MEXT)``): both are named by it,
    and its later uses are the organisation (guideline rule 2)."""
    acronym = _acronym_in_brackets(units, paren) if paren < len(units) and units[paren].text == "(" else []
    if len(acronym) != 1 or acronym[0].claimed or not _ACRONYM.match(acronym[0].text):
        return
    text = acronym[0].text
    out[-1].canonical = text
    _claim(acronym, "ORG", text, out)
    aliases[_retone(text)] = text


def _bracketed_country(units: list[_Unit], end: int) -> int:
    """The end of a company's name that goes on with Viet Nam in brackets, as the official names of foreign
    companies' units there are written (``Công ty TNHH SMC Manufacturing (Việt Nam)``; not the parent's
    country: ``Tập đoàn Sumitomo (Nhật Bản)``); ``end`` if none."""
    if end + 3 >= len(units) or [units[end + 1].text, units[end + 3].text] != ["(", ")"]:
        return end
    country = units[end + 2]
    host = country.label == "LOC" and country.known.kind == "country" and country.known.country == "VN"
    return end + 3 if host and not country.claimed and units[end + 1].start == units[end].end + 1 else end


def _org_span(units: list[_Unit], i: int) -> tuple[int, int] | None:
    """(first, last) unit of the name built on the free, capitalised organisation word at ``i``; None
    when there is none to claim (a unit already claimed inside, a field of an office, or a clipped
    country name right after the word: ``Ngân hàng Nhật``, a Japanese bank)."""
    u = units[i]
    if u.claimed or u.label not in ("orghead", "orghead_en") or not u.text[:1].isupper():
        return None
    end = _org_extent(units, i) if u.label == "orghead" else None
    start = i
    if u.label == "orghead_en":
        start, end = _english_run(units, i)
        start -= start > 0 and units[start - 1].text == "The" and u.text in _NEWSPAPER_WORDS  # The Manila Times
    return None if end is None or _no_org_span(units, i, start, end) else (start, end)


def _no_org_span(units: list[_Unit], i: int, start: int, end: int) -> bool:
    """Is there no name to claim from ``start`` to ``end`` (see :func:`_org_span`)?"""
    return (
        end <= start
        or any(x.claimed for x in units[start : end + 1])
        or _office_field(units, start, end)
        or (end == start + 1 and clipped(units[end].text.split()))  # Ngân hàng Nhật: a Japanese bank
        or _company_word_inside(units, i, end)
        or _internal_body(units, start, end)
        or _facility(units, start)
    )


def _facility(units: list[_Unit], start: int) -> bool:
    """Is the Vietnamese organisation word at ``start`` a centre followed by a kind of building
    (``Trung tâm thương mại AEON``: a mall, no organisation; ``helpers/data/facility_kinds_vi.txt``)?"""
    nxt = units[start + 1] if start + 1 < len(units) else None
    centre = units[start].label == "orghead" and units[start].known.canonical == "Trung tâm"
    return centre and nxt is not None and nxt.text.lower() in _facility_kinds("vi")


def _english_facility(units: list[_Unit], i: int) -> bool:
    """Is the English organisation word at ``i`` a centre closing a kind of building (``Tan Thuan CMC Data
    Center``: a building, the company and place in it are the mentions; ``helpers/data/facility_kinds_en.txt``;
    not the outlet ``Data Center Frontier``)?"""
    after = units[i + 1].text if i + 1 < len(units) else ""
    closing = units[i].text in ("Center", "Centre") and not after[:1].isupper()
    return closing and i > 0 and not units[i - 1].claimed and units[i - 1].text.lower() in _facility_kinds("en")


@memoize(maxsize=2)
def _facility_kinds(lang: str) -> frozenset[str]:
    return frozenset(vocabulary.words(f"facility_kinds_{lang}.txt"))


def _internal_body(units: list[_Unit], start: int, end: int) -> bool:
    """Is the Vietnamese name at ``start``..``end`` an organisation's own body named by its function alone
    (``Ban Tổ chức``, ``Hội đồng Quản trị``: ``helpers/data/internal_bodies_vi.txt``), or such a body before the
    organisation's name (``Hội đồng Quản trị | Tập đoàn FPT``: the organisation is the mention)?"""
    if units[start].label != "orghead":
        return False
    k = next((k for k in range(start + 2, end + 1) if units[k].label in ("orghead", "ORG")), end + 1)
    return _span_text(units[start:k]) in _internal_bodies() and (k == end + 1 or units[k].text[:1].isupper())


@memoize(maxsize=1)
def _internal_bodies() -> frozenset[str]:
    """An organisation's own bodies named by their function (``Ban Tổ chức``): ``internal_bodies_vi.txt``."""
    return frozenset(vocabulary.words("internal_bodies_vi.txt"))


#: English words that end a newspaper's name, which starts with its "The" (The Japan Times, The Saigon Times).
_NEWSPAPER_WORDS = frozenset({"Times", "Journal", "Herald", "Post", "Gazette"})


def _company_word_inside(units: list[_Unit], i: int, end: int) -> bool:
    """Is the English company word at ``i`` inside a longer name that ends in a word of another kind
    (``Japan-U.S. Strategic Energy Partnership``, ``Clean Energy Summit``: a programme, an event)? A
    company word ends its name, or comes before another organisation word, a legal form, an acronym or a
    place (``Kyushu Electric Power Co.``, ``Power Engineering Consulting JSC``, ``Hitachi Energy Vietnam``),
    or ``&`` and the company's other line of business (``Doosan Heavy Industries & Construction``)."""
    if units[i].label != "orghead_en" or units[i].known.canonical not in _COMPANY_HEADS or end <= i:
        return False
    last = units[end]
    closing = last.label in ("orghead_en", "LOC", "ORG") or last.text.rstrip(".") in _ABBREVIATED_FORMS_EN
    return not (closing or _ACRONYM.match(last.text) or last.text == "." or units[i + 1].text == "&")


def _org_extent(units: list[_Unit], i: int) -> int | None:
    """The last unit of a Vietnamese organisation name starting with the head at ``i``.

    The name goes on over capitalised words and known names, across ``và``/``&`` and a spaced
    dash between two of them, over ``tại <place>`` for heads that take it (embassies ...), over
    a place word and its place for People's Committees (``UBND tỉnh Bắc Ninh``), and over the
    lower-case words of a state body's official name (:func:`_lower_case_tail`).
    """
    if units[i].known.canonical in _PLACE_HEADS and (end := _introduced_place_end(units, i + 1)):
        return end
    last, k = None, i + 1
    while k < len(units) and not units[k].claimed and (step := _extent_step(units, i, k, last)) is not None:
        last, k = step
        k += 1
    if last is None:
        if units[i].known.canonical in _NAMESAKE_HEADS and _name_number(units, i + 1):
            return i + 1  # Bệnh viện 108, Bệnh viện 1A: a hospital named by its number
        lower = _bilateral_end(units, i + 1) if units[i].known.canonical in _LOWER_HEADS else None
        return _unit_place_end(units, i, _friendship_end(units, i) or _acronym_after_kind_words(units, i) or lower)
    tail = _managed_zone_end(units, last) or _friendship_end(units, last) or _company_trade_end(units, i, last)
    tail = tail or _lower_case_tail(units, i, last)
    return _numbered_end(units, _unit_place_end(units, i, _trade_name_end(units, i, tail)))


def _company_trade_end(units: list[_Unit], i: int, last: int) -> int | None:
    """A company's trade, a capitalised Vietnamese word that goes on in lower case, before its proper name
    (``Công ty TNHH Đầu tư xây dựng và phát triển Xuân Thành``, ``Công ty TNHH Công nghiệp nặng Doosan Việt
    Nam``): the name ends with the proper name's capitals and its country, at most five lower-case words on;
    None otherwise (``Tập đoàn Hòa Phát tăng vốn``: a proper name first, no trade)."""
    if units[i].known.canonical not in _COMPANY_HEADS or not _trade_word(units[last]):
        return None
    k = last + 1
    while k < len(units) and k - last <= 5 and units[k].kind == "word" and units[k].text.islower():
        k += 1
    lower = k > last + 1 and all(u.pos[:1] in "NAVC" for u in units[last + 1 : k])
    if not (lower and k < len(units) and _plain_capital(units[k])):
        return None
    end = _capitals_end(units, k)
    return end + _country_after(units, end + 1)  # … Doosan Việt Nam: its unit there


def _trade_word(x: _Unit) -> bool:
    """A field (:func:`.ministries._field`) written as a common word, only its first letter a capital and no proper
    noun (``Đầu tư``, ``Công nghiệp``, ``Tài chính``)."""
    return _field(x) and x.pos != "Np" and x.text[1:].islower()


def _numbered_end(units: list[_Unit], end: int | None) -> int | None:
    """A name that ends in ``số`` (number) goes on over its number (``Trường THPT số 1``), and so does one followed by
    a number that counts nothing (:func:`_name_number`: ``Bệnh viện Quân y 175``, ``Tổng công ty Sông Đà 5``)."""
    if end is None or end + 1 >= len(units):
        return end
    numbered = units[end].text == "số" and units[end + 1].text.isdigit()
    return end + 1 if numbered or _name_number(units, end + 1) else end


#: A number that may close a name: one to three digits, maybe with a capital glued to it (``108``, ``1A``).
_NAME_NUMBER = re.compile(r"\d{1,3}[A-Z]?")


def _name_number(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a number of one to three digits, maybe with a capital glued to it, one space after the unit
    before it and followed by no noun it counts nor a mark of its own (``Bệnh viện 1A tiếp nhận``; not ``Bạch Mai 10
    năm qua``, ``Xuân Thành 1%``)?"""
    if k >= len(units) or not _NAME_NUMBER.fullmatch(units[k].text) or units[k].start != units[k - 1].end + 1:
        return False
    nxt, after = (units[j] if j < len(units) else None for j in (k + 1, k + 2))
    if nxt is not None and nxt.start == units[k].end:  # 1%, 1,5, 1.000: a number's own marks
        decimal = nxt.text in (",", ".") and after is not None and after.start == nxt.end and after.text[:1].isdigit()
        return nxt.text in (",", ".", ";", ":", ")") and not decimal
    return nxt is None or not (nxt.kind == "word" and nxt.text[:1].islower() and nxt.pos[:1] in ("N", "M"))


def _trade_name_end(units: list[_Unit], i: int, last: int | None) -> int | None:
    """A company's name that so far is only its trades (common nouns: ``Công ty cổ phần Thương mại``) goes on
    over ``và`` and up to three lower-case nouns or adjectives to the capitalised words that make it its own
    (``… Thương mại và dịch vụ Tuấn Kiệt HD``, ``HTX Nông sản sạch Bạch Đằng``), or a known company's name
    (``Công ty TNHH Sản phẩm máy tính Fujitsu``); over a verb of trade too (``Thực phẩm xuất nhập khẩu Toàn
    Cầu``), but then not to a known place (``Thương mại xuất khẩu sang Nhật Bản``: where it sells). Round 18 of
    issue 14 added the known company and the verbs. ``last`` if it does not go on."""
    if last is None or not _company_word(units[i]) or not _only_trades(units[i + 1 : last + 1]):
        return last
    k, verb = _lower_trades_end(units, last)
    if k == last + 1 or k >= len(units):
        return last
    nxt = units[k]
    if not (_plain_capital(nxt) or nxt.label == "ORG" or (_free_place(nxt) and not verb)):
        return last  # … và công nghiệp Hòa Bình: a place's name may be the company's own
    return _capitals_end(units, k) if nxt.label != "ORG" else k


def _lower_trades_end(units: list[_Unit], last: int) -> tuple[int, bool]:
    """After a company's trades ending at ``last``: where up to three lower-case nouns, adjectives, verbs or
    ``và`` after them end (``last + 1`` if a word of another kind comes first), and whether a verb was among them."""
    k, verb = last + 1, False
    while k < len(units) and k <= last + 3 and units[k].kind == "word" and units[k].text.islower():
        if units[k].text != "và" and units[k].pos not in ("N", "A", "V"):  # Nông sản sạch: clean produce
            return last + 1, verb
        verb = verb or units[k].pos == "V"
        k += 1
    return k, verb


def _only_trades(piece: list[_Unit]) -> bool:
    """Is a company's name so far only common nouns, its legal forms aside (``cổ phần Thương mại``)?"""
    trades = [x for x in piece if not _legal_form(x)]
    return bool(trades) and all(x.pos == "N" and x.kind == "word" for x in trades)


def _capitals_end(units: list[_Unit], k: int) -> int:
    """The last of the unclaimed capitalised words one space apart from ``k`` on."""
    while k + 1 < len(units) and _plain_capital(units[k + 1]) and units[k + 1].start == units[k].end + 1:
        k += 1
    return k


def _free_place(x: _Unit) -> bool:
    return x.label == "LOC" and x.kind == "lex" and not x.claimed


def _friendship_end(units: list[_Unit], end: int) -> int | None:
    """``hữu nghị`` and two countries joined by a dash close a friendship body's name (``Hội hữu nghị
    Việt Nam - Nhật Bản``, ``Liên minh Nghị sĩ hữu nghị Nhật - Việt``); None if they do not follow ``end``."""
    j = end + 1
    if j + 3 >= len(units) or units[j].text.lower() != "hữu nghị":
        return None
    first, dash, second = units[j + 1 : j + 4]
    pair = all((x.label == "LOC" and x.known.kind == "country") or clipped([x.text]) for x in (first, second))
    return j + 3 if pair and dash.text in _DASHES and not (first.claimed or second.claimed) else None


def _managed_zone_end(units: list[_Unit], end: int) -> int | None:
    """A management board is named with the zones it manages (``Ban Quản lý Khu công nghệ cao Hòa Lạc``,
    ``Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh``, ``Ban Quản lý các Khu chế xuất và
    công nghiệp TP.HCM``): after ``Quản lý`` the name goes on over a zone word and its name (or plural zones),
    and over ``và`` and more kinds of zone when a place, a place word or a place word alone ends them; None
    when no zone follows."""
    if units[end].text.lower() != "quản lý":
        return None
    j = end + 1
    plural = j < len(units) and units[j].text in _PLURALS
    j += plural
    if j >= len(units) or units[j].label != "lochead" or units[j].claimed:
        return None
    zone = [units[j]] if plural else _vi_head_place(units, j)
    if not zone:
        return None
    z = units.index(zone[-1])
    return _zone_list_end(units, z) or z


def _zone_list_end(units: list[_Unit], z: int) -> int | None:
    """After a managed zone at ``z``: ``và`` and lower-case kinds of zone (``và các khu công nghiệp``), ended
    by a known place, a place word and its place, or a place word alone; None when they are not there."""
    k = z + 1
    if k >= len(units) or units[k].text != "và":
        return None
    k += 1
    while k < len(units) and k <= z + 4 and units[k].kind == "word" and units[k].text.islower():
        k += 1
    if k == z + 2 or k >= len(units):
        return None
    if units[k].label == "LOC" and not units[k].claimed:
        return k
    if units[k].label == "locintro":
        return _introduced_place_end(units, k) or k
    return None


def _unit_place_end(units: list[_Unit], i: int, end: int | None) -> int | None:
    """A province's or city's unit is named with its place, like its People's Committee: the name of a
    body whose head takes a place (``place`` in ``org_heads.csv``: ``Sở``, ``Cục``, ``Hiệp hội`` ...) goes
    on over a place word and its place right after it (``Sở Công Thương tỉnh Bắc Ninh``, ``Hiệp hội
    Doanh nghiệp tỉnh Đồng Nai``, ``Bệnh viện Đa khoa tỉnh Quảng Ninh``)."""
    if end is None or units[i].known.canonical not in _PLACE_HEADS:
        return end
    return _introduced_place_end(units, end + 1) or end


#: Words that end a state body's lower-case tail: time, plural and pointing words, "together" (cùng), and the count of a
#: body's meetings (Hội đồng Điều phối lần thứ nhất: its first meeting; round 27 of issue 14).
_TAIL_STOPS = frozenset("năm tháng ngày quý hôm tuần các những này đó đây nay cùng khi lúc lần".split())


def _lower_case_tail(units: list[_Unit], i: int, last: int) -> int | None:
    """A state body's official name goes on in lower case after its first capitalised word, over
    nouns and adjectives (underthesea's ``N``, ``A``) and, after an office, a verb that closes it
    (:func:`_closing_verb`), up to a verb, a preposition, punctuation,
    a place word or a time word: ``Cục Đầu tư nước ngoài``, ``Vụ Hợp tác quốc tế``, ``Cục Quản lý
    lao động ngoài nước cho biết``; a place word ends it (:func:`_unit_place_end` may then add the place) unless the
    tail is a plural object that the place names (``Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh``: the
    board of that province's parks; None, no name, when no place follows: ``lãnh đạo Ban Quản lý các khu
    công nghiệp tỉnh``). Company names never do (``Tập đoàn Hòa Phát tăng``)."""
    if units[i].known.canonical not in _LOWER_HEADS:
        return last
    k = last + 1
    plain = units[last].kind == "word" or units[last].label == "orghead"  # Vụ Tổ chức cán bộ: an organisation word
    while (
        plain and k < len(units) and (_tail_word(units, k) or _joined_field(units, k) or _field_verb(units, i, last, k))
    ):
        k += 1 + (units[k].text in (",", "và"))
    k += plain and _closing_verb(units, i, k)
    if plain and (pair := _bilateral_end(units, k)):
        return pair  # Hiệp hội Xúc tiến hợp tác kinh tế Việt Nam - Nhật Bản
    return _tail_end(units, last, k)


def _field_verb(units: list[_Unit], i: int, last: int, k: int) -> bool:
    """Is unit ``k`` a lower-case verb inside a state body's field, the name then closed by ``quốc gia`` or
    ``trung ương`` after at most two more nouns (``Trung tâm Mạng lưới khí tượng thủy văn quốc gia``) or, after a
    noun of the tail, by its place (``Sở Phúc lợi và Chăm sóc sức khỏe tỉnh Nagasaki``: underthesea reads ``khỏe``
    as a verb)?"""
    x = units[k]
    if x.kind != "word" or not x.text.islower() or x.pos != "V" or x.text.split()[0] in _TAIL_STOPS:
        return False
    j = _nouns_end(units, k + 1, 2)
    if j < len(units) and units[j].text.casefold() in _NATIONAL:
        return True
    placed = units[i].known.canonical in _PLACE_HEADS and k > last + 1 and j == k + 1
    return placed and _introduced_place_end(units, j) is not None


def _nouns_end(units: list[_Unit], k: int, most: int) -> int:
    """Where at most ``most`` lower-case nouns or adjectives from ``k`` end, before ``quốc gia`` or ``trung ương``."""
    j = k
    while j < len(units) and j < k + most and units[j].kind == "word" and units[j].text.islower():
        if units[j].pos not in ("N", "A") or units[j].text.casefold() in _NATIONAL:
            break
        j += 1
    return j


def _tail_end(units: list[_Unit], last: int, k: int) -> int | None:
    """Where a state body's name whose lower-case tail runs from ``last + 1`` to ``k - 1`` ends: at a place that
    closes it (maybe a second country), at Trung ương or quốc gia after the tail, else at the tail's end; None,
    no name, for a description of plural things with no place named."""
    if any(x.text.split()[0] in _PLURALS for x in units[last + 1 : k]):
        return _introduced_place_end(units, k)  # no place named: a description (… các khu công nghiệp tỉnh)
    if k > last + 1 and _closing_place(units, k):
        return k + 2 if _second_country(units, k) else k
    closing = k < len(units) and (units[k].text.casefold() in _NATIONAL or _direction(units, k))
    return k if k > last + 1 and closing else k - 1


#: The words that close a central body's name after its lower-case tail (``Viện Huyết học - Truyền máu Trung ương``).
_NATIONAL = ("trung ương", "quốc gia")


def _direction(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a point of the compass after ``phía`` or ``miền``, the part of the country a body serves
    (``Trung tâm Hỗ trợ doanh nghiệp nhỏ và vừa phía Bắc``; round 25 of issue 14)?"""
    return units[k].text in ("Bắc", "Nam", "Đông", "Tây", "Trung") and units[k - 1].text in ("phía", "miền")


def _bilateral_end(units: list[_Unit], k: int) -> int | None:
    """The end of two countries joined by a spaced dash after at most four more lower-case words from ``k``
    (a verb too, never two in a row: ``… hợp tác kinh tế Việt Nam - Nhật Bản``), which close a bilateral body's
    name; None if none."""
    j = k
    while j < len(units) and j < k + 4 and units[j].kind == "word" and units[j].text.islower():
        if units[j].pos not in ("N", "V", "A") or units[j].text.split()[0] in _TAIL_STOPS:
            return None  # a preposition, conjunction or adverb: the name has ended (… với Việt Nam - Nhật Bản)
        if j > k and units[j].pos == units[j - 1].pos == "V":
            return None  # two verbs: a predicate (… thúc đẩy hợp tác Việt Nam - Nhật Bản)
        j += 1
    return j + 2 if j > k and _second_country(units, j) and units[j].start == units[j - 1].end + 1 else None


def _closing_verb(units: list[_Unit], i: int, k: int) -> bool:
    """Is unit ``k`` a lower-case verb that ends the name of the body at ``i``: right before a comma or a
    bracket after an office of the body (``Cục trưởng Cục Y tế dự phòng, …``), or before a comma and
    the next body of a list (``Vụ Hợp tác quốc tế, Cục Y tế dự phòng, Vụ Kế hoạch …``)? Not a predicate
    (``… hỗ trợ doanh nghiệp``, ``do Cục Bảo vệ thực vật giám sát, ghi chép …``)."""
    x = units[k] if k < len(units) else None
    if x is None or x.kind != "word" or not x.text.islower() or x.pos != "V":
        return False
    nxt, after = (units[j] if j < len(units) else None for j in (k + 1, k + 2))
    titled = i > 0 and units[i - 1].label == "TITLE" and nxt is not None and nxt.text in (",", ")")
    listed = nxt is not None and nxt.text == "," and after is not None and after.label == "orghead"
    return titled or listed


def _second_country(units: list[_Unit], k: int) -> bool:
    """Is the country at ``k`` the first of two joined by a spaced dash (``… nhân lực Việt Nam - Nhật Bản``,
    ``… giao lưu Nhật - Việt``: a bilateral body's name)?"""
    if k + 2 >= len(units) or units[k + 1].text not in _DASHES:
        return False
    first, second = units[k], units[k + 2]
    countries = all(_country(x) and not x.claimed for x in (first, second))
    return countries and units[k + 1].start > first.end and second.start > units[k + 1].end


def _country(x: _Unit) -> bool:
    """A country's or region's name, or a country's clipped first word (``Nhật - Việt`` in ``Hội Hữu nghị Nhật -
    Việt``; ``Nhật Bản - Mê Kông``)."""
    return (x.label == "LOC" and x.known.kind in ("country", "region")) or (x.kind == "word" and clipped([x.text]))


def _closing_place(units: list[_Unit], k: int) -> bool:
    """Is unit ``k``, right after a lower-case tail, the place or foreign name that closes a body's name
    (``Viện Nghiên cứu phát triển TP.HCM``, ``Viện Kỹ thuật sinh học Catalonia``)? Not a person named after it
    (``Cục Quản lý lao động ngoài nước Nguyễn Gia Liêm``) nor another body (``… Bộ Công Thương``)."""
    x = units[k] if k < len(units) else None
    if x is None or x.claimed or x.start != units[k - 1].end + 1:
        return False
    foreign = x.kind == "word" and x.text[:1].isupper() and not _vietnamese_words(x.text) and not _ACRONYM.match(x.text)
    return (x.label == "LOC" and x.kind == "lex") or foreign


_PLURALS = ("các", "những")


def _joined_field(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a comma or ``và`` that joins one more field to a state body's lower-case name: a pair of
    verbs (:func:`_paired_field`), two adjectives (:func:`_paired_adjective`) or a capitalised field that goes on
    in lower case (``Cục Quản lý nợ và Tài chính đối ngoại``)?"""
    if _paired_field(units, k) or _paired_adjective(units, k):
        return True
    field, after = (units[k + 1], units[k + 2]) if k + 2 < len(units) else (None, None)
    lower = after is not None and after.kind == "word" and after.text.islower() and after.pos in ("N", "A")
    return units[k].text == "và" and field is not None and _trade_word(field) and lower


def _paired_field(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` the comma between the two verbs of a pair that names a body's field, the second one
    lower case after it (``Tổng cục Phòng, chống thiên tai``, ``Cục Quản lý Khám, chữa bệnh``:
    ``helpers/data/paired_fields_vi.txt``)?"""
    if units[k].text != "," or k + 1 >= len(units) or units[k + 1].kind != "word" or not units[k + 1].text.islower():
        return False
    return (units[k - 1].text.split()[-1].lower(), units[k + 1].text.split()[0]) in _paired_fields()


@memoize(maxsize=1)
def _paired_fields() -> frozenset[tuple[str, str]]:
    """The pairs of :func:`_paired_field`: (the word before the comma, the word after it)."""
    return frozenset(tuple(pair.split(", ")) for pair in vocabulary.words("paired_fields_vi.txt"))  # type: ignore[misc]


def _paired_adjective(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` the ``và`` between two lower-case adjectives of a body's field, with no verb after the second
    (``doanh nghiệp nhỏ và vừa``: small and medium firms; round 25 of issue 14)?"""
    if units[k].text != "và" or k + 1 >= len(units) or units[k - 1].pos != "A":
        return False
    second, after = units[k + 1], units[k + 2] if k + 2 < len(units) else None
    adjective = second.kind == "word" and second.text.islower() and second.pos in ("A", "R")
    return adjective and len(second.text.split()) == 1 and (after is None or after.pos != "V")


def _tail_word(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a lower-case noun or adjective of a state body's name: a plural word only as the object of
    ``quản lý`` (``Ban Quản lý các khu công nghiệp``); a place word only before a lower-case noun, which it then
    introduces no place with (``Vụ Nghiệp vụ khu vực tư nhân``: the private sector; round 24 of issue 14)?"""
    x, before = units[k], units[k - 1]
    first = x.text.split()[0] if x.kind == "word" else ""
    plural_object = first in _PLURALS and before.text.lower() == "quản lý"
    tail = x.kind == "word" and x.text.islower() and x.pos in ("N", "A") and first not in _TAIL_STOPS
    nxt = units[k + 1] if k + 1 < len(units) else None
    sector = x.label == "locintro" and x.text.islower() and nxt is not None and nxt.kind == "word"
    sector = sector and nxt is not None and nxt.text.islower() and nxt.pos in ("N", "A")
    return tail or plural_object or sector


def _extent_step(units: list[_Unit], i: int, k: int, last: int | None) -> tuple[int | None, int] | None:
    """Looking at unit ``k`` of a name started at ``i``: (its last unit so far, where to go on from);
    None when the name ends before ``k``."""
    if _goes_on_name(units, i, k) or _namesake(units, k, i if last is None else last, i):
        return k, k
    if last is None:
        return _first_name_step(units, i, k)
    if _untitled_company_name(units, i, k):
        return k, k
    if _inner_gap(units, i, k, last):
        return last, k
    if k == last + 1 and last + 3 < len(units) and _possessive_before(units, last + 3) == 2:
        return k + 1, k + 1  # Bệnh viện St. Mary's: the possessive inside a foreign name
    if (end := _place_after_tai(units, i, k)) is not None:
        return end, end  # … tại Nhật Bản, … tại TP Sakai
    if k == last + 1 and (n := _legal_form_step(units, last)):  # Công ty OLTY Co., Ltd.
        end = last + n + _glued_stop(units, last + n)
        return end, end
    return (last, k) if _joins_name_parts(units, k, last) else None


def _goes_on_name(units: list[_Unit], i: int, k: int) -> bool:
    """Is unit ``k`` a word of the name started at ``i``: a name part, a company word after the legal form
    (``Công ty Cổ phần Tập đoàn …``), or an organisation word right after the first (``Ban Tổ chức Trung
    ương``)?"""
    x = units[k]
    if _org_name_part(x) or (x.label == "orghead" and k > i + 1 and _legal_form(units[k - 1])):
        return True
    return x.label == "orghead" and k == i + 1 and x.text[:1].isupper() and not _company_word(x)


def _inner_gap(units: list[_Unit], i: int, k: int, last: int) -> bool:
    """Does the name started at ``i`` go on over unit ``k``: a legal form inside the name (``Ngân hàng
    Thương mại cổ phần Ngoại thương …``) or a comma between a state body's fields (``Bộ Đất đai, Hạ tầng,
    Giao thông và Du lịch``)?"""
    x, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
    if _legal_form(x) and nxt is not None and _org_name_part(nxt):
        return True
    if _field_and(x) and units[k - 1].text == "," and nxt is not None and _field(nxt):
        return True  # Bộ Giáo dục, …, Khoa học và | Công nghệ: underthesea's word holds the field and "và"
    return x.text == "," and last == k - 1 and _field_list_ahead(units, i, k)


def _place_after_tai(units: list[_Unit], i: int, k: int) -> int | None:
    """The last unit of ``tại`` and a place, maybe after its place word (``tại TP Sakai``), at ``k`` in the name of
    a body whose name takes one (:data:`_TAI_HEADS`); None if there is none."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if units[k].text != "tại" or units[i].known.canonical not in _TAI_HEADS or nxt is None:
        return None
    return k + 1 if nxt.label == "LOC" else _introduced_place_end(units, k + 1)


def _untitled_company_name(units: list[_Unit], i: int, k: int) -> bool:
    """Does a capitalised word shaped like a person's name at ``k`` go on the company name started at ``i``?
    Yes when no office or honorific comes before the company word (``Công ty Cổ phần Ô tô Trường Hải``,
    ``Công ty TNHH Việt Nam Nisshin Seifun``); after one, it is the officer (``Giám đốc Công ty Rikkei Lê
    Minh Hưng``)."""
    x = units[k]
    if not (_company_word(units[i]) and x.kind == "word" and all(w[:1].isupper() for w in x.text.split())):
        return False
    return _person_shaped(x) and not _title_before(units, i) and not _honorific_before(units, i)


def _namesake(units: list[_Unit], k: int, head: int, first: int) -> bool:
    """Is unit ``k`` a capitalised word right after the head of a body often named after a person, its name
    (``Trường Đại học Nông Lâm``, ``Bệnh viện Bạch Mai``: not a person called Nông Lâm or Bạch Mai), or the
    last capitalised word of such a body's name with no office before the body (``Trường Cao đẳng Kỹ thuật
    Cao Thắng``; but ``Hiệu trưởng Trường Đại học Bách khoa Hoàng Minh Sơn``: the rector, named after it)?"""
    x, h, f = units[k], units[head], units[first]
    if x.kind != "word" or not x.text[:1].isupper() or head != k - 1:
        return False
    if h.label == "orghead" and h.known.canonical in _NAMESAKE_HEADS:
        return True
    namesake = f.label == "orghead" and f.known.canonical in _NAMESAKE_HEADS
    titled = first > 0 and units[first - 1].label == "TITLE"
    closing = k + 1 >= len(units) or not units[k + 1].text[:1].isupper()
    return namesake and not titled and closing


def _first_name_step(units: list[_Unit], i: int, k: int) -> tuple[int | None, int] | None:
    """Before any name part: a legal form in lower case goes on (``Công ty cổ phần …``), and right
    after a company word a capitalised word shaped like a person's name is the company's name
    (``Công ty cổ phần Hoàng Anh Gia Lai``)."""
    x = units[k]
    if _legal_form(x):
        return None, k
    if x.kind == "word" and x.text[:1].isupper() and _company_word(units[i]):
        return k, k
    return (None, k) if _joins_name_parts(units, k, None) else None


def _introduced_place_end(units: list[_Unit], k: int) -> int | None:
    """The last unit of ``<place word> <place>`` starting at ``k`` (``tỉnh Bắc Ninh``), else None."""
    if k + 1 >= len(units) or units[k].label != "locintro":
        return None
    j = _past_full_stop(units, k) + 1  # an abbreviated place word keeps its full stop: TP. Đà Nẵng
    if j < len(units) and units[j].label == "LOC" and not units[j].claimed:
        return j  # tỉnh Bắc Ninh
    piece = _introduced_place(units, k)  # not a person's name: Chủ tịch UBND TP Phan Văn Mãi
    return k + len(piece) if piece else None


def _org_name_part(x: _Unit) -> bool:
    """A word that may belong to a Vietnamese organisation's name: a known name, or a capitalised word
    that is not a person's name nor a clipped country name run into the next word (``Ngân hàng
    Nhật chi …``: a Japanese bank spends, no name)."""
    if x.label in ("ORG", "LOC") or (x.label == "orghead_en" and x.text[:1].isupper()):
        return True  # … CMC Telecom, Tập đoàn SBI Holdings: an English company word inside the name
    words = x.text.split()
    noun = " ".join(words[:2]) in _name_nouns()  # Trung học cơ sở: one underthesea word
    clipped_run = len(words) > 1 and words[1].islower() and clipped(words[:1]) and not noun
    capitals = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    named = _is_vi_name(words[:capitals]) and x.pos != "N"  # Lê Minh Hưng dự; a common noun: Nông Lâm Thủy sản
    person = _person_shaped(x) or named
    return x.kind == "word" and x.text[:1].isupper() and not person and not clipped_run


@memoize(maxsize=1)
def _name_nouns() -> frozenset[str]:
    """Common nouns written capitalised in official names (``Trung ương``): ``helpers/data/name_nouns_vi.txt``."""
    return frozenset(vocabulary.words("name_nouns_vi.txt"))


def _joins_name_parts(units: list[_Unit], k: int, last: int | None) -> bool:
    """``và``/``&`` or a spaced dash at ``k`` between two parts of a name (Bộ Khoa học và Công nghệ), or a
    hyphen glued between two initials of a field (``Sở NN-PTNT Hải Dương``, ``Sở LĐ-TB&XH``: round 18 of issue 14).
    ``và`` joins Vietnamese words only, never after a country: between two foreign names, or after the country
    that closes a body's name, it joins two organisations (``Công ty Rikkei và Sun Asterisk``)."""
    x, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
    if nxt is None or not _org_name_part(nxt):
        return False
    if x.text == "và":  # … Công nghệ Nhật Bản và Chính phủ Nhật Bản: a country closed the first body's name
        vietnamese = _vietnamese_words(units[k - 1].text) and _vietnamese_words(nxt.text)
        return last is not None and vietnamese and not _is_country(units[k - 1])
    if x.text == "&":
        return last is not None
    return x.text in _DASHES and last == k - 1 and _dash_joins(units[k - 1], x, nxt)


def _dash_joins(before: _Unit, dash: _Unit, nxt: _Unit) -> bool:
    """Does a dash join the name parts around it: glued between two sets of initials (``NN-PTNT``), or spaced
    before a field that is no word of a sentence (not ``Tạp chí Kinh tế Môi trường - Dù …``, a lead)?"""
    if before.end == dash.start and dash.end == nxt.start:
        return before.text.isupper() and nxt.text.isupper()  # initials glued by a hyphen: NN-PTNT
    return before.end < dash.start and nxt.pos not in ("C", "R", "E", "P")


def _acronym_after_kind_words(units: list[_Unit], i: int) -> int | None:
    """A kind word, up to three plain words and an acronym: ``Trung tâm nghiên cứu VDEC`` (not a common
    abbreviation: ``Nhà máy nhiệt điện LNG`` names no organisation; not a kind word: ``KCN``; not a known
    organisation after a verb, its object: ``Thành ủy đề nghị JICA hỗ trợ``)."""
    k = i + 1
    while k < len(units) and k <= i + 3 and units[k].kind == "word" and units[k].text.islower():
        k += 1
    if k == i + 1 or k >= len(units):
        return None
    x = units[k]
    acronym = (x.kind == "word" or x.label == "ORG") and _ACRONYM.match(x.text) and not _abbreviation(x.text)
    verb_object = x.label == "ORG" and any(u.pos == "V" for u in units[i + 1 : k])  # Thành ủy đề nghị JICA
    return k if acronym and not x.claimed and not verb_object else _named_kind_end(units, i)


def _named_kind_end(units: list[_Unit], i: int) -> int | None:
    """A school's or centre's kind in lower case, then its capitalised name, maybe with Viet Nam after it
    (``Trường phổ thông dân tộc bán trú La Giôn``, ``Trung tâm chăm sóc người cao tuổi Yuzankai Việt Nam``):
    heads of bodies named after a person or whose official names go on in lower case; not a person after the
    body's office (``Giám đốc Trung tâm dịch vụ Nguyễn Văn An``: the director)."""
    k = _after_words_of_a_kind(units, i) if units[i].known.canonical in _NAMESAKE_HEADS | _LOWER_HEADS else None
    if k is None or not _plain_capital(units[k]) or (_title_before(units, i) and _person_shaped(units[k])):
        return None
    k = _capitals_end(units, k)
    country = k + 1 < len(units) and _free_place(units[k + 1]) and units[k + 1].known.kind == "country"
    return k + country


def _after_words_of_a_kind(units: list[_Unit], i: int) -> int | None:
    """The unit after two to five lower-case nouns, adjectives or verbs right after the head at ``i`` (a kind of
    school or centre), if that unit is no time or plural word; else None."""
    k = i + 1
    while k < len(units) and units[k].kind == "word" and units[k].text.islower() and units[k].pos[:1] in "NAV":
        k += 1
    ends = k < len(units) and units[k].text.split()[0] not in _TAIL_STOPS
    return k if 2 <= k - i - 1 <= 5 and ends else None


def _english_run(units: list[_Unit], i: int) -> tuple[int, int | None]:
    """The capitalised English run around an organisation or place word at ``i``, without the words that open it
    to describe the company (:func:`_described_by`)."""
    start = _run_start(units, i)
    start, end = start + _described_by(units[start : i + 1]), _run_end(units, i)
    return (start, end) if end > start else (start, None)


def _run_start(units: list[_Unit], i: int) -> int:
    """Back over capitalised words, connectors and possessives between them: ``Ministry of ...``,
    ``Hanoi People's Committee``. A place is taken only as the first words of a name with a word
    between it and the organisation word (``Ho Chi Minh City Stock Exchange``; not ``Japan
    Agency``-like pairs of a place and a head) or before a company word (``Vietnam Airlines``)."""
    start = i
    while start > 0:
        step, last = _step_left(units, start, i)
        start -= step
        if last or not step:
            break
    return start


def _step_left(units: list[_Unit], start: int, i: int) -> tuple[int, bool]:
    """How many units before ``start`` the run takes in, and whether it starts there."""
    x = units[start - 1]
    if _capital(x) and not x.initial:
        return _capital_step(units, start, i)
    if n := _possessive_before(units, start):
        return n, False
    before = units[start - 2] if start > 1 else None
    if before is not None and _zones_joined(units, start - 1, i):
        return 2, False  # Da Nang Hi-Tech Park and Industrial Zones Authority: the body of both
    if before is None or not _capital(before) or before.initial or x.text not in _CONNECT_EN - {"the"}:
        return 0, True
    person = _person_ends_at(units, start - 2)  # Luong Minh Sam of Dong A University: a person and their body
    return (0, True) if before.label == "LOC" or person or not _joins(units, start - 1) else (2, False)


def _person_ends_at(units: list[_Unit], k: int) -> bool:
    """Do two to four plain capitalised words ending at ``k`` have the shape of a Vietnamese or Japanese
    personal name (``Luong Minh Sam``, ``Kameda Shogo``)?"""
    return any(
        k + 1 >= n
        and all(u.kind == "word" and _capital(u) for u in units[k + 1 - n : k + 1])
        and _person_shaped_run(units[k + 1 - n : k + 1])
        for n in (4, 3, 2)
    )


def _zones_joined(units: list[_Unit], k: int, i: int) -> bool:
    """Does ``and`` at ``k`` join a park's or zone's name to more zones, all named by the body whose word is at ``i``
    (``Da Nang Hi-Tech Park and Industrial Zones Authority``; round 24 of issue 14)?"""
    zones = any(u.text.lower().rstrip("s") in ("zone", "park") for u in units[k + 1 : i])
    return units[k].text == "and" and units[k - 1].label == "lochead_en" and zones


def _capital_step(units: list[_Unit], start: int, i: int) -> tuple[int, bool]:
    """A capitalised word just before ``start``: taken in; a place only first, with a word between
    it and the organisation word, before a company word (``Vietnam Airlines``) or after ``the`` (``the Japan
    Foundation``: a proper name; round 23 of issue 14); in Vietnamese text a country in
    Vietnamese spelling never (``tập đoàn Nhật Bản Sharp Corp.``: the company's country; round 18 of issue 14)."""
    x = units[start - 1]
    if x.label != "LOC":
        return 1, False
    if x.known.kind == "country" and not x.text.isascii() and x.pos:  # Vietnamese text (tagged) only
        return 0, True
    of_after = i + 1 < len(units) and units[i + 1].text in ("of", "for")
    place_first = start < i or units[i].known.canonical in _COMPANY_HEADS or _regional_body(x, units[i], of_after)
    place_first = place_first or (start > 1 and units[start - 2].text.lower() == "the")  # the Japan Foundation
    if place_first:
        return _place_in_name(units, start - 1)
    return (1, False) if _owned_place(units, start - 1) else (0, True)


def _owned_place(units: list[_Unit], k: int) -> bool:
    """Is the place at ``k`` written one space after a name, a plain capitalised word or a known
    organisation (``Kyocera Mita Vietnam Technology``, ``JICA Vietnam Office``): the name's unit there?
    Not a known company's unit the gazetteer names (``FPT Japan Holdings`` -> ``FPT Nhật Bản``)."""
    before = units[k - 1] if k > 0 else None
    if before is None or before.end != units[k].start - 1 or not _capital(before) or before.initial:
        return False
    return before.label == "" or (before.label == "ORG" and not _subsidiary(before, units[k]))


def _regional_body(place: _Unit, head: _Unit, of_after: bool = False) -> bool:
    """A city's or region's name, one space before an organisation word that opens a name, names that
    body (``Kyushu University``, ``Osaka Chamber of Commerce``, ``Kyushu Bureau of Economy``); a country's
    name before it stays a place (``Vietnam Association``: the association in Vietnam) unless ``of``/``for``
    goes on with the body's field (``of_after``: ``Vietnam Academy of Science and Technology``, ``Japan Bank
    for International Cooperation``, a national body's official name)."""
    national = place.known.kind == "country" and of_after
    return (national or place.known.kind not in ("country", "region")) and head.start == place.end + 1


def _place_in_name(units: list[_Unit], k: int) -> tuple[int, bool]:
    """A place at ``k`` inside an English name: with another place glued before it by a hyphen
    (``Vietnam-Japan Experts Association``, ``Saigon-Hanoi Commercial … Bank``), and, after a
    company's own name, in the middle of it (``ACS Vietnam Trading``, ``Home Credit Vietnam Finance``):
    (how many units the run takes in, whether it starts there)."""
    if k == 0:
        return 1, True
    before = units[k - 1]
    if _glued_place_pair(units, k):
        return 3, True
    owner = _capital(before) and not before.initial and before.kind == "word"
    return (1, False) if owner and before.end == units[k].start - 1 else (1, True)


def _possessive_before(units: list[_Unit], start: int) -> int:
    """The units of a possessive just before ``start`` inside a name (``People's``: ``'`` and
    ``s``; ``Manufacturers'``: ``'``), when a capitalised plain word (not a known name nor an acronym: ``MIC's``)
    owns it; 0 if none."""
    n = 2 if units[start - 1].text == "s" else 1
    marks = units[start - n : start]
    owner = units[start - n - 1] if start - n - 1 >= 0 else None
    if owner is None or marks[0].text not in _APOSTROPHES or not _capital(owner) or owner.kind != "word":
        return 0  # Japan's Agency …: a country's possessive is no part of a name
    if owner.text.isupper():
        return 0  # MIC's Global Strategy Bureau: an organisation's acronym owns the body, no part of its name
    glued = all(b.start == a.end for a, b in zip([owner, *marks[:-1]], marks, strict=True))
    return n if glued and marks[-1].end == units[start].start - 1 else 0


_APOSTROPHES = ("'", "’")


def _run_end(units: list[_Unit], i: int) -> int:
    """On over capitalised words that are not a person's name, and connectors and possessives
    between them; the full stop of a closing abbreviated legal form belongs to the name (``Kioxia Corp.``)."""
    end = i
    while step := _step_right(units, end):
        end += step
    if end > i and units[i].label == "orghead_en" and end + 2 < len(units) and _in_place_step(units, end, units[i]):
        end += 2  # Consulate General of Vietnam in Osaka: the head takes the place
    return end + _glued_stop(units, end)


def _glued_stop(units: list[_Unit], end: int) -> int:
    """1 if a full stop glued to an abbreviated legal form at ``end`` follows it (``Corp.``), else 0."""
    nxt = units[end + 1] if end + 1 < len(units) else None
    return int(nxt is not None and nxt.text == "." and nxt.start == units[end].end and _abbreviated(units[end]))


def _abbreviated(x: _Unit) -> bool:
    """Is ``x`` an abbreviated legal form, with or without its full stop (``Co``, ``Co.``, ``Ltd``)?"""
    return x.text.rstrip(".") in _ABBREVIATED_FORMS_EN


def _step_right(units: list[_Unit], end: int) -> int:
    """How many units after ``end`` the run takes in (0: it ends there)."""
    if end + 1 >= len(units):
        return 0
    return next((n for step in _RIGHT_STEPS if (n := step(units, end))), 0)


def _name_word_step(units: list[_Unit], end: int) -> int:
    """A capitalised word that does not start a person's name (``… Technology`` / ``Bui Hoang Phuong``)."""
    x = units[end + 1]
    return 1 if _capital(x) and not _person_shaped(x) and not _vi_name_at(units, end + 1) else 0


def _connector_step(units: list[_Unit], end: int) -> int:
    """A connector and the capitalised word after it (``University of Tokyo``), also over ``the`` (``Council
    for the Creation of …``), not a weekday, month or common word (``… on Wednesday``) nor an amount (``… for
    VND2 trillion``, ``… for JPY 15bn``)."""
    if n := _of_the_step(units, end):
        return n
    after = units[end + 2] if end + 2 < len(units) else None
    amount = after is not None and any(c.isdigit() for c in after.text)  # Vietnam Airlines for VND2 trillion
    amount = amount or (after is not None and after.text.isupper() and _number_at(units, end + 3))  # for JPY 15bn
    joins = after is not None and units[end + 1].text in _CONNECT_EN and _capital(after) and not amount
    return (
        2
        if joins and not _common_after(units, end) and not _company_of_place(units, end) and _joins(units, end + 1)
        else 0
    )


def _number_at(units: list[_Unit], k: int) -> bool:
    """Does unit ``k`` start with a digit (an amount's number after its currency: ``JPY 15bn``)?"""
    return k < len(units) and units[k].text[:1].isdigit()


def _common_after(units: list[_Unit], end: int) -> bool:
    """Is the word after the connector at ``end + 1`` a weekday, month or common word ending the run (``… on
    Wednesday``; not ``of Vietnamese Intellectuals``, where a capitalised word follows)?"""
    after = units[end + 2]
    common = after.text[1:].islower() and after.text.lower() in _NOT_NAMES_EN
    return common and not (end + 3 < len(units) and _capital(units[end + 3]))


def _of_the_step(units: list[_Unit], end: int) -> int:
    """``of the`` or ``for the`` and a capitalised word that is no place (``Council for the Creation``): 3, else 0."""
    the = end + 3 < len(units) and units[end + 1].text in ("of", "for") and units[end + 2].text == "the"
    if not the or not _capital(units[end + 3]) or units[end + 3].label == "LOC":
        return 0
    return 3 if _joins(units, end + 1) and not _company_of_place(units, end) else 0


def _company_of_place(units: list[_Unit], end: int) -> bool:
    """Does a company's legal form (``Group``, ``Corp``) closing a name at ``end`` stand before
    ``of``/``in`` (``SK Group of South Korea``: the company and its country; not ``Bank of Japan``,
    where the word opens the name)?"""
    head = units[end]
    closing = head.label == "orghead_en" and (head.text.rstrip("."),) in _LEGAL_FORMS_EN and end > 0
    return closing and _capital(units[end - 1]) and units[end + 1].text in ("of", "in")


def _legal_form_step(units: list[_Unit], end: int) -> int:
    """An abbreviated legal form after a comma, or after another one and its full stop (``Co., Ltd.``,
    ``Pte. Ltd.``), with its own full stop if one is glued to it (not a closing bracket: ``Co., Ltd)``)."""
    k = end + 1 + _glued_stop(units, end)
    k += k < len(units) and units[k].text == ","
    return k - end + _glued_stop(units, k) if end + 1 < k < len(units) and _abbreviated(units[k]) else 0


def _possessive_step(units: list[_Unit], end: int) -> int:
    """A possessive glued to a plain word and followed by a capitalised word (``People's Committee``,
    ``Manufacturers' Association``)."""
    x, after = units[end + 1], units[end + 2] if end + 2 < len(units) else None
    if after is None or x.text not in _APOSTROPHES or x.start != units[end].end or units[end].kind != "word":
        return 0
    n = 2 if after.text == "s" and after.start == x.end else 1
    owned = units[end + n + 1] if end + n + 1 < len(units) else None
    return n if owned is not None and _capital(owned) and owned.start == units[end + n].end + 1 else 0


def _field_list_step(units: list[_Unit], end: int) -> int:
    """A comma in a list of fields after ``of`` that ends in ``and`` (``Ministry of Land,
    Infrastructure, Transport and Tourism``): plain capitalised words only, never a known name
    (``Ministry of Finance, Toyota and Honda`` are three)."""
    if units[end + 1].text != "," or not _joins_after_of(units, end):
        return 0
    j = end + 2
    while j < len(units) and (units[j].text == "," or (units[j].kind == "word" and _capital(units[j]))):
        j += 1
    last = units[j + 1] if j + 1 < len(units) else None
    plain_last = last is not None and _capital(last) and (last.kind == "word" or last.label == "orghead_en")
    ends_in_and = plain_last and units[j].text == "and"  # … Science and Technology: a head word may close it
    return 2 if ends_in_and and units[end + 2].kind == "word" and _capital(units[end + 2]) else 0


def _joins_after_of(units: list[_Unit], end: int) -> bool:
    """Is there an ``of`` or ``for`` earlier in the English run that ends at ``end`` (``Committee for
    Disaster Prevention and Control``), inside the run (not ``a consortium of Tokyo Gas, …``) and not
    closed by a known place (``Development Bank of Japan and SSI`` are two)?"""
    j = end
    while j >= 0 and (_capital(units[j]) or units[j].text in _CONNECT_EN or units[j].text == ","):
        if units[j].text in ("of", "for"):
            place = end == j + 1 and units[end].label == "LOC"
            return j > 0 and _capital(units[j - 1]) and not place
        j -= 1
    return False


def _in_place_step(units: list[_Unit], end: int, head: _Unit | None = None) -> int:
    """``in <place>`` after an organisation word that takes it (``Japanese Embassy in Vietnam``), or
    after a name whose ``head`` takes it."""
    head, after = head or units[end], units[end + 2] if end + 2 < len(units) else None
    takes_in = head.label == "orghead_en" and head.known.canonical in _TAI_HEADS
    return 2 if takes_in and units[end + 1].text == "in" and after is not None and after.label == "LOC" else 0


def _number_step(units: list[_Unit], end: int) -> int:
    """``No.`` and a number after a name: the name's number (``Power Construction Joint Stock Company No. 1``),
    as ``số`` is in Vietnamese."""
    if units[end].text != "No" or end + 2 >= len(units):
        return 0
    stop, number = units[end + 1], units[end + 2]
    return 2 if stop.text == "." and stop.start == units[end].end and number.text.isdigit() else 0


_RIGHT_STEPS = (
    _name_word_step,
    _number_step,
    _connector_step,
    _legal_form_step,
    _possessive_step,
    _field_list_step,
    _in_place_step,
)


def _vi_name_at(units: list[_Unit], k: int) -> bool:
    """Do two to four plain capitalised words from ``k`` form a Vietnamese personal name (an English
    name run stops before it: ``... Technology Bui Hoang Phuong``)?"""
    for n in (4, 3, 2):
        words = units[k : k + n]
        if len(words) == n and all(_plain_capital(w) for w in words) and _is_vi_name([w.text for w in words]):
            return True
    return False


def _office_field(units: list[_Unit], start: int, end: int) -> bool:
    """Is the English run ``start..end`` the field of an office named just before it, a list joined
    by ``and`` (``Minister of [Science and Technology]``), rather than an organisation?"""
    before = units[start - 2 : start]
    if len(before) < 2 or before[1].text != "of" or before[0].label != "TITLE":
        return False
    piece = units[start : end + 1]
    return any(u.text == "and" for u in piece) and _without_legal_form(piece) is piece


def _joins(units: list[_Unit], k: int) -> bool:
    """Does the connector at ``k`` join two parts of one English name? ``and`` does only after an
    ``of`` or ``for`` in the same run (``Ministry of Economy, Trade and Industry``, ``University of Science and
    Technology``); otherwise it joins two names (``Sumitomo and SBI Holdings`` are two)."""
    return units[k].text != "and" or _joins_after_of(units, k - 1)
