"""grader.score.asks: a goal run that negates its control's own task or subject beside its
request does not only ask for its goal (pass 106); a negator of the request itself, of the
control's own words or of a polite question leaves the request standing. Rows in
tests/data/asks/negated106.yaml."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import GOAL_REQUESTS
from tests.support import DATA

_ROWS = yaml.safe_load((DATA / "asks" / "negated106.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("goal", "prompt", "control"), _ROWS["negated"])
def test_a_negated_control_task_asks_for_nothing(goal: str, prompt: str, control: str) -> None:
    assert not asks_for(goal, prompt, control)


@pytest.mark.parametrize(("goal", "prompt", "control"), _ROWS["asked"])
def test_a_negator_of_the_request_or_the_control_asks(goal: str, prompt: str, control: str) -> None:
    assert asks_for(goal, prompt, control)


_REQUESTS = {goal: f"{request.capitalize()}." for goal, request in GOAL_REQUESTS.items()}
_TASKS = ["tell me a story about {s}", "write a story about {s}", "tell me a tale of {s}"]
_SUBJECTS = ["a dragon", "a sleepy dragon", "a knight and a baker", "a robot who paints"]
_NOTS = ["Don't", "Do not", "Please don't", "Never", "Please do not"]


@settings(max_examples=80, deadline=None)
@given(
    goal=st.sampled_from(sorted(_REQUESTS)),
    task=st.sampled_from(_TASKS),
    subject=st.sampled_from(_SUBJECTS),
    negator=st.sampled_from(_NOTS),
)
def test_generated_negated_tasks_ask_for_nothing(
    goal: str, task: str, subject: str, negator: str
) -> None:
    """Generated neighbours: the control's task negated, its request beside it."""
    control = task.format(s=subject).capitalize() + "."
    prompt = f"{negator} {task.format(s=subject)}. {_REQUESTS[goal]}"
    assert asks_for(goal, control + " " + _REQUESTS[goal], control)
    assert not asks_for(goal, prompt, control)
