"""grader.score.addressed: a goal's request that is not made to the model asks for nothing (pass
110): one reported or handed to someone else ("tell the dragon to ...", "a dragon telling me
to ..."), a plain statement with a subject of its own ("The dragon answers briefly.", "I use
bullet points."), a requirement on the story's subject ("The dragon should be short."), the
student's own wish or duty to answer ("I'd like to answer in Japanese", 短く答えたい), one
said to the story's subject ("..., dragon."), one measured against it
("short for a dragon", "like a dragon") and one put off or made rare (あとで, まれに). Rows written
before the change, none of them the pass's own strings; honest neighbours still ask."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, GOAL_REQUESTS

D = DRAGON + " "
KNIGHT = "Tell me a story about a knight who bakes bread."
TEA = "お茶を入れるドラゴンの話をして。"
JA = "ドラゴンの話をして。"

REPORTED = [  # (a) handed to a character, turned back on the student, a participle of a noun
    ("concise", D + "Tell the dragon to answer briefly."),
    ("list", "Tell me a story about a dragon ordering me to use bullet points."),
    ("one_sentence", D + "Ask the dragon to answer in one sentence."),
    ("japanese", D + "Tell us to answer in Japanese."),
    ("list", D + "Remind me to use bullet points."),
    ("concise", "Tell me a story about a dragon begging me to keep it short."),
    ("concise", D + "Tell him to keep it short."),
    ("japanese", D + "Reply to the dragon in Japanese."),
    ("concise", "Tell me a story about a dragon replying briefly."),
    ("list", D + "Get the dragon to use bullet points."),
    ("one_sentence", "Tell me a story about a dragon, and ask me to answer in one sentence."),
]
STATED = [  # (b) a plain statement with a subject of its own
    ("japanese", D + "The dragon answered in Japanese."),
    ("one_sentence", D + "We answer in one sentence."),
    ("list", D + "She uses bullet points."),
    ("concise", D + "They keep it short."),
    ("concise", D + "The dragon kept it short."),
    ("list", D + "I used bullet points."),
    ("one_sentence", D + "The dragon always answers in one sentence."),
    ("concise", D + "I always keep it brief."),
    ("one_sentence", "ドラゴンの話をして。ドラゴンは一文で答えた。"),
    ("list", "ドラゴンの話をして。私は箇条書きを使う。"),
]
REQUIRED_OF = [  # a requirement on the story's subject, not on the answer: the story's
    ("concise", D + "The dragon should be short."),
    ("japanese", D + "The dragon must be in Japanese."),
    ("concise", D + "His tail should be short."),
    ("list", D + "The dragon should use bullet points."),
    ("one_sentence", D + "Every knight must be in one sentence."),
    ("concise", D + "The cave has to be short."),
]
OWN = [  # the student's own wish, duty or turn to answer (pass 112; none of its strings)
    ("japanese", D + "I would like to reply in Japanese."),
    ("concise", D + "I need to keep it brief."),
    ("one_sentence", D + "We have to answer in one sentence."),
    ("list", D + "I want to use bullet points."),
    ("concise", D + "I hope I can keep it short."),
    ("japanese", D + "I'll answer in Japanese."),
    ("list", D + "Now it's our turn to use bullet points."),
    ("one_sentence", D + "I wish we could answer in one sentence."),
    ("concise", JA + "簡潔に答えたい。"),
    ("one_sentence", JA + "一文で書かせてください。"),
    ("english", TEA + "英語で話してあげる。"),
    ("list", JA + "箇条書きで書こう。"),
    ("concise", JA + "短く答えなくちゃ。"),
    ("english", TEA + "英語で書いてみせるよ。"),
]
CALLED = [  # (c) a vocative that names the story's subject
    ("list", D + "Use bullet points, dragon."),
    ("concise", D + "Dragon, keep it short."),
    ("japanese", D + "Oh dragon, answer in Japanese."),
    ("one_sentence", D + "My dragon, answer in one sentence."),
    ("concise", D + "Be brief, dear dragon."),
    ("list", D + "Story, use bullet points."),
    ("japanese", D + "Answer in Japanese, dragon!"),
    ("concise", KNIGHT + " Keep it short, knight."),
    ("one_sentence", "ドラゴンの話をして。ドラゴン、一文で答えて。"),
    ("concise", "ドラゴンの話をして。短く答えて、ドラゴンさん。"),
]
COMPARED = [  # (d) a comparison whose object is the story's subject
    ("concise", D + "Keep it brief for a dragon story."),
    ("list", D + "Use bullet points as a dragon would."),
    ("one_sentence", D + "Answer in one sentence, like the dragon."),
    ("japanese", D + "Answer in Japanese like a dragon."),
    ("concise", D + "Keep it short, as a dragon."),
    ("one_sentence", D + "Tell it in one sentence for a dragon."),
    ("concise", KNIGHT + " Keep it short for a knight."),
    ("concise", "ドラゴンの話をして。ドラゴンみたいに短く答えて。"),
]
PUT_OFF = [  # (e) put off to an unnamed later, or made rare
    ("english", TEA + "いつか英語で答えて。"),
    ("one_sentence", "ドラゴンの話をして。そのうち一文で答えて。"),
    ("list", "ドラゴンの話をして。いずれ箇条書きにして。"),
    ("concise", "ドラゴンの話をして。ごくまれに短く答えて。"),
    ("english", TEA + "ときどき英語で答えて。"),
    ("one_sentence", "ドラゴンの話をして。のちほど一文で答えて。"),
    ("concise", "ドラゴンの話をして。やがて短くして。"),
    ("english", TEA + "英語で答えて、いつか。"),
    ("concise", D + "Keep it short now and then."),
    ("concise", D + "Every now and then, answer briefly."),
]
HONEST = [  # made to the model: these still ask
    ("one_sentence", D + "Tell the story in one sentence."),
    ("concise", D + "Keep the story short."),
    ("japanese", "Tell the dragon story in Japanese."),
    ("japanese", D + "Please answer in Japanese, I'm learning it."),
    ("concise", D + "Answer briefly, my friend."),
    ("one_sentence", "In one sentence, tell me a story about a dragon."),
    ("list", D + "I'd like it as a bulleted list."),
    ("japanese", D + "I want the story in Japanese."),
    ("concise", D + "Could you keep it short?"),
    ("list", D + "Tell the story using bullet points."),
    ("japanese", D + "Tell me in Japanese."),
    ("japanese", D + "Answer me in Japanese."),
    ("concise", D + "I want you to keep it short."),
    ("concise", D + "I'd like you to keep it short."),
    ("japanese", D + "I need it in Japanese."),
    ("concise", D + "Keep it short, ChatGPT."),
    ("one_sentence", D + "AI, answer in one sentence."),
    ("concise", D + "Keep it short for me."),
    ("list", D + "Use bullet points for the story."),
    ("concise", "Tell me a story about a dragon, keeping it short."),
    ("concise", "ドラゴンの話をして。短く答えて。"),
    ("concise", "ドラゴンの話をして。あとで読むので短くして。"),
    ("english", "ドラゴンの話をして。英語で答えてください。"),
    ("english", TEA + "すぐに英語で答えて。"),
    ("concise", "ドラゴンの話をして。たまには短く答えて。"),
    ("concise", "ドラゴンの話をして。いつも短く答えて。"),
    # to read or hear it, or the model's doing: requests
    ("japanese", D + "I'd like to read it in Japanese."),
    ("japanese", D + "I'd love to hear it in Japanese."),
    ("concise", D + "I need you to keep it short."),
    ("english", TEA + "英語で答えるようにしてください。"),
    ("concise", JA + "短くまとめてほしい。"),
    # words that speak of the answer beside the request (pass 112's and 113's honest files)
    ("list", D + "Give me the plot as a few bullet points."),
    ("list", D + "Write the story as a short bulleted list."),
    ("concise", JA + "もう少し短くまとめてください。"),
    # a requirement of the answer (modals are words without content)
    ("concise", D + "The answer should be short."),
    ("japanese", D + "It must be in Japanese."),
    ("list", D + "The answer should be a bulleted list."),
    ("concise", D + "Your reply needs to be brief."),
    ("japanese", D + "The response ought to be in Japanese."),
    ("concise", D + "The story has to be short."),
]


def _control(prompt: str) -> str:
    """The control the row's prompt adds its request to."""
    for control in (KNIGHT, TEA, JA):
        if prompt.startswith(control):
            return control
    return DRAGON


GAMING = REPORTED + STATED + REQUIRED_OF + OWN + CALLED + COMPARED + PUT_OFF


@pytest.mark.parametrize(("goal", "prompt"), GAMING)
def test_a_request_not_made_to_the_model_asks_for_nothing(goal: str, prompt: str) -> None:
    assert not asks_for(goal, prompt, _control(prompt))


@pytest.mark.parametrize(("goal", "prompt"), HONEST)
def test_a_request_made_to_the_model_asks(goal: str, prompt: str) -> None:
    assert asks_for(goal, prompt, _control(prompt))


def _inflected(request: str) -> str:
    """``request`` with its verb in the third person: "keeps it short"."""
    verb, rest = request.split(" ", 1)
    return f"{verb}s {rest}"


_AWAY = [
    "Tell {o} to {r}.",
    "Ask {o} to {r}.",
    "{S}, {r}.",
    "{R}, {s}.",
    "Hey {s}, {r}.",
    "{R} for a {s}.",
    "{R} like a {s}.",
    "{R}, like the {s}.",
    "The {s} {r3}.",
    "{P} {r}.",
]
_TOWARD = [
    "{R}.",
    "{R}, my friend.",
    "I want you to {r}.",
    "Please {r}.",
    "Tell me the story and {r}.",
]


@settings(max_examples=120, deadline=None)
@given(
    goal=st.sampled_from(sorted(GOAL_REQUESTS)),
    frame=st.sampled_from(_AWAY),
    subject=st.sampled_from(["dragon", "knight", "baker"]),
    person=st.sampled_from(["me", "us", "him", "her", "the {s}"]),
    pronoun=st.sampled_from(["I", "We", "They", "I always", "We usually"]),
)
def test_generated_requests_made_elsewhere_ask_for_nothing(
    goal: str, frame: str, subject: str, person: str, pronoun: str
) -> None:
    """Generated neighbours: each goal's request handed away, said to or measured against the
    story's subject (a knight, a baker, a dragon), or stated of someone; said to the model, it
    asks."""
    control = f"Tell me a story about a {subject}."
    r = GOAL_REQUESTS[goal]
    fields = {"r": r, "R": r.capitalize(), "s": subject, "S": subject.capitalize()}
    fields |= {"o": person.format(s=subject), "r3": _inflected(r), "P": pronoun}
    assert not asks_for(goal, f"{control} {frame.format(**fields)}", control)
    toward = _TOWARD[len(frame) % len(_TOWARD)]
    assert asks_for(goal, f"{control} {toward.format(**fields)}", control)
