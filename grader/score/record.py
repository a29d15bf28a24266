"""The grade to record: a result settled against the class's gradebook rules.

Order, as the README states it: the TA's overrides are applied to the criteria and the total
(the original points are kept), the verdict is recomputed by the scorer's rule (unless an entry
sets it), the failed-verdict policy turns the verdict into a grade, and the late penalty comes
last. A student id that several files claim records nothing until an override says which file
counts; a pending verdict, a file that could not be graded here and a missing student record
nothing either (an empty cell, never a guessed number). Pure: the class's knowledge comes in a
:class:`Ledger`; reading the TA's file and the roster is :mod:`grader.load`'s.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from grader.load.overrides import TOTAL, Entry
from grader.load.policy import Grading, Late
from grader.results import AppliedOverride, CriterionResult, Identity, Lateness, Recorded, Result
from grader.results.record import Flag
from grader.score.verdict import decide
from grader.util.i18n import T, Text


@dataclass(frozen=True)
class Arrival:
    """When a file came in, and how that is known (a naive time is in the deadline's zone)."""

    when: datetime
    source: Literal["lms", "zip", "mtime"]


@dataclass(frozen=True)
class Ledger:
    """What the gradebook knows about a class besides each file's result."""

    grading: Grading = field(default_factory=Grading)
    late: Late | None = None
    entries: Sequence[Entry] = ()
    """The TA's overrides, in file order."""
    claims: Mapping[str, int] = field(default_factory=dict)
    """Student id -> number of files that claim it."""
    arrivals: Mapping[str, Arrival] = field(default_factory=dict)
    """File (as shown) -> when it came in."""
    identities: Mapping[str, Identity] = field(default_factory=dict)
    """File (as shown), or student id for a missing student -> who it is."""
    roster: frozenset[str] | None = None
    """The roster's student ids (None: no roster)."""

    def counted(self, sid: str) -> str | None:
        """The file an override chose for ``sid`` (the last such entry wins)."""
        chosen = [e.override.file for e in self.entries if e.override.id == sid]
        return next((f for f in reversed(chosen) if f is not None), None)


def settle(result: Result, ledger: Ledger) -> Result:
    """``result`` with the TA's overrides applied and its :class:`Recorded` grade attached."""
    sid = result.student.id if result.student else None
    identity = ledger.identities.get(result.file or sid or "", Identity())
    flags: list[Flag] = []
    if ledger.roster is not None and sid is not None and sid not in ledger.roster:
        flags.append("unknown-id")
    if identity.written_id is not None:
        flags.append("id-mismatch")
    mine = [
        e
        for e in ledger.entries
        if sid is not None and e.override.id == sid and e.override.file in (None, result.file)
    ]
    verdict_before = result.verdict
    result, applied, original = _apply(result, mine)
    flags += ["override"] if applied else []
    grade, basis, counts = _grade(result, ledger, sid, flags)
    late = None
    arrival = ledger.arrivals.get(result.file)
    if ledger.late is not None and arrival is not None:
        late = _lateness(arrival, ledger.late, sid, result.max_score, grade)
        flags += ["late"] if late.days_late else []
        flags += ["cut-off"] if late.cut_off else []
        if grade is not None:
            grade = 0.0 if late.cut_off else round(grade - late.penalty, 6)
    record = Recorded(
        grade=grade,
        basis=basis,
        counts=counts,
        flags=flags,
        overrides=applied,
        original_score=original,
        original_verdict=verdict_before if applied else None,
        late=late,
        identity=identity,
    )
    return result.model_copy(update={"record": record})


def unsettle(result: Result) -> Result:
    """``result`` as scoring made it: the overrides a stored result carries undone, so that it
    can be settled again against today's ledger (the TA's file may have changed)."""
    record = result.record
    if record is None:
        return result
    if not record.overrides or record.original_score is None:
        return result.model_copy(update={"record": None})
    criteria = list(result.criteria)
    for applied in reversed(record.overrides):
        at = next((n for n, c in enumerate(criteria) if c.id == applied.criterion), None)
        if at is not None and applied.before is not None and applied.before_status is not None:
            criteria[at] = criteria[at].model_copy(
                update={"points": applied.before, "status": applied.before_status}
            )
    verdict = record.original_verdict or result.verdict
    update = {"criteria": criteria, "score": record.original_score, "verdict": verdict}
    return result.model_copy(update={**update, "passed": verdict == "passed", "record": None})


def _apply(
    result: Result, entries: list[Entry]
) -> tuple[Result, list[AppliedOverride], float | None]:
    """The result after ``entries`` (criteria first, then the total, then the verdict)."""
    if not entries or result.status not in ("graded", "invalid"):
        return result, [], None
    criteria = list(result.criteria)
    total: float | None = None
    passed: bool | None = None
    applied = []
    for entry in entries:
        o = entry.override
        before: float | None = None
        status: str | None = None
        if o.criterion == TOTAL:
            before, total = total if total is not None else result.score, o.points
        elif o.criterion is not None and o.points is not None:
            at = next((n for n, c in enumerate(criteria) if c.id == o.criterion), None)
            if at is not None:
                before, status = criteria[at].points, criteria[at].status
                criteria[at] = _set_points(criteria[at], o.points)
        passed = o.passed if o.passed is not None else passed
        applied.append(
            AppliedOverride(
                line=entry.line,
                author=o.author,
                comment=o.comment,
                criterion=o.criterion,
                before=before,
                before_status=status,
                after=o.points,
                passed=o.passed,
                file=o.file,
            )
        )
    score = total if total is not None else sum(c.points for c in criteria)
    verdict = decide(criteria, score, result.pass_threshold) if criteria else result.verdict
    if passed is not None:
        verdict = "passed" if passed else "failed"
    changed = result.model_copy(
        update={
            "criteria": criteria,
            "score": round(score, 6),
            "verdict": verdict,
            "passed": verdict == "passed",
        }
    )
    return changed, applied, result.score


def _set_points(c: CriterionResult, points: float) -> CriterionResult:
    """A criterion with the TA's points: passed when it gives any (a hidden criterion the TA
    graded by hand is decided too)."""
    return c.model_copy(update={"points": points, "status": "passed" if points > 0 else "failed"})


def _grade(
    result: Result, ledger: Ledger, sid: str | None, flags: list[Flag]
) -> tuple[float | None, Text, bool]:
    """(grade before lateness, why, whether this file counts for its id)."""
    if sid is not None and ledger.claims.get(sid, 0) > 1:
        chosen = ledger.counted(sid)
        if chosen is None:
            flags.append("conflict")
            return None, _CONFLICT, True
        if chosen != result.file:
            flags.append("not-counted")
            return None, T(f"{chosen} counts for this id", f"この学籍番号は {chosen} を採用"), False
    if result.status == "missing":
        flags.append("missing")
        return None, T("no file", "提出なし"), True
    if result.status == "error":
        return None, T("not graded here: rerun grade", "未採点: grade を再実行してください"), True
    if result.verdict == "pending":
        return None, T("pending: hidden criteria", "保留: 非公開の基準"), True
    if result.status == "invalid" and result.verdict == "failed":
        return 0.0, T("the file has mistakes: 0", "ファイルに誤りがあるため 0 点"), True
    if result.verdict == "failed" and ledger.grading.failed == "zero":
        return 0.0, T("failed: 0 (grading: failed: zero)", "不合格のため 0 点"), True
    if result.verdict == "failed":
        return (
            result.score,
            T("failed: the points (grading: failed: points)", "不合格: 獲得点"),
            True,
        )
    return result.score, T("passed: the points earned", "合格: 獲得点"), True


_CONFLICT = T(
    "several files claim this id: an override names the one that counts",
    "複数のファイルが同じ学籍番号です。採用するファイルを overrides で指定してください",
)


def _lateness(
    arrival: Arrival, late: Late, sid: str | None, max_score: float, grade: float | None
) -> Lateness:
    deadline = late.deadline_for(sid)
    zone = deadline.tzinfo
    when = arrival.when if arrival.when.tzinfo else arrival.when.replace(tzinfo=zone)
    when = when.astimezone(zone)
    over = when - deadline
    days = math.ceil(over / timedelta(days=1)) if over > timedelta(0) else 0
    # an extension past the cut-off moves it: nobody is cut off before their own deadline
    cut_off = late.cutoff is not None and when > max(late.local(late.cutoff), deadline)
    penalty = min(grade or 0.0, days * late.penalty_per_day / 100 * max_score)
    return Lateness(
        submitted_at=when.isoformat(timespec="seconds"),
        source=arrival.source,
        deadline=deadline.isoformat(timespec="seconds"),
        days_late=days,
        penalty=round(penalty, 6),
        cut_off=cut_off,
    )
