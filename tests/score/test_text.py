"""The shared text measures: one definition of "same prompt", sentences, scripts, lists, copying,
topic."""

from __future__ import annotations

import pytest

from grader.score import text


@pytest.mark.parametrize(
    ("value", "sentences", "items"),
    [
        ("A dragon guarded its gold. The end.", 2, 0),
        ("竜が眠った。おしまい。", 2, 0),
        ("1.5 is a number", 1, 0),
        ("- one\n- two\n3. three\nnot an item", 4, 3),
        ("Sure! Here is a story:\n\nOnce upon a time, a dragon slept", 3, 0),
        ("・ドラゴン\n・女の子", 2, 2),
        ("", 0, 0),
    ],
)
def test_sentences_and_list_items(value: str, sentences: int, items: int) -> None:
    assert text.sentences(value) == sentences and text.list_items(value) == items


@pytest.mark.parametrize(
    ("value", "japanese"),
    [("ドラゴンの物語", 1.0), ("A dragon", 0.0), ("ドラゴン dragon", 4 / 10), ("2", 0.0)],
)
def test_script_share(value: str, japanese: float) -> None:
    assert text.script_share(value, "japanese") == pytest.approx(japanese)


@pytest.mark.parametrize(
    ("output", "prompt", "copied"),
    [
        (
            "A lonely dragon found a friend.",
            "Repeat after me: A lonely dragon found a friend.",
            True,
        ),
        ("OK.", "A lonely dragon found a friend. Reply with just OK.", True),
        (
            "A dragon scared a village until a girl showed it was kind.",
            "Tell me a story about a dragon. Answer briefly.",
            False,
        ),
        ("2", "1+1=? Answer with just the number.", False),
    ],
)
def test_copied_from_the_prompt(output: str, prompt: str, copied: bool) -> None:
    assert (text.copied_share(output, prompt) >= 0.8) is copied


def test_topic_words_cross_languages() -> None:
    words = ("dragon", "ドラゴン", "竜")
    assert text.topic_words_in("昔々、ドラゴンが", words) == ["ドラゴン"]
    assert text.topic_words_in("A DRAGON slept", words) == ["dragon"]


GLOSSARY = (("cat", "kitten", "猫", "ねこ"), ("king", "王様"), ("dragon", "ドラゴン", "竜"))


@pytest.mark.parametrize(
    ("answer", "prompt", "named"),
    [
        ("昔々、小さな猫が住んでいました。", "Tell me a story about a cat.", ["cat"]),
        ("A kitten slept.", "ねこの話をして。", ["cat"]),
        ("Two CATS played.", "猫の話をして。", ["cat"]),
        ("王様と竜の話です。", "A story about a king and a dragon.", ["king", "dragon"]),
        ("海賊が船に乗りました。", "Tell me a story about a cat.", []),  # a pirate: not named
        ("カタパルトの話です。", "Tell me about a catapult.", []),  # "cat" is no word of it
        ("The category of kings.", "猫の話をして。", []),
        ("", "Tell me a story about a cat.", []),
    ],
)
def test_a_glossary_tells_what_two_languages_both_name(
    answer: str, prompt: str, named: list[str]
) -> None:
    assert text.glossed(answer, prompt, GLOSSARY) == named


def test_truncation_is_a_prefix() -> None:
    # a prefix cut by the budget is a truncation, one the model ended itself is a change
    assert text.cut_short("Once upon a time", "length", "Once upon a time, a dragon", "eos")
    assert text.cut_short("Once upon a time, a dragon", "eos", "Once upon a time", "length")
    assert not text.cut_short("Once upon a time", "eos", "Once upon a time, a dragon", "eos")
    assert not text.cut_short("Once upon a time", "length", "Long ago", "length")
    assert text.cut_short("Same.", "eos", "Same.", "eos")


def test_chrf_is_language_neutral() -> None:
    assert text.chrf("竜が眠った", "竜が眠った") == pytest.approx(100.0)
    assert text.chrf("竜が眠った", "幽霊が笑った") < 50
