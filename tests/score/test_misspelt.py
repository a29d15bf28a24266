"""Part 1: a prompt that only misspells the compared prompt's words (red-team pass 111: "Tel me a
stroy about a dargon.", ドラゴソ for ドラゴン) is flagged for review; a word changed for another
word (mouse for dragon, イヌ for ネコ) is a change. The gaming rows are typos generated at every
position of every word of four letters or more (a letter swapped with the next, doubled, dropped,
or replaced by a key beside it) and kana look-alikes or a dakuten changed at every kana; none is
among the strings the red team reported."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.score.part1_review import flagged

_PROMPTS = (
    "Tell me a story about a dragon who guards a lighthouse.",
    "Write a short poem about a sleepy turtle.",
    "Describe a castle floating above the clouds.",
)
_NEIGHBOURS = {"a": "s", "e": "r", "g": "f", "h": "j", "i": "o", "l": "k", "n": "b", "o": "p",
               "r": "t", "s": "d", "t": "y", "u": "y", "d": "f", "c": "v", "p": "o", "w": "q",
               "y": "u", "b": "v", "f": "g", "k": "j", "m": "n", "v": "c"}  # fmt: skip


def _typos(word: str) -> list[str]:
    """Every one-letter typo of ``word``: two letters swapped, a letter doubled, dropped or hit
    with the key beside it."""
    out = []
    for i in range(len(word)):
        out.append(word[: i + 1] + word[i] + word[i + 1 :])
        out.append(word[:i] + word[i + 1 :])
        if word[i] in _NEIGHBOURS:
            out.append(word[:i] + _NEIGHBOURS[word[i]] + word[i + 1 :])
        if i + 1 < len(word) and word[i] != word[i + 1]:
            out.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return [t for t in dict.fromkeys(out) if t != word]


def _misspelt() -> list[tuple[str, str]]:
    rows = []
    for prompt in _PROMPTS:
        words = prompt.rstrip(".").split()
        for at, word in enumerate(words):
            if len(word) >= 4:
                for typo in _typos(word):
                    rows.append((" ".join([*words[:at], typo, *words[at + 1 :]]) + ".", prompt))
    return rows


_MISSPELT = _misspelt()

_SEEN = {
    "Tel me a stroy about a dargon.",
    "Tell me a stooory about a dragon.",
    "Tell me a storry abowt a draggon.",
}


def test_the_generated_typos_are_new_and_many() -> None:
    assert len(_MISSPELT) > 300 and not {r for r, _ in _MISSPELT} & _SEEN


@pytest.mark.parametrize(("prompt", "other"), _MISSPELT)
def test_a_typo_in_one_word_is_flagged(prompt: str, other: str) -> None:
    assert flagged(prompt, other), prompt


_HELD_OUT = [
    ("Tell me a stroy abuot a dargon.", "Tell me a story about a dragon."),
    ("Tell me a sotry about a dragoon.", "Tell me a story about a dragon."),
    ("Tell me a storyyy about a dragon.", "Tell me a story about a dragon."),
    ("Tell me a story about a draaagon.", "Tell me a story about a dragon."),
    ("Tell me a story abowt a drgon.", "Tell me a story about a dragon."),
    ("Tell mee a stroy about a dragon.", "Tell me a story about a dragon."),
    ("Wrtie a poem aobut the see.", "Write a poem about the sea."),
    ("Tell me a story about a dragon who guards a ligthouse.", _PROMPTS[0]),
    # the compared prompt is the misspelt one, the changed one spelt right
    ("Tell me a story about a dragon.", "Tell me a story abuot a dargon."),
    # Japanese: a kana look-alike, a dakuten or handakuten dropped or added
    ("ドラゴソとイヌの話をして。", "ドラゴンとイヌの話をして。"),
    ("トラゴンとネコの話をして。", "ドラゴンとネコの話をして。"),
    ("ドラゴンとネコの話をしで。", "ドラゴンとネコの話をして。"),
    ("ドラゴンとネコの話をレて。", "ドラゴンとネコの話をして。"),
    ("ドラコンの物語を聞かせてください。", "ドラゴンの物語を聞かせてください。"),
    ("パンダとドラゴンの話をして。", "バンダとドラゴンの話をして。"),
    ("ドラゴンとツカの話をして。", "ドラゴンとシカの話をして。"),
    ("ドラゴンとネコの話をしてて。", "ドラゴンとネコの話をして。"),
]


@pytest.mark.parametrize(("prompt", "other"), _HELD_OUT)
def test_held_out_misspellings_are_flagged(prompt: str, other: str) -> None:
    assert flagged(prompt, other), prompt


_LOOK_ALIKES = {"ン": "ソ", "シ": "ツ", "ソ": "ン", "ツ": "シ", "ク": "タ", "ワ": "ウ", "ヌ": "ス",
                "コ": "ユ", "ロ": "コ", "ね": "わ", "る": "ろ", "め": "ぬ", "は": "ほ", "り": "い",
                "さ": "ち", "き": "さ", "へ": "ヘ", "ぺ": "ペ"}  # fmt: skip
_JA = (
    "ドラゴンとネコの話をして。",
    "ウサギが月に行く話を聞かせて。",
    "ロボットとシカの話をして。",
    "ねこがわらうはなしをして。",
)


def _kana_typos(prompt: str) -> list[str]:
    """Every kana of ``prompt`` swapped for its look-alike, or with its dakuten dropped or
    added."""
    out = []
    for i, c in enumerate(prompt):
        base = unicodedata.normalize("NFD", c)[0]
        voiced = unicodedata.normalize("NFC", c + "\u3099")
        for new in (
            _LOOK_ALIKES.get(c),
            base if base != c else None,
            voiced if len(voiced) == 1 and c != "し" else None,
        ):
            if new:
                out.append(prompt[:i] + new + prompt[i + 1 :])
    return out


_KANA = [(t, p) for p in _JA for t in _kana_typos(p)]


def test_the_kana_rows_are_many() -> None:
    assert len(_KANA) >= 20


@pytest.mark.parametrize(("prompt", "other"), _KANA)
def test_a_kana_look_alike_or_a_dakuten_is_flagged(prompt: str, other: str) -> None:
    assert flagged(prompt, other), prompt


_HONEST = [
    ("Tell me a story about a mouse.", "Tell me a story about a house."),
    (
        "Tell me a story about a dragon who is afraid of the dark.",
        "Tell me a story about a dragon.",
    ),
    ("Tell me a story about a dragon and a knight.", "Tell me a story about a dragon."),
    ("Tell me a story about two dragons.", "Tell me a story about a dragon."),
    ("Tell me a story about a cat.", "Tell me a story about a bat."),
    ("Tell me a story about a horse.", "Tell me a story about a house."),
    ("Tell me a story about a red dragon.", "Tell me a story about a old dragon."),
    ("Tell me a poem about a dragon.", "Tell me a story about a dragon."),
    ("Tell me a story about a cold dragon.", "Tell me a story about a gold dragon."),
    ("Tell me a story about a dragon in 2050.", "Tell me a story about a dragon in 2051."),
    ("Tell me a 50-word story about a dragon.", "Tell me a 500-word story about a dragon."),
    ("ドラゴンとイヌの話をして。", "ドラゴンとネコの話をして。"),
    ("ドラゴンと魔女の話をして。", "ドラゴンとネコの話をして。"),
    ("ドラゴンとネコの詩を書いて。", "ドラゴンとネコの話をして。"),
    ("ドラゴンが図書館で働く話をして。", "ドラゴンとネコの話をして。"),
]


@pytest.mark.parametrize(("prompt", "other"), _HONEST)
def test_another_word_is_a_change(prompt: str, other: str) -> None:
    assert not flagged(prompt, other), prompt


_WORDS = ("dragon", "castle", "turtle", "wizard", "forest", "pirate", "garden", "planet")


@settings(max_examples=80, deadline=None)
@given(
    subject=st.sampled_from(_WORDS),
    other=st.sampled_from(_WORDS),
    data=st.data(),
)
def test_generated_typos_and_words(subject: str, other: str, data: st.DataObject) -> None:
    """A typo of the subject is flagged; another subject (from a list of words that share no
    small edit) is not."""
    control = f"Tell me a story about a {subject}."
    typo = data.draw(st.sampled_from(_typos(subject)))
    assert flagged(f"Tell me a story about a {typo}.", control)
    if other != subject:
        assert not flagged(f"Tell me a story about a {other}.", control)
