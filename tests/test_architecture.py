"""Dependencies between helpers modules point down the data flow of docs/architecture.md."""

from __future__ import annotations

import ast

import pytest

from .conftest import ROOT

HELPERS = ROOT / "helpers"
# What each module may import from helpers (besides the leaf modules everything may use).
LEAVES = {"paths", "cache", "languages", "vocabulary", "_moved"}
ALLOWED = {
    "paths": set(),
    "cache": {"paths"},
    "languages": set(),
    "vocabulary": {"cache"},
    "_moved": set(),
    "text": set(),
    "corpus": {"text"},
    "numbers": set(),
    "dates": {"corpus", "text", "numbers"},
    "figures": {"corpus", "text", "numbers", "dates"},
    "entities": {"corpus", "text"},
    "themes": {"corpus", "text"},
    "timeline": {"dates"},
    "align": set(),
    "evaluate": set(),
    "plots": set(),
    "check": set(),
    "__init__": {"check", "corpus", "text"},
}


def _imports(path) -> set[str]:
    """The helpers modules a module imports (at any level, lazily included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("helpers."):
            found.add(node.module.split(".")[1])
    return found


def test_every_module_has_a_place_in_the_flow():
    assert {p.stem for p in HELPERS.glob("*.py")} == set(ALLOWED)


@pytest.mark.parametrize("module", sorted(ALLOWED))
def test_imports_point_down_the_flow(module):
    extra = _imports(HELPERS / f"{module}.py") - ALLOWED[module] - LEAVES
    assert not extra, f"helpers.{module} must not import {sorted(extra)}"


def test_extractors_never_import_the_scorer():
    for module in ("numbers", "dates", "figures", "entities", "themes", "timeline", "align"):
        assert "evaluate" not in _imports(HELPERS / f"{module}.py"), module


def test_the_import_reader_sees_lazy_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from .evaluate import score\n    from helpers.figures import x\n", encoding="utf-8")
    assert _imports(sample) == {"evaluate", "figures"}
