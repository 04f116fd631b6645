"""Tagger: a learnt entity tagger (a CRF, lesson 03) that guesses PER, ORG and LOC from features of words.

A conditional random field reads each word of a sentence as a list of feature strings and gives every
word a label: ``B-ORG`` (first word of an organisation), ``I-ORG`` (a later word of it), ``O`` (no
name) ... The features of a word:

- the word itself: in lower case, without diacritics (``plain=noi`` for ``Nội`` and ``Noi``), its
  shape and capitals, its first two or three and last two to four letters, whether it looks like a
  Vietnamese syllable, romanised Japanese, a family name, a given name in Latin script (``Rachel``; a
  noisy list, ``helpers/data/given_names.txt``), an acronym or an English word that is never
  a name, and whether a general word list of ``helpers/data`` (titles, organisation and place words;
  never the gazetteer) holds it;
- the run of capitalised words it stands in: the run's length, the word's place in it, its first and
  last words and the kinds of listed word it holds (``run_has=orghead``);
- its neighbours: the words up to three away (their shape, capitals, listed kind and form without
  diacritics up to two away), the word before it with it as a pair, where it stands in the sentence;
- for Vietnamese, underthesea's part of speech, chunk and entity tag of the word it is a syllable of
  (and the parts of speech of its neighbours).

It learnt which features go with which labels from the annotated articles (``tools/train_tagger.py``
says which; ``helpers/data/entity_tagger.txt`` records it). Like underthesea's own ``ner``, it is a
model: it **guesses**, and a guess can be wrong.

Words here are the pieces of :data:`helpers.entities.lexicon._WORD` (Vietnamese syllables, English
words, punctuation). The model file is read once per process.

>>> sentence = "Ông Nguyễn Văn Khoa thăm Tokyo."
>>> [t[2] for t in tokens(sentence)]
['Ông', 'Nguyễn', 'Văn', 'Khoa', 'thăm', 'Tokyo', '.']
>>> sorted(f for f in features(sentence, "vi")[1] if f.startswith(("w=", "shape=", "-1:w=")))
['-1:w=ông', 'shape=Xx', 'w=nguyễn']
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..cache import memoize
from ..languages import VI
from ..text import tag, token_spans
from .lexicon import (
    _ACRONYM,
    _NOT_NAMES_EN,
    _ROMAJI,
    _VI_SYLLABLE,
    _WORD,
    _given_names,
    _Lexicon,
    _lookups,
    _plain,
    _retone,
    _surnames,
    build_lexicon,
    head_phrases,
)
from .units import LABELS

#: The shipped model, written by ``tools/train_tagger.py`` (its provenance: ``entity_tagger.txt`` beside it).
MODEL = Path(__file__).resolve().parent.parent / "data" / "entity_tagger.crf"

Token = tuple[int, int, str]  # start, end, text (offsets into the sentence)
Span = tuple[int, int, str, float]  # start, end (offsets into the sentence), label, the model's lowest marginal


def tokens(sentence: str) -> list[Token]:
    """The words and punctuation marks of a sentence, with their offsets."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]


def _shape(word: str) -> str:
    """``Xx``, ``X``, ``x``, ``d``, ``XxX`` ...: the kinds of character, repeats folded (``Hà`` -> ``Xx``).

    >>> _shape("Hà"), _shape("FPT"), _shape("eKYC"), _shape("2025"), _shape("–")
    ('Xx', 'X', 'xX', 'd', '–')
    """
    kinds = ["X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word]
    return "".join(k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1])


@memoize(maxsize=2)
def _word_lists(gazetteer: bool) -> _Lexicon:
    """General word lists as one phrase table: titles and honorifics, organisation and place words (and,
    with ``gazetteer``, the gazetteer's known names, a list fitted to the articles the rules were written from)."""
    from .rules import gazetteer as known
    from .rules import titles

    phrases = titles.phrases() + head_phrases()
    return build_lexicon(phrases + (known.phrases() if gazetteer else []))


def _listed(words: list[str], gazetteer: bool) -> list[str]:
    """For each word, the kind of the longest listed phrase it is part of and its place in it
    (``B-TITLE``, ``I-orghead``, ``B-LOC`` ...), or ``""``."""
    keys = [_retone(w) for w in words]
    fkeys = [k.casefold() for k in keys]
    lex = _word_lists(gazetteer)
    out = [""] * len(words)
    i = 0
    while i < len(words):
        found = _lookups(lex, keys, fkeys, i)
        if not found:
            i += 1
            continue
        n, entry = found[0]
        out[i : i + n] = [f"B-{entry.label}"] + [f"I-{entry.label}"] * (n - 1)
        i += n
    return out


@memoize(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """What one word looks like, on its own."""
    plain = _plain(word)
    lower = word.lower()
    found = [f"w={lower}", f"plain={plain}", f"shape={_shape(word)}", f"pre2={lower[:2]}", f"pre3={lower[:3]}"]
    found += [f"suf2={lower[-2:]}", f"suf3={lower[-3:]}", f"suf4={lower[-4:]}"]
    found += ["title"] if word[:1].isupper() and word[1:].islower() else []
    found += ["upper"] if word.isupper() and len(word) > 1 else []
    found += ["acronym"] if _ACRONYM.match(word) else []
    found += ["vi_syllable"] if _VI_SYLLABLE.match(plain) else []
    found += ["romaji"] if _ROMAJI.match(word.lower()) else []
    found += ["surname"] if plain in _surnames() else []
    found += ["not_name_en"] if word.lower() in _NOT_NAMES_EN else []
    found += ["given"] if word in _given_names() else []
    return tuple(found)


def _underthesea(sentence: str, toks: list[Token], lang: str) -> list[list[str]]:
    """underthesea's part of speech, chunk and entity tag of the word each token is in (Vietnamese only;
    cached tags)."""
    if lang != VI:
        return [[] for _ in toks]
    tags = tag(sentence)
    words = [(span, t) for t, span in zip(tags, token_spans(sentence, [t.word for t in tags]), strict=True) if span]
    out: list[list[str]] = []
    j = 0
    for a, _, _ in toks:
        while j < len(words) and words[j][0][1] <= a:
            j += 1
        if j == len(words) or not words[j][0][0] <= a:
            out.append(["pos=none"])
            continue
        (start, _), t = words[j]
        out.append([f"pos={t.pos}", f"ner={t.ner}", f"chunk={t.chunk}", f"in_word={'B' if a == start else 'I'}"])
    return out


def features(sentence: str, lang: str, gazetteer: bool = False) -> list[list[str]]:
    """The feature strings of each token of ``sentence`` (see the module docstring).

    ``gazetteer`` adds the gazetteer's known names; off by default (see ``tools/train_tagger.py``).

    >>> rows = features("Công ty Rikkei mở văn phòng.", "vi")
    >>> [f for f in rows[0] if "orghead" in f or f.startswith("pos")]
    ['list=B-orghead', 'pos=N', 'run_has=orghead', '+1:list=I-orghead']
    >>> [f for f in features("He visited Nikkei Asia Holdings.", "en")[2] if f.startswith(("run", "in_run"))]
    ['run=3', 'in_run=B', 'run_has=orghead_en', 'run_first=nikkei', 'run_last=holdings']
    """
    toks = tokens(sentence)
    words = [t[2] for t in toks]
    own = [
        [*_word_features(w), *([f"list={k}"] if k else [])]
        for w, k in zip(words, _listed(words, gazetteer), strict=True)
    ]
    tags = _underthesea(sentence, toks, lang)
    runs = _runs(words, own)
    seen = [[f for f in row if f.startswith(_SEEN_FROM_NEAR)] for row in own]
    pos = [[f for f in row if f.startswith("pos=")] for row in tags]
    out = []
    for i, word in enumerate(words):
        row = ["bias", f"lang={lang}", *own[i], *tags[i], *runs[i]]
        row += ["first"] if i == 0 else []
        row += ["after_stop"] if i > 0 and words[i - 1] in _STOPS else []
        row += _neighbours(i, seen, pos)
        row += [f"w-1|w={words[i - 1].lower()}|{word.lower()}"] if i > 0 else []
        out.append(row)
    return out


def _runs(words: list[str], own: list[list[str]]) -> list[list[str]]:
    """For each word of a run of capitalised words: the run's length, the word's place in it and the
    kinds of listed phrase the run holds (``run=2``, ``in_run=B``, ``run_has=orghead``) and, for a run of two
    words or more, its first and last words (``run_last=holdings``)."""
    out: list[list[str]] = [[] for _ in words]
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < len(words) and words[j][:1].isupper():
            j += 1
        kinds = sorted({f[7:] for row in own[i:j] for f in row if f.startswith("list=")})
        for k in range(i, j):
            place = "S" if j - i == 1 else "B" if k == i else "E" if k == j - 1 else "I"
            out[k] = [f"run={min(j - i, 4)}", f"in_run={place}", *(f"run_has={kind}" for kind in kinds)]
            out[k] += [f"run_first={words[i].lower()}", f"run_last={words[j - 1].lower()}"] if j - i > 1 else []
        i = j
    return out


def _neighbours(i: int, seen: list[list[str]], pos: list[list[str]]) -> list[str]:
    """What token ``i`` sees of the tokens up to three away (``-1:w=ông``; only the word three away, parts of
    speech from the next ones only; ``+2:edge`` past the sentence's end)."""
    row: list[str] = []
    for d, prefix in _NEAR:
        j = i + d
        if 0 <= j < len(seen):
            near = seen[j] if abs(d) < 3 else [f for f in seen[j] if f.startswith("w=")]
            row += [prefix + f for f in near] + ([prefix + f for f in pos[j]] if abs(d) == 1 else [])
        else:
            row.append(prefix + "edge")
    return row


#: The features of a word its neighbours see (with the neighbour's offset before them: ``-1:w=ông``).
_SEEN_FROM_NEAR = ("w=", "shape=", "list=", "title", "upper", "plain=", "given")
_NEAR = tuple((d, f"{d:+d}:") for d in (-3, -2, -1, 1, 2, 3))
_STOPS = frozenset({".", ":", "—", "-", "–", '"', "“", "("})


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last + 1, label)`` of a BIO label sequence (an ``I-`` without its ``B-`` opens one).

    >>> bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'ORG'), (5, 6, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    for i, tag_ in enumerate(labels):
        kind = tag_[2:]
        if tag_.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == kind:
            spans[-1] = (spans[-1][0], i + 1, kind)
        elif tag_ != "O":
            spans.append((i, i + 1, kind))
    return spans


@memoize(maxsize=2)
def _model(path: str):  # noqa: ANN202  (an underthesea_core object)
    from underthesea_core import CRFTagger

    tagger = CRFTagger()
    tagger.load(path)
    return tagger


@contextmanager
def model_file(path: str | Path) -> Iterator[None]:
    """Inside the block, :func:`tag_sentence` (and so the rule ``tagger``) reads the model at ``path``, not
    :data:`MODEL`: cross-validation of the whole pipeline (``tools/train_tagger.py --cv --pipeline``).

    >>> with model_file(MODEL):
    ...     [s[2] for s in tag_sentence("Ông Nguyễn Văn Khoa thăm Tokyo.", "vi")][:1]
    ['PER']
    """
    _READING.append(Path(path))
    try:
        yield
    finally:
        _READING.pop()


#: The model :func:`tag_sentence` reads when it is given none: the last one :func:`model_file` opened.
_READING: list[Path] = [MODEL]


def tag_sentence(
    sentence: str, lang: str, model: str | Path | None = None, gazetteer: bool = False
) -> tuple[Span, ...]:
    """The entities the model guesses in ``sentence``: ``(start, end, label, confidence)``, offsets into the
    sentence, confidence the lowest marginal probability of the span's labels (0 to 1). ``model``: the
    model file (default :data:`MODEL`, or the one :func:`model_file` opened).

    >>> [(s[2], "Nguyễn Văn Khoa") for s in tag_sentence("Ông Nguyễn Văn Khoa thăm Tokyo.", "vi") if s[2] == "PER"]
    [('PER', 'Nguyễn Văn Khoa')]
    """
    return _tag(sentence, lang, str(model or _READING[-1]), gazetteer)


@memoize(maxsize=8192)
def _tag(sentence: str, lang: str, model: str, gazetteer: bool) -> tuple[Span, ...]:
    toks = tokens(sentence)
    if not toks:
        return ()
    tagger = _model(model)
    x = features(sentence, lang, gazetteer)
    labels = tagger.tag(x)
    names = tagger.labels()
    marginals = tagger.marginals(x)
    out = []
    for a, b, kind in bio_spans(labels):
        sure = min(marginals[i][names.index(labels[i])] for i in range(a, b))
        if kind in LABELS:
            out.append((toks[a][0], toks[b - 1][1], kind, round(float(sure), 6)))
    return tuple(out)
