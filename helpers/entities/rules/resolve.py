"""Rule "resolve": one canonical name per entity.

A short reference (``ông Khoa``, ``PM Chính``) becomes the most recent compatible full name in
the article (same office first, then the nearest before it); ``Ishiba Shigeru`` =
``Shigeru Ishiba``; a near-miss spelling (``Iwaya Takshi``) joins the name it nearly matches; in
a corpus, a person written two ways in different articles gets the spelling written most often.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from ...cache import memoize
from ..lexicon import (
    _ACRONYM,
    _COMPANY_HEADS,
    _CONNECT_EN,
    _LEGAL_FORMS_EN,
    _LOC_AFTER_EN,
    _LOC_HEADS_EN,
    _NAMESAKE_HEADS,
    _NOT_NAMES_EN,
    _ORG_HEADS_EN,
    _ORG_HEADS_VI,
    _VI_SYLLABLE,
    _is_romaji_name,
    _is_vi_name,
    _plain,
)
from ..units import _Candidate, _claim, _list_between, _Mention, _mention, _name_like, _Unit, source_of
from .brands import _abbreviation
from .districts import district
from .gazetteer import clipped, known_canonical, known_place
from .outlets import _outlet_words
from .patterns import COMPANY_NAME
from .word_shapes import _vietnamese_words


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """A lone word that is part of a person's name met in the article (``Khoa``) is that person, not a
    clipped country name after a noun (``hàng Việt`` with ``Đỗ Hùng Việt`` in the article)."""
    words = c.words
    clipped_country = "gazetteer" in rules and clipped(words) and c.before[:1].islower()
    if len(words) == 1 and words[0] in parts and _name_like(c.units, words, cued=c.initial) and not clipped_country:
        m = _mention(c, "PER")
        m.short = True
        return m
    return None


#: Words between an organisation's name and its former name (``Kioxia (formerly Toshiba Memory)``).
_FORMER_CUES = frozenset(
    {
        "formerly",
        "formerly known as",
        "previously known as",
        "renamed from",
        "trước đây là",
        "tên cũ là",
        "tên cũ",
        "tiền thân là",
    }
)


def former_name_claim(
    units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> None:
    """An organisation's former name, written right after it with ``formerly``, ``renamed from``,
    ``trước đây là``, ``tên cũ là`` …, is an alias: it and every later use of it are named as the
    organisation (``Sakura Tech (formerly Hana Soft)``, then ``Hana Soft`` is ``Sakura Tech``)."""
    orgs = sorted((m for m in out if m.label == "ORG"), key=lambda m: m.start)
    for now, former in zip(orgs, orgs[1:], strict=False):
        between = " ".join(u.text for u in units if now.end <= u.start and u.end <= former.start)
        if between.strip(" ,(").casefold() in _FORMER_CUES and former.canonical != now.canonical:
            former.long_name, former.canonical = former.canonical, now.canonical


def _name_parts(full_names: list[str]) -> set[str]:
    """The words a person may be called by alone: the given name of a Vietnamese name
    (``Khoa``), any part of another name (``Ishiba``, ``Shigeru``)."""
    parts = set()
    for name in full_names:
        words = name.split()
        parts.update([words[-1]] if _is_vi_name(words) else words)
    return parts


@dataclass
class _Person:
    """One person of an article: the full names written for them, where, and the offices before them."""

    forms: Counter[str] = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)


def _resolve_people(mentions: list[_Mention]) -> None:
    """One canonical name per person in an article (see the module docstring)."""
    people = [m for m in mentions if m.label == "PER"]
    groups: list[_Person] = []
    chosen: dict[int, _Person] = {}
    for pos, m in enumerate(people):
        if len(m.canonical.split()) >= 2:
            chosen[pos] = _full_name_group(m, pos, groups)
    for pos, m in enumerate(people):
        if len(m.canonical.split()) < 2 and (group := _short_name_group(m, pos, groups)) is not None:
            chosen[pos] = group
    for pos, group in chosen.items():
        people[pos].canonical = _group_name(group.forms)


def _full_name_group(m: _Mention, pos: int, groups: list[_Person]) -> _Person:
    """The person a full name belongs to (a new one if no earlier name is the same person)."""
    group = next((g for g in groups if _same_person(m.canonical.split(), g.forms)), None)
    if group is None:
        group = _Person()
        groups.append(group)
    group.forms[m.canonical] += 1
    group.positions.append(pos)
    group.titles.add(m.title)
    return group


def _short_name_group(m: _Mention, pos: int, groups: list[_Person]) -> _Person | None:
    """The person a one-word reference means: same office first, then the nearest before it."""
    fits = [g for g in groups if m.canonical in _name_parts(list(g.forms))]
    if m.title and any(m.title in g.titles for g in fits):
        fits = [g for g in fits if m.title in g.titles]
    if not fits:
        return None
    before = [(max(p for p in g.positions if p < pos), g) for g in fits if any(p < pos for p in g.positions)]
    return max(before, key=lambda t: t[0])[1] if before else min(fits, key=lambda g: g.positions[0])


def _group_name(forms: Counter) -> str:
    """The most frequent spelling (the first seen on a tie)."""
    best = max(forms.values())
    return next(f for f, n in forms.items() if n == best)


def _same_person(words: list[str], forms: Iterable[str]) -> bool:
    """Same words in any order, or one word spelt nearly the same (Takshi ~ Takeshi)."""
    for form in forms:
        other = form.split()
        if sorted(w.casefold() for w in words) == sorted(w.casefold() for w in other):
            return True
        if len(other) == len(words):
            diff = [(a, b) for a, b in zip(sorted(words), sorted(other), strict=True) if a.casefold() != b.casefold()]
            if len(diff) != 1:
                diff = [(a, b) for a, b in zip(words, other, strict=True) if a.casefold() != b.casefold()]
            if len(diff) == 1:
                a, b = diff[0]
                if (
                    min(len(a), len(b)) >= 5
                    and difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8
                ):
                    return True
    return False


def _merge_people(table: pd.DataFrame) -> pd.Series:
    people = table[table.label == "PER"]
    counts = people.canonical.value_counts()
    groups: list[Counter] = []
    for name in sorted(counts.index, key=lambda n: (-counts[n], n)):
        if len(name.split()) < 2:
            continue
        group = next((g for g in groups if _same_person(name.split(), g)), None)
        if group is None:
            groups.append(Counter({name: counts[name]}))
        else:
            group[name] += counts[name]
    rename = {name: _group_name(g) for g in groups for name in g}
    return table.canonical.where(table.label != "PER", table.canonical.map(lambda n: rename.get(n, n)))


def name_claim(
    units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]
) -> None:
    """A company named earlier with its company word, used again by its name or the last two words
    or more of it (``Công ty Cổ phần Đầu tư Thiên Long An Thịnh``, then ``Thiên Long An Thịnh``),
    is that company, even when a known place hides inside the name (``Long An``)."""
    names = [name for key, name in aliases.items() if key.startswith(COMPANY_NAME)]
    i = 0
    while i < len(units) and names:
        end, name = _named_company_at(units, i, names)
        if end > i:
            text = " ".join(" ".join(x.text for x in units[i:end]).split())
            _claim(units[i:end], "ORG", text, out)
            out[-1].long_name = name if text != name else ""
        i = max(end, i + 1)


def _named_company_at(units: list[_Unit], i: int, names: list[str]) -> tuple[int, str]:
    """The longest run of capitalised units from ``i`` (a plain word first, not a common abbreviation:
    ``nhà máy điện LNG Thái Bình`` is no short form of ``Điện khí LNG Thái Bình``) whose words are a known
    company name or its tail of two words or more: (where it ends, the company's name); ``(i, "")`` if none."""
    k = i
    while k < len(units) and units[k].text[:1].isupper() and not units[k].claimed and units[k].kind != "punct":
        k += 1
    if k == i or units[i].kind != "word" or _abbreviation(units[i].text):
        return i, ""  # a known place or name is itself, never a company's tail (Việt Nam); nor is LNG …
    for end in range(k, i, -1):
        words = " ".join(x.text for x in units[i:end]).split()
        text = " ".join(words)
        name = next((n for n in names if n == text or (len(words) > 1 and n.endswith(" " + text))), "")
        if name:
            return end, name
    return i, ""


def _short_organisation_names(mentions: list[_Mention]) -> None:
    """A company the article also calls by the tail of its name is named by that short form
    (``Đầu tư Thiên Long An Thịnh`` -> ``Thiên Long An Thịnh``) or by its name without the company
    words (``Yamato Holdings``, then ``Yamato``: :func:`named_organisation`), an office the article
    also names without its organisation word by that name (``Văn phòng JETRO Hà Nội``, then ``JETRO Hà
    Nội``), and an organisation named as written whose initials the article also uses as an
    organisation's name is named by them (``Thời báo Ngân hàng`` and the tag ``(TBNH)``; not a known
    name: ``Đảng`` is no ``ĐCSVN``), as the annotation guideline asks."""
    short = {m.long_name: m.canonical for m in mentions if m.long_name}
    organisations = [m for m in mentions if m.label == "ORG"]
    acronyms = {m.canonical for m in organisations if m.canonical.isupper() and len(m.canonical) > 2}
    offices = {m.canonical for m in organisations if len(m.canonical.split()) > 1}
    for m in organisations:
        if m.canonical in short:
            m.canonical = short[m.canonical]
        elif m.source != "gazetteer":
            m.canonical = _short_form(m.canonical, offices, acronyms)


def one_sense(mentions: list[_Mention], text: str) -> None:
    """A name that only its shape made a person is the place or organisation the article finds under the same
    words elsewhere by a cue (``Le Thanh Ton streets``, ``parent company Ryohin Keikaku``): one name, one sense
    in an article. Not a person named after an office (``Thủ tướng Phạm Minh Chính``), nor for a guess of the
    learnt tagger or the model."""
    others = {
        text[m.start : m.end]: m
        for m in mentions
        if m.label in ("ORG", "LOC") and m.source not in ("model", source_of("tagger"))
    }
    for m in mentions:
        other = others.get(text[m.start : m.end])
        if other is not None and m.label == "PER" and m.source == source_of("person_names") and not m.title:
            m.label, m.canonical, m.source = other.label, other.canonical, source_of("resolve")


def listed_among_organisations(mentions: list[_Mention], text: str) -> None:
    """A name that only its shape made a person, listed between organisations (``Takeda, Taisho and Daiichi
    Sankyo``: the last of three drugmakers, named like a Japanese man), is an organisation too: one on each
    side, or two before it."""
    for k, m in enumerate(mentions):
        if m.label != "PER" or m.source != source_of("person_names") or m.title or _is_vi_name(m.canonical.split()):
            continue  # a Vietnamese name listed with companies is still a person's
        before = [x for x in mentions[max(0, k - 2) : k] if x.label == "ORG"]
        after = [x for x in mentions[k + 1 : k + 2] if x.label == "ORG"]
        if _joined(text, before[-1:] + [m]) and (_joined(text, [m, *after]) or _joined(text, before)):
            m.label, m.source = "ORG", source_of("resolve")


def _joined(text: str, items: list[_Mention]) -> bool:
    """Are these two mentions next to each other in a list: only a comma, ``and`` or both between them?"""
    return len(items) == 2 and _list_between(text[items[0].end : items[1].start])


def _ordinary_case(mentions: list[_Mention], text: str) -> None:
    """An organisation written in capitals (a masthead, a credit) that the article also writes in ordinary
    case is named that way (``BERNAMA`` and ``Bernama``: ``Bernama``; ``CỤC QUẢN LÝ LAO ĐỘNG NGOÀI NƯỚC`` and
    ``Cục Quản lý lao động ngoài nước``: the latter); a person's name of two words or more in capitals, as
    bylines write it, in title case (``HỒNG THẮM`` -> ``Hồng Thắm``)."""
    organisations = [m for m in mentions if m.label == "ORG"]
    upper = [text[m.start : m.end].isupper() or m.canonical.isupper() for m in organisations]
    ordinary = {m.canonical.casefold(): m.canonical for m, up in zip(organisations, upper, strict=True) if not up}
    for m, up in zip(organisations, upper, strict=True):
        if up and m.canonical.casefold() in ordinary:
            m.canonical = ordinary[m.canonical.casefold()]
    for m in mentions:
        if m.label == "PER" and m.canonical.isupper() and " " in m.canonical:
            m.canonical = m.canonical.title()  # HỒNG THẮM, a byline in capitals: Hồng Thắm


def _short_form(name: str, offices: set[str], acronyms: set[str]) -> str:
    """The short form an article also writes for an organisation it names as written: the office without
    its organisation word, else the initials (``Thời báo Ngân hàng`` -> ``TBNH``); ``name`` if neither."""
    if tail := _named_tail(name, offices):
        return tail
    initials = _initials(name)
    spelt = [initials, *(initials + form for form in _LEGAL_INITIALS)] if initials else []
    return next((a for a in spelt if a in acronyms), name)


#: The initials a legal form adds to a company's acronym (Sumitomo Mitsui Banking Corporation: SMBC).
_LEGAL_INITIALS = sorted({form[0][0].upper() for form in _LEGAL_FORMS_EN})


def _named_tail(name: str, names: set[str]) -> str:
    """The longest other name of ``names``, two words or more, that ends ``name`` after one organisation
    word, not an outlet's (``Văn phòng JETRO Hà Nội`` -> ``JETRO Hà Nội``), or after a company's trades
    (``Nông nghiệp công nghệ cao Trung An`` -> ``Trung An``), else "".

    >>> _named_tail("Văn phòng JETRO Hà Nội", {"JETRO Hà Nội"}), _named_tail("Trường Đại học FPT", {"FPT"})
    ('JETRO Hà Nội', '')
    >>> _named_tail("Báo Tổ Quốc", {"Tổ Quốc"}), _named_tail("Nông nghiệp công nghệ cao Trung An", {"Trung An"})
    ('', 'Trung An')
    """
    tails = [t for t in names if name.endswith(" " + t) and _short_before(name[: -len(t) - 1])]
    return max(tails, key=len, default="")


def _short_before(words: str) -> bool:
    """Words before an organisation's short name: one organisation word, not an outlet's (``Văn phòng``), or a
    company's trades, Vietnamese words of which only the first is capitalised (``Nông nghiệp công nghệ cao``), never
    an outlet's word (``Cổng thông tin điện tử Bộ Xây dựng``, the ministry's portal, is no ``Bộ Xây dựng``)."""
    first, *rest = words.split()
    trades = _VI_SYLLABLE.match(_plain(first)) and all(w.islower() and _VI_SYLLABLE.match(_plain(w)) for w in rest)
    return _office_head(words) or bool(trades and rest and words.lower() not in _outlet_words())


def _office_head(word: str) -> bool:
    """Is ``word`` an organisation word other than a news outlet's? An outlet keeps its ``Báo`` or ``Tạp chí``
    (``Báo Tổ Quốc``, then ``(Tổ Quốc)``: ``Báo Tổ Quốc``, as the guideline names ``Báo Quảng Nam``)."""
    return word in _ORG_HEADS_VI and word.lower() not in _outlet_words()


def _initials(name: str) -> str:
    """The capitalised initials of every word of a name of two words or more but its connectors
    (``Thời báo Ngân hàng`` -> ``TBNH``, ``Development Bank of Japan`` -> ``DBJ``, ``Saigon Securities`` -> ``SS``,
    which a legal form's initial may close: ``SSI``); "" when it has fewer words.

    >>> _initials("Thời báo Ngân hàng"), _initials("Development Bank of Japan"), _initials("Bộ")
    ('TBNH', 'DBJ', '')
    """
    words = [w for w in name.split() if w not in _CONNECT_EN]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 and all(w[:1].isalpha() for w in words) else ""


def organisation_names(mentions: list[_Mention]) -> dict[str, str]:
    """The canonical names of the organisations the claiming rules found in an article
    (``Công ty Sakura Semicon`` is named ``Sakura Semicon``), and the names of the unknown companies
    among them without their company words, for their short uses (``Yamato`` -> ``Yamato Holdings``), and the
    names of the parents of companies' units in Viet Nam (``Nankai Kinzoku`` after ``Nankai Kinzoku Việt Nam``), and
    the proper names of institutions for their bare uses (``Doshisha`` -> ``Đại học Doshisha``)."""
    named = {m.canonical: m.canonical for m in mentions if m.label == "ORG"}
    for name in list(named):
        short, meant = _bare_name(name)
        if short:
            named.setdefault(short, meant)
    found = [m.canonical for m in mentions if m.label == "ORG" and m.source not in _NAMED_ELSEWHERE]
    starts = Counter(short for name in set(found) for short in leading_names(name))
    for name in found:
        for short in leading_names(name):
            if starts[short] == 1:  # Sumitomo, of two Sumitomo companies: neither
                named.setdefault(short, name)
    return named


#: Sources whose names stand (a known name; a ``Full Name (ACRONYM)`` pair's acronym, as the guideline ranks it).
_NAMED_ELSEWHERE = frozenset({"gazetteer", "rule:acronyms"})


def _bare_name(name: str) -> tuple[str, str]:
    """What an article may call the organisation ``name`` by alone, and whom it means by it: an unknown company's
    name without its company words or an institution's proper name (``name`` itself), or the parent of a company's
    unit in Viet Nam (``Nankai Kinzoku``: the parent; not a Vietnamese noun, ``Thủy sản`` of the masthead ``Thủy sản
    Việt Nam``); ``("", "")`` if none."""
    if short := company_head(name) or institution_name(name):
        return short, name
    parent = name[: -len(_VIETNAM_UNIT)] if name.endswith(_VIETNAM_UNIT) and name != _VIETNAM_UNIT.strip() else ""
    common = _vietnamese_words(parent)  # Thủy sản Việt Nam: a common noun's
    return (parent, parent) if parent and not common else ("", "")


def leading_names(name: str) -> list[str]:
    """The first words of an English organisation's name that an article may call it by alone
    (``Alchip Technologies`` -> ``Alchip``, ``Daiwa Securities Group`` -> ``Daiwa``, ``Daiwa Securities``): each
    ends in a capitalised word that is no organisation or company word nor a known name (``Tokyo`` of
    ``Tokyo Gas`` is the city), and every word of the name is capitalised.

    >>> leading_names("Daiwa Securities Group"), leading_names("Bank of Ayudhya"), leading_names("Tokyo Gas")
    (['Daiwa'], [], [])
    """
    words = name.split()
    if not all(w[:1].isupper() or w in _CONNECT_EN for w in words) or _body_or_unit(words):
        return []
    first = next((k for k, w in enumerate(words) if w in _CONNECT_EN), len(words))  # Bank for Foreign Trade
    shorts = [" ".join(words[:k]) for k in range(1, min(first + 1, len(words)))]
    shorts = [s for s in shorts if not _ACRONYM.match(s)]  # SSI of SSI Asset Management: the parent brand
    return [s for s in shorts if not _word_of_a_kind(s.split()[-1]) and not _known_name(s) and not _cuts(words, s)]


def _cuts(words: list[str], short: str) -> bool:
    """Does ``short``, the first words of ``words``, end inside a known name (``Hoi`` of ``Hoi An Center``)?"""
    k = len(short.split())
    return any(_known_name(" ".join(words[i:j])) for i in range(k) for j in range(k + 1, min(len(words), i + 3) + 1))


def _known_name(text: str) -> bool:
    """A name the gazetteer knows, or a district's (``Hoi An`` of ``Hoi An Tourism``)."""
    return bool(known_canonical(text, _KNOWN) or district(text.split()))


def _body_or_unit(words: list[str]) -> bool:
    """A name closed by an organisation word that is no company's or by a kind of place (``Uchinoura Space
    Centre``, ``Vietnam Construction Bank``, ``Chan May Port``: called by a place's name), or a company's unit
    for a place (``Aviva Vietnam``: ``Aviva`` is its parent)."""
    last = words[-1].rstrip(".")
    body = (last in _ORG_HEADS_EN and last not in _company_words()) or last in (*_LOC_HEADS_EN, *_LOC_AFTER_EN)
    return body or any(known_place(" ".join(words[k : k + n])) for n in (1, 2) for k in range(1, len(words)))


def _word_of_a_kind(word: str) -> bool:
    """An organisation or company word, or a word that is never a name (``Bank``, ``Holdings``, ``Vietnamese``)."""
    return word in _ORG_HEADS_EN or word.rstrip(".") in _company_words() or word.lower() in _NOT_NAMES_EN


#: The closing words of a company's unit in Viet Nam (``Nankai Kinzoku Việt Nam``): its name alone
#: is the parent company, an organisation too, not a person.
_VIETNAM_UNIT = " Việt Nam"


def company_head(name: str) -> str:
    """An unknown company's name without the company words that close it (``Yamato Holdings`` ->
    ``Yamato``, ``Kawanishi Warehouse`` -> ``Kawanishi``); "" for a known name (``Mitsubishi Motors``
    is a company of its group, ``Kyushu Electric Power`` no unit of a place) or one without them.

    >>> company_head("Meiko Electronics"), company_head("Yamato Holdings Co."), company_head("Tokyo Gas")
    ('Meiko', 'Yamato', '')
    """
    words = name.split()
    k = len(words)
    while k > 1 and words[k - 1].rstrip(".") in _company_words():
        k -= 1
    head = " ".join(words[:k])
    return head if k < len(words) and head[:1].isupper() and not known_canonical(head, _KNOWN) else ""


def institution_name(name: str) -> str:
    """The proper name after the word for an institution that opens a Vietnamese organisation's name, by which an
    article may call it alone (``Đại học Doshisha`` -> ``Doshisha``, ``Bệnh viện Bạch Mai`` -> ``Bạch Mai``; round 23
    of issue 14); "" when the rest is no capitalised name or is a known one (``Đại học Kyoto``: the city).

    >>> institution_name("Đại học Doshisha"), institution_name("Đại học Kyoto"), institution_name("Đại học mở")
    ('Doshisha', '', '')
    """
    head = next((h for h in _NAMESAKE_HEADS if name.startswith(h + " ")), "")
    rest = name[len(head) + 1 :]
    capitalised = bool(head) and all(w[:1].isupper() for w in rest.split())
    return rest if capitalised and not known_canonical(rest, _KNOWN) else ""


_KNOWN = frozenset({"gazetteer"})


@memoize(maxsize=1)
def _company_words() -> frozenset[str]:
    """Words that close a company's English name: company words (``Holdings``, ``Electronics``) and
    legal forms (``Corp``, ``Ltd``)."""
    legal = {w.rstrip(".,") for form in _LEGAL_FORMS_EN for w in form}
    return frozenset(_COMPANY_HEADS | legal)


def _person_name(words: list[str]) -> bool:
    return _is_vi_name(words) or _is_romaji_name(words)


def named_organisation(c: _Candidate, named: dict[str, str]) -> _Mention | None:
    """A run that is the name of an organisation the article has already named is that organisation,
    even after a title (``Tổng giám đốc Sakura Semicon``: the company, not a person); a run that
    starts with such a name is a unit of it, an organisation of its own (``Tasco`` named, then
    ``in Tasco Auto``: not a place). A sentence's first words only when they are the whole name
    (``Kawanishi, a Kobe-based …``). A name shaped like a person's after an honorific or before ``of`` is that
    person (``ông Yamada Taro``, the founder of ``Yamada Corporation``; ``Kameda Shogo of Kameda Medical Group``)."""
    words = c.words
    name = " ".join(words)
    unit = any(name.startswith(n + " ") and not _person_name(name[len(n) + 1 :].split()) for n in named)
    unit = unit and not c.initial and not (c.after == "of" and _person_name(words))
    if (name not in named and not unit) or (c.honorific and not c.title and _person_name(words)):
        return None  # ông Yamada Taro of Yamada Corporation: a person named like the company
    m = _mention(c, "ORG")
    m.canonical, m.source = named.get(name, name), "rule:resolve"
    if m.canonical.startswith(name + " "):  # Yamato, after Yamato Holdings: its short name
        m.canonical, m.long_name = name, m.canonical
    return m
