"""Build the course website in build/site/ (make site), offline and from the stored outputs.

    python tools/build_site.py                 # make site: writes build/site/
    python tools/build_site.py --out DIR

Two steps, both from files in the repository, never executing a lesson:

1. the student edition (``tools/student_edition.py``) with the licences and the notice on the
   articles beside it, zipped as ``student-edition.zip``;
2. Sphinx with MyST-NB (configuration in ``docs/conf.py``) on the lessons, the glossary, the
   guides and the pages in ``docs/``; the zip is copied beside the home page. Any Sphinx
   warning (a broken link between pages, a missing image) fails the build.

The site is built in a temporary folder and replaces ``DIR`` only when the build succeeded.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STUDENT_ZIP = "student-edition.zip"
STUDENT_FOLDER = "vn-jp-tech-student"  # the folder the zip unpacks into
LICENCE_FILES = ["LICENSE", "LICENSE-lessons", "NOTICE.md", "CITATION.cff"]


def student_zip(work: Path) -> Path:
    """Build the student edition in ``work`` and zip it; returns the folder holding only the zip."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "student_edition.py"), "--out", str(work / STUDENT_FOLDER)],
                   check=True, stdout=subprocess.DEVNULL)
    for name in LICENCE_FILES:
        shutil.copy2(ROOT / name, work / STUDENT_FOLDER / name)
    extra = work / "extra"
    extra.mkdir()
    shutil.make_archive(str(extra / Path(STUDENT_ZIP).stem), "zip", root_dir=work, base_dir=STUDENT_FOLDER)
    return extra


def sphinx(out: Path, extra: Path, work: Path) -> None:
    """Run Sphinx on the repository with docs/conf.py; warnings are errors."""
    from sphinx.cmd.build import build_main

    status = build_main([
        "-b", "html", "-q", "-W", "--keep-going", "-c", str(ROOT / "docs"), "-d", str(work / "doctrees"),
        "-D", f"html_extra_path={extra}", str(ROOT), str(out),
    ])
    if status:
        raise SystemExit(f"Sphinx failed (exit status {status}); its messages are above")


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of a built site (the theme's own files in _static/ are not pages).

    >>> html_pages(Path("no-such-site"))
    []
    """
    return sorted(p for p in site.rglob("*.html") if "_static" not in p.relative_to(site).parts)


def build(out: Path) -> float:
    """Build the site into ``out`` (replacing it); returns the build time in seconds."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        work = Path(tmp)
        site = work / "site"  # MyST-NB writes its notebook copies beside it, in work/jupyter_execute
        sphinx(site, student_zip(work), work)
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
    print(f"{out}: {len(html_pages(out))} pages and the student edition ({STUDENT_ZIP}) in {seconds:.1f} s;"
          f" open {out / 'index.html'}")


if __name__ == "__main__":
    main()
