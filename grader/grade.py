"""The TA path: ``grader grade`` over a class directory, and ``grader merge`` of shard caches.

Finds every ``*.yaml``/``*.yml`` below the folder, validates all, plans once (so the baseline
and popular prompts are generated once for the whole class), generates what the cache lacks one
model at a time, and writes each student's result as soon as it is scored:

``OUT/results/<id>.json``, ``OUT/html/<id>.html``, ``OUT/gradescope/<id>/results.json``, then
``OUT/index.html``, ``OUT/grades.csv`` and ``OUT/summary.json`` at the end. A rerun resumes
from ``OUT/cache.sqlite``; a result whose content did not change keeps its file (and its
``graded_at``), so reruns converge on identical outputs. ``--shard K/N`` only fills the cache
with one deterministic slice of the unique requests (for a Slurm array); ``merge`` joins the
shard caches, and a final ``grade`` renders everything with zero generation.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from grader.errors import UserError
from grader.exits import ExitCode
from grader.generate.cache import Cache
from grader.i18n import Lang, T
from grader.load import assignments
from grader.load.assignments import LoadedAssignment
from grader.outputs import confined, write_atomic
from grader.pipeline import Batch, RunStats, run, validate_all
from grader.results import Result

SUFFIXES = (".yaml", ".yml")


def parse_shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        k = n = 0
    if not 1 <= k <= n:
        raise UserError.simple("--shard", f"--shard must be K/N with 1 <= K <= N, got {text!r}",
                               f"--shard は 1 <= K <= N の K/N 形式です（{text!r}）")
    return k, n


def discover(folder: Path) -> list[tuple[Path, str]]:
    """Submission files below ``folder`` (sorted; hidden folders skipped), with display names."""
    if not folder.is_dir():
        raise UserError.simple(str(folder), "not a folder", "フォルダではありません")
    found = [p for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
             and not any(part.startswith(".") for part in p.relative_to(folder).parts)]
    return [(p, p.relative_to(folder).as_posix()) for p in sorted(found)]


def grade(submissions: Path, assignment_ref: str | Path, out: Path, *, hidden: Path | None = None,
          force: bool = False, only: list[str] | None = None, shard: tuple[int, int] | None = None,
          excel: bool = False, lang: Lang = "en", device: str = "auto", cache_path: Path | None = None) -> int:
    """Grade a class; returns 0 when every file was graded, 1 otherwise (outputs written either way)."""
    assignment = assignments.load(assignment_ref, hidden)
    files = discover(submissions)
    subs, rows = validate_all(files, assignment)
    if only:
        subs = {sid: s for sid, s in subs.items() if sid in only}
        rows = [r for r in rows if r.student is not None and r.student.id in only]
    results: list[Result] = list(rows)
    cache = Cache(cache_path)
    batch = Batch(assignment=assignment, cache=cache, device=device, force=force,
                  on_result=lambda r: results.append(_write_student(out, r, lang)))
    batch.stats.files = len(files)
    try:
        with _Progress() as on_progress:
            batch.on_progress = on_progress
            run(batch, subs, shard)
    finally:
        cache.close()
    if shard:
        print(f"shard {shard[0]}/{shard[1]}: {batch.stats.generated} generated, {batch.stats.cache_hits} cached", file=sys.stderr)
        return ExitCode.PASSED
    _write_class(out, results, batch.stats, assignment, lang, excel)
    graded = sum(r.status == "graded" for r in results)
    print(f"graded {graded}/{len(results)} files; {batch.stats.unique_requests} unique requests for "
          f"{batch.stats.total_runs} runs, {batch.stats.generated} generated, {batch.stats.cache_hits} cached "
          f"-> {out / 'index.html'}", file=sys.stderr)
    return ExitCode.PASSED if graded == len(results) else ExitCode.FAILED


def _write_student(out: Path, result: Result, lang: Lang) -> Result:
    from grader.report.html import render_student
    from grader.report.tables import gradescope

    if result.student is None or result.status == "invalid":
        return result
    sid = result.student.id
    path = confined(out, "results", sid, ".json")
    result = _keep_unchanged(path, result)
    write_atomic(path, result.model_dump_json(indent=2))
    write_atomic(confined(out, "html", sid, ".html"), render_student(result, lang))
    write_atomic(confined(out / "gradescope", sid, "results", ".json"), json.dumps(gradescope(result), indent=2))
    return result


def _keep_unchanged(path: Path, result: Result) -> Result:
    """Reuse the stored result when only its timestamp would change (reruns converge)."""
    try:
        old = Result.model_validate_json(path.read_bytes())
    except (OSError, ValueError):
        return result
    volatile = {"graded_at"}
    return old if old.model_dump(exclude=volatile) == result.model_dump(exclude=volatile) else result


def _write_class(out: Path, results: list[Result], stats: RunStats, loaded: LoadedAssignment, lang: Lang,
                 excel: bool) -> None:
    from grader.report.html import render_class
    from grader.report.tables import grades_csv
    from grader.score.similar import clusters, flags

    assignment = loaded.assignment
    results.sort(key=lambda r: (r.student.id if r.student else "", r.file))
    similar = clusters(results, loaded.template_notes)
    flagged = flags(similar)
    write_atomic(out / "grades.csv", grades_csv(results, excel=excel, flags=flagged))
    write_atomic(out / "index.html", render_class(results, stats, assignment.id, assignment.title, lang, similar))
    summary = {"stats": stats.model_dump(), "clusters": [c.__dict__ for c in similar], "files": [
        {"file": r.file, "student_id": r.student.id if r.student else None, "status": r.status,
         "score": r.score, "max_score": r.max_score, "verdict": r.verdict, "passed": r.passed,
         "flags": flagged.get(r.file, ""), "errors": [e.render("en") for e in r.errors]} for r in results]}
    write_atomic(out / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False))


class _Progress:
    """A rich progress bar on a terminal; silent otherwise (CI logs, cron)."""

    def __enter__(self) -> Callable[[int, int, int], None]:
        from rich.console import Console

        console = Console(stderr=True)
        self._bar = None
        if not console.is_terminal:
            return lambda done, total, tokens: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn("generating"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[tps]}"), TimeRemainingColumn(), console=console)
        self._bar.start()
        task = self._bar.add_task("gen", total=None, tps="")

        def update(done: int, total: int, tokens: int) -> None:
            elapsed = self._bar.tasks[0].elapsed or 1e-9
            self._bar.update(task, completed=done, total=total, tps=f"{tokens / elapsed:.0f} tok/s")
        return update

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def merge(out: Path, shards: list[Path]) -> int:
    """Merge shard caches (folders or cache files) into ``out/cache.sqlite``."""
    cache = Cache(out / "cache.sqlite")
    try:
        for shard in shards:
            path = shard / "cache.sqlite" if shard.is_dir() else shard
            if not path.is_file():
                raise UserError.simple(str(shard), "no cache.sqlite here", "cache.sqlite がありません",
                                       T("pass the --out folder of each `grade --shard` run", "各 `grade --shard` の --out フォルダを指定してください"))
            added = cache.merge_from(path)
            print(f"{path}: {added} new generations", file=sys.stderr)
        print(f"{out / 'cache.sqlite'}: {cache.count()} generations; now run `grader grade ... -o {out}`", file=sys.stderr)
    finally:
        cache.close()
    return ExitCode.PASSED
