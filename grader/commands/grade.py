"""The TA path: ``grader grade`` over a class directory.

Finds every ``*.yaml``/``*.yml`` below the folder, validates all, plans once (so the baseline
and popular prompts are generated once for the whole class), generates what the cache lacks one
model at a time, and writes each student's result as soon as it is scored:

``OUT/results/<id>.json``, ``OUT/html/<id>.html``, ``OUT/gradescope/<id>/results.json``, then
``OUT/index.html``, ``OUT/grades.csv`` and ``OUT/summary.json`` at the end. A rerun resumes
from ``OUT/cache.sqlite``; a result whose content did not change keeps its file (and its
``graded_at``), so reruns converge on identical outputs. ``--shard K/N`` only fills the cache
with one deterministic slice of the unique requests (for a Slurm array);
:mod:`grader.commands.merge` joins the shard caches, and a final ``grade`` renders everything
with zero generation.
It prints nothing: it returns :class:`Graded`, and the CLI reports it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from grader import __version__
from grader.commands.assignment import load_assignment
from grader.generate.cache import Cache
from grader.load.assignments import LoadedAssignment
from grader.load.discover import discover
from grader.load.validate import LoadedSubmission
from grader.pipeline import Job, Progress, quiet, run, validate_all
from grader.results import ClassSummary, FileRow, Result, RunStats, SkippedPath
from grader.util.errors import Diagnostic, UserError
from grader.util.files import clean_stale_tmp, confined, write_atomic
from grader.util.i18n import Lang, T
from grader.util.textsafe import visible


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        k = n = 0
    if not 1 <= k <= n:
        raise UserError.simple(
            "--shard",
            f"--shard must be K/N with 1 <= K <= N, got {text!r}",
            f"--shard は 1 <= K <= N の K/N 形式です（{text!r}）",
        )
    return k, n


@dataclass(frozen=True)
class Graded:
    """What one ``grade`` run did; the CLI prints it and picks the exit status."""

    out: Path
    """The output folder."""
    results: list[Result]
    """Every file's result (error rows included), sorted by student id; empty for a shard."""
    stats: RunStats
    """Runs, unique requests, generations and cache hits of this run."""
    shard: tuple[int, int] | None
    """``(K, N)`` when only the K-th of N slices was generated (no class files written)."""
    notices: list[str] = field(default_factory=list)
    """What the TA should know: stale files removed, a cache set aside, unreadable cache rows."""

    @property
    def graded(self) -> int:
        return sum(r.status == "graded" for r in self.results)

    @property
    def complete(self) -> bool:
        """Every file was graded (a shard counts as complete when it ran)."""
        return self.shard is not None or self.graded == len(self.results)


def grade(
    submissions: Path,
    assignment_ref: str | Path,
    out: Path,
    *,
    hidden: Path | None = None,
    force: bool = False,
    only: list[str] | None = None,
    shard: tuple[int, int] | None = None,
    excel: bool = False,
    lang: Lang = "en",
    device: str = "auto",
    cache_path: Path | None = None,
    on_progress: Progress = quiet,
) -> Graded:
    """Grade a class and write its outputs (whether or not every file could be graded).
    With ``only``, just those students are regraded; the class files still cover the whole class."""
    assignment = load_assignment(assignment_ref, hidden)
    found = discover(submissions)
    subs, rows = validate_all(found.files, assignment)
    results: list[Result] = list(rows)
    if only:
        subs, kept = _select_only(out, subs, rows, only)
        results += kept
    notices = [f"removed {stale} (left by an interrupted run)" for stale in clean_stale_tmp(out)]
    cache = Cache(cache_path)
    try:
        job = Job(
            assignment=assignment,
            cache=cache,
            device=device,
            force=force,
            on_progress=on_progress,
            on_result=lambda r: results.append(_write_student(out, r, lang)),
        )
        stats = run(job, subs, shard, files=len(found.files)).stats
    finally:
        cache.close()
    notices += cache.warnings  # a file set aside, and rows that did not serve their request
    if cache.broken_rows:
        notices.append(f"{cache.broken_rows} unreadable cache rows counted as misses")
    if shard:
        return Graded(out, [], stats, shard, notices)
    _write_class(out, results, stats, assignment, lang, excel, skipped=found.skipped)
    return Graded(out, results, stats, None, notices)


def _select_only(
    out: Path, subs: list[LoadedSubmission], rows: list[Result], only: list[str]
) -> tuple[list[LoadedSubmission], list[Result]]:
    """The submissions to regrade, and the stored results of everyone else (a row saying so where
    there is none, or the file changed since); an id that names no submission is a UserError."""
    known = {s.submission.student.id for s in subs} | {r.student.id for r in rows if r.student}
    unknown = [sid for sid in only if sid not in known]
    if unknown:
        names = ", ".join(visible(repr(sid)) for sid in unknown)
        raise UserError.simple(
            "--only",
            f"no submission has the student id {names}",
            f"学籍番号 {names} の提出物はありません",
        )
    chosen = [s for s in subs if s.submission.student.id in only]
    kept = [_stored(out, s) for s in subs if s.submission.student.id not in only]
    return chosen, kept


def _stored(out: Path, sub: LoadedSubmission) -> Result:
    """The result stored for ``sub`` by an earlier run, if it graded these very bytes."""
    try:
        stored = Result.model_validate_json(
            confined(out, "results", sub.file_key, ".json").read_bytes()
        )
        if stored.sha256 == sub.sha256 and stored.file == sub.file:
            return stored
    except (OSError, ValueError):
        pass
    return Result(
        grader_version=__version__,
        status="error",
        file=sub.file,
        sha256=sub.sha256,
        assignment=sub.submission.assignment,
        student=sub.submission.student,
        file_key=sub.file_key,
        errors=[
            Diagnostic(
                file=sub.file,
                message=T(
                    "not graded yet, or changed since: run grade without --only (or with --only "
                    "this id)",
                    "未採点か、採点後に変更されています。--only なしで（またはこの id を --only "
                    "で）grade を実行してください",
                ),
            )
        ],
    )


def _write_student(out: Path, result: Result, lang: Lang) -> Result:
    from grader.report.gradescope import gradescope
    from grader.report.html import render_student

    if not result.file_key or result.status == "invalid":
        return result
    sid = result.file_key
    path = confined(out, "results", sid, ".json")
    result = _keep_unchanged(path, result)
    # a rerun rewrites any of these that a power loss damaged (they differ from what it renders)
    write_atomic(path, result.model_dump_json(indent=2), sync=False)
    write_atomic(confined(out, "html", sid, ".html"), render_student(result, lang), sync=False)
    write_atomic(
        confined(out / "gradescope", sid, "results", ".json"),
        json.dumps(gradescope(result, lang), indent=2, ensure_ascii=False),
        sync=False,
    )
    return result


def _keep_unchanged(path: Path, result: Result) -> Result:
    """Reuse the stored result when only its timestamp would change (reruns converge)."""
    try:
        old = Result.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return result
    volatile = {"graded_at"}
    return (
        old if old.model_dump(exclude=volatile) == result.model_dump(exclude=volatile) else result
    )


def _write_class(
    out: Path,
    results: list[Result],
    stats: RunStats,
    loaded: LoadedAssignment,
    lang: Lang,
    excel: bool,
    skipped: Sequence[tuple[str, str]] = (),
) -> None:
    from grader.report.gradebook import grades_csv
    from grader.report.html import render_class
    from grader.score.clusters import clusters, flags
    from grader.score.scorer import shipped_view

    assignment = loaded.assignment
    results.sort(key=lambda r: (r.student.id if r.student else "", r.file))
    view = shipped_view(loaded)
    similar = clusters(results, view.common, view.corpus(), assignment.copies)
    flagged = flags(similar)
    write_atomic(out / "grades.csv", grades_csv(results, excel=excel, flags=flagged))
    write_atomic(
        out / "index.html",
        render_class(
            results,
            stats,
            assignment.id,
            assignment.title,
            lang,
            similar,
            skipped=skipped,
        ),
    )
    summary = ClassSummary(
        stats=stats,
        clusters=similar,
        files=[_summary_row(r, flagged) for r in results],
        skipped=[SkippedPath(path=path, reason=reason) for path, reason in skipped],
    )
    write_atomic(out / "summary.json", summary.model_dump_json(indent=2))


def _summary_row(r: Result, flagged: dict[str, str]) -> FileRow:
    """One file's line in ``summary.json``: what a script needs without opening the result."""
    return FileRow(
        file=r.file,
        student_id=r.student.id if r.student else None,
        status=r.status,
        score=r.score,
        max_score=r.max_score,
        verdict=r.verdict,
        passed=r.passed,
        conflict=r.conflicted,
        flags=flagged.get(r.file, ""),
        review=[f"{cid}: {why.en}" for cid, why in r.reviews],
        errors=[e.render("en") for e in r.errors],
    )
