"""Rule "gazetteer": known organisations and places (``helpers/data/gazetteer.csv``).

A known name is a mention with its canonical name (``Japan`` -> ``Nhật Bản``); a company followed
by a country is its subsidiary (``FPT Nhật Bản``); ``bà Nga`` is a person called Nga, not Russia.
"""

from __future__ import annotations

import unicodedata

from ...cache import memoize
from ..lexicon import _PLACE_KINDS_EN, Phrase, _Entry, _gazetteer, _is_romaji_name, _is_vi_name, _key, _words
from ..units import _Candidate, _claim, _group_name_end, _Mention, _mention, _span_text, _Unit


def phrases() -> list[Phrase]:
    """Every organisation and place alias of the gazetteer, matched with its exact case, and its
    punctuation variants (:func:`variants`: ``TP.HCM`` is also ``TP HCM``); an alias that opens in lower case
    also with a capital, as a sentence or a title opens it (``châu Á - Thái Bình Dương``; round 19 of issue 14)."""
    return [
        (key, False, _Entry(row.label, row.kind, row.canonical, row.country))
        for row in _gazetteer().itertuples()
        if row.label in ("ORG", "LOC")
        for alias in dict.fromkeys((row.alias, row.alias[:1].upper() + row.alias[1:]))
        for key in variants(_key(_words(alias)), unaccented=row.label == "LOC" and row.country == "VN")
        + _as_a_word(alias)
    ]


def _as_a_word(alias: str) -> list[tuple[str, ...]]:
    """An acronym of four letters or more written as a word, as some English outlets write them (``JICA``
    -> ``Jica``, ``ASEAN`` -> ``Asean``, ``UNICEF`` -> ``Unicef``); [] for any other alias.

    >>> _as_a_word("UNICEF"), _as_a_word("FPT"), _as_a_word("Hà Nội")
    ([('Unicef',)], [], [])
    """
    return [(alias.capitalize(),)] if alias.isalpha() and alias.isupper() and len(alias) >= 4 else []


_DASHES = ("-", "–", "—")


def variants(key: tuple[str, ...], unaccented: bool = False) -> list[tuple[str, ...]]:
    """A known name's word tuple as writers vary it: with or without its inner full stops, with any
    kind of dash between two names (``Bà Rịa - Vũng Tàu`` / ``Bà Rịa – Vũng Tàu``) and, if
    ``unaccented`` and the name has two words or more, without its diacritics, as English texts
    write Vietnamese places (``Hưng Yên`` / ``Hung Yen``), and a two-syllable name also in one word
    (``Haiphong``, ``Danang``).

    >>> variants(("TP", ".", "HCM"))
    [('TP', '.', 'HCM'), ('TP', 'HCM')]
    >>> len(variants(("Bà", "Rịa", "-", "Vũng", "Tàu")))
    3
    >>> variants(("Hưng", "Yên"), unaccented=True)
    [('Hưng', 'Yên'), ('Hung', 'Yen'), ('Hungyen',)]
    """
    found = [key]
    bare = tuple(_unaccented(w) for w in key)
    if unaccented and len([w for w in key if w.isalnum()]) > 1 and bare != key:
        found.append(bare)
    if unaccented and len(bare) == 2 and all(w.isalpha() for w in bare):
        found.append((bare[0] + bare[1].lower(),))  # Hải Phòng / Haiphong, Đà Nẵng / Danang
    if "." in key[1:-1]:
        found.append(tuple(w for k, w in enumerate(key) if not (w == "." and 0 < k < len(key) - 1)))
    return _with_any_dash(found)


def _with_any_dash(keys: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``keys`` and, for each, the same words with every dash written as each kind of dash."""
    found = list(keys)
    for dash in _DASHES:
        for k in list(found):
            swapped = tuple(dash if w in _DASHES else w for w in k)
            if swapped not in found:
                found.append(swapped)
    return found


def _unaccented(word: str) -> str:
    """A word without its diacritics, case kept (``Đồng`` -> ``Dong``)."""
    word = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in word if not unicodedata.combining(c))


@memoize(maxsize=1)
def _known() -> dict[tuple[str, ...], _Entry]:
    table: dict[tuple[str, ...], _Entry] = {}
    for key, _, entry in phrases():
        table.setdefault(key, entry)
    return table


def known_canonical(text: str, rules: frozenset[str]) -> str:
    """The canonical name of a known organisation or place written ``text``, also with a comma before its last
    words, as English writes a university's seat (``Vietnam National University, Hanoi``); ``""`` if none or rule
    off.

    >>> known_canonical("Vietnam National University, Hanoi", frozenset({"gazetteer"}))
    'Đại học Quốc gia Hà Nội'
    """
    if "gazetteer" not in rules:
        return ""
    key = _key(_words(text))
    entry = _known().get(key) or (_known().get(tuple(w for w in key if w != ",")) if "," in key[1:-1] else None)
    return entry.canonical if entry else ""


def as_listed(text: str) -> str:
    """A known name written in any case, as the gazetteer lists it (``tp.hcm`` -> ``TP.HCM``, ``BỘ CÔNG THƯƠNG`` ->
    ``Bộ Công Thương``), else ``""``; for a masthead in capitals (round 19 of issue 14).

    >>> as_listed("tp.hcm"), as_listed("bộ công thương"), as_listed("Nikkei")
    ('TP.HCM', 'Bộ Công Thương', '')
    """
    return _listed_folded().get(text.casefold(), "")


@memoize(maxsize=1)
def _listed_folded() -> dict[str, str]:
    table: dict[str, str] = {}
    for alias in _gazetteer().alias:
        table.setdefault(alias.casefold(), alias)
    return table


def known_company(word: str) -> bool:
    """Is ``word`` the name of a company the gazetteer knows (``Toyota``)?

    >>> known_company("Toyota"), known_company("Boshoku")
    (True, False)
    """
    entry = _known().get(_key(_words(word)))
    return entry is not None and entry.label == "ORG" and entry.kind == "company"


def known_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer knows, written as it lists it (``Vĩnh Phúc``, ``Tokyo``)?

    >>> known_place("Vĩnh Phúc"), known_place("Nikkei")
    (True, False)
    """
    entry = _known().get(_key(_words(name)))
    return entry is not None and entry.label == "LOC"


def known_region(word: str) -> bool:
    """Is ``word`` the name of a country or region the gazetteer knows (``Asia``, ``Vietnam``)?

    >>> known_region("Asia"), known_region("Tokyo"), known_region("Nikkei")
    (True, False, False)
    """
    entry = _known().get(_key(_words(word)))
    return entry is not None and entry.label == "LOC" and entry.kind in ("country", "region")


def clipped(words: list[str]) -> bool:
    """A clipped country name used as an adjective: ``Việt`` (Việt Nam), ``Nhật`` (Nhật Bản)."""
    return len(words) == 1 and words[0] in _country_heads()


@memoize(maxsize=1)
def _country_heads() -> frozenset[str]:
    """First words of the countries' names of several words, each word capitalised (``Nhật`` of ``Nhật Bản``;
    not ``Nhà`` of ``Nhà nước Palestine``: a description, whose first word is a common noun)."""
    g = _gazetteer()
    names = g[(g.kind == "country") & g.alias.str.contains(" ")].alias
    return frozenset(name.split()[0] for name in names if all(w[:1].isupper() for w in name.split()))


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """A run in capitals that the gazetteer knows written in ordinary case, as section labels and datelines
    write names (``SOUTHEAST ASIA`` -> ``Đông Nam Á``, ``VIETNAM``); not a short acronym (three letters or fewer)."""
    text = " ".join(c.words)
    entry = _known().get(_key(_words(text.title()))) if text.isupper() and len(text) > 3 else None
    if entry is None or entry.label not in ("ORG", "LOC"):
        return None
    m = _mention(c, entry.label)
    m.canonical = entry.canonical
    return m


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Known organisations and places; a company followed by a country is its subsidiary (FPT Nhật
    Bản), a foreign agency followed by a city its office (JETRO Hà Nội); a company followed by other
    capitalised words another company of its group (``Mitsubishi Motors``); a place followed by an English
    kind of place keeps it in its span (``Mie Prefecture``)."""
    for i, u in enumerate(units):
        if u.claimed or u.label not in ("ORG", "LOC"):
            continue
        if _honoured_person(units, i) or _given_name(units, i) or _japanese_name(units, i):
            u.kind, u.entry = "word", None  # "bà Nga", "Nguyen Thi Nga": a person called Nga, not Russia
        else:
            _claim_known(units, i, lang, rules, out)


def _claim_known(units: list[_Unit], i: int, lang: str, rules: frozenset[str], out: list[_Mention]) -> None:
    """Claim the known name at ``i`` with what goes with it (see :func:`claim`)."""
    u, nxt = units[i], units[i + 1] if i + 1 < len(units) else None
    if nxt is not None and (_subsidiary(u, nxt) or _office(u, nxt)):
        _claim([u, nxt], u.label, f"{u.known.canonical} {nxt.known.canonical}", out)
    elif _office_at(units, i):  # JETRO tại Hà Nội: its office there, named as JETRO Hà Nội (round 22 of issue 14)
        _claim(units[i : i + 3], "ORG", f"{u.known.canonical} {units[i + 2].known.canonical}", out)
    elif (body := _country_body(units, i)) is not None:
        _claim(*body, out)
    elif u.known.kind == "company" and (end := _group_name_end(units, i, lang)) > i:
        _claim(units[i : end + 1], "ORG", _group_name(units[i : end + 1], rules), out)
    elif nxt is not None and u.label == "LOC" and nxt.text in _PLACE_KINDS_EN and nxt.start == u.end + 1:
        _claim([u, nxt], "LOC", u.known.canonical, out)  # Mie Prefecture: Mie
    else:
        _claim([u], u.label, u.known.canonical, out)


def _honoured_person(units: list[_Unit], i: int) -> bool:
    """A one-word place right after an honorific, no capitalised word after it: ``bà Nga`` is a person."""
    u, prev = units[i], units[i - 1] if i else None
    nxt = units[i + 1] if i + 1 < len(units) else None
    if u.label != "LOC" or prev is None or not prev.entry or prev.entry.kind != "honorific":
        return False
    return len(u.text.split()) == 1 and not (nxt and nxt.kind == "word" and nxt.text[:1].isupper())


def _group_name(piece: list[_Unit], rules: frozenset[str]) -> str:
    """A group company's name as known, else as written with a closing country by its canonical
    name, as the course names a company's unit for a country (``Toyota Motor Vietnam`` -> ``Toyota
    Motor Việt Nam``)."""
    text, last = _span_text(piece), piece[-1]
    if known := known_canonical(text, rules):
        return known
    return f"{_span_text(piece[:-1])} {last.known.canonical}" if last.label == "LOC" else text


def _given_name(units: list[_Unit], i: int) -> bool:
    """A one-word place that ends a Vietnamese personal name, written one space after the family
    and middle names (``Nguyen Thi Nga``: a woman called Nga, not Russia), also after an acronym
    written one space before them (``Chủ tịch VJBA Vũ Hoàng Đức``)."""
    u = units[i]
    if u.label != "LOC" or len(u.text.split()) != 1:
        return False
    k = i
    while (
        k > 0
        and units[k - 1].kind == "word"
        and units[k - 1].text[:1].isupper()
        and units[k].start == units[k - 1].end + 1
    ):
        k -= 1
    words = [w for x in units[k : i + 1] for w in x.text.split()]
    # two names before it (Đoàn Nga may be a delegation), after whatever comes first (VJBA Vũ Hoàng Đức)
    return any(_is_vi_name(words[j:]) for j in range(len(words) - 2))


def _japanese_name(units: list[_Unit], i: int) -> bool:
    """A one-word Japanese place written one space before or after a plain romanised word, the two a
    Japanese personal name (``Ishikawa Isamu``, ``Isamu Ishikawa``: a man, not Ishikawa Prefecture); not after a
    place word (``tỉnh Gunma Yamamoto Ichita``) nor among places (``to Fukuoka, Osaka Kansai``: a city and its
    airport)."""
    u = units[i]
    if u.label != "LOC" or u.known.country != "JP" or u.known.kind not in ("province", "city") or " " in u.text:
        return False
    if i > 0 and units[i - 1].label == "locintro":
        return False  # tỉnh Gunma Yamamoto Ichita: the prefecture, then its governor
    if _among_places(units, i):
        return False  # to Fukuoka, Osaka Kansai, Nagoya: a city and its airport, among places
    pairs = ([(units[i - 1], u)] if i else []) + ([(u, units[i + 1])] if i + 1 < len(units) else [])
    return any(
        (b if a is u else a).kind == "word" and b.start == a.end + 1 and _is_romaji_name([a.text, b.text])
        for a, b in pairs
    )


def _among_places(units: list[_Unit], i: int) -> bool:
    """Does the word pair at ``i`` and ``i + 1`` stand among places: after a place and ``,``/``and``/a dash, before
    ``,``/``and`` and a place, or after a word for going somewhere (``flies to Osaka Kansai``)?"""
    joins = (",", "and", "và", "-", "–")
    before = units[i - 1].text if i > 0 else ""
    placed_before = i > 1 and before in joins and units[i - 2].label == "LOC"
    after = units[i + 2 : i + 4]
    placed_after = len(after) == 2 and after[0].text in joins and after[1].label == "LOC"
    return placed_before or placed_after or before in _GOING_TO


#: Words after which a city and the word after it are a destination (a city and its airport), no person.
_GOING_TO = frozenset({"to", "from", "via", "between", "đến", "tới", "từ"})


def _country_body(units: list[_Unit], i: int) -> tuple[list[_Unit], str, str] | None:
    """A Vietnamese state body known by its bare name, named with the country it belongs to: another country right
    after it (:func:`_foreign_counterpart`), after ``of`` (:func:`_of_country`) or as an owner before it
    (:func:`_foreign_owner`): its units, label and canonical name; None if no country names it."""
    u, nxt = units[i], units[i + 1] if i + 1 < len(units) else None
    if nxt is not None and _foreign_counterpart(u, nxt):
        return [u, nxt], "ORG", f"{u.known.canonical} {nxt.known.canonical}"
    if (country := _of_country(units, i)) is not None:
        own = country.known.country == u.known.country  # Ministry of Finance of Viet Nam: Bộ Tài chính
        return units[i : i + 3], "ORG", u.known.canonical if own else f"{u.known.canonical} {country.known.canonical}"
    if (owner := _foreign_owner(units, i)) is not None:
        return [u], "ORG", f"{u.known.canonical} {owner.known.canonical}"
    return None


def _foreign_counterpart(u: _Unit, nxt: _Unit) -> bool:
    """A Vietnamese state body known by its bare name followed, one space on, by another country:
    that country's body of the same name (``Bộ Tài chính Nhật Bản``, ``Quốc hội Nhật Bản``), named by
    the body's and the country's canonical names, not Việt Nam's (``Bộ Tài chính``)."""
    if u.label != "ORG" or u.known.country != "VN" or u.known.kind not in _STATE_KINDS or " " not in u.text:
        return False
    country = nxt.label == "LOC" and not nxt.claimed and nxt.known.kind == "country"
    return country and nxt.known.country != "VN" and nxt.start == u.end + 1


def _of_country(units: list[_Unit], i: int) -> _Unit | None:
    """The country named after ``of`` right after a Vietnamese state body known by its bare English name: the body's
    own (``Ministry of Finance of Viet Nam``) or another country's of the same name (``Ministry of Finance of
    Japan``: ``Bộ Tài chính Nhật Bản``, as :func:`_foreign_counterpart` names it); else None."""
    u = units[i]
    if i + 2 >= len(units) or u.label != "ORG" or u.known.country != "VN" or u.known.kind not in _STATE_KINDS:
        return None
    of, country = units[i + 1], units[i + 2]
    named = of.text == "of" and country.label == "LOC" and not country.claimed and country.known.kind == "country"
    return country if named and " " in u.text and country.start == of.end + 1 == u.end + 4 else None


def _foreign_owner(units: list[_Unit], i: int) -> _Unit | None:
    """The other country whose possessive comes right before a Vietnamese state body known by its
    bare English name (``Japan's Ministry of Finance``: Japan's ministry, named ``Bộ Tài chính Nhật Bản``
    as the gazetteer names Japan's ministries), else None."""
    u = units[i]
    if i < 3 or u.label != "ORG" or u.known.country != "VN" or u.known.kind not in _STATE_KINDS:
        return None
    owner, mark, s = units[i - 3 : i]
    possessive = mark.text in ("'", "’") and s.text == "s" and owner.end == mark.start
    foreign = owner.label == "LOC" and owner.known.kind == "country" and owner.known.country != "VN"
    return owner if possessive and foreign else None


#: Gazetteer kinds of a country's own state bodies (a ministry, the National Assembly).
_STATE_KINDS = ("ministry", "agency")


def _subsidiary(u: _Unit, nxt: _Unit) -> bool:
    """A company followed, one space on, by a country: its subsidiary there (``FPT Nhật Bản``)."""
    if u.known.kind != "company" or nxt.label != "LOC" or nxt.claimed:
        return False
    return nxt.known.kind == "country" and nxt.start == u.end + 1


def _office_at(units: list[_Unit], i: int) -> bool:
    """A foreign agency at ``i``, ``tại`` and a city or another country: its office there, as the guideline names
    ``Văn phòng JICA tại Việt Nam`` (``JETRO tại Hà Nội`` -> ``JETRO Hà Nội``)."""
    return i + 2 < len(units) and units[i + 1].text == "tại" and _office_place(units[i], units[i + 2])


def _office(u: _Unit, nxt: _Unit) -> bool:
    """A foreign agency followed, one space on, by a city or another country, or an international organisation by a
    country: its office there (``JETRO Hà Nội``, ``JICA Việt Nam``, ``UNICEF Viet Nam``; not ``JICA Nhật Bản``, the
    agency and its own country, nor ``G7 Hiroshima``, a summit's city)."""
    return nxt.start == u.end + 1 and _office_place(u, nxt)


def _office_place(u: _Unit, place: _Unit) -> bool:
    """Is ``u`` a foreign agency and ``place`` a free city or another country, where it may have an office?"""
    foreign = u.known.kind == "agency" and u.known.country not in ("", "VN")
    if not (foreign or u.known.kind == "international") or place.label != "LOC" or place.claimed:
        return False
    return place.known.kind == "country" if u.known.kind == "international" else _free_place(u, place)


def _free_place(u: _Unit, place: _Unit) -> bool:
    """Is ``place`` a city, or a country other than the agency's own?"""
    return place.known.kind == "city" or place.known.country != u.known.country
