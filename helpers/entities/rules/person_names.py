"""Rule "person_names": the shape of a name makes a person.

A Vietnamese name is 2-5 capitalised syllables starting with a family name
(``helpers/data/person_names.txt``: ``Nguyễn Văn Khoa``); a Japanese one is two or three
capitalised words of romanised Japanese syllables (``Iwaya Takeshi``). A run whose last two or
three words have that shape ends in a name (the words before it belong to a long title).
"""

from __future__ import annotations

from ..lexicon import _ORG_HEADS_EN, _is_romaji_name, _is_vi_name, ends_in_legal_form
from ..units import _Candidate, _Mention, _mention
from .brands import _company_cues, company_nouns
from .districts import district
from .gazetteer import known_company, known_place, known_region


def name(c: _Candidate) -> _Mention | None:
    """A run shaped like a Vietnamese or Japanese personal name (any title before it is kept), or
    ending in one after the words of a long title (``… Trade and Industry Muto Yoji``); not a run
    right after ``<company office> of`` (``president of Sanko Denki`` names the company) nor one
    with an English organisation word (``Japan Foundation``) or closed by a legal form (``Nippon Yusen
    Kabushiki Kaisha``) or starting with a known company's name
    (``Toyota Boshoku``: a company of its group) unless an honorific is before it; nor a name whose later
    word is a country or region (``Nikkei Asia``: an outlet's edition for Asia, no person); nor a district's
    name with no office or honorific before it (``Lục Ngạn``), nor a name an apposition calls a company or an
    outlet (``Nhan Dan, the newspaper of …``), nor, in English, a Vietnamese name right after ``the`` (``the Dong
    Dieu pumping station``: the thing's place). A Japanese name of three words whose first is a known place is
    that place's person (``tỉnh Yamaguchi Muraoka Tsugumasa``: the governor is Muraoka Tsugumasa)."""
    words = c.words
    if _named_otherwise(c, words):
        return None
    if len(words) == 3 and _is_romaji_name(words) and known_place(words[0]):
        return _Mention(_second_word_start(c), c.units[-1].end, "PER", " ".join(words[1:]), sentence=c.sentence)
    if (_is_vi_name(words) or _is_romaji_name(words)) and not any(known_region(w) for w in words[1:]):
        m = _mention(c, "PER")
        m.title = c.title
        return m
    return _name_after_title_words(c)


def _named_otherwise(c: _Candidate, words: list[str]) -> bool:
    """Does the context say the run is no person (see :func:`name`)?"""
    if c.office_of or any(w in _ORG_HEADS_EN for w in words) or (not c.honorific and known_company(words[0])):
        return True  # president of Sanko Denki: the company, named like a person; Japan Foundation; Toyota Boshoku
    if ends_in_legal_form(words):
        return True  # Nippon Yusen Kabushiki Kaisha: a company's registered name
    if not (c.title or c.honorific) and _uncued_thing(c, words):
        return True
    return c.described in _company_cues()[0]  # Nhan Dan, the newspaper of …: an organisation described


def _uncued_thing(c: _Candidate, words: list[str]) -> bool:
    """With no office or honorific before it, is the run a thing's name by where it stands: a district (``Lục
    Ngạn``), after a company noun (``parent company Ryohin Keikaku``), a route's end (``Hanoi - Tokyo Narita``),
    or in English a Vietnamese name after ``the`` (``the Dong Dieu pumping station``: the thing's place)?"""
    english_the = c.before == "the" and _is_vi_name(words) and not c.units[0].pos
    return bool(district(words)) or c.before in company_nouns() or c.route or english_the


def _second_word_start(c: _Candidate) -> int:
    """Where the run's second word starts (its first unit may hold two words: ``Yamaguchi Muraoka``)."""
    first = c.units[0]
    if " " not in first.text:
        return c.units[1].start
    rest = first.text[len(first.text.split()[0]) :]
    return first.start + len(first.text) - len(rest.lstrip())


def _name_after_title_words(c: _Candidate) -> _Mention | None:
    """The person whose name (up to three words) ends a run after a long title's words (``… Muto Yoji``)."""
    for k in range(1, len(c.units) - 1):
        tail = c.units[k:]
        tail_words = " ".join(u.text for u in tail).split()
        if len(tail_words) <= 3 and (_is_vi_name(tail_words) or _is_romaji_name(tail_words)):
            return _Mention(tail[0].start, tail[-1].end, "PER", " ".join(tail_words), sentence=c.sentence)
    return None
