"""Lexicon: the words and phrases the entity rules look up, and the shapes of names.

The gazetteer (``helpers/data/gazetteer.csv``), organisation and place words, name shapes
(Vietnamese family names, romanised Japanese syllables) and the phrase table a sentence is cut
with. Each rule adds its own phrases (see :mod:`helpers.entities.pipeline`).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from .. import vocabulary
from ..cache import memoize
from ..languages import EN, VI
from ..text import stopwords

# Organisation words (helpers/data/org_heads.csv): Vietnamese ones start a name, English ones end it.
_ORG_HEADS_VI = [r["head"] for r in vocabulary.rows("org_heads.csv") if r["lang"] == VI]


_ORG_HEADS_EN = [r["head"] for r in vocabulary.rows("org_heads.csv") if r["lang"] == EN]


# Heads whose names may end in "tại <place>" (Đại sứ quán Việt Nam tại Nhật Bản).
_TAI_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["tai"] == "yes"}


# Heads whose names go on over a place word and its place (UBND tỉnh Thừa Thiên Huế).
_PLACE_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["place"] == "yes"}


# State bodies whose official names go on in lower case (Cục Đầu tư nước ngoài).
_LOWER_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["lower"] == "yes"}


# Heads of company names: "Tập đoàn FPT" is FPT.
_COMPANY_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["company"] == "yes"}


# Heads of bodies often named after a person: "Bệnh viện Bạch Mai" is a hospital, not a person.
_NAMESAKE_HEADS = {r["head"] for r in vocabulary.rows("org_heads.csv") if r["namesake"] == "yes"}


# Place words (helpers/data/place_words.csv): kept in the span ("Khu công nghiệp Thăng Long",
# "Thăng Long Industrial Park"), only introducing it ("tỉnh Quảng Ninh"), or a preposition after
# which an unknown proper noun is a place ("tại Kobe", "in Kobe").
_LOC_HEADS = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "head" and r["lang"] == VI]


_LOC_HEADS_EN = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "head" and r["lang"] == EN]


_LOC_INTROS = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "intro"]


# Words that introduce a place in lower case only (cảng Hoàng Diệu, vùng Kansai; Cảng Hải Phòng is a company).
_LOC_INTROS_LOWER = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] in ("lower", "street")]
# Words that introduce a street, whose name may be a person's (đường Nguyễn Thị Minh Khai).
_LOC_STREETS = frozenset(r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "street")


# Lower-case English words after a place's name, outside it ("Dong Anh district").
_LOC_AFTER_EN = [r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "after"]


_LOC_PREPOSITIONS = {r["word"] for r in vocabulary.rows("place_words.csv") if r["role"] == "preposition"}


# Capitalised English words that are never names: stopwords, months, weekdays and a few more.
_NOT_NAMES_EN = (
    stopwords(EN)
    | {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
    | set(vocabulary.words("not_names_en.txt"))
)


_CONNECT_EN = set(vocabulary.words("name_connectors_en.txt"))


# Left out of canonical names: legal forms (Kioxia Corp. -> Kioxia), kinds of place (Mie Prefecture -> Mie).
_LEGAL_FORMS_EN = tuple(
    sorted((tuple(f.split()) for f in vocabulary.words("legal_forms_en.txt")), key=len, reverse=True)
)
# The legal forms written as abbreviations, whose full stop belongs to the name (Kioxia Corp.).
_ABBREVIATED_FORMS_EN = frozenset(f[0] for f in _LEGAL_FORMS_EN if len(f) == 1 and len(f[0]) <= 4)
_LEGAL_FORMS_VI = frozenset(vocabulary.words("legal_forms_vi.txt"))


def without_closing_forms(words: list[str]) -> list[str]:
    """A company name's words without the English legal forms that close them (see
    :func:`closing_forms_start`), and without a comma left at their end: ``Osaka Gas Co., Ltd.`` ->
    ``Osaka Gas``, ``Mitsui & Co.`` -> ``Mitsui``.

    >>> without_closing_forms("Osaka Gas Co., Ltd.".split()), without_closing_forms(["JSC"])
    (['Osaka', 'Gas'], ['JSC'])
    """
    words = words[: closing_forms_start(words)]
    return words[:-1] + [words[-1].rstrip(",")] if words else words


def closing_forms_start(words: list[str]) -> int:
    """Where the English legal forms that close a name begin (``len(words)`` if none close it): every form
    at the end with the punctuation and ``&`` around it, as long as a word stays before them and that word
    is no adjective a name cannot end in (``helpers/data/legal_form_keepers_en.txt``: ``Mizuho Financial
    Group`` keeps Group). ``words`` are words (``Co.,``) or units (``Co.``, ``,``).

    >>> closing_forms_start(["Mitsui", "&", "Co."]), closing_forms_start("Mizuho Financial Group".split())
    (1, 3)
    >>> closing_forms_start(["BRG", "Group", "Joint", "Stock", "Co", ",", "Ltd", "."])
    1
    """
    core = [w.strip(".,&") for w in words]
    k = len(words)
    while True:
        j = _before_glue(core, k)
        form = _form_before(core, j)
        j = _before_glue(core, j - len(form)) if form else 0
        if j == 0 or core[j - 1] in _FORM_KEEPERS:
            return k
        k = j


def ends_in_legal_form(words: list[str]) -> bool:
    """Do ``words`` (words or units, as for :func:`closing_forms_start`) end in an English legal form, maybe
    followed by punctuation? ``Mizuho Financial Group`` does, though Group stays in its name.

    >>> ends_in_legal_form(["Hoa", "Sen", "JSC", "."]), ends_in_legal_form(["Hoa", "Sen"])
    (True, False)
    """
    core = [w.strip(".,&") for w in words]
    return _form_before(core, _before_glue(core, len(core))) is not None


def _form_before(core: list[str], j: int) -> tuple[str, ...] | None:
    """The longest legal form that ends just before ``core[j]``; None if none does."""
    return next((f for f in _LEGAL_FORMS_EN if j >= len(f) and tuple(core[j - len(f) : j]) == f), None)


def _before_glue(core: list[str], k: int) -> int:
    """``k`` moved back over the units of punctuation alone (``,``, ``&``, ``.``) before it."""
    while k > 0 and not core[k - 1]:
        k -= 1
    return k


#: Adjectives a name cannot end in, so the legal form after them stays (``Mizuho Financial Group``).
_FORM_KEEPERS = frozenset(vocabulary.words("legal_form_keepers_en.txt"))

_PLACE_KINDS_EN = frozenset(vocabulary.words("place_kinds_en.txt"))

_WORD = re.compile(r"\w+(?:&\w+)*|[^\w\s]")


_ACRONYM = re.compile(r"^[A-ZĐ][A-Za-z0-9&Đ]*[A-Z0-9][A-Za-z0-9&]*$")


_SHORT_WORD = re.compile(r"^[A-Z][a-z]{2,13}$")


# A Roman numeral that numbers a place or organisation (Thang Long Industrial Park II), never an acronym.
_ROMAN = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|X{1,3}(?:IX|IV|V?I{0,3}))$")  # II … XXXIX: khóa XV, điện VIII


_ROMAJI = re.compile(
    r"^(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|kk|ss|tt|pp|ssh|tch|[kgsztdnhbpmrwyf])?[aeiou]|n(?![aeiou]))+$"
)


_VI_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)


# Old-style tone placement (hoà, thuỷ, Uỷ) and its new-style equivalent (hòa, thủy, Ủy).
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "Oà": "Òa",
    "Oá": "Óa",
    "Oả": "Ỏa",
    "Oã": "Õa",
    "Oạ": "Ọa",
    "Uỳ": "Ùy",
    "Uý": "Úy",
    "Uỷ": "Ủy",
    "Uỹ": "Ũy",
    "Uỵ": "Ụy",
}


_OLD_TONE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TONES) + r")(?=\b|$)")


def _retone(s: str) -> str:
    """New-style tone placement, so ``Uỷ ban`` and ``Ủy ban`` are one name."""
    return _OLD_TONE.sub(lambda m: _OLD_TONES[m.group(1)], unicodedata.normalize("NFC", s))


def _plain(s: str) -> str:
    """Lower case without diacritics (``Nguyễn`` -> ``nguyen``, ``Đ`` -> ``d``)."""
    s = unicodedata.normalize("NFD", s.casefold().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


@dataclass(frozen=True)
class _Entry:
    label: str  # ORG, LOC, TITLE, or a rule kind: orghead, orghead_en, lochead, lochead_en, locintro
    kind: str
    canonical: str
    country: str = ""


def gazetteer() -> pd.DataFrame:
    """The gazetteer as a table: one row per alias, with its ``label``, ``kind``, ``canonical``, ``country``.

    Read from ``helpers/data/gazetteer.csv`` (its comment header says where the names come from).
    A copy: changing it changes nothing else.

    >>> g = gazetteer()
    >>> g[g.alias == "Japan"][["alias", "label", "canonical"]].to_string(index=False)
    'alias label canonical\\nJapan   LOC  Nhật Bản'
    """
    return _gazetteer().copy()


@memoize(maxsize=1)
def _gazetteer() -> pd.DataFrame:
    """The gazetteer table, read once (shared: never hand it out, see :func:`gazetteer`)."""
    rows = [
        (a, row["label"], row["kind"], row["canonical"], row["country"])
        for row in vocabulary.rows("gazetteer.csv")
        for a in _aliases(row)
    ]
    return pd.DataFrame(rows + _without_country(rows), columns=["alias", "label", "kind", "canonical", "country"])


def _without_country(rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """A foreign ministry's Vietnamese name without its country, when no other entry is so named (``Bộ Nội vụ
    và Truyền thông Nhật Bản`` -> ``Bộ Nội vụ và Truyền thông``, as a report on Japan writes it; not ``Bộ Ngoại
    giao``, Viet Nam's own), as :func:`_aliases` adds ``Việt Nam`` to Viet Nam's."""
    countries = {country: canonical for _, label, kind, canonical, country in rows if kind == "country"}
    taken = {alias for alias, *_ in rows}
    added = []
    for _, label, kind, canonical, country in rows:
        suffix = " " + countries.get(country, "\x00")
        short = canonical[: -len(suffix)]
        if kind == "ministry" and country != "VN" and canonical.endswith(suffix) and short not in taken:
            added.append((short, label, kind, canonical, country))
            taken.add(short)
    return added


def _aliases(row: Mapping[str, str]) -> list[str]:
    """A gazetteer row's aliases, the canonical first if unlisted, and the forms the code adds: a Vietnamese
    ministry with ``Việt Nam`` and by its initials, a university with ``Trường``, an English name in the other
    of the British and American spellings."""
    aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
    if row["canonical"] not in aliases:
        aliases.insert(0, row["canonical"])
    aliases += [a for a in _organisation_forms(row, aliases) if a not in aliases]
    aliases += [v for a in aliases if (v := _other_spelling(a)) != a and v not in aliases]
    return aliases


def _organisation_forms(row: Mapping[str, str], aliases: list[str]) -> list[str]:
    """The forms the press adds to a Vietnamese ministry's names (with ``Việt Nam``, by its initials) and to a
    university's (with ``Trường``)."""
    if row["label"] == "ORG" and row["kind"] == "ministry" and row["country"] == "VN":
        return [f"{a} Việt Nam" for a in aliases if a.startswith("Bộ ")] + _ministry_initials(row["canonical"])
    if row["label"] == "ORG" and row["kind"] == "university":
        return [f"Trường {a}" for a in aliases if a.startswith("Đại học ")]
    return []


#: British and American spellings of words in English names (Ministry of National Defence / Defense).
_SPELLINGS = {"Defence": "Defense", "Organisation": "Organization", "Centre": "Center", "Labour": "Labor"}
_SPELLINGS |= {us: uk for uk, us in _SPELLINGS.items()}


def _other_spelling(alias: str) -> str:
    """An English alias in the other of the British and American spellings (``Ministry of National Defence`` ->
    ``Ministry of National Defense``), or the alias itself if it has none of :data:`_SPELLINGS`.

    >>> _other_spelling("Ministry of National Defence"), _other_spelling("Bộ Quốc phòng")
    ('Ministry of National Defense', 'Bộ Quốc phòng')
    """
    return " ".join(_SPELLINGS.get(w, w) for w in alias.split())


def _ministry_initials(name: str) -> list[str]:
    """A Vietnamese ministry of joined fields by the initials of its syllables, as the press writes it
    (``Bộ Tài nguyên và Môi trường`` -> ``Bộ TN&MT``, ``Bộ TN-MT``, ``Bộ TNMT``); [] for a ministry of one field.

    >>> _ministry_initials("Bộ Lao động - Thương binh và Xã hội"), _ministry_initials("Bộ Tài chính")
    (['Bộ LĐ-TB&XH', 'Bộ LĐ-TB-XH', 'Bộ LĐTBXH'], [])
    """
    words = name.split()[1:]
    if words[:1] == [] or "và" not in words:
        return []
    signs = {"và": "&", "-": "-", "–": "-", ",": "-"}
    marked = "".join(signs.get(w, w[0].upper()) for w in " ".join(words).replace(",", " ,").split())
    return [f"Bộ {marked}", "Bộ " + marked.replace("&", "-"), "Bộ " + "".join(c for c in marked if c.isalpha())]


@memoize(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names in Latin script (``helpers/data/given_names.txt``, from Faker: a noisy hint, see its header)."""
    return frozenset(vocabulary.words("given_names.txt"))


@memoize(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(_plain(n) for n in vocabulary.words("person_names.txt"))


@memoize(maxsize=1)
def _marked_surnames() -> frozenset[str]:
    return frozenset(_retone(n) for n in vocabulary.words("person_names.txt"))


def _family_name(word: str) -> bool:
    """Is ``word`` a Vietnamese family name: written without marks, as one is without them (``Truong``);
    written with marks, with its own (``Trương``; ``Trưởng`` is an office's first word: ``Trưởng Đoàn``).

    >>> _family_name("Truong"), _family_name("Trương"), _family_name("Trưởng")
    (True, True, False)
    """
    return _plain(word) in _surnames() if word.isascii() else _retone(word) in _marked_surnames()


def _key(words: Iterable[str], fold: bool = False) -> tuple[str, ...]:
    return tuple(_retone(w).casefold() if fold else _retone(w) for w in words)


@dataclass(frozen=True)
class _Lexicon:
    exact: dict  # word tuple (exact case) -> entry: organisations, places, kind words
    folded: dict  # word tuple (case-folded) -> entry: titles, place introducers
    prefixes: frozenset  # every beginning of an exact key, so a scan can stop early
    folded_prefixes: frozenset


#: A phrase a rule adds to the lexicon: its words, whether case is ignored, what it is.
Phrase = tuple[tuple[str, ...], bool, _Entry]


def build_lexicon(phrases: Iterable[Phrase]) -> _Lexicon:
    """The phrase tables for a sequence of phrases; the first entry for a phrase wins."""
    exact: dict[tuple[str, ...], _Entry] = {}
    folded: dict[tuple[str, ...], _Entry] = {}
    for key, fold, entry in phrases:
        (folded if fold else exact).setdefault(key, entry)
    prefixes = frozenset(k[:n] for k in exact for n in range(1, len(k) + 1))
    folded_prefixes = frozenset(k[:n] for k in folded for n in range(1, len(k) + 1))
    return _Lexicon(exact, folded, prefixes, folded_prefixes)


def head_phrases() -> list[Phrase]:
    """Organisation and place words as phrases (kinds ``orghead``, ``orghead_en``, ``lochead``, ``lochead_en``,
    ``locafter_en``)."""
    kinds = (
        ("orghead", _ORG_HEADS_VI),
        ("orghead_en", _ORG_HEADS_EN),
        ("lochead", _LOC_HEADS),
        ("lochead_en", _LOC_HEADS_EN),
        ("locafter_en", _LOC_AFTER_EN),
    )
    return [
        (key, False, _Entry(kind, kind, head))
        for kind, heads in kinds
        for head in heads
        for key in (
            _capitalised_variants(_key(_words(head))) if kind in ("orghead", "lochead") else [_key(_words(head))]
        )
    ]


def _capitalised_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A Vietnamese organisation or place word as written, and with its later syllables capitalised, as many
    papers write them (``Tổng công ty``, ``Tổng Công ty``, ``Tổng Công Ty``; ``Khu Công nghiệp``).

    >>> _capitalised_variants(("Tổng", "công", "ty"))
    [('Tổng', 'công', 'ty'), ('Tổng', 'Công', 'ty'), ('Tổng', 'Công', 'Ty')]
    """
    capitalised = tuple(w[:1].upper() + w[1:] for w in key)
    variants = [key[:1] + capitalised[1:k] + key[k:] for k in range(1, len(key) + 1)]
    return list(dict.fromkeys(variants))


def _lookups(lex: _Lexicon, keys: list[str], fkeys: list[str], i: int) -> list[tuple[int, _Entry]]:
    """Every lexicon phrase starting at word ``i``, longest first, as (length, entry)."""
    found = []
    n, exact_on, folded_on = 1, True, True
    while i + n <= len(keys) and (exact_on or folded_on):
        if exact_on:
            k = tuple(keys[i : i + n])
            exact_on = k in lex.prefixes
            if exact_on and k in lex.exact:
                found.append((n, lex.exact[k]))
        if folded_on:
            k = tuple(fkeys[i : i + n])
            folded_on = k in lex.folded_prefixes
            if folded_on and k in lex.folded and not (found and found[-1][0] == n):
                found.append((n, lex.folded[k]))
        n += 1
    return found[::-1]


def _is_vi_name(words: list[str]) -> bool:
    """A Vietnamese personal name: 2-5 capitalised syllables, the first a family name."""
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() and _VI_SYLLABLE.match(_plain(w)) for w in words)
        and _family_name(words[0])
    )


def _is_romaji_name(words: list[str]) -> bool:
    """A romanised Japanese name: two or three capitalised words made of Japanese syllables."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and len(w) >= 3 and _ROMAJI.match(w.lower()) for w in words
    )
