"""Build or refresh the course environment in .venv/ with the Python that runs this script.

    python3 tools/setup_venv.py            # make setup: keep a working .venv of a supported Python
    python3 tools/setup_venv.py --exact    # make setup PYTHON=…: .venv must be this very interpreter
    py -3.12 tools\\setup_venv.py           # Windows, without make

What it does, printing one line per step it takes (nothing when all is current):

1. refuses a Python outside 3.11–3.13 and says what to run instead;
2. creates .venv/ if it is missing, broken, of an unsupported Python, or (with ``--exact``) of
   another Python than this one; a .venv of another version is rebuilt, never silently reused;
3. installs the pinned lock (requirements.txt) and the helpers package when requirements.txt,
   pyproject.toml or the classroom settings changed since the last install (a hash, not mtimes);
4. writes the classroom JupyterLab settings (tools/classroom-settings.json) as the JupyterLab
   user settings of this environment, so that `jupyter lab` from .venv/ applies them however it
   is started (make lab, the README's pip route, the browser test).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORTED = ((3, 11), (3, 14))  # from 3.11 up to, not including, 3.14
LOCK_INPUTS = ["requirements.txt", "pyproject.toml", "tools/classroom-settings.json", "tools/setup_venv.py"]
SETTINGS = ROOT / "tools" / "classroom-settings.json"


def supported(version: tuple[int, ...]) -> bool:
    """Whether a Python version can run the course.

    >>> supported((3, 11, 2)), supported((3, 13, 0)), supported((3, 10, 13)), supported((3, 14, 0))
    (True, True, False, False)
    """
    return SUPPORTED[0] <= tuple(version[:2]) < SUPPORTED[1]


def venv_python(env: Path) -> Path:
    """The interpreter inside a virtual environment, on Windows and elsewhere."""
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_version(env: Path) -> str | None:
    """The full Python version a .venv runs (``"3.11.2"``), or None when it is missing or broken."""
    python = venv_python(env)
    if not python.exists():
        return None
    try:
        out = subprocess.run(
            [str(python), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return out.strip() or None


def lock_hash() -> str:
    """One hash over everything an install depends on."""
    digest = hashlib.sha256()
    for name in LOCK_INPUTS:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


def create(env: Path) -> None:
    """A fresh virtual environment with pip, or a clear message when this Python cannot make one."""
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(env)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(env, ignore_errors=True)
        version = f"{sys.version_info[0]}.{sys.version_info[1]}"
        sys.exit(
            f"Could not create {env.name}/ with {sys.executable}: {error}\n"
            f"On Debian or Ubuntu install the venv module first: sudo apt-get install python{version}-venv"
        )


def install(env: Path) -> None:
    """The pinned lock, then the helpers package (editable, so lessons see changes at once)."""
    pip = [str(venv_python(env)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(ROOT / "requirements.txt")], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)


def write_settings(env: Path) -> Path:
    """Classroom JupyterLab settings as this environment's user settings; returns their folder.

    JupyterLab ignores theme overrides shipped as ``share/jupyter/lab/settings/overrides.json``
    (jupyterlab issue 17611) but applies user settings, so each plugin's settings become a
    ``<plugin>.jupyterlab-settings`` file in a folder that .venv/etc/jupyter/jupyter_lab_config.json
    names (JupyterLab reads its own traits there, not from jupyter_server_config.d/).
    """
    folder = (env / "share" / "jupyter" / "lab" / "classroom-settings").resolve()
    shutil.rmtree(folder, ignore_errors=True)
    for plugin, values in json.loads(SETTINGS.read_text(encoding="utf-8")).items():
        if plugin.startswith("//"):
            continue  # a comment
        package, _, name = plugin.rpartition(":")
        path = folder / package / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    config = env / "etc" / "jupyter" / "jupyter_lab_config.json"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(json.dumps({"LabApp": {"user_settings_dir": str(folder)}}, indent=2) + "\n", encoding="utf-8")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exact", action="store_true", help="rebuild .venv unless it runs this very Python version")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv", help="where the environment lives")
    args = parser.parse_args()
    here = ".".join(map(str, sys.version_info[:3]))
    if not supported(tuple(sys.version_info[:3])):
        sys.exit(
            f"Python {here} ({sys.executable}) cannot run the course: it needs Python 3.11, 3.12 or 3.13.\n"
            "Install one (Debian/Ubuntu: sudo apt-get install python3-venv) or name it: make PYTHON=python3.12"
        )
    env, stamp = args.venv, args.venv / ".installed"
    have = venv_version(env)
    if have is None or not supported(tuple(int(p) for p in have.split(".")[:2])) or (args.exact and have != here):
        if env.exists():
            print(
                f"{env.name}/ runs Python {have or 'nothing that works'}; rebuilding it with Python {here} "
                f"({sys.executable})",
                flush=True,
            )
        else:
            print(
                f"creating {env.name}/ with Python {here} ({sys.executable}); the first install takes a minute or two",
                flush=True,
            )
        create(env)
    wanted = lock_hash()
    if not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != wanted:
        if env.resolve() != (ROOT / ".venv").resolve() and stamp.exists():
            sys.exit(
                f"{env} is out of date for {ROOT} and belongs to another checkout (its helpers are installed "
                "from there): run make setup in that checkout, or use this checkout's own .venv/."
            )
        print(f"installing the pinned environment into {env.name}/ (requirements.txt)", flush=True)
        install(env)
        write_settings(env)
        stamp.write_text(wanted + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
