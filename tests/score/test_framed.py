"""grader.score.framed: a request said inside a leading clause that frames the request after it
asks for nothing (pass 108); a request after its condition, or welcomed by its main clause, is
made. Rows in tests/data/asks/framed108.yaml."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import GOAL_REQUESTS
from tests.support import DATA

_ROWS = yaml.safe_load((DATA / "asks" / "framed108.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("goal", "prompt", "control"), _ROWS["framed"])
def test_a_request_in_a_framing_clause_asks_for_nothing(
    goal: str, prompt: str, control: str
) -> None:
    assert not asks_for(goal, prompt, control)


@pytest.mark.parametrize(("goal", "prompt", "control"), _ROWS["asked"])
def test_a_request_after_its_condition_or_welcomed_is_made(
    goal: str, prompt: str, control: str
) -> None:
    assert asks_for(goal, prompt, control)


_FRAMES = ["If you {r}", "Were you to {r}", "As if you {r}", "To {r}"]
_TASKS = ["tell me a story about a dragon", "write a story about a knight and a baker"]


@settings(max_examples=80, deadline=None)
@given(
    goal=st.sampled_from(sorted(GOAL_REQUESTS)),
    frame=st.sampled_from(_FRAMES),
    task=st.sampled_from(_TASKS),
    mark=st.sampled_from([",", ":"]),
)
def test_generated_framed_requests_ask_for_nothing(
    goal: str, frame: str, task: str, mark: str
) -> None:
    """Generated neighbours: each frame before each task; the same request after the task asks."""
    control = task.capitalize() + "."
    assert asks_for(goal, f"{control} {GOAL_REQUESTS[goal].capitalize()}.", control)
    assert not asks_for(goal, f"{frame.format(r=GOAL_REQUESTS[goal])}{mark} {task}.", control)
