"""report.common: the one number formatter, the verdict words and the preview banner."""

from __future__ import annotations

import pytest

from grader.report.common import PREVIEW, VERDICT, number


@pytest.mark.parametrize(("x", "text"), [(3.0, "3"), (2.5, "2.5"), (0.0, "0"), (1 / 3, "0.333333")])
def test_number(x: float, text: str) -> None:
    assert number(x) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (3.0, "3"),
        (2.5, "2.5"),
        (0.0, "0"),
        (1.333333, "1.33"),
        (1.001, "1"),
        (2.5049, "2.5"),
    ],
)
def test_number_on_pages(value: float, text: str) -> None:
    assert number(value, places=2) == text


def test_every_verdict_and_the_banner_have_both_languages() -> None:
    assert set(VERDICT) == {"passed", "pending", "failed"}
    for text in [*VERDICT.values(), PREVIEW]:
        assert text.en and text.ja and text.en != text.ja
