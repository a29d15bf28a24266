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
from grader.score.registry import Outcome
from grader.util.i18n import T, Text


@dataclass(frozen=True)
class Step:
    """One condition of a trace: whether it holds, the evidence, and what to try if it does not."""

    ok: bool
    says: Text
    hint: Text | None = None


@dataclass
class Trace:
    """The conditions one run met or missed, in order."""

    run: str
    steps: list[Step] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    measured: Measured | None = None
    """The goal's measure of the run and its control, once the answer is a real one."""

    def add(self, ok: bool, says: Text, hint: Text | None = None) -> bool:
        self.steps.append(Step(ok, says, hint))
        return ok

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    @property
    def progress(self) -> int:
        return next((i for i, s in enumerate(self.steps) if not s.ok), len(self.steps))


def conclude(traces: list[Trace], none: Text, none_hint: Text) -> Outcome:
    """Passed by the first run that meets every condition, else explained by the closest run."""
    if not traces:
        return Outcome(False, none, {"runs": {}}, none_hint)
    details = {c.run: c.details for c in traces}
    best = next((c for c in traces if c.ok), None) or max(traces, key=lambda c: c.progress)
    shown = best.steps[: best.progress + 1]
    says = T("; ".join(s.says.en for s in shown), "、".join(s.says.ja for s in shown))
    hint = None if best.ok else best.steps[best.progress].hint
    return Outcome(
        best.ok,
        T(f"{best.run}: {says.en}", f"{best.run}：{says.ja}"),
        {"runs": details, "shown": best.run},
        hint,
    )
