"""report.common: the one number formatter, the verdict words and the preview banner."""

from __future__ import annotations

import pytest

from grader.report.common import PREVIEW, VERDICT, number, verdict_reason
from grader.results import CriterionResult
from grader.score.verdict import decide
from tests.factories import criterion, graded


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


HIDDEN = criterion("h1", visibility="hidden", evaluated=False, points=3.0)


@pytest.mark.parametrize(
    ("criteria", "en", "ja"),
    [
        # pending: names the hidden criteria's titles, and what is still open in public
        (
            [criterion("c1", points=4.0), criterion("c2", passed=False, points=3.0), HIDDEN],
            ["Title of h1 (3)", "Still open in public: Title of c2 (3)"],
            [
                "非公開の基準で決まります: h1 の題（3点）",
                "公開の基準でまだ得られる点: c2 の題（3点）",
            ],
        ),
        # pending with nothing open in public
        (
            [criterion("c1", points=4.0), HIDDEN],
            ["Title of h1 (3)", "the TA's grade will tell"],
            ["h1 の題（3点）", "TA の採点で確定します"],
        ),
        # failed below the mark: the criteria not yet earned
        (
            [criterion("c1", points=2.0), criterion("c2", passed=False, points=4.0)],
            ["below the pass mark", "Title of c2 (4)"],
            ["合格基準に届きません", "c2 の題（4点）"],
        ),
        # a required criterion failed: named by id
        (
            [
                criterion("c1", points=9.0),
                criterion("own", passed=False, points=0.0, required=True),
            ],
            ["required criteria not met: own"],
            ["必須の基準を満たしていません: own"],
        ),
    ],
)
def test_the_verdict_says_why_in_both_languages(
    criteria: list[CriterionResult], en: list[str], ja: list[str]
) -> None:
    total = sum(c.points for c in criteria)
    result = graded(criteria=criteria, verdict=decide(criteria, total, 0.6))
    assert result.verdict != "passed"
    why = verdict_reason(result)
    assert why is not None
    assert all(part in why.en for part in en), why.en
    assert all(part in why.ja for part in ja), why.ja


def test_a_pass_needs_no_reason() -> None:
    assert verdict_reason(graded(criteria=[criterion("c1", points=2.0)])) is None
