"""score.words: content words in English and Japanese (stop words, stems, the analyser)."""

from __future__ import annotations

import pytest

from grader.score.words import content_words, shared


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tell me a story about a dragon.", ["dragon"]),
        ("The end.", []),
        ("Once upon a time, the dragons flew.", ["dragon", "flew"]),
        ("1+1=? Answer with just the number.", ["1", "number"]),
        ("2", ["2"]),
        ("ドラゴンは女の子と友達になりました。", ["ドラゴン", "女の子", "友達"]),
        ("ドラゴンの物語を聞かせてください。", ["ドラゴン"]),
        ("おしまい。", []),
        ("私はテスト用の小さなモデルです。", ["テスト", "モデル"]),
        ("スコーチは洞窟に住んでいました。", ["スコーチ", "洞窟", "住む"]),
    ],
)
def test_content_words(text: str, words: list[str]) -> None:
    assert list(dict.fromkeys(content_words(text))) == words


@pytest.mark.parametrize(
    ("answer", "control", "common"),
    [
        (
            "A lonely dragon found a friend in a brave girl.",
            "Once upon a time a lonely dragon lived in a cave. A brave girl came.",
            ["lone", "dragon", "brave", "girl"],
        ),
        ("The end.", "Once upon a time there lived a dragon. The end.", []),  # boilerplate
        ("OK.", "Once upon a time there lived a dragon named Scorch.", []),
        # a Japanese answer shares words, not kana endings of verbs
        ("友達になりました。", "お腹が空きました。", []),
        ("ドラゴンは女の子と友達になりました。", "昔々、ドラゴンが住んでいました。", ["ドラゴン"]),
    ],
)
def test_shared(answer: str, control: str, common: list[str]) -> None:
    assert shared(answer, control) == common
