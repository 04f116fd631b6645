"""helpers.paths and helpers.cache: one course folder for every loader; one cache, cleared in one call."""

from __future__ import annotations

import shutil

import pytest

import helpers
from helpers import cache, paths
from helpers.entities import gazetteer
from helpers.evaluate import reference_figures

from .conftest import ROOT


@pytest.fixture
def second_course(tmp_path, monkeypatch):
    """Another copy of the course (seeds and annotations changed), the working directory in its notebooks/."""
    course = tmp_path / "course"
    shutil.copytree(ROOT / "seeds", course / "seeds")
    (course / "notebooks").mkdir()
    first = sorted((course / "seeds").glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\nMột đoạn thêm.", encoding="utf-8")
    figures = course / "seeds" / "annotations" / "figures.csv"
    lines = figures.read_text(encoding="utf-8").splitlines(keepends=True)
    figures.write_text("".join(lines[:-1]), encoding="utf-8")  # one reference figure fewer
    monkeypatch.chdir(course / "notebooks")
    return course


def test_every_loader_reads_the_course_of_the_working_directory(second_course):
    assert paths.course_root() == second_course
    assert paths.seeds_dir() == second_course / "seeds"
    with pytest.warns(helpers.CatalogWarning, match="has changed"):
        corpus = helpers.load_corpus()
    assert corpus.text.str.endswith("Một đoạn thêm.").sum() == 1
    assert len(reference_figures()) == len(reference_figures(ROOT / "seeds" / "annotations" / "figures.csv")) - 1


def test_outside_a_course_the_package_checkout_is_used(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert paths.course_root() == paths.package_root() == ROOT
    assert len(helpers.load_corpus()) == len(list((ROOT / "seeds").glob("*.txt")))


def test_cache_dir_follows_the_environment_then_the_course(tmp_path, monkeypatch, second_course):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("HELPERS_CACHE_DIR")
    assert cache.cache_dir() == second_course / ".cache" / "tags"


def test_unwritable_course_caches_in_the_user_cache_folder(second_course, monkeypatch):
    """A checkout where .cache/tags cannot be made (here a file is in the way) caches per user."""
    monkeypatch.delenv("HELPERS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(second_course.parent / "user-cache"))
    (second_course / ".cache").write_text("not a folder", encoding="utf-8")
    assert cache.cache_dir() == second_course.parent / "user-cache" / "vn-jp-helpers" / "tags"


def test_clear_forgets_memory_and_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    calls = []

    @cache.memoize(maxsize=4)
    def twice(n: int) -> int:
        calls.append(n)
        return 2 * n

    assert twice(2) == twice(2) == 4 and calls == [2]
    helpers.tokenize("Hai bên hợp tác.")
    assert list((tmp_path / "cache").rglob("*.json"))
    cache.clear()
    assert not (tmp_path / "cache").exists()
    assert twice(2) == 4 and calls == [2, 2]


def test_cached_tables_are_copies():
    table = gazetteer()
    table.loc[:, "label"] = "PER"
    assert (gazetteer().label != "PER").any()
