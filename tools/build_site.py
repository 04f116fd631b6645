"""Build the course website in build/site/ (make site), offline and from the stored outputs.

    python tools/build_site.py                 # make site: writes build/site/
    python tools/build_site.py --out DIR

Two steps, both from files in the repository, never executing a lesson:

1. the student edition (``tools/student_edition.py``) with the licences and the notice on the
   articles beside it, zipped as ``student-edition.zip``;
2. Sphinx with MyST-NB (configuration in ``docs/conf.py``) on the lessons, the glossary, the
   guides and the pages in ``docs/``; the zip is copied beside the home page. Any Sphinx
   warning (a broken link between pages, a missing image) fails the build.

Then every local link of every page (``href`` and ``src``, anchors included) is checked; the
site is built in a temporary folder and replaces ``DIR`` only when all of this succeeded.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
STUDENT_ZIP = "student-edition.zip"
STUDENT_FOLDER = "vn-jp-tech-student"  # the folder the zip unpacks into
LICENCE_FILES = ["LICENSE", "LICENSE-lessons", "NOTICE.md", "CITATION.cff"]


def student_zip(work: Path) -> Path:
    """Build the student edition in ``work`` and zip it; returns the folder holding only the zip."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "student_edition.py"), "--out", str(work / STUDENT_FOLDER)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    for name in LICENCE_FILES:
        shutil.copy2(ROOT / name, work / STUDENT_FOLDER / name)
    extra = work / "extra"
    extra.mkdir()
    shutil.make_archive(str(extra / Path(STUDENT_ZIP).stem), "zip", root_dir=work, base_dir=STUDENT_FOLDER)
    return extra


def sphinx(out: Path, extra: Path, work: Path) -> None:
    """Run Sphinx on the repository with docs/conf.py; warnings are errors."""
    from sphinx.cmd.build import build_main

    status = build_main(
        [
            "-b",
            "html",
            "-q",
            "-W",
            "--keep-going",
            "-c",
            str(ROOT / "docs"),
            "-d",
            str(work / "doctrees"),
            "-D",
            f"html_extra_path={extra}",
            str(ROOT),
            str(out),
        ]
    )
    if status:
        raise SystemExit(f"Sphinx failed (exit status {status}); its messages are above")


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of a built site (the theme's own files in _static/ are not pages).

    >>> html_pages(Path("no-such-site"))
    []
    """
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.relative_to(site).parts)


class _Links(HTMLParser):
    """Every href/src of a page (with its tag) and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, value))
            elif name == "id" and value:
                self.ids.add(value)


@functools.cache
def links(page: Path) -> _Links:
    """The links and ids of one HTML page (read once)."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """Local links and images of a built site that lead nowhere: a missing file, an empty image, a missing anchor.

    Links to other sites are not followed (the build is offline).

    >>> site = Path(tempfile.mkdtemp())
    >>> page = '<h1 id="top">A</h1><a href="a.html#top">ok</a><a href="b.html">x</a><a href="#end">y</a>'
    >>> _ = (site / "a.html").write_text(page, encoding="utf-8")
    >>> broken_links(site)
    ['a.html: <a href="b.html">', 'a.html: <a href="#end"> (no such anchor)']
    """
    broken = []
    for page in html_pages(site):
        for tag, url in links(page).links:
            problem = _link_problem(site, page, tag, url)
            attribute = "src" if tag in ("img", "script") else "href"
            if problem is not None:
                broken.append(f'{page.relative_to(site).as_posix()}: <{tag} {attribute}="{url}">{problem}')
    return broken


def _link_problem(site: Path, page: Path, tag: str, url: str) -> str | None:
    """None when a link of ``page`` is fine or leads off the site; else "" (nothing there) or what is missing."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not (parts.path or parts.fragment):
        return None
    path = unquote(parts.path)
    target = site / path.lstrip("/") if path.startswith("/") else page.parent / path if path else page
    target = target / "index.html" if target.is_dir() else target
    if not target.is_file() or (tag == "img" and target.stat().st_size == 0):
        return ""
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in links(target).ids:
        return " (no such anchor)"
    return None


def build(out: Path) -> float:
    """Build the site into ``out`` (replacing it); returns the build time in seconds."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        work = Path(tmp)
        site = work / "site"  # MyST-NB writes its notebook copies beside it, in work/jupyter_execute
        sphinx(site, student_zip(work), work)
        broken = broken_links(site)
        if broken:
            raise SystemExit("broken local links:\n" + "\n".join(broken))
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(site, out)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site", help="output folder (replaced)")
    out = parser.parse_args(argv).out.resolve()
    seconds = build(out)
    print(
        f"{out}: {len(html_pages(out))} pages and the student edition ({STUDENT_ZIP}) in {seconds:.1f} s;"
        f" open {out / 'index.html'}"
    )


if __name__ == "__main__":
    main()
