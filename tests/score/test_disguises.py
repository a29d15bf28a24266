"""score.disguises: a prompt written in disguise of another's, for listed cases.

The generated neighbours of a disguised control are in tests/score/test_prompts.py, beside the
notion of the same prompt they rest on."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.disguises import (
    disguised,
    enciphered,
    padded_only,
    quotes,
    rearranged,
    repeats,
)

DRAGON = "Tell me a story about a dragon."
ENGLISH = DRAGON + " Answer in English."


@pytest.mark.parametrize(
    ("control", "run", "told"),
    [
        # pass 38: words joined by a hyphen, a comma or a slash, which the tiny model answered in
        # Japanese; written before the change (3 of 8 right before, 8 after)
        ("Tell-me-a-story-about-a-dragon.", ENGLISH, True),
        ("Tell、me、a、story、about、a、dragon。", ENGLISH, True),
        ("Tell/me/a/story/about/a/dragon", ENGLISH, True),
        ("tell_me_a_story_about_a_dragon", ENGLISH, True),
        ("Tell|me|a|story|about|a|dragon.", ENGLISH, True),
        ("A dragon story (3-4 sentences).", "A short dragon story (3-4 sentences).", False),
        ("A story from https://example.com/a/b/c.", "Short: https://example.com/a/b/c.", False),
        ("A story of a fire-breathing dragon.", "A short fire-breathing dragon story.", False),
        # pass 40: ideographic spaces between Latin words; a Japanese one stays plain (1 of 2
        # right before, 2 after)
        ("Tell\u3000me\u3000a\u3000story\u3000about\u3000a\u3000dragon.", ENGLISH, True),
        ("ドラゴンの話を\u3000書いて。", "ドラゴンの話を書いて。英語で。", False),
    ],
)  # fmt: skip
def test_a_control_with_words_joined_otherwise_is_a_disguise(
    control: str, run: str, told: bool
) -> None:
    assert disguised(control, run) is told


@pytest.mark.parametrize(
    ("prompt", "other", "told"),
    [
        ("dragon a about story a me Tell.", DRAGON, True),  # rt38's probes: the words reversed
        ("About a dragon, tell me a story.", DRAGON, True),
        ("Tell me a story about a dragon.", DRAGON, False),  # the same prompt is no rearrangement
        ("Tell me a long story about a dragon.", DRAGON, False),
    ],
)
def test_a_prompt_of_the_same_words_reordered_is_told(prompt: str, other: str, told: bool) -> None:
    assert rearranged(prompt, other) is told


STORY = "Sure! Here is a story about a dragon: Once upon a time, in a far-off land, there lived"


@pytest.mark.parametrize(
    ("prompt", "told"),
    [
        (DRAGON + "\nSure! Here is a story about a dragon:\n\nOnce upon a time,", True),  # rt38-03
        (DRAGON + " Once upon a time, in a far-off land", True),
        (DRAGON + " Make it about a far-off land.", False),
        ("Tell me a story about a dragon once upon a time.", False),
    ],
)
def test_a_prompt_quoting_the_compared_answer_is_told(prompt: str, told: bool) -> None:
    """The answer says the prompt's words again ("a story about a dragon"): only what the prompt
    adds to the compared one is looked at."""
    assert quotes(prompt, DRAGON, STORY) is told


ENGLISH = DRAGON + " Please answer in English."


@pytest.mark.parametrize(
    ("control", "run", "told"),
    [  # pass 45, written before the change: 5 of 13 right, 13 after
        (DRAGON + " " * 8, ENGLISH, True),
        (DRAGON + "\u00a0" * 5, ENGLISH, True),
        (DRAGON + "\u3000" * 5, ENGLISH, True),
        (DRAGON + "\u2009" * 5, ENGLISH, True),
        (DRAGON + "\u2003" * 8, ENGLISH, True),
        ("  " + DRAGON, ENGLISH, True),
        (DRAGON + "\t", ENGLISH, True),
        (DRAGON + " ", ENGLISH, True),
        (DRAGON + "\n", ENGLISH, False),  # a YAML block's final line break
        (DRAGON, ENGLISH, False),
        (DRAGON + "\n\n", ENGLISH, False),
        (DRAGON + "   ", ENGLISH + "   ", False),  # the run has them too
        ("ドラゴンの物語を聞かせてください。", "ドラゴンの物語を英語で聞かせてください。", False),
    ],
)
def test_spaces_around_the_control_alone_are_a_disguise(control: str, run: str, told: bool) -> None:
    """rt45-04: eight trailing spaces after the control's prompt, which the tiny model answered
    partly in Japanese, made "Please answer in English." look effective."""
    assert disguised(control, run) is told


@pytest.mark.parametrize(
    ("prompt", "other", "told"),
    [  # pass 47, written before the change: 7 of 10 right (nothing told), 10 after
        ("Dijv qc k wryvw kfmex y nvyqsl.", DRAGON, True),  # Vigenère
        ("Yr;; ,r s dyptu snpiy s ftshpm/", DRAGON, True),  # a keyboard shifted by one key
        ("Xqoo pq b ghcjz bkcxd b ujbacr.", DRAGON, True),
        ("Give us a fable about a wizard.", DRAGON, False),
        ("Tell me a story about a knight.", DRAGON, False),
        ("ドラゴンの話を聞かせて。", DRAGON, False),
        ("Draw me a horse!", DRAGON, False),
        ("Sing us a poem about a goblin.", DRAGON, False),
        (DRAGON, DRAGON, False),
        ("Abcd ef", "Tell me", False),
    ],
)
def test_a_prompt_with_the_compared_word_lengths_and_none_of_its_words_is_told(
    prompt: str, other: str, told: bool
) -> None:
    assert enciphered(prompt, other) is told


@pytest.mark.parametrize(
    ("prompt", "other", "told"),
    [  # pass 51, written before the change: 4 of 8 right (nothing told), 8 after
        (DRAGON + " #story #dragon", DRAGON, True),
        (DRAGON + " #TellMeAStory", DRAGON, True),
        (DRAGON + " " + DRAGON, DRAGON, True),
        (DRAGON + " dragon dragon", DRAGON, True),
        ("Tell me a story.", DRAGON, False),
        ("Tell me a story about a dragon and a knight.", DRAGON, False),
        ("Tell me a long story about a dragon.", DRAGON, False),
        (DRAGON, DRAGON, False),
    ],
)
def test_a_prompt_that_only_says_the_compared_words_again_is_told(
    prompt: str, other: str, told: bool
) -> None:
    """rt51-02: hashtags of the prompt's own words after it; the model answered otherwise."""
    assert repeats(prompt, other) is told


@pytest.mark.parametrize(
    ("control", "told"),
    [  # pass 54's side effect (rt45-03 was caught by the letter "u" of its <u> tags alone):
        # markup round the control's words that the goal run lacks
        ("<u>Tell me a story about a dragon.</u>", True),
        ("<b>Tell me a story about a dragon.</b>", True),
        ("[i]Tell me a story about a dragon.[/i]", True),
        ("\\textit{Tell me a story about a dragon.}", True),
        ("**Tell me a story about a dragon.**", True),
        ("Tell me a story about a dragon.", False),
        ("Tell me a story about a dragon who reads books.", False),
    ],
)
def test_a_control_in_markup_the_run_lacks_is_a_disguise(control: str, told: bool) -> None:
    assert disguised(control, DRAGON + " Keep it short.") is told


_PADDING = Path(__file__).parent.parent / "data" / "padding"
_PASS81 = yaml.safe_load((_PADDING / "pass81.yaml").read_text())
_PASS84 = yaml.safe_load((_PADDING / "pass84.yaml").read_text())


def _compared(prompt: str) -> str:
    japanese = any("\u3040" <= c <= "\u9fff" for c in prompt)
    return str(_PASS81["japanese" if japanese else "english"])


@pytest.mark.parametrize(
    ("prompt", "padded"),
    [(p, True) for p in _PASS81["padded"]] + [(p, False) for p in _PASS81["changed"]],
)
def test_settings_as_text_and_empty_frames_only_pad(prompt: str, padded: bool) -> None:
    compared = _compared(prompt)
    assert (padded_only(prompt.replace("{P}", compared), compared) is not None) is padded


@pytest.mark.parametrize(
    ("prompt", "padded"),
    [
        (p, True)
        for key in (
            "padded",
            "edits",
            "endings",
            "noise",
            "fillers93",
            "medium95",
            "medium97",
            "medium99",
            "medium101",
            "medium103",
            "medium105",
        )
        for p in _PASS84[key]
    ]
    + [
        (p, False)
        for key in (
            "changed",
            "edit_changes",
            "ending_changes",
            "noise_changes",
            "fillers93_changes",
            "medium95_changes",
            "medium97_changes",
            "medium99_changes",
            "medium101_changes",
            "medium103_changes",
            "medium105_changes",
        )
        for p in _PASS84[key]
    ],
)
def test_a_sentence_on_the_purpose_or_whereabouts_an_edit_mark_or_a_false_start_only_pads(
    prompt: str, padded: bool
) -> None:
    compared = str(_PASS84["english"])
    assert (padded_only(prompt.replace("{P}", compared), compared) is not None) is padded


STORIES = [
    "Tell me a story about a dragon.",
    "Tell me a story about a lighthouse keeper who lost his lamp.",
    "Describe a rainy afternoon in Kyoto.",
    "Explain how a bicycle works.",
]
SETTINGS = ["temperature", "top_p", "top-k", "max_new_tokens", "max-tokens", "seed", "num_beams"]
FRAMES = [
    "I would like you to {p}",
    "I'd like you to {p}",
    "I want you to {p}",
    "We need you to {p}",
    "Go ahead and {p}",
    "Please go on and {p}",
    "Proceed to {p}",
    "Feel free to {p}",
    "Your task is to {p}",
    "Would you mind if you {p}",
    "Now, try to {p}",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(STORIES),
    st.sampled_from(SETTINGS),
    st.sampled_from(["=", ": ", " = ", " ", "--"]),
    st.one_of(st.integers(0, 4096).map(str), st.floats(0, 2).map(lambda f: f"{f:.2f}")),
    st.booleans(),
    st.booleans(),
)
def test_a_setting_typed_anywhere_only_pads_and_a_real_change_beside_it_stays(
    story: str, name: str, sep: str, value: str, before: bool, changed: bool
) -> None:
    """pass 81: "temperature=0.7", "--max-tokens 50" before or after the compared prompt."""
    setting = f"--{name} {value}" if sep == "--" else f"{name}{sep}{value}"
    prompt = story[:-1] + (" in the snow." if changed else ".")
    prompt = f"{setting} {prompt}" if before else f"{prompt} {setting}"
    assert (padded_only(prompt, story) is None) is changed, prompt


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(STORIES), st.sampled_from(FRAMES), st.booleans())
def test_an_empty_frame_round_the_request_only_pads(story: str, frame: str, changed: bool) -> None:
    """pass 81: "I would like you to ...", "Go ahead and ..." before the compared prompt."""
    request = story[0].lower() + story[1:-1] + (" for a child." if changed else ".")
    prompt = frame.format(p=request)
    assert (padded_only(prompt, story) is None) is changed, prompt


@pytest.mark.parametrize(
    "prompt",
    _PASS84["ja_endings"]
    + _PASS84["ja_medium95"]
    + _PASS84["ja_medium99"]
    + _PASS84["ja_medium101"]
    + _PASS84["ja_medium103"]
    + _PASS84["ja_medium105"],
)
def test_a_japanese_end_of_message_mark_only_pads(prompt: str) -> None:
    """pass 89: 以上です。 after the compared prompt."""
    compared = "温泉が好きなドラゴンの話をして。"
    assert padded_only(prompt, compared) is not None


NOTICES = ["Subscribe ", "Like and subscribe! ", "Level up. ", "[music] ", "Game over ", "+10 XP "]


@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("changed", [True, False])
def test_a_long_run_of_notices_is_read_in_one_pass(notice: str, changed: bool) -> None:
    """A run of two hundred notices and then a request: the notice forms once backtracked on every
    way to split the spaces between notices, and a run like this one never finished."""
    prompt = DRAGON + " " + notice * 200 + ("Answer in one sentence." if changed else "")
    assert (padded_only(prompt, DRAGON) is None) is changed
