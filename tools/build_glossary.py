"""Build notebooks/glossary.md from the glossary table at the end of every lesson.

    python tools/build_glossary.py          # rewrite notebooks/glossary.md
    python tools/build_glossary.py --check  # exit 1 if it is out of date (the tests do this)

A term is listed once, with the lesson that introduces it first.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
HEADER = """# Glossary · Bảng thuật ngữ

Every term the series introduces, in Vietnamese and English, with the lesson that first uses it.
Built from the glossary at the end of each lesson by `tools/build_glossary.py`; do not edit by hand.

| Vietnamese | English | Meaning | First used |
|---|---|---|---|
"""


def rows_of(path: Path) -> list[tuple[str, str, str]]:
    """The (Vietnamese, English, meaning) rows of a lesson's '## Glossary' table."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    text = next(("".join(c["source"]) for c in cells if "## Glossary" in "".join(c["source"])), "")
    table = text.split("## Glossary", 1)[-1]
    rows = [
        [part.strip() for part in line.strip().strip("|").split("|")]
        for line in table.splitlines()
        if line.startswith("|")
    ]
    return [(r[0], r[1], r[2]) for r in rows[2:] if len(r) == 3]


def build() -> str:
    seen, lines = set(), []
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        for vi, en, meaning in rows_of(path):
            key = re.sub(r"\W+", " ", en.lower()).strip()
            if key not in seen:
                seen.add(key)
                lines.append(f"| {vi} | {en} | {meaning} | [{path.name[:2]}]({path.name}) |")
    return HEADER + "\n".join(lines) + "\n"


def main() -> int:
    target = NOTEBOOKS / "glossary.md"
    text = build()
    if "--check" in sys.argv:
        return 0 if target.read_text(encoding="utf-8") == text else 1
    target.write_text(text, encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
