"""The grading pipeline shared by ``check`` (one file) and ``grade`` (a class).

load -> plan -> generate -> score, for any number of files, with one code path so that a
submission graded alone gets exactly the grade it gets in a batch. Bad files become result rows
(``invalid`` / ``error``), never exceptions. Cached generations are used first and without
importing torch; only missing ones start the engine, one model at a time. Each submission is
scored and handed to ``on_result`` as soon as its generations exist, so an interrupted batch
keeps everything finished so far. Writing files is the caller's business.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from grader import __version__
from grader.discover import output_key
from grader.errors import Diagnostic, EnvironmentProblem, UserError
from grader.generate import fingerprint as fp
from grader.generate.cache import Cache, cache_key
from grader.i18n import T, Text
from grader.load.assignments import LoadedAssignment
from grader.load.validate import LoadedSubmission, load_submission, read
from grader.plan import GenerationRequest, Plan, plan
from grader.results import Generation, Result
from grader.score.scorer import score
from grader.summaries import RunStats

Progress = Callable[[int, int, int], None]
"""A progress callback: ``(requests done, requests in all, new tokens so far)``."""


def quiet(done: int, total: int, tokens: int) -> None:
    """The progress callback when nobody watches."""


@dataclass(frozen=True)
class Failure:
    """Why a request could not be generated: ``error`` (environment) or ``invalid`` (its budget)."""

    status: Literal["invalid", "error"]
    message: Text
    hint: Text | None = None


@dataclass(frozen=True)
class Job:
    """What a pipeline run is asked to do, and whom it tells."""

    assignment: LoadedAssignment
    cache: Cache
    device: str = "auto"
    force: bool = False
    """Regenerate even what the cache has (the cache is then overwritten)."""
    on_result: Callable[[Result], None] = lambda r: None
    """Called with each submission's result as soon as it is scored."""
    on_progress: Progress = quiet
    """Called after each request with (done, total, new tokens)."""


@dataclass
class Record:
    """What a pipeline run did: its statistics, the generations it used, and what failed."""

    stats: RunStats = field(default_factory=RunStats)
    failed: dict[str, Failure] = field(default_factory=dict)
    """Request key -> why it could not be generated."""
    done: dict[str, Generation] = field(default_factory=dict)
    """Request key -> generation (from the cache or generated now)."""


def validate_all(
    files: Iterable[tuple[Path, str]], assignment: LoadedAssignment
) -> tuple[dict[str, LoadedSubmission], list[Result]]:
    """Valid submissions by output key, and result rows for invalid files. Each file is read once.
    The key is the student id; when several files claim one id, each is graded under ``id~file``
    (:func:`grader.discover.output_key`), so nobody can zero a classmate by claiming their id."""
    valid: list[LoadedSubmission] = []
    rows: list[Result] = []
    for path, display in files:
        sha = ""
        try:
            raw, sha = read(path, display)
            valid.append(load_submission(path, assignment, display, raw=(raw, sha)))
        except UserError as exc:
            rows.append(_row(assignment, display, "invalid", exc.diagnostics, sha256=sha))
    claimed = Counter(s.submission.student.id for s in valid)
    return {
        output_key(s.submission.student.id, s.file, claimed[s.submission.student.id] > 1): s
        for s in valid
    }, rows


def _row(
    assignment: LoadedAssignment,
    display: str,
    status: Literal["invalid", "error"],
    errors: list[Diagnostic],
    sub: LoadedSubmission | None = None,
    sha256: str = "",
) -> Result:
    """A result row for a file that could not be graded (its bytes' hash as read, if it was)."""
    return Result(
        grader_version=__version__,
        status=status,
        file=display,
        sha256=sub.sha256 if sub else sha256,
        assignment=assignment.assignment.id,
        assignment_title=assignment.assignment.title,
        student=sub.submission.student if sub else None,
        errors=errors,
    )


def run(
    job: Job,
    subs: dict[str, LoadedSubmission],
    shard: tuple[int, int] | None = None,
    files: int = 0,
) -> Record:
    """Generate what is missing and score every submission whose generations exist; ``files``
    is the number of files seen (the invalid ones included), for the statistics."""
    started = time.perf_counter()
    the_plan = plan(job.assignment.assignment, {sid: s.submission for sid, s in subs.items()})
    todo = the_plan.shard(*shard) if shard else list(the_plan.requests.values())
    device = fp.resolve_device(job.device)
    record = Record(
        RunStats(
            files=files,
            total_runs=the_plan.total_runs,
            unique_requests=len(the_plan.requests),
            device=device,
            device_name=fp.device_name(device),
        )
    )
    keys = _lookup(job, record, todo, device)
    scored: set[str] = set()
    if not shard:
        _score_ready(job, record, subs, the_plan, scored)
    missing = [r for r in todo if r.key not in record.done and r.key not in record.failed]
    if missing:
        _generate(
            job,
            record,
            missing,
            keys,
            device,
            lambda: None if shard else _score_ready(job, record, subs, the_plan, scored),
        )
    if not shard:
        _score_ready(job, record, subs, the_plan, scored, final=True)
    record.stats.seconds = round(time.perf_counter() - started, 3)
    record.stats.fingerprints = sorted({g.fingerprint.key() for g in record.done.values()})
    return record


def _lookup(job: Job, record: Record, todo: list[GenerationRequest], device: str) -> dict[str, str]:
    keys = {}
    for req in todo:
        try:
            keys[req.key] = cache_key(req, device)
        except EnvironmentProblem as exc:
            record.failed[req.key] = Failure("error", exc.message, exc.hint)
            continue
        hit = None if job.force else job.cache.get(keys[req.key])
        if hit is not None:
            record.done[req.key] = hit
            record.stats.cache_hits += 1
    return keys


def _generate(
    job: Job,
    record: Record,
    missing: list[GenerationRequest],
    keys: dict[str, str],
    device: str,
    after_each: Callable[[], None],
) -> None:
    from grader.generate.engine import (
        Engine,  # the only torch import, and only when needed
    )

    engine = Engine(device)
    total, done = len(missing), 0
    for req in sorted(missing, key=lambda r: (r.model, r.revision or "", r.key)):
        if req.key not in record.failed:
            try:
                gen = engine.generate(req)
            except (EnvironmentProblem, UserError) as exc:
                _fail_model(record, missing, req, exc)
            else:
                job.cache.put(keys[req.key], gen)
                record.done[req.key] = gen
                record.stats.generated += 1
                record.stats.new_tokens += len(gen.output_ids)
                record.stats.generate_s = round(record.stats.generate_s + gen.generate_s, 4)
                after_each()
        done += 1
        job.on_progress(done, total, record.stats.new_tokens)
    record.stats.model_loads = engine.loads


def _fail_model(
    record: Record, missing: list[GenerationRequest], req: GenerationRequest, exc: Exception
) -> None:
    """A model that cannot load fails every request for it; a bad budget fails only its request."""
    if isinstance(exc, EnvironmentProblem):
        failure = Failure("error", exc.message, exc.hint)
        same = [r for r in missing if (r.model, r.revision) == (req.model, req.revision)]
    else:
        diag = exc.diagnostics[0]  # type: ignore[attr-defined]
        failure, same = Failure("invalid", diag.message, diag.hint), [req]
    for r in same:
        record.failed.setdefault(r.key, failure)


def _score_ready(
    job: Job,
    record: Record,
    subs: dict[str, LoadedSubmission],
    the_plan: Plan,
    scored: set[str],
    final: bool = False,
) -> None:
    for sid, loaded in subs.items():
        if sid in scored:
            continue
        uses = the_plan.uses[sid]
        failed = list(dict.fromkeys(record.failed[k] for k in uses.values() if k in record.failed))
        if failed or (final and any(k not in record.done for k in uses.values())):
            scored.add(sid)
            failed = failed or [
                Failure("error", T("not generated in this run", "この実行では未生成です"))
            ]
            invalid = all(f.status == "invalid" for f in failed)
            status: Literal["invalid", "error"] = "invalid" if invalid else "error"
            errors = [Diagnostic(file=loaded.file, message=f.message, hint=f.hint) for f in failed]
            job.on_result(_row(job.assignment, loaded.file, status, errors, loaded))
        elif all(k in record.done for k in uses.values()):
            scored.add(sid)
            gens = {name: record.done[k] for name, k in uses.items()}
            job.on_result(
                score(job.assignment, loaded.submission, gens, loaded.file, loaded.sha256)
            )
