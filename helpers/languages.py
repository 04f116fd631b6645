"""Languages: the two languages the course reads, named once for every module.

>>> LANGUAGES
('vi', 'en')
"""

from __future__ import annotations

__all__ = ["EN", "LANGUAGES", "VI", "check_language"]

VI = "vi"
EN = "en"
LANGUAGES = (VI, EN)


def check_language(lang: str, function: str) -> str:
    """Return ``lang`` if the helpers know it, else raise ``ValueError`` naming ``function``.

    >>> check_language("vi", "tokenize")
    'vi'
    >>> check_language("fr", "tokenize")
    Traceback (most recent call last):
    ...
    ValueError: tokenize() knows 'vi' and 'en', not 'fr'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"{function}() knows {' and '.join(map(repr, LANGUAGES))}, not {lang!r}")
    return lang
