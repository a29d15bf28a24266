"""Machine-readable renderings: the gradebook CSV and Gradescope's ``results.json`` payload.

Both are pure functions of :class:`Result` objects. Writing the bytes/JSON to disk is the
caller's business. The CSV is hardened against formula injection because student-written
values (ids, file names) end up in spreadsheets; numbers produced here are never touched.

Gradescope: hidden criteria the TA grades separately (``not_evaluated``) are *omitted* from
``tests``. A zero with a "failed" status would look like a lost point to anyone reading the
autograder output, so ``score`` and ``extra_data.max_score`` cover the evaluated tests only
(``extra_data.max_score_with_hidden`` is the result's maximum); the TA's run with the TA-only
file produces them as ordinary hidden tests.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from grader.i18n import Lang
from grader.results import CriterionResult, Result

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these can be read as a formula by spreadsheet programs."""

FIXED_HEAD = ["student_id", "file", "sha256", "status"]
FIXED_TAIL = [
    "total",
    "max",
    "percent",
    "verdict",
    "passed",
    "flags",
    "graded_at",
    "grader_version",
]
"""``flags``: ``conflict`` when several files claim the row's student id (each file has its row),
and ``similar:N/size:why`` for a cluster of near-identical submissions; several are joined by
``;``."""


def neutralise(cell: str) -> str:
    """``cell`` made inert for spreadsheets: a leading quote makes it plain text."""
    return "'" + cell if cell.startswith(DANGEROUS_PREFIXES) else cell


def number(x: float) -> str:
    """``3`` rather than ``3.0``; otherwise at most 6 decimals, trailing zeros dropped."""
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.6f}".rstrip("0").rstrip(".")


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
    results: list[Result],
    excel: bool = False,
    flags: dict[str, str] | None = None,
    conflicted: frozenset[str] = frozenset(),
) -> bytes:
    """The gradebook as CSV bytes; ``excel=True`` adds a UTF-8 BOM so Excel reads it as UTF-8.

    ``flags`` (file -> text) marks rows for the TA, e.g. a cluster of near-identical submissions;
    rows of a student id in ``conflicted`` (claimed by several files) are flagged ``conflict``.
    """
    rows = sorted(results, key=sort_key)
    ids = criterion_ids(rows)
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(FIXED_HEAD + ids + FIXED_TAIL)
    for r in rows:
        marks = ["conflict"] if r.student and r.student.id in conflicted else []
        marks += [(flags or {}).get(r.file, "")]
        writer.writerow(_csv_row(r, ids, ";".join(m for m in marks if m)))
    return out.getvalue().encode("utf-8-sig" if excel else "utf-8")


def _csv_row(r: Result, ids: list[str], flag: str) -> list[str]:
    text = [neutralise(v) for v in (r.student.id if r.student else "", r.file, r.sha256, r.status)]
    points = (
        {c.id: c.points for c in r.criteria if c.status != "not_evaluated"}
        if r.status == "graded"
        else {}
    )
    cells = [number(points[i]) if i in points else "" for i in ids]
    verdict = r.verdict if r.status == "graded" else r.status
    totals = [
        number(r.score),
        number(r.max_score),
        f"{r.percent:.1f}",
        verdict,
        "true" if r.passed else "false",
        neutralise(flag),
    ]
    return text + cells + totals + [neutralise(r.graded_at), neutralise(r.grader_version)]


def gradescope(result: Result, lang: Lang = "en") -> dict[str, Any]:
    """Gradescope autograder ``results.json`` content for one submission (see module doc)."""
    extra = {
        "status": result.status,
        "file": result.file,
        "sha256": result.sha256,
        "assignment": result.assignment,
        "max_score": result.max_score - result.pending_points,
        "max_score_with_hidden": result.max_score,
        "verdict": result.verdict,
        "preview": result.preview,
        "grader_version": result.grader_version,
        "graded_at": result.graded_at,
    }
    page = {"output_format": "text", "visibility": "visible", "stdout_visibility": "hidden"}
    if result.status != "graded":
        errors = "\n".join(d.render(lang) for d in result.errors)
        head = (
            "提出物を採点できませんでした:"
            if lang == "ja"
            else "The submission could not be graded:"
        )
        output = f"{head}\n{errors}"
        return {"score": 0.0, "output": output, **page, "extra_data": extra, "tests": []}
    return {
        "score": result.score,
        "output": _summary(result, lang),
        **page,
        "extra_data": extra,
        "tests": [
            _gradescope_test(n, c, lang)
            for n, c in enumerate(result.criteria, start=1)
            if c.status != "not_evaluated"
        ],
    }


def _gradescope_test(n: int, c: CriterionResult, lang: Lang) -> dict[str, Any]:
    """One criterion as a Gradescope test (hidden criteria stay hidden there too)."""
    return {
        "name": f"{c.title.get(lang)} ({c.id})",
        "number": str(n),
        "score": c.points,
        "max_score": c.max_points,
        "status": c.status,
        "output": c.evidence.get(lang),
        "output_format": "text",
        "visibility": "hidden" if c.visibility == "hidden" else "visible",
        "tags": [c.id],
    }


def _summary(result: Result, lang: Lang) -> str:
    ja = lang == "ja"
    words = {
        "passed": ("PASSED", "合格"),
        "pending": ("PENDING", "保留"),
        "failed": ("FAILED", "不合格"),
    }
    verdict = words[result.verdict][1 if ja else 0]
    lines = [
        f"{number(result.score)} / {number(result.max_score)} ({result.percent:.1f}%) {verdict}"
    ]
    if result.preview:
        lines.append(
            "プレビュー (CPU fp32) — 正式な採点環境ではありません"
            if ja
            else "Preview (CPU fp32) — not the official grade setting"
        )
    if any(c.status == "not_evaluated" for c in result.criteria):
        lines.append(
            "非公開の基準は TA が別途採点します。"
            if ja
            else "Hidden criteria are graded separately by the TA."
        )
    return "\n".join(lines)
