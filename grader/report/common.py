"""What every rendering shares, defined once: the verdict words, the preview banner, the review
mark, how points read, the pass mark and the table of goal runs. The terminal, the HTML pages,
Gradescope's payload and the CSV all take them from here, so a student never reads two wordings
of one verdict."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from grader.results import CriterionResult, Result, RunVerdict
from grader.util.i18n import Lang, T, Text

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


def verdict_reason(result: Result) -> Text | None:
    """Why a graded result's verdict is what it is, beyond its score: the required criteria not
    met; for a pending verdict, the hidden criteria that decide it and what can still be earned in
    public; for a failed one, the criteria not yet earned (their hints say how). None for a pass."""
    missing = [c.id for c in result.criteria if c.required and c.status == "failed"]
    if missing:
        return T(
            f"required criteria not met: {', '.join(missing)}",
            f"必須の基準を満たしていません: {', '.join(missing)}",
        )
    open_ = [c for c in result.criteria if c.status == "failed" and c.max_points > 0]
    if result.verdict == "pending":
        hidden = [c for c in result.criteria if c.status == "not_evaluated"]
        decide = T(
            f"the hidden criteria decide it: {_titles(hidden, 'en')}; the TA's grade will tell",
            f"非公開の基準で決まります: {_titles(hidden, 'ja')}（TA の採点で確定します）",
        )
        if not open_:
            return decide
        return T(
            f"{decide.en}. Still open in public: {_titles(open_, 'en')}",
            f"{decide.ja}。公開の基準でまだ得られる点: {_titles(open_, 'ja')}",
        )
    if result.verdict == "failed" and open_:
        return T(
            f"below the pass mark; not yet earned: {_titles(open_, 'en')} (see their hints)",
            f"合格基準に届きません。まだ得ていない基準: {_titles(open_, 'ja')}（ヒントを参照）",
        )
    return None


def _titles(criteria: list[CriterionResult], lang: Lang) -> str:
    if lang == "en":
        return ", ".join(f"{c.title.en} ({number(c.max_points)})" for c in criteria)
    return "、".join(f"{c.title.ja}（{number(c.max_points)}点）" for c in criteria)


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


def pass_mark(result: Result) -> float:
    """The smallest passing score: the threshold's share of the maximum, rounded up to a whole
    number where every criterion's points are whole (60% of 12 is 7.2, so 8 passes)."""
    needed = result.pass_threshold * result.max_score
    points = [x for c in result.criteria for x in (c.points, c.max_points)]
    if points and all(float(x).is_integer() for x in points):
        return float(math.ceil(needed - 1e-9))
    return needed


def pass_mark_words(result: Result) -> Text:
    """``pass threshold 60% (8 points)``: the share and the pass mark, as renderings say it."""
    share, mark = f"{result.pass_threshold * 100:.0f}%", number(pass_mark(result), places=2)
    return T(f"pass threshold {share} ({mark} points)", f"合格基準 {share}（{mark} 点）")


@dataclass(frozen=True)
class Tally:
    """A class in numbers, as the terminal, the class page and the summary all count it."""

    passed: int = 0
    failed: int = 0
    pending: int = 0
    invalid: int = 0
    error: int = 0
    missing: int = 0
    late: int = 0
    """Files that came after their deadline."""
    overridden: int = 0
    """Files a TA's override changed."""

    @property
    def graded(self) -> int:
        return self.passed + self.failed + self.pending

    def words(self, lang: Lang) -> str:
        """``12 passed, 3 failed, 1 invalid, 2 missing, 1 late`` (zeros left out but the
        first two), in ``lang``."""
        parts = [
            (self.passed, "passed", "合格"),
            (self.failed, "failed", "不合格"),
            (self.pending, "pending", "保留"),
            (self.invalid, "invalid", "不正なファイル"),
            (self.error, "not graded", "採点不可"),
            (self.missing, "missing", "未提出"),
            (self.late, "late", "遅延"),
            (self.overridden, "overridden", "修正あり"),
        ]
        shown = [(n, en, ja) for i, (n, en, ja) in enumerate(parts) if n or i < 2]
        if lang == "ja":
            return "、".join(f"{ja} {n}" for n, _, ja in shown)
        return ", ".join(f"{n} {en}" for n, en, _ in shown)


def tally(results: Iterable[Result]) -> Tally:
    """Count ``results`` by verdict and status, and the late and overridden ones."""
    counts: Counter[str] = Counter()
    for r in results:
        counts[r.verdict if r.status == "graded" else r.status] += 1
        record = r.record
        counts["late"] += bool(record and record.late and record.late.days_late)
        counts["overridden"] += bool(record and record.overrides)
    return Tally(**{name: counts[name] for name in Tally.__dataclass_fields__})
