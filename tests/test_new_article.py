"""A teacher adds a real article: every lesson still runs top to bottom (outputs differ, so this
checks execution, not stored outputs)."""

from __future__ import annotations

import hashlib

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT, copy_repository

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
# Written for this test, not a real news report.
ARTICLE = """ date 2025-11-20 Ngày 18/11, tại Hà Nội, Bộ Khoa học và Công nghệ và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức hội thảo về chuyển đổi số.

Ông Lê Văn Nam, Thứ trưởng, cho biết hơn 120 doanh nghiệp Nhật Bản đã đầu tư khoảng 1,2 tỷ USD vào trung tâm dữ liệu và trí tuệ nhân tạo tại Việt Nam trong năm 2025, tăng 15% so với năm trước.
"""


@pytest.fixture(scope="module")
def course_with_new_article(tmp_path_factory):
    root = copy_repository(tmp_path_factory.mktemp("course"))
    article = root / "seeds" / "hoi-thao-2025-11-20.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    with (root / "seeds" / "catalog.csv").open("a", encoding="utf-8") as catalog:
        catalog.write(f"seminar-2025-11-20-vi,{article.name},vi,2025-11-20,header line,,Seminar on digital transformation,{digest}\n")
    return root


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_every_lesson_runs_with_an_added_article(course_with_new_article, name):
    folder = course_with_new_article / "notebooks"
    nb = nbformat.read(folder / name, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(folder)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    if name.startswith("08"):
        shown = "".join(o.get("data", {}).get("text/plain", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
        assert "seminar-2025-11-20-vi" in shown, "the capstone should brief the added article"
