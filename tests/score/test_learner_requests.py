"""Honest goal prompts the grader wrongly flagged (red-team pass 120) and their gaming neighbours,
held out: but the first row or two of each class, which stand for the class, no row is a string
of the pass's set or probes. A Japanese learner's English ("Answer shortly.", "by Japanese", "by
one sentence", "Answer short."), an ordering word beside a request (順を追って, 順番に), the
step-by-step cue the course teaches, "in one word", keigo verbs of telling (ご教示ください,
お聞かせ願えますか) and a casual question for the answer in a form (箇条書きだとどうなる？) ask
with no review; a negated request, a question that is no request, and a plot beside any of them
stay flagged."""

from __future__ import annotations

import pytest

from tests.score.goal_reading import goal_reading, honest_reading

D = "Tell me a story about a dragon."
R = "Tell me a story about a robot."
J = "ドラゴンの話を書いてください。"
K = "騎士の話をしてください。"
RJ = "ロボットの話をしてください。"
P = "海賊の話をして。"

HONEST: list[tuple[str, str, str]] = [
    # a learner's English: "shortly" for "briefly", "by" for "in", "short" for "briefly"
    ("concise", D + " Answer shortly.", D),
    ("japanese", D + " Please answer by Japanese.", D),
    ("concise", "Tell me a story about a cat shortly.", "Tell me a story about a cat."),
    ("concise", "Tell me shortly a story about a cat.", "Tell me a story about a cat."),
    ("concise", R + " Please make it shortly.", R),
    ("concise", R + " Answer short.", R),
    ("concise", D + " Answer shortly please.", D),
    ("concise", D + " Please tell it shortly.", D),
    ("concise", D + " Write short, please.", D),
    ("concise", D + " Answer in short.", D),
    ("one_sentence", R + " Answer by one sentence.", R),
    ("one_sentence", D + " Please write by one sentence.", D),
    ("japanese", R + " Answer by Japanese language, please.", R),
    ("japanese", D + " Please write it by Japanese.", D),
    ("english", J + "Please answer by English.", J),
    ("english", RJ + " answer by English", RJ),
    ("list", D + " Write by bullet points.", D),
    ("list", R + " Please answer by a list.", R),
    # an ordering word beside a request: how the answer runs, not what happens
    ("list", "ロボットの話を、順を追って箇条書きにしてください。", RJ),
    ("concise", "騎士の話を、順番に短くまとめてください。", K),
    ("list", "ドラゴンの話を順序よく箇条書きで書いてください。", J),
    ("list", "騎士の話を時系列で箇条書きにしてください。", K),
    ("concise", "ロボットの話を、順を追って簡潔に書いてください。", RJ),
    ("list", "騎士の話を、時系列順に箇条書きでお願いします。", K),
    # the step-by-step cue; "in one word", "a few words", "in two words"
    (
        "one_sentence",
        "Let's think step by step. Tell me a story about a knight in one sentence.",
        "Tell me a story about a knight.",
    ),
    ("concise", D + " Think step by step, then answer briefly.", D),
    ("concise", R + " Answer in one word.", R),
    ("concise", D + " In one word please.", D),
    ("concise", "Think step by step and keep it short. " + R, R),
    ("one_sentence", D + " Let's think step by step, and answer in one sentence.", D),
    ("concise", D + " Answer in a single word.", D),
    ("concise", R + " Answer in two words.", R),
    ("concise", D + " Just a few words, please.", D),
    ("japanese", "ステップバイステップで考えて、日本語で答えてください。" + D, D),
    # keigo verbs of telling
    ("one_sentence", "ドラゴンの話を一文でご教示いただけますでしょうか。", J),
    ("list", "騎士の話を箇条書きにてご教示ください。", K),
    ("english", "猫の話を、英語でご教示ください。", "猫の話をしてください。"),
    ("english", "ロボットの話を英語でお聞かせ願えますか。", RJ),
    ("concise", "ドラゴンの話を簡潔にご説明ください。", J),
    ("list", "騎士の話を箇条書きでお教えいただけますか。", K),
    ("one_sentence", "ロボットの話を一文でお聞かせ願えますでしょうか。", RJ),
    ("concise", "騎士の話を短くご教示願えますか？", K),
    # a casual question for the answer in a form
    ("list", "海賊の話、箇条書きだとどうなる？", P),
    ("one_sentence", "海賊の話、一文だとどうなる？", P),
    ("japanese", "Tell me a story about a pirate. 日本語だと？", "Tell me a story about a pirate."),
    ("concise", "海賊の話、短くするとどうなる？", P),
    ("list", "ドラゴンの話、リストだとどうなりますか？", "ドラゴンの話をして。"),
]

GAMING: list[tuple[str, str, str, str]] = [
    ("concise", D + " Don't answer shortly.", D, "none"),
    ("concise", D + " Why did you answer shortly?", D, "none"),
    ("japanese", D + " Please don't answer by Japanese.", D, "none"),
    ("concise", D[:-1] + " and a princess shortly.", D, "more"),
    ("concise", D + " Answer shortly, and add a wizard.", D, "more"),
    ("one_sentence", D + " Answer by one sentence about the castle.", D, "more"),
    ("list", D + " Write by bullet points, and make the dragon purple.", D, "more"),
    ("concise", D + " Answer shortly, just kidding.", D, "none"),
    (
        "list",
        "順を追って、ドラゴンと王女と騎士の冒険を箇条書きにして",
        "ドラゴンの話をして。",
        "more",
    ),
    ("concise", "騎士の話を、順番に短くまとめて、最後に竜を出してください。", K, "more"),
    ("list", "ロボットの話を、順を追って箇条書きにしないでください。", RJ, "none"),
    (
        "concise",
        D + " Think step by step about the dragon's castle and its three towers, then answer"
        " briefly.",
        D,
        "more",
    ),
    (
        "one_sentence",
        "Let's think step by step about wizards. " + D + " In one sentence.",
        D,
        "more",
    ),
    ("concise", D + " Don't answer in one word.", D, "none"),
    ("concise", D + " The dragon can say only one word.", D, "none"),
    ("english", "猫の話を、英語でご教示しないでください。", "猫の話をしてください。", "none"),
    ("one_sentence", "ドラゴンと姫の話を一文でご教示いただけますでしょうか。", J, "more"),
    ("english", "ロボットの話を英語でお聞かせ願えますか、なんてね。", RJ, "none"),
    ("list", "海賊の話、箇条書きだとどうなるか知りたくない。", P, "none"),
    ("list", "海賊と人魚の話、箇条書きだとどうなる？", P, "more"),
    ("list", "海賊の話、箇条書きだとどうしてダメなの？", P, "none"),
    ("concise", D + " Answer in one word about a unicorn.", D, "more"),
]
"""(goal, prompt, control, reading): "none" does not ask, "more" adds more beside a request."""


@pytest.mark.parametrize(("goal", "prompt", "control"), HONEST)
def test_learner_requests_ask_with_no_review(goal: str, prompt: str, control: str) -> None:
    assert honest_reading(goal, prompt, control) == ("asks", None, None)


@pytest.mark.parametrize(("goal", "prompt", "control", "reading"), GAMING)
def test_learner_neighbours_stay_flagged(
    goal: str, prompt: str, control: str, reading: str
) -> None:
    assert goal_reading(goal, prompt, control) == reading
