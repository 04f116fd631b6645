"""Text: normalisation, sentences, words and part-of-speech tags.

Everything here takes plain strings and returns strings, lists and counts; nothing here knows
about files, the catalog or corpus tables (those are :mod:`helpers.corpus`).
Tagging (underthesea's CRF ``ner``, which yields words, POS tags, chunks and entity tags in one
pass) costs about a second for the corpus, so its results are cached on disk, keyed by the
sentence, the underthesea version and the domain-term list.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from importlib.metadata import version
from typing import Any, NamedTuple

from . import vocabulary
from .cache import memoize, on_disk
from .languages import EN, VI, check_language

__all__ = [
    "normalize",
    "detect_language",
    "split_sentences",
    "sentence_spans",
    "sentence_lookup",
    "tokenize",
    "token_spans",
    "domain_terms",
    "stopwords",
    "tag",
    "tag_many",
    "Tag",
    "content_words",
]

# Characters that look like Vietnamese letters but are not: Icelandic eth (U+00D0/U+00F0)
# typed for Đ/đ (U+0110/U+0111). Only mapped in Vietnamese text.
_LOOKALIKES_VI = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
# Invisible characters that break word matching: zero-width spaces and joiners, soft hyphen, BOM.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
# Space-like characters: no-break, figure, narrow no-break, thin, hair, ideographic, tab.
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2007\u2009\u200a\u202f\u3000]+")
_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_EN_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


def _require_text(text: object, function: str) -> None:
    """A clear error for a non-string argument, instead of an error deep inside a library."""
    if not isinstance(text, str):
        raise TypeError(f"{function}() needs text (a str), not {type(text).__name__}")


def normalize(text: str, lang: str = VI) -> str:
    """Return ``text`` in one canonical form: NFC, plain spaces, ``\\n`` line ends.

    Composes decomposed (NFD) letters, replaces look-alike letters in Vietnamese text
    (``Ð`` U+00D0 becomes ``Đ`` U+0110), drops invisible characters, turns no-break spaces and
    tabs into one space, and strips spaces at line ends. Idempotent.

    >>> normalize("Ho\u0300a  bi\u0300nh\u00a0\u00d0a\u0300 Na\u0306\u0303ng\\r\\n")
    'Hòa bình Đà Nẵng\\n'
    """
    _require_text(text, "normalize")
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if lang == VI:
        text = _replace_lookalikes(text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip(" ") for line in text.split("\n"))


def _replace_lookalikes(text: str) -> str:
    for wrong, right in _LOOKALIKES_VI.items():
        text = text.replace(wrong, right)
    return text


def detect_language(text: str) -> str:
    """Guess ``"vi"`` or ``"en"``: do the lower-case words carry Vietnamese letters or English function words?

    A rule of thumb, not a model: English news about Vietnam quotes Vietnamese names
    (``Phạm Minh Chính``, ``Đà Nẵng``), so only words that do not start with a capital count.
    A tie goes to Vietnamese if any Vietnamese letter appears at all.

    >>> detect_language("Việt Nam và Nhật Bản hợp tác về bán dẫn")
    'vi'
    >>> detect_language("Deputy Prime Minister Trần Hồng Hà met Mr Suzuki Kenji in Đà Nẵng")
    'en'
    >>> detect_language("Japan backs chips.")
    'en'
    """
    _require_text(text, "detect_language")
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))
    lower = [w for w in words if w[0].islower()]
    marked = sum(1 for w in lower if _VI_LETTERS.intersection(w))
    english = sum(1 for w in lower if w in stopwords(EN))
    if marked != english:
        return VI if marked > english else EN
    return VI if _VI_LETTERS.intersection(text.lower()) else EN


def split_sentences(text: str) -> list[str]:
    """Split text into sentences (underthesea ``sent_tokenize``, paragraph by paragraph).

    Works for Vietnamese and English. A sentence never spans two paragraphs.

    >>> split_sentences("Hà Nội đẹp. Tokyo cũng đẹp.\\n\\nHết.")
    ['Hà Nội đẹp.', 'Tokyo cũng đẹp.', 'Hết.']
    """
    _require_text(text, "split_sentences")
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each sentence, so ``text[start:end]`` is the sentence.

    >>> sentence_spans("Một. Hai.")
    [(0, 4), (5, 9)]
    """
    _require_text(text, "sentence_spans")
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        if not para.group().strip():
            continue
        paragraph = para.group()
        pieces = _cached("sentences", paragraph, functools.partial(_sent_tokenize, paragraph), _strings)
        located = [span for span in _locate(text, pieces, spans[-1][1] if spans else para.start()) if span]
        spans.extend(_join_continuations(text, located))
    return spans


def _join_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of one paragraph, with a piece that cannot start a sentence (a comma, a semicolon,
    a lower-case letter: underthesea cut after the full stop of ``Co.`` or ``Corp.``), that follows
    a title's full stop (``Mr.``) or initials' (``Mitsui O.S.K. Lines``), a number after ``No.``, a bracket after a
    legal form's (``Corp. (SMBC)``), or a piece glued to the one before (``INQUIRER.NET``: a web address, cut at its
    full stop), joined to the sentence before it.

    >>> t = "Acme Co., Ltd. opened. Kioxia Corp. said so."
    >>> [t[a:b] for a, b in _join_continuations(t, [(0, 8), (8, 22), (23, 35), (36, 44)])]
    ['Acme Co., Ltd. opened.', 'Kioxia Corp. said so.']
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        first = text[start : start + 1]
        before = text[out[-1][0] : out[-1][1]] if out else ""
        after_title = before.endswith(_TITLES_WITH_STOP) or bool(_INITIAL_AT_END.search(before))
        bracket = first == "(" and before.endswith(_LEGAL_FORMS_WITH_STOP)  # Tokyo Electric Power Co. (TEPCO)
        glued = bool(out) and start == out[-1][1]  # INQUIRER.NET: no space after the full stop
        number = first.isdigit() and before.endswith(_NUMBER_SIGNS)  # Power Construction Company No. 1
        if out and (first in ",;:" or first.islower() or after_title or bracket or glued or number):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# English titles written with a full stop, which never ends a sentence (Mr. Yamada said).
_TITLES_WITH_STOP = (" Mr.", " Mrs.", " Ms.", " Dr.", " Prof.")
# A capital letter and a full stop glued to another initial (Mitsui O.S.K. Lines, J.P. Morgan): initials,
# which never end a sentence.
_INITIAL_AT_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b[A-Z]\.[A-Z]\.?$|(?<=\.)[A-Z]\.$")
# The abbreviation of "number", whose full stop never ends a sentence before a number (Company No. 1).
_NUMBER_SIGNS = (" No.", " no.", " Nos.")
# Abbreviated legal forms: a bracket after one goes on with the name (Sumitomo Mitsui Banking Corp. (SMBC)).
_LEGAL_FORMS_WITH_STOP = (" Co.", " Corp.", " Inc.", " Ltd.")


def sentence_lookup(text: str) -> Callable[[int], str]:
    """A function that gives the sentence of ``text`` holding a character offset (``""`` between sentences).

    >>> sentence_at = sentence_lookup("Một. Hai ba.")
    >>> sentence_at(6), sentence_at(4)
    ('Hai ba.', '')
    """
    spans = sentence_spans(text) if text.strip() else []
    starts = [s for s, _ in spans]

    def lookup(pos: int) -> str:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return text[spans[i][0] : spans[i][1]]
        return ""

    return lookup


def _sent_tokenize(paragraph: str) -> list[str]:
    return list(_underthesea().sent_tokenize(paragraph))


def _locate(text: str, pieces: list[str], cursor: int) -> list[tuple[int, int] | None]:
    """Find each piece in ``text`` from ``cursor`` on, tolerating changed spaces and accents.

    One entry per piece, ``None`` for a piece that cannot be placed.
    """
    out: list[tuple[int, int] | None] = []
    for piece in pieces:
        span: tuple[int, int] | None
        found = text.find(piece, cursor)
        if found >= 0 and not text[cursor:found].strip():
            span = (found, found + len(piece))
        else:
            span = _fuzzy_find(text, piece, cursor)
        out.append(span)
        if span is not None:
            cursor = span[1]
    return out


def _skeleton(s: str) -> str:
    """Lower-case letters and digits without accents or spaces: what a token must match."""
    decomposed = unicodedata.normalize("NFD", _replace_lookalikes(s.casefold()))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def _fuzzy_find(text: str, piece: str, cursor: int) -> tuple[int, int] | None:
    target = _skeleton(piece)
    if not target:
        return None
    start = cursor
    while start < len(text) and text[start].isspace():
        start += 1
    matched, pos = "", start
    while pos < len(text) and len(matched) < len(target):
        matched += _skeleton(text[pos])
        pos += 1
    return (start, pos) if matched == target else None


def token_spans(text: str, tokens: list[str]) -> list[tuple[int, int] | None]:
    """Map tokens (as a tokenizer or tagger returned them) back to offsets in ``text``.

    Tokenizers may change spacing or accents (``thoả`` → ``thỏa``, ``US$`` → ``US $``); the
    offsets always slice the original text. One entry per token, in order, so the result lines
    up with the tokens; a token that cannot be placed gets ``None``.

    >>> token_spans("Giá 78,6 tỷ USD", ["Giá", "78,6", "tỷ", "USD"])
    [(0, 3), (4, 8), (9, 11), (12, 15)]
    >>> token_spans("Giá 78,6", ["Giá", "???", "78,6"])
    [(0, 3), None, (4, 8)]
    """
    _require_text(text, "token_spans")
    return _locate(text, tokens, 0)


@memoize(maxsize=1)
def domain_terms() -> tuple[str, ...]:
    """The multi-word terms kept whole by :func:`tokenize`, longest first, with case variants.

    >>> "chuyển đổi số" in domain_terms() and "Chuyển đổi số" in domain_terms()
    True
    """
    terms = set()
    for term in vocabulary.words("domain_terms.txt"):
        terms.update({term, term[0].upper() + term[1:], " ".join(w.capitalize() for w in term.split())})
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@memoize(maxsize=2)
def stopwords(lang: str = VI) -> frozenset[str]:
    """Stopwords for ``lang`` (``vi`` or ``en``) from the package's data files.

    Their provenance is written at the top of ``helpers/data/stopwords_*.txt``.

    >>> "của" in stopwords("vi"), "bán dẫn" in stopwords("vi")
    (True, False)
    """
    check_language(lang, "stopwords")
    return frozenset(vocabulary.words(f"stopwords_{lang}.txt"))


def _regex_tokenize():  # noqa: ANN202  (an underthesea module)
    """underthesea's regular-expression tokenizer module, whose module state holds ``fixed_words``."""
    from underthesea.pipeline.word_tokenize import regex_tokenize

    if not isinstance(getattr(regex_tokenize, "patterns", None), re.Pattern):
        raise RuntimeError("this underthesea keeps its tokenizer pattern elsewhere: helpers.text needs updating")
    return regex_tokenize


@memoize(maxsize=2)
def _term_pattern(keep_terms: bool) -> re.Pattern[str]:
    """underthesea's tokenizer pattern with the domain terms (``keep_terms``) or without any term list.

    Built by underthesea itself, through its public ``fixed_words`` parameter, and its module
    state put back at once.
    """
    with _underthesea_state_kept() as module:
        if not keep_terms:
            return re.compile(module.regex_patterns_combine, re.VERBOSE | re.UNICODE)
        module.tokenize("", fixed_words=list(domain_terms()))
        return module.patterns


@contextlib.contextmanager
def _underthesea_state_kept() -> Iterator[Any]:
    """Run a block, then put underthesea's tokenizer module back exactly as it was.

    underthesea keeps the last ``fixed_words`` list in module state that every later call
    (``pos_tag`` and ``ner`` included, a student's own calls too) reads. The helpers never leave
    that state changed: whatever a student's own calls see is what they set themselves.
    """
    module = _regex_tokenize()
    saved = dict(vars(module))
    try:
        yield module
    finally:
        for name in set(vars(module)) - set(saved):
            delattr(module, name)
        for name, value in saved.items():
            if vars(module).get(name) is not value:
                setattr(module, name, value)


@contextlib.contextmanager
def _terms(keep_terms: bool = True) -> Iterator[None]:
    """Inside the block underthesea tokenizes with the domain terms (or with none); after it, as before."""
    pattern = _term_pattern(keep_terms)
    with _underthesea_state_kept() as module:
        module.patterns = pattern
        yield


def tokenize(text: str, lang: str = VI, keep_terms: bool = True) -> list[str]:
    """Split text into words.

    Vietnamese: underthesea ``word_tokenize``, which joins syllables into words
    (``công nghệ``), with the domain terms kept whole (``chuyển đổi số``) unless
    ``keep_terms=False``. English: a regular expression (words with inner hyphens or
    apostrophes, and punctuation).

    >>> tokenize("Hợp tác chuyển đổi số và bán dẫn")
    ['Hợp tác', 'chuyển đổi số', 'và', 'bán dẫn']
    >>> tokenize("Hợp tác chuyển đổi số và bán dẫn", keep_terms=False)
    ['Hợp tác', 'chuyển đổi', 'số', 'và', 'bán dẫn']
    >>> tokenize("High-tech cooperation, Japan's ODA.", lang="en")
    ['High-tech', 'cooperation', ',', "Japan's", 'ODA', '.']
    """
    _require_text(text, "tokenize")
    if check_language(lang, "tokenize") == EN:
        return _EN_TOKEN.findall(text)
    kind = "words" if keep_terms else "words-without-terms"
    return [
        word
        for sentence in split_sentences(text)  # on a whole text, underthesea glues "AI. CMC"
        for word in _cached(kind, sentence, functools.partial(_word_tokenize, sentence, keep_terms), _strings)
    ]


def _word_tokenize(sentence: str, keep_terms: bool) -> list[str]:
    with _terms(keep_terms):
        return list(_underthesea().word_tokenize(sentence))


def _underthesea():
    """Import underthesea only when something is not cached (the import alone takes ~0.4 s)."""
    import underthesea

    return underthesea


class Tag(NamedTuple):
    """One tagged word: the word, its part of speech, its chunk and its entity tag (BIO)."""

    word: str
    pos: str
    chunk: str
    ner: str


@memoize(maxsize=1)
def _tagger_key() -> str:
    """What tags depend on besides the sentence: the library version and the domain terms."""
    terms = hashlib.sha256("|".join(domain_terms()).encode()).hexdigest()[:16]
    return f"underthesea={version('underthesea')};terms={terms}"


def tag(sentence: str, lang: str = VI) -> list[Tag]:
    """Tag one sentence: words, POS, chunks and entity tags from a single underthesea ``ner`` call.

    Results are cached on disk; a cache entry that is unreadable, corrupt or written for
    another sentence, library version or term list is ignored and rebuilt. English sentences
    get regex tokens with empty tags (underthesea's models are Vietnamese).

    >>> [(t.word, t.pos) for t in tag("Nhật Bản hỗ trợ bán dẫn.")]
    [('Nhật Bản', 'Np'), ('hỗ trợ', 'V'), ('bán dẫn', 'N'), ('.', 'CH')]
    """
    _require_text(sentence, "tag")
    if lang == EN:
        return [Tag(w, "", "", "O") for w in tokenize(sentence, EN)]
    return [Tag(*t) for t in _cached("tags", sentence, lambda: _ner(sentence), _tag_rows)]


def _ner(sentence: str) -> list[list[str]]:
    with _terms():
        return [list(t) for t in _underthesea().ner(sentence)]


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _tag_rows(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(t, list) and len(t) == 4 and _strings(t) for t in value)


def _cached(kind: str, text: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """``compute()`` for ``text`` through the on-disk cache, keyed also by the underthesea version and terms."""
    return on_disk(kind, text, _tagger_key(), compute, valid)


def tag_many(sentences: list[str], processes: int = 1) -> list[list[Tag]]:
    """:func:`tag` for many Vietnamese sentences, the uncached ones in ``processes`` worker processes.

    Worth it from a few hundred uncached sentences on (starting workers costs ~0.1 s); cached
    sentences cost nothing either way.

    >>> [[t.word for t in tags] for tags in tag_many(["Nhật Bản hỗ trợ.", "Hai bên hợp tác."])]
    [['Nhật Bản', 'hỗ trợ', '.'], ['Hai', 'bên', 'hợp tác', '.']]
    """
    todo = sorted(set(sentences))
    if processes > 1 and len(todo) > processes:
        import multiprocessing

        chunks = [todo[i::processes] for i in range(processes)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.map(_tag_all, chunks)
    return [tag(sentence) for sentence in sentences]


def _tag_all(texts: list[str]) -> None:
    """Worker: tag (and so cache) each Vietnamese sentence."""
    for text in texts:
        tag(text)


def content_words(text: str, lang: str = VI, drop_stopwords: bool = True) -> Counter[str]:
    """How often each word of ``text`` occurs: lower-cased tokens from :func:`tokenize` that contain
    a letter, stopwords dropped unless ``drop_stopwords=False``.

    >>> content_words("Bán dẫn, bán dẫn và AI.")
    Counter({'bán dẫn': 2, 'ai': 1})
    """
    skip = stopwords(lang) if drop_stopwords else frozenset()
    words = (t.lower() for t in tokenize(text, lang))
    return Counter(w for w in words if any(c.isalpha() for c in w) and w not in skip)
