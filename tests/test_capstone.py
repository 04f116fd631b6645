"""Bring your own article: every pasted-article shape of tests/capstone_shapes.py is loaded, briefed
and run through every lesson.

Two levels, to keep the battery within its time budget (about 40 s on 2 cores, see the issue-15 report):
- unit level, per shape: ``load_corpus`` on a folder of all the shapes, then ``helpers.brief.build_brief``,
  ``brief_text`` and ``brief_html`` on each, with the fields asserted;
- course level, once: a copy of the course with every shape added to ``seeds/`` (no catalog rows, as a
  student pastes), every lesson executed top to bottom, then lesson 08 executed again pointed at a few
  shapes through its documented ``MY_ARTICLE`` variable; that copy then passes its own tests, which is
  the teacher's guide workflow (add articles, make execute, make test).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import helpers
from helpers.brief import brief_html, brief_text, build_brief

from .capstone_shapes import SHAPES, Shape
from .conftest import ROOT, copy_repository

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CAPSTONE = "08_capstone.ipynb"
# Lesson 08 pointed at these shapes by MY_ARTICLE (the default run briefs the last file, web-page).
# decomposed-name also has no date, so one run checks both a file name typed in either Unicode form
# and the brief of an undated article ("date unknown").
LESSON_08_SHAPES = ["decomposed-name"]


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _write_shapes(seeds: Path) -> None:
    for shape in SHAPES.values():
        (seeds / shape.file).write_text(shape.text, encoding="utf-8")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> pd.DataFrame:
    """All shapes in one folder, loaded with CatalogWarning as an error: a normal paste never warns."""
    seeds = tmp_path_factory.mktemp("shapes") / "seeds"
    seeds.mkdir()
    _write_shapes(seeds)
    with warnings.catch_warnings():
        warnings.simplefilter("error", helpers.CatalogWarning)
        corpus = helpers.load_corpus(seeds)
    corpus.index = [_nfc(f) for f in corpus.file]
    return corpus


def _row(loaded: pd.DataFrame, shape: Shape) -> pd.Series:
    return loaded.loc[_nfc(shape.file)]


@pytest.mark.parametrize("name", SHAPES)
def test_the_loader_reads_each_shape(loaded, name):
    shape = SHAPES[name]
    row = _row(loaded, shape)
    assert row.date_source == shape.date_source
    assert pd.isna(row.date) if shape.date is None else row.date == pd.Timestamp(shape.date), row.date
    assert row.title == shape.title
    assert not re.match(r"^(date \d|[A-ZĐ ]+ —)", row.title), "a title is never a header or a dateline"
    assert row.inferred == "doc_id, lang, title, date"
    assert row.dateline == shape.expect.get("dateline", "")
    assert len(row.chrome) == shape.expect.get("chrome", 0)
    assert row.outlet_or_byline == shape.expect.get("outlet", "")
    assert row.doc_id == shape.expect.get("doc_id", row.doc_id) == _nfc(row.doc_id)
    assert len(row.text.split("\n\n")) >= shape.expect.get("min_paragraphs", 1)


@pytest.fixture(scope="module")
def briefs(loaded) -> dict[str, object]:
    return {name: build_brief(_row(loaded, shape)) for name, shape in SHAPES.items()}


@pytest.mark.parametrize("name", SHAPES)
def test_the_brief_of_each_shape(loaded, briefs, name):
    shape, brief = SHAPES[name], briefs[name]
    row = _row(loaded, shape)
    assert brief.date == ("date unknown" if shape.date is None else f"{row.date:%d %B %Y}".lstrip("0"))
    assert brief.title == row.title and brief.date_source == shape.date_source
    assert list(brief.figures["rank"]) == list(range(1, len(brief.figures) + 1))
    assert all(s in row.text for s in brief.figures.sentence), "every figure comes with its sentence"
    assert brief.figures.measures.str.len().gt(0).all()
    assert not brief.dates.iso.duplicated().any(), "each date once"
    assert set(brief.dates.status) <= {"stated", "year inferred", "year unknown"}
    assert brief.dates[brief.dates.surface.str.contains(r"\d{4}")].status.eq("stated").all()
    assert all(s in row.text for s in brief.themes.sentence)
    assert set(brief.entities.label) <= {"PER", "ORG", "LOC"}
    _shape_specific(shape, brief)


def _shape_specific(shape: Shape, brief) -> None:
    """The checks a shape names in its ``expect``."""
    expect = shape.expect
    if "first_figure" in expect:
        assert brief.figures.surface.iloc[0] == expect["first_figure"], brief.figures.surface.tolist()
    if "first_measures" in expect:
        assert brief.figures.measures.iloc[0] == expect["first_measures"]
    if "figures" in expect:
        assert len(brief.figures) == expect["figures"]
    if "entity" in expect:
        label, name = expect["entity"]
        assert ((brief.entities.label == label) & (brief.entities.canonical == name)).any(), name
    if "caption_person" in expect:
        person = brief.entities.set_index("canonical").loc[expect["caption_person"]]
        assert person.label == "PER" and person["where"] == "caption" and "caption" in person.doubt
    if "stated_date" in expect:
        assert expect["stated_date"] in set(brief.dates[brief.dates.status == "stated"].iso)


@pytest.mark.parametrize("name", SHAPES)
def test_the_brief_prints_and_exports_each_shape(briefs, name):
    brief = briefs[name]
    text = brief_text(brief)
    assert text.splitlines()[0] == brief.title and brief.date in text.splitlines()[1]
    page = brief_html(brief)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page and f'lang="{brief.lang}"' in page
    assert not re.search(r"(?:src|href)=|https?:|<script|@import", page), "self-contained: nothing to fetch"
    assert page.count("<h2>") == 4


# --- every lesson, top to bottom, on a course copy holding every shape ------------------------------------


def _point_lesson_08(root: Path, name: str) -> str:
    """A copy of lesson 08 beside it with ``MY_ARTICLE`` set to one shape's file (composed spelling)."""
    nb = nbformat.read(root / "notebooks" / CAPSTONE, as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith("MY_ARTICLE = "))
    cell.source = cell.source.replace('MY_ARTICLE = ""', f"MY_ARTICLE = {_nfc(SHAPES[name].file)!r}", 1)
    target = f"notebooks/08_capstone_{name}.ipynb"
    nbformat.write(nb, root / target)
    return target


@pytest.fixture(scope="module")
def executed(tmp_path_factory) -> Path:
    """The teacher's guide workflow, steps 1 and 2: articles added to seeds/ (here every shape, without
    catalog rows), then make execute (tools/run_notebooks.py --inplace, the command make runs)."""
    root = copy_repository(tmp_path_factory.mktemp("course"))
    _write_shapes(root / "seeds")
    lessons = [f"notebooks/{p.name}" for p in NOTEBOOKS] + [_point_lesson_08(root, n) for n in LESSON_08_SHAPES]
    done = subprocess.run(
        [sys.executable, "tools/run_notebooks.py", "--inplace", *lessons], cwd=root, capture_output=True, text=True
    )
    assert done.returncode == 0, f"a lesson failed with the pasted articles:\n{done.stderr[-4000:]}"
    assert not done.stderr, f"make execute should print only its timings:\n{done.stderr[-2000:]}"
    kernel_log = (root / "build" / "kernel.log").read_text(encoding="utf-8")  # the kernels' own stderr, kept
    assert kernel_log.count("--- ") == len(lessons)
    return root


def _outputs(nb) -> str:
    return "".join(
        o.get("text", "") + o.get("data", {}).get("text/plain", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
    )


def test_every_lesson_runs_top_to_bottom_with_every_shape(executed):
    for path in sorted((executed / "notebooks").glob("0*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), f"{path.name} did not run through"
        assert not [o for c in code for o in c.outputs if o.output_type == "error"], path.name
        assert "CatalogWarning" not in _outputs(nb), f"{path.name}: a pasted article should not warn"


def test_lesson_08_is_pointed_at_a_decomposed_name_without_a_date():
    """What the one extra lesson-08 run must cover (see LESSON_08_SHAPES)."""
    chosen = [SHAPES[n] for n in LESSON_08_SHAPES]
    assert any(s.date is None and unicodedata.normalize("NFC", s.file) != s.file for s in chosen)


@pytest.mark.parametrize("name", ["web-page", *LESSON_08_SHAPES])
def test_lesson_08_briefs_the_chosen_shape(executed, name):
    path = CAPSTONE if name == "web-page" else f"08_capstone_{name}.ipynb"
    shown = _outputs(nbformat.read(executed / "notebooks" / path, as_version=4))
    doc_id = _nfc(Path(SHAPES[name].file).stem)
    assert f"Saved: build/briefs/{doc_id}.html" in shown
    assert (executed / "build" / "briefs" / f"{doc_id}.html").is_file()
    if SHAPES[name].date is None:
        assert "date unknown (date source: missing)" in shown


def test_the_suite_passes_after_make_execute(executed):
    """Step 3 of the teacher's workflow, make test: the stored outputs just written validate (nbval on the
    lesson that lists the articles and on the capstone), and the unit tests and doctests that load the corpus,
    which read the five course articles from a fixed copy, are not disturbed by the added articles. (The
    ten-megabyte test is left out: it loads its own article from an empty folder, whatever seeds/ holds,
    and the main suite runs it.)"""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-n0",
            "-m",
            "not browser",
            "notebooks/01_corpus.ipynb",
            f"notebooks/{CAPSTONE}",
            "helpers/__init__.py",
            "helpers/corpus.py",
            "tests/test_corpus.py",
            "--deselect",
            "tests/test_corpus.py::test_ten_megabyte_article_loads",
        ],
        cwd=executed,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-4000:]
    assert "1 deselected" in done.stdout, "the ten-megabyte test was renamed: update --deselect"
