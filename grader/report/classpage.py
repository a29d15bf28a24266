"""The class index page (``OUT/index.html``), rendered from the class's results.

What a TA needs first comes first: each row starts with the student, the verdict and the grade
to record, tinted by verdict, so they are in view at 1280 px whatever the number of criteria.
The histogram counts failed files in a bar of their own, apart from the score columns, so it
agrees with the pass rate. Then the sections a TA acts on: the review queue and the clusters,
overrides, missing and late students, duplicate ids, withdrawn files, files that could not be
graded and paths that were skipped. Pure: writing the file is the caller's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from grader.report.common import tally
from grader.report.gradebook import criterion_ids, sort_key
from grader.report.templating import render_template
from grader.results import Cluster, Result, RunStats
from grader.util.i18n import Lang, Text


@dataclass(frozen=True)
class ClassRow:
    """One line of the class table; ``points`` maps criterion id -> points (None: not evaluated)."""

    result: Result
    points: dict[str, float | None]

    @property
    def tint(self) -> str:
        """The row's colour: its verdict, or its status when it was not graded."""
        r = self.result
        return r.verdict if r.status == "graded" else r.status

    @property
    def grade(self) -> float | None:
        return self.result.record.grade if self.result.record else None

    @property
    def flags(self) -> list[str]:
        return list(self.result.record.flags) if self.result.record else []


@dataclass(frozen=True)
class Histogram:
    """Failed files apart; the others in 10 % bins of their percentage (passed and pending)."""

    failed: int
    passed: list[int]
    pending: list[int]

    @property
    def top(self) -> int:
        return max([self.failed, *(a + b for a, b in zip(self.passed, self.pending, strict=True))])


def render_class(
    results: list[Result],
    stats: RunStats,
    assignment_id: str,
    title: Text,
    lang: Lang = "en",
    similar: list[Cluster] | None = None,
    skipped: Sequence[tuple[str, str]] = (),
    withdrawn: Sequence[str] = (),
) -> str:
    """The class index (see the module docstring)."""
    ordered = sorted(results, key=sort_key)
    rows = [_class_row(r) for r in ordered]
    conflicts: dict[str, list[ClassRow]] = {}
    for row in rows:
        if row.result.conflicted and row.result.student:
            conflicts.setdefault(row.result.student.id, []).append(row)
    graded = [r for r in ordered if r.status == "graded"]
    counts = tally(ordered)
    tps = stats.new_tokens / stats.generate_s if stats.generate_s > 0 else None
    return render_template(
        "class.html.j2",
        lang,
        assignment_id=assignment_id,
        title=title,
        rows=rows,
        criteria=criterion_order(ordered),
        counts=counts,
        rate=100.0 * counts.passed / counts.graded if counts.graded else 0.0,
        bins=histogram(graded),
        stats=stats,
        tps=tps,
        threshold=graded[0].pass_threshold if graded else 1.0,
        broken=[r for r in ordered if r.status in ("invalid", "error")],
        rates=criterion_rates(graded),
        clusters=similar or [],
        by_file={r.file: r for r in ordered},
        reviews=[r for r in ordered if r.reviews],
        conflicts=conflicts,
        overridden=[r for r in ordered if r.record and r.record.overrides],
        missing=[r for r in ordered if r.status == "missing"],
        late=[r for r in ordered if r.record and r.record.late and r.record.late.days_late],
        skipped=skipped,
        withdrawn=withdrawn,
    )


def _class_row(r: Result) -> ClassRow:
    """A gradebook row: points by criterion id (None where hidden)."""
    points = {c.id: (c.points if c.status != "not_evaluated" else None) for c in r.criteria}
    return ClassRow(r, points)


def criterion_rates(graded: list[Result]) -> dict[str, tuple[int, int]]:
    """Criterion id -> (passed, evaluated) across the class: which part the class struggled with."""
    rates: dict[str, tuple[int, int]] = {}
    for r in graded:
        for c in r.criteria:
            if c.status != "not_evaluated":
                passed, seen = rates.get(c.id, (0, 0))
                rates[c.id] = (passed + (c.status == "passed"), seen + 1)
    return rates


def criterion_order(results: list[Result]) -> list[tuple[str, Text]]:
    """Criterion ids (in the gradebook's order) with their titles."""
    titles: dict[str, Text] = {}
    for r in results:
        for c in r.criteria:
            titles.setdefault(c.id, c.title)
    return [(cid, titles[cid]) for cid in criterion_ids(results)]


def histogram(graded: list[Result]) -> Histogram:
    """Failed files counted apart; the others per 10 % bin of their percentage (100 % falls in
    the last bin)."""
    passed, pending = [0] * 10, [0] * 10
    for r in graded:
        if r.verdict != "failed":
            bins = passed if r.verdict == "passed" else pending
            bins[min(max(int(r.percent // 10), 0), 9)] += 1
    return Histogram(sum(r.verdict == "failed" for r in graded), passed, pending)
