"""Vocabulary: the word lists in ``helpers/data/``, read once.

Every list is a file with a comment header (lines starting with ``#``) that says where its words
come from. A ``.txt`` file holds one entry per line; a ``.csv`` file holds a header line and rows.
Adding a word is adding a line: no code changes (see CONTRIBUTING.md).

>>> "tỷ" in {row["word"] for row in rows("scales.csv")}
True
>>> "dự án" in words("counted_nouns_vi.txt")
True
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from .cache import memoize

__all__ = ["data_text", "rows", "words"]


def data_text(name: str) -> str:
    """The text of ``helpers/data/<name>``, comments included.

    >>> data_text("stopwords_vi.txt").startswith("#")
    True
    """
    return resources.files("helpers").joinpath("data", name).read_text(encoding="utf-8")


def _content_lines(name: str) -> list[str]:
    return [line.strip() for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]


@memoize(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-per-line list, in file order, without comments or blank lines.

    >>> words("comparatives.txt")[:3]
    ('cao', 'lớn', 'nhiều')
    """
    return tuple(_content_lines(name))


@memoize(maxsize=None)
def rows(name: str) -> tuple[Mapping[str, str], ...]:
    """The rows of a CSV list (header: the first line that is not a comment), values stripped.

    Rows are read-only (shared by every caller).

    >>> dict(rows("scales.csv")[0])
    {'word': 'nghìn tỷ', 'value': '1000000000000', 'kind': 'word'}
    """
    reader = csv.DictReader(_content_lines(name))
    return tuple(MappingProxyType({key: (value or "").strip() for key, value in row.items()}) for row in reader)
