"""score.goals: how a measure reads in evidence, in both languages."""

from __future__ import annotations

import pytest

from grader.score.goals import GOALS, UNITS_JA, Measured
from tests.contexts import STORY, run


@pytest.mark.parametrize(
    ("measured", "en", "ja"),
    [
        (
            Measured(28, 91, "tokens"),
            "28 vs control 91 tokens",
            "トークン数 28（コントロールは 91）",
        ),
        (
            Measured(3, 0, "list items"),
            "3 vs control 0 list items",
            "箇条書きの行数 3（コントロールは 0）",
        ),
        (
            Measured(0.8, 0.1, "Japanese-script share"),
            "80% vs control 10% Japanese-script share",
            "日本語の文字の割合 80%（コントロールは 10%）",
        ),
        (Measured(1, 4, "sentences"), "1 vs control 4 sentences", "文の数 1（コントロールは 4）"),
    ],
)
def test_a_measure_reads_in_both_languages(measured: Measured, en: str, ja: str) -> None:
    assert (measured.show().en, measured.show().ja) == (en, ja)


@pytest.mark.parametrize("goal", sorted(GOALS))
@pytest.mark.parametrize("text", ["A dragon slept.", "竜が眠った。", "- a\n- b"])
def test_every_measure_has_its_unit_in_japanese(goal: str, text: str) -> None:
    measured = GOALS[goal].measure(run(text=text), run(text=STORY))
    assert measured.unit in UNITS_JA and UNITS_JA[measured.unit] in measured.show().ja
