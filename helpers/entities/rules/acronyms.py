"""Rule "acronyms": ``Full Name (ACRONYM)`` pairs, and later uses of the acronym.

Both the full name and the acronym are mentions of one organisation (canonical: its usual name,
else the acronym when names are resolved); a later bare ``ACRONYM`` is the same organisation.
"""

from __future__ import annotations

import re

from ...languages import VI
from ..lexicon import (
    _ACRONYM,
    _COMPANY_HEADS,
    _CONNECT_EN,
    _LEGAL_FORMS_EN,
    _LEGAL_FORMS_VI,
    _ORG_HEADS_EN,
    _ORG_HEADS_VI,
    _SHORT_WORD,
    Phrase,
    _retone,
    head_phrases,
    without_closing_forms,
)
from ..units import (
    AliasClaim,
    _claim,
    _group_name_end,
    _honorific_before,
    _Mention,
    _person_shaped,
    _span_text,
    _title_before,
    _Unit,
    source_of,
)
from .brands import holds_term_word
from .gazetteer import known_canonical


def phrases() -> list[Phrase]:
    """Organisation and place words: a full name starts (or, in English, holds) one."""
    return head_phrases()


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """``Full Name (ACRONYM)``: both are mentions of one organisation, remembered for later uses."""
    for i in range(len(units)):
        pair = _free_pair(units, i, lang) or _unit_before_legal_form(units, i, lang)
        if pair is None:
            continue
        start, acr = pair
        if _country_in_brackets(acr):
            if lang != VI:  # MOL Logistics (Vietnam): the company's unit there, named as written
                _claim(units[start : i + len(acr) + 2], "ORG", _span_text(units[start : i + len(acr) + 2]), out)
            continue  # Lixil (Nhật Bản): a Vietnamese text gives the company's country
        _claim_pair(units[start:i], acr, rules, aliases, out)


def name_earlier_uses(mentions: list[_Mention], text: str) -> None:
    """An organisation named in full before the article pairs that name with an acronym (a headline's
    ``Hiệp hội Doanh nghiệp Việt Nam tại Nhật Bản``, then ``… (VJBA)``) is named by the acronym there too,
    as the guideline names every use of a paired organisation; so is its name without the legal form the pair
    gives it (a headline's ``Gia Lai Electricity``, then ``Gia Lai Electricity JSC (GEC)``: round 18 of issue 14), and
    its name without the company words that open it (a headline's ``Mitsubishi Motors Việt Nam``, then ``Công ty
    Mitsubishi Motors Việt Nam (MMV)``: round 27).

    >>> from helpers.entities import extract_entities
    >>> text = "Mitsubishi Motors Việt Nam mở nhà máy\\n\\nCông ty Mitsubishi Motors Việt Nam (MMV) cho biết."
    >>> extract_entities(text, "vi").canonical.tolist()
    ['MMV', 'MMV', 'MMV']
    """
    paired = {}
    for m in mentions:
        full = text[m.start : m.end]
        if m.label == "ORG" and m.source == source_of("acronyms") and full != m.canonical:
            paired[full] = paired[" ".join(without_closing_forms(full.split()))] = m.canonical
            paired[_without_opening_forms(full)] = m.canonical
    for m in mentions:
        if m.label == "ORG" and m.canonical in paired and text[m.start : m.end] == m.canonical:
            m.canonical = paired[m.canonical]


#: The words that give an organisation the name it is known by: ``Enshu Railway, known locally as Entetsu``,
#: ``Bank of Ayudhya, known as Krungsri``, ``(còn gọi là …)``.
_KNOWN_AS = re.compile(
    r",?\s*\(?(?:(?:also|better|more commonly|commonly|locally)\s+)?known\s+(?:locally\s+)?as\s+"
    r"|,?\s*\(?(?:hay\s+)?(?:còn|thường)\s+(?:được\s+)?gọi\s+là\s+"
)


def name_known_as(mentions: list[_Mention], text: str) -> None:
    """An organisation the article says is known by another name right after it (``Enshu Railway, known locally as
    Entetsu``) is named by that name, in every use, as an acronym pair is named by its acronym (round 27 of issue
    14: the four such organisations of the tuning set were each annotated so).

    >>> from helpers.entities import extract_entities
    >>> extract_entities("Enshu Railway, known locally as Entetsu, runs buses.", "en").canonical.tolist()
    ['Entetsu', 'Entetsu']
    """
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.start)
    for full, known in zip(orgs, orgs[1:], strict=False):
        if _KNOWN_AS.fullmatch(text, full.end, known.start) and known.canonical != full.canonical:
            old = full.canonical
            for m in mentions:
                m.canonical = known.canonical if m.label == "ORG" and m.canonical == old else m.canonical


def _without_opening_forms(name: str) -> str:
    """A Vietnamese company's name without the company words and legal forms that open it (``Công ty TNHH
    Mitsubishi Motors Việt Nam`` -> ``Mitsubishi Motors Việt Nam``)."""
    known = sorted(_COMPANY_HEADS | _LEGAL_FORMS_VI, key=len, reverse=True)
    while found := next((k for k in known if name.startswith(k + " ")), None):
        name = name[len(found) + 1 :]
    return name


def pair_late(mentions: list[_Mention], text: str, rules: frozenset[str]) -> None:
    """An organisation right before its short name in brackets that :func:`claim` could not pair as written, because
    a word of the full name was claimed first (a place: ``Japan`` of ``Japan Maritime Self-Defense Force (JMSDF)``) or
    the claim took a shorter full name (``Đại học Quốc gia Hà Nội`` of ``Trường Đại học Ngoại ngữ - Đại học Quốc gia
    Hà Nội (ULIS)``), and the tagger's widening read it whole: both, and every other use of either, are one
    organisation, named as :func:`claim` names a pair."""
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.start)
    for full, short in zip(orgs, orgs[1:], strict=False):
        written = text[full.start : full.end], text[short.start : short.end]
        bracketed = text[full.end : short.start] in ("(", " (") and text[short.end : short.end + 1] == ")"
        if not bracketed or full.source == source_of("acronyms") or not _short_name(written[1].split()):
            continue
        name = _pair_name(known_canonical(written[0], rules), known_canonical(written[1], rules)) or written[1]
        for m in mentions:
            if m.label == "ORG" and text[m.start : m.end].casefold() in (written[0].casefold(), written[1].casefold()):
                m.canonical = name  # every use, also in capitals (a masthead)


def _free_pair(units: list[_Unit], i: int, lang: str) -> tuple[int, list[_Unit]] | None:
    """A ``Full Name (ACRONYM)`` pair whose bracket opens at ``i``: (where the full name starts, the
    acronym's units); None when there is none or a unit of it is already claimed."""
    acr = _acronym_in_brackets(units, i) if units[i].text == "(" and i > 0 else []
    start = _initials_start(units, i, _span_text(acr)) if acr else None
    start = _full_name_start(units, i, lang) if acr and start is None else start
    if start is None or any(x.claimed for x in units[start:i] + acr):
        return None
    if _term_word(units[i - 1]) and units[i - 1].text[:1].isupper():
        return None  # Just Energy Transition Partnership (JETP): a programme's name, no organisation's
    return start, acr


def _claim_pair(
    full: list[_Unit], acr: list[_Unit], rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> None:
    """Claim a full name and its acronym as one organisation (its known name, else the acronym when
    names are resolved, else each as written) and remember both for later uses."""
    full_text, acr_text = _span_text(full), _span_text(acr)
    canonical = _pair_name(known_canonical(full_text, rules), known_canonical(acr_text, rules))
    if "resolve" in rules:
        canonical = canonical or acr_text
    for piece, text in ((full, full_text), (acr, acr_text)):
        _claim(piece, "ORG", canonical or _retone(text), out)
    aliases[_retone(acr_text)] = canonical or acr_text
    aliases[_retone(full_text)] = canonical or _retone(full_text)


def _pair_name(full: str, acronym: str) -> str:
    """The known name of a ``Full Name (ACRONYM)`` pair: the full name's, else the acronym's; when
    both are known and name two organisations (an article calls JETRO by JICA's full name), the
    acronym the article chose."""
    return acronym if full and acronym and full != acronym else full or acronym


def ticker_claim(
    units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> None:
    """``Name (EXCHANGE: TICKER)`` right after an organisation's name: the exchange is an
    organisation, the ticker another name of the one just named, remembered for its later uses
    (``Công ty … Thiên Long (HoSE: TLG)``, then ``vốn TLG``)."""
    for i in range(1, len(units) - 4):
        exchange, colon, ticker, close = units[i + 1 : i + 5]
        if units[i].text != "(" or colon.text != ":" or close.text != ")" or exchange.claimed or ticker.claimed:
            continue
        named = next((m for m in reversed(out) if m.end == units[i - 1].end and m.label == "ORG"), None)
        if named is None or not (_ACRONYM.match(ticker.text) and exchange.text[:1].isupper()):
            continue
        _claim([exchange], "ORG", known_canonical(exchange.text, rules) or exchange.text, out)
        _claim([ticker], "ORG", named.canonical, out)
        aliases[ticker.text] = named.canonical


def term_claim(
    units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> None:
    """Agreements, programmes, projects and events are not entities: an acronym right after one's
    kind word (``Hiệp định CPTPP``, ``chương trình JDS``) or in brackets after a name that holds one
    (``… Agreement for Trans-Pacific Partnership (CPTPP)``) is claimed for no mention, and so are its
    later uses in the article (remembered with an empty name)."""
    for i, u in enumerate(units):
        if u.claimed or u.kind != "word":
            continue
        upper = bool(_ACRONYM.match(u.text)) and u.text.isupper()
        if (upper and (_term_word(units[i - 1] if i else None) or _names_a_term(units, i))) or _glosses(units, i):
            u.claimed = True
            aliases[_retone(u.text)] = ""
        elif upper and _after_clock_time(units, i):
            u.claimed = True  # 17:45 JST: a time zone here, the agency JST elsewhere


def _after_clock_time(units: list[_Unit], i: int) -> bool:
    """Does the word at ``i`` follow a clock time (``19:04 JST``, ``07:15 AM JST``)?"""
    k = i - 1
    if k >= 0 and units[k].text.upper() in ("AM", "PM"):
        k -= 1
    return k >= 2 and units[k].text.isdigit() and units[k - 1].text == ":" and units[k - 2].text.isdigit()


def _glosses(units: list[_Unit], i: int) -> bool:
    """Is the word at ``i`` the short form of the lower-case words just before it, after ``(`` or ``, or``:
    its capitals their initials (``the bridge system engineer, or BrSE``, ``foreign direct investment
    (FDI)``)? A job, a trade or a term, no organisation."""
    capitals = [c.lower() for c in units[i].text if c.isupper()]
    k = i - 1
    if k >= 0 and units[k].text == "(":
        k -= 1
    elif k >= 1 and units[k].text == "or" and units[k - 1].text == ",":
        k -= 2
    else:
        return False
    words = _lower_words_before(units, k, len(capitals))
    if len(capitals) < 2 or len(words) < 2:
        return False
    return any(_abbreviates("".join(capitals), words[-n:]) for n in range(2, len(words) + 1))


def _lower_words_before(units: list[_Unit], k: int, most: int) -> list[str]:
    """Up to ``most`` lower-case words ending at unit ``k``, a glued hyphen's parts as words
    (``communications-based train control``)."""
    words: list[str] = []
    while k >= 0 and len(words) < most:
        x = units[k]
        if x.text == "-" and 0 < k < len(units) - 1 and units[k - 1].end == x.start == units[k + 1].start - 1:
            k -= 1
            continue
        if not (x.kind == "word" and x.text.isalpha() and x.text.islower()):
            break
        words.insert(0, x.text)
        k -= 1
    return words


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Do ``letters`` abbreviate ``words``: each word's initial in order, the first letter the first word's, and
    any others from inside the words (``hae``: hereditary angioedema; ``cbtc``: communications-based train control)?

    >>> _abbreviates("hae", ["hereditary", "angioedema"]), _abbreviates("fdi", ["foreign", "direct", "investment"])
    (True, True)
    >>> _abbreviates("moit", ["trade", "ministry"])
    False
    """
    pattern = "".join(f"{re.escape(c)}[a-z]*" for c in letters)
    rest = iter(letters)
    initials = all(w[0] in rest for w in words)  # each word's initial, in order, among the letters
    return letters[0] == words[0][0] and initials and re.fullmatch(pattern, "".join(words)) is not None


def _term_word(x: _Unit | None) -> bool:
    return x is not None and x.kind == "word" and holds_term_word([x.text])


def _names_a_term(units: list[_Unit], i: int) -> bool:
    """Is the acronym at ``i`` in brackets after a name with a term word and no organisation word, or after an
    English name closed by a term word (``Just Energy Transition Partnership (JETP)``), or introduced by
    ``known as`` after one (``the eighth Power Development Plan, known as PDP8``)?"""
    if _known_as(units, i):
        return _term_word(units[i - 4]) if i >= 4 and units[i - 3].text == "," else _term_word(units[i - 3])
    if i < 2 or units[i - 1].text != "(" or i + 1 >= len(units) or units[i + 1].text != ")":
        return False
    if _term_word(units[i - 2]) and units[i - 2].text[:1].isupper():
        return True  # … Transition Partnership (JETP): an English name ends in its kind
    for k in range(i - 2, max(-1, i - 17), -1):
        x = units[k]
        if (x.kind == "punct" and x.text in _STOPS) or x.label in ("orghead", "orghead_en", "ORG"):
            return False
        if _term_word(x):
            return True
    return False


def _known_as(units: list[_Unit], i: int) -> bool:
    """Is the word at ``i`` introduced by ``known as`` (``…, known as PDP8``)?"""
    return i >= 3 and [x.text.lower() for x in units[i - 2 : i]] == ["known", "as"]


def _acronym_in_brackets(units: list[_Unit], paren: int) -> list[_Unit]:
    """The one or two acronym words between ``(`` at ``paren`` and ``)``, else an empty list."""
    k = paren + 1
    acr: list[_Unit] = []
    while k < len(units) and (units[k].kind != "punct" or _inner_hyphen(units, k)) and len(acr) < 3:
        acr.append(units[k])
        k += 1
    if not acr or k >= len(units) or units[k].text != ")":
        return []
    words = _span_text(acr).split()
    return acr if len(words) <= 2 and _short_name(words) else []


def _inner_hyphen(units: list[_Unit], k: int) -> bool:
    """A hyphen glued to the words on both sides (``M-Service``)."""
    glued = 0 < k < len(units) - 1 and units[k - 1].end == units[k].start and units[k].end == units[k + 1].start
    return units[k].text == "-" and glued


def _short_name(words: list[str]) -> bool:
    """Can these words in brackets be an organisation's short name? An acronym or one short
    capitalised word (``VPBank``, ``Vinasa``, ``Vietcombank``), two such joined by a hyphen
    (``M-Service``), an acronym and one more such word (``FE Credit``), or a short word and an
    English company word (``Yusen Logistics``, ``Masan Group``; not a place: ``Thái Lan``).

    >>> [_short_name(w.split()) for w in ("FE Credit", "Yusen Logistics", "Thái Lan", "Nhật Bản")]
    [True, True, False, False]
    """
    if len(words) == 1 and "-" in words[0]:
        first, *rest = words[0].split("-")
        return first.isupper() and first.isalpha() and all(_ACRONYM.match(w) or _SHORT_WORD.match(w) for w in rest)
    if len(words) == 1:
        return bool(_ACRONYM.match(words[0]) or _SHORT_WORD.match(words[0]))
    brand = _ACRONYM.match(words[0]) or _SHORT_WORD.match(words[0])
    second = _ACRONYM.match(words[1]) or _SHORT_WORD.match(words[1])
    return bool(brand and second and (_ACRONYM.match(words[0]) or words[1] in _ORG_HEADS_EN))


_STOPS = {",", ";", ":", ".", "(", ")", '"', "“", "”"}


def _unit_before_legal_form(units: list[_Unit], i: int, lang: str) -> tuple[int, list[_Unit]] | None:
    """An English company's unit for a country with no organisation word, told by the legal form after the
    bracket (``Fast Retailing (Singapore) Pte. Ltd.``): (where its capitalised name starts, the country), else None."""
    if lang == VI or units[i].text != "(" or i == 0 or i + 3 >= len(units) or units[i + 2].text != ")":
        return None
    acr, k = units[i + 1 : i + 2], i + 3 + (units[i + 3].text == ",")
    legal = k < len(units) and (units[k].text.rstrip("."),) in _LEGAL_FORMS_EN
    if not (legal and _country_in_brackets(acr)) or acr[0].claimed:
        return None
    start = _capitals_before(units, i)
    return (start, acr) if start < i and not any(x.claimed for x in units[start:i]) else None


def _capitals_before(units: list[_Unit], i: int) -> int:
    """Where the run of capitalised words right before ``i`` starts (``i`` if there is none)."""
    while i > 0 and units[i - 1].kind == "word" and units[i - 1].text[:1].isupper():
        i -= 1
    return i


def _country_in_brackets(acr: list[_Unit]) -> bool:
    """Is the word in brackets a country (``MOL Logistics (Vietnam)``, ``Lixil (Nhật Bản)``), no acronym?"""
    return len(acr) == 1 and acr[0].label == "LOC" and acr[0].known.kind == "country"


def _initials_start(units: list[_Unit], paren: int, acronym: str) -> int | None:
    """Where a name with no organisation word starts when the initials of its capitalised words, up to
    ``(``, spell the acronym (``Nomura Asia Investment Vietnam (NAIV)``), else None; a known organisation's
    name is the gazetteer's to pair (``National Innovation Centre (NIC)``).

    >>> from helpers.entities.units import _Unit
    >>> units = [_Unit(0, 5, "Hanoi", "word"), _Unit(6, 9, "Fab", "word"), _Unit(10, 14, "Labs", "word")]
    >>> units.append(_Unit(15, 16, "(", "punct"))
    >>> _initials_start(units, 3, "HFL"), _initials_start(units, 3, "FL"), _initials_start(units, 3, "HL")
    (0, 1, None)
    """
    initials = ""
    for k in range(paren - 1, -1, -1):
        x = units[k]
        capitals = all(w[:1].isupper() for w in x.text.split())
        if x.kind == "punct" or x.claimed or x.label in ("TITLE", "ORG") or not capitals:
            return None
        initials = "".join(w[0] for w in x.text.split()) + initials
        if initials == acronym and len(initials) >= 2:
            return k
        if len(initials) >= len(acronym) or not acronym.endswith(initials):
            return None
    return None


def _full_name_start(units: list[_Unit], paren: int, lang: str) -> int | None:
    """Where the full name before ``(`` starts: at its organisation word (Vietnamese: the nearest
    one; English, also an English name in Vietnamese text: the start of the capitalised run that
    holds one), else None."""
    if lang == VI:
        start = _vi_full_name_start(units, paren)
        return start if start is not None else _en_full_name_start(units, paren)
    return _en_full_name_start(units, paren)


def _vi_full_name_start(units: list[_Unit], paren: int) -> int | None:
    """The nearest organisation word before ``(`` (or a known name that starts with one: ``Bộ Y tế,
    Lao động và Phúc lợi Nhật Bản (MHLW)``), over a comma inside a list of fields joined by ``và``;
    None past a place word (the short name is a place's)."""
    person = False  # a word shaped like a person's name seen inside the name
    for k in range(paren - 1, max(-1, paren - 15), -1):
        x = units[k]
        if _full_name_stop(units, k, paren):
            return None
        person = person or _not_in_a_name(units, k)
        if _capitalised_head(x):
            return _outer_head(units, k) if not person or _untitled_company(units, k) else None
        if x.label == "ORG" and k == paren - 1 and x.entry and x.entry.kind != "company":
            return _outer_name(units, k)
    return None


def _outer_name(units: list[_Unit], k: int) -> int:
    """Where the name holding the known organisation at ``k`` starts: at a capitalised organisation word one
    or two capitalised words before it (``Quỹ Dân số Liên hợp quốc (UNFPA)``: the UN's population fund), else ``k``."""
    for j in range(k - 1, max(-1, k - 3), -1):
        x = units[j]
        if _capitalised_head(x):
            return j
        if not (x.kind == "word" and x.text[:1].isupper() and not x.claimed):
            break
    return k


def _full_name_stop(units: list[_Unit], k: int, paren: int) -> bool:
    """Does a Vietnamese full name before ``(`` stop short of unit ``k``: a stop (no comma between fields),
    a title, a place word (``… Khu công nghiệp Nhật Bản - Hải Phòng giai đoạn 2 (NHIZ II)``: a place's
    short name) that no management board is named by, or a tense marker, which opens a predicate (``Bệnh viện
    St. Mary's của Nhật Bản đã ký biên bản ghi nhớ hợp tác (MOU)``: the memorandum's short name)?"""
    x = units[k]
    stop = x.kind == "punct" and x.text in _STOPS and not _inner_comma(units, k, paren)
    stop = stop or (x.kind == "word" and x.text in _TENSE_MARKERS_VI)
    return stop or x.label == "TITLE" or (x.label == "lochead" and not _managed_zone(units, k))


#: The Vietnamese markers of tense and aspect (past, future, ongoing): a clause's, never in an organisation's name.
_TENSE_MARKERS_VI = ("đã", "sẽ", "đang")


def _managed_zone(units: list[_Unit], k: int) -> bool:
    """Is the place word at ``k`` a zone a management board is named by (``Ban Quản lý [các] Khu chế xuất
    … (HEPZA)``: the board's short name, not the zone's)?"""
    j = k - 1 - (k > 1 and units[k - 1].text in ("các", "những"))
    return j >= 0 and units[j].text.lower() == "quản lý"


def _capitalised_head(x: _Unit) -> bool:
    """A capitalised organisation word, or a known organisation whose name starts with one (``Bộ Y tế``)."""
    return (x.label == "orghead" or _starts_with_head(x)) and x.text[:1].isupper()


def _not_in_a_name(units: list[_Unit], k: int) -> bool:
    """A title or a person's name: an organisation's full name never holds one (``… Bùi Thanh Sơn (BTS)``),
    except a company's name shaped like a person's right after its company word (``Tập đoàn Trường
    Thành Việt Nam (TTVN Group)``)."""
    x, before = units[k], units[k - 1] if k > 0 else None
    company = before is not None and before.label == "orghead" and before.known.canonical in _COMPANY_HEADS
    return x.label == "TITLE" or (x.kind == "word" and _person_shaped(x) and not company)


def _untitled_company(units: list[_Unit], k: int) -> bool:
    """Is the unit at ``k`` a company word with no office or honorific before it? Its name may then hold
    words shaped like a person's (``Công ty Cổ phần Ô tô Trường Hải (Thaco)``; ``Giám đốc Công ty X Lê Văn
    An (LVA)`` names a person)."""
    company = units[k].label == "orghead" and units[k].known.canonical in _COMPANY_HEADS
    return company and not _title_before(units, k) and not _honorific_before(units, k)


def _starts_with_head(x: _Unit) -> bool:
    """A known organisation whose name starts with an organisation word (``Bộ Y tế``)."""
    return x.label == "ORG" and any(x.text.startswith(head + " ") for head in _ORG_HEADS_VI)


def _inner_comma(units: list[_Unit], k: int, paren: int) -> bool:
    """A comma at ``k`` between two capitalised words, with ``và``/``and`` later in the name."""
    around = units[k - 1 : k + 2 : 2]
    joined = any(u.text in ("và", "and") for u in units[k + 1 : paren])
    return units[k].text == "," and len(around) == 2 and all(u.text[:1].isupper() for u in around) and joined


def _outer_head(units: list[_Unit], k: int) -> int:
    """An earlier organisation word whose name this one continues after a legal form (``Công ty Tài
    chính TNHH MTV Ngân hàng …``: the name starts at ``Công ty``); ``k`` if none."""
    j = k - 1
    while j >= 0 and units[j].kind == "word" and all(w in _LEGAL_FORMS_VI for w in units[j].text.split()):
        j -= 1
    if j == k - 1:
        return k
    while j >= 0 and units[j].kind == "word" and units[j].text[:1].isupper():
        j -= 1
    return j if j >= 0 and units[j].label == "orghead" else k


def _en_full_name_start(units: list[_Unit], paren: int) -> int | None:
    """Where an English full name before ``(`` starts: a known organisation right before it (``Ministry of
    Health (MoH)``), else the capitalised run (connectors and legal forms inside) that holds an organisation
    word, else None."""
    if units[paren - 1].label == "ORG" and units[paren - 1].kind == "lex":
        return paren - 1
    run_start, has_head = None, False
    for k in range(paren - 1, -1, -1):
        x = units[k]
        has_head = has_head or x.label == "orghead_en"
        if x.kind in ("word", "lex") and x.text[:1].isupper() and x.label != "TITLE" and not x.initial:
            run_start = k
        elif not (_in_legal_form(units, k) or _inside_full_name(units, k, has_head)):
            break  # (a legal form: Sumitomo Mitsui Banking Corp. (SMBC), Toan Phat Irradiation Co., Ltd. (TPI))
    return run_start if has_head else None


def _inside_full_name(units: list[_Unit], k: int, has_head: bool) -> bool:
    """Does a connector at ``k`` join two capitalised parts of one full name: not ``and`` after a finished
    body's name (``Hanoi People's Committee and | Hanoi Urban Environment Company Limited (URENCO)``: two)?"""
    if not (_connects(units, k) and k > 0 and units[k - 1].text[:1].isupper()):
        return False
    return not (has_head and units[k].text == "and" and _body_word(units[k - 1]))


def _body_word(x: _Unit) -> bool:
    """An English organisation word that closes a body's name, not a field a name may go on from (``Committee``;
    not ``Semiconductor and …``, ``Engineering and …``, ``Post and Telecommunication …``)."""
    return x.label == "orghead_en" and x.known.canonical not in _COMPANY_HEADS


def _in_legal_form(units: list[_Unit], k: int) -> bool:
    """Is the full stop or comma at ``k`` part of an abbreviated legal form (``Corp.``, ``Co., Ltd.``)?"""
    x, before = units[k], units[k - 1] if k > 0 else None
    nxt = units[k + 1] if k + 1 < len(units) else None
    stop = x.text == "." and before is not None and before.end == x.start and before.text[:1].isupper()
    comma = x.text == "," and nxt is not None and nxt.text in ("Ltd", "Inc", "JSC")
    return stop or (comma and before is not None and before.text in (".", "Co."))


def _connects(units: list[_Unit], k: int) -> bool:
    """A connector inside a full name: ``of``, ``and`` ..., and ``in`` before a place (``Association
    of Digital Transformation in Japan (VADX)``), and a hyphen glued between two words (``Saigon-Hanoi
    Commercial Joint Stock Bank (SHB)``)."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    glued = units[k].text == "-" and k > 0 and units[k - 1].end == units[k].start  # Saigon-Hanoi … Bank
    glued = glued and nxt is not None and nxt.start == units[k].end
    return units[k].text in _CONNECT_EN or glued or (units[k].text == "in" and nxt is not None and nxt.label == "LOC")


def alias_claimer(aliases: dict[str, str]) -> AliasClaim:
    """A step for :func:`helpers.entities.units._candidates`: a word that is a known acronym or full
    name of this article is a mention of that organisation; with capitalised words of a group
    company after it, of that company (``SMBC Consumer Finance``)."""

    def claim_alias(units: list[_Unit], i: int, lang: str, sentence: int, out: list[_Mention]) -> int:
        u = units[i]
        if _retone(u.text) not in aliases or u.kind != "word":
            return 0
        if not aliases[_retone(u.text)]:  # a programme's or agreement's acronym: no entity
            u.claimed = True
            return 1
        end = _group_name_end(units, i, lang)
        piece = units[i : end + 1]
        for x in piece:
            x.claimed, x.claimed_as = True, "ORG"
        canonical = aliases[_retone(u.text)] if end == i else _span_text(piece)
        out.append(_Mention(u.start, units[end].end, "ORG", canonical, sentence=sentence, source="rule:acronyms"))
        return len(piece)

    return claim_alias
