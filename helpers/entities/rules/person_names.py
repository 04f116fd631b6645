"""Rule "person_names": the shape of a name makes a person.

A Vietnamese name is 2-5 capitalised syllables starting with a family name
(``helpers/data/person_names.txt``: ``Nguyễn Văn Khoa``); a Japanese one is two or three
capitalised words of romanised Japanese syllables (``Iwaya Takeshi``).
"""

from __future__ import annotations

from ..lexicon import _is_romaji_name, _is_vi_name
from ..units import _Candidate, _Mention, _mention


def name(c: _Candidate) -> _Mention | None:
    """A run shaped like a Vietnamese or Japanese personal name (any title before it is kept)."""
    words = c.words
    if _is_vi_name(words) or _is_romaji_name(words):
        m = _mention(c, "PER")
        m.title = c.title
        return m
    return None
