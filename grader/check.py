"""The student path: ``grader check SUB.yaml`` grades one file exactly as ``grade`` would.

It runs the shared pipeline on a single file and writes ``<out>/<student_id>.json`` (the
canonical result) and ``<out>/<student_id>.html``. Exit status is decided here and only
returned (:class:`~grader.exits.ExitCode`): PASSED, PENDING (the TA's hidden criteria decide),
FAILED, INVALID, ENVIRONMENT.
Printing is left to the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from grader.errors import Diagnostic, EnvironmentProblem, UserError
from grader.exits import ExitCode
from grader.generate.cache import Cache
from grader.i18n import Lang, T
from grader.load.assignments import LoadedAssignment
from grader.load.model_files import GATED, download_command, missing
from grader.load.validate import LoadedSubmission
from grader.outputs import cache_folder, clean_stale_tmp, confined, write_atomic
from grader.pipeline import Job, run, validate_all
from grader.results import Result
from grader.textsafe import display_name


def default_cache_path() -> Path:
    """Per-user generation cache, so re-checking an unchanged run is instant."""
    return cache_folder() / "generations.sqlite"


def environment_problem(
    errors: list[Diagnostic], absent: list[tuple[str, str | None]]
) -> EnvironmentProblem:
    """The first problem as it is; or, when several models are ``absent`` from the local cache,
    one problem naming them all with one block of download commands."""
    if len(errors) == 1 or len(absent) < 2:
        return EnvironmentProblem(errors[0].message, errors[0].hint)
    block = "\n      " + "\n      ".join(download_command(n, r) for n, r in absent)
    login = any(name.startswith(GATED) for name, _ in absent)
    en_login = (
        "\n    meta-llama models need 'hf auth login' and their licence accepted on the Hub first"
    )
    ja_login = (
        "\n    meta-llama のモデルは事前に 'hf auth login' と Hub でのライセンス同意が必要です"
    )
    return EnvironmentProblem(
        T("\n".join(e.message.en for e in errors), "\n".join(e.message.ja for e in errors)),
        T(
            "download them once where there is network (set HF_HOME to the shared cache):"
            + block
            + (en_login if login else ""),
            "ネットワークのある環境で一度ダウンロードしてください"
            "（共有キャッシュは HF_HOME で指定）:" + block + (ja_login if login else ""),
        ),
    )


def _models(sub: LoadedSubmission, assignment: LoadedAssignment) -> list[tuple[str, str | None]]:
    """The baseline's and the runs' models with their pinned revisions."""
    allowed = assignment.assignment
    names = [allowed.baseline.model, *(r.model for r in sub.submission.runs)]
    return [(n, m.revision if (m := allowed.model(n)) else None) for n in names]


VERDICT_EXIT = {"passed": ExitCode.PASSED, "pending": ExitCode.PENDING, "failed": ExitCode.FAILED}


@dataclass
class Checked:
    """What ``check`` produced."""

    result: Result
    exit_code: ExitCode
    json_path: Path | None = None
    html_path: Path | None = None
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
) -> Checked:
    """Grade one submission file and write its JSON and HTML reports."""
    from grader.report.html import render_student

    subs, rows = validate_all([(path, display_name(str(path)))], assignment)
    if rows:
        raise UserError(rows[0].errors)
    results: list[Result] = []
    clean_stale_tmp(out_dir)
    cache = Cache(cache_path)
    try:
        run(Job(assignment=assignment, cache=cache, device=device, on_result=results.append), subs)
    finally:
        cache.close()
    result = results[0]
    if result.status == "invalid":
        raise UserError(result.errors)
    if result.status == "error":
        raise environment_problem(
            result.errors, missing(_models(next(iter(subs.values())), assignment))
        )
    sid = result.student.id if result.student else "submission"
    json_path = write_atomic(confined(out_dir, ".", sid, ".json"), result.model_dump_json(indent=2))
    html_path = write_atomic(confined(out_dir, ".", sid, ".html"), render_student(result, lang))
    return Checked(result, VERDICT_EXIT[result.verdict], json_path, html_path, cache.warnings)
