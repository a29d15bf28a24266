"""The gradebook CSV, a pure function of :class:`Result` objects (writing it is the caller's).

The CSV is hardened against formula injection because student-written values (ids, file names)
end up in spreadsheets; numbers produced here are never touched. Gradescope's payload is
:mod:`grader.report.gradescope`.
"""

from __future__ import annotations

import csv
import io

from grader.report.common import number
from grader.results import Result

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these can be read as a formula by spreadsheet programs."""

FIXED_HEAD = ["student_id", "name", "lms_id", "file", "sha256", "status"]
FIXED_TAIL = [
    "total",
    "max",
    "percent",
    "verdict",
    "passed",
    "grade",
    "submitted_at",
    "days_late",
    "late_penalty",
    "flags",
    "graded_at",
    "grader_version",
]
"""``total`` is the points (after a TA's override); **``grade`` is what to upload**: the points
under the assignment's grading policy (a failed verdict records 0 by default) less the late
penalty, and empty where nothing should be uploaded (an id several files claim with no override
naming the one that counts, a pending verdict, a file not graded here, a missing student).
``flags``: ``conflict``, ``not-counted`` (another file of the id counts), ``override``,
``late``, ``cut-off``, ``unknown-id`` (not on the roster), ``id-mismatch`` (the file wrote another
id than the LMS's participant has), ``missing``, ``review:<criterion ids>`` for credits that
passed near a threshold (the TA should look), and ``similar:N/size:why`` for a cluster of
near-identical submissions; several are joined by ``;``."""


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets: a leading quote makes it plain text."""
    return "'" + cell if cell.startswith(DANGEROUS_PREFIXES) else cell


def sort_key(result: Result) -> tuple[int, str, str]:
    """Rows by student id; files without a student (not parsable) after them, by name."""
    if result.student is not None:
        return (0, result.student.id, result.file)
    return (1, result.file, "")


def criterion_ids(results: list[Result]) -> list[str]:
    """Criterion ids in assignment order: the first graded result's order, then any others seen."""
    ids: dict[str, None] = {}
    # sorted is stable: the first graded result stays first
    for r in sorted(results, key=lambda r: r.status != "graded"):
        ids.update(dict.fromkeys(c.id for c in r.criteria))
    return list(ids)


def grades_csv(
    results: list[Result], excel: bool = False, flags: dict[str, str] | None = None
) -> bytes:
    """The gradebook as CSV bytes; ``excel=True`` adds a UTF-8 BOM so Excel reads it as UTF-8.

    ``flags`` (file -> text) marks rows for the TA, e.g. a cluster of near-identical submissions,
    after each row's own gradebook flags (:data:`FIXED_TAIL`).
    """
    rows = sorted(results, key=sort_key)
    ids = criterion_ids(rows)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(FIXED_HEAD + ids + FIXED_TAIL)
    for r in rows:
        marks: list[str] = list(r.record.flags) if r.record else []
        marks += ["conflict"] if r.conflicted and r.record is None else []  # check knows no class
        marks += ["review:" + "+".join(cid for cid, _ in r.reviews)] if r.reviews else []
        marks += [(flags or {}).get(r.file, "")]
        writer.writerow(_csv_row(r, ids, ";".join(m for m in marks if m)))
    return out.getvalue().encode("utf-8-sig" if excel else "utf-8")


def _csv_row(r: Result, ids: list[str], flag: str) -> list[str]:
    record = r.record
    who = record.identity if record else None
    head = (
        r.student.id if r.student else "",
        (who.name if who else None) or (r.student.name if r.student else None) or "",
        (who.lms_id if who else None) or "",
        r.file,
        r.sha256,
        r.status,
    )
    text = [neutralise(v) for v in head]
    points = (
        {c.id: c.points for c in r.criteria if c.status != "not_evaluated"}
        if r.status == "graded"
        else {}
    )
    cells = [number(points[i]) if i in points else "" for i in ids]
    verdict = r.verdict if r.status == "graded" else r.status
    late = record.late if record else None
    grade = record.grade if record else None
    totals = [
        number(r.score),
        number(r.max_score),
        f"{r.percent:.1f}",
        verdict,
        "true" if r.passed else "false",
        "" if grade is None else number(grade),
        late.submitted_at if late else "",
        str(late.days_late) if late else "",
        number(late.penalty) if late else "",
        neutralise(flag),
    ]
    return text + cells + totals + [neutralise(r.graded_at), neutralise(r.grader_version)]
