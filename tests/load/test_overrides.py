"""The TA's overrides file: read like a submission (every mistake at file:line with a hint), then
checked against the class (unknown ids and criteria, points out of range, a file of another id)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.load import overrides
from grader.util.errors import UserError
from tests.support import DATA

TA = DATA / "ta"
CRITERIA = {"change": 4.0, "steer_attempt": 2.0, "steer_moved": 2.0, "goal_met": 2.0}
CRITERIA |= {"notes": 1.0, "original": 0.0, "concise_strict": 1.0}  # exercise 1: 12 in all
FILES = {"2412002": ["a/s.yaml"], "2412005": ["b/v1.yaml", "b/v2.yaml"], "2412006": []}


def test_the_shipped_example_reads_with_lines_and_a_late_policy() -> None:
    rules = overrides.read(TA / "overrides.yaml")
    assert [(e.line, e.override.id) for e in rules.entries] == [(3, "2412002"), (9, "2412005")]
    assert rules.late is not None and rules.late.penalty_per_day == 10


def test_a_typo_is_located_with_a_suggestion() -> None:
    with pytest.raises(UserError) as info:
        overrides.read(TA / "overrides-typo.yaml")
    text = info.value.render("en")
    assert "overrides-typo.yaml:4:" in text and "pionts" in text and "points" in text


@pytest.mark.parametrize(
    ("body", "why"),
    [
        ("overrides:\n  - id: s1\n    comment: nothing set\n", "sets `criterion` and `points`"),
        ("overrides:\n  - id: s1\n    points: 2\n    comment: c\n", "go together"),
        ("overrides:\n  - id: s1\n    passed: true\n", "comment"),
        ("overrides:\n  - id: ../x\n    passed: true\n    comment: c\n", "id"),
        ("overrides:\n  - id: s1\n    criterion: c\n    points: -1\n    comment: c\n", "points"),
    ],
)
def test_what_an_entry_refuses(tmp_path: Path, body: str, why: str) -> None:
    path = tmp_path / "o.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(UserError) as info:
        overrides.read(path)
    assert why in info.value.render("en") and "o.yaml:" in info.value.render("en")


def test_entries_that_do_not_fit_the_class_are_errors_at_their_lines() -> None:
    rules = overrides.read(TA / "overrides-unknown.yaml")
    files = {**FILES, "2412002": ["a/s.yaml"]}
    with pytest.raises(UserError) as info:
        overrides.check(rules, files, CRITERIA)
    lines = [(d.line, d.message.en) for d in info.value.diagnostics]
    assert [line for line, _ in lines] == [6, 9, 13, 17]
    assert "no file and no roster row has the student id '9999999'" in lines[0][1]
    assert "no criterion 'steer_mooved'" in lines[1][1]
    assert "did you mean: steer_moved?" in info.value.render("en")
    assert "40 points is more than 'change' can give (4)" in lines[2][1]
    assert "'somebody-else.yaml' is not a file of '2412002'" in lines[3][1]


def test_a_roster_student_without_a_file_can_be_named_and_the_total_is_bounded() -> None:
    rules = overrides.TaRules(
        "o.yaml",
        [
            overrides.Entry(2, overrides.Override(id="2412006", passed=False, comment="absent")),
            overrides.Entry(
                5, overrides.Override(id="2412002", criterion="total", points=9, comment="ok")
            ),
        ],
        None,
    )
    overrides.check(rules, FILES, CRITERIA)  # 9 <= 12
    total = overrides.Override(id="2412002", criterion="total", points=12.5, comment="x")
    over = overrides.Entry(8, total)
    with pytest.raises(UserError, match="more than 'total' can give"):
        overrides.check(overrides.TaRules("o.yaml", [over], None), FILES, CRITERIA)
