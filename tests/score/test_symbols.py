"""score.symbols: claims written in signs, said in words in the notes' own language."""

from __future__ import annotations

import pytest

from grader.score.symbols import in_words

CASES = [
    ("X は 🇯🇵 を頼んだのに 🇬🇧 で返ってきた。", "X は日本語を頼んだのに英語で返ってきた。"),
    ("X answered in 🇯🇵.", "X answered in Japanese."),
    ("X はラストが ✂️ されていた。", "X はラストがカットされていた。"),
    ("X #英語で返ってきた #時間切れ", "X、英語で返ってきた、時間切れ"),
    ("# X: heading\nno tag here", "# X: heading\nno tag here"),
    ("X ∈ {途中で切れた実行} です。", "Xは途中で切れた実行 です。"),
    ("X ∉ {途中で切れた実行} です。", "Xは途中で切れた実行ではない です。"),
    ("X ∈ {runs cut off}.", "X is one of the runs cut off."),
    ("長さは X ＞ Y でした。", "長さは X was longer than Y でした。"),
    ("By length: X < Y.", "By length: Y was longer than X."),
    ("Scores: X > Y.", "Scores: X > Y."),  # no length said: a sign of something else
    ("X は「次回へつづく」となった。", "X は次回へつづくとなった。"),
    ('X never got to its "The end." line.', "X never got to its ending line."),
    ("X ÷ Y ≈ 1.8 でした。", "X ÷ Y ≈ 1.8 (X was longer than Y) でした。"),
    ("X　完結度 ★☆☆☆☆", "X　完結度：途中で切れていた"),
    ("X completeness: ★★★★★", "X completeness: ended on its own"),
    ("X　完結度 ★★★☆☆", "X　完結度 ★★★☆☆"),  # a middling rating says neither
    ("X の出力は全部半角文字でした。", "X の出力は全部英語でした。"),
    ("X は起承転結の「結」まで書かれていた。", "X は結末まで書かれていた。"),
]


@pytest.mark.parametrize(("notes", "said"), CASES, ids=[c[0] for c in CASES])
def test_signs_are_said_in_words(notes: str, said: str) -> None:
    assert in_words(notes) == said


@pytest.mark.parametrize("notes", ["A plain sentence.", "普通の文です。", "X: 3 > 2 tokens? no"])
def test_in_words_twice_is_in_words_once(notes: str) -> None:
    """plain() and laid_out() may both say the signs in words: a second time changes nothing."""
    assert in_words(in_words(notes)) == in_words(notes)
