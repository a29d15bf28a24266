"""evaluate: a hidden criterion declared for one goal's runs (``applies_to_goal``, after a public
criterion) counts 0 where no such run passed that criterion, with or without the TA's file, so
``check`` says FAILED where the hidden points cannot decide and ``grade --hidden`` agrees; where
such a run exists, the hidden criterion stays for the TA (pending here)."""

from __future__ import annotations

import pytest

from grader.commands.assignment import load_assignment
from grader.load.schemas import CriterionSpec
from grader.results import CriterionResult
from grader.score.evaluate import evaluate
from grader.score.verdict import Verdict, decide
from tests.contexts import DRAGON, STORY, ctx, run
from tests.support import DATA

TERSE = "A dragon guarded its gold in a cave, and one day it shared it with a lost child. The end."
PART1 = run("terse", model="terse", text=TERSE, compare_to="baseline")
BRIEF = "A dragon guarded gold and shared it with a lost child."
GOAL_RUNS = {
    # a concise run whose answer moved: the hidden point can decide
    "concise-moved": [
        run("c", "terse", DRAGON + " Be brief.", BRIEF, goal="concise", compare_to="terse")
    ],
    # no run with goal: concise at all (another goal moved)
    "no-concise": [
        run(
            "j",
            "terse",
            DRAGON + " In one sentence.",
            BRIEF,
            goal="one_sentence",
            compare_to="terse",
        )
    ],
    # a concise run that did not move: the same answer as its control
    "concise-unmoved": [
        run("c", "terse", "Please. " + DRAGON, TERSE, goal="concise", compare_to="terse")
    ],
    # a concise run cut off at its budget
    "concise-cut-off": [
        run(
            "c",
            "terse",
            DRAGON + " Be brief.",
            BRIEF,
            goal="concise",
            compare_to="terse",
            finish="length",
        )
    ],
}


def _specs(with_hidden: bool) -> list[CriterionSpec]:
    hidden = DATA / "ex1-hidden.yaml" if with_hidden else None
    return load_assignment("ex1-offline", hidden).assignment.criteria


def _verdict(results: list[CriterionResult]) -> Verdict:
    return decide(results, sum(c.points for c in results), 0.6)


def _strict(results: list[CriterionResult]) -> CriterionResult:
    return next(c for c in results if c.id == "concise_strict")


@pytest.mark.parametrize("case", ["no-concise", "concise-unmoved", "concise-cut-off"])
@pytest.mark.parametrize("with_hidden", [False, True])
def test_the_hidden_point_is_closed_where_no_run_of_its_goal_passed(
    case: str, with_hidden: bool
) -> None:
    results = evaluate(_specs(with_hidden), ctx(PART1, *GOAL_RUNS[case], notes="x" * 80))
    strict = _strict(results)
    assert strict.status == "failed" and strict.points == 0
    # why is public (nothing hidden is in it), and so is the fix
    assert "concise" in strict.evidence.en and "得られません" in strict.evidence.ja
    assert strict.hint is not None and "goal: concise" in strict.hint.en
    assert strict.type is None and strict.details["closed_by_gate"] is True


def test_a_concise_run_that_moved_leaves_the_hidden_point_to_the_ta() -> None:
    specs = _specs(with_hidden=False)
    results = evaluate(specs, ctx(PART1, *GOAL_RUNS["concise-moved"], notes="x" * 80))
    assert {c.id: c.status for c in results}["steer_moved"] == "passed"
    assert _strict(results).status == "not_evaluated"
    # with the TA's file the hidden criterion is judged by its own (hidden) parameters
    judged = _strict(evaluate(_specs(True), ctx(PART1, *GOAL_RUNS["concise-moved"])))
    assert judged.status in ("passed", "failed") and judged.hint is None
    assert judged.evidence.en == "hidden criterion"


@pytest.mark.parametrize("case", sorted(GOAL_RUNS))
def test_check_and_grade_agree_unless_the_hidden_points_can_decide(case: str) -> None:
    verdicts = []
    for with_hidden in (False, True):
        specs = _specs(with_hidden)
        results = evaluate(specs, ctx(PART1, *GOAL_RUNS[case], notes="x" * 80))
        verdicts.append(_verdict(results))
    public, hidden = verdicts
    assert public == hidden or public == "pending", (case, verdicts)


def test_a_story_answer_is_not_a_concise_move() -> None:
    """The control's own story as the concise answer: closed, not pending."""
    unmoved = run(
        "c", "terse", DRAGON + " Be brief.", STORY, 90, goal="concise", compare_to="terse"
    )
    results = evaluate(_specs(False), ctx(PART1, unmoved, notes="x" * 80))
    assert _verdict(results) == "failed"
