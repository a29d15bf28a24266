"""What every rendering shares, defined once: the verdict words, the preview banner and how
points read. The terminal, the HTML pages, Gradescope's payload and the CSV all take them from
here, so a student never reads two wordings of one verdict."""

from __future__ import annotations

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


def number(x: float, places: int = 6) -> str:
    """Points as people write them: ``3`` rather than ``3.0``; otherwise at most ``places``
    decimals, trailing zeros dropped (the CSV keeps 6, the pages show 2)."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.{places}f}".rstrip("0").rstrip(".")
