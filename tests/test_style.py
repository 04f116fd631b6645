"""Code style: ruff's lint (complexity 15 included) and format on every Python file (pyproject.toml's
[tool.ruff] excludes notebooks/ and build output); mypy on helpers/ and tools/; short functions and line length
on helpers/."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from .conftest import ROOT

MODULES = sorted((ROOT / "helpers").rglob("*.py"))
MAX_FUNCTION_LINES = 60


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_passes():
    """pyflakes, pycodestyle (lines up to 120), import order, bugbear, pyupgrade and C901 <= 15."""
    done = _run("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_applied():
    done = _run("ruff", "format", "--no-cache", "--check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_no_type_errors(tmp_path):
    done = _run("mypy", "--cache-dir", str(tmp_path / "mypy"))
    assert done.returncode == 0, done.stdout + done.stderr


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function without its docstring (documentation is welcome at any length)."""
    body = node.body
    documented = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and len(body) > 1
    first = body[1] if documented else body[0]
    end = node.end_lineno or node.lineno
    header = 1 if documented else first.lineno - node.lineno
    return header + end - first.lineno + 1


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_functions_are_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    long = [f"{n.name} ({_code_lines(n)} lines)" for n in functions if _code_lines(n) > MAX_FUNCTION_LINES]
    assert not long, f"{path.name}: split " + ", ".join(long)


def test_the_length_rule_counts_code_not_documentation():
    documented = ast.parse('def f():\n    """Doc.\n\n    More.\n    """\n' + "    x = 1\n" * 61).body[0]
    bare = ast.parse("def f():\n" + "    x = 1\n" * 59).body[0]
    assert isinstance(documented, ast.FunctionDef) and isinstance(bare, ast.FunctionDef)
    assert _code_lines(documented) == 62 and _code_lines(bare) == 60


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_lines_fit_in_120_characters(path):
    """ruff's E501 lets a long unbroken string through; this counts every line, in characters."""
    long = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
    assert not long, f"{path.name}: lines {long} are over 120 characters"
