"""What ``grade`` writes into its output folder: each student's files as soon as they are scored,
the class files at the end, and the record of which class the folder grades.

Per student: ``results/<key>.json`` (canonical), ``html/<key>.html``,
``gradescope/<key>/results.json``; a result whose content did not change keeps its file and its
``graded_at``, so reruns converge. For the class: ``grades.csv``, ``index.html``,
``summary.json``, and ``class.json``, which names the class folder (or folders) graded into it, so
a second class is never mixed in unasked (:func:`claim_folder`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic_core import to_json

from grader.load.assignments import LoadedAssignment
from grader.results import (
    ClassRecord,
    ClassSummary,
    FileRow,
    Result,
    RunStats,
    SkippedPath,
    Source,
)
from grader.util.errors import UserError
from grader.util.files import confined, write_atomic
from grader.util.i18n import Lang, T
from grader.util.textsafe import visible

if TYPE_CHECKING:  # the report modules are imported when the class files are written
    from grader.report.lms import Filled


def write_student(out: Path, result: Result, lang: Lang) -> Result:
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
        # pydantic-core writes the same JSON as json.dumps(..., ensure_ascii=False) in a fifth of
        # the time (json's indented encoder is pure Python)
        to_json(gradescope(result, lang), indent=2),
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


@dataclass(frozen=True)
class Extras:
    """What the class files need besides the results."""

    lang: Lang = "en"
    excel: bool = False
    skipped: Sequence[tuple[str, str]] = ()
    """Paths below the class folder that were not read, with why."""
    withdrawn: Sequence[str] = ()
    """Files an earlier grade of this class had that are gone now."""
    worksheet: Path | None = None
    """The LMS's grading worksheet to fill (``OUT/worksheet.csv``)."""


def write_class(
    out: Path, results: list[Result], stats: RunStats, loaded: LoadedAssignment, extras: Extras
) -> Filled | None:
    """``grades.csv``, ``index.html`` and ``summary.json``; with an LMS, ``feedback.zip`` and
    the filled ``worksheet.csv``."""
    from grader.report.classpage import render_class
    from grader.report.gradebook import grades_csv
    from grader.report.lms import feedback_zip, fill_worksheet
    from grader.score.clusters import clusters, flags
    from grader.score.similar import shipped_view

    assignment = loaded.assignment
    results.sort(key=lambda r: (r.student.id if r.student else "", r.file))
    view = shipped_view(loaded)
    similar = clusters(results, view.common, view.corpus(), assignment.copies, assignment.topic)
    flagged = flags(similar)
    write_atomic(out / "grades.csv", grades_csv(results, excel=extras.excel, flags=flagged))
    page = render_class(
        results,
        stats,
        assignment.id,
        assignment.title,
        extras.lang,
        similar,
        skipped=extras.skipped,
        withdrawn=extras.withdrawn,
    )
    write_atomic(out / "index.html", page)
    summary = ClassSummary(
        stats=stats,
        clusters=similar,
        files=[_summary_row(r, flagged) for r in results],
        skipped=[SkippedPath(path=path, reason=reason) for path, reason in extras.skipped],
        withdrawn=list(extras.withdrawn),
    )
    write_atomic(out / "summary.json", summary.model_dump_json(indent=2))
    if any(r.record and r.record.identity.lms_id for r in results):
        write_atomic(out / "feedback.zip", feedback_zip(results, extras.lang))
    if extras.worksheet is None:
        return None
    filled = fill_worksheet(extras.worksheet, results, extras.lang)
    write_atomic(out / "worksheet.csv", filled.data)
    return filled


def _summary_row(r: Result, flagged: dict[str, str]) -> FileRow:
    """One file's line in ``summary.json``: what a script needs without opening the result."""
    record = r.record
    return FileRow(
        file=r.file,
        student_id=r.student.id if r.student else None,
        status=r.status,
        score=r.score,
        max_score=r.max_score,
        verdict=r.verdict,
        passed=r.passed,
        grade=record.grade if record else None,
        conflict=r.conflicted,
        flags=";".join([*(record.flags if record else []), flagged.get(r.file, "")]).strip(";"),
        review=[f"{cid}: {why.en}" for cid, why in r.reviews],
        errors=[e.render("en") for e in r.errors],
    )


RECORD = "class.json"


def read_record(out: Path) -> ClassRecord | None:
    """The folder's class record, or None for a new folder (or an unreadable record)."""
    try:
        return ClassRecord.model_validate_json((out / RECORD).read_bytes())
    except (OSError, ValueError):
        return None


def claim_folder(
    out: Path, assignment: str, source: Source, add_class: bool
) -> tuple[ClassRecord, list[Source]]:
    """The folder's record with ``source`` in it, and the other classes already graded there.
    A folder that grades another assignment, or another class unless ``add_class``, is refused:
    two TAs' halves of a class must not leave a gradebook of one half."""
    record = read_record(out) or ClassRecord(assignment=assignment)
    if record.assignment != assignment:
        raise UserError.simple(
            str(out),
            f"this output folder grades {record.assignment!r}, not {assignment!r}",
            f"この出力フォルダは {record.assignment!r} の採点用です"
            f"（{assignment!r} ではありません）",
            T("choose another -o folder", "別の -o フォルダを指定してください"),
        )
    others = [s for s in record.sources if s.identity != source.identity]
    if others and len(others) == len(record.sources) and not add_class:
        shown = ", ".join(visible(s.shown) for s in others)
        raise UserError.simple(
            str(out),
            f"this output folder grades another class ({shown}), not {visible(source.shown)}",
            f"この出力フォルダは別のクラス（{shown}）の採点用です"
            f"（{visible(source.shown)} ではありません）",
            T(
                "pass --add-class to grade this class into it too (grades.csv then covers "
                "both), or choose another -o folder",
                "両方を一つにまとめるなら --add-class を付けてください（grades.csv "
                "が両方を含みます）。別々にするなら別の -o フォルダを指定してください",
            ),
        )
    return record, others


def stored_rows(out: Path, sources: Sequence[Source]) -> list[Result]:
    """The results the other classes of the folder stored, and their rows without a result."""
    found: list[Result] = []
    for source in sources:
        for key in source.keys:
            try:
                found.append(
                    Result.model_validate_json(confined(out, "results", key, ".json").read_bytes())
                )
            except (OSError, ValueError):
                continue
        found += source.rows
    return found


def write_record(
    out: Path, record: ClassRecord, source: Source, results: list[Result]
) -> list[str]:
    """Write ``record`` with ``source``'s rows as this run left them (atomically), and withdraw
    what an earlier grade of this class stored and this one no longer has: its outputs move to
    ``OUT/withdrawn/`` so no gradebook shows them. Returns the files that are gone."""
    stored = [r for r in results if r.file_key and r.status not in ("invalid", "missing")]
    written = {id(r) for r in stored}
    rows = [r for r in results if id(r) not in written and r.status != "missing"]
    mine = source.model_copy(update={"keys": [r.file_key for r in stored], "rows": rows})
    previous = next((s for s in record.sources if s.identity == source.identity), None)
    gone = _withdraw(out, previous, results) if previous else []
    sources = [s for s in record.sources if s.identity != source.identity] + [mine]
    write_atomic(
        out / RECORD, record.model_copy(update={"sources": sources}).model_dump_json(indent=2)
    )
    return gone


def _withdraw(out: Path, previous: Source, results: list[Result]) -> list[str]:
    keys = {r.file_key for r in results}
    files = {r.file for r in results}
    gone = [r.file for r in previous.rows if r.file and r.file not in files]
    for key in previous.keys:
        if key in keys:
            continue
        path = confined(out, "results", key, ".json")
        try:
            file = Result.model_validate_json(path.read_bytes()).file
        except (OSError, ValueError):
            file = key
        if path.exists():
            target = confined(out, "withdrawn", key, ".json")
            target.parent.mkdir(exist_ok=True)
            os.replace(path, target)
        confined(out, "html", key, ".html").unlink(missing_ok=True)
        confined(out / "gradescope", key, "results", ".json").unlink(missing_ok=True)
        if file not in files:  # a file whose key changed (a new duplicate) is not gone
            gone.append(file)
    return sorted(set(gone))
