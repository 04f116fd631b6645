"""The student edition (make student): no solutions, and every lesson still runs top to bottom.

Also the other direction: in the teacher's lessons, each worked solution passes its own check.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))

_spec = importlib.util.spec_from_file_location("student_edition", ROOT / "tools" / "student_edition.py")
student_edition = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(student_edition)


def _tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def _execute(nb, folder) -> None:
    # A kernel may take over a minute to start on a busy two-core machine (the tests run in two workers).
    resources = {"metadata": {"path": str(folder)}}
    NotebookClient(nb, timeout=300, startup_timeout=180, kernel_name="python3", resources=resources).execute()


def _printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    out = tmp_path_factory.mktemp("edition") / "student"
    student_edition.build(out)
    return out


def test_edition_has_every_lesson_and_what_they_link_to(edition):
    assert sorted(p.name for p in (edition / "notebooks").glob("[0-9][0-9]_*.ipynb")) == [p.name for p in NOTEBOOKS]
    for name in [
        "README.md",
        "notebooks/README.md",
        "notebooks/glossary.md",
        "seeds/catalog.csv",
        "helpers/__init__.py",
        "requirements.txt",
    ]:
        assert (edition / name).is_file(), name
    for page in [edition / "notebooks" / "README.md", *sorted((edition / "notebooks").glob("*.ipynb"))]:
        for target in re.findall(r"\]\(([^)#\s:]+\.(?:ipynb|md))\)", page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} links to {target}, missing in the student edition"


def test_every_command_in_the_student_readme_works_there(edition):
    """The edition stands alone: each make target its README names runs there, each file it names is there."""
    readme = (edition / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\bmake (\w+)", readme)
    files = {f.replace("\\", "/") for f in re.findall(r"[\w.\\/-]+\.(?:py|yml|ipynb|md)\b", readme)}
    assert targets == ["lab"] and {"tools/setup_venv.py", "environment.yml", "notebooks/00_welcome.ipynb"} <= files
    for name in files:
        assert (edition / name).is_file(), f"the student README names {name}, missing in the edition"
    if shutil.which("make"):
        for target in targets:
            dry = subprocess.run(["make", "-n", target], cwd=edition, capture_output=True, text=True)
            assert dry.returncode == 0, dry.stderr
        # For real, on this checkout's environment (its lock is the edition's, so nothing reinstalls).
        venv = f"VENV={ROOT / '.venv'}"
        lab = subprocess.run(
            ["make", "-s", "lab", venv, "LAB_ARGS=--version"], cwd=edition, capture_output=True, text=True
        )
        assert lab.returncode == 0 and re.fullmatch(r"\d+\.\d+\.\d+\s*", lab.stdout), lab.stdout + lab.stderr


def test_rebuilding_replaces_the_edition_but_never_a_foreign_folder(edition, tmp_path):
    (edition / "notebooks" / "stale.ipynb").write_text("{}", encoding="utf-8")
    student_edition.build(edition)
    assert not (edition / "notebooks" / "stale.ipynb").exists()
    foreign = tmp_path / "my-work"
    foreign.mkdir()
    (foreign / "essay.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a student edition"):
        student_edition.build(foreign)
    assert (foreign / "essay.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_solution_survives_and_exercises_start_blank(edition, path):
    teacher = nbformat.read(path, as_version=4)
    student = nbformat.read(edition / "notebooks" / path.name, as_version=4)
    kept = [c for c in teacher.cells if "solution" not in _tags(c)]
    assert [c.source for c in student.cells] == [c.source for c in kept], "only solution cells are removed"
    for cell in student.cells:
        assert "solution" not in _tags(cell) and not cell.source.lstrip().startswith("# Solution")
        if cell.cell_type == "code" and _tags(cell) & {"exercise", "check"}:
            assert cell.outputs == [] and cell.execution_count is None
        elif cell.cell_type == "code":
            assert cell.outputs == next(c for c in kept if c.source == cell.source).outputs, "other outputs are kept"


def _handed_out_then_solved(path):
    """The student edition of a lesson, then each worked solution followed by its check again."""
    teacher = nbformat.read(path, as_version=4)
    cells = teacher.cells
    pairs = [
        (cells[i], cells[i + 1])
        for i in range(len(cells) - 1)
        if "check" in _tags(cells[i]) and "solution" in _tags(cells[i + 1])
    ]
    nb = student_edition.student_notebook(teacher)
    nb.cells += [nbformat.from_dict(c) for pair in pairs for c in (pair[1], pair[0])]
    return nb, len(pairs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_student_lesson_runs_and_every_worked_solution_passes_its_check(edition, path):
    """One run per lesson, two promises. As handed out, exercises never break a later cell and each check
    says "Not answered yet"; then, answered with its worked solution, each check says "Correct!"."""
    folder = edition / "notebooks"
    nb, solved = _handed_out_then_solved(path)
    checks = [c for c in nb.cells if "check" in _tags(c)]
    assert solved and len(checks) == 2 * solved, "every check cell is followed by its worked solution"
    _execute(nb, folder)  # raises CellExecutionError, naming the cell, on any error
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not [o for o in cell.outputs if o.output_type == "error"], cell.source[:80]
    handed_out, answered = [_printed(c) for c in checks[:solved]], [_printed(c) for c in checks[solved:]]
    assert all(v.startswith("Not answered yet") for v in handed_out), handed_out
    assert all(v.startswith("Correct!") for v in answered), answered
