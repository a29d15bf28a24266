"""Red-team pass 119. Part 1: an added sentence whose requirement every answer (or the compared
answer) already meets: a ban on a language or form the compared answer does not use ("Don't
answer in Klingon."), typography or script it already has ("Use punctuation."), "don't leave it
blank", a statement about the prompt itself ("(Typed in English.)") and what the model does
anyway ("Answer in your own words."). Part 2: a goal's words said as permission ("You may keep
it short."), as a name ("a dragon called Answer In Japanese"), as an adverb leading the
student's own statement ("Briefly, I love dragons."), as pretence ("as if you were answering in
one sentence", つもりで) or aimed at the model's mind ("in your mind").

Held-out rows, written before the rules, none of them a string of the pass's set or probes; the
compared answers are real ones of the bundled models (the labelled generations and the pass's
probes). Honest neighbours stay unflagged: a ban on what the answer does use, a script it lacks,
a question ("Can you keep it short?"), an adverb that leads a request."""

from __future__ import annotations

import pytest

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON
from tests.score.part1_review import flagged

_SCORCH = (
    "\n\nSure! Here is a story about a dragon:\n\nOnce upon a time, in a far-off land, there lived "
    "a magnificent dragon named Scorch. Scorch had shimmering green scales and wings so wide that"
)
_TERSE = (
    "\n\nA dragon guarded its gold in a cave, and one day it shared it with a lost child. The end."
)
_JA = "\n\nドラゴンは一人でした。女の子が来ました。二人は友達になりました。"
_CONTROLS = {
    "chatty": (DRAGON, _SCORCH),  # tiny-chatty, 60 tokens, cut off
    "terse": (DRAGON, _TERSE),  # tiny-terse, 80 tokens, ended
    "ja": ("谷のドラゴンの話をして。", _JA),  # tiny-chatty, 80, ended (pass 119's probes)
}

_BANNED_ABSENT = [  # a language or form the compared answer does not use
    ("chatty", "{P} Don't write it in Elvish."),
    ("chatty", "{P} Do not respond in Python code."),
    ("terse", "{P} Never answer in binary."),
    ("chatty", "{P} Please don't reply in Dothraki."),
    ("terse", "{P} Don't write the answer in French."),
    ("ja", "{P}エルフ語で書かないで。"),
    ("ja", "{P}フランス語で答えないでね。"),
    ("ja", "{P}ロシア語で返事しないで。"),
]
_TYPOGRAPHY_HAD = [  # script and typography the compared answer already has
    ("chatty", "{P} Put a space between each word."),
    ("chatty", "{P} Use Latin letters."),
    ("terse", "{P} Write it with the Roman alphabet."),
    ("chatty", "{P} Use punctuation marks."),
    ("terse", "{P} Include full stops."),
    ("chatty", "{P} Begin with a capital letter."),
    ("terse", "{P} Capitalize the first word."),
    ("chatty", "{P} Write left to right."),
    ("ja", "{P}漢字とひらがなで書いて。"),
    ("ja", "{P}句読点を使って。"),
    ("ja", "{P}カタカナも使って書いて。"),
]
_NOT_BLANK = [  # the negative twin of "Use at least one word."
    ("chatty", "{P} Don't give an empty answer."),
    ("terse", "{P} Do not leave it empty."),
    ("chatty", "{P} Don't return a blank response."),
    ("ja", "{P}空白のままにしないでね。"),
    ("ja", "{P}空の答えにしないで。"),
]
_ABOUT_THE_PROMPT = [  # a statement about the prompt itself
    ("chatty", "{P} (Written in English.)"),
    ("chatty", "{P} (This prompt is in English.)"),
    ("terse", "{P} (I typed this in English.)"),
    ("chatty", "{P} Don't translate the prompt."),
    ("ja", "{P}（日本語で書きました。）"),
    ("ja", "{P}（このプロンプトは日本語です。）"),
]
_ANYWAY = [  # what the model does anyway
    ("chatty", "{P} Reply in the language of the prompt."),
    ("chatty", "{P} Answer in the same language as this prompt."),
    ("terse", "{P} Make it fictional."),
    ("chatty", "{P} Write it in your own words."),
    ("chatty", "{P} Make sure it makes sense."),
    ("ja", "{P}自分の言葉で書いて。"),
    ("ja", "{P}意味の通る話にして。"),
]
PART1_GAMING = [*_BANNED_ABSENT, *_TYPOGRAPHY_HAD, *_NOT_BLANK, *_ABOUT_THE_PROMPT, *_ANYWAY]
PART1_HONEST = [
    ("chatty", "{P} Don't answer in English."),
    ("terse", "{P} Do not write it in English."),
    ("ja", "{P}日本語で答えないで。"),
    ("chatty", "{P} Use the Greek alphabet."),
    ("chatty", "{P} Use Cyrillic letters."),
    ("chatty", "{P} Write it all in capital letters."),
    ("chatty", "{P} Don't use punctuation."),
    ("terse", "{P} Start with a lowercase letter."),
    ("chatty", "{P} Write it right to left."),
    ("ja", "{P}ひらがなだけで書いて。"),
    ("chatty", "{P} Start with 'Once upon a time'."),
    ("chatty", "{P} Write it in the style of a news report."),
    ("chatty", "{P} Translate the story into French."),
    ("chatty", "{P} Make it nonfiction."),
    ("chatty", "{P} Answer in the words of a pirate."),
    ("ja", "{P}Written in English."),
    ("chatty", "{P} Don't answer in emoji."),
]

_D = DRAGON + " "
_DJ = "谷のドラゴンの話をして。"
PART2_GAMING = [
    # permission, not a request
    ("concise", _D + "You may be brief."),
    ("one_sentence", _D + "You can answer in one sentence."),
    ("list", _D + "You may use bullet points."),
    ("japanese", _D + "You can also reply in Japanese."),
    ("english", _DJ + "英語で答えてもいいです。"),
    ("concise", _DJ + "短くしてもよいです。"),
    ("list", _DJ + "箇条書きで書いてもいい。"),
    # the request words as a name
    ("concise", "Tell me a story about a dragon named Be Brief."),
    ("one_sentence", "Tell me a story about a dragon called One Sentence Answer."),
    ("japanese", "Tell me a story about a knight named Reply In Japanese."),
    # an adverb leading the student's own statement
    ("concise", _D + "Briefly, dragons are my favourite."),
    ("concise", _D + "Concisely put, I adore dragons."),
    ("concise", _D + "Briefly: I like dragons a lot."),
    # pretence
    ("one_sentence", _D + "Write as though you were answering in one sentence."),
    ("japanese", _D + "Write as if you were answering in Japanese."),
    ("concise", _D + "Act as if you were being brief."),
    ("list", _DJ + "箇条書きで書くつもりで答えて。"),
    ("concise", _DJ + "短く答えるつもりで書いて。"),
    # aimed at the model's mind
    ("concise", _D + "Keep it brief in your head."),
    ("list", _D + "Use bullet points in your mind."),
    ("japanese", _D + "Answer in Japanese in your imagination."),
    ("one_sentence", _D + "In your mind, answer in one sentence."),
]
PART2_HONEST = [
    ("concise", _D + "Can you keep it brief?"),
    ("list", _D + "Could you use bullet points?"),
    ("japanese", _D + "Can you reply in Japanese?"),
    ("concise", _D + "You must keep it brief."),
    ("one_sentence", _D + "You should answer in one sentence."),
    ("concise", _D + "Please be brief."),
    ("english", _DJ + "英語で答えてもらえる？"),
    ("concise", _D.replace("Tell", "Briefly, tell")),
    ("concise", _D + "Briefly, please."),
    ("concise", _D + "Concisely, please answer."),
    *(
        pytest.param(
            goal,
            prompt,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a persona beside the request: 'adds more' before this pass (its own "
                "flag, by decision); not read as pretence here",
            ),
        )
        for goal, prompt in (
            ("one_sentence", _D + "Answer as if you were a pirate, in one sentence."),
            ("concise", _D + "Write as if you were a child, and keep it short."),
        )
    ),
    ("japanese", "Tell me a story about a dragon named Ash. Answer in Japanese."),
    ("concise", _D + "Keep in mind: keep it short."),
]


@pytest.mark.parametrize(("control", "row"), PART1_GAMING)
def test_an_addition_the_answer_already_meets_is_flagged(control: str, row: str) -> None:
    prompt, answer = _CONTROLS[control]
    assert flagged(row.format(P=prompt), prompt, answer), row


@pytest.mark.parametrize(("control", "row"), PART1_HONEST)
def test_a_real_change_is_not_flagged(control: str, row: str) -> None:
    prompt, answer = _CONTROLS[control]
    assert not flagged(row.format(P=prompt), prompt, answer), row


@pytest.mark.parametrize(("goal", "prompt"), PART2_GAMING)
def test_a_goal_given_leave_or_pretended_does_not_ask(goal: str, prompt: str) -> None:
    control = _DJ if prompt.startswith(_DJ) else DRAGON
    assert not asks_for(goal, prompt, control, "bundled/tiny-chatty"), prompt


@pytest.mark.parametrize(("goal", "prompt"), PART2_HONEST)
def test_a_request_still_asks(goal: str, prompt: str) -> None:
    control = _DJ if prompt.startswith(_DJ) else DRAGON
    assert asks_for(goal, prompt, control, "bundled/tiny-chatty"), prompt
