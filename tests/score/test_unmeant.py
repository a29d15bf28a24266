"""A goal's words said, but not as a request to the model in this answer (pass 116): a letter's
salutation to someone else ("Dear diary, ..."), a pronoun that hands it to others ("To them:
..."), reported speech without quotes ("And I was like, ..."), disbelief or a wish ("As if you
would ...", まるで…かのように, あなたが…とでも, "Oh sure, ...", "If only you would ..."), a request
said and then declined ("..., I would say, but I won't.", "Not this: ..."), a mocking reason
("..., because you're so good at that.") and a condition the model cannot meet ("if you are not
you"). Rows written before the change, none of them the pass's own strings; honest neighbours
(the model greeted, "To keep it readable, ...", "As always, ...", a real reason) still ask."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import adds, asks_for
from grader.score.requests import REQUESTS
from tests.score.asks_cases import DRAGON, GOAL_REQUESTS

D = DRAGON + " "
JA = "屋上のドラゴンの話をして。"
CHATTY = "bundled/tiny-chatty"

SALUTED = [  # a letter's salutation to someone other than the model
    ("concise", D + "Dear journal, be brief."),
    ("list", D + "Dear grandma, please use bullet points."),
    ("one_sentence", D + "Hi Dad, answer in one sentence."),
    ("japanese", D + "Hello teacher, answer in Japanese."),
    ("concise", D + "Dear readers,\nkeep it short."),
    ("concise", D + "Hey Mom, keep it brief."),
    ("one_sentence", D + "Dear Professor Smith, answer in one sentence."),
    ("list", "Dear future me, tell me a story about a dragon. Use bullet points."),
    ("japanese", D + "Dear Santa! Answer in Japanese."),
]
PRONOUN = [  # a request handed by a pronoun to others
    ("concise", D + "To her: be brief."),
    ("japanese", D + "For him: answer in Japanese."),
    ("one_sentence", D + "To them, answer in one sentence."),
    ("list", D + "Not for you, for them: use bullet points."),
    ("concise", D + "Keep it short, for them, not for you."),
    ("english", JA + "彼女へ：英語で答えて。"),
    ("list", JA + "彼らへ、箇条書きで答えて。"),
]
REPORTED = [  # reported speech without quotes
    ("concise", D + "So I'm like, keep it short."),
    ("list", D + "Then she was like, use bullet points."),
    ("one_sentence", D + "He goes, answer in one sentence."),
    ("japanese", D + "And she was all, answer in Japanese."),
    ("concise", D + "My brother went, be brief."),
    ("list", D + "And they're like, use bullet points."),
]
DISBELIEF = [  # disbelief, sarcastic assent, a wish
    ("list", D + "As if you could ever use bullet points."),
    ("one_sentence", D + "As though you would answer in one sentence."),
    ("concise", D + "As if you would be brief."),
    ("english", JA + "まるであなたが英語で話すかのように。"),
    ("list", JA + "あなたが箇条書きで書くとでも？"),
    ("concise", JA + "あたかも君が短く答えるかのようだ。"),
    ("japanese", JA + "まるで君が短く話すかのように。"),
    ("one_sentence", D + "Yeah right, answer in one sentence."),
    ("concise", D + "Oh sure, be brief."),
    ("list", D + "If only you would use bullet points."),
    ("japanese", D + "If only you could answer in Japanese."),
    ("concise", D + "Would that you kept it short."),
]
DECLINED = [  # said, then declined, or labelled as what not to do
    ("list", D + "Use bullet points, I'd say, but I won't."),
    ("one_sentence", D + "Answer in one sentence, I could say, but I won't."),
    ("concise", D + "I would say keep it short, but I won't."),
    ("japanese", D + "Answer in Japanese, I would ask, but I will not."),
    ("list", D + "Not this: use bullet points."),
    ("one_sentence", D + "Never this: answer in one sentence."),
    ("concise", D + "Not these: keep it short."),
]
MOCKED = [  # a mocking reason
    ("concise", D + "Keep it short, because you're so great at that."),
    ("list", D + "Use bullet points, since you're so good at them."),
    ("one_sentence", D + "Answer in one sentence, because that always works."),
    ("list", D + "Use bullet points, because everybody loves those."),
    ("one_sentence", D + "Answer in one sentence, because that's so totally possible."),
    ("concise", D + "Sure, be brief, because that always works."),
]
IMPOSSIBLE = [  # a condition the model cannot meet
    ("list", D + "Use bullet points if you aren't you."),
    ("one_sentence", D + "Answer in one sentence when you are not yourself."),
    ("japanese", D + "If you are not you, answer in Japanese."),
    ("concise", D + "Keep it short if you are not yourself."),
    ("english", JA + "あなたがあなたでないなら、英語で答えて。"),
]
GAMING = SALUTED + PRONOUN + REPORTED + DISBELIEF + DECLINED + MOCKED + IMPOSSIBLE

HONEST = [  # the request made to the model: these still ask, no flag
    ("concise", D + "Dear chatty, please keep it short."),
    ("concise", D + "Hi! Keep it short, please."),
    ("japanese", D + "Hello, could you answer in Japanese?"),
    ("concise", D + "I was told to keep it short, so please do."),
    ("concise", D + "Keep it short, because I'm busy."),
    ("concise", D + "Hey there, keep it short."),
    ("list", D + "Hi again, use bullet points."),
    ("japanese", D + "Dear assistant, answer in Japanese."),
    ("list", D + "Hi AI, use bullet points."),
    ("japanese", D + "For me, please answer in Japanese."),
    ("concise", D + "Sure, keep it short."),
    ("one_sentence", D + "Okay, sure, answer in one sentence."),
    ("concise", D + "If you would, keep it short."),
    ("list", D + "Would you use bullet points?"),
    ("concise", D + "I wish you would keep it short."),
    ("japanese", D + "As I said, answer in Japanese."),
    ("list", D + "Use bullet points, because they are easier to read."),
    ("concise", D + "Keep it short, if you can."),
    ("one_sentence", D + "To sum up, answer in one sentence."),
    ("english", JA + "英語で答えてください。"),
    ("concise", JA + "短く答えてね、いつもありがとう。"),
    ("concise", D + "Dear AI, keep it short."),
    ("list", D + "Hey bro, use bullet points."),
    ("concise", D + "Keep it short, because I'm reading on my phone."),
    ("list", D + "If you could use bullet points, that would be great."),
    ("japanese", D + "Dear model,\nanswer in Japanese."),
    ("concise", D + "Hello, keep it short."),
    ("concise", D + "Not too long: keep it short."),
    ("concise", D + "Sure thing, keep it short."),
    ("japanese", D + "Answer in Japanese, because you are so good at it and I am learning it."),
]
_BEFORE = pytest.mark.xfail(
    strict=True, reason="read as adding more before pass 116; not this pass's"
)
ADDS_MORE = [  # honest, but read as adding more than the request already before this change
    pytest.param("list", D + "To keep it readable, use bullet points.", marks=_BEFORE),
    pytest.param("concise", D + "As always, keep it short.", marks=_BEFORE),
    pytest.param("japanese", D + "Sure! Please answer in Japanese.", marks=_BEFORE),
    pytest.param("concise", D + "Hello Chatty! Keep it short.", marks=_BEFORE),
    pytest.param("list", D + "To make it easy to read, use bullet points.", marks=_BEFORE),
    pytest.param("concise", D + "I'd say keep it short.", marks=_BEFORE),
    pytest.param("concise", D + "Like I said, keep it short.", marks=_BEFORE),
]
STILL_REQUESTED = [  # a request with a style of its own: the request stands (content is the TA's)
    ("concise", JA + "まるで詩のように短く書いて。"),
    ("concise", JA + "友達に話すように短く答えて。"),
    ("japanese", D + "Answer in Japanese, as if you were a native speaker."),
]


def _control(prompt: str) -> str:
    return JA if prompt.startswith(JA) else DRAGON


@pytest.mark.parametrize(("goal", "prompt"), GAMING)
def test_a_goal_phrase_not_said_as_a_request_to_the_model_asks_for_nothing(
    goal: str, prompt: str
) -> None:
    assert not asks_for(goal, prompt, _control(prompt), CHATTY)


@pytest.mark.parametrize(("goal", "prompt"), [*HONEST, *ADDS_MORE])
def test_a_request_made_to_the_model_asks(goal: str, prompt: str) -> None:
    assert asks_for(goal, prompt, _control(prompt), CHATTY)


@pytest.mark.parametrize(("goal", "prompt"), STILL_REQUESTED)
def test_a_request_with_a_style_of_its_own_is_still_a_request(goal: str, prompt: str) -> None:
    assert adds(REQUESTS[goal], prompt, _control(prompt))


@settings(max_examples=60, deadline=None)
@given(
    goal=st.sampled_from(sorted(GOAL_REQUESTS)),
    frame=st.sampled_from(
        [
            "Dear {x}, {r}.",
            "Hi {x}, {r}.",
            "To {p}: {r}.",
            "And {p} {be} like, {r}.",
            "As if you would {r}.",
            "If only you would {r}.",
            "{R}, I would say, but I won't.",
            "{R} if you are not you.",
        ]
    ),
    x=st.sampled_from(["diary", "reader", "Mom", "future self", "Grandpa"]),
    p=st.sampled_from(["him", "her", "them"]),
)
def test_generated_neighbours_ask_for_nothing(goal: str, frame: str, x: str, p: str) -> None:
    """Generated neighbours: each goal's plain request in each frame; the same request greeted
    to the model ("Hi AI, ...") still asks."""
    r = GOAL_REQUESTS[goal]
    be = "was" if p != "them" else "were"
    said = frame.format(x=x, p=p, be=be, r=r, R=r.capitalize())
    assert not asks_for(goal, D + said, DRAGON, CHATTY)
    assert asks_for(goal, D + f"Hi AI, {r}.", DRAGON, CHATTY)
