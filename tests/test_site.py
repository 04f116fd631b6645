"""The course website (make site): built offline from the stored outputs, with no broken local link.

The site is built once into a temporary folder with tools/build_site.py, as ``make site`` does.
The browser test serves it over local http and opens a lesson in headless Chromium.
"""

from __future__ import annotations

import doctest
import functools
import http.server
import json
import re
import subprocess
import sys
import threading
import tomllib
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools import build_site, kernel_memory

from .conftest import ROOT
from .test_browser import CHROMIUM, CHROMIUM_FLAGS

LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
REPOSITORY = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]["Repository"]


def _title(notebook: Path) -> str:
    """A lesson's title: the first heading of its first cell."""
    first = "".join(json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"])
    return re.search(r"^# (.+)$", first, re.M).group(1).strip()


def _images_stored(notebook: Path) -> int:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return sum(
        "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {})
        for c in cells
        if c["cell_type"] == "code"
        for o in c["outputs"]
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The site, built by the command ``make site`` runs (in its own process: Sphinx extensions
    use APIs that Sphinx marks deprecated, which this suite's warning filter would turn into errors)."""
    out = tmp_path_factory.mktemp("site") / "site"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_site.py"), "--out", str(out)], check=True)
    return out


def test_every_lesson_glossary_and_guide_is_a_page(site):
    pages = {p.relative_to(site).as_posix() for p in build_site.html_pages(site)}
    expected = {f"notebooks/{p.stem}.html" for p in LESSONS} | {
        "notebooks/glossary.html",
        "notebooks/teachers_guide.html",
        "docs/index.html",
        "docs/jupyterhub.html",
        "docs/licence.html",
        "search.html",
        "index.html",
    }
    assert expected <= pages, f"missing pages: {sorted(expected - pages)}"
    assert len(pages) >= len(LESSONS) + 2


def test_every_local_link_and_image_resolves(site):
    """make site refuses to finish with a broken link; this checks the finished site again."""
    assert build_site.broken_links(site) == []
    assert not (site / "_static" / "webpack-macros.html").exists(), "the theme's unrendered template was published"
    images = [url for page in build_site.html_pages(site) for tag, url in build_site.links(page).links if tag == "img"]
    assert len(images) > len(LESSONS), "the image check checked nothing"


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_lesson_page_shows_its_stored_figures_and_a_binder_button(site, lesson):
    page = (site / "notebooks" / f"{lesson.stem}.html").read_text(encoding="utf-8")
    figures = [
        src
        for tag, src in build_site.links(site / "notebooks" / f"{lesson.stem}.html").links
        if tag == "img" and src.startswith("../_images/")
    ]
    assert len(figures) >= _images_stored(lesson), (
        f"{len(figures)} figures on the page, {_images_stored(lesson)} stored"
    )
    owner_repo = urlsplit(REPOSITORY).path.strip("/")
    assert f"https://mybinder.org/v2/gh/{owner_repo}/main?urlpath=lab/tree/notebooks/{lesson.name}" in page


def test_home_page_has_the_course_map_licences_and_student_edition(site):
    home = site / "docs" / "index.html"
    text = home.read_text(encoding="utf-8")
    for lesson in LESSONS:
        assert f'href="../notebooks/{lesson.stem}.html"' in text, f"course map does not link {lesson.stem}"
    assert "MIT" in text and "CC BY 4.0" in text
    assert 'href="../student-edition.zip"' in text
    assert "url=docs/index.html" in (site / "index.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(site / "student-edition.zip") as z:
        names = set(z.namelist())
    folder = build_site.STUDENT_FOLDER
    assert {f"{folder}/notebooks/{p.name}" for p in LESSONS} <= names
    assert {f"{folder}/{name}" for name in build_site.LICENCE_FILES} <= names


def test_search_index_holds_every_lesson(site):
    index = (site / "searchindex.js").read_text(encoding="utf-8")
    for lesson in LESSONS:
        assert json.dumps(_title(lesson))[1:-1] in index or _title(lesson) in index, f"{lesson.stem} is not searchable"


def test_jupyterhub_page_numbers_come_from_the_measurement(site):
    """Prose holds no figures of its own: every number on the page is in the generated table."""
    source = (ROOT / "docs" / "jupyterhub.md").read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```|`[^`]*`|\{\{[^}]*\}\}|\]\([^)]*\)", "", source, flags=re.S)
    assert not re.findall(r"(?<!\w)\d+(?:[.,]\d+)*(?!\w)", prose), (
        "numbers in the JupyterHub page's prose; put them in tools/kernel_memory.py"
    )
    generated = (ROOT / "docs" / "_generated" / "kernel_memory.md").read_text(encoding="utf-8")
    measured = re.findall(r"^\| \[(\d\d_\w+)\]", generated, re.M)
    assert measured == [p.stem for p in LESSONS], "memory table is stale: run make memory"
    page = re.sub(r"<[^>]+>", "", (site / "docs" / "jupyterhub.html").read_text(encoding="utf-8"))
    limit = re.search(r"limits\.memory (\d+)M", generated).group(1)
    assert f"limits.memory {limit}M" in page


def test_citation_file_matches_the_project():
    """CITATION.cff has the fields the Citation File Format requires, and the project's URL and version."""
    import yaml

    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert {"cff-version", "message", "title", "authors"} <= citation.keys() and citation["authors"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert citation["repository-code"] == REPOSITORY, "the repository URL is set in pyproject.toml [project.urls]"
    assert citation["version"] == project["version"]
    assert set(citation["license"]) == {"MIT", "CC-BY-4.0"}


def test_tools_examples_run():
    for module in (build_site, kernel_memory):
        assert doctest.testmod(module).failed == 0, module.__name__


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.is_file(), reason=f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
def test_lesson_page_renders_in_a_browser(site):
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    lesson = ROOT / "notebooks" / "02_words.ipynb"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on(
                "console",
                lambda message: (
                    errors.append(f"{message.text} ({message.location['url']})")
                    if message.type == "error" and not message.location["url"].endswith("/favicon.ico")
                    else None
                ),
            )
            page.goto(f"{url}/index.html")  # the redirect to the home page
            page.locator("article h1").wait_for()
            page.get_by_role("link", name=re.compile("Vietnamese words")).first.click()
            assert page.locator("article h1").inner_text().strip().rstrip("#").strip() == _title(lesson)
            image = page.locator(".cell_output img").first
            image.scroll_into_view_if_needed()
            assert image.evaluate("e => e.complete && e.naturalWidth > 0"), "an output figure did not load"
            page.goto(f"{url}/search.html?q=entities")
            page.locator("#search-results li").first.wait_for(timeout=15_000)
            assert not errors, errors
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
