"""grader.score.listeners: a request said by name to someone other than the model that answers it
asks for nothing (pass 114): another assistant ("Siri, ...", "..., Gemini.", "OK Google, ..."),
the other model of the course ("Terse, ..." run on tiny-chatty), or the student himself ("Me,
..."). The model addressed by a common noun ("AI", "assistant", "model", "my friend"), by its own
name ("Chatty, ..." on tiny-chatty) or as "ChatGPT" (a trade name become the common noun for a
chatbot) still asks. Rows written before the change, none of them the pass's own strings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, GOAL_REQUESTS

D = DRAGON + " "
TEA = "お茶を入れるドラゴンの話をして。"
JA = "ドラゴンの話をして。"
CHATTY, TERSE = "bundled/tiny-chatty", "bundled/tiny-terse"
LLAMA, QWEN = "meta-llama/Llama-2-7b-chat-hf", "Qwen/Qwen2.5-1.5B-Instruct"

OTHER_ASSISTANT = [  # (goal, prompt, the run's model)
    ("concise", D + "Bixby, keep it short.", CHATTY),
    ("japanese", D + "Okay Google, answer in Japanese.", CHATTY),
    ("list", D + "Use bullet points, Siri.", CHATTY),
    ("one_sentence", D + "Claude, answer in one sentence.", CHATTY),
    ("concise", D + "Be brief, Copilot.", LLAMA),
    ("list", D + "Hey Gemini, use bullet points.", QWEN),
    ("concise", D + "Keep it brief, Bard.", CHATTY),
    ("list", D + "Dear Cortana, please use bullet points.", CHATTY),
    ("japanese", D + "Hey Alexa! Answer in Japanese.", CHATTY),
    ("english", TEA + "Alexa、英語で答えて。", CHATTY),
    ("concise", JA + "Siriさん、短く答えて。", CHATTY),
    ("one_sentence", D + "Answer in one sentence, Grok.", CHATTY),
]
OTHER_MODEL = [  # the other model of the course named, not the run's own
    ("concise", D + "Chatty, keep it short.", TERSE),
    ("one_sentence", D + "Answer in one sentence, tiny-terse.", CHATTY),
    ("japanese", D + "Qwen, answer in Japanese.", LLAMA),
    ("list", D + "Hey Llama, use bullet points.", QWEN),
    ("concise", D + "Answer briefly, Elyza.", QWEN),
    ("english", TEA + "Terse、英語で答えて。", CHATTY),
]
SELF = [  # the student talking to himself
    ("japanese", D + "Me, answer in Japanese, please.", CHATTY),
    ("one_sentence", D + "Answer in one sentence, me.", CHATTY),
    ("list", D + "Myself, use bullet points.", CHATTY),
    ("concise", D + "Hey me, keep it short.", CHATTY),
    ("concise", D + "Okay me, be brief.", CHATTY),
    ("list", D + "Note to self: use bullet points.", CHATTY),
]
HONEST = [  # the model addressed: these still ask
    ("list", D + "Assistant, use bullet points.", CHATTY),
    ("one_sentence", D + "Hey AI, answer in one sentence.", CHATTY),
    ("concise", D + "Keep it short, model.", CHATTY),
    ("japanese", D + "Answer in Japanese, my friend.", CHATTY),
    ("concise", D + "Chatty, keep it short.", CHATTY),
    ("concise", D + "Keep it short, tiny-chatty.", CHATTY),
    ("concise", D + "Terse, keep it short.", TERSE),
    ("japanese", D + "Llama, answer in Japanese.", LLAMA),
    ("japanese", D + "Qwen, please answer in Japanese.", QWEN),
    ("list", D + "ChatGPT, use bullet points.", LLAMA),
    ("concise", D + "Keep it short, ChatGPT.", CHATTY),
    ("concise", D + "Hey bot, keep it short.", CHATTY),
    ("concise", D + "Please keep it short.", CHATTY),
    ("concise", D + "Keep it short, please.", CHATTY),
    ("japanese", D + "So, answer in Japanese.", CHATTY),
    ("concise", D + "Now, keep it short.", CHATTY),
    ("japanese", D + "Hey, answer in Japanese.", CHATTY),
    ("concise", D + "OK, keep it short.", CHATTY),
    ("list", D + "Tell me, use bullet points.", CHATTY),
    ("english", TEA + "AIさん、英語で答えて。", CHATTY),
    ("english", TEA + "英語で答えてね。", CHATTY),
    ("concise", JA + "短く答えてくれる？", CHATTY),
    ("concise", D + "Answer me briefly.", CHATTY),
    ("concise", D + "Me: keep it short.", CHATTY),  # a transcript's label for the student's line
    ("concise", D + "Be terse, keep it short.", CHATTY),  # terse, the adjective
]


def _control(prompt: str) -> str:
    """The control the row's prompt adds its request to."""
    for control in (TEA, JA):
        if prompt.startswith(control):
            return control
    return DRAGON


@pytest.mark.parametrize(("goal", "prompt", "model"), OTHER_ASSISTANT + OTHER_MODEL + SELF)
def test_a_request_said_to_someone_else_by_name_asks_for_nothing(
    goal: str, prompt: str, model: str
) -> None:
    assert not asks_for(goal, prompt, _control(prompt), model)


@pytest.mark.parametrize(("goal", "prompt", "model"), HONEST)
def test_a_request_said_to_the_model_asks(goal: str, prompt: str, model: str) -> None:
    assert asks_for(goal, prompt, _control(prompt), model)


def test_a_model_of_the_course_named_where_the_model_is_not_known_asks() -> None:
    """Without the run's model, a name of the course's models may be its own: read as asking; a
    hosted assistant's name never is."""
    assert asks_for("concise", D + "Terse, keep it short.", DRAGON)
    assert not asks_for("concise", D + "Siri, keep it short.", DRAGON)


@settings(max_examples=80, deadline=None)
@given(
    goal=st.sampled_from(sorted(GOAL_REQUESTS)),
    name=st.sampled_from(["Siri", "Alexa", "Cortana", "Gemini", "Claude", "Me", "Terse"]),
    title=st.sampled_from(["", "Hey ", "Dear "]),
    after=st.booleans(),
)
def test_generated_requests_said_to_another_by_name_ask_for_nothing(
    goal: str, name: str, title: str, after: bool
) -> None:
    """Generated neighbours: each goal's request said by name to an assistant, the other bundled
    model or the student, before or after it; said to the model by a common noun, it asks."""
    r = GOAL_REQUESTS[goal]
    late = "dear " if title == "Dear " else ""  # "..., dear Siri.", not "..., hey Siri."
    said = f"{r.capitalize()}, {late}{name}." if after else f"{title}{name}, {r}."
    assert not asks_for(goal, D + said, DRAGON, CHATTY)
    ours = f"{r.capitalize()}, {late}AI." if after else f"{title}AI, {r}."
    assert asks_for(goal, D + ours, DRAGON, CHATTY)
