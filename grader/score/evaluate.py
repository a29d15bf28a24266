"""Apply each criterion of an assignment to one submission's context -> :class:`CriterionResult`.

A hidden criterion without its TA-only parameters is ``not_evaluated``. A criterion that judges
runs one by one returns every run's own outcome, kept in the result for the public ones. The
criteria of one ``group`` are earned by one run: the run with the highest total over the group
(the first in the file on a tie) earns each criterion of the group it passes, and its outcome is
what each of them shows; a credit near a threshold carries its ``review`` reason.
"""

from __future__ import annotations

from typing import Any

from grader.load.schemas import CriterionSpec
from grader.results import CriterionResult, RunVerdict
from grader.score import builtins
from grader.score.context import Context
from grader.score.registry import Outcome, RunOutcome
from grader.util.i18n import T


def evaluate(specs: list[CriterionSpec], ctx: Context) -> list[CriterionResult]:
    """Every criterion of ``specs`` on ``ctx``, in order, groups resolved."""
    outcomes = {spec.id: _outcome(spec, ctx) for spec in specs}
    gates = {spec.id: _gate(spec, outcomes, ctx) for spec in specs if spec.applies_to_goal}
    for group in dict.fromkeys(s.group for s in specs if s.group):
        members = [s for s in specs if s.group == group and outcomes[s.id] is not None]
        best = _best_run(members, outcomes, [r.name for r in ctx.runs])
        for spec in members:
            outcomes[spec.id] = _as_earned(outcomes[spec.id], best)  # type: ignore[arg-type]
    for cid, closed in gates.items():
        if closed is not None:
            outcomes[cid] = closed
    return [_result(spec, outcomes[spec.id]) for spec in specs]


def _gate(spec: CriterionSpec, outcomes: dict[str, Outcome | None], ctx: Context) -> Outcome | None:
    """A criterion declared to apply to one goal's runs after a public criterion: failed when no
    run of that goal passed it (then its hidden parameters cannot matter, so it fails with or
    without them: check and grade --hidden agree); None when such a run exists."""
    goal, after = spec.applies_to_goal, spec.applies_after
    mine = [r.name for r in ctx.runs if r.goal == goal]
    gate = outcomes.get(after) if after else None
    passed = {r.run for r in gate.runs if r.passed} if gate is not None else set(mine)
    if any(name in passed for name in mine):
        return None
    says = (
        T(f"no run with goal: {goal}", f"goal: {goal} の実行がありません")
        if not mine
        else T(
            f"no run with goal: {goal} passes {after}",
            f"goal: {goal} の実行で {after} を満たすものがありません",
        )
    )
    return Outcome(
        False,
        T(f"{says.en}: this criterion cannot be earned", f"{says.ja}。この基準は得られません"),
        {"closed_by_gate": True, "applies_to_goal": goal, "applies_after": after},
        T(
            f"add a run with goal: {goal} that changes only the prompt and moves the answer "
            f"toward it ({after})",
            f"goal: {goal} の実行を、プロンプトだけを変えて回答を目標に近づける形で加えてください"
            f"（{after}）",
        ),
    )


def _outcome(spec: CriterionSpec, ctx: Context) -> Outcome | None:
    if spec.type is None:
        return None
    kind = builtins.get(spec.type)
    return kind.fn(ctx, kind.params.model_validate(spec.params))


def _best_run(
    members: list[CriterionSpec], outcomes: dict[str, Outcome | None], order: list[str]
) -> str | None:
    """The run with the highest total over the group's criteria (the first in the file on a
    tie), among the runs they judged; None when they judged none."""
    totals: dict[str, float] = {}
    for spec in members:
        for run in outcomes[spec.id].runs:  # type: ignore[union-attr]
            totals[run.run] = totals.get(run.run, 0.0) + (spec.points if run.passed else 0.0)
    if not totals:
        return None
    rank = {name: i for i, name in enumerate(order)}
    return max(totals, key=lambda r: (totals[r], -rank.get(r, len(rank))))


def _as_earned(outcome: Outcome, best: str | None) -> Outcome:
    """``outcome`` as the group's chosen run ``best`` makes it."""
    chosen: RunOutcome | None = next((r for r in outcome.runs if r.run == best), None)
    if chosen is None:  # the criterion did not judge that run: it is not earned through it
        return outcome if best is None else _not_judged(outcome, best)
    return Outcome(
        chosen.passed,
        chosen.evidence,
        {**outcome.details, "shown": best},
        chosen.hint,
        chosen.review,
        outcome.runs,
    )


def _not_judged(outcome: Outcome, best: str) -> Outcome:
    return Outcome(
        False,
        T(
            f"{best}, the run that earns this part, does not meet this criterion",
            f"この部分を獲得する実行 {best} はこの基準を満たしていません",
        ),
        outcome.details,
        outcome.hint,
        None,
        outcome.runs,
    )


def _result(spec: CriterionSpec, outcome: Outcome | None) -> CriterionResult:
    common: dict[str, Any] = dict(
        id=spec.id,
        title=spec.title,
        visibility=spec.visibility,
        max_points=spec.points,
        required=spec.required,
        group=spec.group,
    )
    if outcome is None:
        return CriterionResult(
            **common,
            type=None,
            status="not_evaluated",
            points=0.0,
            evidence=T("hidden criterion: graded by the TA", "非公開の基準: TA が採点します"),
        )
    # a hidden criterion closed by its gate says why in public: nothing hidden is in it
    visible = spec.visibility == "public" or outcome.details.get("closed_by_gate") is True
    return CriterionResult(
        **common,
        type=spec.type if spec.visibility == "public" else None,
        status="passed" if outcome.passed else "failed",
        points=spec.points if outcome.passed else 0.0,
        evidence=outcome.evidence if visible else T("hidden criterion", "非公開の基準"),
        hint=outcome.hint if visible and not outcome.passed else None,
        details=outcome.details if visible else {},
        review=outcome.review if outcome.passed else None,
        runs=[_verdict(r) for r in outcome.runs] if visible else [],
    )


def _verdict(run: RunOutcome) -> RunVerdict:
    return RunVerdict(
        run=run.run, passed=run.passed, evidence=run.evidence, hint=run.hint, review=run.review
    )
