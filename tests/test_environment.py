"""The pinned environment: one source of truth (requirements.txt) that conda, pip and this venv share."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version

from .conftest import ROOT

PINS = {
    m.group(1).lower().replace("_", "-"): m.group(2)
    for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+)$", (ROOT / "requirements.txt").read_text(encoding="utf-8"), re.M)
}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_direct_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = project["dependencies"] + project["optional-dependencies"]["dev"]
    assert {"pandas", "matplotlib", "underthesea", "jupyterlab", "nbval"} <= {_name(r) for r in direct}
    for requirement in direct:
        assert _name(requirement) in PINS, f"{requirement} is not pinned in requirements.txt (run make lock)"


def test_conda_environment_uses_the_same_pins_and_python():
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- python=3\.11\s*$", env, re.M)
    assert re.search(r"^\s*- -r requirements\.txt\s*$", env, re.M), "environment.yml must install requirements.txt"
    extra = re.findall(r"^\s*- ([A-Za-z][\w.\-]*)[=<>]", env, re.M)
    assert extra == ["python"], f"packages pinned outside requirements.txt: {extra}"


def test_this_environment_is_the_pinned_one():
    assert sys.version_info[:2] == (3, 11)
    wrong = {}
    for name, pinned in PINS.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != pinned:
            wrong[name] = f"{installed} (pinned {pinned})"
    assert not wrong, f"installed versions differ from requirements.txt: {wrong}; run make test to reinstall"


def test_make_lab_ships_classroom_settings():
    """make lab copies these JupyterLab defaults into .venv (code font with Vietnamese letters, no news toast)."""
    import json

    settings = json.loads((ROOT / "tools" / "jupyterlab-overrides.json").read_text(encoding="utf-8"))
    assert "Noto Sans Mono" in settings["@jupyterlab/apputils-extension:themes"]["overrides"]["code-font-family"]
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "tools/jupyterlab-overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json" in makefile


def test_binder_builds_the_course_from_environment_yml():
    """The site's launch buttons open Binder, whose repo2docker uses environment.yml unless another
    configuration it reads first is present (a binder/ folder, a Dockerfile, a Nix, Julia or R file)."""
    overriding = ["binder", ".binder", "Dockerfile", "default.nix", "Project.toml", "REQUIRE", "runtime.txt"]
    assert not [name for name in overriding if (ROOT / name).exists()], "repo2docker would ignore environment.yml"
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- -e \.\s*$", env, re.M), "environment.yml must install the helpers package the lessons import"
