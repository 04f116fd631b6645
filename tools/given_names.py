"""Write ``helpers/data/given_names.txt``: given names in Latin script, from the person providers of Faker.

Faker (https://github.com/joke2k/faker, MIT License) keeps, for each locale, the given names its fake people
get. This tool reads those lists from an unpacked Faker package without importing it and keeps the names
written in Latin letters (an accent, a hyphen or an apostrophe inside allowed; three letters or more) of every
locale but Vietnamese (Vietnamese names are known by their family names: ``person_names.txt``). The list is
noisy (``Metro`` and ``Peace`` are given names somewhere), so it is no rule: it is one feature of the learnt
tagger (``given``, lesson 03), which weighs it against a word's neighbours (``Rachel Ong said``, ``Metro Line``).

Usage (needs the package index once; nothing is installed)::

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl 'faker/*' -d /tmp/faker
    .venv/bin/python tools/given_names.py /tmp/faker/faker 40.63.0
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "helpers" / "data" / "given_names.txt"
LATIN = re.compile(r"^[A-Z][a-zà-ÿ]+(?:[-'][A-Z]?[a-zà-ÿ]+)?$")


def given_names(faker: Path) -> set[str]:
    """Every Latin-script given name of the person providers of the Faker package at ``faker``."""
    found: set[str] = set()
    for source in sorted((faker / "providers" / "person").glob("*/__init__.py")):
        if source.parent.name.startswith("vi"):
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            targets = [getattr(t, "id", "") for t in getattr(node, "targets", [])]
            if isinstance(node, ast.Assign) and any(t.startswith("first_names") for t in targets):
                try:
                    names = ast.literal_eval(node.value)
                except ValueError:  # a list built from other lists: those are read on their own
                    continue
                found |= {n for n in names if isinstance(n, str) and len(n) >= 3 and LATIN.match(n)}
    return found


def main(argv: list[str]) -> None:
    faker, release = Path(argv[0]), argv[1]
    names = sorted(given_names(faker))
    header = f"""# Given names in Latin script, for the learnt entity tagger of helpers.entities (its feature "given",
# lesson 03): a hint that a capitalised word may start a person's name (Rachel Ong, Rizki Pratama), which the
# tagger weighs against the words around it. Noisy on purpose: Metro, Peace and Vina are given names somewhere.
#
# Provenance: written by tools/given_names.py from the person providers of Faker {release}
# (https://github.com/joke2k/faker; MIT License, Copyright (c) 2012 Daniele Faraglia): the given names of
# every locale but Vietnamese written in Latin letters, three letters or more. {len(names)} names, sorted.
"""
    OUT.write_text(header + "".join(f"{name}\n" for name in names), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(names)} names")


if __name__ == "__main__":
    main(sys.argv[1:])
