"""Rule "datelines": the words that open a news report name a place or an outlet, never a person.

A sentence that starts with words written all in capitals followed by a dash (``HÀ NỘI —``,
``HANOI --``), by a comma and a month (``TOKYO, May 27``) or, for a known place, by a colon (``TOKYO:``)
opens with a dateline: the capitals are
a place, named as the gazetteer names it (``HANOI`` -> ``Hà Nội``) or, when it is two words or
more, as written in title case; capitals that start with ``THE`` are the outlet's own name
(``THE HANOI TIMES —`` -> ORG ``The Hanoi Times``). One unknown word in capitals is left alone: it
may be an outlet's tag (``TTO -``), which is an organisation. The words in brackets between the
dateline (or the start of the sentence) and the dash are the outlets that filed the report
(``(Kyodo) --``, ``Tokyo (TTXVN/Vietnam+) -``, ``(Dân trí) -``): one organisation per name
between slashes. A short first line of an English article, two to four capitalised words and nothing
else (``The Manila Times``, ``Rest of World``, ``JIJI PRESS``), is the outlet's masthead, an organisation;
so is a Vietnamese article's first line in capitals that opens with a word for a news outlet (``BÁO VĨNH
PHÚC - Kinh tế``, ``TẠP CHÍ ĐIỆN TỬ VÀ ỨNG DỤNG``) or for a body that publishes its own pages (``SỞ Y TẾ TỈNH
THÁI NGUYÊN``), named as Vietnamese spelling writes it
(``Báo Vĩnh Phúc``, ``Tạp chí Điện tử và Ứng dụng``). A Vietnamese credit line, ``Theo`` and names
between slashes and nothing else (``Theo Thu Trang/ĐTƯD``), names the writer, a person, and the outlets.
"""

from __future__ import annotations

import calendar
import itertools
import re

from ... import vocabulary
from ...cache import memoize
from ...languages import EN, VI
from ...text import stopwords, tokenize
from ..lexicon import (
    _ACRONYM,
    _CONNECT_EN,
    _LOC_HEADS,
    _LOC_INTROS,
    _LOWER_HEADS,
    _NAMESAKE_HEADS,
    _ORG_HEADS_VI,
    _VI_SYLLABLE,
    _is_romaji_name,
    _is_vi_name,
    _key,
    _plain,
    _words,
)
from ..units import _claim, _is_country, _Mention, _signed, _span_text, _Unit
from .brands import _mixed_case
from .districts import district
from .gazetteer import _known, as_listed, known_canonical, known_place
from .outlets import _outlet_words
from .titles import _vietnamese_syllables

_DASHES = {"-", "–", "—"}
_MONTHS = {name for name in (*calendar.month_name, *calendar.month_abbr) if name}


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """The masthead, the dateline's capitals (a place, or the outlet after ``THE``), then the outlets in brackets."""
    if lang == EN:
        _masthead(units, rules, out)
    else:
        _vi_masthead(units, rules, out)
        _credit_line(units, rules, out)
    _first_line_masthead(units, lang, rules, out)
    _dateline(units, rules, out)
    _outlet_tags(units, rules, out)


def _masthead(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """The article's first line, when it is two to four capitalised words (connectors between them)
    with at least one that is no known name, and no punctuation or digit: the outlet's masthead
    (``The Manila Times``, ``East Asia Forum``, ``Rest of World``; ``THE ASAHI SHIMBUN`` -> ``The Asahi
    Shimbun``), not the places inside it; a headline has more words, a section or date line other marks.
    One word is a masthead when it is shaped like a brand (``TechCrunch``, ``e27``, ``CNBC``), not like a
    section's name (``Business``)."""
    words = [w for u in units for w in u.text.split()]
    if _one_word_masthead(units, words):
        name = "".join(u.text for u in units)
        _claim(units, "ORG", known_canonical(name, rules) or _ordinary(name, EN), out)
    elif _short_first_line(units, words) and not _signed(units) and _names_an_unknown(units, words):
        name = _ordinary(" ".join(words), EN)
        _claim(units, "ORG", known_canonical(name, rules) or name, out)


def _first_line_masthead(units: list[_Unit], lang: str, rules: frozenset[str], out: list[_Mention]) -> None:
    """A Vietnamese article's first line, or its part before a colon, when no rule above claimed it: one to
    five words, capitalised (connectors aside) or a name's first syllable and no verb, no digit and no mark
    but ``&``, and no section's name (``Kinh tế``: ``helpers/data/section_names.txt``), timestamp, known
    place, writer's or person's name: the outlet's masthead (``PHỤ NỮ VIỆT NAM``, ``Giáo dục & Thời đại``),
    named as the gazetteer knows it, else in ordinary case (:func:`_ordinary`). In English, whose whole
    first lines :func:`_masthead` reads, only the name before a colon or a lower-case ``by`` (``JAPAN WIRE
    by KYODO``, ``Mongabay Series: Asian Coal``), of two to four words."""
    piece = _masthead_words(units)
    words = [w for u in piece for w in u.text.split()]
    if not piece or any(u.claimed for u in units) or _signed(units) or not _masthead_shape(piece, words, lang):
        return
    text = _span_text(piece)
    if not (len(piece) < len(units) if lang == EN else _vietnamese_masthead(piece, words, text)):
        return  # English: the line's name before a colon or "by" (JAPAN WIRE by KYODO); whole lines above
    name = _ordinary(text, lang, rules)
    _claim(piece, "ORG", known_canonical(text, rules) or _known_body(name, rules) or name, out)


def _masthead_shape(piece: list[_Unit], words: list[str], lang: str) -> bool:
    """One to five words (English: two to four, one of them no known name), no digit, no section's name,
    timestamp or known place."""
    text = " ".join(words)
    if not 1 <= len(words) <= 5 or not _digits_last(words) or section_or_stamp(text):
        return False
    english = 2 <= len(words) <= 4 and _names_an_unknown(piece, words)
    return not known_place(text.title()) and (lang != EN or english)


def _digits_last(words: list[str]) -> bool:
    """Do digits stand, if anywhere, only in the last of two words or more, a number of two or three digits that
    closes an outlet's name (``THỂ THAO 247``; not a year: ``NĂM 2025``)?

    >>> _digits_last(["THỂ", "THAO", "247"]), _digits_last(["PHỤ", "NỮ"]), _digits_last(["NĂM", "2025"])
    (True, True, False)
    """
    *first, last = words
    numbered = bool(first) and last.isdigit() and 2 <= len(last) <= 3
    return not any(c.isdigit() for c in "".join(first)) and (numbered or not any(c.isdigit() for c in last))


def _vietnamese_masthead(piece: list[_Unit], words: list[str], text: str) -> bool:
    """Capitalised words (connectors aside) or a name's first syllable and no verb, and no writer's or
    person's name (``Thanh Hà`` opens the text as its writer; ``Người Đưa Tin``, with a classifier and a verb, is
    no name)."""
    common = any(u.pos.startswith(("V", "Nc")) for u in piece)  # Người Đưa Tin: a classifier and a verb, no name
    writer = not text.isupper() and all(w[:1].isupper() for w in words) and _writer_name(text) and not common
    return not (writer or _is_vi_name(words) or _is_romaji_name(words)) and _capitalised(piece, words)


def _masthead_words(units: list[_Unit]) -> list[_Unit]:
    """The units of the text's first line before a colon or a lower-case ``by``; [] when the line does not
    open the text or has another mark (``Kinh tế > Công nghệ``, ``Tài chính - Ngân hàng``, ``Desk | Hanoi``)."""
    if not units or units[0].start != 0:
        return []
    end = next((k for k, u in enumerate(units) if u.text in (":", "by")), len(units))
    if any(u.kind == "punct" and u.text != "&" for u in units[:end]):
        return []
    return units[:end]


def _capitalised(piece: list[_Unit], words: list[str]) -> bool:
    """Are the Vietnamese words a name's: the first capitalised, and the others capitalised or connectors, or
    no verb among them (``PHỤ NỮ VIỆT NAM``, ``Giáo dục & Thời đại``, ``Nông nghiệp Việt Nam``)?"""
    if not words[0][:1].isupper():
        return False
    all_capitalised = all(w[:1].isupper() or w in _CONNECT_EN or w == "&" for w in words)
    return all_capitalised or not any(u.pos.startswith("V") for u in piece)


def _known_body(name: str, rules: frozenset[str]) -> str:
    """The canonical name of a known body a masthead names in other case, maybe with its country or place after it
    (``Bộ Công thương Việt Nam`` -> ``Bộ Công Thương``; round 19 of issue 14), else ``""``.

    >>> _known_body("Bộ Công thương Việt Nam", frozenset({"gazetteer"})), _known_body("Phụ nữ TP.HCM", frozenset())
    ('Bộ Công Thương', '')
    """
    words = name.split()
    for n in range(len(words), 0, -1):
        body, place = " ".join(words[:n]), " ".join(words[n:])
        if (not place or known_place(place)) and (known := known_canonical(as_listed(body), rules)):
            return known
    return ""


def _ordinary(name: str, lang: str, rules: frozenset[str] = frozenset({"gazetteer"})) -> str:
    """A masthead in capitals in ordinary case: Vietnamese spelling (:func:`vietnamese_case`) or title case,
    an English word of four capitals or fewer kept as an acronym (``CNBC``), a web address as one word
    (``INQUIRER.NET`` -> ``Inquirer.net``); any other name as written.

    >>> _ordinary("FORTUNE", EN), _ordinary("CNBC", EN), _ordinary("PHỤ NỮ VIỆT NAM", VI), _ordinary("Devex", EN)
    ('Fortune', 'CNBC', 'Phụ nữ Việt Nam', 'Devex')
    >>> _ordinary("INQUIRER.NET", EN)
    'Inquirer.net'
    """
    if not name.isupper() or (len(name) <= 4 and " " not in name):
        return name
    if _WEB_ADDRESS.fullmatch(name):
        return name.capitalize()
    return vietnamese_case(name, rules) if lang == VI else name.title()


def section_or_stamp(text: str) -> bool:
    """Is ``text`` a news section's name (``helpers/data/section_names.txt``; also section words before ``News``:
    ``Local News``, ``Corporate News``) or does it open with a timestamp's label (``Cập nhật ngày``, ``Published``:
    ``helpers/data/page_chrome.csv``)?"""
    names, stamps = _chrome_words()
    folded = text.casefold()
    qualified = folded.endswith(" news") and all(w in names for w in folded.split()[:-1])
    return folded in names or qualified or any(folded == s or folded.startswith(s + " ") for s in stamps)


@memoize(maxsize=1)
def _chrome_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Sections' names and timestamps' labels, case-folded."""
    names = frozenset(w.casefold() for w in vocabulary.words("section_names.txt"))
    return names, tuple(r["entry"].casefold() for r in vocabulary.rows("page_chrome.csv") if r["kind"] == "stamp")


def _one_word_masthead(units: list[_Unit], words: list[str]) -> bool:
    """Is the text's first line one word shaped like a brand: mixed case, letters and digits, four capitals or
    more that the gazetteer does not know as a place, two capitalised parts joined by a hyphen, one of them
    unknown (``KrASIA``, ``Splash247``, ``FORTUNE``, ``Eco-Business``, ``FoodNavigator-Asia``), or a web address
    (``INQUIRER.NET``; round 20 of issue 14)?

    >>> def line(s): return [_Unit(0, len(s), s, "word")]
    >>> [_one_word_masthead(line(w), [w]) for w in ("KrASIA", "e27", "FORTUNE", "Business", "HANOI", "INQUIRER.NET")]
    [True, True, True, False, False, True]
    """
    glued = all(a.end == b.start for a, b in itertools.pairwise(units))
    if not units or units[0].start != 0 or all(u.kind == "lex" for u in units if u.kind != "punct") or not glued:
        return False
    return _masthead_word(units, words, "".join(u.text for u in units))


def _masthead_word(units: list[_Unit], words: list[str], w: str) -> bool:
    """Is ``w``, the glued first line, a hyphened name of two capitalised parts, a web address, or one word
    shaped like a brand that the gazetteer does not know?"""
    if w.count("-") == 1:  # a hyphened name, both parts capitalised (Eco-Business, MARKETING-INTERACTIVE)
        return all(p[:1].isupper() and p.isalpha() for p in w.split("-")) and not section_or_stamp(w)
    if _WEB_ADDRESS.fullmatch(w):
        return True
    return len(words) == 1 and not any(u.kind == "lex" for u in units) and _brand_shaped(w)


#: A web address written as an outlet's name (``Inquirer.net``, ``VnExpress.net``, ``vasep.com.vn``, ``reNEWS.BIZ``).
_WEB_ADDRESS = re.compile(r"[^\W\d_][\w-]*(?:\.(?:com|net|org|info|asia|biz|news|tv|io|co|uk|vn|jp))+", re.IGNORECASE)


def _brand_shaped(w: str) -> bool:
    """Mixed case, letters and digits, or four capitals or more that name no place nor section (``KrASIA``,
    ``e27``, ``FORTUNE``; not ``HANOI``, ``POLICY``)."""
    digits = w.isalnum() and any(c.isdigit() for c in w) and w[:1].isalpha()
    capitals = w.isalpha() and w.isupper() and len(w) >= 4 and not known_place(w.title()) and not section_or_stamp(w)
    return _mixed_case(w) or digits or capitals


def _short_first_line(units: list[_Unit], words: list[str]) -> bool:
    """Is this the text's first line, of two to four words and no punctuation but an ``&`` between two of them
    (``Robotics & Automation News``; round 20 of issue 14)?"""
    marks = all(u.kind != "punct" or (u.text == "&" and 0 < k < len(units) - 1) for k, u in enumerate(units))
    return bool(units) and units[0].start == 0 and 2 <= len([w for w in words if w != "&"]) <= 4 and marks


def _names_an_unknown(units: list[_Unit], words: list[str]) -> bool:
    """Are the words capitalised (connectors aside; or a brand's mixed case: ``Nikkei xTECH``), digit-free, and
    is one of them no known name?"""
    capitalised = words[0][:1].isupper() and all(w[:1].isupper() or _mixed_case(w) or w in _CONNECT_EN for w in words)
    unknown = any(u.kind == "word" and u.text.lower() not in _CONNECT_EN for u in units)
    return capitalised and unknown and not any(c.isdigit() for w in words for c in w)


def _vi_masthead(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """The text's first line in capitals, alone or before a dash, when it opens with a word for a news
    outlet (``BÁO VĨNH PHÚC - Kinh tế``, ``TẠP CHÍ THÔNG TIN & TRUYỀN THÔNG``) or for a body that publishes its
    own pages (``SỞ NGOẠI VỤ TỈNH THANH HÓA``): the masthead, named as Vietnamese spelling writes it."""
    k = _capitals_name_end(units)
    if k == 0 or units[0].start != 0 or (k < len(units) and units[k].text not in _DASHES):
        return
    words = " ".join(u.text for u in units[:k]).lower()
    if " " in words and (any(words.startswith(w + " ") for w in _outlet_words()) or _opens_with_body_word(words)):
        name = vietnamese_case(words, rules)
        _claim(units[:k], "ORG", known_canonical(name, rules) or _known_body(name, rules) or name, out)


def _capitals_name_end(units: list[_Unit]) -> int:
    """How many units open the line in capitals as one name: across an ampersand (``THÔNG TIN & TRUYỀN THÔNG``)
    and across a dash with capitals to the line's end on both sides (``BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI``)."""
    k = _leading_capitals(units)
    while k + 1 < len(units) and units[k].text == "&" and (more := _leading_capitals(units[k + 1 :])):
        k += 1 + more
    rest = units[k + 1 :]
    return len(units) if 0 < k and rest and units[k].text in _DASHES and _leading_capitals(rest) == len(rest) else k


def _opens_with_body_word(words: str) -> bool:
    """Do lower-case Vietnamese words open with a whole organisation word (``sở y tế tỉnh thái nguyên``: the
    portal of the body that publishes the page; ``bộ trưởng``, a minister, opens with no such word)?

    >>> _opens_with_body_word("sở ngoại vụ tỉnh thanh hóa"), _opens_with_body_word("bộ trưởng nguyễn văn an")
    (True, False)
    """
    first = tokenize(words, VI, keep_terms=False)[:3]
    opening = {" ".join(first[:n]) for n in range(1, len(first) + 1)}
    return any(head.lower() in opening for head in _ORG_HEADS_VI)


def _credit_line(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """``Theo Thu Trang/ĐTƯD``: a line of ``Theo`` and capitalised names between slashes credits the
    writer (two to four Vietnamese syllables: a person; a known organisation or an acronym: an outlet)
    and the outlets after the first slash (organisations)."""
    body = units[:-1] if units and units[-1].text == "." else units
    if len(body) < 4 or body[0].text != "Theo" or "/" not in (u.text for u in body):
        return
    for n, part in enumerate(_slashed_names(body[1:])):
        text = _span_text(part)
        known = known_canonical(text, rules)
        label = "ORG" if n or known or _ACRONYM.match(text) else "PER" if _writer_name(text) else ""
        if label:
            _claim(part, label, known or text, out)


def _slashed_names(units: list[_Unit]) -> list[list[_Unit]]:
    """The names between slashes (``Thu Trang`` / ``ĐTƯD``), [] unless every unit is a free capitalised
    word or a slash and no name is empty."""
    parts: list[list[_Unit]] = [[]]
    for u in units:
        if u.text == "/":
            parts.append([])
        elif u.kind in ("word", "lex") and u.text[:1].isupper() and not u.claimed:
            parts[-1].append(u)
        else:
            return []
    return parts if all(parts) else []


def _writer_name(text: str) -> bool:
    """Two to four capitalised Vietnamese syllables (a writer's name, often without the family name)."""
    words = text.split()
    return 2 <= len(words) <= 4 and _vietnamese_syllables(words)


def vietnamese_case(name: str, rules: frozenset[str] = frozenset({"gazetteer"})) -> str:
    """A name written in capitals or lower case, as Vietnamese spelling writes a body's name: the first
    syllable of each word (underthesea's words) in capitals, every syllable of a known place or district, connectors
    (stopwords: ``và``, ``của``) and a word that introduces a known place (``tỉnh``) in lower case; an organisation
    word that opens the name as the organisation words write it (``Cổng thông tin điện tử``; round 18 of issue 14).

    >>> vietnamese_case("tạp chí điện tử và ứng dụng"), vietnamese_case("BÁO VĨNH PHÚC")
    ('Tạp chí Điện tử và Ứng dụng', 'Báo Vĩnh Phúc')
    >>> vietnamese_case("BÁO ĐIỆN BIÊN PHỦ"), vietnamese_case("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI")
    ('Báo Điện Biên Phủ', 'Cổng thông tin điện tử tỉnh Đồng Nai')
    >>> vietnamese_case("PHỤ NỮ TP.HCM"), vietnamese_case("CỔNG THÔNG TIN ĐIỆN TỬ BỘ XÂY DỰNG")
    ('Phụ nữ TP.HCM', 'Cổng thông tin điện tử Bộ Xây dựng')
    >>> vietnamese_case("SỞ NGOẠI VỤ THÀNH PHỐ HỒ CHÍ MINH")  # a known name across words: as listed
    'Sở Ngoại vụ Thành phố Hồ Chí Minh'
    """
    words = _split_at_head(tokenize(name.lower(), VI, keep_terms=False))
    words = _listed_runs(words) if "gazetteer" in rules else words
    places = ["gazetteer" in rules and (known_place(w.title()) or bool(district(w.title().split()))) for w in words]
    in_field = _in_field(words)
    out = []
    for i, word in enumerate(words):
        lower = i > 0 and (word in stopwords(VI) or (word in _LOC_INTROS and places[i + 1 : i + 2] == [True]))
        out.append(_cased(word, places[i], lower or in_field[i], rules))
    cased = _LANGUAGE.sub(lambda m: m.group(1) + m.group(2).upper(), " ".join(out))
    head = _opening_head(cased)
    return head + cased[len(head) :]


#: A language's name after tiếng, capitalised in any case (``TRUNG TÂM TIẾNG NHẬT`` -> ``Trung tâm Tiếng Nhật``).
_LANGUAGE = re.compile(r"(\b[Tt]iếng )(\w)")


def _cased(word: str, place: bool, lower: bool, rules: frozenset[str]) -> str:
    """One of underthesea's words of a name in capitals, cased: as the gazetteer lists it (``TP.HCM``), an acronym in
    capitals (``RFI``), a place's every syllable capitalised, else in lower case or its first syllable capitalised."""
    listed = "gazetteer" in rules and as_listed(word)
    if listed or _acronym_word(word):
        return listed or word.upper()
    return word.title() if place else word if lower else word[:1].upper() + word[1:]


def _acronym_word(word: str) -> bool:
    """Is ``word`` (one of underthesea's words, in lower case) no Vietnamese syllable, of two or three letters or of
    four with no vowel: an acronym in a name in capitals (``rfi``, ``vtv``, ``sggp``; not ``báo``, ``news``)?"""
    short = len(word) <= 3 or not any(c in "aeiouy" for c in word)
    return word.isalpha() and 2 <= len(word) <= 4 and short and not _VI_SYLLABLE.match(_plain(word))


def _in_field(words: list[str]) -> list[bool]:
    """For each lower-case word of a name: is it a later word of the field of a state body, whose official name goes
    on in lower case after the field's first word (``Cục Bảo vệ thực vật``, ``Tổng cục Giáo dục nghề nghiệp``,
    ``Ban Quản lý các Khu công nghiệp``)? A field opens after the word for such a body (``helpers/data/
    org_heads.csv``, not a school's, whose name is a proper name: ``Trường Đại học Ngoại ngữ``) or for a zone, and
    again after ``và``, a comma or a dash (``Bộ Lao động - Thương binh và Xã hội``).

    >>> _in_field(["cục", "bảo vệ", "thực vật"]), _in_field(["trường", "đại học", "ngoại ngữ"])
    ([False, False, True], [False, False, False])
    """
    flags, field, i = [False] * len(words), None, 0
    while i < len(words):
        n = _field_head(words, i)
        if n:
            flags[i + 1 : i + n] = [True] * (n - 1)  # khu công nghiệp: the head's later words in lower case
            field, i = i + n, i + n  # the word after the head opens the field, in capitals
            continue
        if words[i] in ("và", ",", "-", "–", "—"):
            field = i + 1 if field is not None else None
        elif field is not None and i > field:
            flags[i] = True
        i += 1
    return flags


def _field_head(words: list[str], i: int) -> int:
    """How many words from ``i`` are the word for a state body or a zone whose name a field follows (0 if none)."""
    for n in range(min(4, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in _field_heads():
            return n
    return 0


@memoize(maxsize=1)
def _field_heads() -> frozenset[str]:
    """The words, in lower case, of :func:`_field_head`: state bodies' organisation words but schools', and zones'."""
    bodies = {h.lower() for h in _LOWER_HEADS if h not in _NAMESAKE_HEADS}
    return frozenset(bodies | {h.lower() for h in _LOC_HEADS})


def _listed_runs(words: list[str]) -> list[str]:
    """``words`` with each longest run of two to four that the gazetteer lists joined into one word (``hồ``, ``chí
    minh``: underthesea's words of a name it does not know in lower case), so the name takes its listed spelling.

    >>> _listed_runs(["sở", "ngoại vụ", "thành phố", "hồ", "chí minh"])
    ['sở', 'ngoại vụ', 'thành phố hồ chí minh']
    """
    out: list[str] = []
    i = 0
    while i < len(words):
        n = next((n for n in range(min(4, len(words) - i), 1, -1) if as_listed(" ".join(words[i : i + n]))), 1)
        out.append(" ".join(words[i : i + n]))
        i += n
    return out


def _opening_head(text: str) -> str:
    """The longest organisation word that opens ``text`` in any case, as ``org_heads.csv`` writes it (``""`` if none).

    >>> _opening_head("cổng thông tin điện tử bộ xây dựng"), _opening_head("Phụ nữ TP.HCM")
    ('Cổng thông tin điện tử', '')
    """
    folded = text.lower()
    return max((h for h in _ORG_HEADS_VI if folded.startswith(h.lower() + " ")), key=len, default="")


def _split_at_head(words: list[str]) -> list[str]:
    """Lower-case words with the one that runs across the end of an opening organisation word cut there
    (underthesea's ``điện tử bộ`` of ``cổng thông tin điện tử bộ xây dựng``: ``điện tử``, ``bộ``).

    >>> _split_at_head(["cổng", "thông tin", "điện tử bộ", "xây dựng"])
    ['cổng', 'thông tin', 'điện tử', 'bộ', 'xây dựng']
    """
    head = _opening_head(" ".join(words))
    start = 0
    for k, word in enumerate(words):
        if start < len(head) < start + len(word):  # the organisation word ends inside this word, before a space
            cut = len(head) - start
            return [*words[:k], word[:cut], word[cut + 1 :], *words[k + 1 :]]
        start += len(word) + 1
    return words


def _leading_capitals(units: list[_Unit]) -> int:
    """How many units open the sentence written all in capitals."""
    k = 0
    while k < len(units) and units[k].kind in ("word", "lex") and _all_capitals(units[k].text):
        k += 1
    return k


def _dateline(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """The capitals before a dateline's dash or ``, Month``: one place (``TOKYO, May 27`` -> Tokyo), also one unknown
    word before an outlet's tag (``JOHANNESBURG (miningweekly.com) –``)."""
    k = _leading_capitals(units)
    colon = 0 < k < len(units) and units[k].text == ":"
    if not (_opens_dateline(units, k) or colon):
        return
    label, name = _dateline_name(units[:k], rules)
    closed = _tag_close(units, k) is not None or _country_before_dash(units, k)
    if not label and k == 1 and closed and units[0].text.isalpha() and not section_or_stamp(units[0].text):
        label, name = "LOC", units[0].text.title()  # JOHANNESBURG (miningweekly.com) –, KIYOSU, Japan --
    if label and (not colon or _known_place(units[:k], rules)):  # TOKYO: a place; NOTE: or BREAKING NEWS: none
        _claim(units[:k], label, name, out)


def _known_place(piece: list[_Unit], rules: frozenset[str]) -> bool:
    """Are these capitals a place the gazetteer knows (``TOKYO``, ``HÀ NỘI``)?"""
    return "gazetteer" in rules and known_place(" ".join(u.text for u in piece).title())


def _opens_dateline(units: list[_Unit], k: int) -> bool:
    """Do the ``k`` unclaimed capitals that start the sentence end at a dash, ``, Month``, ``, <country> —``
    (``DONG NAI, Vietnam --``) or an outlet's tag?"""
    if k == 0 or k >= len(units) or any(u.claimed for u in units[:k]):
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    month = units[k].text == "," and nxt is not None and nxt.text in _MONTHS
    opens = units[k].text in _DASHES or month or _country_before_dash(units, k)
    return opens or _tag_close(units, k) is not None or _bracketed_date(units, k)


def _country_before_dash(units: list[_Unit], k: int) -> bool:
    """Do a comma, a country or a known region (maybe with its English kind word) and a dash follow the capitals
    (``DONG NAI, Vietnam --``, ``KIYOSU, Aichi Prefecture --``)?"""
    if units[k].text != "," or k + 2 >= len(units):
        return False
    place, after = units[k + 1], units[k + 2]
    kind = after.label == "lochead_en" and k + 3 < len(units) and units[k + 3].text in _DASHES
    return (_is_country(place) and after.text in _DASHES) or (place.label == "LOC" and place.kind == "lex" and kind)


def _bracketed_date(units: list[_Unit], k: int) -> bool:
    """A date in brackets at ``k`` closed by a colon or a dash (``HANOI (Dec 29):``, the Malaysian press's dateline)."""
    if k + 1 >= len(units) or units[k].text != "(" or units[k + 1].text not in _MONTHS:
        return False
    close = next((j for j in range(k + 2, min(k + 6, len(units))) if units[j].text == ")"), None)
    return close is not None and close + 1 < len(units) and units[close + 1].text in (":", *_DASHES)


def _dateline_name(piece: list[_Unit], rules: frozenset[str]) -> tuple[str, str]:
    """The label and name of a dateline's capitals: the outlet (``THE HANOI TIMES``), a known place,
    an unknown place of two words or more; ``("", "")`` for one unknown word."""
    name = " ".join(u.text for u in piece).title()
    if piece[0].text == "THE" and len(piece) > 1:
        return "ORG", name
    entry = _known().get(_key(_words(name))) if "gazetteer" in rules else None
    if entry is not None:
        return ("LOC", entry.canonical) if entry.label == "LOC" else ("", "")
    return ("LOC", name) if len(name.split()) > 1 else ("", "")


def _outlet_tags(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """``(Kyodo) --`` after the dateline words, maybe after their dash (``VĨNH LONG - (DĐDN) -``), or an acronym in
    brackets that opens the report (``(CATP) Sáng 9/8, …``): each name between the brackets is an outlet, but a
    known place alone in brackets that opens the report is its dateline (``(Hưng Yên) - Ngày 1/8``; round 21)."""
    k = 0
    while k < min(len(units), 8) and units[k].text != "(" and (_dateline_word(units[k]) or units[k].text in _DASHES):
        k += 1
    close = _tag_close(units, k) if k else _opening_tag_close(units)
    if close is not None:
        _claim_tag_parts(units[k + 1 : close + 1], k == 0, rules, out)


def _claim_tag_parts(tag: list[_Unit], opens: bool, rules: frozenset[str], out: list[_Mention]) -> None:
    """Each name between the brackets of an outlet's tag (``tag`` ends with its ``)``), split at slashes, is an
    outlet; a known place alone in a tag that ``opens`` the report is its dateline's place (``(Hưng Yên) -``)."""
    part: list[_Unit] = []
    for u in tag:
        if u.text not in ("/", ")"):
            part.append(u)
        elif part and part[0].text[:1].isupper() and not any(x.claimed for x in part):
            text = _span_text(part)
            place = opens and len(part) == 1 and part[0].label == "LOC"
            _claim(part, "LOC" if place else "ORG", known_canonical(text, rules) or text, out)
            part = []


def _tag_close(units: list[_Unit], k: int) -> int | None:
    """Where an outlet's tag opened by ``(`` at ``k`` closes, if a dash follows it (else None)."""
    if k >= len(units) or units[k].text != "(":
        return None
    close = next((j for j in range(k + 2, min(k + 8, len(units))) if units[j].text == ")"), None)
    return close if close is not None and close + 1 < len(units) and units[close + 1].text in _DASHES else None


def _opening_tag_close(units: list[_Unit]) -> int | None:
    """Where an outlet's tag that opens the sentence closes: ``(``, one acronym in capitals, ``)`` and a
    capitalised word or a dash (``(CATP) Sáng 9/8``; round 19 of issue 14); else :func:`_tag_close`."""
    shaped = len(units) > 3 and units[0].text == "(" and units[2].text == ")" and _all_capitals(units[1].text)
    if shaped and (units[3].text in _DASHES or units[3].text[:1].isupper()):
        return 2
    return _tag_close(units, 0)


def _dateline_word(u: _Unit) -> bool:
    """A word that may stand in a dateline before the outlet's tag: capitals, a known place, a month,
    a day, a comma (``TOKYO, May 27``, ``Tokyo``; not a sentence's subject: ``Ông A (Chủ tịch X) - …``)."""
    known_place = u.kind == "lex" and u.label == "LOC"
    return u.text in _MONTHS or u.text == "," or u.text.isdigit() or _all_capitals(u.text) or known_place


def _all_capitals(word: str) -> bool:
    """A word of two or more letters, every letter a capital (``HANOI``, ``NỘI``; not ``PM`` alone)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def name_tags(mentions: list[_Mention], text: str) -> None:
    """The unknown tag in capitals that opens a report (``BGĐT -``, ``(HBĐT) -``, ``TGVN.``) in an article
    whose first line is its outlet's masthead, also after a dateline (``TOKYO, Nhật Bản (NV) -``): named by the
    tag when the tag abbreviates the masthead's name or its ending, maybe with ``D`` for ``Đ`` (``BÁO HÒA BÌNH ĐIỆN
    TỬ`` and ``(HBĐT)`` -> ``HBĐT``, both; ``CÔNG AN ĐÀ NẴNG`` and ``(CADN)``), or is the masthead's first word
    (``KPL Lao News Agency`` and ``(KPL)``), else as the masthead
    (``BGĐT`` of ``Báo Bắc Giang``; ``(Tổ Quốc)`` of ``Báo Tổ Quốc``), as the annotation guideline names them
    (taught in lesson 03).

    >>> from helpers.entities import extract_entities
    >>> text = "BÁO HÒA BÌNH ĐIỆN TỬ\\n\\n(HBĐT) - Ngày 2/3, tỉnh tiếp đoàn."
    >>> extract_entities(text, "vi")[["surface", "canonical"]].values.tolist()
    [['BÁO HÒA BÌNH ĐIỆN TỬ', 'HBĐT'], ['HBĐT', 'HBĐT']]
    """
    masthead = next((m for m in mentions if m.start == 0 and m.label == "ORG"), None)
    if masthead is None:
        return
    name = masthead.canonical
    for tag in [m for m in mentions if m is not masthead and m.label == "ORG"]:
        opens = _opens_report(text, tag, name)
        surface = text[tag.start : tag.end]
        if opens and _masthead_tag(surface, name):
            for m in mentions:
                m.canonical = surface if m.canonical == name else m.canonical
            tag.canonical = surface
        elif opens == "line":  # after a dateline another outlet, a wire, is credited: TOCHIGI, Japan (VNA) -
            tag.canonical = name


def _masthead_tag(surface: str, name: str) -> bool:
    """Does the tag ``surface`` abbreviate the masthead's name ``name`` or its ending, maybe with ``D`` for ``Đ``, or
    open it (``KPL`` of ``KPL Lao News Agency``)?"""
    return _folded(surface) in {_folded(a) for a in _abbreviations(name)} or name.startswith(surface + " ")


def _opens_report(text: str, m: _Mention, masthead: str) -> str:
    """Where mention ``m``, an unknown word in capitals or in brackets the masthead's name without its first word,
    opens the report before a dash or a full stop: ``"line"`` when it opens its line, alone or in brackets (``BGĐT
    -``, ``(HBĐT) -``, ``TGVN.``, ``(Tổ Quốc) -`` of ``Báo Tổ Quốc``; also in brackets before the report's first word:
    ``(CATP) Sáng 9/8``), ``"dated"`` in brackets after a dateline (``TOKYO, Nhật Bản (NV) -``), else ``""``."""
    surface = text[m.start : m.end]
    before = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    after = text[m.end : m.end + 4]
    after = after[1:] if before.endswith("(") and after.startswith(")") else after
    shaped = " " not in surface and _all_capitals(surface) and not _known().get(_key(_words(surface)))
    shaped = shaped or (before == "(" and masthead.endswith(" " + surface))
    bracketed = before == "(" and after[:1].isspace() and after[1:2].isupper()  # (CATP) Sáng 9/8: round 19
    opening = "line" if before in ("", "(") else "dated" if _dateline_before(before) else ""
    closed = re.match(r"(\s[-–—]\s|\.\s)", after) is not None or bracketed
    return opening if shaped and closed else ""


def _dateline_before(before: str) -> bool:
    """Is ``before`` a dateline and an opening bracket, at most five words opened by one in capitals (``TOKYO, Nhật
    Bản (``)?"""
    words = before[:-1].split()
    plain = before.endswith(" (") and "(" not in before[:-1] and 1 <= len(words) <= 5
    return plain and words[0].rstrip(",").isalpha() and _all_capitals(words[0])


def _folded(initials: str) -> str:
    """Initials with ``D`` for ``Đ``, as some outlets write their tag (``CADN`` of ``Công an Đà Nẵng``)."""
    return initials.replace("Đ", "D")


def _abbreviations(name: str) -> set[str]:
    """The initials of an outlet's name and of each of its endings of two words or more, with and without an
    ``&`` (``Báo Hòa Bình điện tử`` -> ``BHBĐT``, ``HBĐT``…; ``Báo Điện tử Đảng Cộng sản Việt Nam`` -> ``ĐCSVN``,
    ``Sức khỏe & Đời sống`` -> ``SK&ĐS``, ``SKĐS`` among them)."""
    found = set()
    for initials in ("".join(w[0] for w in name.split()), "".join(w[0] for w in name.split() if w[0].isalpha())):
        found |= {initials.upper()[k:] for k in range(len(initials) - 1)}
    return found
