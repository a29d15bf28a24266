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

# --- English -----------------------------------------------------------------------------------

# {adj}: an adjective before the story noun ("" or "short "), {t}: the topic, {post}: a phrase
# after the request. The first is the control prompt's own wording.
EN_FRAMES = [
    "Tell me a {adj}story about a {t}{post}.",
    "Write a {adj}story about a {t}{post}.",
    "Can you tell me a {adj}story about a {t}{post}?",
    "Please tell me a {adj}story about a {t}{post}.",
    "I want a {adj}story about a {t}{post}.",
    "Give me a {adj}story about a {t}{post}.",
    "Write me a {adj}story about a {t}{post}.",
    "Make up a {adj}story about a {t}{post}.",
    "Tell me a {adj}tale about a {t}{post}.",
    "Tell a {adj}story about a {t}{post}.",
    "I'd like a {adj}story about a {t}{post}.",
    "Tell me a {adj}{t} story{post}.",
    "Write a {adj}{t} story{post}.",
    "Can I have a {adj}story about a {t}{post}?",
    "Create a {adj}story about a {t}{post}.",
    "Please write a {adj}story about a {t}{post}.",
    "Tell me a {adj}story with a {t} in it{post}.",
    "Let me hear a {adj}story about a {t}{post}.",
    "Could you tell me a {adj}story about a {t}{post}?",
    "Write a {adj}story featuring a {t}{post}.",
    "Tell me a {adj}fairy tale about a {t}{post}.",
    "Tell me a {adj}bedtime story about a {t}{post}.",
    "Can you write a {adj}story about a {t}{post}?",
    "I would like to hear a {adj}story about a {t}{post}.",
    "Tell us a {adj}story about a {t}{post}.",
    "Narrate a {adj}story about a {t}{post}.",
    "Tell me a {adj}story about a brave {t}{post}.",
    "Do you know a {adj}story about a {t}{post}?",
    "Invent a {adj}story about a {t}{post}.",
    "Tell me a {adj}story about a little {t}{post}.",
    "Could you write a {adj}story about a {t}{post}?",
    "Share a {adj}story about a {t}{post}.",
    "Write a {adj}story starring a {t}{post}.",
]

# Per kind: adjectives (before "story"), phrases after the request, sentences after it, openers.
EN_PHRASES: dict[str, dict[str, list[str]]] = {
    "brief": {
        "adj": [
            "short ",
            "brief ",
            "very short ",
            "quick ",
            "tiny ",
            "super short ",
            "really short ",
            "mini ",
            "short and simple ",
            "concise ",
            "shorter ",
        ],
        "post": [
            " briefly",
            " in brief",
            " in short",
            " concisely",
            " in just a few lines",
            " in under twenty words",
            " in very few words",
            " in a short way",
            " in a nutshell",
        ],
        "suffix": [
            "Keep it short.",
            "Keep it brief.",
            "Be brief.",
            "Answer briefly.",
            "Make it short.",
            "Make it brief.",
            "Keep it concise.",
            "Answer concisely.",
            "Short answer, please.",
            "Don't make it long.",
            "Not too long, please.",
            "Make it quick.",
            "Keep it very short.",
            "Please be brief.",
            "Just a short one.",
            "Short, please.",
            "Use as few words as possible.",
            "Make it as short as you can.",
            "Nothing long.",
            "Just the short version.",
        ],
        "prefix": ["Briefly, ", "In short, ", "Quickly, ", "Concisely, ", "In brief, "],
    },
    "one": {
        "adj": ["one-sentence ", "one sentence ", "single-sentence ", "1-sentence "],
        "post": [
            " in one sentence",
            " in a single sentence",
            " in just one sentence",
            " in 1 sentence",
            " in only one sentence",
            " in exactly one sentence",
            " using one sentence",
            " using a single sentence",
            " with one sentence",
            " with just one sentence",
            " in one line",
        ],
        "suffix": [
            "Use one sentence.",
            "Answer in one sentence.",
            "One sentence only.",
            "Only one sentence, please.",
            "Keep it to one sentence.",
            "Reply in a single sentence.",
            "Just one sentence.",
            "Use a single sentence.",
            "Write it in one sentence.",
            "Limit it to one sentence.",
            "One sentence, please.",
            "Answer with one sentence.",
        ],
        "prefix": [
            "In one sentence, ",
            "In a single sentence, ",
            "Using one sentence, ",
            "In just one sentence, ",
        ],
    },
    "two": {
        "adj": ["two-sentence ", "2-sentence "],
        "post": [
            " in two sentences",
            " in 2 sentences",
            " using two sentences",
            " with two sentences",
        ],
        "suffix": [
            "Use two sentences.",
            "Answer in two sentences.",
            "Two sentences only.",
            "Keep it to two sentences.",
            "Two sentences, please.",
        ],
        "prefix": ["In two sentences, ", "Using two sentences, "],
    },
    "three": {
        "adj": ["three-sentence ", "3-sentence "],
        "post": [
            " in three sentences",
            " in 3 sentences",
            " in a few sentences",
            " using three sentences",
            " with three sentences",
        ],
        "suffix": [
            "Use three sentences.",
            "Answer in three sentences.",
            "Keep it to three sentences.",
            "Three sentences, please.",
            "Just a few sentences.",
            "Only three sentences.",
        ],
        "prefix": ["In three sentences, ", "In a few sentences, "],
    },
    "list": {
        "adj": ["bullet-point ", "list-style "],
        "post": [
            " as a list",
            " as a bulleted list",
            " as bullet points",
            " in bullet points",
            " in a bulleted list",
            " as a bullet list",
            " in list form",
            " in bullets",
            " with bullet points",
            " using bullet points",
            " point by point",
            " as a list of points",
            " in a list format",
        ],
        "suffix": [
            "Use a bulleted list.",
            "Format it as a list.",
            "Answer with bullet points.",
            "Write it as a list.",
            "Use bullets.",
            "Make it a list.",
            "Put it in a list.",
            "Answer as a bullet list.",
            "Give me bullet points.",
            "List format, please.",
            "Bullet points only.",
            "Format the answer as bullet points.",
            "Please use a list.",
        ],
        "prefix": [
            "As a list, ",
            "In bullet points, ",
            "Using bullet points, ",
            "As bullet points, ",
            "Point by point, ",
        ],
    },
    "numbered": {
        "adj": [],
        "post": [
            " as a numbered list",
            " in a numbered list",
            " in numbered points",
            " as numbered steps",
            " with numbers",
            " as numbered points",
            " in numbered steps",
            " with numbered lines",
            " as a numbered outline",
        ],
        "suffix": [
            "Use a numbered list.",
            "Number each line.",
            "Number the points.",
            "Number each point.",
            "Answer as a numbered list.",
            "Give it as numbered steps.",
            "Make it a numbered list.",
            "Please number the lines.",
        ],
        "prefix": ["As a numbered list, ", "In numbered points, "],
    },
    "other": {  # Japanese, asked for in English
        "adj": ["Japanese-language "],
        "post": [
            " in Japanese",
            " in the Japanese language",
            " written in Japanese",
            " using Japanese",
            " in Japanese only",
            " in Japanese language",
        ],
        "suffix": [
            "Answer in Japanese.",
            "Reply in Japanese.",
            "Write it in Japanese.",
            "Use Japanese.",
            "Respond in Japanese.",
            "Please answer in Japanese.",
            "Japanese only, please.",
            "In Japanese, please.",
            "Write the answer in Japanese.",
            "Say it in Japanese.",
            "Please use Japanese.",
            "Answer in the Japanese language.",
        ],
        "prefix": [
            "In Japanese, ",
            "Using Japanese, ",
            "In the Japanese language, ",
            "Please answer in Japanese: ",
        ],
    },
}

# Whole requests that ask for a list in their own words (no slot for another goal).
EN_LIST_FRAMES = [
    "List the main points of a story about a {t}.",
    "Outline a story about a {t}.",
    "Make a list of what happens in a story about a {t}.",
    "Summarize a story about a {t} as a list.",
    "Give me the plot of a story about a {t} as a list.",
]

EN_GREETINGS = ["Hi! ", "Hello. ", "Hey, ", "OK, ", "Hi, "]
EN_THANKS = [" Thanks!", " Thank you.", " Thanks.", " Please."]
EN_FILLERS = [" for my class", " for kids", " for my little sister", " tonight", " for me"]

# --- Japanese ----------------------------------------------------------------------------------

# {t}: the topic, {adj}: an adjective before the story noun, {mod}: an adverb before the verb.
JA_FRAMES = [
    "{t}の{adj}物語を{mod}聞かせてください。",
    "{t}の{adj}話を{mod}してください。",
    "{t}の{adj}物語を{mod}書いてください。",
    "{t}の{adj}お話を{mod}聞かせて。",
    "{t}の{adj}物語を{mod}教えてください。",
    "{t}の{adj}話を{mod}聞かせてください。",
    "{t}が主人公の{adj}物語を{mod}書いてください。",
    "{t}についての{adj}物語を{mod}書いてください。",
    "{t}の{adj}物語を{mod}お願いします。",
    "{t}が登場する{adj}物語を{mod}書いてください。",
    "{t}の{adj}物語を{mod}作ってください。",
    "{t}の{adj}話を{mod}書いて。",
    "{t}の{adj}物語を{mod}語ってください。",
    "{t}に関する{adj}物語を{mod}書いてください。",
    "{t}の{adj}お話を{mod}作って。",
    "{t}の{adj}物語を{mod}話して。",
    "{t}の{adj}童話を{mod}書いてください。",
    "{t}を主人公にした{adj}物語を{mod}作ってください。",
    "{t}の{adj}お話を{mod}してください。",
    "{t}の{adj}物語を{mod}読みたいです。",
    "{t}の{adj}話を{mod}聞きたいです。",
    "{t}の{adj}物語を{mod}考えてください。",
    "{t}の{adj}お話を{mod}お願いします。",
]

JA_PHRASES: dict[str, dict[str, list[str]]] = {
    "brief": {
        "adj": ["短い", "簡単な", "ちょっとした", "とても短い", "ごく短い"],
        "mod": ["短く", "簡潔に", "簡単に", "少しだけ", "ごく短く", "できるだけ短く", "とても短く"],
        "suffix": [
            "短く答えてください。",
            "簡潔にお願いします。",
            "長くしないでください。",
            "短くまとめてください。",
            "簡潔に答えてください。",
            "短くしてね。",
            "短い答えでお願いします。",
            "できるだけ短くお願いします。",
            "簡単にお願いします。",
            "短くお願いします。",
        ],
        "prefix": ["短く、", "簡潔に、", "簡単に、"],
    },
    "one": {
        "adj": ["一文の", "1文の"],
        "mod": ["一文で", "1文で", "一つの文で", "一文だけで", "一行で", "1行で"],
        "suffix": [
            "一文で答えてください。",
            "1文でお願いします。",
            "一文だけでお願いします。",
            "答えは一文で。",
            "一つの文で書いてください。",
            "一文で書いて。",
        ],
        "prefix": ["一文で、", "1文で、"],
    },
    "two": {
        "adj": ["二文の", "2文の"],
        "mod": ["二文で", "2文で"],
        "suffix": ["二文で答えてください。", "2文でお願いします。", "二文でお願いします。"],
        "prefix": ["二文で、"],
    },
    "three": {
        "adj": ["三文の", "3文の"],
        "mod": ["三文で", "3文で", "数文で"],
        "suffix": ["三文で答えてください。", "3文でお願いします。", "三文でお願いします。"],
        "prefix": ["三文で、", "3文で、"],
    },
    "list": {
        "adj": ["箇条書きの"],
        "mod": ["箇条書きで", "リストで", "箇条書きにして", "項目に分けて", "リストにして"],
        "suffix": [
            "箇条書きでお願いします。",
            "箇条書きにしてください。",
            "リストにしてください。",
            "箇条書きで答えてください。",
            "リストでお願いします。",
            "箇条書きにして。",
        ],
        "prefix": ["箇条書きで、", "リストで、"],
    },
    "numbered": {
        "adj": ["番号付きの"],
        "mod": ["番号付きで", "番号を付けて", "番号をつけて", "番号付きリストで", "番号を振って"],
        "suffix": [
            "番号付きでお願いします。",
            "番号を付けてください。",
            "番号付きリストにしてください。",
            "各行に番号を付けて。",
            "番号付きで答えてください。",
        ],
        "prefix": ["番号付きで、"],
    },
    "other": {  # English, asked for in Japanese
        "adj": ["英語の"],
        "mod": ["英語で", "英語だけで"],
        "suffix": [
            "英語で答えてください。",
            "英語でお願いします。",
            "英語で書いてください。",
            "答えは英語で。",
            "英語にしてください。",
            "英語で返事をしてください。",
            "英語で。",
            "英語でお願い。",
            "英語で書いてね。",
        ],
        "prefix": ["英語で、"],
    },
}

JA_GREETINGS = ["こんにちは。", "ねえ、", "すみません、", "今日は"]
JA_THANKS = ["よろしくお願いします。", "ありがとう。", "お願い！"]
JA_FILLERS = ["子ども向けに", "寝る前に"]

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
