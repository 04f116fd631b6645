"""helpers: the shared toolkit of the Vietnam–Japan technology cooperation notebooks.

Students call these functions; names and the columns of the tables they return are stable.

>>> import helpers
>>> corpus = helpers.load_corpus()
>>> len(corpus), sorted(corpus.lang.unique())
(5, ['en', 'vi'])
"""

from .check import check
from .corpus import (
    CatalogWarning,
    CorpusError,
    clean_text,
    load_corpus,
    paragraphs,
    sentences,
    tag_sentences,
    word_counts,
)
from .text import detect_language, normalize, split_sentences, stopwords, tag, tokenize

__all__ = [
    "CatalogWarning",
    "CorpusError",
    "check",
    "clean_text",
    "detect_language",
    "load_corpus",
    "normalize",
    "paragraphs",
    "sentences",
    "split_sentences",
    "stopwords",
    "tag",
    "tag_sentences",
    "tokenize",
    "word_counts",
]
