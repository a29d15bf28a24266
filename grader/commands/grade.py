"""The TA path: ``grader grade`` over a class directory.

Finds every ``*.yaml``/``*.yml`` below the folder, validates all, plans once (so the baseline
and popular prompts are generated once for the whole class), generates what the cache lacks one
model at a time, and writes each student's result as soon as it is scored:

``OUT/results/<id>.json``, ``OUT/html/<id>.html``, ``OUT/gradescope/<id>/results.json``, then
``OUT/index.html``, ``OUT/grades.csv``, ``OUT/summary.json`` and ``OUT/class.json`` at the
end (:mod:`grader.commands.outputs`; an output folder grades one class unless another is
added). A rerun resumes from ``OUT/cache.sqlite``; a result whose content did not change keeps
its file (and its ``graded_at``), so reruns converge on identical outputs. ``--shard K/N``
only fills the cache with one deterministic slice of the unique requests (for a Slurm array);
:mod:`grader.commands.merge` joins the shard caches, and a final ``grade`` renders everything
with zero generation.
It prints nothing: it returns :class:`Graded`, and the CLI reports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from grader import __version__
from grader.commands.assignment import load_assignment
from grader.commands.classlist import TaFiles, ledger, missing, open_class
from grader.commands.outputs import (
    Extras,
    claim_folder,
    stored_rows,
    write_class,
    write_record,
    write_student,
)
from grader.generate.cache import Cache
from grader.load.validate import LoadedSubmission
from grader.pipeline import Job, Progress, quiet, run, validate_all
from grader.report.lms import Filled
from grader.results import Result, RunStats
from grader.score.record import settle, unsettle
from grader.util.errors import Diagnostic, UserError
from grader.util.files import clean_stale_tmp, confined
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
    withdrawn: list[str] = field(default_factory=list)
    """Files an earlier grade of this class had that its newer download does not."""
    worksheet: Filled | None = None
    """The LMS worksheet filled (``--worksheet``), with the rows left empty."""

    @property
    def graded(self) -> int:
        return sum(r.status == "graded" for r in self.results)

    @property
    def files(self) -> list[Result]:
        """The results of files (missing students' rows left out)."""
        return [r for r in self.results if r.status != "missing"]

    @property
    def complete(self) -> bool:
        """Every file was graded (a shard counts as complete when it ran)."""
        return self.shard is not None or self.graded == len(self.files)


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
    add_class: bool = False,
    ta: TaFiles | None = None,
) -> Graded:
    """Grade a class (a folder or an LMS zip) and write its outputs, whether or not every file
    could be graded. With ``only``, just those students are regraded; the class files still
    cover the whole class. An output folder grades one class unless ``add_class`` adds this one
    to it. ``ta`` are the roster, the overrides, the LMS worksheet and the LMS folder pattern."""
    assignment = load_assignment(assignment_ref, hidden)
    ta = ta or TaFiles()
    cls = open_class(submissions, out, ta, assignment)
    record, others = claim_folder(out, assignment.assignment.id, cls.source, add_class)
    elsewhere = stored_rows(out, others)
    claimed = [r.student.id for r in elsewhere if r.student]
    subs, rows = validate_all(
        cls.found.files, assignment, also_claimed=claimed, authority=cls.authority()
    )
    raw_names = {f.shown: f.raw for f in cls.found.files}
    book = ledger(cls, subs, rows, assignment, raw_names, claimed)
    results: list[Result] = [settle(r, book) for r in rows]
    if only:
        subs, kept = _select_only(out, subs, rows, only)
        results += [settle(unsettle(r), book) for r in kept]
    notices = [f"removed {stale} (left by an interrupted run)" for stale in clean_stale_tmp(out)]
    job = Job(
        assignment=assignment,
        cache=Cache(cache_path),
        device=device,
        force=force,
        on_progress=on_progress,
        on_result=lambda r: results.append(write_student(out, settle(r, book), lang)),
    )
    stats = _run(job, subs, shard, len(cls.found.files), notices)
    if shard:
        return Graded(out, [], stats, shard, notices)
    present = {r.student.id for r in results if r.student}
    results += [settle(m, book) for m in missing(cls, present, assignment)]
    withdrawn = write_record(out, record, cls.source, results)
    everyone = results + elsewhere
    extras = Extras(lang, excel, cls.found.skipped, withdrawn, ta.worksheet)
    filled = write_class(out, everyone, stats, assignment, extras)
    return Graded(out, results, stats, None, notices, withdrawn, filled)


def _run(
    job: Job,
    subs: list[LoadedSubmission],
    shard: tuple[int, int] | None,
    files: int,
    notices: list[str],
) -> RunStats:
    """Generate and score ``subs`` through ``job`` (each result written as it is ready), then
    close its cache and add what the cache had to say to ``notices``."""
    try:
        stats = run(job, subs, shard, files=files).stats
    finally:
        job.cache.close()
    notices += job.cache.warnings  # a file set aside, and rows that did not serve their request
    if job.cache.broken_rows:
        notices.append(f"{job.cache.broken_rows} unreadable cache rows counted as misses")
    return stats


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
