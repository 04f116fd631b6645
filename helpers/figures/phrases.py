"""Ranks, multipliers and fractions written in fixed phrases (lesson 04, ``04_figures.ipynb``).

``hạng 38``, ``lớn thứ hai``, ``second-largest``, ``top 10``, ``the No. 1 donor``; ``gấp đôi``, ``một nửa``,
``two-thirds``, ``one in four``, ``doubled``: each pattern of :data:`_SPECIALS` with the value it stands for.
These are read before any other figure, and the numbers they use are not read again.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import vocabulary
from ..languages import VI
from ..numbers import (
    EN_TEENS,
    EN_TENS,
    EN_UNITS,
    SP,
    VI_AFTER_MUOI,
    VI_AFTER_MUOI_TEN,
    VI_UNITS,
    parse_number,
    vi_words_value,
)
from .quantities import _Figure, _qualifier_before
from .words import _VI_NOUN_RE, _phrases_re

# Patterns for ranks, multipliers and fractions written in fixed phrases.
_VI_ORD = r"\d+|một|nhất|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười"
_EN_ORD_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_EN_ORD = r"\d+(?:st|nd|rd|th)|" + "|".join(_EN_ORD_WORDS)
#: What a rank is counted by, after "by" (``fourth by number of projects``): helpers/data/rank_criteria_en.txt.
_RANK_CRITERIA = "|".join(vocabulary.words("rank_criteria_en.txt"))
_EN_CARDINALS = {**EN_UNITS, "ten": 10}
_EN_CARDINAL = "|".join(_EN_CARDINALS)
#: The number words of a multiple written as one word (``fourfold``, ``twelvefold``, ``hundredfold``; round 18).
_EN_FOLDS = {**_EN_CARDINALS, **EN_TEENS, **EN_TENS, "hundred": 100, "thousand": 1000}
_PROPORTION_VERBS = [
    f"{verb} {particle}".strip()
    for verb, particle in [(v, "for") for v in ("account", "accounts", "accounted", "accounting")]
    + [(v, "up") for v in ("make", "makes", "made", "making")]
    + [(v, "") for v in ("represent", "represents", "represented", "representing")]
]
_SHARE_VERBS = _phrases_re(list(vocabulary.words("share_verbs_en.txt")))  # "one-third expect", "half plan"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ORD_VALUES = {"một": 1, "nhất": 1, "tư": 4, **VI_UNITS, "mười": 10, **_EN_ORD_WORDS, **EN_UNITS}
_FRACTIONS_EN = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_VI_DENOMINATORS = {"hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "mười": 10}


_VI_COMPOUND = (  # a Vietnamese number of two or three words: hai mươi, hai mươi lăm, mười hai, ba trăm
    rf"(?:{'|'.join(VI_UNITS)}){SP}+(?:mươi|trăm)(?:{SP}+(?:{'|'.join(VI_AFTER_MUOI)}))?"
    rf"|mười{SP}+(?:{'|'.join(VI_AFTER_MUOI_TEN)})"
)
_RANK_ADJECTIVES = "lớn|cao|nhiều|đông|mạnh|nhanh|giàu|thấp|nhỏ"  # "lớn thứ hai": the rank is in the adjective


def _after_one_of(*words: str) -> str:
    """A regular expression that matches where one of ``words`` and a space come just before.

    >>> re.search(_after_one_of("the", "its") + "No", "its No. 1").start()
    4
    """
    return "(?:" + "|".join(f"(?<={re.escape(w)}{SP})" for w in words) + ")"


def _not_after(*words: str) -> str:
    """A regular expression that matches where none of ``words`` and a space come just before.

    >>> re.search(_not_after("the", "its") + "second", "its second, a second").start()
    14
    """
    return "".join(f"(?<!{re.escape(w)}{SP})" for w in words)


# Verbs and prepositions after which a bare ordinal is a position ("was third among", "came in second").
_STANDING_VERBS = vocabulary.words("standing_verbs_en.txt")
_SPECIALS: list[tuple[str, re.Pattern]] = [
    (
        "rank",
        re.compile(rf"(?<!\w)(?:xếp{SP}+)?(?:thứ{SP}+)?hạng{SP}+(?:thứ{SP}+|số{SP}+)?(?P<n>{_VI_ORD})(?!\w)", re.I),
    ),
    (
        "rank",
        re.compile(rf"(?<!\w)(?:(?:vị{SP}+trí|đứng)(?:{SP}+(?:số|thứ))?|xếp{SP}+thứ){SP}+(?P<n>{_VI_ORD})(?!\w)", re.I),
    ),
    ("rank", re.compile(rf"(?<!\w)(?:lên|xuống){SP}+(?:vị{SP}+trí{SP}+)?thứ{SP}+(?P<n>{_VI_ORD})(?!\w)", re.I)),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:{_RANK_ADJECTIVES}|quan{SP}+trọng)"
            rf"{SP}+thứ{SP}+(?P<n>{_VI_ORD})(?!\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?:top|tốp){SP}*-?{SP}*(?P<n>\d+|{_EN_CARDINAL}|twenty|fifty|hundred)(?!\w)", re.I)),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:ranked|ranks|ranking|rank|placed|came)"
            rf"{SP}+(?:No\.{SP}*|number{SP}+)?(?P<n>{_EN_ORD}|\d+)(?!\w)",
            re.I,
        ),
    ),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_ORD})(?:-|{SP}+)"
            r"(?:largest|biggest|highest|most|fastest|leading|richest|lowest|smallest|best|strongest|top)(?!\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?P<n>{_EN_ORD}){SP}+place(?!\w)", re.I)),
    (
        "rank",  # "Japan was third among investors", "remained third, behind …", "rose to 44th in the index"
        re.compile(
            _after_one_of(*_STANDING_VERBS)
            + rf"(?P<n>\d+(?:st|nd|rd|th)|{'|'.join(o for o in _EN_ORD_WORDS if o != 'first')})"
            + rf"(?=[,.;]|{SP}+(?:among|in|behind|after|with|globally|worldwide|overall|out{SP}+of)(?!\w))",
            re.I,
        ),
    ),
    (
        "rank",  # "second in Southeast Asia", "second only to Laos", "fourth by number of projects";
        # not "the first in Vietnam to ..."
        re.compile(
            r"(?<!\w)" + _not_after("the", "The", "its", "a", "'s", "’s", "their") + rf"(?P<n>{_EN_ORD})"
            rf"(?={SP}+(?:only{SP}+)?(?:in|among|to|behind|after)"
            rf"{SP}+(?:only{SP}+)?(?:the{SP}+)?(?!(?:{_MONTHS})\b)[A-Z]|{SP}+by{SP}+(?:{_RANK_CRITERIA})\b)",
        ),
    ),
    (
        "rank",
        re.compile(
            rf"(?<!\w)(?:{'|'.join(vocabulary.words('rank_roles_vi.txt'))})"
            rf"(?:{SP}+(?!(?:số|thứ|{_RANK_ADJECTIVES})\b)\w+){{0,2}}?"
            rf"{SP}+(?:số{SP}+(?P<n>\d{{1,2}}|một)|thứ{SP}+(?P<o>\d{{1,2}}|{_VI_ORD}))(?![\w.,]\d|\w)",
            re.I,
        ),
    ),
    ("rank", re.compile(rf"(?<!\w)(?:the{SP}+)?number(?:-|{SP}+)(?P<n>one)(?!\w)", re.I)),
    (
        "rank",  # "the No. 1 ODA donor", "Vietnam's No. 2 investor"; not "Decree No. 13"
        re.compile(
            _after_one_of("the", "The", "'s", "’s", "its", "their", "as", "is", "was", "ranked")
            + rf"No\.?{SP}?(?P<n>\d{{1,2}})(?![\d]|[.,]\d)"
        ),
    ),
    (
        "multiplier",  # gấp đôi, gấp 3 lần, gấp hai mươi lần, gấp trăm lần
        re.compile(
            rf"(?<!\w)gấp{SP}+(?P<n>đôi|rưỡi|\d+(?:[.,]\d+)?|{_VI_COMPOUND}|{_VI_ORD}|trăm|nghìn|ngàn)"
            rf"(?![.,]?\d)(?!{SP}*[-–]{SP}*\d)(?:{SP}+lần)?(?!\w)",  # not a range's first number: gấp 1,5 - 2 lần
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>một){SP}+nửa(?!\w)", re.I)),
    (
        "multiplier",  # "chiếm 1/3 tổng vốn", "bằng 1/4": a fraction after a word of proportion, not a date
        re.compile(
            _after_one_of("chiếm", "bằng", "khoảng", "gần", "hơn", "trên", "hay", "đến", "tới")
            + r"(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/]|[.,]\d)",
            re.I,
        ),
    ),
    (
        "multiplier",
        re.compile(rf"(?<!\w)(?P<n>một|hai|ba|bốn|\d+){SP}+phần{SP}+(?P<d>hai|ba|tư|bốn|năm|mười|\d+)(?!\w)", re.I),
    ),
    (
        "multiplier",  # "Có 3/4 doanh nghiệp có lãi": a share right before a counted noun (a date is blocked first)
        re.compile(rf"(?<![\w/.,])(?P<n>[1-9])/(?P<d>[2-9]|10)(?={SP}+(?:số|{_VI_NOUN_RE.pattern})(?!\w))", re.I),
    ),
    (
        "multiplier",
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            rf"(?=[^\S\n]+of(?!\w)|-(?!century)|{SP}+(?:{_SHARE_VERBS})(?!\w))",  # "one-quarter are", "a third said"
            re.I,
        ),
    ),
    (
        "multiplier",  # the size of a change: "rose by a third", "fell by two-thirds, to …"
        re.compile(
            rf"(?<=by{SP})(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            rf"(?=[,.;]|{SP}+(?:from|to|in|on|since|over|compared|year)(?!\w))",
            re.I,
        ),
    ),
    (
        "multiplier",  # a share after a verb of proportion: "account for a quarter", "made up two-thirds"
        re.compile(
            _after_one_of(*_PROPORTION_VERBS)
            + rf"(?P<n>{_EN_CARDINAL}|a)(?:{SP}*-{SP}*|{SP}+)"
            + r"(?P<d>halves|half|thirds|third|quarters|quarter|fifths|fifth|tenths|tenth)"
            + rf"(?=[,.;)]|{SP}+(?:of|in|by|on|and|while|last|this)(?!\w)|{SP}*$)",
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<![\w-])(?<!first{SP})(?<!second{SP})(?P<d>half)(?={SP}+(?:of|the)(?!\w))", re.I)),
    (
        "multiplier",  # "half" standing for a share of what was just counted: "trained half at home", "about half were"
        re.compile(
            r"(?<![\w-])"
            + _not_after("a", "the", "first", "second", "latter", "its", "their", "one", "and", "each", "other", "last")
            + rf"(?P<d>half)(?=[,.;]|{SP}+(?:in|at|to|from|for|by|on|went|came|{_SHARE_VERBS})(?!\w))",
            re.I,
        ),
    ),
    ("multiplier", re.compile(rf"(?<!\w)(?P<n>{'|'.join(_EN_FOLDS)})-?fold(?!\w)", re.I)),  # "a fourfold increase"
    ("multiplier", re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)[x×](?![\w×-])")),  # "jumped 3x", "1.5x the level"
    (
        "multiplier",  # "one in four Vietnamese workers": a fraction, not a count of four
        re.compile(
            rf"(?<!\w)(?P<n>{_EN_CARDINAL}|\d{{1,2}}){SP}+in{SP}+(?P<c>{_EN_CARDINAL}|\d{{1,2}})(?={SP}+[^\W\d_])", re.I
        ),
    ),
    (
        "multiplier",  # "cứ bốn người thì có một người": one in four, not a count of four people
        re.compile(
            rf"(?<!\w)cứ{SP}+(?P<c>\d{{1,2}}|{_VI_ORD})(?!{SP}+(?:năm|tháng|tuần|ngày|giờ|quý)(?!\w))"
            rf"{SP}+(?:[^\W\d_]+{SP}+){{1,3}}?(?:thì{SP}+(?:có{SP}+)?|có{SP}+)"
            rf"(?P<n>\d{{1,2}}|một|hai|ba|bốn|năm)(?={SP}+[^\W\d_])",
            re.I,
        ),
    ),
    (
        "multiplier",
        re.compile(
            r"(?<!\w)(?P<w>doubled|doubling|doubles|tripled|tripling|triples|quadrupled|quadruples|halved"
            r"|(?:(?<=to\s)|(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=may\s)|(?<=can\s)|(?<=than\s)|(?<=nearly\s))"
            r"(?:double|triple|quadruple|halve)"
            r"|(?:double|triple|quadruple)(?=\s+(?:the|that|what|its|their)\b)"
            r"|twice(?=\s+(?:as|the|that|what|its|their|a)\b))(?!\w)",
            re.I,
        ),
    ),
]
_WORD_MULTIPLIERS = {
    "doubles": 2,
    "triples": 3,
    "quadruples": 4,
    "doubled": 2,
    "doubling": 2,
    "twice": 2,
    "tripled": 3,
    "tripling": 3,
    "quadrupled": 4,
    "halved": 0.5,
    "double": 2,
    "triple": 3,
    "quadruple": 4,
    "halve": 0.5,
}


#: An order or medal up to three words before a class (``Huân chương Lao động hạng Nhất``: round 24 of issue 14).
_AWARD_BEFORE = re.compile(rf"(?:huân|huy){SP}+chương(?:{SP}+\S+){{0,3}}{SP}+$", re.I)


def _special_figures(text: str, lang: str) -> list[_Figure]:
    """Ranks, multipliers and fractions written in fixed phrases (:data:`_SPECIALS`)."""
    found = []
    for kind, pattern in _SPECIALS:
        for m in pattern.finditer(text):
            value = _special_value(kind, m.groupdict(), lang)
            if not value or (kind == "rank" and _AWARD_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                continue  # Huân chương Lao động hạng Nhất: an order's class, no rank
            fig = _Figure(m.start(), m.end(), value, kind=kind)
            if kind == "rank" and m.group().lower().startswith(("top", "tốp")):
                fig.qualifier = "up_to"
            else:
                fig.qualifier = _qualifier_before(text, m.start())[0] if kind == "multiplier" else "exact"
            fig.claims = [m.span()]
            found.append(fig)
    return found


_COORDINATED_RANK = re.compile(
    rf"(?:,|{SP}(?:và|hoặc|còn|and|or)){SP}+(?:thứ{SP}+(?P<o>{_VI_ORD})|(?P<n>{_EN_ORD}))"
    rf"(?={SP}+(?:về|trong|trên|ở|by|in|for|on|among)(?!\w))",
    re.I,
)


def _coordinated_ranks(text: str, ranks: list[_Figure]) -> list[_Figure]:
    """A second rank sharing the verb of a rank just before it in the same clause: ``đứng thứ hai về số
    dự án và [thứ ba] về vốn``, ``xếp thứ 2 về vốn, [thứ 5] về số dự án``, ``ranked second by capital and
    [third] by number of projects`` (each followed by what it ranks on, so ``lần thứ ba về Việt Nam`` is not one).

    >>> t = "Nhật Bản đứng thứ hai về số dự án và thứ ba về vốn."
    >>> [(t[f.start:f.end], f.value) for f in _coordinated_ranks(t, _special_figures(t, "vi"))]
    [('thứ ba', Decimal('3'))]
    """
    found = []
    for m in _COORDINATED_RANK.finditer(text):
        start = text.rfind("thứ", m.start(), m.start("o")) if m.group("o") else m.start("n")
        lead = [r for r in ranks if r.kind == "rank" and r.end <= m.start() and m.start() - r.end <= 80]
        if lead and not re.search(r"[.;:!?\n]", text[lead[-1].end : m.start()]):
            value = _number_word_value((m.group("o") or m.group("n")).lower(), "rank", "")
            if value:
                found.append(_Figure(start, m.end(), value, kind="rank", claims=[(start, m.end())]))
    return found


_NAME_THEN_RANK = re.compile(rf"(?<=\w{SP})thứ{SP}+(?P<o>{_VI_ORD})(?=[,.;]|{SP}+(?:với|về|trong|sau|là)(?!\w))")


def _ranks_after_names(text: str) -> list[_Figure]:
    """``thứ N`` right after a name inside a sentence, with no verb: a list of places (``Hàn Quốc dẫn đầu,
    Nhật Bản [thứ hai] với …, Singapore [thứ ba]``); not after a lower-case noun (``lần thứ ba``, ``kỳ họp thứ
    8``) nor a capitalised word that opens the sentence (``Phiên thứ hai``).

    >>> t = "Hàn Quốc dẫn đầu, Nhật Bản thứ hai với 4 tỷ USD, Singapore thứ ba."
    >>> [(t[f.start:f.end], f.value) for f in _ranks_after_names(t)]
    [('thứ hai', Decimal('2')), ('thứ ba', Decimal('3'))]
    """
    found = []
    for m in _NAME_THEN_RANK.finditer(text):
        value = _number_word_value(m.group("o").lower(), "rank", "")
        name = re.search(rf"(?:^|([.!?:\n]?){SP}*)[A-ZĐ][^\W\d_]*{SP}+$", text[max(0, m.start() - 40) : m.start()])
        if value and name and name.group(1) == "" and name.start() > 0:
            found.append(_Figure(m.start(), m.end(), value, kind="rank", claims=[m.span()]))
    return found


_ROUND_NUMBERS = {"ten": 10, "five": 5, "three": 3, "twenty": 20, "fifty": 50, "hundred": 100}
_MULTIPLE_WORDS = {
    "đôi": Decimal(2),
    "rưỡi": Decimal("1.5"),
    "trăm": Decimal(100),
    "nghìn": Decimal(1000),
    "ngàn": Decimal(1000),
}


def _special_value(kind: str, groups: dict[str, str | None], lang: str) -> Decimal | None:
    """The value of a fixed phrase: ``gấp đôi`` 2, ``một nửa`` 0.5, ``two-thirds`` 0.667, ``hạng 38`` 38."""
    raw = (groups.get("n") or groups.get("o") or "").lower()
    word, denominator = groups.get("w"), groups.get("d")
    cardinal = (groups.get("c") or "").lower()
    if cardinal:  # "one in four", "cứ bốn người thì có một người"
        return _fraction(raw, str(_EN_CARDINALS.get(cardinal) or _ORD_VALUES.get(cardinal) or cardinal))
    if kind == "multiplier" and (word or denominator or raw == "một"):
        return _multiplier_value(raw, word, denominator)
    return _number_word_value(raw, kind, lang)


def _multiplier_value(raw: str, word: str | None, denominator: str | None) -> Decimal | None:
    """A multiplier named by a word (``gấp đôi`` 2), a fraction (``two-thirds``) or ``một nửa`` (0.5)."""
    if word:
        return Decimal(str(_WORD_MULTIPLIERS[word.lower()]))
    if denominator:
        return _fraction(raw, denominator.lower())
    return Decimal("0.5")


def _number_word_value(raw: str, kind: str, lang: str) -> Decimal | None:
    """The number in a rank or multiplier phrase: digits, ``rưỡi``, ``fourfold``, ``ten``, an ordinal."""
    if raw in _MULTIPLE_WORDS:
        return _MULTIPLE_WORDS[raw]
    if len(raw.split()) > 1 and lang == VI:  # "gấp hai mươi lần"
        value, n = vi_words_value(raw.split())
        return Decimal(value) if n == len(raw.split()) else None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", raw):
        return parse_number(raw, lang) if not raw.isdigit() else Decimal(raw)
    if raw.lower() in _EN_FOLDS and kind == "multiplier":
        return Decimal(_EN_FOLDS[raw.lower()])  # "fourfold", "twelvefold"
    if raw in _ROUND_NUMBERS:
        return Decimal(_ROUND_NUMBERS[raw])
    digits = re.match(r"\d+", raw)
    return Decimal(digits.group()) if digits else Decimal(_ORD_VALUES.get(raw, 0))


def _fraction(raw: str, den: str) -> Decimal | None:
    """A proper fraction (``một phần ba``, ``two-thirds``, ``a quarter``); None if it is not one."""
    if raw in ("", "one", "a", "một"):
        numerator = Decimal(1)
    else:
        numerator = Decimal(raw) if raw.isdigit() else Decimal(_ORD_VALUES.get(raw, 0))
    denominator = Decimal(den) if den.isdigit() else Decimal(_FRACTIONS_EN.get(den) or _VI_DENOMINATORS.get(den, 0))
    if not denominator or not numerator or numerator >= denominator:
        return None
    return numerator / denominator
