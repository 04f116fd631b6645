"""News outlets and the names after a lower-case outlet or company word (rule "patterns", taught in lesson 03).

:func:`_outlets` claims the name after a word for a news outlet (``báo Tuổi Trẻ``, ``hãng tin Kyodo``), after
the copyright sign (``© Japan Today``) or after a lower-case company word (``tập đoàn Mitani Sangyo``), and a
website named by its address (``Nippon.com``) or with a ``+`` (``Vietnam+``). The word lists are
``helpers/data/outlet_words.txt`` and ``company_words_vi.txt``; rule ``datelines`` reads the outlet words too.
Imports nothing from :mod:`.patterns` (it imports from here).

>>> from helpers.entities import extract_entities
>>> extract_entities("Theo báo Tuổi Trẻ, tập đoàn Mitani Sangyo mở văn phòng; tin đăng trên Nippon.com.", "vi")[
...     ["surface", "label", "source"]
... ]
         surface label         source
0       Tuổi Trẻ   ORG  rule:patterns
1  Mitani Sangyo   ORG  rule:patterns
2     Nippon.com   ORG  rule:patterns
"""

from __future__ import annotations

from ... import vocabulary
from ...cache import memoize
from ..lexicon import _retone
from ..units import _claim, _Mention, _span_text, _Unit
from .brands import _abbreviation
from .gazetteer import clipped, known_canonical
from .word_shapes import _capital


def _outlets(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """``báo Tuổi Trẻ``, ``hãng tin Kyodo``, ``báo The Japan Times``: the capitalised name after a
    lower-case word for a news outlet (``helpers/data/outlet_words.txt``) or the copyright sign
    (``© Japan Today``: the publisher) is an organisation, and so is the name after a lower-case company
    word (``tập đoàn Mitani Sangyo``: ``helpers/data/company_words_vi.txt``); so is a website named by its
    address (``Nippon.com``, ``VnExpress.net``)."""
    _websites(units, out)
    for i, u in enumerate(units[:-1]):
        plural = i > 0 and units[i - 1].text.lower() in _PLURAL_WORDS  # các hãng Nipro, Panasonic: a list
        company = u.kind == "word" and u.text in _company_words_vi() and not plural
        word = u.text[:1].lower() + u.text[1:] if i == 0 else u.text  # Tờ Nikkei Asia đưa tin: a sentence's first
        if u.text != "©" and (u.kind != "word" or word not in _outlet_words()) and not company:
            continue
        piece = _name_after_word(units, i, company)
        if piece:
            text = _span_text(piece)
            head = u.text[:1].upper() + u.text[1:] + " " + text  # tập đoàn Điện lực Việt Nam: a known name
            _claim(piece, "ORG", known_canonical(head, rules) or known_canonical(text, rules) or _retone(text), out)


def _name_after_word(units: list[_Unit], i: int, company: bool) -> list[_Unit]:
    """The capitalised words right after the outlet or company word at ``i``; none when they are a place or
    clipped country alone (``báo Nhật``, ``báo Nhật Bản``: the Japanese press) or a common abbreviation
    (``công ty FDI``: a kind of firm)."""
    k = i + 1
    while k < len(units) and (_capital(units[k]) or _inner_hyphen(units, k)) and units[k].start <= units[k - 1].end + 1:
        k += 1
    piece = _after_country(units[i + 1 : k]) if company else units[i + 1 : k]
    alone = piece[0] if len(piece) == 1 else None
    if alone and (alone.label == "LOC" or clipped([alone.text]) or _abbreviation(alone.text)):
        return []
    return piece


#: Words before a company word that make it plural: the names after it are a list, for the other rules.
_PLURAL_WORDS = frozenset({"các", "những", "nhiều", "mọi"})


def _inner_hyphen(units: list[_Unit], k: int) -> bool:
    """Is unit ``k`` a hyphen glued between two capitalised words of one name (``Kobelco Eco-Solutions``)?"""
    nxt = units[k + 1] if k + 1 < len(units) else None
    glued = nxt is not None and units[k].start == units[k - 1].end and nxt.start == units[k].end
    return units[k].text == "-" and nxt is not None and glued and _capital(nxt)


def _after_country(piece: list[_Unit]) -> list[_Unit]:
    """A company's name after a country that says where it is from (``tập đoàn Nhật Bản Sojitz`` -> ``Sojitz``);
    the whole piece when it is the country alone or no country comes first."""
    k = 0
    while k < len(piece) - 1 and piece[k].label == "LOC" and piece[k].known.kind == "country":
        k += 1
    return piece[k:]


_DOMAINS = ("com", "net", "org", "vn", "jp")


def _websites(units: list[_Unit], out: list[_Mention]) -> None:
    """A capitalised word glued to ``.com``, ``.net``, ``.vn``, ``.VN`` …: a website, an organisation;
    so is a name glued to a ``+`` (``Vietnam+``, an outlet's name, not the country)."""
    for i in range(len(units) - 2):
        name, dot, domain = units[i : i + 3]
        glued = dot.start == name.end and domain.start == dot.end and dot.text == "."
        if glued and domain.text.lower() in _DOMAINS and _capital(name) and not dot.claimed and not domain.claimed:
            _claim([name, dot, domain], "ORG", f"{name.text}.{domain.text}", out)
    _plus_outlets(units, out)


def _plus_outlets(units: list[_Unit], out: list[_Mention]) -> None:
    """A name glued to a ``+`` is an outlet (``Vietnam+``), not a time zone's offset (``GMT+7``)."""
    for k, (name, plus) in enumerate(zip(units, units[1:], strict=False)):
        after = units[k + 2] if k + 2 < len(units) else None
        offset = after is not None and after.start == plus.end and after.text[:1].isdigit()  # GMT+7
        if plus.text == "+" and plus.start == name.end and _capital(name) and not plus.claimed and not offset:
            _claim([name, plus], "ORG", f"{name.text}+", out)  # Vietnam+: an outlet, not the country


@memoize(maxsize=1)
def _outlet_words() -> frozenset[str]:
    """Lower-case words for a news outlet (``báo``, ``hãng tin``): ``helpers/data/outlet_words.txt``."""
    return frozenset(vocabulary.words("outlet_words.txt"))


@memoize(maxsize=1)
def _company_words_vi() -> frozenset[str]:
    """Lower-case words that introduce a company's name (``tập đoàn``, ``công ty``): ``company_words_vi.txt``."""
    return frozenset(vocabulary.words("company_words_vi.txt"))
