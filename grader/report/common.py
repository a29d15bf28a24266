"""What every rendering shares, defined once: the verdict words, the preview banner, the review
mark, how points read and the table of goal runs. The terminal, the HTML pages, Gradescope's
payload and the CSV all take them from here, so a student never reads two wordings of one
verdict."""

from __future__ import annotations

from grader.results import CriterionResult, Result, RunVerdict
from grader.util.i18n import T, Text

VERDICT: dict[str, Text] = {
    "passed": T("PASSED", "合格"),
    "pending": T("PENDING", "保留"),
    "failed": T("FAILED", "不合格"),
}
"""A graded result's verdict, as every rendering names it."""

PREVIEW = T(
    "PREVIEW (CPU fp32) — not the official grade setting",
    "プレビュー (CPU fp32) — 正式な採点環境ではありません",
)
"""The banner on every output generated outside the official setting (CUDA, fp16)."""

REVIEW = T("⚑ review", "⚑ 要確認")
"""The mark of a credit that passed near a threshold: it stands, and the TA should look."""


def number(x: float, places: int = 6) -> str:
    """Points as people write them: ``3`` rather than ``3.0``; otherwise at most ``places``
    decimals, trailing zeros dropped (the CSV keeps 6, the pages show 2)."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.{places}f}".rstrip("0").rstrip(".")


def grouped_criteria(result: Result) -> list[CriterionResult]:
    """The criteria of a group that judged runs one by one (exercise 1's part 2)."""
    return [c for c in result.criteria if c.group and c.runs]


def goal_table(grouped: list[CriterionResult]) -> list[tuple[str, list[RunVerdict | None], bool]]:
    """Each run judged by a group of criteria: its verdict per criterion (None: not judged) and
    whether it is the run that earns the group."""
    names = list(dict.fromkeys(r.run for c in grouped for r in c.runs))
    earned = {c.details.get("shown") for c in grouped}
    return [
        (name, [next((r for r in c.runs if r.run == name), None) for c in grouped], name in earned)
        for name in names
    ]
