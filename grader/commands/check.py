"""The student path: ``grader check SUB.yaml`` grades one file exactly as ``grade`` would.

It runs the shared pipeline on a single file and writes ``<out>/<student_id>.json`` (the
canonical result) and ``<out>/<student_id>.html``. It returns the result; the CLI prints it and
turns its verdict into the exit status. A file with mistakes raises :class:`UserError`, a model
this machine cannot run :class:`EnvironmentProblem`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from grader.generate.cache import Cache
from grader.load.assignments import LoadedAssignment
from grader.load.discover import Found
from grader.load.model_files import download_hint, missing
from grader.load.validate import LoadedSubmission
from grader.pipeline import Job, run, unwatched, validate_all
from grader.results import Result, Step
from grader.util.errors import Diagnostic, EnvironmentProblem, UserError
from grader.util.files import clean_stale_tmp, confined, write_atomic
from grader.util.i18n import Lang, T


def environment_problem(
    errors: list[Diagnostic], absent: list[tuple[str, str | None]]
) -> EnvironmentProblem:
    """The first problem as it is; or, when several models are ``absent`` from the local cache,
    one problem naming them all with one block of download commands."""
    if len(errors) == 1 or len(absent) < 2:
        return EnvironmentProblem(errors[0].message, errors[0].hint)
    return EnvironmentProblem(
        T("\n".join(e.message.en for e in errors), "\n".join(e.message.ja for e in errors)),
        download_hint(absent),
    )


def _models(sub: LoadedSubmission, assignment: LoadedAssignment) -> list[tuple[str, str | None]]:
    """The baseline's and the runs' models with their pinned revisions."""
    allowed = assignment.assignment
    names = [allowed.baseline.model, *(r.model for r in sub.submission.runs)]
    return [(n, m.revision if (m := allowed.model(n)) else None) for n in names]


@dataclass
class Checked:
    """What ``check`` produced."""

    result: Result
    json_path: Path
    """The canonical result, ``<out>/<student_id>.json``."""
    html_path: Path
    """The report, ``<out>/<student_id>.html``."""
    warnings: list[str] = field(default_factory=list)
    """Damage found in the user cache and set aside."""


def check(
    path: Path,
    assignment: LoadedAssignment,
    out_dir: Path,
    *,
    lang: Lang = "en",
    device: str = "auto",
    cache_path: Path | None = None,
    on_step: Callable[[Step], None] = unwatched,
) -> Checked:
    """Grade one submission file and write its JSON and HTML reports; ``on_step`` watches the
    model loads and generations (none when everything is cached)."""
    from grader.report.html import render_student

    subs, rows = validate_all([Found.given(path)], assignment)
    if rows:
        raise UserError(rows[0].errors)
    results: list[Result] = []
    clean_stale_tmp(out_dir)
    cache = Cache(cache_path)
    try:
        job = Job(
            assignment=assignment,
            cache=cache,
            device=device,
            on_result=results.append,
            on_step=on_step,
        )
        run(job, subs)
    finally:
        cache.close()
    result = results[0]
    if result.status == "invalid":
        raise UserError(result.errors)
    if result.status == "error":
        raise environment_problem(result.errors, missing(_models(subs[0], assignment)))
    sid = result.student.id if result.student else "submission"
    json_path = write_atomic(confined(out_dir, ".", sid, ".json"), result.model_dump_json(indent=2))
    html_path = write_atomic(confined(out_dir, ".", sid, ".html"), render_student(result, lang))
    return Checked(result, json_path, html_path, cache.warnings)
