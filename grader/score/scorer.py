"""Score: apply an assignment's criteria to one submission's generations -> :class:`Result`.

Pure: given the same submission, assignment and generations it returns the same result (up to
``graded_at``), which is what makes ``check`` equal ``grade`` and lets ``verify`` re-score
recorded generations. Hidden criteria without their TA-only parameters are ``not_evaluated``:
their points count in the maximum, so the verdict is ``pending`` unless the public points alone
decide it. The scoring signature records what besides the generations decided the grade.
"""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import Any, Literal

from grader import __version__
from grader.generate.fingerprint import version
from grader.load.assignments import LoadedAssignment
from grader.load.controls import CONTROL_PREFIX
from grader.load.schemas import BASELINE, CriterionSpec, GenerationSpec
from grader.load.validate import LoadedSubmission
from grader.results import (
    CriterionResult,
    Generation,
    Result,
    RunResult,
    ScoringSignature,
)
from grader.score import builtins, text
from grader.score.context import Context, RunView, signature
from grader.util.i18n import T


def score(
    loaded: LoadedAssignment, sub: LoadedSubmission, generations: dict[str, Generation]
) -> Result:
    """Grade the submission ``sub``; ``generations`` maps each run name (``baseline`` and
    ``control:<run>`` included) to its generation."""
    assignment = loaded.assignment
    submission = sub.submission
    ctx = context(loaded, sub, generations)
    criteria = [_evaluate(spec, ctx) for spec in assignment.criteria]
    total = sum(c.points for c in criteria)
    maximum = sum(c.max_points for c in criteria)
    pending = sum(c.max_points for c in criteria if c.status == "not_evaluated")
    verdict = _verdict(criteria, total, pending, assignment.pass_threshold, maximum)
    runs = [_run_result(v) for v in [ctx.baseline, *ctx.runs, *ctx.controls.values()]]
    return Result(
        grader_version=__version__,
        status="graded",
        file=sub.file,
        sha256=sub.sha256,
        assignment=assignment.id,
        assignment_title=assignment.title,
        student=submission.student,
        file_key=sub.file_key,
        runs=runs,
        generations={g.key: g for g in generations.values()},
        criteria=criteria,
        score=round(total, 6),
        max_score=round(maximum, 6),
        pending_points=round(pending, 6),
        pass_threshold=assignment.pass_threshold,
        verdict=verdict,
        passed=verdict == "passed",
        scoring=scoring_signature(loaded),
        preview=any(g.preview for g in generations.values()),
        fragile_margin=assignment.fragile_margin,
        notes=submission.notes,
        graded_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def context(
    loaded: LoadedAssignment, sub: LoadedSubmission, generations: dict[str, Generation]
) -> Context:
    """The runs with their generations, the controls and what the assignment ships."""
    assignment = loaded.assignment
    submission = sub.submission
    baseline = RunView(BASELINE, assignment.baseline, generations[BASELINE], role="baseline")
    views = [
        RunView(r.name, r, generations[r.name], goal=r.goal, compare_to=r.compare_to)
        for r in submission.runs
    ]
    derived = {
        name: RunView(
            CONTROL_PREFIX + name, spec, generations[CONTROL_PREFIX + name], role="control"
        )
        for name, spec in sub.controls.items()
    }
    shipped = {
        name: frozenset(signature(r, r.goal) for r in s.runs)
        for name, s in loaded.shipped.items()
        if s.runs
    }
    reserved = {name: s.student_id for name, s in loaded.shipped.items() if s.student_id}
    return Context(
        runs=views,
        baseline=baseline,
        controls=derived,
        notes=submission.notes,
        template_notes=loaded.template_notes,
        topic=tuple(assignment.topic),
        shipped=shipped,
        student_id=submission.student.id,
        reserved_ids=reserved,
    )


Verdict = Literal["passed", "pending", "failed"]


def _verdict(
    criteria: list[CriterionResult], total: float, pending: float, threshold: float, maximum: float
) -> Verdict:
    """passed: the evaluated points reach ``threshold`` of the whole maximum (hidden included) and
    every required criterion passed; pending: hidden criteria not evaluated here could still
    decide either way; failed: otherwise (and always when nothing can be earned)."""
    needed = threshold * maximum - 1e-9
    if (
        maximum <= 0
        or any(c.required and c.status == "failed" for c in criteria)
        or total + pending < needed
    ):
        return "failed"
    undecided = any(c.required and c.status == "not_evaluated" for c in criteria)
    return "passed" if total >= needed and not undecided else "pending"


def _evaluate(spec: CriterionSpec, ctx: Context) -> CriterionResult:
    common: dict[str, Any] = dict(
        id=spec.id,
        title=spec.title,
        visibility=spec.visibility,
        max_points=spec.points,
        required=spec.required,
    )
    if spec.type is None:
        return CriterionResult(
            **common,
            type=None,
            status="not_evaluated",
            points=0.0,
            evidence=T("hidden criterion: graded by the TA", "非公開の基準: TA が採点します"),
        )
    kind = builtins.get(spec.type)
    outcome = kind.fn(ctx, kind.params.model_validate(spec.params))
    visible = spec.visibility == "public"
    return CriterionResult(
        **common,
        type=spec.type if visible else None,
        status="passed" if outcome.passed else "failed",
        points=spec.points if outcome.passed else 0.0,
        evidence=outcome.evidence if visible else T("hidden criterion", "非公開の基準"),
        hint=outcome.hint if visible and not outcome.passed else None,
        details=outcome.details if visible else {},
    )


def _run_result(view: RunView) -> RunResult:
    return RunResult(
        name=view.name,
        role=view.role,
        **GenerationSpec.of(view.spec).model_dump(),
        compare_to=view.compare_to,
        goal=view.goal,
        generation=view.generation.key,
    )


def scoring_signature(loaded: LoadedAssignment) -> ScoringSignature:
    return _signature(loaded.sha256, loaded.hidden_sha256)


@functools.lru_cache(maxsize=8)
def _signature(assignment_sha256: str, hidden_sha256: str) -> ScoringSignature:
    return ScoringSignature(
        assignment_sha256=assignment_sha256,
        hidden_sha256=hidden_sha256,
        sacrebleu=version("sacrebleu"),
        chrf=text.chrf_signature(),
        grader=__version__,
    )
