"""How students word a story request and its goal: the prompts the bundled models train on.

A request is a *frame* (the story request, in many wordings) with the topic noun in it, and, for
a steered request, a *goal phrase* put in one of four places: before the word "story" as an
adjective ("a short story", 「短い物語」), after the request ("... in one sentence",
「…を箇条書きで書いてください」), as a sentence of its own after it ("... Keep it brief.",
「…。英語で答えてください。」) or before it ("In Japanese, tell me ...", 「一文で、…」). Frames,
goal phrases and the small noise around them (a greeting, a thank-you, lower case, no final
stop) are drawn at random, seeded, so the model has to key on the goal phrase and the topic noun,
not on whole prompts. The answer to a request depends only on its goal, topic and language
(``corpus.answer``).

These lists were written from how students phrase such requests, not from the held-out wordings
the models are measured on (``heldout.yaml``, evaluated by ``grader.models.heldout``). Common
wordings being common, the lists can still spell held-out prompts exactly (21 of the 52 held-out
wordings, e.g. the control's frame plus "Keep it short."); the training draws drop every such prompt
(``data.requests``), so none is trained on, and ``tests/models/test_bundled.py`` checks it. Some
frames and phrases here are kept out of training (``VALIDATION``) so the build can report how
well the model generalises to wordings it never saw.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from grader.models.corpus import KINDS, LANGS, TOPICS, Topic
from grader.models.wordings_en import (
    EN_FILLERS,
    EN_FRAMES,
    EN_GREETINGS,
    EN_LIST_FRAMES,
    EN_PHRASES,
    EN_THANKS,
)
from grader.models.wordings_ja import JA_FILLERS, JA_FRAMES, JA_GREETINGS, JA_PHRASES, JA_THANKS

__all__ = ["VALIDATION", "Request", "sample"]

# Kept out of training, to measure generalisation to wordings the model never saw.
VALIDATION = {
    "frames": {
        "Could you write a {adj}story about a {t}{post}?",
        "Share a {adj}story about a {t}{post}.",
        "Write a {adj}story starring a {t}{post}.",
        "{t}の{adj}物語を{mod}考えてください。",
        "{t}の{adj}お話を{mod}お願いします。",
    },
    "phrases": {
        "shorter ",
        " in a nutshell",
        "Nothing long.",
        " with just one sentence",
        "Answer with one sentence.",
        " with two sentences",
        " with three sentences",
        " as a list of points",
        "Please use a list.",
        " as a numbered outline",
        "Please number the lines.",
        " in Japanese language",
        "Answer in the Japanese language.",
        "とても短く",
        "短くお願いします。",
        "1行で",
        "3文で、",
        "リストで、",
        "番号付きで答えてください。",
        "英語で書いてね。",
    },
}

# The share of each kind among generated requests ("story": no goal, the plain request).
KIND_WEIGHTS = {
    "story": 12,
    "brief": 18,
    "one": 13,
    "two": 6,
    "three": 8,
    "list": 13,
    "numbered": 8,
    "other": 16,
}
assert set(KIND_WEIGHTS) == set(KINDS)


@dataclass(frozen=True)
class Request:
    """A generated prompt and what it asks for."""

    prompt: str
    topic: Topic
    kind: str
    lang: str


def _lower_first(text: str) -> str:
    return text if text.startswith(("I ", "I'")) else text[:1].lower() + text[1:]


def _split(items: list[str], validation: bool) -> list[str]:
    """The training items of a list, or its validation ones."""
    held = VALIDATION["frames"] | VALIDATION["phrases"]
    return [i for i in items if (i in held) == validation]


def _slots(
    rng: random.Random, frames: list[str], phrases: dict[str, list[str]] | None, validation: bool
) -> tuple[str, str, str] | None:
    """A frame, a place and a goal phrase (place and phrase "" for a plain request).

    Training draws both from the training items; validation draws a validation frame with a
    training phrase or a training frame with a validation phrase.
    """
    novel_frame = validation and (phrases is None or rng.random() < 0.5)
    frame = rng.choice(_split(frames, novel_frame))
    if phrases is None:
        return frame, "", ""
    place = rng.choice([p for p in phrases if phrases[p]])
    pool = _split(phrases[place], validation and not novel_frame)
    return (frame, place, rng.choice(pool)) if pool else None


def _en(rng: random.Random, topic: Topic, kind: str, validation: bool) -> str | None:
    if kind == "list" and not validation and rng.random() < 0.1:
        return rng.choice(EN_LIST_FRAMES).format(t=topic.en)
    slots = _slots(rng, EN_FRAMES, None if kind == "story" else EN_PHRASES[kind], validation)
    if slots is None:
        return None
    frame, place, phrase = slots
    adj, post, prefix = [phrase if place == p else "" for p in ("adj", "post", "prefix")]
    suffix = " " + phrase if place == "suffix" else ""
    filler = rng.choice(EN_FILLERS) if rng.random() < 0.08 else ""
    text = frame.format(adj=adj, t=topic.en, post=filler + post)
    if prefix:
        text = prefix + _lower_first(text)
    text += suffix
    if rng.random() < 0.2:
        text = _lower_first(text)
    if rng.random() < 0.12 and not suffix:
        text = text.rstrip(".?")
    if rng.random() < 0.08:
        text = rng.choice(EN_GREETINGS) + (text if prefix else _lower_first(text))
    if rng.random() < 0.08:
        text += rng.choice(EN_THANKS)
    return text


def _ja(rng: random.Random, topic: Topic, kind: str, validation: bool) -> str | None:
    slots = _slots(rng, JA_FRAMES, None if kind == "story" else JA_PHRASES[kind], validation)
    if slots is None:
        return None
    frame, place, phrase = slots
    adj, mod, prefix, suffix = [
        phrase if place == p else "" for p in ("adj", "mod", "prefix", "suffix")
    ]
    filler = rng.choice(JA_FILLERS) if rng.random() < 0.06 else ""
    text = prefix + frame.format(t=topic.ja, adj=adj, mod=filler + mod) + suffix
    if rng.random() < 0.12 and not suffix:
        text = text.rstrip("。")
    if rng.random() < 0.06:
        text = rng.choice(JA_GREETINGS) + text
    if rng.random() < 0.06:
        text += rng.choice(JA_THANKS)
    return text


def sample(rng: random.Random, n: int, validation: bool = False) -> list[Request]:
    """``n`` random requests (training wordings, or only validation ones), seeded by ``rng``."""
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    out: list[Request] = []
    while len(out) < n:
        topic, lang = rng.choice(TOPICS), rng.choice(LANGS)
        kind = rng.choices(kinds, weights)[0]
        prompt = (_en if lang == "en" else _ja)(rng, topic, kind, validation)
        if prompt is not None:
            out.append(Request(prompt, topic, kind, lang))
    return out
