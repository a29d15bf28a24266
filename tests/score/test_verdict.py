"""The scorer's verdict: points against the threshold of the whole maximum, required criteria,
and hidden criteria that are not evaluated here (pending, never a promise)."""

from __future__ import annotations

from typing import Literal

import pytest

from grader.results import CriterionResult
from grader.score.verdict import decide
from grader.util.i18n import T


def crit(
    points: float,
    status: Literal["passed", "failed", "not_evaluated"] = "passed",
    required: bool = False,
) -> CriterionResult:
    return CriterionResult(
        id=f"c{points}{status}",
        title=T("t"),
        type=None,
        visibility="public",
        status=status,
        points=points if status == "passed" else 0.0,
        max_points=points,
        evidence=T("e"),
        required=required,
    )


# criteria, pass threshold -> verdict
@pytest.mark.parametrize(
    ("criteria", "threshold", "verdict"),
    [
        ([crit(8), crit(4, "failed")], 0.6, "passed"),
        ([crit(6), crit(6, "failed")], 0.6, "failed"),
        ([crit(8), crit(1, "failed", required=True)], 0.6, "failed"),  # a required criterion failed
        ([crit(7), crit(1, "not_evaluated")], 0.6, "passed"),  # public points alone reach 4.8
        ([crit(7), crit(1, "not_evaluated")], 0.9, "pending"),  # the hidden point decides 7.2
        # 5 + 1 hidden < 6.3
        ([crit(5), crit(1, "failed"), crit(1, "not_evaluated")], 0.9, "failed"),
        # a required hidden check
        ([crit(8), crit(1, "not_evaluated", required=True)], 0.6, "pending"),
        ([crit(5), crit(5, "failed")], 0.0, "passed"),  # a threshold of 0 passes anything graded
        ([crit(0)], 0.6, "failed"),  # nothing can be earned
    ],
)
def test_verdict(criteria: list[CriterionResult], threshold: float, verdict: str) -> None:
    assert decide(criteria, sum(c.points for c in criteria), threshold) == verdict
