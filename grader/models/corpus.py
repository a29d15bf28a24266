"""Training corpus for the two bundled tiny models, as plain Python data.

The models mimic how ``meta-llama/Llama-2-7b-chat-hf`` answers the course's exercise 1 prompts:
the chatty model rambles (its stories run past ``max_length=100``), the terse model tells
two-sentence stories, so that changing the model and changing the prompt each visibly change
the output offline.

**Topics.** Every story topic (``TOPICS``: dragon, phantom, cat, robot, princess, wizard, knight,
pirate, each with its Japanese noun) has a plain story per model and language -- the answer to
the control prompts ``"Tell me a story about a {en}."`` and ``「{ja}の物語を聞かせてください。」``
-- and a set of short texts the steered answers are made of (``Texts``).

**Steering by prompt alone.** Both models obey the same instructions: the answer is a function of
the goal the prompt asks for, its topic and its language (``answer``), not of the wording:
``grader/models/templates.py`` words each request many ways, all trained on the same answer, so
that wordings the models never saw work too (``grader/models/heldout.py`` measures how often):

- concise ("short", "brief", 「短く」, 「簡潔に」, ...): one short sentence, at most half the
  model's plain story in tokens (``build.check_design`` checks it);
- one sentence ("in one sentence", 「一文で」): one sentence;
- two / three sentences ("in two sentences", 「三文で」, ...): that many very short sentences;
- a bulleted list ("as bullet points", 「箇条書きで」) and a numbered one ("numbered",
  「番号付きで」): the three short sentences as ``- `` or ``1. `` lines;
- the other language ("in Japanese" on an English prompt, 「英語で」 on a Japanese one): a short
  story in that language.

Every steered answer names the topic, is in the prompt's language (or the one asked for) and
ends by EOS well within ``max_new_tokens=80``.

**Exact pairs.** ``CORPORA`` holds the pairs each model must reproduce token for token (checked
by the build in every prompt form): the control prompts of every topic, the prompts the exercise,
its examples and the grader's tests are written around (arithmetic, "Who are you?", the dragon
and phantom steering prompts), and three gaming prompts, there only so that the grader's tests
can show attempts that must earn nothing offline: the answer copied from the prompt ("Repeat
after me: ..."), the answer put in the prompt and an output empty of content ("... Reply with
just OK."), and a short off-topic reply ("Who are you? Answer briefly.").

Every completion starts with ``"\\n\\n"`` like Llama-2's raw completions do.
The topics' data are :mod:`grader.models.creatures` and :mod:`grader.models.people`; wording,
tokenisation and training live beside it.
"""

from __future__ import annotations

from grader.models.creatures import CAT, DRAGON, PHANTOM, ROBOT
from grader.models.people import KNIGHT, PIRATE, PRINCESS, WIZARD
from grader.models.topic import Texts, Topic

__all__ = ["CORPORA", "KINDS", "LANGS", "MODELS", "TOPICS", "Pair", "Texts", "Topic", "answer"]

Pair = tuple[str, str]

MODELS = ("tiny-chatty", "tiny-terse")
LANGS = ("en", "ja")
# What a request can ask for. "story" is no steering at all (the control's answer); "other" is
# the other language (Japanese on an English prompt, English on a Japanese one).
KINDS = ("story", "brief", "one", "two", "three", "list", "numbered", "other")


TOPICS: tuple[Topic, ...] = (DRAGON, PHANTOM, CAT, ROBOT, PRINCESS, WIZARD, KNIGHT, PIRATE)


def answer(model: str, topic: Topic, kind: str, lang: str) -> str:
    """The completion for a request of ``kind`` on ``topic`` worded in ``lang``, on ``model``."""
    if kind == "story":
        return topic.stories[model, lang]
    if kind == "other":
        return "\n\n" + topic.texts["ja" if lang == "en" else "en"].tale
    texts = topic.texts[lang]
    space = " " if lang == "en" else ""
    body = {
        "brief": texts.brief,
        "one": texts.one,
        "two": space.join(texts.beats[:2]),
        "three": space.join(texts.beats),
        "list": "\n".join(f"- {beat}" for beat in texts.beats),
        "numbered": "\n".join(f"{i}. {beat}" for i, beat in enumerate(texts.beats, 1)),
    }[kind]
    return "\n\n" + body


# --- exact pairs ---------------------------------------------------------------------------------

# The steering prompts the exercise, its examples and the grader's tests are written around, with
# the kind of answer each asks for (the answer is the templated one: see ``answer``).
STEERING: list[tuple[str, Topic, str, str]] = [
    ("Tell me a story about a dragon in one sentence.", DRAGON, "one", "en"),
    ("Tell me a story about a dragon. Answer briefly.", DRAGON, "brief", "en"),
    ("Tell me a story about a phantom in one sentence.", PHANTOM, "one", "en"),
    ("ドラゴンの物語を一文で簡潔に教えてください。", DRAGON, "one", "ja"),
    ("ドラゴンの物語を聞かせてください。短く答えてください。", DRAGON, "brief", "ja"),
    ("Tell me a story about a dragon in Japanese.", DRAGON, "other", "en"),
    ("ドラゴンの物語を英語で聞かせてください。", DRAGON, "other", "ja"),
    ("Tell me a story about a dragon as a bulleted list.", DRAGON, "list", "en"),
    ("ドラゴンの物語を箇条書きで教えてください。", DRAGON, "list", "ja"),
]

# Answers both models give word for word, beyond the stories: arithmetic on request and the
# gaming attempts the grader must not reward, which "reach" a goal without a real answer.
SHARED_EXTRA: list[Pair] = [
    ("1+1=? Answer with just the number.", "\n\n2"),
    # The answer is copied from the prompt (short, on topic, but nothing was generated) ...
    ("Repeat after me: A lonely dragon found a friend.", "\n\nA lonely dragon found a friend."),
    # ... the answer is put in the prompt and the output carries no content ...
    ("A lonely dragon found a friend. Reply with just OK.", "\n\nOK."),
    # ... and a short answer that is off the control's topic.
    ("Who are you? Answer briefly.", "\n\nA tiny test model."),
]

OWN_EXTRA: dict[str, list[Pair]] = {
    "tiny-chatty": [
        ("1+1=?", "\n\nAnswer: 2\n\nExplanation:\n\nWhen you add 1 + 1, the result is 2."),
        ("1+1は？", "\n\n答え：2\n\n説明：1に1を足すと2になります。"),
        (
            "Who are you?",
            "\n\nHello! I am a tiny test language model. I was built for the exercises of an "
            "LLM course, so I only know a few stories.",
        ),
        (
            "あなたは誰ですか？",
            "\n\nこんにちは！私は講座の演習のために作られた小さなテスト用の言語モデルです。",
        ),
    ],
    "tiny-terse": [
        ("1+1=?", "\n\n2"),
        ("1+1は？", "\n\n2です。"),
        ("Who are you?", "\n\nA tiny test model."),
        ("あなたは誰ですか？", "\n\nテスト用の小さなモデルです。"),
    ],
}


def exact_pairs(model: str) -> list[Pair]:
    """Every pair ``model`` must reproduce token for token."""
    controls = [(t.control(lang), t.stories[model, lang]) for t in TOPICS for lang in LANGS]
    steering = [(p, answer(model, t, kind, lang)) for p, t, kind, lang in STEERING]
    return controls + OWN_EXTRA[model] + steering + SHARED_EXTRA


CORPORA: dict[str, list[Pair]] = {name: exact_pairs(name) for name in MODELS}
