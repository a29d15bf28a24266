"""What whole commands report on the terminal, as lines: ``verify``'s cases and totals.

Every line goes through :func:`grader.util.textsafe.visible`, so a control character in a name
or a fingerprint field is shown, never run. Printing them is the CLI's business.
"""

from __future__ import annotations

from grader.results import VerifyReport
from grader.util.textsafe import visible


def verify_lines(report: VerifyReport) -> list[str]:
    """``verify``'s report as terminal lines: one per case, then the modes and the totals."""
    lines = [
        visible(f"{'ok  ' if case.ok else 'FAIL'} [{case.mode}] {case.name}: {case.message}")
        for case in report.cases
    ]
    lines.append(visible(f"modes: {', '.join(report.modes)} ({report.why})"))
    if "teacher-forced" in report.modes:
        lines.append(
            "teacher-forced tokens: " + ", ".join(f"{k} {v}" for k, v in report.totals.items())
        )
    lines.append(
        f"{sum(c.ok for c in report.cases)}/{len(report.cases)} verified; seconds {report.seconds}"
    )
    return lines
