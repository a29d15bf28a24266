"""The verdict from the criteria's outcomes: one rule for the scorer and for a TA's override."""

from __future__ import annotations

from typing import Literal

from grader.results import CriterionResult

Verdict = Literal["passed", "pending", "failed"]


def decide(criteria: list[CriterionResult], total: float, threshold: float) -> Verdict:
    """passed: the evaluated points (``total``) reach ``threshold`` of the whole maximum (hidden
    criteria included) and every required criterion passed; pending: hidden criteria not
    evaluated here could still decide either way; failed: otherwise (and always when nothing can
    be earned)."""
    maximum = sum(c.max_points for c in criteria)
    pending = sum(c.max_points for c in criteria if c.status == "not_evaluated")
    needed = threshold * maximum - 1e-9
    if (
        maximum <= 0
        or any(c.required and c.status == "failed" for c in criteria)
        or total + pending < needed
    ):
        return "failed"
    undecided = any(c.required and c.status == "not_evaluated" for c in criteria)
    return "passed" if total >= needed and not undecided else "pending"
