"""Rule "patterns": organisation and place words make names.

An organisation word starts a Vietnamese name (``Bộ``, ``Hiệp hội``, ``Tập đoàn``) and ends an
English one (``Agency``, ``Group``, ``Centre``); a place word marks a place (``Khu công nghiệp``,
``Industrial Park``) or introduces one (``tỉnh Quảng Ninh``); an unknown name listed among
organisations is an organisation, and one after ``tại``/``in`` is a place.
"""

from __future__ import annotations

from ..lexicon import (
    _ACRONYM,
    _COMPANY_HEADS,
    _CONNECT_EN,
    _LEGAL_FORMS_EN,
    _LEGAL_FORMS_VI,
    _LOC_INTROS,
    _PLACE_KINDS_EN,
    _TAI_HEADS,
    _VI_SYLLABLE,
    Phrase,
    _Entry,
    _is_vi_name,
    _key,
    _plain,
    _retone,
    _words,
    head_phrases,
)
from ..units import (
    _Candidate,
    _claim,
    _free_capitals_end,
    _Mention,
    _mention,
    _name_like,
    _person_shaped,
    _span_text,
    _Unit,
)
from .gazetteer import known_canonical


def phrases() -> list[Phrase]:
    """Organisation and place words, then the words that introduce a place (any case)."""
    intros = [(_key(_words(i), fold=True), True, _Entry("locintro", "locintro", i)) for i in _LOC_INTROS]
    return head_phrases() + intros


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Organisation names built on an organisation word, then places built on a place word."""
    _org_names(units, rules, aliases, out)
    _loc_patterns(units, rules, out)


def held_back(c: _Candidate) -> bool:
    """A name listed among organisations waits for the second pass (Kobayashi Denki is a company)."""
    return c.org_list and not (c.title or c.honorific) and not _is_vi_name(c.words)


def label(c: _Candidate, rules: frozenset[str], parts: set[str]) -> _Mention | None:
    """ORG for a name listed among organisations, LOC for one after a place preposition."""
    words = c.words
    if c.org_list and _name_like(c.units, words, strict=False):
        return _mention(c, "ORG")
    if c.loc_cue and _name_like(c.units, words, strict=False) and c.model != "PER":
        return _mention(c, "LOC")
    return None


def _org_names(units: list[_Unit], rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """Names built on an organisation word: ``Bộ Khoa học và Công nghệ``, ``FPT Group``."""
    i = 0
    while i < len(units):
        u = units[i]
        if u.claimed or u.label not in ("orghead", "orghead_en") or not u.text[:1].isupper():
            i += 1
            continue
        end = _org_extent(units, i) if u.label == "orghead" else None
        start = i
        if u.label == "orghead_en":
            start, end = _english_run(units, i)
        if end is None or end <= start or any(x.claimed for x in units[start : end + 1]):
            i += 1
            continue
        piece = units[start : end + 1]
        _claim(piece, "ORG", _org_canonical(piece, u, rules, aliases), out)
        i = end + 1


def _org_canonical(piece: list[_Unit], head: _Unit, rules: frozenset[str], aliases: dict[str, str]) -> str:
    """An organisation's canonical name: a known alias or gazetteer name, the company a company word
    names (``Tập đoàn Viettel`` -> Viettel), a closing acronym (``Trung tâm nghiên cứu VDEC`` -> VDEC)."""
    text, last = _span_text(piece), piece[-1]
    canonical = aliases.get(_retone(text)) or known_canonical(text, rules)
    if not canonical and head.text == "University" and last is head and len(piece) > 1:
        name = "Đại học " + _span_text(piece[:-1])  # universities by their Vietnamese name, as the course names them
        canonical = known_canonical(name, rules) or name
    bare = _without_legal_form(piece) if head.label == "orghead_en" else piece
    if not canonical and bare is not piece:
        text = _span_text(bare)
        canonical = aliases.get(text) or known_canonical(text, rules) or text
    if not canonical and head.known.canonical in _COMPANY_HEADS and last.label == "ORG":
        canonical = last.known.canonical
    if not canonical and head.known.canonical in _COMPANY_HEADS and len(piece) > 1:
        canonical = _company_name(piece[1:])  # Công ty TNHH Becamex Tokyu -> Becamex Tokyu
    if not canonical and _ACRONYM.match(last.text) and "resolve" in rules and last.kind == "word":
        canonical = last.text
    return canonical or _retone(text)


def _company_name(rest: list[_Unit]) -> str:
    """A company's name after its company word, without a Vietnamese legal form (TNHH, Cổ phần …)."""
    words = [w for u in rest for w in u.text.split()]
    k = 0
    while k < len(words) and words[k] in _LEGAL_FORMS_VI:
        k += 1
    return " ".join(words[k:]) if k < len(words) else ""


def _without_legal_form(piece: list[_Unit]) -> list[_Unit]:
    """An English name without its closing legal form (``Kioxia Corp`` -> ``Kioxia``); ``piece`` itself if none."""
    k = len(piece)
    while k > 1 and (piece[k - 1].text in _LEGAL_FORMS_EN or piece[k - 1].text in (",", ".")):
        k -= 1
    return piece[:k] if k < len(piece) and k > 0 else piece


def _org_extent(units: list[_Unit], i: int) -> int | None:
    """The last unit of a Vietnamese organisation name starting with the head at ``i``.

    The name goes on over capitalised words and known names, across ``và``/``&`` and a spaced
    dash between two of them, and over ``tại <place>`` for heads that take it (embassies ...).
    """
    takes_tai = units[i].known.canonical in _TAI_HEADS
    last, k = None, i + 1
    while k < len(units) and not units[k].claimed:
        x, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
        if _org_name_part(x):
            last = k
        elif x.text == "tại" and takes_tai and nxt and nxt.label == "LOC" and last is not None:
            last = k = k + 1
        elif not _joins_name_parts(units, k, last):
            break
        k += 1
    return _acronym_after_kind_words(units, i) if last is None else last


def _org_name_part(x: _Unit) -> bool:
    return (x.kind == "word" and x.text[:1].isupper() and not _person_shaped(x)) or x.label in ("ORG", "LOC")


def _joins_name_parts(units: list[_Unit], k: int, last: int | None) -> bool:
    """``và``/``&`` or a spaced dash at ``k`` between two parts of a name (Bộ Khoa học và Công nghệ)."""
    x, nxt = units[k], units[k + 1] if k + 1 < len(units) else None
    if nxt is None or not _org_name_part(nxt):
        return False
    if x.text in ("và", "&"):
        return last is not None
    return x.text in ("-", "–") and last == k - 1 and units[k - 1].end < x.start


def _acronym_after_kind_words(units: list[_Unit], i: int) -> int | None:
    """A kind word, up to three plain words and an acronym: ``Trung tâm nghiên cứu VDEC``."""
    k = i + 1
    while k < len(units) and k <= i + 3 and units[k].kind == "word" and units[k].text.islower():
        k += 1
    if k == i + 1 or k >= len(units):
        return None
    x = units[k]
    return k if x.kind in ("word", "lex") and _ACRONYM.match(x.text) and not x.claimed else None


def _english_run(units: list[_Unit], i: int) -> tuple[int, int | None]:
    """The capitalised English run around an organisation or place word at ``i``."""
    start, end = _run_start(units, i), _run_end(units, i)
    return (start, end) if end > start else (start, None)


def _capital(x: _Unit) -> bool:
    """A capitalised word or known name, not a title, not yet claimed."""
    return x.kind in ("word", "lex") and x.text[:1].isupper() and x.label != "TITLE" and not x.claimed


def _run_start(units: list[_Unit], i: int) -> int:
    """Back over capitalised words and connectors between them: ``Ministry of ...``. A place is
    taken only as the first words of a name with a word between it and the organisation word
    (``Ho Chi Minh City Stock Exchange``; not ``Japan Agency``-like pairs of a place and a head)."""
    start = i
    while start > 0:
        x = units[start - 1]
        if _capital(x) and not x.initial and x.label != "LOC":
            start -= 1
        elif x.label == "LOC" and _capital(x) and start < i and not x.initial:
            start -= 1
            break
        elif (
            x.text in _CONNECT_EN - {"the"}
            and start > 1
            and _capital(units[start - 2])
            and not units[start - 2].initial
        ):
            if units[start - 2].label == "LOC" or not _joins(units, start - 1):
                break
            start -= 2
        else:
            break
    return start


def _run_end(units: list[_Unit], i: int) -> int:
    """On over capitalised words that are not a person's name, and connectors between them."""
    end = i
    while end + 1 < len(units):
        x = units[end + 1]
        if _capital(x) and not _person_shaped(x):
            end += 1
        elif x.text in _CONNECT_EN and end + 2 < len(units) and _capital(units[end + 2]) and _joins(units, end + 1):
            end += 2
        else:
            break
    return end


def _joins(units: list[_Unit], k: int) -> bool:
    """Does the connector at ``k`` join two parts of one English name? ``and`` does only after an
    ``of`` in the same run (``Ministry of Economy, Trade and Industry``, ``University of Science and
    Technology``); otherwise it joins two names (``Sumitomo and SBI Holdings`` are two)."""
    if units[k].text != "and":
        return True
    j = k - 1
    while j >= 0 and (_capital(units[j]) or units[j].text in _CONNECT_EN or units[j].text == ","):
        if units[j].text == "of":
            return True
        j -= 1
    return False


def _loc_patterns(units: list[_Unit], rules: frozenset[str], out: list[_Mention]) -> None:
    """Place words: ``Khu công nghiệp Thăng Long`` / ``Thăng Long Industrial Park`` / ``tỉnh Quảng Ninh``.

    An English kind of place is left out of the canonical name (``Mie Prefecture`` -> ``Mie``)."""
    for i, u in enumerate(units):
        piece = [] if u.claimed else _place_at(units, i, u.label)
        if not piece:
            continue
        text = _span_text(piece)
        if u.label == "lochead_en" and u.text in _PLACE_KINDS_EN and len(piece) > 1:
            name = _span_text(piece[:-1])
            text = known_canonical(name, rules) or name
        _claim(piece, "LOC", _retone(text) if u.label == "lochead" else text, out)


def _place_at(units: list[_Unit], i: int, kind: str) -> list[_Unit]:
    """The place a place word at ``i`` marks: the word and the capitalised words after it (Vietnamese),
    the capitalised words before it and the word (English), or only the words after an introducer."""
    if kind == "lochead":
        k = _free_capitals_end(units, i + 1)
        return units[i:k] if k > i + 1 else []
    if kind == "lochead_en":
        start = i
        while start > 0 and _plain_capital(units[start - 1]):
            start -= 1
        return units[start : i + 1] if start < i else []
    if kind == "locintro":
        piece = units[i + 1 : _free_capitals_end(units, i + 1)]
        vietnamese = all(_VI_SYLLABLE.match(_plain(w)) for x in piece for w in x.text.split())
        return piece if piece and vietnamese else []
    return []


def _plain_capital(x: _Unit) -> bool:
    """An unclaimed capitalised word that is not capitalised only because it starts a sentence."""
    return x.kind == "word" and x.text[:1].isupper() and not x.initial and not x.claimed
