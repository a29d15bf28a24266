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

from grader import __version__
from grader.generate.fingerprint import version
from grader.load.assignments import LoadedAssignment
from grader.load.controls import CONTROL_PREFIX
from grader.load.schemas import BASELINE, GenerationSpec
from grader.load.validate import LoadedSubmission
from grader.results import (
    Generation,
    Result,
    RunResult,
    ScoringSignature,
)
from grader.score import text
from grader.score.context import Context, RunView
from grader.score.evaluate import evaluate
from grader.score.shipped_reworded import shipped_owns
from grader.score.similar import itself, shipped_view
from grader.score.stored import published_view, sound_view
from grader.score.verdict import decide


def score(
    loaded: LoadedAssignment, sub: LoadedSubmission, generations: dict[str, Generation]
) -> Result:
    """Grade the submission ``sub``; ``generations`` maps each run name (``baseline`` and
    ``control:<run>`` included) to its generation."""
    assignment = loaded.assignment
    submission = sub.submission
    ctx = context(loaded, sub, generations)
    criteria = evaluate(assignment.criteria, ctx)
    total = sum(c.points for c in criteria)
    maximum = sum(c.max_points for c in criteria)
    pending = sum(c.max_points for c in criteria if c.status == "not_evaluated")
    verdict = decide(criteria, total, assignment.pass_threshold)
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
        generations={g.request_key: g for g in generations.values()},
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
    # the published view first: served from its store, it brings the shipped corpus too
    published = published_view(loaded).but(sub.sha256)
    view = shipped_view(loaded)
    # the shipped file itself (its very bytes: an example, a reference) is not its own copy
    selves = itself(loaded, sub.sha256)
    return Context(
        runs=views,
        baseline=baseline,
        controls=derived,
        notes=submission.notes,
        corpus=view.corpus(but=selves),
        topic=tuple(assignment.topic),
        glossary=tuple(tuple(group) for group in assignment.glossary),
        shipped={n: runs for n, runs in view.runs.items() if n not in selves},
        designs={n: d for n, d in view.designs.items() if n not in selves},
        shipped_owns={n: o for n, o in shipped_owns(loaded).items() if n not in selves},
        common=view.common,
        copies=assignment.copies,
        published=published,
        sounds=sound_view(loaded).but(sub.sha256),
    )


def _run_result(view: RunView) -> RunResult:
    return RunResult(
        name=view.name,
        role=view.role,
        **GenerationSpec.of(view.spec).model_dump(),
        compare_to=view.compare_to,
        goal=view.goal,
        generation=view.generation.request_key,
    )


def scoring_signature(loaded: LoadedAssignment) -> ScoringSignature:
    return _signature(loaded.sha256, loaded.hidden_hmac)


@functools.lru_cache(maxsize=8)
def _signature(assignment_sha256: str, hidden_hmac: str) -> ScoringSignature:
    return ScoringSignature(
        assignment_sha256=assignment_sha256,
        hidden_hmac=hidden_hmac,
        sacrebleu=version("sacrebleu"),
        chrf=text.chrf_signature(),
        grader=__version__,
    )
