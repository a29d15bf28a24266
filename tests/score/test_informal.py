"""A prompt in plain spelling: text-speak written out, every number in ASCII digits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.informal import TEXT_SPEAK, plain, roman_value
from grader.score.prompts import same_prompt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can u tell me a story abt a dragon?", "Can you tell me a story about a dragon?"),
        (
            "a story w/ a dragon & a knight bc im bored",
            "a story with a dragon and a knight because i am bored",
        ),
        ("III dragons, XII knights, Chapter IV", "3 dragons, 12 knights, Chapter 4"),
        ("\u0663 dragons and \u0968 cats", "3 dragons and 2 cats"),  # Arabic-Indic, Devanagari
        ("a dozen dragons", "12 dragons"),
        ("Ⅲ dragons", "3 dragons"),  # a Roman numeral character, NFKC's III
        # words that are English, one-letter words and ASCII digits stay as they are
        ("I won't go; its id is 007 and I like MIX", "I will not go; its id is 007 and I like MIX"),
        # English short forms (pass 77): contractions and abbreviations with a period
        (
            "Dr. Smith doesn't climb Mt. Fuji, e.g. today",
            "doctor Smith does not climb mount Fuji, for example today",
        ),
        ("It's the dragon's cave; they're here", "It is the dragon's cave; they are here"),
        ("A user of the bus", "A user of the bus"),
    ],
)
def test_plain_spelling(text: str, expected: str) -> None:
    assert plain(text) == expected


def test_roman_values() -> None:
    assert [roman_value(r) for r in ("II", "IV", "IX", "XIV", "XL", "LXXXIX")] == [
        2,
        4,
        9,
        14,
        40,
        89,
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(TEXT_SPEAK)), st.sampled_from(["Tell me {} a dragon.", "{} dragon"]))
def test_text_speak_is_the_same_prompt_as_its_words(short: str, frame: str) -> None:
    """Each text-speak form in a prompt is the prompt with its words (pass 73: "abt", "w/")."""
    assert same_prompt(frame.format(short), frame.format(TEXT_SPEAK[short]))
