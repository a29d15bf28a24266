"""Claims of the notes that runs gave the same text (grader.score.identical, pass 132), said of
every pair of runs of a real file (the knight of tests/data/grounded/heldout.yaml, whose answers
all differ) and of a hand-made pair whose answers are the same: flagged exactly when the answers
say otherwise."""

from __future__ import annotations

from itertools import permutations

import pytest

from grader.score.context import RunView
from grader.score.identical import identical_review
from tests.contexts import run
from tests.score.test_stated import KNIGHT

SAME = [
    "{} gave word for word the same story as {}.",
    "{} was identical to {}.",
    "{} and {} gave exactly the same answer.",
    "{} printed verbatim what {} printed.",
    "{}と{}は全く同じ文章だった。",
    "{}は{}と一字一句同じだった。",
    "{} and {} weren't anything but identical, word for word.",  # pass 135: double negations
    "{} was never anything but identical to {}.",
    "{} was a carbon copy of {}.",  # pass 136: copy metaphors
    "{} duplicated {} exactly.",
    "Not a single word differed between {} and {}.",  # pass 139: no difference
    "Between {} and {}, no word changed.",
    "{} and {} matched each other down to the last comma.",  # pass 140
    "{} mirrored {} to the letter.",
    "I could not tell {} from {} at all.",  # pass 141: indistinguishable
    "{} was a clone of {}.",  # pass 142: copy metaphors
    "{} was basically a copy-paste of {}.",
    "{}は{}のコピペだった。",
    "{} was a dead ringer for {}.",  # pass 143: idioms
    "{} was the spitting image of {}.",
    "{}と{}は瓜二つだった。",  # pass 145
    "{}は{}と寸分違わぬ文章だった。",
    "{} said exactly what {} said.",  # pass 144
    "{}と{}は同じ文面だった。",  # pass 147
    "There was no difference at all between {} and {}.",  # pass 146
    "{}と{}の出力には何の違いもなかった。",  # pass 149
    "{}と{}は何一つ変わっておらず、差がなかった。",
]
NOT_SAME = [
    "{} was not identical to {}.",
    "{} did not give word for word the same story as {}.",
    "{}と{}は全く同じ文章ではなかった。",
    "{} was anything but identical to {}.",
    "{} was no carbon copy of {}.",
    "{} was no clone of {}.",
    "{}と{}は別物だった。",  # pass 145: a difference in an idiom
    "{}は{}とは似ても似つかない話だった。",
    "{} and {} were nothing alike.",
    "{}と{}は文章が違っていた。",  # pass 147
    "{} differed from {} in every sentence.",  # pass 148
]
LOOSE = [
    "{} told the same story as {}, in other words.",
    "{}と{}は同じ話だった。",
    "{} was identical in length to the story.",  # one run named: nothing to compare
]
"""Sameness no reading holds against two texts: the same plot, or one run."""

TWINS = [
    run("twin-a", text="A knight was brave. The end."),
    run("twin-b", model="terse", text="A knight was  brave.\nThe end."),
]
"""Two runs whose answers are the same but for their spaces."""


def _claims(templates: list[str], runs: list[RunView]) -> list[str]:
    return [t.format(a.name, b.name) for t in templates for a, b in permutations(runs, 2)]


@pytest.mark.parametrize("notes", _claims(SAME, KNIGHT) + _claims(NOT_SAME, TWINS))
def test_a_sameness_the_answers_deny_is_flagged(notes: str) -> None:
    runs = TWINS if "twin" in notes else KNIGHT
    assert identical_review(notes, runs) is not None


@pytest.mark.parametrize(
    "notes", _claims(SAME, TWINS) + _claims(NOT_SAME, KNIGHT) + _claims(LOOSE, KNIGHT)
)
def test_a_sameness_the_answers_bear_out_or_no_reading_holds_is_not(notes: str) -> None:
    runs = TWINS if "twin" in notes else KNIGHT
    assert identical_review(notes, runs) is None
