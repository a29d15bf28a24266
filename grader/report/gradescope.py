"""Gradescope's autograder ``results.json`` payload, a pure function of one :class:`Result`.

Hidden criteria the TA grades separately (``not_evaluated``) are *omitted* from ``tests``. A zero
with a "failed" status would look like a lost point to anyone reading the autograder output, so
``extra_data.max_score`` covers the evaluated tests only (``extra_data.max_score_with_hidden`` is
the result's maximum); the TA's run with the TA-only file produces them as ordinary hidden tests.
``score`` is the grade to record (:class:`~grader.results.record.Recorded`: a failed copy gets 0,
not its points); where there is none to record (a pending verdict, an unresolved duplicate id)
it is the evaluated points, and ``extra_data.grade`` is null. Writing the file is the caller's
business.
"""

from __future__ import annotations

from typing import Any

from grader.report.common import PREVIEW, VERDICT, number
from grader.results import CriterionResult, Result
from grader.util.i18n import Lang, T


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
        "grade": result.record.grade if result.record else None,
        "flags": list(result.record.flags) if result.record else [],
        "preview": result.preview,
        "grader_version": result.grader_version,
        "graded_at": result.graded_at,
    }
    page = {"output_format": "text", "visibility": "visible", "stdout_visibility": "hidden"}
    if result.status != "graded":
        errors = "\n".join(d.render(lang) for d in result.errors)
        head = T("The submission could not be graded:", "提出物を採点できませんでした:").get(lang)
        output = f"{head}\n{errors}"
        grade = result.record.grade if result.record else None
        score = 0.0 if grade is None else grade
        return {"score": score, "output": output, **page, "extra_data": extra, "tests": []}
    grade = result.record.grade if result.record else None
    return {
        "score": result.score if grade is None else grade,
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
    lines = [
        f"{number(result.score)} / {number(result.max_score)} ({result.percent:.1f}%) "
        f"{VERDICT[result.verdict].get(lang)}"
    ]
    record = result.record
    if record is not None:
        grade = "—" if record.grade is None else number(record.grade)
        lines.append(f"{T('Grade', '成績').get(lang)}: {grade} ({record.basis.get(lang)})")
        lines += [f"{T('Override', '修正').get(lang)}: {o.comment}" for o in record.overrides]
    if result.preview:
        lines.append(PREVIEW.get(lang))
    if any(c.status == "not_evaluated" for c in result.criteria):
        lines.append(
            T(
                "Hidden criteria are graded separately by the TA.",
                "非公開の基準は TA が別途採点します。",
            ).get(lang)
        )
    return "\n".join(lines)
