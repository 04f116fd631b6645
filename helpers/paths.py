"""Paths: the one way the helpers find the course folder (its ``seeds/`` and annotations).

Every loader asks this module, so the articles, the catalog and the hand-checked answers always
come from the same copy of the course, whichever folder a notebook runs in.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["annotations_dir", "course_root", "package_root", "seeds_dir"]


def package_root() -> Path:
    """The folder the ``helpers`` package was loaded from sits in (the checkout, for an editable install).

    >>> (package_root() / "helpers" / "paths.py").is_file()
    True
    """
    return Path(__file__).resolve().parent.parent


def course_root() -> Path:
    """The course folder: the nearest folder at or above the working directory that holds ``seeds/``.

    A notebook runs in ``notebooks/``, so this finds the copy of the course the notebook belongs
    to, even when ``helpers`` was installed from another copy. Outside any course folder it falls
    back to :func:`package_root`.

    >>> (course_root() / "seeds" / "catalog.csv").is_file()
    True
    """
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "seeds").is_dir():
            return folder
    return package_root()


def seeds_dir() -> Path:
    """The course's ``seeds/`` folder (articles and ``catalog.csv``).

    >>> seeds_dir().name
    'seeds'
    """
    return course_root() / "seeds"


def annotations_dir() -> Path:
    """The hand-checked reference answers: ``seeds/annotations/`` of the course.

    >>> sorted(p.name for p in annotations_dir().glob("*.csv"))[:2]
    ['dates.csv', 'entities.csv']
    """
    return seeds_dir() / "annotations"
