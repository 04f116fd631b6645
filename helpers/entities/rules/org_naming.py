"""Naming organisations built on an organisation word (rule "patterns", taught in lesson 03).

:func:`_org_canonical` gives such an organisation its canonical name: the first name one of
:data:`_NAMERS` gives (a known name, an agency's office, a university as the course names it, a
company without its company word or legal form, a foreign bank, a closing acronym), else the name as
written. Also the legal-form helpers the name extents in :mod:`.patterns` use. Imports nothing from
:mod:`.patterns` (it imports from here).
"""

from __future__ import annotations

from ... import vocabulary
from ...cache import memoize
from ..lexicon import (
    _ACRONYM,
    _COMPANY_HEADS,
    _LEGAL_FORMS_VI,
    _VI_SYLLABLE,
    _plain,
    _retone,
    closing_forms_start,
)
from ..units import _span_text, _Unit
from .districts import spelling
from .gazetteer import _subsidiary, known_canonical


def _org_canonical(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """An organisation's canonical name: the first name one of :data:`_NAMERS` gives, else the
    name as written (in new-style tone placement)."""
    for namer in _NAMERS:
        if name := namer(piece, head, rules, aliases):
            return name
    return _retone(_span_text(piece))


def _known_name(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """The name the article (a ``Full Name (ACRONYM)`` pair) or the gazetteer already gives it."""
    text = _span_text(piece)
    return aliases.get(_retone(text)) or known_canonical(text, rules)


def _university_name(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A university by its Vietnamese name, as the course names them (``FPT University`` -> ``Đại học FPT``,
    ``University of Idaho`` -> ``Đại học Idaho``)."""
    if head.text != "University" or len(piece) < 2:
        return ""
    if translated := _translated_university(piece, head):
        return known_canonical(translated, rules) or translated
    if piece[0] is head and piece[1].text == "of" and len(piece) == 3:  # University of Idaho
        name = "Đại học " + (_place_name(piece[2:]) or piece[2].text)
    elif piece[-1] is head:  # a place by its own name (Can Tho University -> Đại học Cần Thơ)
        name = "Đại học " + (_place_name(piece[:-1]) or _span_text(piece[:-1]))
    else:
        return ""
    return known_canonical(name, rules) or name


def _place_name(units: list[_Unit]) -> str:
    """The Vietnamese name of the place ``units`` write, if they are one: a known place's canonical name or a
    district's spelling (``Da Nang`` -> ``Đà Nẵng``, ``Ha Long`` -> ``Hạ Long``: :func:`.districts.spelling`), else
    ``""``; the place a university is named for (session 13 of issue 14: ``University of Da Nang`` was ``Đại học Da
    Nang``)."""
    if len(units) == 1 and units[0].label == "LOC":
        return units[0].known.canonical
    return spelling(_span_text(units))


def _translated_university(piece: list[_Unit], head: _Unit) -> str:
    """An English university's name in Vietnamese when every word is a place, a proper name or a word for its
    kind (``helpers/data/university_words.csv``): subjects first, then the owner's kind before the place
    (``Kyoto Prefectural University of Medicine`` -> ``Đại học Y khoa tỉnh Kyoto``); ``""`` otherwise.

    >>> def units(s): return [_Unit(0, 0, w, "lex" if w == "University" else "word") for w in s.split()]
    >>> nara, idaho = units("Nara Medical University"), units("University of Idaho")
    >>> _translated_university(nara, nara[2]), _translated_university(idaho, idaho[0])
    ('Đại học Y khoa Nara', '')
    """
    at = next((k for k, u in enumerate(piece) if u is head), 0)
    after = piece[at + 1 :]
    if after and after[0].text != "of":
        return ""
    said = _university_words_said([*piece[:at], *after[1:]])
    if not said or not (said["field"] or said["place"]):
        return ""
    return " ".join(["Đại học", *said["field"], *said["place"], *said["name"]])


def _university_words_said(words: list[_Unit]) -> dict[str, list[str]]:
    """The Vietnamese words for a university's English words, by position (``field``, ``place``, ``name``: a place
    or another capitalised word); ``{}`` when a word is neither a kind's word nor a name."""
    table = _university_words()
    said: dict[str, list[str]] = {"field": [], "place": [], "name": []}
    k = 0
    while k < len(words):
        n = next((n for n in (3, 2, 1) if k + n <= len(words) and _span_text(words[k : k + n]) in table), 0)
        if n:
            vietnamese, position = table[_span_text(words[k : k + n])]
            said[position].append(vietnamese)
        elif words[k].label == "LOC" or (words[k].kind == "word" and words[k].text[:1].isupper()):
            said["name"].append(words[k].known.canonical if words[k].label == "LOC" else words[k].text)
        else:
            return {}
        k += n or 1
    return said


@memoize(maxsize=None)
def _university_words() -> dict[str, tuple[str, str]]:
    """English words for a university's kind -> (Vietnamese words, position): ``helpers/data/university_words.csv``."""
    return {r["english"]: (r["vietnamese"], r["position"]) for r in vocabulary.rows("university_words.csv")}


def _known_group_unit(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A known company's group company for a country, named as the course names a known company's unit:
    the country by its canonical name (``Toyota Tsusho Vietnam`` -> ``Toyota Tsusho Việt Nam``)."""
    first, last = piece[0], piece[-1]
    known = first.label == "ORG" and first.known.kind == "company" and last.label == "LOC"
    country = known and last.known.kind == "country" and len(piece) > 2
    return f"{_span_text(piece[:-1])} {last.known.canonical}" if country else ""


def _agency_office(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A foreign agency's office, named by the agency and its place however it is written (``Văn phòng JICA
    Việt Nam``, ``Văn phòng JICA tại Việt Nam``, ``JICA Vietnam Office`` -> ``JICA Việt Nam``), as
    ``JETRO Hà Nội`` is (the gazetteer rule)."""
    if head.text not in ("Văn phòng", "Office"):
        return ""
    named = [u for u in piece if u.label in ("ORG", "LOC") and u.kind == "lex"]
    if len(named) != 2 or not (named[0].label, named[1].label) == ("ORG", "LOC"):
        return ""
    agency, place = named
    foreign = agency.known.kind == "agency" and agency.known.country not in ("", "VN")
    return f"{agency.known.canonical} {place.known.canonical}" if foreign else ""


def _vietnamese_university(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A Vietnamese university or college without the word for a school before it, as the course names
    universities (``Trường Đại học Vinh`` -> ``Đại học Vinh``, ``Trường Cao đẳng nghề Phú Thọ`` -> ``Cao đẳng nghề
    Phú Thọ``)."""
    text = _retone(_span_text(piece))
    for short, kind in _SCHOOL_ABBREVIATIONS.items():
        if text.startswith(f"Trường {short} "):
            text = f"Trường {kind} " + text[len(f"Trường {short} ") :]
    school = next((p for p in _SCHOOLS if text.startswith(p)), "")
    name = text[len("Trường ") :] if school and len(text) > len(school) else ""
    return (known_canonical(name, rules) or name) if name else ""


#: Schools of higher education, named without the word for a school (``Trường Cao đẳng Y tế Phú Thọ`` ->
#: ``Cao đẳng Y tế Phú Thọ``), as the guideline names universities.
_SCHOOLS = ("Trường Đại học ", "Trường đại học ", "Trường Cao đẳng ", "Trường cao đẳng ")
#: The usual abbreviations of the kinds of school, written out in a name (``Trường ĐH Kinh tế`` -> ``Đại học Kinh
#: tế``; session 13 of issue 14).
_SCHOOL_ABBREVIATIONS = {"ĐH": "Đại học", "CĐ": "Cao đẳng"}


def _name_without_legal_form(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """An English name without its legal form (``Kioxia Corp.`` -> ``Kioxia``), as known if it is."""
    bare = _without_legal_form(piece) if head.label == "orghead_en" else piece
    if bare is piece:
        return ""
    text = _span_text(bare)
    return aliases.get(text) or known_canonical(text, rules) or text


def _company_after_head(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """The company a Vietnamese company word names, past legal forms and further company words:
    a known company (``Tập đoàn Viettel`` -> Viettel), its unit for a country (``Công ty FPT Japan``
    -> ``FPT Nhật Bản``), else the words as written (``Công ty TNHH Becamex Tokyu`` -> ``Becamex Tokyu``;
    ``Công ty Thang máy Mitsubishi`` -> ``Thang máy Mitsubishi``: a known group's company for one trade)."""
    if head.label != "orghead" or head.known.canonical not in _COMPANY_HEADS or len(piece) < 2:
        return ""
    rest = _without_legal_form(piece[1 + _legal_words(piece[1:]) :])  # Tập đoàn Sumitomo Corporation: Sumitomo
    if not rest:
        return ""  # company words alone (Công ty Cổ phần Tập đoàn): no name
    if len(rest) == 2 and rest[0].label == "ORG" and rest[1].label == "LOC" and _subsidiary(rest[0], rest[1]):
        return f"{rest[0].known.canonical} {rest[1].known.canonical}"
    if rest and rest[-1].label == "ORG":
        group_company = len(rest) > 1 and rest[-1].known.kind == "company"  # Thang máy Mitsubishi: its elevator firm
        return " ".join(_span_text(rest).split()) if group_company else rest[-1].known.canonical
    brand = _brand_tail(rest)
    return " ".join(_span_text(rest[len(rest) - brand :]).split())


def _brand_tail(rest: list[_Unit]) -> int:
    """How many closing units of a company's name are its foreign brand after Vietnamese words of its
    trade or country (``Chứng khoán Vietcap``, ``Việt Nam Nisshin Seifun``): the company is named by the
    brand (the words before it written with Vietnamese letters and no proper name, or a known place written in
    Vietnamese: not ``Japan Post Maintenance``); all of
    ``rest`` when its words are all foreign or all Vietnamese (``Becamex Tokyu``, ``Sun Asterisk``, ``Ô tô Trường
    Hải``) or a known place closes it (``Điện lực Tokyo``), or a foreign word comes before the Vietnamese ones
    (``Nikkiso Việt Nam MFG``: one foreign name with its country inside)."""
    k = len(rest)
    while k > 0 and (rest[k - 1].kind == "word" or rest[k - 1].label == "ORG") and _foreign_words(rest[k - 1]):
        k -= 1
    before = rest[k - 1] if 0 < k < len(rest) else None
    trade = before is not None and not before.text.isascii() and before.pos != "Np"  # not Sun Asterisk, Tuấn Kiệt HD
    place = before is not None and before.label == "LOC" and not _foreign_words(before)  # not Japan (Japan Tobacco)
    vietnamese = place or trade
    foreign_first = any(x.kind == "word" and _foreign_words(x) for x in rest[: k - 1])
    return len(rest) - k if vietnamese and not foreign_first else len(rest)


def _foreign_words(x: _Unit) -> bool:
    """A capitalised unit of words that are no Vietnamese syllables (``Nisshin Seifun``, ``Vietcap``, ``SSI``)."""
    words = x.text.split()
    return all(w[:1].isupper() and not _VI_SYLLABLE.match(_plain(w)) for w in words)


def _legal_words(rest: list[_Unit]) -> int:
    """How many units at the start of ``rest`` are legal forms or company words (``TNHH``, ``Cổ phần
    Tập đoàn`` in ``Công ty Cổ phần Tập đoàn Thiên Long``)."""
    k = 0
    while k < len(rest) and (_company_word(rest[k]) or _legal_form(rest[k])):
        k += 1
    return k


def _legal_form(x: _Unit) -> bool:
    return x.kind == "word" and all(w in _LEGAL_FORMS_VI for w in x.text.split())


def _company_word(x: _Unit) -> bool:
    return x.label == "orghead" and x.known.canonical in _COMPANY_HEADS


def _closing_acronym(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A closing acronym names the organisation (``Trung tâm nghiên cứu VDEC`` -> VDEC) when names are resolved, not
    one that closes a proper name, after a capitalised word (``Yokohama FC``, ``Bank of Tokyo Mitsubishi UFJ``), nor
    a number's code (``Trường Tiểu học Mong Thọ A1``).

    >>> def units(s): return [_Unit(0, 0, w, "word") for w in s.split()]
    >>> [_closing_acronym(units(s), units(s)[0], frozenset({"resolve"}), {}) for s in ("Viện nghiên cứu VDEC",
    ...     "Yokohama FC", "Mong Thọ A1", "Viện VDEC")]
    ['VDEC', '', '', '']
    """
    last, before = piece[-1], piece[-2] if len(piece) > 1 else None
    proper = before is not None and before.text[:1].isupper() and before.label != "orghead"  # not Trung tâm VDEC
    acronym = _ACRONYM.match(last.text) and last.text.isalpha() and not proper
    return last.text if acronym and "resolve" in rules and last.kind == "word" else ""


def _foreign_bank(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """A bank with a foreign name is named by it, as a company is without its company word (``Ngân
    hàng Mizuho`` -> ``Mizuho``); a Vietnamese one keeps its word (``Ngân hàng Trung ương Nhật Bản``)."""
    words = [w for u in piece[1:] for w in u.text.split()]
    foreign = words and not any(_VI_SYLLABLE.match(_plain(w)) for w in words)
    return " ".join(words) if head.text == "Ngân hàng" and head is piece[0] and foreign else ""


#: The ways to name an organisation built on an organisation word, tried in this order.
_NAMERS = (
    _known_name,
    _agency_office,
    _known_group_unit,
    _university_name,
    _vietnamese_university,
    _name_without_legal_form,
    _company_after_head,
    _foreign_bank,
    _closing_acronym,
)


def _without_legal_form(piece: list[_Unit]) -> list[_Unit]:
    """An English name without its closing legal forms and their punctuation (``Kioxia Corp`` ->
    ``Kioxia``, ``Mitsui & Co.`` -> ``Mitsui``, ``BRG Group Joint Stock Co.`` -> ``BRG``), not after an
    adjective a name cannot end in (``Mizuho Financial Group``), by
    :func:`~helpers.entities.lexicon.closing_forms_start`;
    ``piece`` itself if none."""
    k = closing_forms_start([u.text for u in piece])
    return piece[:k] if k < len(piece) else piece
