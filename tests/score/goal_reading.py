"""How part 2's review reads a goal prompt against its control, without a class: the kinds of
:func:`grader.score.steering._unasked`, shared by the held-out tables of honest requests."""

from __future__ import annotations

from grader.score import text
from grader.score.additions import addition_review
from grader.score.asks import adds, asks_for
from grader.score.disguises import padded_only
from grader.score.requests import OPPOSITES, REQUESTS


def goal_reading(goal: str, prompt: str, control: str) -> str:
    """ "asks", "none" (does not ask), "language" (asked in another script) or "more" (adds more
    beside the request)."""
    if asks_for(goal, prompt, control):
        return "asks"
    if adds(OPPOSITES.get(goal, ()), prompt, control, bounded=False):
        return "none"
    if not adds(REQUESTS.get(goal, ()), prompt, control):
        return "none"
    return "language" if text.main_script(prompt) != text.main_script(control) else "more"


def honest_reading(goal: str, prompt: str, control: str) -> tuple[str, object, object]:
    """What part 2 makes of an honest goal prompt: its :func:`goal_reading`, and the reviews of
    what it adds beside the request and of padding alone; ("asks", None, None) when clean."""
    return (
        goal_reading(goal, prompt, control),
        addition_review(prompt, control),
        padded_only(prompt, control),
    )
