"""Dependencies between helpers modules point down the data flow of docs/architecture.md."""

from __future__ import annotations

import ast

import pytest

from .conftest import ROOT

HELPERS = ROOT / "helpers"
# What each module may import from helpers (besides the leaf modules everything may use).
LEAVES = {"paths", "cache", "languages", "vocabulary"}
ALLOWED = {
    "paths": set(),
    "cache": {"paths"},
    "languages": set(),
    "vocabulary": {"cache"},
    "text": set(),
    "webpage": set(),
    "corpus": {"text", "webpage"},
    "numbers": set(),
    "dates": {"corpus", "text", "numbers"},
    "figures": {"corpus", "text", "numbers", "dates"},
    "entities": {"corpus", "text"},
    "themes": {"corpus", "text"},
    "timeline": {"dates"},
    "align": set(),
    "evaluate": {"corpus"},
    "brief": {"corpus", "text", "dates", "figures", "entities", "themes"},
    "plots": set(),
    "check": {"exercises"},
    # Each exercise's expected answer is computed with the helpers a lesson teaches.
    "exercises": {
        "check",
        "corpus",
        "text",
        "numbers",
        "dates",
        "figures",
        "entities",
        "themes",
        "timeline",
        "align",
        "evaluate",
        "plots",
        "brief",
    },
    "__init__": {"check", "corpus", "text"},
}


def _module(path) -> str:
    """The helpers module a file belongs to (a package counts as one module)."""
    parts = path.relative_to(HELPERS).with_suffix("").parts
    return parts[0]


def _imports(path, root=ROOT) -> set[str]:
    """The helpers modules a file imports (at any level, lazy imports included), itself excluded."""
    package = path.relative_to(root).with_suffix("").parts[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        base = package[: len(package) - node.level + 1] if node.level else ()
        targets = [(*base, *node.module.split("."))] if node.module else [(*base, a.name) for a in node.names]
        found.update(t[1] for t in targets if len(t) > 1 and t[0] == "helpers")
    return found - ({_module(path)} if path.is_relative_to(HELPERS) else set())


FILES = sorted(HELPERS.rglob("*.py"))


def test_every_module_has_a_place_in_the_flow():
    assert {_module(p) for p in FILES} == set(ALLOWED)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(HELPERS)))
def test_imports_point_down_the_flow(path):
    extra = _imports(path) - ALLOWED[_module(path)] - LEAVES
    assert not extra, f"{path.relative_to(ROOT)} must not import {sorted(extra)}"


def test_extractors_never_import_the_scorer():
    for path in FILES:
        if _module(path) in ("numbers", "dates", "figures", "entities", "themes", "timeline", "align"):
            assert "evaluate" not in _imports(path), path


def test_the_import_reader_sees_lazy_and_nested_imports(tmp_path):
    sample = tmp_path / "helpers" / "entities" / "rules" / "sample.py"
    sample.parent.mkdir(parents=True)
    code = "def f():\n    from ...evaluate import score\n    from helpers.figures import x\n    from .. import units\n"
    sample.write_text(code, encoding="utf-8")
    assert _imports(sample, root=tmp_path) == {"evaluate", "figures", "entities"}


# The modules of the figures package, each importing only those before it (docs/architecture.md): no cycles.
FIGURES_ORDER = ["words", "atoms", "units", "quantities", "elliptical", "not_figures", "kinds", "phrases", "__init__"]


def _sibling_imports(path, root=ROOT) -> set[str]:
    """The modules of its own package that a file imports (``from .words import …``, ``from . import units``)."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
        elif node.level == 0 and (node.module or "").startswith(package + "."):
            found.add(node.module[len(package) + 1 :].split(".")[0])
    return found


def test_every_figures_module_has_a_place_in_its_order():
    assert {p.stem for p in (HELPERS / "figures").glob("*.py")} == set(FIGURES_ORDER)


@pytest.mark.parametrize("name", FIGURES_ORDER)
def test_figures_modules_import_only_those_before_them(name):
    later = _sibling_imports(HELPERS / "figures" / f"{name}.py") - set(FIGURES_ORDER[: FIGURES_ORDER.index(name)])
    assert not later, f"helpers/figures/{name}.py must not import {sorted(later)}"


def test_the_sibling_reader_sees_relative_and_absolute_imports(tmp_path):
    sample = tmp_path / "helpers" / "figures" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("from .words import _WORD\nfrom . import units\nfrom helpers.figures.kinds import x\n", "utf-8")
    assert _sibling_imports(sample, root=tmp_path) == {"words", "units", "kinds"}


# Rule "patterns" keeps its parts in modules of entities/rules/ that never import its entry point, and the
# word tests they share import none of them (docs/architecture.md): dependencies point one way.
PATTERNS_PARTS = ["org_naming", "places", "outlets", "country_units", "national_brands", "ministries", "word_shapes"]
RULES_DIR = HELPERS / "entities" / "rules"


@pytest.mark.parametrize("name", PATTERNS_PARTS)
def test_patterns_parts_never_import_patterns(name):
    assert "patterns" not in _sibling_imports(RULES_DIR / f"{name}.py")


def test_the_shared_word_tests_import_no_part_of_patterns():
    assert not _sibling_imports(RULES_DIR / "word_shapes.py") & {"patterns", *PATTERNS_PARTS}


def test_patterns_imports_each_of_its_parts():
    assert set(PATTERNS_PARTS) <= _sibling_imports(RULES_DIR / "patterns.py")
