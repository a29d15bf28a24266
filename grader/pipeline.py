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
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from grader import __version__
from grader.generate.audit import cache_key
from grader.generate.cache import Cache
from grader.generate.device import device_name, resolve_device
from grader.load.assignments import LoadedAssignment
from grader.load.discover import Found
from grader.load.reading import read_found
from grader.load.schemas import Student
from grader.load.validate import LoadedSubmission, hashed, load_submission, readable_id
from grader.plan import GenerationRequest, Plan, plan
from grader.results import Generation, Result, RunStats, Step
from grader.score.scorer import score
from grader.util.errors import Diagnostic, EnvironmentProblem, UserError
from grader.util.files import file_key
from grader.util.i18n import T, Text

Progress = Callable[[int, int, int], None]
"""A progress callback: ``(requests done, requests in all, new tokens so far)``."""


def quiet(done: int, total: int, tokens: int) -> None:
    """The progress callback when nobody watches."""


def unwatched(step: Step) -> None:
    """The step callback when nobody watches."""


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
    on_step: Callable[[Step], None] = unwatched
    """Called before a model loads and after each generation."""


@dataclass
class RunLog:
    """What a pipeline run did: its statistics, the generations it used, and what failed."""

    stats: RunStats = field(default_factory=RunStats)
    failed: dict[str, Failure] = field(default_factory=dict)
    """Request key -> why it could not be generated."""
    done: dict[str, Generation] = field(default_factory=dict)
    """Request key -> generation (from the cache or generated now)."""


def validate_all(
    files: Iterable[Found],
    assignment: LoadedAssignment,
    also_claimed: Collection[str] = (),
    authority: Mapping[bytes, Student] | None = None,
) -> tuple[list[LoadedSubmission], list[Result]]:
    """Valid submissions, each with its output key, and result rows for invalid files. Each file
    is opened and read once (:func:`grader.load.reading.read_found`). The key is the student id;
    when several files claim one id, each is graded under its own key, made from its raw name
    (:func:`grader.util.files.file_key`), so nobody can zero a classmate by claiming their id and
    two names that show alike never share outputs. ``also_claimed`` are ids that another class
    graded into the same folder holds already. ``authority`` maps a file's raw name to the
    student the LMS says uploaded it: the file is graded under that student, whatever id it
    wrote. An invalid file keeps the id it states, where it can be read."""
    valid: list[tuple[LoadedSubmission, bytes]] = []
    rows: list[Result] = []
    for found in files:
        sha, raw = "", b""
        student = (authority or {}).get(found.raw)
        try:
            raw, sha = hashed(read_found(found))
            loaded = load_submission(found.path, assignment, found.shown, raw=(raw, sha))
            valid.append((loaded.as_student(student) if student else loaded, found.raw))
        except UserError as exc:
            sid = student.id if student else readable_id(raw, found.shown) if raw else None
            row = _row(assignment, found.shown, "invalid", exc.diagnostics, sha256=sha)
            who = student or (Student(id=sid) if sid else None)
            rows.append(row.model_copy(update={"student": who}))
    claimed = Counter(s.submission.student.id for s, _ in valid)
    claimed += Counter(r.student.id for r in rows if r.student) + Counter(set(also_claimed))
    keyed = [
        replace(s, file_key=file_key(s.file_key, s.file, name, claimed[s.file_key] > 1))
        for s, name in valid
    ]
    return keyed, rows


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
        file_key=sub.file_key if sub else "",
        errors=errors,
    )


def run(
    job: Job,
    subs: list[LoadedSubmission],
    shard: tuple[int, int] | None = None,
    files: int = 0,
) -> RunLog:
    """Generate what is missing and score every submission whose generations exist; ``files``
    is the number of files seen (the invalid ones included), for the statistics."""
    started = time.perf_counter()
    the_plan = plan(job.assignment.assignment, subs)
    todo = the_plan.shard(*shard) if shard else list(the_plan.requests.values())
    device = resolve_device(job.device)
    log = RunLog(
        RunStats(
            files=files,
            total_runs=the_plan.total_runs,
            unique_requests=len(the_plan.requests),
            device=device,
            device_name=device_name(device),
        )
    )
    cache_keys = _lookup(job, log, todo, device)
    scored: set[str] = set()
    if not shard:
        _score_ready(job, log, subs, the_plan, scored)
    missing = [r for r in todo if r.request_key not in log.done and r.request_key not in log.failed]
    if missing:
        by_key = {loaded.file_key: loaded for loaded in subs}
        users = {key: [by_key[k] for k in ks] for key, ks in the_plan.users().items()}
        _generate(
            job,
            log,
            _Todo(missing, cache_keys, the_plan.run_names()),
            device,
            lambda key: None if shard else _score_ready(job, log, users[key], the_plan, scored),
        )
    if not shard:
        _score_ready(job, log, subs, the_plan, scored, final=True)
    log.stats.seconds = round(time.perf_counter() - started, 3)
    log.stats.fingerprints = sorted({g.fingerprint.key() for g in log.done.values()})
    return log


def _lookup(job: Job, log: RunLog, todo: list[GenerationRequest], device: str) -> dict[str, str]:
    """Each request's cache key (request key -> cache key); cached generations go into ``log``."""
    keys = {}
    for req in todo:
        try:
            keys[req.request_key] = cache_key(req, device)
        except EnvironmentProblem as exc:
            log.failed[req.request_key] = Failure("error", exc.message, exc.hint)
            continue
        hit = None if job.force else job.cache.get(keys[req.request_key], req)
        if hit is not None:
            log.done[req.request_key] = hit
            log.stats.cache_hits += 1
    return keys


@dataclass(frozen=True)
class _Todo:
    """The requests to generate, their cache keys and the runs that use each."""

    missing: list[GenerationRequest]
    cache_keys: dict[str, str]
    runs: dict[str, tuple[str, ...]]


def _generate(
    job: Job, log: RunLog, todo: _Todo, device: str, after_each: Callable[[str], None]
) -> None:
    from grader.generate.engine import (
        Engine,  # the only torch import, and only when needed
    )

    engine = Engine(device)
    total, done, model = len(todo.missing), 0, None
    for req in sorted(todo.missing, key=lambda r: (r.model, r.revision or "", r.request_key)):
        if req.request_key not in log.failed:
            if (req.model, req.revision) != model:
                model = (req.model, req.revision)
                job.on_step(Step("loading", req.model))
            try:
                gen = engine.generate(req)
            except (EnvironmentProblem, UserError) as exc:
                _fail_model(log, todo.missing, req, exc)
            else:
                job.cache.put(todo.cache_keys[req.request_key], req, gen)
                log.done[req.request_key] = gen
                log.stats.generated += 1
                log.stats.new_tokens += len(gen.output_ids)
                log.stats.generate_s = round(log.stats.generate_s + gen.generate_s, 4)
                runs = todo.runs.get(req.request_key, ())
                job.on_step(Step("generated", req.model, runs, gen.tokens, gen.generate_s))
                after_each(req.request_key)
        done += 1
        job.on_progress(done, total, log.stats.new_tokens)
    log.stats.model_loads = engine.loads


def _fail_model(
    log: RunLog,
    missing: list[GenerationRequest],
    req: GenerationRequest,
    exc: EnvironmentProblem | UserError,
) -> None:
    """A model that cannot load fails every request for it; a bad budget fails only its request."""
    if isinstance(exc, EnvironmentProblem):
        failure = Failure("error", exc.message, exc.hint)
        same = [r for r in missing if (r.model, r.revision) == (req.model, req.revision)]
    else:
        diag = exc.diagnostics[0]
        failure, same = Failure("invalid", diag.message, diag.hint), [req]
    for r in same:
        log.failed.setdefault(r.request_key, failure)


def _score_ready(
    job: Job,
    log: RunLog,
    subs: list[LoadedSubmission],
    the_plan: Plan,
    scored: set[str],
    final: bool = False,
) -> None:
    for loaded in subs:
        sid = loaded.file_key
        if sid in scored:
            continue
        uses = the_plan.uses[sid]
        failed = list(dict.fromkeys(log.failed[k] for k in uses.values() if k in log.failed))
        if failed or (final and any(k not in log.done for k in uses.values())):
            scored.add(sid)
            failed = failed or [
                Failure("error", T("not generated in this run", "この実行では未生成です"))
            ]
            invalid = all(f.status == "invalid" for f in failed)
            status: Literal["invalid", "error"] = "invalid" if invalid else "error"
            errors = [Diagnostic(file=loaded.file, message=f.message, hint=f.hint) for f in failed]
            job.on_result(_row(job.assignment, loaded.file, status, errors, loaded))
        elif all(k in log.done for k in uses.values()):
            scored.add(sid)
            gens = {name: log.done[k] for name, k in uses.items()}
            job.on_result(score(job.assignment, loaded, gens))
