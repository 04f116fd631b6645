"""Test set-up for the whole tree (helpers' doctests, tests/, notebooks): a fixed course, stable hashing, and
the order of the run (slowest files first; a lesson the browser test runs is not executed again by nbval).

A teacher may add articles to seeds/. Unit tests and doctests still read exactly the five articles
the course is built on: each runs with a copy of them as its working directory, where the helpers
look for seeds/ first. Notebook kernels are unaffected: they run in notebooks/ and read the real
seeds/, whose stored outputs `make execute` refreshes.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from nbval.plugin import IPyNbCell

from helpers.corpus import COURSE_ARTICLES

SEEDS = Path(__file__).resolve().parent / "seeds"

# Notebook kernels started by the tests print sets and dicts in one order on every machine (make also
# sets it; this covers `python -m pytest` run directly, e.g. on Windows).
os.environ.setdefault("PYTHONHASHSEED", "0")


@pytest.fixture(scope="session")
def course_dir(tmp_path_factory) -> Path:
    """A course folder whose seeds/ holds the five course articles, their catalog rows and annotations."""
    root = tmp_path_factory.mktemp("course")
    seeds = root / "seeds"
    shutil.copytree(
        SEEDS,
        seeds,
        ignore=lambda folder, names: (
            [n for n in names if n.endswith(".txt") or n == "catalog.csv"] if Path(folder) == SEEDS else []
        ),
    )
    with (SEEDS / "catalog.csv").open(encoding="utf-8", newline="") as source:
        rows = [row for row in csv.DictReader(source) if row["doc_id"] in COURSE_ARTICLES]
    assert sorted(row["doc_id"] for row in rows) == sorted(COURSE_ARTICLES), "seeds/catalog.csv lost a course article"
    with (seeds / "catalog.csv").open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    for row in rows:
        shutil.copy2(SEEDS / row["file"], seeds / row["file"])
    return root


@pytest.fixture(scope="session", autouse=True)
def course_articles_only(course_dir: Path):
    """Unit tests and doctests run in the fixed course folder (helpers find seeds/ from the working
    directory), set before any fixture of theirs loads a corpus. Notebooks are not affected: their
    kernels run in notebooks/ and read the real seeds/."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(course_dir)
        yield


# The files that take longest (seconds on an idle 2-core machine), run first: pytest-xdist hands whole
# files (--dist loadfile) to whichever worker is free, in collection order (--no-loadscope-reorder), so
# the longest go out first and the short ones fill in at the end, and both workers finish together.
SLOWEST_FIRST = (
    "tests/test_browser.py",  # 69: JupyterLab start, then every lesson run in the browser (and nbval's check)
    "tests/test_capstone.py",  # 48: every lesson executed on a course copy with every pasted-article shape
    "tests/test_student.py",  # 29: every lesson of the student edition executed with its worked solutions
    "tests/test_site.py",  # 15: the Sphinx build, then a browser
    "tests/test_figures.py",  # 8: property-based tests
    "tests/test_style.py",  # 6: mypy
)


BROWSER_LESSON_TEST = "tests/test_browser.py::test_lesson_runs_in_jupyterlab["
AWKWARD_PATH_TEST = "tests/test_reliability.py::test_notebook_gives_the_same_outputs_in_a_path_with_spaces_and_accents["


@pytest.hookimpl(trylast=True)  # after -m, -k and --deselect have chosen the items
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Execute each lesson once: leave out the checks the browser test makes on the lessons it runs (their nbval
    items, and test_reliability's run in a path with spaces and accents: the browser test runs the lessons in such
    a path), then put the slowest files first (a stable sort: every other item keeps its place)."""
    ran_in_browser = {item.callspec.params["path"].name for item in items if _runs_a_lesson_in_the_browser(item)}
    done = [item for item in items if _lesson_checked(item) in ran_in_browser]
    if done:
        config.hook.pytest_deselected(items=done)
        items[:] = [item for item in items if item not in done]
    rank = {name: i for i, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(rank)))


def _lesson_checked(item: pytest.Item) -> str | None:
    """The lesson file an nbval item or test_reliability's path check executes, else None."""
    if isinstance(item, IPyNbCell) and item.path.parent.name == "notebooks":
        return item.path.name
    return item.callspec.params["name"] if item.nodeid.startswith(AWKWARD_PATH_TEST) else None


def _runs_a_lesson_in_the_browser(item: pytest.Item) -> bool:
    """tests/test_browser.py runs this lesson and compares every output as nbval does, unless it is skipped
    (no Chromium, no font, ...: its skipif condition is a plain boolean; anything else counts as skipped)."""
    return (
        item.nodeid.startswith(BROWSER_LESSON_TEST)
        and not item.get_closest_marker("skip")
        and all(mark.args and mark.args[0] is False for mark in item.iter_markers("skipif"))
    )


def pytest_configure(config: pytest.Config) -> None:
    """nbval opens its sanitize file when a notebook starts, after tests may have changed directory:
    name it by its full path."""
    sanitize = getattr(config.option, "nbval_sanitize_with", None)
    if sanitize:
        config.option.nbval_sanitize_with = str(config.invocation_params.dir / sanitize)
