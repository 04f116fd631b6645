"""A teacher adds an article, as the teacher's guide says: every lesson still runs top to bottom, and
the guide's workflow (add an article, `make execute`, `make test`) ends green."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import nbformat
import pytest

from .conftest import ROOT, copy_repository

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# Written for this test, not a real news report.
ARTICLE = """ date 2025-11-20 Ngày 18/11, tại Hà Nội, Bộ Khoa học và Công nghệ và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức hội thảo về chuyển đổi số.

Ông Lê Văn Nam, Thứ trưởng, cho biết hơn 120 doanh nghiệp Nhật Bản đã đầu tư khoảng 1,2 tỷ USD vào trung tâm dữ liệu và trí tuệ nhân tạo tại Việt Nam trong năm 2025, tăng 15% so với năm trước.
"""


@pytest.fixture(scope="module")
def course_with_new_article(tmp_path_factory):
    """Step 1: a copy of the course with one article added to seeds/ (and its optional catalog row)."""
    root = copy_repository(tmp_path_factory.mktemp("course"))
    article = root / "seeds" / "hoi-thao-2025-11-20.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    with (root / "seeds" / "catalog.csv").open("a", encoding="utf-8") as catalog:
        catalog.write(f"seminar-2025-11-20-vi,{article.name},vi,2025-11-20,header line,,Seminar on digital transformation,{digest}\n")
    return root


@pytest.fixture(scope="module")
def executed(course_with_new_article):
    """Step 2, make execute: every lesson re-run in place (tools/run_notebooks.py, the command make runs)."""
    notebooks = [f"notebooks/{p.name}" for p in NOTEBOOKS]
    done = subprocess.run([sys.executable, "tools/run_notebooks.py", "--inplace", *notebooks],
                          cwd=course_with_new_article, capture_output=True, text=True)
    assert done.returncode == 0, f"make execute failed with the added article:\n{done.stderr[-4000:]}"
    assert not done.stderr, f"make execute should print only its timings:\n{done.stderr[-2000:]}"
    return course_with_new_article


def test_every_lesson_runs_and_the_capstone_briefs_the_new_article(executed):
    for path in NOTEBOOKS:
        nb = nbformat.read(executed / "notebooks" / path.name, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
        assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), f"{path.name} did not run through"
        assert not [o for c in code for o in c.outputs if o.output_type == "error"], path.name
    capstone = nbformat.read(executed / "notebooks" / NOTEBOOKS[-1].name, as_version=4)
    shown = "".join(o.get("data", {}).get("text/plain", "") for c in capstone.cells if c.cell_type == "code" for o in c.outputs)
    assert "seminar-2025-11-20-vi" in shown, "the capstone should brief the added article"


def test_the_suite_passes_after_make_execute(executed):
    """Step 3, make test: stored outputs just written validate (nbval on the lesson that lists the articles and
    the capstone that briefs the new one), and the unit tests and doctests that load the corpus, which read
    the five course articles from a fixed copy, are not disturbed by the teacher's article."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n0", "-m", "not browser", "notebooks/01_corpus.ipynb",
         "notebooks/08_capstone.ipynb", "helpers/__init__.py", "helpers/corpus.py", "tests/test_corpus.py"],
        cwd=executed, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-4000:]
