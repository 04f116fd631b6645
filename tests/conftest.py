"""Shared fixtures, and a guard: no test, helper or notebook may write to seeds/."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Tests (and the notebook kernels and xdist workers they start, which inherit the variable) share
# one tag cache, never the course's: property-based tests alone would add thousands of entries.
# The process that made it removes it when its session ends.
_OWN_CACHE = None if os.environ.get("HELPERS_CACHE_DIR") else tempfile.mkdtemp(prefix="helpers-cache-")
if _OWN_CACHE:
    os.environ["HELPERS_CACHE_DIR"] = _OWN_CACHE


def _snapshot() -> dict[str, str]:
    return {
        str(p.relative_to(SEEDS)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(SEEDS.rglob("*"))
        if p.is_file()
    }


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config._seeds_before = _snapshot()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    before = getattr(session.config, "_seeds_before", None)
    if before is not None and _snapshot() != before:
        print("\nseeds/ changed during the test run: a helper or notebook wrote to it.")
        session.exitstatus = 1


def pytest_unconfigure(config: pytest.Config) -> None:
    if _OWN_CACHE:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)


@pytest.fixture
def seeds_copy(tmp_path: Path, course_dir: Path) -> Path:
    """A private copy of the course's seeds/ (the five articles and their catalog) that a test may change."""
    target = tmp_path / "seeds"
    shutil.copytree(course_dir / "seeds", target, ignore=shutil.ignore_patterns("annotations", "devset", "practice"))
    return target


@pytest.fixture
def empty_seeds(tmp_path: Path) -> Path:
    """An empty seeds folder with no catalog."""
    target = tmp_path / "seeds"
    target.mkdir()
    return target


def copy_repository(target: Path) -> Path:
    """Copy the checkout (files git tracks or would track, as they are now) into ``target``."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target
