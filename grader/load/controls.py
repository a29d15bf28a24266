"""Which run each run is compared with, and the controls the grader derives for goal runs.

Part 2 of exercise 1 compares a steered run with a control that differs in the prompt only.
When the run a goal run is compared with differs in more (the model, the chat setting or the
budget), the grader derives the control: the compared run's prompt at the goal run's model, chat
setting and budget, named ``control:<run>``. They are computed once, when a submission is
loaded; planning generates them and scoring compares with them. Whether a control is fair is
the criteria's business.
"""

from __future__ import annotations

from collections.abc import Collection

from grader.load.schemas import BASELINE, Assignment, GenerationSpec, Run, Submission

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
