"""helpers/exercises.py and the lessons agree: every checked exercise is registered, every registered one is used.

(That every worked solution passes its own check is tested in tests/test_student.py, which runs
each lesson with its solutions moved above the checks.)
"""

from __future__ import annotations

import json
import re

import pytest

from helpers import exercises
from helpers.check import Choice

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CHECK = re.compile(r'helpers\.check\("(\d\d\.\d+)", answer_(\d+)\)')


def _checks(path) -> list[tuple[str, str]]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [m.groups() for c in cells if c["cell_type"] == "code" for m in CHECK.finditer("".join(c["source"]))]


USED = {eid: path for path in NOTEBOOKS for eid, _ in _checks(path)}


def test_every_exercise_a_lesson_checks_is_registered():
    missing = sorted(set(USED) - set(exercises.ids()))
    assert not missing, f"checked in a lesson but not registered in helpers/exercises.py: {missing}"


def test_every_registered_exercise_is_checked_in_its_lesson():
    unused = sorted(set(exercises.ids()) - set(USED))
    assert not unused, f"registered in helpers/exercises.py but checked in no lesson: {unused}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_ids_name_their_lesson_and_exercise_number(path):
    for eid, n in _checks(path):
        assert eid == f"{path.name[:2]}.{n}", f"{eid} checks answer_{n} in {path.name}"


@pytest.mark.parametrize("eid", exercises.ids())
def test_every_expected_answer_can_be_computed_and_has_a_hint(eid):
    value = exercises.expected(eid)
    assert value is not None and value is not Ellipsis
    assert len(exercises.hint(eid)) > 20


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_lesson_has_checked_exercises_and_concept_questions(path):
    ids = [eid for eid, _ in _checks(path)]
    choices = [eid for eid in ids if isinstance(exercises.expected(eid), Choice)]
    assert len(ids) - len(choices) >= 1, "at least one checked exercise with a computed answer"
    assert 3 <= len(choices) <= 5, f"three to five checked concept questions, found {len(choices)}"


def test_an_unknown_id_names_the_known_ones():
    with pytest.raises(KeyError, match="known: 00.1"):
        exercises.expected("00.0")
