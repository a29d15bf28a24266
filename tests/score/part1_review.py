"""The review path of part 1's ``controlled_change`` for a prompt change, without a class: what
:func:`grader.score.experiment._change_trace` flags when only the prompt changed."""

from __future__ import annotations

from grader.score.additions import addition_review
from grader.score.bounds import Spent
from grader.score.disguises import change_review, padded_only
from grader.score.prompts import same_prompt

ANSWER, OTHER_ANSWER = "A knight rode out at dawn.", "A dragon slept in a cave."


def flagged(
    prompt: str, other: str, other_answer: str = OTHER_ANSWER, spent: Spent | None = None
) -> bool:
    """A prompt change to ``other`` (answered ``other_answer``, spent as ``spent`` where known)
    that part 1 flags for review (or does not count at all)."""
    if same_prompt(prompt, other):
        return True  # not a change: no credit, which is stronger than a flag
    return bool(
        padded_only(prompt, other)
        or change_review(prompt, other, ANSWER, other_answer, True)
        or addition_review(prompt, other, other_answer, spent)
    )
