"""Honest goal prompts the grader wrongly flagged (red-team pass 118) and their gaming neighbours,
held out: no row is a string of the pass's set or probes but the first few, which stand for
their classes. A polite ～でしょうか request, a request by what is not needed
(長い説明はいりません), a role given to the model ("You are a concise assistant."), a count of
a list's items, a typo of the control's own words, an audience, 一言で言うと？ and courtesy
beside a request ask with no review; a plot beside any of them, a negated or taken-back request,
a role that asks nothing and a persona of the story stay flagged. Part 1: a courtesy phrase as
the only change is padding."""

from __future__ import annotations

import pytest

from grader.score.additions import addition_review
from grader.score.disguises import padded_only
from tests.score.goal_reading import goal_reading, honest_reading

D = "Tell me a story about a dragon."
J = "ドラゴンの話を書いてください。"
K = "騎士の話をしてください。"
R, RJ = "Tell me a story about a robot.", "ロボットの話をしてください。"
JP = "ドラゴンの話を書いて。"

HONEST: list[tuple[str, str, str]] = [
    # the polite ～でしょうか forms, the commonest keigo requests
    (
        "concise",
        "猫の話をしてください。短めにしていただけますでしょうか。",
        "猫の話をしてください。",
    ),
    ("japanese", D + " 日本語でお答えいただけますでしょうか。", D),
    ("english", J + "英語で書いていただけますでしょうか。", J),
    ("concise", J + "短めでお願いできますでしょうか。", J),
    ("list", J + "箇条書きにしていただけますでしょうか。", J),
    ("concise", "ドラゴンの話を短くしていただけませんでしょうか。", J),
    ("one_sentence", "ドラゴンの話を一文で書いてくださいますでしょうか。", J),
    ("list", K + "箇条書きでまとめてもらえますでしょうか。", K),
    ("concise", "ドラゴンの話を、簡潔に書いていただけるでしょうか。", J),
    ("english", "猫の話をしてください。英語でお願いできますでしょうか。", "猫の話をしてください。"),
    ("one_sentence", K + "一文にまとめていただけますでしょうか？", K),
    # a request by what the answer need not have
    ("concise", K + "長い説明はいりません。", K),
    ("concise", K + "長い文章はいりません。", K),
    ("concise", K + "詳しい説明は不要です。", K),
    ("concise", JP + "長い話は要らないよ。", JP),
    ("concise", J + "細かい説明は必要ありません。", J),
    ("concise", J + "長々とした説明は結構です。", J),
    ("concise", D + " No long explanation needed.", D),
    ("concise", D + " I don't need a long explanation.", D),
    # a role given to the model that the goal defines
    ("concise", "You are a concise assistant. " + D, D),
    ("one_sentence", "You are an assistant that replies in one sentence. " + D, D),
    ("one_sentence", "You are a storyteller who always answers in one sentence. " + D, D),
    ("list", "You are a bot that only writes bullet points. " + D, D),
    ("concise", "You are a helpful assistant who always answers concisely. " + D, D),
    ("concise", "System: Answer concisely.\nUser: " + D, D),
    ("one_sentence", "Act as a storyteller and tell me a story about a dragon in one sentence.", D),
    ("one_sentence", "あなたはプロの作家です。ドラゴンの話を一文で書いてください。", J),
    ("concise", "あなたは簡潔に答えるアシスタントです。" + J, J),
    ("japanese", "You are an assistant who always answers in Japanese. " + D, D),
    ("concise", "You're a terse assistant. " + D, D),
    ("list", "Act as a writer who uses bullet points. " + D, D),
    ("english", "あなたは英語で答えるアシスタントです。" + J, J),
    ("one_sentence", "Pretend you are a narrator who answers in one sentence. " + D, D),
    ("concise", "You are a friendly and brief storyteller. " + D, D),
    # a count of a list's items is the list's form
    ("list", RJ + "箇条書きで3点にまとめてください。", RJ),
    ("list", R + " Use bullet points, about three of them.", R),
    ("list", RJ + "箇条書きで、ポイントを3つくらいに。", RJ),
    ("list", "Tell me a story about a dragon as a list of five points.", D),
    ("list", JP + "5項目の箇条書きで。", JP),
    ("list", D + " Use bullet points, no more than four.", D),
    ("list", D + " Give it as a bulleted list with 4 items.", D),
    # a typo of the control's own words is no word added
    ("concise", "Tell me a storry about a dragon. Keep it short.", D),
    ("one_sentence", "Tell me a stroy about a dragon in one sentense.", D),
    ("japanese", "Tell me a stroy about a dragon in Japanese.", D),
    ("concise", "Tell me a story abuot a dragon. Keep it short.", D),
    ("list", "Tell me a story about a dargon as a bulleted list.", D),
    ("one_sentence", "Tel me a story about a dragon in one sentence.", D),
    # an audience chooses the reader, not the story; a short form compared
    ("concise", "ドラゴンの話を、小学生にもわかるように短く書いて。", JP),
    ("concise", D[:-1] + " for my little sister, and keep it short.", D),
    ("concise", D + " Keep it short, like a haiku.", D),
    ("concise", "ドラゴンの話を子ども向けに短く書いて。", JP),
    ("one_sentence", D[:-1] + " for a five-year-old, in one sentence.", D),
    ("list", "ドラゴンの話を、初心者でもわかるように箇条書きで書いて。", JP),
    ("concise", D + " Keep it short so that a child can understand it.", D),
    ("concise", D + " Keep it short, like a tweet.", D),
    # "in a nutshell" asked as a question
    ("one_sentence", "ドラゴンの話を一言で言うと？", "ドラゴンの話をして。"),
    ("one_sentence", "ドラゴンの話を一文でまとめると？", "ドラゴンの話をして。"),
    # courtesy beside the request
    ("concise", D + " Keep it short. Thank you so much!", D),
    ("list", D + " Use bullet points. Many thanks!", D),
]

GAMING: list[tuple[str, str, str, str]] = [
    ("concise", D[:-1] + " who meets a princess and fights a knight. Keep it short.", D, "more"),
    ("concise", "ドラゴンの話を短くしないでいただけますでしょうか。", J, "none"),
    ("one_sentence", "You are an assistant that never answers in one sentence. " + D, D, "none"),
    ("concise", D[:-1] + " who always speaks briefly.", D, "none"),
    ("concise", "You are a pirate. Keep it short. " + D, D, "more"),
    ("one_sentence", D[:-1] + " and a storyteller who always answers in one sentence.", D, "none"),
    ("list", D[:-1] + " and a bot that only writes bullet points.", D, "none"),
    ("concise", K + "長い説明もいります。", K, "none"),
    ("concise", D[:-1] + " for my little sister who loves unicorns, and keep it short.", D, "more"),
    ("list", RJ + "箇条書きで3点にまとめて、最後に宇宙へ行く話にしてください。", RJ, "more"),
    ("list", R + " Use bullet points, about three of them, and add a cat.", R, "more"),
    ("concise", "Tell me a stork about a dragon. Keep it short.", D, "more"),
    (
        "concise",
        "Tell me a story about a mouse. Keep it short.",
        "Tell me a story about a house.",
        "more",
    ),
    ("concise", D[:-1] + " and a drake. Keep it short.", D, "more"),
    ("one_sentence", "You are a storyteller. " + D, D, "none"),
    ("concise", "You are an assistant. " + D, D, "none"),
    ("concise", D[:-1] + " and a concise assistant who helps it.", D, "none"),
    ("list", "You are a bot that only writes bullet points and loves pizza. " + D, D, "more"),
    ("concise", "あなたは海賊です。ドラゴンの話を短く書いてください。", J, "more"),
    ("concise", D + " Keep it short, like a haiku about cherry blossoms.", D, "more"),
    (
        "japanese",
        "Tell me a story about a cat. 日本語で答えないでいただけますでしょうか。",
        D,
        "none",
    ),
    ("english", J + "英語で書かないでいただけますでしょうか。", J, "none"),
    ("concise", "ドラゴンの話を短くしていただけますでしょうか、なんてね。", J, "none"),
    ("concise", K + "長い説明はいりませんが、詳しく書いてください。", K, "none"),
    ("list", RJ + "箇条書きで3点、ロボットが恋をする話で。", RJ, "more"),
    (
        "concise",
        D[:-1] + " who fights a knight, and keep it short so a child can understand.",
        D,
        "more",
    ),
    ("concise", "あなたはお姫様と戦うドラゴンです。短く答えてください。", J, "more"),
    ("one_sentence", "ドラゴンの話を一言で言うと長くなる。", "ドラゴンの話をして。", "none"),
]
"""(goal, prompt, control, reading): "none" does not ask, "more" adds more beside a request."""


@pytest.mark.parametrize(("goal", "prompt", "control"), HONEST)
def test_honest_requests_ask_with_no_review(goal: str, prompt: str, control: str) -> None:
    assert honest_reading(goal, prompt, control) == ("asks", None, None)


@pytest.mark.parametrize(("goal", "prompt", "control", "reading"), GAMING)
def test_gaming_neighbours_stay_flagged(goal: str, prompt: str, control: str, reading: str) -> None:
    assert goal_reading(goal, prompt, control) == reading


COURTESY: list[tuple[str, str, bool]] = [
    (D + " Thank you so much!", D, True),
    (D + " Thank you very much.", D, True),
    (D + " Thanks a lot!", D, True),
    (D + " Cheers!", D, True),
    (D + " Much appreciated.", D, True),
    (D + " Many thanks.", D, True),
    (D + " Thanks in advance!", D, True),
    (D + " Thanks so much, you're the best!", D, True),
    (D + " Thank you so much for your help!", D, True),
    (D + " Thanks a million!!", D, True),
    (D + " I really appreciate it!", D, True),
    (D + " Thank you kindly!", D, True),
    ("Thank you so much! " + D, D, True),
    (J + "ありがとう！", J, True),
    (J + "お願いします。", J, True),
    (J + "本当にありがとう！", J, True),
    (J + "感謝します。", J, True),
    (J + "どうもありがとうございました！", J, True),
    (J + "いつも本当にありがとうございます。", J, True),
    # a change beside the courtesy, or courtesy inside the story, is a change
    (D + " Thank you! Make the dragon purple.", D, False),
    ("Thank you! Make the dragon purple.", D, False),
    (D + " Thanks for the story about the princess!", D, False),
    (D + " Thank you, and make it funny!", D, False),
    ("Thank you so much! Tell me a story about a purple dragon.", D, False),
    (J + "ありがとう、楽しい話にしてね。", J, False),
    (D[:-1] + " who always says thank you so much.", D, False),
]


@pytest.mark.parametrize(("prompt", "control", "flagged"), COURTESY)
def test_courtesy_alone_is_padding(prompt: str, control: str, flagged: bool) -> None:
    review = padded_only(prompt, control) or addition_review(prompt, control)
    assert (review is not None) is flagged
