"""Every lesson follows the structure written down in notebooks/README.md, and was executed cleanly.

(The stored outputs themselves are checked cell by cell by nbval: `pytest --nbval`.)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
LINK = re.compile(r"\]\(([^)#\s]+\.(?:ipynb|md))\)")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _source(cell: dict) -> str:
    return "".join(cell["source"])


def test_lessons_are_numbered_without_gaps():
    numbers = [int(p.name[:2]) for p in NOTEBOOKS]
    assert numbers == list(range(len(numbers))) and len(numbers) >= 3


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_has_every_part(path):
    cells = _load(path)["cells"]
    markdown = "\n".join(_source(c) for c in cells if c["cell_type"] == "markdown")
    assert _source(cells[0]).startswith(f"# {path.name[:2]} · "), "title: '# NN · …' in the first cell"
    for part in [
        "## Learning objectives",
        "**Time:** about",
        "## Summary",
        "## Exercises",
        "## Glossary",
        "[Glossary](glossary.md)",
    ]:
        assert part in markdown, f"missing: {part}"
    tags = [set(c.get("metadata", {}).get("tags", [])) for c in cells]
    assert any("solution" in t for t in tags) and any("exercise" in t for t in tags)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_cells_are_short_and_captioned(path):
    cells = _load(path)["cells"]
    for before, cell in pairwise(cells):
        if cell["cell_type"] != "code" or {"solution", "check"} & set(cell.get("metadata", {}).get("tags", [])):
            continue  # a solution or a check belongs to the exercise above it
        assert before["cell_type"] == "markdown", f"code cell without a caption above it:\n{_source(cell)[:80]}"
        assert len(_source(cell).splitlines()) <= 12, f"code cell longer than 12 lines:\n{_source(cell)[:80]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_chart_is_followed_by_a_computed_sentence(path):
    """A chart's text alternative: the cell that draws it prints at least one sentence after the image."""
    for cell in _load(path)["cells"]:
        kinds = ["image" if "image/png" in o.get("data", {}) else o["output_type"] for o in cell.get("outputs", [])]
        if "image" in kinds:
            assert "stream" in kinds[kinds.index("image") :], (
                f"a chart without a printed description:\n{_source(cell)[:80]}"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_code_lines_fit_a_classroom_screen(path):
    long = [
        line
        for c in _load(path)["cells"]
        if c["cell_type"] == "code"
        for line in _source(c).splitlines()
        if len(line) > 120
    ]
    assert not long, f"code lines longer than 120 characters: {long}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_self_checks_sit_between_an_answer_and_its_solution(path):
    """exercise text · answer cell (`answer_N = ...`) · check cell (`helpers.check("NN.N", answer_N)`) · solution.

    The check cell names the exercise and the answer only: the expected value and the hint live
    in helpers/exercises.py, so the check cell never shows the answer.
    """
    cells = _load(path)["cells"]
    tags = [set(c.get("metadata", {}).get("tags", [])) for c in cells]
    checks = [i for i, t in enumerate(tags) if "check" in t]
    for i in checks:
        answer, check, solution = cells[i - 1], cells[i], cells[i + 1] if i + 1 < len(cells) else {}
        name = re.search(r"^answer_(\d+) = \.\.\.$", _source(answer), re.M)
        assert "exercise" in tags[i - 1] and name, (
            f"a check cell must follow an answer cell with `answer_N = ...`:\n{_source(check)[:80]}"
        )
        assert (
            check["cell_type"] == "code"
            and _source(check) == f'helpers.check("{path.name[:2]}.{name[1]}", answer_{name[1]})'
        ), _source(check)[:80]
        assert "solution" in tags[i + 1] and f"answer_{name[1]} = " in _source(solution), (
            f"answer_{name[1]}: the solution must assign it"
        )
    answers = [
        i
        for i, t in enumerate(tags)
        if "exercise" in t and re.search(r"^answer_\d+ = \.\.\.$", _source(cells[i]), re.M)
    ]
    assert [i + 1 for i in answers] == checks, "every answer cell (`answer_N = ...`) is followed by its check cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_previous_and_next_links_work(path):
    first, last = _source(_load(path)["cells"][0]), _source(_load(path)["cells"][-1])
    number = int(path.name[:2])
    neighbours = {"Previous": number - 1, "Next": number + 1}
    for word, n in neighbours.items():
        target = next((p for p in NOTEBOOKS if int(p.name[:2]) == n), None)
        if target is None:
            continue
        for cell in (first, last):
            assert f"{word}: [" in cell and f"]({target.name})" in cell, f"{word} link to {target.name}"
    for text in (first, last):
        assert "Previous: [" in text or number == 0


@pytest.mark.parametrize(
    "path", [*NOTEBOOKS, ROOT / "notebooks" / "README.md", ROOT / "notebooks" / "glossary.md"], ids=lambda p: p.name
)
def test_relative_links_point_to_files_that_exist(path):
    text = path.read_text(encoding="utf-8")
    for target in LINK.findall(text):
        assert (path.parent / target).is_file(), f"{path.name} links to missing {target}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_outputs_are_clean_and_in_order(path):
    code = [c for c in _load(path)["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1)), "run it top to bottom (make execute)"
    for cell in code:
        for out in cell["outputs"]:
            assert out["output_type"] != "error", f"stored error in:\n{_source(cell)[:80]}"
            assert out.get("name") != "stderr", f"warning or error text in the output of:\n{_source(cell)[:80]}"
            text = json.dumps(out.get("text", "")) + json.dumps(out.get("data", {}).get("text/plain", ""))
            assert not re.search(r"(/root|/home|/tmp|/work)/|0x[0-9a-f]{6,}", text), (
                f"machine-specific output in:\n{_source(cell)[:80]}"
            )


def test_glossary_lists_every_lesson_term():
    """notebooks/glossary.md is built from the lessons' glossaries (python tools/build_glossary.py)."""
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_glossary.py"), "--check"], capture_output=True)
    assert result.returncode == 0, "glossary.md is out of date: run python tools/build_glossary.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_lesson_has_glossary_rows(path):
    from tools.build_glossary import rows_of

    assert len(rows_of(path)) >= 3, "the glossary table needs Vietnamese | English | Meaning rows"


# Emoji and pictographs: drawn as empty boxes where no emoji font is installed (most classroom Linux).
NEEDS_EMOJI_FONT = re.compile("[\u2300-\u23ff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")


@pytest.mark.parametrize("path", [*NOTEBOOKS, *sorted((ROOT / "notebooks").glob("*.md"))], ids=lambda p: p.name)
def test_no_character_needs_an_emoji_font(path):
    found = sorted(set(NEEDS_EMOJI_FONT.findall(path.read_text(encoding="utf-8"))))
    assert not found, f"{path.name} uses {found}: write a word instead"
