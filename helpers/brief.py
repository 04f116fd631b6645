"""Brief: one article summarised for a reader, as tables, plain text and a one-page HTML file.

:func:`build_brief` runs the extractors of lessons 03–06 on one article (a row of
:func:`helpers.load_corpus`) and keeps what a reader needs first:

- ``figures``: each figure with what it measures (``5.007 doanh nghiệp`` → firms), the most
  important first (money and percentages in the lead before incidental counts), with its sentence;
- ``entities``: people, organisations and places, where each was found (text or photo caption)
  and a ``doubt`` column saying why a row needs checking;
- ``dates``: each date once, ``stated`` (its year is written) or ``year inferred``;
- ``themes``: the main themes with the sentence that carries each best.

:func:`brief_text` prints it; :func:`brief_html` / :func:`save_brief` write one self-contained HTML
page (no network resources, escaped text, ``lang`` attributes) a student can hand in. Drawing
stays in :mod:`helpers.plots`.

>>> measures("count", "doanh nghiệp", "Khảo sát 5.007 doanh nghiệp.", 9, "vi")
'firms (doanh nghiệp)'
>>> measures("money", "", "Hai bên mở phòng thí nghiệm với tổng vốn khoảng 12 triệu USD.", 43, "vi")
'total capital (tổng vốn)'
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .corpus import COURSE_ARTICLES, caption_without_credit
from .dates import extract_dates
from .entities import extract_entities
from .figures import extract_figures
from .paths import course_root
from .themes import theme_scores, theme_sentences
from .vocabulary import rows

__all__ = [
    "Brief",
    "blank_brief",
    "brief_html",
    "brief_text",
    "build_brief",
    "choose_article",
    "measures",
    "save_brief",
]

# How much each kind of figure says about an article, before its place in the text.
_KIND_WEIGHT = {"money": 4, "percent": 4, "count": 1, "multiplier": 1, "rank": 1, "duration": 0}
_LEAD_BONUS = 2
_CUE_WINDOW = 60  # characters before a figure searched for a cue word
_FIGURE_COLUMNS = ["rank", "surface", "measures", "kind", "in_lead", "sentence"]
_ENTITY_COLUMNS = ["label", "canonical", "mentions", "where", "source", "doubt", "context"]
_DATE_COLUMNS = ["surface", "iso", "precision", "status", "times", "sentence"]
_THEME_COLUMNS = ["theme", "share", "terms", "sentence"]
_CUED_KINDS = ("money", "percent", "multiplier")  # kinds whose measure is named by a word before them


@dataclass
class Brief:
    """One article's brief: its metadata and four tables (see :func:`build_brief` for the columns)."""

    doc_id: str
    title: str
    lang: str
    date: str  # "15 October 2025" or "date unknown"
    date_source: str
    outlet: str
    figures: pd.DataFrame
    entities: pd.DataFrame
    dates: pd.DataFrame
    themes: pd.DataFrame
    left_out: list[str]  # relative date expressions not listed (năm trước, this year)


def blank_brief(doc_id: str, title: str, lang: str = "vi") -> Brief:
    """A brief with no rows and no date, for trying the exports.

    >>> blank_brief("x", "Ba từ thôi").date
    'date unknown'
    """
    figures, entities, dates, themes = (
        pd.DataFrame(columns=c) for c in (_FIGURE_COLUMNS, _ENTITY_COLUMNS, _DATE_COLUMNS, _THEME_COLUMNS)
    )
    return Brief(doc_id, title, lang, "date unknown", "missing", "", figures, entities, dates, themes, [])


def choose_article(corpus: pd.DataFrame, file: str = "", exclude: Iterable[str] = COURSE_ARTICLES) -> pd.DataFrame:
    """The article(s) to brief (lesson 08): the row whose ``file`` is ``file`` (spelled either way,
    composed or decomposed), or, when ``file`` is ``""``, every row whose ``doc_id`` is not in
    ``exclude`` (by default the course's own five articles, :data:`helpers.corpus.COURSE_ARTICLES`),
    in file-name order. Raises ``ValueError`` naming the files there are when ``file`` is not one of
    them.

    >>> docs = pd.DataFrame({"doc_id": ["a", "mine"], "file": ["a.txt", "bài.txt"]})
    >>> choose_article(docs, exclude=["a"]).doc_id.tolist(), choose_article(docs, "bài.txt").doc_id.tolist()
    (['mine'], ['mine'])
    """
    if not file:
        return corpus[~corpus.doc_id.isin(list(exclude))]
    wanted = unicodedata.normalize("NFC", file)
    chosen = corpus[[unicodedata.normalize("NFC", f) == wanted for f in corpus.file]]
    if chosen.empty:
        raise ValueError(f"{file!r} is not an article in seeds/; the files there are: {', '.join(corpus.file)}")
    return chosen


def _glossary(role: str) -> dict[tuple[str, str], str]:
    """``(lang, word) → gloss`` for one role of ``measures.csv``."""
    return {(r["lang"], r["word"].lower()): r["measures"] for r in rows("measures.csv") if r["role"] == role}


def measures(kind: str, unit: str, sentence: str, offset: int, lang: str) -> str:
    """What a figure measures: its counted noun glossed (``doanh nghiệp`` → ``firms (doanh nghiệp)``;
    the longest listed noun that starts the unit, so ``sinh viên mỗi năm`` is students), else for
    money, percentages and multipliers the nearest cue word in the ``_CUE_WINDOW`` characters before
    ``offset`` in ``sentence`` (``tổng vốn`` → total capital), else the unit as written, else the kind.

    >>> measures("percent", "", "Số doanh nghiệp đã tăng 15% so với năm 2024.", 24, "vi")
    'increase (tăng)'
    >>> measures("count", "projects", "More than 5,500 projects.", 10, "en")
    'projects'
    >>> measures("count", "sinh viên mỗi năm", "Tổng vốn 40 triệu USD và 500 sinh viên mỗi năm.", 29, "vi")
    'students (sinh viên)'
    """
    noun = _counted_noun(unit, lang)
    if noun:
        return f"{_glossary('noun')[(lang, noun)]} ({noun})"
    if kind not in _CUED_KINDS:
        return unit or kind
    before = sentence[max(0, offset - _CUE_WINDOW) : max(0, offset)].lower()
    best: tuple[int, str, str] | None = None
    for (cue_lang, word), gloss in _glossary("cue").items():
        if cue_lang != lang:
            continue
        pattern = r"(?<!\w)" + re.escape(word).replace(r"\ ", r"\s+") + r"(?!\w)"
        for m in re.finditer(pattern, before):
            if best is None or m.end() > best[0] or (m.end() == best[0] and len(word) > len(best[2])):
                best = (m.end(), gloss, word)
    if best:
        return best[1] if lang == "en" else f"{best[1]} ({best[2]})"
    return unit or kind


def _counted_noun(unit: str, lang: str) -> str:
    """The longest noun of ``measures.csv`` that is the unit or starts it (``sinh viên mỗi năm`` → ``sinh viên``)."""
    lowered = unit.lower()
    fits = [
        w for (noun_lang, w) in _glossary("noun") if noun_lang == lang and (lowered == w or lowered.startswith(w + " "))
    ]
    return max(fits, key=len, default="")


def _figures(text: str, lang: str) -> pd.DataFrame:
    """The figures ranked: columns ``rank``, ``surface``, ``measures``, ``kind``, ``in_lead``, ``sentence``."""
    found = extract_figures(text, lang)
    lead_end = text.find("\n\n") if "\n\n" in text else len(text)
    rows_ = []
    for f in found.itertuples():
        offset = text.find(f.sentence)
        what = measures(f.kind, f.unit, f.sentence, f.start - max(offset, 0), lang)
        importance = _KIND_WEIGHT.get(f.kind, 0) + (_LEAD_BONUS if f.start < lead_end else 0)
        rows_.append((importance, f.start, f.surface, what, f.kind, f.start < lead_end, f.sentence))
    rows_.sort(key=lambda r: (-r[0], r[1]))
    table = pd.DataFrame([r[2:] for r in rows_], columns=_FIGURE_COLUMNS[1:])
    table.insert(0, "rank", range(1, len(table) + 1))
    return table


def _mentions(text: str, captions: list[str], lang: str) -> pd.DataFrame:
    """Every mention in the text and in each caption, with ``where`` (``text`` or ``caption``) and
    the sentence (or caption) it is in; a ``source`` column is kept when the extractor gives one."""
    parts = [extract_entities(text, lang).assign(where="text", context=lambda m: [_around(text, s) for s in m.start])]
    for caption in captions:
        found = extract_entities(caption_without_credit(caption), lang)
        parts.append(found.assign(where="caption", context=caption))
    mentions = pd.concat(parts, ignore_index=True)
    if "source" not in mentions.columns:
        mentions["source"] = ""
    return mentions


def _around(text: str, start: int) -> str:
    """The sentence-like stretch of ``text`` around ``start`` (between sentence ends)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))
    return text[left + 1 : right + 1].strip()


def _doubts(name: str, label: str, table: pd.DataFrame) -> str:
    """Why one entity needs checking, or ``""``: two labels for one name, a person whose name is part
    of an organisation's, a one-word person, found only in a photo caption, found by the statistical
    model alone (``source`` ``model``: no rule or known name confirms it).

    >>> m = pd.DataFrame({"canonical": ["Sakura Semicon", "Công ty Sakura Semicon"], "label": ["PER", "ORG"],
    ...                   "where": ["text", "text"], "source": ["model", "rule:heads"]})
    >>> _doubts("Sakura Semicon", "PER", m)
    "also part of the organisation 'Công ty Sakura Semicon'; the statistical model's guess alone"
    """
    reasons = []
    labels = sorted(set(table.loc[table.canonical == name, "label"]))
    if len(labels) > 1:
        reasons.append("labelled " + " and ".join(labels))
    if label == "PER":
        orgs = [
            o for o in table.loc[table.label == "ORG", "canonical"] if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", o)
        ]
        if orgs:
            reasons.append(f"also part of the organisation {orgs[0]!r}")
        if len(name.split()) == 1:
            reasons.append("a one-word name")
    own = table[(table.canonical == name) & (table.label == label)]
    if set(own["where"]) == {"caption"}:
        reasons.append("only in a photo caption")
    if set(own["source"]) == {"model"}:
        reasons.append("the statistical model's guess alone")
    return "; ".join(reasons)


def _entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per entity: ``label``, ``canonical``, ``mentions``, ``where`` (``text``, ``caption`` or
    ``text and caption``), ``source`` (the rules or model that found it, when known), ``doubt``,
    ``context`` (its first sentence or caption). People, then organisations, then places."""
    out = []
    for (label, name), group in mentions.groupby(["label", "canonical"], sort=False):
        where = sorted(set(group["where"]), reverse=True)
        sources = "; ".join(sorted({s for s in group["source"] if s}))
        out.append((label, name, len(group), " and ".join(where), sources, group["context"].iloc[0]))
    table = pd.DataFrame(out, columns=["label", "canonical", "mentions", "where", "source", "context"])
    table["doubt"] = [_doubts(r.canonical, r.label, mentions) for r in table.itertuples()]
    order = {"PER": 0, "ORG": 1, "LOC": 2}
    table = table.sort_values(
        ["label", "mentions", "canonical"],
        key=lambda c: c.map(order) if c.name == "label" else c,
        ascending=[True, False, True],
        ignore_index=True,
    )
    return table[_ENTITY_COLUMNS]


def _dates(text: str, lang: str, reference: Any) -> tuple[pd.DataFrame, list[str]]:
    """Each date once (by ISO value, first occurrence kept): ``surface``, ``iso``, ``precision``,
    ``status`` (``stated`` when a four-digit year is written in it, else ``year inferred`` or
    ``year unknown``), ``times`` (how often it occurs), ``sentence``. Relative expressions with no
    digit (``năm trước``, ``this year``) are left out and returned apart."""
    found = extract_dates(text, lang, reference_date=reference if pd.notna(reference) else None)
    vague = pd.Series([not re.search(r"\d", s) for s in found.surface], index=found.index, dtype=bool)
    kept = found.loc[~vague].copy()
    kept["status"] = pd.Series(
        [
            "stated" if re.search(r"\d{4}", s) else ("year unknown" if iso.startswith("-") else "year inferred")
            for s, iso in zip(kept.surface, kept.iso, strict=True)
        ],
        index=kept.index,
        dtype=object,
    )
    kept["times"] = kept.groupby("iso").iso.transform("size").astype("int64")
    kept = kept.drop_duplicates("iso", ignore_index=True)
    return kept[_DATE_COLUMNS], list(dict.fromkeys(found[vague].surface))


def _themes(article: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` strongest themes (share above zero): ``theme``, ``share``, ``terms``, ``sentence`` (the one
    with the most theme words, first on ties)."""
    scores = theme_scores(article)
    scores = scores[scores.share > 0].sort_values(["share", "theme"], ascending=[False, True]).head(n)
    out = []
    for theme, share in zip(scores.theme, scores.share, strict=True):
        carrying = theme_sentences(article, theme).sort_values(["count", "sentence"], ascending=[False, True])
        best = carrying.iloc[0]
        out.append((theme, round(float(share), 3), ", ".join(best.terms), best.text))
    return pd.DataFrame(out, columns=_THEME_COLUMNS)


def build_brief(article: pd.Series) -> Brief:
    """The brief of one article, a row of :func:`helpers.load_corpus` (``doc_id``, ``lang``, ``date``,
    ``date_source``, ``title``, ``text``, ``captions``, ``outlet_or_byline``).

    Tables: ``figures`` (``rank``, ``surface``, ``measures``, ``kind``, ``in_lead``, ``sentence``),
    ``entities`` (``label``, ``canonical``, ``mentions``, ``where``, ``source``, ``doubt``,
    ``context``), ``dates`` (``surface``, ``iso``, ``precision``, ``status``, ``times``, ``sentence``),
    ``themes`` (``theme``, ``share``, ``terms``, ``sentence``). A missing date is ``"date unknown"``.

    >>> article = pd.Series({"doc_id": "x", "lang": "vi", "date": pd.NaT, "date_source": "missing",
    ...                      "title": "Ba từ thôi", "text": "Ba từ thôi.", "captions": [], "outlet_or_byline": ""})
    >>> b = build_brief(article)
    >>> b.date, len(b.figures), len(b.dates)
    ('date unknown', 0, 0)
    """
    text, lang = article["text"], article["lang"]
    dates, left_out = _dates(text, lang, article["date"])
    return Brief(
        doc_id=str(article["doc_id"]),
        title=str(article.get("title") or article["doc_id"]),
        lang=lang,
        date=f"{article['date']:%d %B %Y}".lstrip("0") if pd.notna(article["date"]) else "date unknown",
        date_source=str(article.get("date_source", "") or ""),
        outlet=str(article.get("outlet_or_byline", "") or ""),
        figures=_figures(text, lang),
        entities=_entities(_mentions(text, list(article.get("captions", []) or []), lang)),
        dates=dates,
        themes=_themes(pd.DataFrame([{"doc_id": article["doc_id"], "lang": lang, "text": text}])),
        left_out=left_out,
    )


_LABELS = {"PER": "People", "ORG": "Organisations", "LOC": "Places"}


def brief_text(brief: Brief, n_figures: int = 8) -> str:
    """The brief as plain text: title, date (with its source), figures, entities by type, dates, themes.

    >>> b = blank_brief("x", "Ba từ thôi")
    >>> print(brief_text(b))
    Ba từ thôi
    x · vi · date unknown (missing)
    Figures: none found
    Entities: none found
    Dates: none found
    Themes: none found
    """
    lines = [brief.title, f"{brief.doc_id} · {brief.lang} · {brief.date} ({brief.date_source})"]
    lines += [f"Outlet or byline: {brief.outlet}"] if brief.outlet else []
    lines += _section(
        "Figures",
        [f"{r.rank}. {r.surface} — {r.measures} [{r.kind}]" for r in brief.figures.head(n_figures).itertuples()],
    )
    entity_lines = []
    for label, group in brief.entities.groupby("label", sort=False):
        names = [
            f"{r.canonical} ({r.mentions}×, {r.where}{', by ' + r.source if r.source else ''}"
            f"{', doubt: ' + r.doubt if r.doubt else ''})"
            for r in group.itertuples()
        ]
        entity_lines.append(f"{_LABELS.get(label, label)}: " + "; ".join(names))
    lines += _section("Entities", entity_lines)
    lines += _section(
        "Dates",
        [
            f"{r.surface} → {r.iso} ({r.status}{f', {r.times}×' if r.times > 1 else ''})"
            for r in brief.dates.itertuples()
        ],
    )
    lines += _section("Themes", [f"{r.theme} ({100 * r.share:.1f} %): {r.sentence}" for r in brief.themes.itertuples()])
    return "\n".join(lines)


def _section(name: str, items: list[str]) -> list[str]:
    return [f"{name}:", *(f"  {item}" for item in items)] if items else [f"{name}: none found"]


_STYLE = (
    "body{font-family:'Noto Sans','DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
    "color:#222;line-height:1.45}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}"
    "th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#eee}.doubt{color:#a04000;font-weight:bold}.meta{color:#555}"
)


def _cell(value: object, lang: str = "") -> str:
    """A table cell with escaped text, marked with ``lang`` when it quotes the article."""
    attribute = f' lang="{lang}"' if lang else ""
    return f"<td{attribute}>{html.escape(str(value))}</td>"


def _table(caption: str, headers: list[str], body: list[str]) -> str:
    if not body:
        return f"<h2>{html.escape(caption)}</h2><p>None found.</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return f"<h2>{html.escape(caption)}</h2><table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def brief_html(brief: Brief) -> str:
    """The brief as one self-contained HTML page: inline style, no scripts, images or links to
    fetch; every piece of text escaped; the page in English (``lang="en"``), article quotes marked
    with the article's language.

    >>> b = blank_brief("x", "<Ba> từ")
    >>> page = brief_html(b)
    >>> '<h1 lang="vi">&lt;Ba&gt; từ</h1>' in page, "http" in page
    (True, False)
    """
    vi = brief.lang
    figures = [
        f"<tr>{_cell(r.rank)}{_cell(r.surface, vi)}{_cell(r.measures)}{_cell(r.kind)}{_cell(r.sentence, vi)}</tr>"
        for r in brief.figures.itertuples()
    ]
    entities = [
        f"<tr>{_cell(_LABELS.get(r.label, r.label))}{_cell(r.canonical, vi)}{_cell(r.mentions)}{_cell(r.where)}"
        f'{_cell(r.source)}<td class="doubt">{html.escape(r.doubt)}</td>{_cell(r.context, vi)}</tr>'
        for r in brief.entities.itertuples()
    ]
    dates = [
        f"<tr>{_cell(r.surface, vi)}{_cell(r.iso)}{_cell(r.status)}{_cell(r.times)}{_cell(r.sentence, vi)}</tr>"
        for r in brief.dates.itertuples()
    ]
    themes = [
        f"<tr>{_cell(r.theme)}{_cell(f'{100 * r.share:.1f} %')}{_cell(r.terms, vi)}{_cell(r.sentence, vi)}</tr>"
        for r in brief.themes.itertuples()
    ]
    meta = f"{brief.doc_id} · {brief.date} (date source: {brief.date_source})" + (
        f" · {brief.outlet}" if brief.outlet else ""
    )
    body = (
        f'<h1 lang="{vi}">{html.escape(brief.title)}</h1><p class="meta">{html.escape(meta)}</p>'
        + _table("Figures, most important first", ["#", "figure", "measures", "kind", "sentence"], figures)
        + _table(
            "Who: entities", ["type", "name", "mentions", "found in", "found by", "check", "first context"], entities
        )
        + _table("When: dates", ["as written", "ISO", "status", "times", "sentence"], dates)
        + _table("Main themes", ["theme", "share of content words", "theme words", "sentence"], themes)
        + '<p class="meta">Made with the course helpers (helpers.brief). Every row is a tool\'s guess: '
        "check it against the sentence beside it.</p>"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(brief.title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>\n"
    )


def save_brief(brief: Brief, folder: str | Path | None = None) -> Path:
    """Write :func:`brief_html` to ``<folder>/<doc_id>.html`` (default folder: ``build/briefs`` in the
    course) and return the path.

    >>> import tempfile
    >>> b = blank_brief("x", "t")
    >>> save_brief(b, tempfile.mkdtemp()).name
    'x.html'
    """
    target = Path(folder) if folder is not None else course_root() / "build" / "briefs"
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{brief.doc_id}.html"
    path.write_text(brief_html(brief), encoding="utf-8")
    return path
