"""A criterion's verdict as a list of conditions, so a failure says which one and what to try.

A :class:`Trace` follows one run through its conditions in order (:class:`Step`); :func:`conclude`
passes a criterion by the first run that meets them all, else explains the run that came
closest: its conditions up to the first that failed, and that condition's hint. It knows nothing
of what the conditions are; :mod:`grader.score.experiment` and :mod:`grader.score.steering` do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grader.score.goals import Measured
from grader.score.registry import Outcome, RunOutcome
from grader.util.i18n import T, Text


@dataclass(frozen=True)
class Step:
    """One condition of a trace: whether it holds, the evidence, and what to try if it does not."""

    ok: bool
    says: Text
    hint: Text | None = None
    review: Text | None = None
    """Set when the condition held near its threshold: the credit stands, a TA should look."""


@dataclass
class Trace:
    """The conditions one run met or missed, in order."""

    run: str
    """The run's name."""
    label: str = ""
    """How the evidence names the run (e.g. ``one (goal: concise)``); the name when empty."""
    steps: list[Step] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    measured: Measured | None = None
    """The goal's measure of the run and its control, once the answer is a real one."""
    unasked: Text | None = None
    """Why the run's prompt is not read as asking for its goal (a goal run's; a review flag rests
    on it); None when it asks."""
    plain_control: bool = True
    """Whether the control's prompt is as plainly written as the run's (a review flag rests on
    it: :func:`grader.score.prompts.disguised`)."""

    def add(
        self, ok: bool, says: Text, hint: Text | None = None, review: Text | None = None
    ) -> bool:
        self.steps.append(Step(ok, says, hint, review if ok else None))
        return ok

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    @property
    def progress(self) -> int:
        return next((i for i, s in enumerate(self.steps) if not s.ok), len(self.steps))

    def outcome(self) -> RunOutcome:
        """This run's outcome: its conditions up to the first that failed, that one's hint, and
        the review reasons of those that held."""
        shown = self.steps[: self.progress + 1]
        says = T("; ".join(s.says.en for s in shown), "、".join(s.says.ja for s in shown))
        name = self.label or self.run
        reviews = [s.review for s in shown if s.review is not None]
        return RunOutcome(
            run=self.run,
            passed=self.ok,
            evidence=T(f"{name}: {says.en}", f"{name}：{says.ja}"),
            hint=None if self.ok else self.steps[self.progress].hint,
            review=T("; ".join(r.en for r in reviews), "、".join(r.ja for r in reviews))
            if reviews
            else None,
        )


def conclude(traces: list[Trace], none: Text, none_hint: Text) -> Outcome:
    """Passed by the first run that meets every condition, else explained by the closest run;
    every run's own outcome comes with it."""
    if not traces:
        return Outcome(False, none, {"runs": {}}, none_hint)
    details = {t.label or t.run: t.details for t in traces}
    best = next((t for t in traces if t.ok), None) or max(traces, key=lambda t: t.progress)
    shown = best.outcome()
    return Outcome(
        shown.passed,
        shown.evidence,
        {"runs": details, "shown": best.label or best.run},
        shown.hint,
        shown.review,
        tuple(t.outcome() for t in traces),
    )
