"""grader.score.additions: a sentence added to the compared prompt about something else is
flagged for review as padding (pass 107); a request, an instruction, a setting of the story or
words to the model are a change a student chose. The rows are in tests/data/padding."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.additions import unrelated_addition
from grader.score.disguises import padded_only
from tests.support import DATA

_ROWS = yaml.safe_load((DATA / "padding" / "unrelated107.yaml").read_text(encoding="utf-8"))


def _flagged(prompt: str, control: str) -> bool:
    """What part 1 flags as padding: the boilerplate's forms, or an unrelated sentence."""
    return padded_only(prompt, control) is not None or unrelated_addition(prompt, control)


@pytest.mark.parametrize("control", _ROWS["prompts"])
@pytest.mark.parametrize("row", _ROWS["padding"])
def test_a_sentence_about_something_else_only_pads(row: str, control: str) -> None:
    assert _flagged(row.format(P=control), control)


@pytest.mark.parametrize("control", _ROWS["prompts"])
@pytest.mark.parametrize("row", _ROWS["changes"])
def test_a_request_a_setting_or_an_address_is_a_change(row: str, control: str) -> None:
    assert not _flagged(row.format(P=control), control)


_NOTICE = st.sampled_from([r for r in _ROWS["padding"] if r.startswith("{P} ")])


@settings(max_examples=60, deadline=None)
@given(notice=_NOTICE, other=_NOTICE, before=st.booleans())
def test_two_notices_on_either_side_still_only_pad(notice: str, other: str, before: bool) -> None:
    """Generated neighbours: two notices, one of them moved to its own line before the prompt."""
    control = _ROWS["prompts"][0]
    second = other.removeprefix("{P} ")
    first = notice.format(P=control)
    prompt = f"{second}\n{first}" if before else f"{first} {second}"
    assert _flagged(prompt, control)


@settings(max_examples=60, deadline=None)
@given(change=st.sampled_from(_ROWS["changes"]), notice=_NOTICE)
def test_a_notice_beside_a_change_is_still_a_change(change: str, notice: str) -> None:
    """A chosen change is not padding because a notice comes with it."""
    control = _ROWS["prompts"][0]
    prompt = notice.format(P=change.format(P=control))
    assert not unrelated_addition(prompt, control)
