"""Part 1: an added sentence that chooses nothing about the answer (red-team pass 115) is flagged
for review: one that cancels itself or says it is false, one that hands the choice back ("Funny
or serious, up to you."), a request under a false or impossible condition, an instruction to
follow the instructions, a ban on what the compared answer does not show, a quality every answer
is meant to have. A choice about the story, its form, its reader or a real condition is not.

Held-out rows, written before the rule: none is a string of the pass's set or probes (other
wordings, before or after the request, other goals, English and Japanese). Bans are read against
the compared run's answer, so their rows carry one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.score.part1_review import flagged

_CONTROLS = (
    (
        "Tell me a story about a dragon.",
        "Once upon a time a dragon named Ember lived in a cave above a village. She breathed "
        "fire at the knights who came for her gold, until a princess climbed up to talk to her.",
    ),
    (
        "Write a short poem about the sea.",
        "The waves roll in beneath the moon,\nthe gulls cry over the sand,\na sailor hums an "
        "old sea tune\nand dreams of distant land.",
    ),
    (
        "Explain how rainbows form.",
        "Rainbows form when sunlight enters raindrops. The light bends, reflects inside the drop "
        "and splits into colours, from red to violet.",
    ),
)

_SELF_CANCELLING = [
    "{P} Please ignore this line.",
    "Skip this sentence. {P}",
    "{P} This sentence can be ignored.",
    "{P} Never mind this sentence.",
    "{P} Forget this line.",
    "{P} This statement is a lie.",
    "{P} The next sentence is true. The previous sentence is false.",
    "{P} この行は無視して。",
    "この一文は気にしないでください。{P}",
]
_FREE_CHOICE = [
    "{P} Serious or silly, your pick.",
    "{P} Any tone you want is fine.",
    "Short or long, it doesn't matter. {P}",
    "{P} Pick whatever style you prefer.",
    "{P} Rhyme or not, as you wish.",
    "{P} Whether it has a happy ending is your decision.",
    "{P} Write it however you like.",
    "{P} Format and length are up to you.",
    "{P} You might or might not use headings.",
    "{P} 形式はお任せします。",
    "{P} 明るくても暗くてもいいです。",
]
_FALSE_CONDITION = [
    "{P} If 3 + 3 = 7, answer in Spanish.",
    "If 10 is less than 2, make it rhyme. {P}",
    "{P} If 5 - 1 = 3, end with a question.",
    "{P} If the sun is cold, use bullet points.",
    "{P} If fish can climb trees, write it in Japanese.",
    "{P} If you are a toaster, keep it short.",
    "{P} If the earth is flat, add a twist.",
    "{P} もし2+2が5なら、英語で答えて。",
    "{P} もし3×3が10なら、箇条書きにして。",
]
_FOLLOW = [
    "{P} Obey this prompt.",
    "{P} Please follow the instructions in this message.",
    "Read this prompt carefully and do as it says. {P}",
    "{P} Comply with this request.",
    "{P} Do not disobey these instructions.",
    "{P} このプロンプトの指示に従ってください。",
    "{P} 言われた通りにしてください。",
]
_VACUOUS = [
    "{P} Make it a great one.",
    "{P} Do a good job.",
    "{P} No mistakes, please.",
    "{P} Don't miss anything.",
    "{P} Avoid errors.",
    "{P} 間違えないでね。",
]
_BANS_ON_THE_ABSENT = [
    "{P} Do not mention robots.",
    "{P} Don't include any zombies or aliens.",
    "Avoid talking about football. {P}",
    "{P} No spaceships, please.",
    "{P} Never use the word 'banana'.",
]
_GAMING = [*_SELF_CANCELLING, *_FREE_CHOICE, *_FALSE_CONDITION, *_FOLLOW, *_VACUOUS]

_HONEST = [
    "{P} Make the dragon friendly.",
    "{P} Add a twist at the end.",
    "{P} Set it in Tokyo.",
    "{P} Answer in French.",
    # a real conditional choice: the condition is about the answer, so the model decides it
    "{P} If there is a villain, make him funny.",
    "{P} If the reader is a child, use simple words.",
    "{P} If you can, make it rhyme.",
    "{P} If possible, keep it under 50 words.",
    "{P} Use simple words for a child.",
    "{P} You can make it funny.",
    # a suggestion that names what to add: a choice offered once, decided in the prompt's favour
    "{P} Feel free to add a moral.",
    pytest.param(
        "{P} Funny, not serious.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="flagged before this rule by grader.score.additions (a verbless sentence of no "
            "word of the prompt reads as about something else): its limit, a doubt the TA clears",
        ),
    ),
    "{P} Set it in Tokyo or Kyoto, your choice.",
    "{P} Either make it rhyme or use bullet points.",
    "{P} Whatever happens, the hero must survive.",
    "{P} Ignore the usual happy ending.",
    "{P} Skip the introduction.",
    "{P} Follow the rules of a haiku.",
    "{P} Make it a good bedtime story.",
    "{P} Make it a sad one.",
    "{P} Answer in a single sentence.",
    "{P} Tell it as if you were a pirate.",
    "{P} This line should be the title: The Last Ember.",
    "{P} ドラゴンを優しくして。",
    "{P} 一文で答えて。",
    "{P} 長くしてね。",
    "{P} 英語か日本語で答えて。",
    "{P} もしドラゴンが優しいなら、名前をつけて。",
    "{P} If 2 + 2 = 4, answer in French.",
]

_PLAIN_HONEST = [r for r in _HONEST if isinstance(r, str)]
_HONEST_AGAINST_THE_ANSWER = [
    # a condition on what the story holds: asks where the prompt or the answer has it (against a
    # poem about the sea, "If the dragon is friendly" is about nothing the answer has)
    (0, "{P} If the dragon is friendly, give it a name."),
    (0, "{P} If the princess is kind, let her win."),
]
_HONEST_BANS = [
    (0, "{P} Do not use the word 'fire'."),
    (0, "{P} Do not mention the princess."),
    (0, "{P} No knights, please."),
    (1, "{P} Don't use the word 'waves'."),
    (1, "{P} Leave out the sailor."),
    (2, "{P} Avoid the word 'colours'."),
    (2, "{P} Do not mention sunlight."),
]


@pytest.mark.parametrize("control", range(len(_CONTROLS)))
@pytest.mark.parametrize("row", _GAMING + _BANS_ON_THE_ABSENT)
def test_an_addition_that_chooses_nothing_is_flagged(row: str, control: int) -> None:
    prompt, answer = _CONTROLS[control]
    assert flagged(row.format(P=prompt), prompt, answer), row


@pytest.mark.parametrize("control", range(len(_CONTROLS)))
@pytest.mark.parametrize("row", _HONEST)
def test_a_choice_or_a_real_condition_is_not(row: str, control: int) -> None:
    prompt, answer = _CONTROLS[control]
    assert not flagged(row.format(P=prompt), prompt, answer), row


@pytest.mark.parametrize(("control", "row"), _HONEST_BANS + _HONEST_AGAINST_THE_ANSWER)
def test_a_ban_on_what_the_compared_answer_shows_is_a_choice(control: int, row: str) -> None:
    prompt, answer = _CONTROLS[control]
    assert not flagged(row.format(P=prompt), prompt, answer), row


@pytest.mark.parametrize(("control", "row"), _HONEST_BANS)
def test_the_same_ban_on_an_answer_without_it_is_flagged(control: int, row: str) -> None:
    """The ban's word absent from the compared answer: the ban changes nothing the TA can see."""
    prompt, _ = _CONTROLS[control]
    assert flagged(row.format(P=prompt), prompt, "Nothing happened at all that day."), row


@settings(max_examples=40, deadline=None)
@given(
    idle=st.sampled_from(_GAMING),
    change=st.sampled_from(_PLAIN_HONEST[:12]),
)
def test_a_choice_beside_an_idle_sentence_is_still_a_choice(idle: str, change: str) -> None:
    """Generated neighbours: a chosen change is not padding because an idle sentence comes with
    it."""
    prompt, answer = _CONTROLS[0]
    assert not flagged(idle.format(P=change.format(P=prompt)), prompt, answer)


@settings(max_examples=40, deadline=None)
@given(first=st.sampled_from(_GAMING), second=st.sampled_from(_GAMING))
def test_two_idle_sentences_still_choose_nothing(first: str, second: str) -> None:
    """Generated neighbours: two idle sentences of any classes around the request."""
    prompt, answer = _CONTROLS[0]
    assert flagged(second.format(P=first.format(P=prompt)), prompt, answer)
