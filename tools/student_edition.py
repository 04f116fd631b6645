"""Build the student edition of the course: the lessons without their worked solutions.

    python tools/student_edition.py                 # make student: writes build/student/
    python tools/student_edition.py --out DIR

For every numbered lesson in notebooks/:

- cells tagged ``solution`` are removed;
- cells tagged ``exercise`` or ``check`` lose their outputs (the student produces them); a check
  cell holds only ``helpers.check("NN.k", answer_k)``: the expected answer is computed inside
  helpers (helpers/exercises.py), never shown in the lesson;
- every other cell is kept as it is, outputs included.

Beside the lessons it copies what they need to run and to link to: notebooks/README.md (without
the teacher's guide line) and glossary.md, notebooks/images/, seeds/, the helpers package and
the files that install the environment (requirements.txt, environment.yml, pyproject.toml,
Makefile, tools/setup_venv.py and the classroom settings), plus a short README.md for students
whose every command works inside the edition (tests/test_student.py runs them). The output
folder is replaced on every build.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
MARKER = ".student-edition"
ENVIRONMENT_FILES = [
    "requirements.txt",
    "environment.yml",
    "pyproject.toml",
    "Makefile",
    "tools/setup_venv.py",
    "tools/classroom-settings.json",
]
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")

STUDENT_README = """\
# Reading Vietnam–Japan technology cooperation with Python · student edition

The lessons are in [notebooks/](notebooks/README.md), the articles in `seeds/`. Open a lesson in
JupyterLab and run it top to bottom (**Run ▸ Run All Cells**). Lessons end with exercises: write
your answer in the cell under the exercise (replace `...`), run it, then run the check cell below
it; it tells you whether your answer is right and, if not, gives a hint.

Set up once, with Python 3.11, 3.12 or 3.13:

```bash
make lab                       # Linux or macOS with make: creates .venv/ (a minute or two) and opens JupyterLab
```

```powershell
py -3.12 tools\\setup_venv.py                                                  # Windows: creates .venv\\
.venv\\Scripts\\jupyter lab --ServerApp.root_dir=. notebooks\\00_welcome.ipynb   # then opens JupyterLab
```

or with conda: `conda env create -f environment.yml && conda activate vn-jp-tech &&
jupyter lab --ServerApp.root_dir=. notebooks/00_welcome.ipynb`.
"""


def tags(cell) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def student_notebook(nb):
    """The student version of one lesson (a new notebook; ``nb`` is not changed)."""
    nb = nbformat.from_dict(nb)  # a deep copy
    nb.cells = [cell for cell in nb.cells if "solution" not in tags(cell)]
    for cell in nb.cells:
        if cell.cell_type == "code" and tags(cell) & {"exercise", "check"}:
            cell.outputs = []
            cell.execution_count = None
    return nb


def _replace_folder(out: Path) -> None:
    if out.exists():
        if not (out / MARKER).is_file() and any(out.iterdir()):
            raise SystemExit(f"{out} exists and is not a student edition: choose an empty or new folder")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("built by tools/student_edition.py; replaced on every build\n", encoding="utf-8")


def build(out: Path, source: Path = ROOT) -> list[Path]:
    """Write the student edition of ``source`` into ``out``; return the lesson notebooks written."""
    out = out.resolve()
    _replace_folder(out)
    (out / "notebooks").mkdir()
    written = []
    for path in sorted((source / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nbformat.write(student_notebook(nb), out / "notebooks" / path.name)
        written.append(out / "notebooks" / path.name)
    lessons_readme = (source / "notebooks" / "README.md").read_text(encoding="utf-8")
    lessons_readme = "".join(
        line for line in lessons_readme.splitlines(keepends=True) if "teachers_guide.md" not in line
    )
    (out / "notebooks" / "README.md").write_text(lessons_readme, encoding="utf-8")
    shutil.copy2(source / "notebooks" / "glossary.md", out / "notebooks" / "glossary.md")
    if (source / "notebooks" / "images").is_dir():
        shutil.copytree(source / "notebooks" / "images", out / "notebooks" / "images", ignore=IGNORE)
    shutil.copytree(source / "seeds", out / "seeds", ignore=IGNORE)
    shutil.copytree(source / "helpers", out / "helpers", ignore=IGNORE)
    for name in ENVIRONMENT_FILES:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / name, out / name)
    (out / "README.md").write_text(STUDENT_README, encoding="utf-8")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "build" / "student", help="output folder (default: build/student)"
    )
    args = parser.parse_args()
    written = build(args.out)
    for path in written:
        print(f"{path.name:<28} {len(nbformat.read(path, as_version=4).cells):3d} cells")
    print(f"student edition: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
