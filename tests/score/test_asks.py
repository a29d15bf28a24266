"""score.asks: does a goal run's prompt ask for its goal? Listed cases and generated neighbours.

A request for the goal, written anywhere in the prompt and in either language, asks. What only
looks like one does not: function words that happen to spell part of a cue ("a", "one", "up"),
a request negated in its clause ("not as a list"), one the control already made, or one that
also asks for the opposite ("a long story").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for

DRAGON = "Tell me a story about a dragon."
DRAGON_JA = "ドラゴンの物語を聞かせてください。"
# Requests a student writes for each goal (English and Japanese)
REQUESTS: dict[str, list[str]] = {
    "concise": [
        "Answer briefly",
        "Keep it short",
        "in just a few words",
        "Be concise",
        "短く答えて",
    ],
    "one_sentence": ["in one sentence", "Please keep it to a single sentence", "一文で答えて"],
    "japanese": ["Answer in Japanese", "in the Japanese language", "日本語で答えて"],
    "english": ["Answer in English", "英語で答えて"],
    "list": ["as a bulleted list", "as a numbered list of events", "箇条書きで答えて"],
}
# The same requests, short enough to be negated as a whole ("not in one sentence")
CORES: dict[str, list[str]] = {
    "concise": ["briefly", "short", "concisely", "in a few words"],
    "one_sentence": ["in one sentence", "in a single sentence"],
    "japanese": ["in Japanese"],
    "english": ["in English"],
    "list": ["as a list", "as bullet points", "as a numbered list"],
}
NEGATED = ["not {}", "without answering {}", "don't answer {}", "never {}", "no need to answer {}"]
FILLERS = ["a", "one", "up", "some", "please", "thanks", "la", "pls", "so", "the", "an", "tale"]
OPPOSITE = ["as a long story", "in great detail", "長く詳しく"]


def _join(base: str, request: str) -> str:
    """``request`` as a sentence after ``base`` (a Japanese request glued on, as Japanese is)."""
    return base + (request if not request.isascii() else " " + request + ".")


@pytest.mark.parametrize(
    ("goal", "prompt", "control", "asks"),
    [
        ("concise", DRAGON[:-1] + ", not a short one.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + " in English.", DRAGON, False),  # "a" is no cue
        ("one_sentence", "Tell me a long story about a dragon.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + ", pls.", DRAGON[:-1] + " as a numbered list.", False),
        ("list", DRAGON[:-1] + ", not as a list.", DRAGON, False),
        ("english", DRAGON, DRAGON[:-1] + " in Japanese.", False),  # the control inflated
        ("english", DRAGON[:-1] + " in English!", DRAGON[:-1] + " in English.", False),
        ("concise", DRAGON[:-1] + " in no more than two sentences.", DRAGON, True),
        ("one_sentence", DRAGON[:-1] + ". Do not use more than one sentence.", DRAGON, True),
        ("concise", DRAGON[:-1] + ". Keep it short, don't make it long.", DRAGON, True),
        ("concise", "ドラゴンの物語を短くしないで聞かせてください。", DRAGON_JA, False),
        ("list", "ドラゴンの物語を箇条書きではなく聞かせてください。", DRAGON_JA, False),
        ("english", "ドラゴンの物語を聞かせてください。", DRAGON, False),
        ("japanese", DRAGON_JA, DRAGON, True),  # written in the goal's language
    ],
)
def test_listed_cases(goal: str, prompt: str, control: str, asks: bool) -> None:
    assert asks_for(goal, prompt, control) is asks


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.data())
def test_a_request_anywhere_asks_and_its_negation_does_not(goal: str, data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert asks_for(goal, _join(base, request), base)
    negated = data.draw(st.sampled_from(NEGATED)).format(data.draw(st.sampled_from(CORES[goal])))
    assert not asks_for(goal, _join(DRAGON, negated), DRAGON), negated
    # a request the control already made is not the run's own
    assert not asks_for(goal, _join(base, request) + " Please.", _join(base, request))


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.lists(st.sampled_from(FILLERS), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=6),
)
def test_function_words_never_ask(goal: str, fillers: list[str], at: int) -> None:
    words = DRAGON[:-1].split()
    at = min(at, len(words))
    prompt = " ".join(words[:at] + fillers + words[at:]) + "."
    assert not asks_for(goal, prompt, DRAGON), prompt


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["concise", "one_sentence"]), st.data())
def test_asking_for_the_opposite_too_does_not_ask(goal: str, data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    opposite = data.draw(st.sampled_from(OPPOSITE))
    prompt = _join(_join(DRAGON, opposite), request)
    assert not asks_for(goal, prompt, DRAGON), prompt
