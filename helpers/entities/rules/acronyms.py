"""Rule "acronyms": ``Full Name (ACRONYM)`` pairs, and later uses of the acronym.

Both the full name and the acronym are mentions of one organisation (canonical: its usual name,
else the acronym when names are resolved); a later bare ``ACRONYM`` is the same organisation.
"""

from __future__ import annotations

from collections.abc import Callable

from ...languages import VI
from ..lexicon import _ACRONYM, _CONNECT_EN, _SHORT_WORD, Phrase, _retone, head_phrases
from ..units import _claim, _Mention, _span_text, _Unit
from .gazetteer import known_canonical


def phrases() -> list[Phrase]:
    """Organisation and place words: a full name starts (or, in English, holds) one."""
    return head_phrases()


def claim(units: list[_Unit], lang: str, rules: frozenset[str], aliases: dict[str, str], out: list[_Mention]) -> None:
    """``Full Name (ACRONYM)``: both are mentions of one organisation, remembered for later uses."""
    for i, u in enumerate(units):
        acr = _acronym_in_brackets(units, i) if u.text == "(" and i > 0 else []
        start = _full_name_start(units, i, lang) if acr else None
        if start is None or any(x.claimed for x in units[start:i] + acr):
            continue
        full = units[start:i]
        full_text, acr_text = _span_text(full), _span_text(acr)
        canonical = known_canonical(full_text, rules) or known_canonical(acr_text, rules)
        if "resolve" in rules:
            canonical = canonical or acr_text
        for piece, text in ((full, full_text), (acr, acr_text)):
            _claim(piece, "ORG", canonical or _retone(text), out)
        aliases[_retone(acr_text)] = canonical or acr_text
        aliases[_retone(full_text)] = canonical or _retone(full_text)


def _acronym_in_brackets(units: list[_Unit], paren: int) -> list[_Unit]:
    """The one or two acronym words between ``(`` at ``paren`` and ``)``, else an empty list."""
    k = paren + 1
    acr: list[_Unit] = []
    while k < len(units) and units[k].kind != "punct" and len(acr) < 2:
        acr.append(units[k])
        k += 1
    if not acr or k >= len(units) or units[k].text != ")":
        return []
    if not all(_ACRONYM.match(a.text) or (len(acr) == 1 and _SHORT_WORD.match(a.text)) for a in acr):
        return []
    return acr


_STOPS = {",", ";", ":", ".", "(", ")", '"', "“", "”"}


def _full_name_start(units: list[_Unit], paren: int, lang: str) -> int | None:
    """Where the full name before ``(`` starts: at its organisation word (Vietnamese: the nearest
    one; English, also an English name in Vietnamese text: the start of the capitalised run that
    holds one), else None."""
    if lang == VI:
        start = _vi_full_name_start(units, paren)
        return start if start is not None else _en_full_name_start(units, paren)
    return _en_full_name_start(units, paren)


def _vi_full_name_start(units: list[_Unit], paren: int) -> int | None:
    for k in range(paren - 1, max(-1, paren - 15), -1):
        x = units[k]
        if x.kind == "punct" and x.text in _STOPS:
            return None
        if x.label == "orghead" and x.text[:1].isupper():
            return k
        if x.label == "ORG" and k == paren - 1 and x.entry and x.entry.kind != "company":
            return k
    return None


def _en_full_name_start(units: list[_Unit], paren: int) -> int | None:
    run_start, has_head = None, False
    for k in range(paren - 1, -1, -1):
        x = units[k]
        has_head = has_head or x.label == "orghead_en"
        if x.kind in ("word", "lex") and x.text[:1].isupper() and x.label != "TITLE" and not x.initial:
            run_start = k
        elif not (x.text in _CONNECT_EN and k > 0 and units[k - 1].text[:1].isupper()):
            break
    return run_start if has_head else None


def alias_claimer(aliases: dict[str, str]) -> Callable[[_Unit, int, list[_Mention]], bool]:
    """A step for :func:`helpers.entities.units._candidates`: a word that is a known acronym or full
    name of this article is a mention of that organisation."""

    def claim_alias(u: _Unit, sentence: int, out: list[_Mention]) -> bool:
        if _retone(u.text) not in aliases or u.kind != "word":
            return False
        u.claimed = True
        canonical = aliases[_retone(u.text)]
        out.append(_Mention(u.start, u.end, "ORG", canonical, sentence=sentence, source="rule:acronyms"))
        return True

    return claim_alias
