"""Corpus: the seed articles and their catalog, loaded, checked and cleaned.

``load_corpus()`` reads every ``*.txt`` file in ``seeds/`` and the optional ``seeds/catalog.csv``
and returns one row per article. It never writes to ``seeds/``. Any problem with the input
raises :class:`CorpusError`, whose message names the file and says how to fix it.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .languages import LANGUAGES, VI
from .paths import seeds_dir as seeds_dir_of_course
from .text import Tag, content_words, detect_language, normalize, sentence_spans, tag, tag_many
from .webpage import chrome_kind, first_full_date, is_headline, source_of

__all__ = [
    "COURSE_ARTICLES",
    "CorpusError",
    "CatalogWarning",
    "Cleaned",
    "caption_without_credit",
    "clean_text",
    "load_corpus",
    "paragraphs",
    "per_article",
    "sentences",
    "tag_sentences",
    "word_counts",
]

#: The five articles the course is built on (their rows in ``seeds/catalog.csv``, their answers in
#: ``seeds/annotations/``); lesson 08 briefs any other article in ``seeds/``.
COURSE_ARTICLES: tuple[str, ...] = (
    "forum-2025-04-28-vi",
    "it-day-tokyo-2025-08-28-vi",
    "forum-2025-04-28-en",
    "asean-fm-2025-07-10-vi",
    "ambassador-2025-09-19-vi",
)

CATALOG_COLUMNS = ["doc_id", "file", "lang", "date", "date_source", "outlet_or_byline", "title", "sha256"]
REQUIRED_COLUMNS = ["doc_id", "file"]


class CorpusError(ValueError):
    """A seed file or the catalog cannot be used; the message names the file and the fix."""


class CatalogWarning(UserWarning):
    """An article was loaded with metadata the loader had to infer or could not verify."""


@dataclass
class Cleaned:
    """The result of :func:`clean_text`: the article text and what was moved out of it."""

    text: str
    header_date: str = ""
    section: str = ""
    dateline: str = ""
    byline: str = ""
    outlet: str = ""
    captions: list[str] = field(default_factory=list)
    headline: str = ""
    chrome: list[str] = field(default_factory=list)


_HEADER = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\s*")
_DATELINE = re.compile(r"^([^\W\d_][^\W\d_ .]*(?: [^\W\d_.]+){0,3})\s+(?:—|–|--)\s+")
_PHOTO = r"(?:Ảnh|Photo|Nguồn ảnh)\s*:"
_PHOTO_WORD = re.compile(_PHOTO)
_INLINE_CAPTION = re.compile(rf"\s*\(\s*{_PHOTO}\s*([^)]*)\)")
_CAPTION_LINE = re.compile(rf"^[^.!?]*\(\s*{_PHOTO}[^)]*\)\.?$")
_CAPTION_PARAGRAPH = re.compile(rf"^(.*?)\s*(?<!\()\b{_PHOTO}\s*([^()]{{1,40}})$")
_OUTLET_TAG = re.compile(r"\s+[—–]\s*([A-Z][A-Za-z/&]{1,12})\s*$")
_OUTLET_OPENING = re.compile(r"^\(([A-Z][\w.&/ -]{1,30})\)\s*(?:—|–|-{1,2})\s+")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def clean_text(raw: str, lang: str = VI, pasted_page: bool = True) -> Cleaned:
    """Clean an article's raw text and move metadata out of it.

    Steps: normalise (NFC, spaces, look-alike letters, see :func:`helpers.text.normalize`);
    strip HTML tags and entities; split off a `` date YYYY-MM-DD`` header line, a dateline
    (``HÀ NỘI —``) and a section label glued to the lead (``Nhật BảnBộ`` → ``Nhật Bản`` +
    ``Bộ``); move photo captions (``(Ảnh: …)``, a paragraph ending ``Ảnh: HTQT``), an outlet
    tag (``— VNS``) and a closing byline (a last paragraph that is only a name) to metadata. A pasted
    web page loses its chrome (timestamps, share buttons, breadcrumbs, a ``Theo …`` source line:
    ``chrome``, see :mod:`helpers.webpage`) and its headline, the first headline-like line, which
    goes to ``headline``; a dateline (``TOKYO —``) or outlet (``(Chinhphu.vn) -``) opening the lead
    goes to ``dateline`` or ``outlet``. ``pasted_page=False`` skips these page steps (chrome,
    headline, lead dateline): the cleaning the development set in ``seeds/devset/`` was annotated on.

    >>> c = clean_text(" date 2025-08-28 Nhật BảnBộ Khoa học họp.\\n\\nBộ trưởng phát biểu. Ảnh: HTQT\\n\\nBảo Lâm")
    >>> c.text, c.header_date, c.section, c.captions, c.byline
    ('Bộ Khoa học họp.', '2025-08-28', 'Nhật Bản', ['Bộ trưởng phát biểu. Ảnh: HTQT'], 'Bảo Lâm')
    >>> c = clean_text("Thế giới > Châu Á\\nThứ năm, 13/11/2025, 08:00 (GMT+7)\\nHai nước ký hiệp định\\nHai bên ký.")
    >>> c.text, c.headline, c.chrome
    ('Hai bên ký.', 'Hai nước ký hiệp định', ['Thế giới > Châu Á', 'Thứ năm, 13/11/2025, 08:00 (GMT+7)'])
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean_text() needs text (a str), not {type(raw).__name__}")
    text = html.unescape(_HTML_TAG.sub(" ", raw)) if ("<" in raw or "&" in raw) else raw
    paras = [p for p in normalize(text, lang).split("\n") if p.strip()]
    out = Cleaned(text="")
    if paras:
        paras[0] = _split_header(paras[0], out)
    kept = [p for p in (_without_captions(para, out) for para in paras) if p is not None and p.strip()]
    if pasted_page:
        kept = _without_headline(_without_signature(_without_chrome(kept, out), out), out)
    else:
        kept = _without_signature(kept, out)
    out.text = "\n\n".join(p.strip() for p in kept if p.strip())
    return out


_DASHES = re.compile(r"\s+(?:—|–|--)\s+$")
_DASH_AT = re.compile(r"\s+(?:—|–|--)\s+")


def _lead_dateline_end(lead: str) -> int:
    """Where an upper-case dateline opening the lead ends (after its dash), else 0: the longest start
    of at most 60 characters, all capitals, followed by `` — ``, `` – `` or `` -- ``
    (``BÀ RỊA – VŨNG TÀU — Nhật Bản …`` → after ``VŨNG TÀU — ``).

    >>> lead = "BÀ RỊA – VŨNG TÀU — Nhật Bản đầu tư."
    >>> lead[_lead_dateline_end(lead):], _lead_dateline_end("Hà Nội – Tokyo — hai bên ký.")
    ('Nhật Bản đầu tư.', 0)
    """
    ends = [m for m in _DASH_AT.finditer(lead[:64]) if lead[: m.start()].isupper() and m.start() <= 60]
    return ends[-1].end() if ends else 0


def _without_chrome(paras: list[str], out: Cleaned) -> list[str]:
    """The paragraphs that are not page chrome; chrome goes to ``out.chrome`` (a source line's outlet
    to ``out.outlet``)."""
    kept = []
    for para in paras:
        if chrome_kind(para):
            out.chrome.append(para.strip())
            out.outlet = out.outlet or source_of(para)
        else:
            kept.append(para)
    return kept


def _without_headline(paras: list[str], out: Cleaned) -> list[str]:
    """The body without a headline line first (moved to ``out.headline``), then without a dateline or
    outlet opening the lead (moved to ``out.dateline`` / ``out.outlet``)."""
    if len(paras) > 1 and is_headline(paras[0]):
        out.headline, paras = paras[0].strip(), paras[1:]
    if paras and not out.dateline and (end := _lead_dateline_end(paras[0].strip())):
        lead = paras[0].strip()
        out.dateline, paras[0] = _DASHES.sub("", lead[:end]), lead[end:]
    elif paras and (m := _OUTLET_OPENING.match(paras[0].strip())):
        out.outlet, paras[0] = "; ".join(filter(None, [out.outlet, m.group(1)])), paras[0].strip()[m.end() :]
    return paras


def _without_signature(paras: list[str], out: Cleaned) -> list[str]:
    """The paragraphs without a closing outlet tag (``— VNS``) or byline paragraph (moved to ``out``)."""
    if paras and (m := _OUTLET_TAG.search(paras[-1])):
        out.outlet, paras[-1] = m.group(1), paras[-1][: m.start()]
    if len(paras) > 1 and _is_name(paras[-1]):
        out.byline = paras.pop()
    return paras


def _split_header(first: str, out: Cleaned) -> str:
    """The first paragraph without a `` date YYYY-MM-DD`` header, dateline or glued section label
    (moved to ``out``); unchanged when there is no header line."""
    m = _HEADER.match(first.strip())
    if not m:
        return first
    out.header_date = m.group(1)
    lead = first.strip()[m.end() :]
    if (m2 := _DATELINE.match(lead)) and m2.group(1).isupper():
        out.dateline, lead = m2.group(1), lead[m2.end() :]
    elif glue := _glued_label_end(lead):
        out.section, lead = lead[:glue], lead[glue:]
    return lead


def _without_captions(para: str, out: Cleaned) -> str | None:
    """A paragraph with its photo captions moved to ``out``; ``None`` if the whole paragraph is a caption."""
    if not _PHOTO_WORD.search(para):
        return para
    short = len(para.split()) <= 30
    if _CAPTION_LINE.match(para) and short:
        out.captions.append(para)  # a phrase ending in a photo credit: the whole paragraph is a caption
        return None
    if _CAPTION_PARAGRAPH.match(para) and short and not para.endswith((".", "!", "?", '"', "”")):
        out.captions.append(para)  # a sentence followed by "Ảnh: CREDIT"
        return None
    out.captions.extend(f"(Ảnh: {c})" for c in _INLINE_CAPTION.findall(para))
    return _INLINE_CAPTION.sub("", para)


def caption_without_credit(caption: str) -> str:
    """A photo caption without its credit (``(Ảnh: Đức Hoàng)``, ``Ảnh: HTQT``), for reading its names.

    >>> caption_without_credit("Đại sứ Ito Naoki (Ảnh: Đức Hoàng)."), caption_without_credit("Lễ ký. Ảnh: HTQT")
    ('Đại sứ Ito Naoki.', 'Lễ ký.')
    """
    without = _INLINE_CAPTION.sub("", caption)
    return re.sub(rf"\s*\b{_PHOTO}\s*[^()]{{0,40}}$", "", without).strip()


def _glued_label_end(lead: str) -> int:
    """Where a section label glued to the lead ends (``Nhật BảnBộ Khoa học`` → 8), else 0.

    A label is two to four words, the first capitalised, whose last word (at least two
    letters before the join) runs straight into a capitalised word. A single glued word
    (a brand such as ``VinFast``) or a lower-case prefix (``iPhone``) is not a label.
    """
    words = lead.split(" ", 4)[:4]
    if not words or not words[0][:1].isupper():
        return 0
    offset = 0
    for i, word in enumerate(words):
        for j in range(2, len(word)):
            if i >= 1 and word[j - 1].islower() and word[j].isupper() and word[:j].isalpha():
                return offset + j
        offset += len(word) + 1
    return 0


def _is_name(paragraph: str) -> bool:
    """A byline: one to four capitalised words, nothing else (``Bảo Lâm``)."""
    words = paragraph.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words)


def _read_article(path: Path, data: bytes) -> str:
    """Decode a seed file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data:
            raise CorpusError(f"{path.name}: this is not a text file (it contains NUL bytes). Remove it from seeds/.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise CorpusError(
                f"{path.name}: not UTF-8 (byte {err.start} is {data[err.start]:#04x}). "
                "Open it in a text editor and save it as UTF-8."
            ) from None
    if not text.strip():
        raise CorpusError(f"{path.name}: the file is empty. Paste the article's text into it or remove it from seeds/.")
    return text


def _read_catalog(seeds: Path) -> dict[str, dict[str, str]]:
    path = seeds / "catalog.csv"
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            columns = reader.fieldnames or []
    except (UnicodeDecodeError, csv.Error) as err:
        raise CorpusError(f"catalog.csv: cannot be read as a UTF-8 CSV file ({err}). Save it as UTF-8 CSV.") from None
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise CorpusError(
            f"catalog.csv: missing column(s) {', '.join(missing)}. The header line must start with: "
            + ",".join(CATALOG_COLUMNS)
        )
    on_disk = {_nfc(p.name) for p in seeds.iterdir() if p.is_file()}
    catalog: dict[str, dict[str, str]] = {}
    seen_ids: dict[str, str] = {}
    for n, raw_row in enumerate(rows, start=2):
        row = {k: (v or "").strip() for k, v in raw_row.items() if k}
        _check_catalog_row(n, row, on_disk, seen_ids)
        seen_ids[row["doc_id"]] = row["file"]
        catalog[_nfc(row["file"])] = row
    return catalog


def _check_catalog_row(n: int, row: dict[str, str], on_disk: set[str], seen_ids: dict[str, str]) -> None:
    """A :class:`CorpusError` for catalog line ``n`` without a doc_id or file, for a missing file or a reused doc_id."""
    name, doc_id = row["file"], row["doc_id"]
    if not name or not doc_id:
        raise CorpusError(f"catalog.csv line {n}: every row needs a doc_id and a file.")
    if _nfc(name) not in on_disk:
        raise CorpusError(f"catalog.csv line {n}: file {name!r} is not in seeds/. Add the file or delete the row.")
    if doc_id in seen_ids:
        raise CorpusError(
            f"catalog.csv line {n}: doc_id {doc_id!r} is already used for {seen_ids[doc_id]}. "
            "Give each article its own doc_id."
        )


def load_corpus(seeds_dir: str | Path | None = None, pasted_page: bool = True) -> pd.DataFrame:
    """Load every article in ``seeds_dir`` (default: the course's ``seeds/``) as a table.

    One row per ``*.txt`` file, in file-name order. Metadata comes from ``catalog.csv``; for a
    file without a catalog row the loader infers the doc_id from the file name and the language,
    title and date from the text, without a warning (a student's pasted article is normal), and
    lists what it inferred in ``inferred``. The date comes from the catalog, else a
    `` date YYYY-MM-DD`` header line, else the first full date in the lead, else it is missing.

    Columns: ``doc_id``, ``file``, ``lang``, ``date`` (``datetime64``; NaT if unknown),
    ``date_source`` (the catalog's, else ``header line``, ``from text`` or ``missing``),
    ``outlet_or_byline``, ``title`` (the catalog's, else the headline, else the first words),
    ``headline``, ``section``, ``dateline``, ``captions`` (list of str), ``chrome`` (list of the
    web-page lines removed), ``inferred`` (the fields guessed, e.g. ``"doc_id, lang, title, date"``;
    ``""`` when the catalog gave them all), ``n_chars``, ``text`` (cleaned, see :func:`clean_text`),
    ``raw_text`` (the file as it is). Raises :class:`CorpusError` for input it cannot use.
    ``pasted_page=False`` keeps web-page chrome, headline and lead dateline in the text (see
    :func:`clean_text`): only for ``seeds/devset/``, whose offsets were written on that text.

    >>> corpus = load_corpus()
    >>> corpus[["doc_id", "lang"]].head(2)
                           doc_id lang
    0         forum-2025-04-28-vi   vi
    1  it-day-tokyo-2025-08-28-vi   vi
    """
    seeds = Path(seeds_dir) if seeds_dir is not None else seeds_dir_of_course()
    if not seeds.is_dir():
        raise CorpusError(f"{seeds.name}: no such folder. Pass the folder that holds the articles' .txt files.")
    catalog = _read_catalog(seeds)
    files = _article_files(seeds)
    if not files:
        raise CorpusError(f"{seeds.name}: no .txt articles in this folder. Add at least one UTF-8 .txt file.")
    rows, ids = [], {row["doc_id"] for row in catalog.values()}
    for path, data in _distinct_contents(files):
        raw = _read_article(path, data)
        meta = catalog.get(_nfc(path.name))
        if meta is None:
            meta = _infer_metadata(path, raw, ids)
            ids.add(meta["doc_id"])
        elif meta.get("sha256") and meta["sha256"] != hashlib.sha256(data).hexdigest():
            _warn(
                f"{path.name}: the file has changed since its catalog row was written (sha256 differs). "
                "If the change is intended, update the sha256 column.",
                stacklevel=2,
            )
        rows.append(_article_row(path, raw, meta, pasted_page))
    corpus = pd.DataFrame(rows)
    corpus["date"] = pd.to_datetime(corpus["date"].replace("", None), format="%Y-%m-%d", errors="coerce")
    return corpus


def _nfc(name: str) -> str:
    """A file name in composed form: ``bài-báo`` typed on a Mac (decomposed) or on Linux is one name."""
    return unicodedata.normalize("NFC", name)


def _warn(message: str, stacklevel: int) -> None:
    """Warn with :class:`CatalogWarning`; ``stacklevel`` counts from the caller, as for ``warnings.warn``."""
    warnings.warn(message, CatalogWarning, stacklevel=stacklevel + 1)


# Files that belong in seeds/ but are not articles: no warning for them (nor for hidden files).
_NOT_ARTICLES = {"catalog.csv", "readme", "readme.md", "readme.txt"}


def _article_files(seeds: Path) -> list[Path]:
    """The ``*.txt`` files directly in ``seeds`` (never in subfolders), in file-name order.

    Any other file (``.TXT``, ``.md``, a photo) is named in one :class:`CatalogWarning`, except
    the catalog, a README and hidden files.
    """
    files = sorted((p for p in seeds.iterdir() if p.is_file()), key=lambda p: _nfc(p.name))
    others = [
        p.name
        for p in files
        if p.suffix != ".txt" and not p.name.startswith(".") and p.name.lower() not in _NOT_ARTICLES
    ]
    if others:
        _warn(
            f"{seeds.name}/ holds file(s) that are not articles and were not read: {', '.join(others)}. "
            "Articles must end in .txt (lower case); move other files elsewhere.",
            stacklevel=3,
        )
    return [p for p in files if p.suffix == ".txt" and p.name.lower() not in _NOT_ARTICLES]


def _distinct_contents(files: list[Path]) -> list[tuple[Path, bytes]]:
    """Each file with its bytes; a file with the same content as an earlier one is skipped, with a warning."""
    seen: dict[str, str] = {}
    kept = []
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            _warn(
                f"{path.name} has the same content as {seen[digest]} (same sha256); it was skipped. "
                "Delete one of the two files.",
                stacklevel=3,
            )
            continue
        seen[digest] = path.name
        kept.append((path, data))
    return kept


def _article_row(path: Path, raw: str, meta: dict[str, str], pasted_page: bool = True) -> dict[str, object]:
    """One row of the corpus table: catalog metadata, then what cleaning moved out of the text."""
    lang = meta.get("lang") or detect_language(raw)
    if lang not in LANGUAGES:
        raise CorpusError(f"catalog.csv: {path.name} has lang {lang!r}; use {' or '.join(map(repr, LANGUAGES))}.")
    cleaned = clean_text(raw, lang, pasted_page)
    if not cleaned.text:
        raise CorpusError(f"{path.name}: nothing is left after cleaning (only captions or a byline?).")
    date, date_source = _date_of(meta, cleaned)
    title = meta.get("title") or cleaned.headline or _first_words(cleaned.text)
    inferred = [f for f in meta.get("inferred", "").split(", ") if f]
    inferred += [f for f, guessed in (("title", not meta.get("title")), ("date", not meta.get("date"))) if guessed]
    return {
        "doc_id": meta["doc_id"],
        "file": path.name,
        "lang": lang,
        "date": date,
        "date_source": date_source,
        "outlet_or_byline": meta.get("outlet_or_byline") or cleaned.outlet or cleaned.byline,
        "title": title,
        "headline": cleaned.headline,
        "section": cleaned.section,
        "dateline": cleaned.dateline,
        "captions": cleaned.captions,
        "chrome": cleaned.chrome,
        "inferred": ", ".join(inferred),
        "n_chars": len(cleaned.text),
        "text": cleaned.text,
        "raw_text": raw,
    }


def _date_of(meta: dict[str, str], cleaned: Cleaned) -> tuple[str, str]:
    """The article's date and where it came from: the catalog, else the `` date`` header line, else the
    first full date in the lead (``from text``), else none (``missing``).

    >>> _date_of({}, Cleaned(text="Ngày 29/4/2025, hai bên ký.\\n\\nNgày 1/5/2025 …"))
    ('2025-04-29', 'from text')
    >>> _date_of({}, Cleaned(text="Hai bên ký.\\n\\nNgày 1/5/2025 …"))
    ('', 'missing')
    """
    if meta.get("date"):
        return meta["date"], meta.get("date_source") or "catalog"
    if cleaned.header_date:
        return cleaned.header_date, "header line"
    stated = first_full_date(cleaned.text.split("\n\n")[0])
    return (stated, "from text") if stated else ("", "missing")


def _first_words(text: str, n: int = 10) -> str:
    """A stand-in title when an article has no headline: its first ``n`` words, with ``…`` if cut.

    >>> _first_words("Một hai ba bốn năm sáu bảy tám chín mười mười một.")
    'Một hai ba bốn năm sáu bảy tám chín mười …'
    """
    words = text.split("\n\n")[0].split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _infer_metadata(path: Path, raw: str, taken: set[str]) -> dict[str, str]:
    """Metadata for a file without a catalog row: a doc_id from the file name and the language of the
    text (title and date are read from the text by :func:`_article_row`). No warning: adding a file
    without a row is the normal way to bring an article; the ``inferred`` column says what was guessed."""
    doc_id = re.sub(r"[^\w-]+", "-", _nfc(path.stem).lower()).strip("-") or "article"
    while doc_id in taken:
        doc_id += "-2"
    return {"doc_id": doc_id, "lang": detect_language(raw), "inferred": "doc_id, lang"}


def paragraphs(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph: ``doc_id``, ``paragraph`` (0-based), ``text``.

    >>> paragraphs(load_corpus())[["doc_id", "paragraph"]].head(2)
                    doc_id  paragraph
    0  forum-2025-04-28-vi          0
    1  forum-2025-04-28-vi          1
    """
    _require_columns(corpus, ["doc_id", "text"], "paragraphs")
    rows = [(doc.doc_id, i, para) for doc in corpus.itertuples() for i, para in enumerate(doc.text.split("\n\n"))]
    return pd.DataFrame(rows, columns=["doc_id", "paragraph", "text"])


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: ``doc_id``, ``lang``, ``sentence`` (0-based within the article),
    ``start`` and ``end`` (offsets into the article's ``text``), ``text``.

    >>> s = sentences(load_corpus())
    >>> row = s.iloc[0]
    >>> row.text == load_corpus().text[0][row.start:row.end]
    True
    """
    _require_columns(corpus, ["doc_id", "lang", "text"], "sentences")
    rows = [
        (doc.doc_id, doc.lang, i, start, end, doc.text[start:end])
        for doc in corpus.itertuples()
        for i, (start, end) in enumerate(sentence_spans(doc.text))
    ]
    return pd.DataFrame(rows, columns=["doc_id", "lang", "sentence", "start", "end", "text"])


def per_article(
    corpus: pd.DataFrame, extract: Callable[[Any], pd.DataFrame], columns: list[str], caller: str = "per_article"
) -> pd.DataFrame:
    """Run ``extract`` on every article of a corpus table and stack the results, ``doc_id`` first.

    ``extract`` gets one article's row (a named tuple: ``doc.doc_id``, ``doc.lang``, ``doc.text``,
    ``doc.date`` …) and returns a table with ``columns``. The ``corpus_*`` functions of the
    extractors are this loop (``caller`` names them in the error for a table without ``doc_id`` or
    ``text``); an empty corpus gives an empty table with the same columns.

    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x y", "z"]})
    >>> per_article(docs, lambda doc: pd.DataFrame({"word": doc.text.split()}), ["word"])
      doc_id word
    0      a    x
    1      a    y
    2      b    z
    """
    _require_columns(corpus, ["doc_id", "text"], caller)
    parts = []
    for doc in corpus.itertuples():
        table = extract(doc)
        table.insert(0, "doc_id", doc.doc_id)
        parts.append(table)
    if not parts:
        return pd.DataFrame(columns=["doc_id", *columns])
    return pd.concat(parts, ignore_index=True)


def _require_columns(table: pd.DataFrame, columns: list[str], function: str) -> None:
    """A ``KeyError`` naming the columns ``function`` needs that ``table`` lacks.

    >>> _require_columns(pd.DataFrame({"text": ["x"]}), ["doc_id", "text", "lang"], "word_counts")
    Traceback (most recent call last):
    ...
    KeyError: "word_counts() needs a table with the column(s) 'doc_id', 'lang'; this one has 'text'"
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{function}() needs a table (a pandas DataFrame), not {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        has = ", ".join(map(repr, map(str, table.columns))) or "no columns"
        raise KeyError(
            f"{function}() needs a table with the column(s) {', '.join(map(repr, missing))}; this one has {has}"
        )


def tag_sentences(sentences: pd.DataFrame, processes: int = 1) -> pd.DataFrame:
    """Tag every sentence of a sentence table (as from :func:`sentences`) with :func:`helpers.text.tag`.

    One row per word: ``doc_id``, ``sentence``, ``position`` (0-based in the sentence),
    ``word``, ``pos``, ``chunk``, ``ner``. Cached sentences cost nothing; with
    ``processes > 1`` the uncached Vietnamese sentences are tagged in parallel worker
    processes (:func:`helpers.text.tag_many`).

    >>> table = pd.DataFrame({"doc_id": ["a"], "sentence": [0], "lang": ["vi"], "text": ["Nhật Bản hỗ trợ."]})
    >>> tag_sentences(table)[["word", "pos"]]
           word pos
    0  Nhật Bản  Np
    1    hỗ trợ   V
    2         .  CH
    """
    _require_columns(sentences, ["doc_id", "sentence", "lang", "text"], "tag_sentences")
    vietnamese = [s.text for s in sentences.itertuples() if s.lang == VI]
    tagged = dict(zip(vietnamese, tag_many(vietnamese, processes), strict=True))
    rows = [
        (s.doc_id, s.sentence, i, *t)
        for s in sentences.itertuples()
        for i, t in enumerate(tagged[s.text] if s.lang == VI else tag(s.text, s.lang))
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sentence", "position", *Tag._fields])


def word_counts(corpus: pd.DataFrame, by_doc: bool = False, drop_stopwords: bool = True) -> pd.DataFrame:
    """Count words in a corpus table (columns ``text`` and ``lang``; ``doc_id`` if ``by_doc``).

    Words are counted by :func:`helpers.text.content_words` (lower-cased tokens with a letter;
    stopwords dropped unless ``drop_stopwords=False``). Columns: ``word``, ``count``, ``share``
    (of the counted words), plus ``doc_id`` first when ``by_doc``. Sorted by count, then word.

    >>> docs = pd.DataFrame({"doc_id": ["a"], "lang": ["vi"], "text": ["Bán dẫn, bán dẫn và AI."]})
    >>> word_counts(docs)
          word  count     share
    0  bán dẫn      2  0.666667
    1       ai      1  0.333333
    """
    _require_columns(corpus, ["text", "lang"] + (["doc_id"] if by_doc else []), "word_counts")
    rows = [
        (doc.doc_id if by_doc else "", word, n)
        for doc in corpus.itertuples()
        for word, n in content_words(doc.text, doc.lang, drop_stopwords).items()
    ]
    table = pd.DataFrame(rows, columns=["doc_id", "word", "count"])
    table = table.groupby(["doc_id", "word"], as_index=False)["count"].sum()
    table["share"] = table["count"] / table.groupby("doc_id")["count"].transform("sum")
    table = table.sort_values(["doc_id", "count", "word"], ascending=[True, False, True], ignore_index=True)
    return table if by_doc else table.drop(columns="doc_id")
