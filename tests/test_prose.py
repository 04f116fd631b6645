"""Prose follows the outputs: every number a lesson's text states is shown by that lesson.

For each markdown cell of a lesson, every number written with digits (``1,032``, ``78.6``,
``78,6``, ``20%``, ``0.95``) must appear in the code or the stored outputs of the same section
(from one ``## `` heading to the next; the title, objectives and summary may cite the whole
lesson). A number quoted from an article (inside backticks or *italics*) and a date (a year,
``28 April``, ``21/9/1973``) may instead come from anywhere in the lesson or the articles.
Structural numbers are not claims and are skipped: headings, list markers, lesson, exercise and
section numbers, minutes, links, file names, single digits.

So a sentence such as "the IT Day article is 4.3 % digital transformation" fails unless a cell
of that section prints 4.3; the fix is to print the sentence from the data (an f-string), or
to show the table it comes from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
COURSE_SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NUMBER = re.compile(r"(?<![\w.,+−-])[+−-]?\d+(?:[.,]\d+)*(?![\w])")
QUOTED = re.compile(r"`[^`]*`|\*[^*\s][^*]*\*")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(rf"\b\d{{1,2}}/\d{{1,2}}(?:/\d{{4}})?\b|\b\d{{1,2}} (?:{MONTHS})\b|\b(?:19|20)\d\d\b")
SKIP = [
    re.compile(p, re.I | re.M)
    for p in (
        r"^\s*\|.*\bmin\b.*\|\s*$",  # course-map tables: lesson numbers and minutes
        r"\[[^\]]*\]\([^)]*\)",  # links: their text and target
        r"\bISO\s*8601\b",
        r"\b\d\d_\w+|\w+\.(?:ipynb|md|csv|txt|py)\b",  # file names
        r"^\s*#+\s*\d+(?:\.\d+)*",  # numbered headings
        r"^\s*\d+\.\s",  # list markers
        r"\b(?:lessons?|exercises?|sections?|steps?|parts?|§|cells?|questions?|bài)\s+\d+(?:\.\d+)?"
        r"(?:\s*(?:and|,|–|-|to|or)\s*\d+(?:\.\d+)?)*",
        r"\b\d+\s*(?:min|minutes?|h|hours?|s|seconds?)\b",
        r"\b(?:python|pandas|nbval|underthesea|matplotlib)\s*\d[.\d]*",
        r"\bU\+[0-9A-F]+",
        r"\$[^$]+\$",  # formulas
        r"\b\d{1,2}\s*(?:×|x)\s*\d",  # 10× corpora and the like
    )
]


def _text(cell: dict) -> str:
    return "".join(cell["source"])


def canonical(token: str) -> set[str]:
    """The spellings one number can take: 78,6 = 78.6; 1,032 = 1032 = 1.032; 0.50 = 0.5 = .5; +1.2 = 1.2.

    >>> sorted(canonical("78,6"))
    ['78,6', '78.6', '786']
    >>> "0.5" in canonical("0.50") and "1.2" in canonical("+1.2")
    True
    """
    token = token.lstrip("+−-")
    out = {token, token.replace(",", "").replace(".", ""), token.replace(",", "."), token.replace(",", "")}
    if "." in token:
        out |= {token.replace(".", ","), token.replace(".", "")}
    for value in list(out):
        if re.fullmatch(r"\d+\.\d*0", value):
            out.add(value.rstrip("0").rstrip("."))
        if re.fullmatch(r"0\.\d+", value):
            out.add(value[1:])
    return {v for v in out if v}


def numbers_in(text: str) -> set[str]:
    return {v for token in NUMBER.findall(text) for v in canonical(token)}


def claims(markdown: str) -> list[tuple[str, bool, str]]:
    """(number, quoted or a date?, line) for every number the text states as a fact.

    >>> [c[:2] for c in claims("## 3. Results\\nThe forum has 250 delegates (`hơn 250 đại biểu`), 4.3 % in lesson 05.")]
    [('250', False), ('250', True), ('4.3', False)]
    >>> [c[:2] for c in claims("On 28 April 2025 (28/4/2025) it grew 20%.")]
    [('28', True), ('2025', True), ('28', True), ('4', True), ('2025', True), ('20', False)]
    >>> claims("| 03 | [Entities](03_entities.ipynb) | 45 min |\\n1. Step one, 5 items")
    []
    """
    found = []
    for line in markdown.splitlines():
        clean = line
        for pattern in SKIP:
            clean = pattern.sub(" ", clean)
        quoted = {m.span() for pattern in (QUOTED, DATE) for m in pattern.finditer(clean)}
        for match in NUMBER.finditer(clean):
            inside = any(a <= match.start() < b for a, b in quoted)
            if re.fullmatch(r"[+−-]?\d", match.group()) and not inside:
                continue  # single digits: counts of two or three things are read off a table
            found.append((match.group(), inside, line.strip()))
    return found


def _code_and_outputs(cells: list[dict]) -> str:
    parts = []
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        parts.append(_text(cell))
        for out in cell.get("outputs", []):
            parts.append("".join(out.get("text", "")))
            for mime in ("text/plain", "text/html", "text/markdown"):
                parts.append("".join(out.get("data", {}).get(mime, "")))
    return "\n".join(parts)


def _sections(cells: list[dict]) -> list[int]:
    """The section number of each cell: it changes at every markdown cell with a '## ' heading."""
    section, out = 0, []
    for cell in cells:
        if cell["cell_type"] == "markdown" and re.search(r"^## ", _text(cell), re.M):
            section += 1
        out.append(section)
    return out


def unsupported(path: Path) -> list[str]:
    """The numbers a lesson's prose states that its outputs, code or quoted articles do not show."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    articles = numbers_in("\n".join(p.read_text(encoding="utf-8") for p in COURSE_SEEDS))
    sections = _sections(cells)
    whole = numbers_in(_code_and_outputs(cells))
    problems = []
    for i, cell in enumerate(cells):
        source = _text(cell)
        if cell["cell_type"] != "markdown" or re.search(r"^## (Glossary|Bảng thuật ngữ)", source, re.M):
            continue
        overview = sections[i] == 0 or re.search(r"^## (Summary|Learning objectives)", source, re.M)
        here = (
            whole
            if overview
            else numbers_in(_code_and_outputs([c for c, s in zip(cells, sections, strict=True) if s == sections[i]]))
        )
        for number, quoted, line in claims(source):
            if not canonical(number) & (here | (articles | whole if quoted else set())):
                problems.append(f"cell {i}: {number}  <- {line[:120]}")
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_number_in_the_prose_is_shown_by_the_lesson(path):
    problems = unsupported(path)
    assert not problems, (
        "numbers the prose states that no output, code or quoted article of its section shows:\n" + "\n".join(problems)
    )


def test_the_check_can_fail(tmp_path):
    lesson = {
        "cells": [
            {
                "cell_type": "markdown",
                "source": ["## 1. Counts\n", "The table shows 42 articles and 7.5 % of them."],
                "metadata": {},
            },
            {
                "cell_type": "code",
                "source": ["len(corpus)"],
                "metadata": {},
                "outputs": [
                    {
                        "output_type": "execute_result",
                        "data": {"text/plain": ["42"]},
                        "metadata": {},
                        "execution_count": 1,
                    }
                ],
            },
            {"cell_type": "markdown", "source": ["## 2. Next\n", "Still 42 here."], "metadata": {}},
        ]
    }
    path = tmp_path / "99_fake.ipynb"
    path.write_text(json.dumps(lesson), encoding="utf-8")
    problems = unsupported(path)
    assert [p.split("  <-")[0] for p in problems] == ["cell 0: 7.5", "cell 2: 42"]
