"""Re-pin requirements.txt for every supported Python and platform, and check that each pin installs.

    make lock                        # needs the package index (PyPI); run it, commit requirements.txt
    python tools/lock.py --check     # only check the wheels of the current pins

The lock is resolved by uv (``uv pip compile --universal``) from the direct dependencies in
pyproject.toml (``.[dev]``), for Python 3.11.2 (Debian 12's own) up to 3.13, on Linux, Windows and
macOS: a package needed on one platform only carries a marker (``; sys_platform == 'win32'``).
Current pins are kept where they still fit (uv prefers the versions already in the file), and one
version per package is preferred over versions that differ by Python.

Then every pin is checked on each target below with binary distributions only (a wheel, or
nothing): ``uv pip compile --no-deps --only-binary :all: --python-platform P --python-version V``
over the pins themselves. The result goes into the header of requirements.txt, so the file says
where it was checked to install.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.txt"
OLDEST = "3.11.2"  # Debian 12's python3.11: the oldest interpreter the course supports
PYTHONS = [OLDEST, "3.12", "3.13"]
PLATFORMS = {
    "Linux x86_64": "x86_64-manylinux_2_28",
    "Windows x86_64": "x86_64-pc-windows-msvc",
    "macOS arm64": "aarch64-apple-darwin",
}
HEADER = """\
# The pinned environment: the one source of truth for every version (pip, conda and Binder).
# Direct dependencies are listed in pyproject.toml; this file pins them and everything they pull in,
# for Python {pythons} on {platforms} (markers select the platform-only ones).
# Regenerate with `make lock` (tools/lock.py). Wheels checked by make lock: {checked}.
"""


def uv() -> str:
    """The uv executable (pinned in requirements.txt, so it is in .venv/)."""
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if not found:
        sys.exit("uv is not installed: run make setup first")
    return found


def pins(text: str) -> list[str]:
    """The requirement lines of a lock (comments and blank lines dropped)."""
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def compile_lock() -> list[str]:
    """Resolve .[dev] for every supported Python and platform, preferring the current pins."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "requirements.txt"
        out.write_text("\n".join(pins(LOCK.read_text(encoding="utf-8"))) + "\n", encoding="utf-8")
        subprocess.run(
            [
                uv(),
                "pip",
                "compile",
                str(ROOT / "pyproject.toml"),
                "--extra",
                "dev",
                "--universal",
                "--python-version",
                OLDEST,
                "--fork-strategy",
                "fewest",
                "--no-header",
                "--no-annotate",
                "--quiet",
                "-o",
                str(out),
            ],
            check=True,
        )
        return pins(out.read_text(encoding="utf-8"))


def check_wheels(lines: list[str]) -> dict[tuple[str, str], str]:
    """For each (platform, Python): "ok" when every pin that applies there has a wheel, else uv's reason."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "pins.txt"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for name, platform in PLATFORMS.items():
            for python in PYTHONS:
                done = subprocess.run(
                    [
                        uv(),
                        "pip",
                        "compile",
                        str(source),
                        "--no-deps",
                        "--only-binary",
                        ":all:",
                        "--python-platform",
                        platform,
                        "--python-version",
                        python,
                        "--no-header",
                        "--quiet",
                        "-o",
                        str(Path(tmp) / "out.txt"),
                    ],
                    capture_output=True,
                    text=True,
                )
                causes = [line.strip() for line in done.stderr.splitlines() if "Because" in line] or ["failed"]
                results[name, python] = "ok" if done.returncode == 0 else causes[0]
                print(f"{name:<15} Python {python:<7} {results[name, python]}", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the wheels of the current pins")
    args = parser.parse_args()
    lines = pins(LOCK.read_text(encoding="utf-8")) if args.check else compile_lock()
    results = check_wheels(lines)
    failed = {key: why for key, why in results.items() if why != "ok"}
    checked = (
        f"all {len(lines)} pins have wheels for each of these {len(results)} targets"
        if not failed
        else "missing on " + "; ".join(f"{p} {v}" for p, v in failed)
    )
    header = HEADER.format(pythons=f"{OLDEST}–{PYTHONS[-1]}", platforms=", ".join(PLATFORMS), checked=checked)
    if not args.check:
        LOCK.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {LOCK.name}: {len(lines)} pins")
    for (platform, python), why in failed.items():
        print(f"no wheel: {platform}, Python {python}: {why}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
