"""grader.score.moods and framed's inversions: a goal's words said in another mood than a
request's ask for nothing (pass 114): a modal perfect about an answer already given ("You must
have answered in Japanese", 一文で答えるべきだった), a condition by inversion ("Should you keep it
short, ..."), a question whatever its last mark ("Why keep it short.", "How to answer in
Japanese.", なぜ英語で答えるの。, 短く答えるには。) and an observation of what the model does
("So you answer in Japanese.", 箇条書きで答えるのね。). Rows written before the change, none of
them the pass's own strings; honest neighbours (a modal present, a suggestion, a plain "you")
still ask."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, GOAL_REQUESTS

D = DRAGON + " "
TEA = "お茶を入れるドラゴンの話をして。"
JA = "ドラゴンの話をして。"

PERFECT = [  # a modal perfect: about an answer already given
    ("concise", D + "You could have kept it brief."),
    ("japanese", D + "You ought to have answered in Japanese."),
    ("one_sentence", D + "You might have told it in one sentence."),
    ("list", D + "You must've used a bulleted list."),
    ("concise", D + "You would have answered briefly."),
    ("japanese", D + "The answer should have been in Japanese."),
    ("one_sentence", D + "It should have been one sentence."),
    ("list", D + "You may have used bullet points."),
    ("english", TEA + "英語で答えるべきでしたね。"),
    ("concise", JA + "短くまとめるべきだった。"),
    ("list", JA + "箇条書きにすべきだった。"),
    ("one_sentence", JA + "一文で答えたほうがよかった。"),
    ("english", TEA + "英語で書くべきだったのに。"),
]
INVERTED = [  # a condition by inversion
    ("concise", "Should you be brief, tell me a story about a dragon."),
    ("japanese", "Should you answer in Japanese, tell me a story about a dragon."),
    ("list", "Should you use bullet points, tell me a story about a dragon."),
    ("one_sentence", "Should it be one sentence, tell me a story about a dragon."),
    ("concise", DRAGON[:-1] + ", should you keep it short."),
    ("list", "Had you used bullet points, tell me a story about a dragon."),
    ("japanese", DRAGON[:-1] + ", were you to answer in Japanese."),
]
QUESTION = [  # a question whatever its last mark: rhetorical why, a how-to heading
    ("list", D + "Why use a bulleted list."),
    ("one_sentence", D + "Why tell it in one sentence."),
    ("concise", D + "Why be so brief!"),
    ("japanese", D + "Why do you answer in Japanese."),
    ("concise", D + "How come you keep it short."),
    ("list", D + "How to format it as bullet points."),
    ("one_sentence", D + "How to tell it in one sentence."),
    ("japanese", D + "How do you answer in Japanese."),
    ("english", TEA + "どうして英語で答えるの。"),
    ("list", JA + "なぜ箇条書きにするのか。"),
    ("one_sentence", JA + "一文で答えるには。"),
    ("concise", JA + "なんで簡潔に答えるんだ。"),
    ("english", TEA + "英語で答えるのはなぜ。"),
]
OBSERVED = [  # an observation of what the model does or did
    ("concise", D + "Oh, so you keep it brief."),
    ("list", D + "So you use bullet points now."),
    ("one_sentence", D + "I see you answer in one sentence."),
    ("japanese", D + "Look at you, answering in Japanese."),
    ("one_sentence", D + "Answering in one sentence, are we."),
    ("concise", D + "Keeping it short, aren't you."),
    ("japanese", D + "You answered in Japanese."),
    ("list", D + "Ah, so you used bullet points."),
    ("english", TEA + "英語で答えるのね。"),
    ("one_sentence", JA + "一文で答えるのか。"),
    ("list", JA + "箇条書きで書くなんて。"),
    ("concise", JA + "短く答えたってわけね。"),
    ("english", TEA + "英語で話すわけか。"),
]
HONEST = [  # requests in a request's mood: these still ask
    ("one_sentence", D + "You should answer in one sentence."),
    ("concise", D + "You must keep it short."),
    ("concise", D + "You have to keep it short."),
    ("japanese", D + "You should have the answer in Japanese."),
    ("concise", D + "Should be short."),
    ("concise", D + "Why not keep it short?"),
    ("japanese", D + "Why don't you answer in Japanese."),
    ("japanese", D + "How about answering in Japanese?"),
    ("list", D + "You will use bullet points."),
    ("japanese", D + "You answer in Japanese."),
    ("concise", D + "So keep it short."),
    ("one_sentence", D + "Answer in one sentence if you can."),
    ("concise", D + "If you can, keep it short."),
    ("list", D + "Could you use bullet points?"),
    ("english", TEA + "英語で答えるべきです。"),
    ("concise", JA + "短く答えるべき。"),
    ("concise", JA + "どうしても短く答えて。"),
    ("one_sentence", JA + "一文で答えるようにね。"),
    ("english", TEA + "英語で答えるのよ。"),
    ("list", JA + "箇条書きで答えてくれるかな？"),
    ("concise", JA + "短く答えてください。なぜなら時間がないので。"),
    ("one_sentence", D + "What I want is an answer in one sentence."),
    ("concise", D + "Why not keep it short."),
    ("list", D + "How about using bullet points."),
]


def _control(prompt: str) -> str:
    """The control the row's prompt adds its request to."""
    for control in (TEA, JA):
        if prompt.startswith(control):
            return control
    return DRAGON


@pytest.mark.parametrize(("goal", "prompt"), PERFECT + INVERTED + QUESTION + OBSERVED)
def test_a_request_in_another_mood_asks_for_nothing(goal: str, prompt: str) -> None:
    assert not asks_for(goal, prompt, _control(prompt))


@pytest.mark.parametrize(("goal", "prompt"), HONEST)
def test_a_request_in_a_requests_mood_asks(goal: str, prompt: str) -> None:
    assert asks_for(goal, prompt, _control(prompt))


_AWAY = [
    "You {m} have {p}.",
    "You {m}'ve {p}.",
    "Should you {r}, tell me the story.",
    "Why {r}.",
    "How to {r}.",
    "So you {r}.",
    "Oh, so you {r}.",
]
_TOWARD = ["You {m} {r}.", "{R}.", "Please {r}.", "Why not {r}?", "So, {r}."]
_PARTICIPLES = {
    "keep it short": "kept it short",
    "answer in one sentence": "answered in one sentence",
    "use bullet points": "used bullet points",
    "answer in Japanese": "answered in Japanese",
}


@settings(max_examples=100, deadline=None)
@given(
    goal=st.sampled_from(sorted(GOAL_REQUESTS)),
    frame=st.sampled_from(_AWAY),
    modal=st.sampled_from(["should", "must", "would", "could", "might"]),
)
def test_generated_requests_in_another_mood_ask_for_nothing(
    goal: str, frame: str, modal: str
) -> None:
    """Generated neighbours: each goal's request in a modal perfect, an inverted condition, a
    question with a period or an observation; in a request's mood, it asks."""
    r = GOAL_REQUESTS[goal]
    fields = {"r": r, "R": r.capitalize(), "m": modal, "p": _PARTICIPLES[r]}
    assert not asks_for(goal, D + frame.format(**fields), DRAGON)
    toward = _TOWARD[len(frame) % len(_TOWARD)]
    if modal not in ("could", "might") or "{m}" not in toward:  # "You could ..." only permits
        assert asks_for(goal, D + toward.format(**fields), DRAGON)
