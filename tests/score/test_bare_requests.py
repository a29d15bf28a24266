"""Honest goal prompts the grader wrongly flagged (red-team pass 122) and their gaming neighbours,
held out: but the first row or two of each class, which stand for the class, no row is a string
of the pass's set or probes. A request given as a bare noun phrase ("Give me 3 bullet points.",
"3 bullet points please.", "Give me one sentence.", "Two sentences, please."), a Japanese count
after its noun (箇条書き3つで, 3点でまとめて) and a translation into the goal's language
("Translate it into Japanese.", "Then translate it to Japanese.", 日本語に訳して, 英語に翻訳して)
ask with no review; a negated, taken-back or mentioned request, a translation of something else
and a plot beside any of them stay flagged."""

from __future__ import annotations

import pytest

from tests.score.goal_reading import goal_reading, honest_reading

C = "Tell me a story about a cat."
CJ = "猫の話をしてください。"
K = "Tell me a story about a knight."
KJ = "騎士の話をして。"

HONEST: list[tuple[str, str, str]] = [
    # a list given as a bare noun phrase, its count as digits or words
    ("list", C + " Give me 3 bullet points.", C),
    ("list", C + " Give me three bullet points.", C),
    ("list", C + " Give me bullet points.", C),
    ("list", C + " 3 bullet points please.", C),
    ("list", K + " Give me five bullets.", K),
    ("list", C + " Please give me a bulleted list.", C),
    ("list", K + " Give me a numbered list.", K),
    ("list", C + " Just 4 bullet points, please.", C),
    ("list", K + " Write me two bullet points.", K),
    ("list", C + " Three bullets, please.", C),
    ("list", K + " Just bullet points.", K),
    # a Japanese count after the noun
    ("list", CJ + "箇条書き3つでお願いします。", CJ),
    ("list", KJ + "箇条書き三つで書いて。", KJ),
    ("list", CJ + "3点でまとめてください。", CJ),
    ("list", KJ + "箇条書き5個でお願い。", KJ),
    ("list", CJ + "箇条書きでお願いします。", CJ),
    # one sentence as a bare noun phrase
    ("one_sentence", C + " Give me one sentence.", C),
    ("one_sentence", C + " One sentence, please.", C),
    ("one_sentence", K + " Just one sentence.", K),
    ("one_sentence", C + " Give me a single sentence.", C),
    ("one_sentence", K + " One line, please.", K),
    ("one_sentence", C + " Give me one line.", C),
    ("one_sentence", CJ + "一文だけでお願いします。", CJ),
    ("one_sentence", KJ + "一文だけ。", KJ),
    # a short answer counted as a bare noun phrase
    ("concise", C + " Give me two sentences.", C),
    ("concise", K + " Two sentences, please.", K),
    ("concise", C + " Just three sentences.", C),
    ("concise", K + " Give me 2 lines.", K),
    # a translation into the goal's language
    ("japanese", C + " Translate it into Japanese.", C),
    ("japanese", C + " Translate into Japanese, please.", C),
    ("japanese", C + " Then translate it to Japanese.", C),
    ("japanese", K + " Please translate the story into Japanese.", K),
    ("japanese", K + " Translate your answer into Japanese.", K),
    ("japanese", C + " 日本語に訳してください。", C),
    ("japanese", K + " 日本語に翻訳して。", K),
    ("english", CJ + "英語に翻訳してください。", CJ),
    ("english", KJ + "英語に訳して。", KJ),
    ("english", CJ + "Translate it into English.", CJ),
    ("english", KJ + "Then translate it into English, please.", KJ),
    ("one_sentence", CJ + "一つの文だけでお願いします。", CJ),
    ("one_sentence", KJ + "ひとつの文で答えて。", KJ),
]

GAMING: list[tuple[str, str, str, str]] = [
    ("list", C + " Don't give me bullet points.", C, "none"),
    ("list", C + " Give me 3 bullet points? No, never mind.", C, "none"),
    ("list", C + " Never give me bullet points.", C, "none"),
    ("list", C + " My teacher said 'give me 3 bullet points'.", C, "none"),
    ("list", C + " Give me 3 bullet points about a dog and a wizard.", C, "more"),
    ("list", CJ + "箇条書き3つではなく書いてください。", CJ, "none"),
    ("list", CJ + "箇条書き3つでお願いします、なんてね。", CJ, "none"),
    ("list", C + " Give me 3 bullet points in paragraphs.", C, "none"),
    ("one_sentence", C + " Don't give me one sentence.", C, "none"),
    ("one_sentence", C + " Give me one sentence about the moon.", C, "more"),
    ("one_sentence", C + " Give me one sentence, just kidding.", C, "none"),
    ("concise", C + " Give me two sentences, not less.", C, "none"),
    ("concise", C + " Give me 200 sentences.", C, "none"),
    ("japanese", C + " Translate the word 'dragon' for me first.", C, "none"),
    ("japanese", C + " Don't translate it into Japanese.", C, "none"),
    ("japanese", C + " Translate it into Japanese and back into English.", C, "none"),
    ("japanese", C + " Translate the word dragon into Japanese.", C, "more"),
    ("japanese", C + " Translate it into Japanese next time.", C, "none"),
    ("japanese", CJ + "日本語に訳さないでください。", CJ, "none"),
    ("english", CJ + "英語に翻訳しないで。", CJ, "none"),
    ("english", C + " Then translate it into French.", C, "none"),
    # pass 123 (rt123-01), written before the change: a count of nothing, and a count in a
    # story's subject, are no request
    ("concise", C + " Zero sentences, please.", C, "none"),
    ("concise", C + " Give me zero lines.", C, "none"),
    ("concise", C + " Give me 0 words.", C, "none"),
    ("list", C + " Give me zero bullet points.", C, "none"),
    ("list", C + " No bullet points, please.", C, "none"),
    ("list", CJ + "箇条書き0個でお願いします。", CJ, "none"),
    ("one_sentence", "一つの文だけを話す猫の話をしてください。", CJ, "none"),
    ("one_sentence", "ひとつの文のみを覚えた騎士の話をして。", KJ, "none"),
]
"""(goal, prompt, control, reading): "none" does not ask, "more" adds more beside a request."""


@pytest.mark.parametrize(("goal", "prompt", "control"), HONEST)
def test_bare_requests_and_translations_ask_with_no_review(
    goal: str, prompt: str, control: str
) -> None:
    assert honest_reading(goal, prompt, control) == ("asks", None, None)


@pytest.mark.parametrize(("goal", "prompt", "control", "reading"), GAMING)
def test_bare_request_neighbours_stay_flagged(
    goal: str, prompt: str, control: str, reading: str
) -> None:
    assert goal_reading(goal, prompt, control) == reading
