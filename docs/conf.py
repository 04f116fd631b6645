"""Sphinx configuration of the course website (make site; tools/build_site.py runs it).

The site is built from the stored notebook outputs: nothing is executed. The source folder is the
repository itself (``sphinx-build -c docs . OUT``), limited to the site's pages: the lessons, the
glossary, the teacher's guide and the lesson guide in notebooks/, and the pages in docs/. So a
page's path on the site is its path in the repository (notebooks/00_welcome.html), links
between lessons work unchanged, and the launch buttons open the right file. The home page is
docs/index.md; the site's index.html sends the browser there. The repository URL comes from
pyproject.toml ([project.urls] Repository), the one place it is set.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from urllib.parse import urlencode

from sphinx.application import Sphinx

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
REPOSITORY = PROJECT["urls"]["Repository"]

project = "Reading Vietnam–Japan technology cooperation with Python"
author = "the course authors"
copyright = "the course authors; code MIT, lesson text CC BY 4.0"
release = PROJECT["version"]
language = "en"

extensions = ["myst_nb", "sphinx.ext.githubpages"]  # githubpages: .nojekyll, so Pages serves _static/
root_doc = "docs/index"
include_patterns = ["docs/*.md", "notebooks/*.ipynb", "notebooks/*.md"]
templates_path = ["_templates"]
html_additional_pages = {"index": "redirect.html"}

# Stored outputs only, never a kernel: the site builds offline in seconds.
nb_execution_mode = "off"
nb_merge_streams = True
myst_enable_extensions = ["colon_fence", "substitution"]
myst_heading_anchors = 3

REPOSITORY_NAME = REPOSITORY.rstrip("/").rsplit("/", 1)[-1]
NBGITPULLER_QUERY = urlencode(
    {"repo": REPOSITORY, "branch": "main", "urlpath": f"lab/tree/{REPOSITORY_NAME}/notebooks/00_welcome.ipynb"}
)
myst_substitutions = {
    "repository": f"[{REPOSITORY}]({REPOSITORY})",
    "clone": f"```bash\ngit clone {REPOSITORY} course-admin && cd course-admin\n```",
    # An nbgitpuller link (https://nbgitpuller.readthedocs.io/en/latest/link.html) that opens lesson 00.
    "nbgitpuller_link": f"```text\nhttps://HUB/hub/user-redirect/git-pull?{NBGITPULLER_QUERY}\n```",
}

html_theme = "sphinx_book_theme"
html_title = "Vietnam–Japan technology cooperation with Python"
html_last_updated_fmt = None
html_copy_source = True
html_theme_options = {
    "repository_url": REPOSITORY,
    "repository_branch": "main",
    "path_to_docs": "",  # the source folder is the repository root
    "use_repository_button": True,
    "use_download_button": True,
    "launch_buttons": {"binderhub_url": "https://mybinder.org", "notebook_interface": "jupyterlab"},
    "show_toc_level": 2,
    "home_page_in_toc": True,
}
# Without a default the theme's script logs "Got invalid theme mode" on a first visit; the
# lessons' figures have white backgrounds, so light it is (readers can switch).
html_context = {"default_mode": "light"}


def remove_theme_template(app: Sphinx, exception: Exception | None) -> None:
    """Delete _static/webpack-macros.html from the built site.

    pydata-sphinx-theme (under sphinx-book-theme) ships this Jinja template in its static folder,
    so Sphinx copies it into every site unrendered: its ``{{ pathto(...) }}`` "links" lead
    nowhere and no page uses the file (pydata/pydata-sphinx-theme issue 1122).
    """
    if exception is None and app.builder.format == "html":
        (Path(app.outdir) / "_static" / "webpack-macros.html").unlink(missing_ok=True)


def setup(app: Sphinx) -> None:
    app.connect("build-finished", remove_theme_template)
