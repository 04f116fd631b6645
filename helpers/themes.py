"""Themes: what each article is about, counted with a bilingual lexicon.

A *theme lexicon* lists, for each theme (``semiconductors``, ``green transition and energy``,
…), the Vietnamese and English terms that signal it. It lives in ``helpers/data/themes.csv``;
its provenance, matching rules and how to extend it are written at the top of that file.

Counting happens on word-segmented tokens (:func:`helpers.text.tokenize`, sentence by
sentence), never on raw strings: ``bán dẫn`` is one token and one match, and the token
``chuyển đổi số`` (digital transformation) is not counted as ``chuyển đổi`` (change). A
multi-word term that the segmenter splits (``nhiệt điện | khí``) still matches as a sequence
of whole tokens. Each sentence is tokenized once per Python session (memoised by its text, up
to 8,192 sentences), so several calls on one corpus cost one tokenization.

Functions:

- :func:`theme_lexicon`: the lexicon as a table.
- :func:`theme_scores`: per article and theme, how many terms match and their share of the
  article's content words.
- :func:`theme_sentences`: the sentences that carry a theme, with the terms that matched.
- :func:`distinctive_terms`: the words that set each article apart (TF-IDF).

TF-IDF, exactly as computed here (the "smooth idf" variant, the same as scikit-learn's
``TfidfVectorizer(smooth_idf=True, norm="l2")`` given the same tokens)::

    tf(t, d)     = number of times term t occurs in article d
    df(t)        = number of articles that contain t;  N = number of articles
    idf(t)       = ln((1 + N) / (1 + df(t))) + 1
    w(t, d)      = tf(t, d) * idf(t)
    tfidf(t, d)  = w(t, d) / sqrt(sum over t' of w(t', d) ** 2)      (l2-normalised per article)

Terms are the lower-cased tokens that contain a letter and are not stopwords
(:func:`helpers.text.stopwords`): the *content words* also used for theme shares.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import vocabulary
from .cache import memoize
from .corpus import sentences
from .languages import EN, LANGUAGES, VI
from .text import stopwords, tokenize

__all__ = [
    "LEXICON_COLUMNS",
    "theme_lexicon",
    "theme_scores",
    "theme_sentences",
    "distinctive_terms",
]

LEXICON_COLUMNS = ["theme", "lang", "term"]
SCORE_COLUMNS = ["doc_id", "theme", "count", "content_words", "share"]
SENTENCE_COLUMNS = ["doc_id", "sentence", "text", "terms", "count"]
DISTINCTIVE_COLUMNS = ["doc_id", "rank", "term", "count", "df", "idf", "tfidf"]
LANGS = LANGUAGES


# --------------------------------------------------------------------------- lexicon


def theme_lexicon(path: str | Path | None = None) -> pd.DataFrame:
    """Read the theme lexicon (default: ``helpers/data/themes.csv``) as a table.

    Lines starting with ``#`` are comments; the first other line is the header
    ``theme,lang,term``. Columns: ``theme``, ``lang`` (``vi`` or ``en``), ``term`` (one word or
    a multi-word term), in file order. Terms are NFC-normalised with single spaces. Raises
    ``ValueError`` naming the line for a malformed row.

    >>> lex = theme_lexicon()
    >>> list(lex.columns), lex.theme.nunique() >= 10
    (['theme', 'lang', 'term'], True)
    >>> lex[lex.term == "bán dẫn"]
                theme lang     term
    0  semiconductors   vi  bán dẫn
    """
    if path is None:
        text = vocabulary.data_text("themes.csv")
        name = "themes.csv"
    else:
        text = Path(path).read_text(encoding="utf-8-sig")
        name = Path(path).name
    numbered = [
        (n, line) for n, line in enumerate(text.splitlines(), start=1) if line.strip() and not line.startswith("#")
    ]
    if not numbered or next(csv.reader([numbered[0][1]])) != LEXICON_COLUMNS:
        raise ValueError(f"{name}: the first line that is not a comment must be the header {','.join(LEXICON_COLUMNS)}")
    rows = []
    for n, line in numbered[1:]:
        fields = next(csv.reader([line]))
        if len(fields) != 3:
            raise ValueError(f"{name} line {n}: expected 3 fields (theme,lang,term), found {len(fields)}: {line!r}")
        rows.append(fields)
    lexicon = pd.DataFrame(rows, columns=LEXICON_COLUMNS)
    try:
        return _check_lexicon(lexicon)
    except ValueError as err:
        raise ValueError(f"{name}: {err}") from None


def _clean_term(term: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(term)).split())


def _check_lexicon(lexicon: pd.DataFrame) -> pd.DataFrame:
    """A clean copy of a lexicon table: right columns, known languages, no empty cells."""
    missing = [c for c in LEXICON_COLUMNS if c not in lexicon.columns]
    if missing:
        raise ValueError(f"a lexicon needs the columns {LEXICON_COLUMNS}; missing {missing}")
    out = lexicon[LEXICON_COLUMNS].astype(str).map(_clean_term).reset_index(drop=True)
    bad_lang = sorted(set(out.lang) - set(LANGS))
    if bad_lang:
        raise ValueError(f"lang must be 'vi' or 'en', not {bad_lang}")
    empty = out[(out.theme == "") | (out.term == "")]
    if len(empty):
        raise ValueError(f"every row needs a theme and a term; row {empty.index[0]} has an empty cell")
    return out


class _Term(NamedTuple):
    term: str  # as written in the lexicon
    parts: tuple[str, ...]  # its syllables (lower case unless exact)
    exact: bool  # has a capital letter: match this spelling only


def _compile(lexicon: pd.DataFrame) -> dict[str, dict[str, dict[str, list[_Term]]]]:
    """lang → theme → first syllable (lower case) → terms starting with it, longest first."""
    index: dict[str, dict[str, dict[str, list[_Term]]]] = {lang: {} for lang in LANGS}
    themes = list(dict.fromkeys(lexicon.theme))
    for lang in LANGS:
        for theme in themes:
            index[lang][theme] = {}
    for row in lexicon.drop_duplicates().itertuples():
        term = row.term  # already in the spelling word_tokenize gives (tests/test_themes.py checks)
        exact = term != term.lower()
        # Vietnamese tokens are groups of syllables ("bán dẫn"); English tokens are what the
        # English tokenizer makes of the term ("R&D" → "R", "&", "D").
        parts = tuple(term.split() if row.lang == VI else tokenize(term, EN))
        parts = parts if exact else tuple(p.lower() for p in parts)
        index[row.lang][row.theme].setdefault(parts[0].lower(), []).append(_Term(row.term, parts, exact))
    for by_theme in index.values():
        for by_first in by_theme.values():
            for terms in by_first.values():
                terms.sort(key=lambda t: -len(t.parts))  # stable: lexicon order among equals
    return index


def _match_at(syllables: list[tuple[str, ...]], lowered: list[tuple[str, ...]], i: int, term: _Term) -> int:
    """If ``term`` covers whole tokens i..j-1, return j; else 0."""
    k, j = 0, i
    while k < len(term.parts) and j < len(syllables):
        token = syllables[j] if term.exact else lowered[j]
        if term.parts[k : k + len(token)] != token:
            return 0
        k, j = k + len(token), j + 1
    return j if k == len(term.parts) else 0


def _find_terms(tokens: tuple[str, ...], by_first: dict[str, list[_Term]]) -> list[str]:
    """The terms of one theme found in a token sequence: left to right, longest first, no overlap."""
    syllables = [tuple(t.split()) or (t,) for t in tokens]
    lowered = [tuple(s.lower() for s in syl) for syl in syllables]
    found, i = [], 0
    while i < len(tokens):
        for term in by_first.get(lowered[i][0], ()):
            j = _match_at(syllables, lowered, i, term)
            if j:
                found.append(term.term)
                i = j
                break
        else:
            i += 1
    return found


# --------------------------------------------------------------------------- segmentation


@memoize(maxsize=8192)
def _tokens(text: str, lang: str) -> tuple[str, ...]:
    """Word-segmented tokens of one sentence, memoised by its text."""
    return tuple(tokenize(text, lang))


def _is_content(word: str, lang: str) -> bool:
    """A lower-cased token that counts as a content word: has a letter, is not a stopword."""
    return any(c.isalpha() for c in word) and word not in stopwords(lang)


def _segment(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence (``doc_id``, ``lang``, ``sentence``, ``text``) plus its ``tokens``."""
    table = sentences(corpus)[["doc_id", "lang", "sentence", "text"]]
    return table.assign(tokens=[_tokens(s.text, s.lang) for s in table.itertuples()])


def _content_counts(corpus: pd.DataFrame, segmented: pd.DataFrame) -> dict[str, Counter]:
    """doc_id → Counter of its content words (lower case), in corpus order."""
    counts: dict[str, Counter] = {doc_id: Counter() for doc_id in corpus.doc_id}
    for s in segmented.itertuples():
        counts[s.doc_id].update(w for w in (t.lower() for t in s.tokens) if _is_content(w, s.lang))
    return counts


# --------------------------------------------------------------------------- public API


def theme_scores(corpus: pd.DataFrame, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """How strongly each article carries each theme: one row per article and theme.

    ``corpus`` needs the columns ``doc_id``, ``lang`` and ``text`` (as from
    :func:`helpers.load_corpus`); ``lexicon`` defaults to :func:`theme_lexicon` (pass your own
    table with columns ``theme, lang, term`` to test another hypothesis). An article is matched
    only against terms of its own language.

    Columns:

    - ``doc_id``, ``theme``: every article × every theme, zeros included, in corpus order and
      lexicon order;
    - ``count``: number of lexicon terms found (a multi-word term counts once; where terms
      overlap the longest wins);
    - ``content_words``: the article's content words (lower-cased tokens with a letter, not
      stopwords); it does not depend on the lexicon, so adding a theme changes no other row;
    - ``share``: ``count / content_words`` (0.0 for an article without content words).

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["vi", "vi"],
    ...                      "text": ["Hợp tác bán dẫn và chuyển đổi số với Nhật Bản.", "Trời hôm nay đẹp."]})
    >>> lex = pd.DataFrame({"theme": ["chips", "digital"], "lang": ["vi", "vi"],
    ...                     "term": ["bán dẫn", "chuyển đổi số"]})
    >>> theme_scores(docs, lex)
      doc_id    theme  count  content_words  share
    0      a    chips      1              4   0.25
    1      a  digital      1              4   0.25
    2      b    chips      0              3   0.00
    3      b  digital      0              3   0.00
    """
    lexicon = theme_lexicon() if lexicon is None else _check_lexicon(lexicon)
    index = _compile(lexicon)
    themes = list(dict.fromkeys(lexicon.theme))
    segmented = _segment(corpus)
    found: Counter[tuple[str, str]] = Counter()
    for s in segmented.itertuples():
        for theme in themes:
            found[s.doc_id, theme] += len(_find_terms(s.tokens, index[s.lang][theme]))
    content = {doc_id: sum(c.values()) for doc_id, c in _content_counts(corpus, segmented).items()}
    rows = [
        (
            doc_id,
            theme,
            found[doc_id, theme],
            content[doc_id],
            found[doc_id, theme] / content[doc_id] if content[doc_id] else 0.0,
        )
        for doc_id in corpus.doc_id
        for theme in themes
    ]
    table = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return table.astype({"count": "int64", "content_words": "int64", "share": "float64"})


def theme_sentences(corpus: pd.DataFrame, theme: str, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences that carry ``theme``, for close reading: one row per sentence with a match.

    Columns: ``doc_id``, ``sentence`` (0-based index within the article, as in
    :func:`helpers.sentences`), ``text``, ``terms`` (list of the distinct lexicon terms found,
    in order of first appearance), ``count`` (number of matches). Sorted by corpus order,
    then sentence. Raises ``ValueError`` listing the valid themes if ``theme`` is unknown.

    >>> docs = pd.DataFrame({"doc_id": ["a"], "lang": ["vi"],
    ...                      "text": ["Trời đẹp. Nhật Bản hỗ trợ đào tạo kỹ sư bán dẫn."]})
    >>> theme_sentences(docs, "semiconductors")
      doc_id  sentence                                    text      terms  count
    0      a         1  Nhật Bản hỗ trợ đào tạo kỹ sư bán dẫn.  [bán dẫn]      1
    """
    lexicon = theme_lexicon() if lexicon is None else _check_lexicon(lexicon)
    themes = list(dict.fromkeys(lexicon.theme))
    if theme not in themes:
        raise ValueError(f"unknown theme {theme!r}; valid themes: {', '.join(themes)}")
    by_lang = {lang: by_theme[theme] for lang, by_theme in _compile(lexicon).items()}
    rows = []
    for s in _segment(corpus).itertuples():
        terms = _find_terms(s.tokens, by_lang[s.lang])
        if terms:
            rows.append((s.doc_id, s.sentence, s.text, list(dict.fromkeys(terms)), len(terms)))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype({"sentence": "int64", "count": "int64"})


def distinctive_terms(corpus: pd.DataFrame, n: int | None = 10, max_df: int | float | None = None) -> pd.DataFrame:
    """The words that set each article apart from the others: its top ``n`` terms by TF-IDF.

    Terms are the article's content words (lower-cased, word-segmented, stopword-free tokens
    with a letter). ``idf = ln((1 + N) / (1 + df)) + 1`` with ``N`` articles, ``tfidf =
    count * idf``, then divided by the article's l2 norm, so each article's vector has length
    1 (the formula is in this module's docstring). ``n=None`` returns every term.

    ``max_df`` (as in scikit-learn) drops the corpus's own stopwords before weighting: terms
    found in more than ``max_df`` articles (an int) or in more than that proportion of them
    (a float between 0 and 1). ``N``, ``df`` and ``idf`` of the other terms do not change;
    the l2 norm is taken over the terms that are kept.

    Columns: ``doc_id``; ``rank`` (1 = most distinctive); ``term``; ``count`` (tf in the
    article); ``df`` (articles containing the term); ``idf``; ``tfidf``. Sorted by corpus
    order, then rank; ties are broken alphabetically. Articles without content words have no
    rows.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"],
    ...                      "text": ["chips chips energy", "energy policy"]})
    >>> distinctive_terms(docs, n=2)
      doc_id  rank    term  count  df       idf     tfidf
    0      a     1   chips      2   1  1.405465  0.942156
    1      a     2  energy      1   2  1.000000  0.335176
    2      b     1  policy      1   1  1.405465  0.814802
    3      b     2  energy      1   2  1.000000  0.579739
    >>> distinctive_terms(docs, max_df=1)[["doc_id", "term", "tfidf"]]
      doc_id    term  tfidf
    0      a   chips    1.0
    1      b  policy    1.0
    """
    if n is not None and (isinstance(n, bool) or n < 1):
        raise ValueError(f"n must be a positive number of terms (or None for all), not {n!r}")
    counts = _content_counts(corpus, _segment(corpus))
    n_docs = len(counts)
    df = Counter(term for c in counts.values() for term in c)
    limit = _max_doc_count(max_df, n_docs)
    rows: list[tuple[object, ...]] = []
    for doc_id, c in counts.items():
        c = Counter({t: tf for t, tf in c.items() if df[t] <= limit})
        if not c:
            continue
        idf = {t: math.log((1 + n_docs) / (1 + df[t])) + 1 for t in c}
        weights = {t: tf * idf[t] for t, tf in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        ranked = sorted(weights, key=lambda t: (-weights[t], t))[:n]
        rows.extend((doc_id, r, t, c[t], df[t], idf[t], weights[t] / norm) for r, t in enumerate(ranked, start=1))
    table = pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS)
    return table.astype({"rank": "int64", "count": "int64", "df": "int64", "idf": "float64", "tfidf": "float64"})


def _max_doc_count(max_df: int | float | None, n_docs: int) -> float:
    """The largest document frequency a term may have (scikit-learn's ``max_df`` rule)."""
    if max_df is None:
        return math.inf
    if isinstance(max_df, bool) or not isinstance(max_df, (int, float)):
        raise ValueError(f"max_df must be an int (articles), a float in (0, 1] (proportion) or None, not {max_df!r}")
    if isinstance(max_df, float):
        if not 0 < max_df <= 1:
            raise ValueError(f"a float max_df is a proportion of the articles, between 0 and 1, not {max_df!r}")
        return max_df * n_docs
    if max_df < 1:
        raise ValueError(f"an int max_df is a number of articles, at least 1, not {max_df!r}")
    return max_df
