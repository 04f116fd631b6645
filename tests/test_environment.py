"""The pinned environment: one source of truth (requirements.txt) that conda, pip and this venv share."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version

from packaging.requirements import Requirement

from tools.setup_venv import SUPPORTED, write_settings

from .conftest import ROOT

LOCK = [
    Requirement(line)
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
# The pins that apply to this interpreter and platform (a marker may restrict a pin to Windows, say).
PINS = {
    r.name.lower().replace("_", "-"): str(r.specifier).removeprefix("==")
    for r in LOCK
    if r.marker is None or r.marker.evaluate()
}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_direct_dependency_is_pinned_exactly():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = project["dependencies"] + project["optional-dependencies"]["dev"]
    assert {"pandas", "matplotlib", "underthesea", "jupyterlab", "nbval"} <= {_name(r) for r in direct}
    for requirement in direct:
        assert _name(requirement) in PINS, f"{requirement} is not pinned in requirements.txt (run make lock)"


def test_every_helpers_package_is_installed():
    """pyproject.toml lists every package of helpers/ (a subpackage left out is missing from a built wheel)."""
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "helpers").rglob("__init__.py")}
    assert set(listed) == found


def test_conda_environment_uses_the_same_pins_and_python():
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- python=3\.11\s*$", env, re.M)
    assert re.search(r"^\s*- -r requirements\.txt\s*$", env, re.M), "environment.yml must install requirements.txt"
    extra = re.findall(r"^\s*- ([A-Za-z][\w.\-]*)[=<>]", env, re.M)
    assert extra == ["python"], f"packages pinned outside requirements.txt: {extra}"


def test_this_environment_is_the_pinned_one():
    assert SUPPORTED[0] <= sys.version_info[:2] < SUPPORTED[1]
    wrong = {}
    for name, pinned in PINS.items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = "missing"
        if installed != pinned:
            wrong[name] = f"{installed} (pinned {pinned})"
    assert not wrong, f"installed versions differ from requirements.txt: {wrong}; run make test to reinstall"


def test_every_pin_is_exact_and_says_where_it_installs():
    """One exact version per package and target; make lock records that every target has wheels."""
    assert all(len(r.specifier) == 1 and str(r.specifier).startswith("==") for r in LOCK)
    header = (ROOT / "requirements.txt").read_text(encoding="utf-8").split("\n\n")[0]
    assert re.search(rf"all {len(LOCK)} pins have wheels for each of these 9 targets", header), header
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == f">={SUPPORTED[0][0]}.{SUPPORTED[0][1]},<{SUPPORTED[1][0]}.{SUPPORTED[1][1]}"


def test_classroom_settings_become_jupyterlab_user_settings(tmp_path):
    """setup_venv writes each plugin's settings where JupyterLab reads user settings, and names that folder."""
    shipped = json.loads((ROOT / "tools" / "classroom-settings.json").read_text(encoding="utf-8"))
    assert "Noto Sans Mono" in shipped["@jupyterlab/apputils-extension:themes"]["overrides"]["code-font-family"]
    folder = write_settings(tmp_path)
    themes = json.loads(
        (folder / "@jupyterlab" / "apputils-extension" / "themes.jupyterlab-settings").read_text("utf-8")
    )
    assert themes == shipped["@jupyterlab/apputils-extension:themes"]
    tracker = json.loads(
        (folder / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").read_text("utf-8")
    )
    assert tracker["kernelShutdown"] is True
    config = json.loads((tmp_path / "etc" / "jupyter" / "jupyter_lab_config.json").read_text("utf-8"))
    assert config == {"LabApp": {"user_settings_dir": str(folder)}}


def test_binder_builds_the_course_from_environment_yml():
    """The site's launch buttons open Binder, whose repo2docker uses environment.yml unless another
    configuration it reads first is present (a binder/ folder, a Dockerfile, a Nix, Julia or R file)."""
    overriding = ["binder", ".binder", "Dockerfile", "default.nix", "Project.toml", "REQUIRE", "runtime.txt"]
    assert not [name for name in overriding if (ROOT / name).exists()], "repo2docker would ignore environment.yml"
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s*- -e \.\s*$", env, re.M), (
        "environment.yml must install the helpers package the lessons import"
    )
