"""Part 1: a prompt that only adds a restatement of the compared prompt or talk about the exchange
itself (red-team pass 111: "A dragon story, that is.", "That is my whole request.", "(2nd version
of this prompt)", "Ready when you are.") is flagged for review as padding; an added instruction,
detail or subject is a change. None of the gaming rows is among the strings the red team
reported."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.score.part1_review import flagged

_CONTROLS = (
    "Tell me a story about a dragon.",
    "Write a poem about a lighthouse keeper.",
    "Describe a city under the sea.",
)

_RESTATED = [
    "{P} Again: a story about a dragon.",
    "{P} To put it another way, a dragon tale.",
    "{P} Dragons, that is.",
    "{P} A story about dragons, basically.",
    "{P}, meaning a dragon story.",
    "{P}, that is, a story with a dragon.",
    "{P} Put differently: I want a dragon story.",
]
_EXCHANGE = [
    "{P} This is my prompt.",
    "{P} That was the whole question.",
    "{P} That is everything I am asking for.",
    "{P} (Third attempt at this prompt.)",
    "{P} [prompt, version 4]",
    "{P} Start when ready.",
    "{P} I'm ready to listen.",
    "{P} Go ahead whenever.",
    "{P} I await your answer.",
    "{P} Your turn.",
    "{P} This request is complete.",
    "{P} End of request.",
    "Ready? {P}",
    "{P} (first try)",
]
_ALL = [*_RESTATED, *_EXCHANGE]


@pytest.mark.parametrize("row", _RESTATED)
def test_a_restatement_of_the_prompt_only_pads(row: str) -> None:
    control = _CONTROLS[0]
    assert flagged(
        row.format(P=control.rstrip(".") if row.startswith("{P},") else control), control
    )


@pytest.mark.parametrize("control", _CONTROLS)
@pytest.mark.parametrize("row", _EXCHANGE)
def test_talk_about_the_exchange_only_pads(row: str, control: str) -> None:
    assert flagged(row.format(P=control), control)


_CHANGES = [
    "{P} Make it funny.",
    "{P} Begin with 'Once upon a time'.",
    "{P} Start with the dragon waking up.",
    "{P} Begin in a cave.",
    "{P} I want it to rhyme.",
    "{P} Tell it in 50 words.",
    "{P} The dragon is ready for battle.",
    "{P} Write it as a poem.",
    "{P} Let the dragon speak first.",
    "{P} Answer in Japanese.",
    "{P} Set it in the year 2050.",
    "{P} The dragon is afraid of mice.",
    "{P} Describe the dragon's whole life.",
    "{P} Keep it under 100 words.",
    "{P} Give the dragon a name.",
    "{P} It should take place in winter.",
]
_INSIDE = [
    "Tell me a story about a dragon who is afraid of the dark.",
    "Tell me a story about a dragon and a knight.",
    "Tell me a story about two dragons.",
    "Tell me a story about a dragon's first flight.",
    "Tell me a story about a dragonfly.",
    "Tell me a story about a dragon, in three sentences.",
    "Tell me a story about a dragon, told by a mouse.",
]


@pytest.mark.parametrize("row", _CHANGES)
def test_an_instruction_or_a_detail_is_a_change(row: str) -> None:
    control = _CONTROLS[0]
    assert not flagged(row.format(P=control), control)


@pytest.mark.parametrize("prompt", _INSIDE)
def test_a_change_inside_the_sentence_is_a_change(prompt: str) -> None:
    assert not flagged(prompt, _CONTROLS[0])


@settings(max_examples=60, deadline=None)
@given(note=st.sampled_from(_EXCHANGE), restated=st.sampled_from(_RESTATED))
def test_two_restatements_still_only_pad(note: str, restated: str) -> None:
    """Generated neighbours: a note on the exchange after a restatement."""
    control = _CONTROLS[0]
    first = restated.format(P=control.rstrip(".") if restated.startswith("{P},") else control)
    assert flagged(note.format(P=first), control)


@settings(max_examples=60, deadline=None)
@given(change=st.sampled_from(_CHANGES), note=st.sampled_from(_EXCHANGE))
def test_a_note_on_the_exchange_beside_a_change_is_still_a_change(change: str, note: str) -> None:
    control = _CONTROLS[0]
    assert not flagged(note.format(P=change.format(P=control)), control)
