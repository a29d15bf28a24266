"""Which run each run is compared with, and the controls the grader derives for goal runs.

Part 2 of exercise 1 compares a steered run with a control that differs in the prompt only.
When the run a goal run is compared with differs in more (the model, the chat setting or the
budget), the grader derives the control: the compared run's prompt at the goal run's model, chat
setting and budget, named ``control:<run>``. They are computed once, when a submission is
loaded (so ``validate`` predicts what ``check`` would refuse); planning generates them and
scoring compares with them. A control's budget is held to the assignment's limits as a run's
is: ``max_length`` is taken after the control's own prompt, which may leave no room (an error at
the goal run's budget) or more new tokens than the limit allows (then the limit). Whether a
control is fair is the criteria's business.
"""

from __future__ import annotations

from collections.abc import Collection

from grader.load import tokens
from grader.load.schemas import BASELINE, Assignment, GenerationSpec, Run, Submission
from grader.load.strict_yaml import Located
from grader.util.errors import Diagnostic
from grader.util.i18n import T

CONTROL_PREFIX = "control:"
"""Name prefix of a derived control run (a colon can never stand in a student's run name)."""


def control_spec(run: Run, compared: GenerationSpec) -> GenerationSpec | None:
    """The derived control of ``run`` (a goal run) against ``compared``: the compared run's prompt
    at this run's model, chat setting and budget (the same declared key and value). None when the
    compared run already is the control."""
    if (compared.model, compared.chat, compared.budget()) == (run.model, run.chat, run.budget()):
        return None
    return GenerationSpec.of(run, prompt=compared.prompt)


def derived_controls(assignment: Assignment, submission: Submission) -> dict[str, GenerationSpec]:
    """Derived control specs by goal run name (only where the compared run is not a control)."""
    specs: dict[str, GenerationSpec] = {
        BASELINE: assignment.baseline,
        **{r.name: r for r in submission.runs},
    }
    derived = {}
    for run in submission.runs:
        if run.goal is not None:
            spec = control_spec(run, specs.get(run.compare_to or BASELINE, assignment.baseline))
            if spec is not None:
                derived[run.name] = spec
    return derived


def control_name(run: str, compare_to: str | None, derived: Collection[str]) -> str:
    """The name of the run ``run`` is shown and judged against: its derived control
    (``control:<run>``) when ``derived`` has one, else the run it names in ``compare_to``, else
    the baseline. Scoring and the reports both ask this."""
    if CONTROL_PREFIX + run in derived:
        return CONTROL_PREFIX + run
    return compare_to or BASELINE


def settle(
    controls: dict[str, GenerationSpec],
    sub: Submission,
    located: Located,
    assignment: Assignment,
) -> tuple[dict[str, GenerationSpec], list[Diagnostic]]:
    """``controls`` with every ``max_length`` budget settled against the control's own prompt (in
    the model's tokens, where its tokenizer is here): at most the assignment's new-token limit,
    and an error at the goal run's budget line where it leaves no room."""
    settled, problems = dict(controls), []
    for i, run in enumerate(sub.runs):
        spec = controls.get(run.name)
        if spec is None or spec.max_length is None:
            continue
        allowed = assignment.model(spec.model)
        template = allowed.chat_template if allowed and spec.chat else None
        revision = allowed.revision if allowed else None
        n = tokens.count(spec.model, revision, spec.prompt, spec.chat, template)
        if n is None:
            continue  # check counts it with the model's own tokenizer
        room = spec.max_length - n
        if room < 1:
            problems.append(_no_room(run, n, ("runs", i, "max_length"), located))
        elif room > assignment.limits.max_new_tokens:
            limit = assignment.limits.max_new_tokens
            settled[run.name] = GenerationSpec.of(spec, max_length=None, max_new_tokens=limit)
    return settled, problems


def _no_room(run: Run, n: int, where: tuple[str | int, ...], located: Located) -> Diagnostic:
    compared = run.compare_to or BASELINE
    return located.error(
        where,
        T(
            f"max_length {run.max_length} leaves the run you compare with ({compared}) no room: "
            f"its prompt alone is {n} tokens, and the grader runs that prompt at this budget as "
            "your control",
            f"max_length {run.max_length} では比較する実行（{compared}）のプロンプトが {n} "
            "トークンあり、コントロールとして生成する余地がありません",
        ),
        T(
            f"the run you compare with has a {n}-token prompt; write max_new_tokens: N (tokens "
            "after the prompt) instead of max_length, or compare with a run whose budget is the "
            "same as this one",
            f"比較する実行のプロンプトは {n} トークンです。max_length の代わりに "
            "max_new_tokens: N（プロンプトの後に生成するトークン数）を書くか、同じ予算の実行と"
            "比べてください",
        ),
    )
