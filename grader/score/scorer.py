"""Score: apply an assignment's criteria to one submission's generations -> :class:`Result`.

Pure: given the same submission, assignment and generations it returns the same result (up to
``graded_at``), which is what makes ``check`` equal ``grade`` and lets ``verify`` re-score
recorded generations. Hidden criteria without their TA-only parameters are listed as
``not_evaluated`` and count neither in the score nor in the maximum.
"""

from __future__ import annotations

from datetime import datetime, timezone

from grader import __version__
from grader.i18n import T
from grader.load.schemas import Assignment, CriterionSpec, GenerationSpec, Submission
from grader.plan import BASELINE
from grader.results import CriterionResult, Generation, Result, RunResult
from grader.score import registry
from grader.score.criteria import Context, RunView


def score(assignment: Assignment, submission: Submission, generations: dict[str, Generation],
          file: str, sha256: str) -> Result:
    """Grade ``submission``; ``generations`` maps run name (``baseline`` included) -> generation."""
    base = assignment.baseline
    baseline = RunView(BASELINE, base.model, base.prompt, generations[BASELINE])
    views = [RunView(r.name, r.model, r.prompt, generations[r.name], r.goal, r.compare_to) for r in submission.runs]
    ctx = Context(runs=views, baseline=baseline, notes=submission.notes)
    criteria = [_evaluate(spec, ctx) for spec in assignment.criteria]
    evaluated = [c for c in criteria if c.status != "not_evaluated"]
    total = sum(c.points for c in evaluated)
    maximum = sum(c.max_points for c in evaluated)
    runs = [_run_result(BASELINE, base, None, None, generations[BASELINE])]
    runs += [_run_result(r.name, r, r.compare_to, r.goal, generations[r.name]) for r in submission.runs]
    return Result(
        grader_version=__version__, status="graded", file=file, sha256=sha256,
        assignment=assignment.id, assignment_title=assignment.title, student=submission.student,
        runs=runs, generations={g.key: g for g in generations.values()}, criteria=criteria,
        score=round(total, 6), max_score=round(maximum, 6), pass_threshold=assignment.pass_threshold,
        passed=maximum > 0 and total >= assignment.pass_threshold * maximum - 1e-9,
        preview=any(g.preview for g in generations.values()), fragile_margin=assignment.fragile_margin,
        notes=submission.notes, graded_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _evaluate(spec: CriterionSpec, ctx: Context) -> CriterionResult:
    common = dict(id=spec.id, title=spec.title, visibility=spec.visibility, max_points=spec.points)
    if spec.type is None:
        return CriterionResult(**common, type=None, status="not_evaluated", points=0.0,
                               evidence=T("hidden criterion: graded by the TA", "非公開の基準: TA が採点します"))
    kind = registry.get(spec.type)
    outcome = kind.fn(ctx, kind.params.model_validate(spec.params))
    visible = spec.visibility == "public"
    return CriterionResult(
        **common, type=spec.type if visible else None, status="passed" if outcome.passed else "failed",
        points=spec.points if outcome.passed else 0.0,
        evidence=outcome.evidence if visible else T("hidden criterion", "非公開の基準"),
        details=outcome.details if visible else {},
    )


def _run_result(name: str, spec: GenerationSpec, compare_to: str | None, goal: str | None,
                gen: Generation) -> RunResult:
    return RunResult(name=name, model=spec.model, prompt=spec.prompt, chat=spec.chat,
                     max_new_tokens=spec.max_new_tokens, max_length=spec.max_length,
                     compare_to=compare_to, goal=goal, generation=gen.key)
