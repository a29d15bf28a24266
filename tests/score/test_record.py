"""The grade to record: the failed-verdict policy, duplicate ids, the TA's overrides, lateness, and
a stored result settled again (tables of cases with fixed numbers; the CLI flow is
tests/commands/test_grade_lms.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.overrides import Entry, Override
from grader.load.policy import Grading, Late
from grader.results import Identity, Result
from grader.score.record import Arrival, Ledger, settle, unsettle
from tests.factories import criterion, graded, invalid

JST = timezone(timedelta(hours=9))


def result(passes: bool = True, sid: str = "s1", **extra: Any) -> Result:
    """A graded file worth 10: c1 (6, required) and c2 (4); passes when both pass."""
    crits = [
        criterion("c1", passes, points=6.0, required=True),
        criterion("c2", passes, points=4.0),
    ]
    return graded(sid, criteria=crits, **extra)


def entry(line: int = 1, **fields: Any) -> Entry:
    return Entry(line, Override.model_validate({"id": "s1", "comment": "why", **fields}))


@pytest.mark.parametrize(
    ("passes", "policy", "grade"),
    [
        (True, "zero", 10.0),
        (True, "points", 10.0),
        (False, "zero", 0.0),  # a failed copy records 0, not its points
        (False, "points", 0.0),  # failing here means no points either
    ],
)
def test_the_failed_verdict_policy(passes: bool, policy: str, grade: float) -> None:
    ledger = Ledger(grading=Grading.model_validate({"failed": policy}))
    assert settle(result(passes), ledger).record.grade == grade  # type: ignore[union-attr]


def test_failed_with_points_records_the_points_under_the_points_policy() -> None:
    # 5 of 10 is under the 60 % threshold: failed, with 5 points earned
    crits = [criterion("c1", True, points=5.0), criterion("c2", False, points=5.0)]
    failed = graded("s1", criteria=crits)
    assert failed.verdict == "failed" and failed.score == 5.0
    assert settle(failed, Ledger()).record.grade == 0.0  # type: ignore[union-attr]
    points = Ledger(grading=Grading(failed="points"))
    assert settle(failed, points).record.grade == 5.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("status", "verdict", "grade", "flag"),
    [
        ("invalid", "failed", 0.0, None),  # the student's mistake
        ("error", "failed", None, None),  # not graded here: nothing to record yet
        ("graded", "pending", None, None),  # hidden criteria decide
    ],
)
def test_what_records_nothing_or_zero(
    status: str, verdict: str, grade: float | None, flag: str | None
) -> None:
    r = (
        invalid(status=status, sid="s1")  # type: ignore[arg-type]
        if status != "graded"
        else result().model_copy(update={"verdict": verdict})
    )
    assert settle(r, Ledger()).record.grade == grade  # type: ignore[union-attr]


def test_a_duplicate_id_records_nothing_until_an_override_names_the_file() -> None:
    a = result(file="a.yaml")
    b = result(file="b.yaml")
    ledger = Ledger(claims={"s1": 2})
    for r in (a, b):
        record = settle(r, ledger).record
        assert record is not None and record.grade is None and "conflict" in record.flags
    chosen = Ledger(claims={"s1": 2}, entries=[entry(file="b.yaml")])
    ra, rb = settle(a, chosen).record, settle(b, chosen).record
    assert ra is not None and ra.grade is None and not ra.counts and "not-counted" in ra.flags
    assert rb is not None and rb.grade == 10.0 and rb.counts and "override" in rb.flags


def test_a_criterion_override_recomputes_the_verdict_and_keeps_the_original() -> None:
    failed = result(False)
    settled = settle(
        failed,
        Ledger(entries=[entry(criterion="c1", points=6), entry(2, criterion="c2", points=4)]),
    )
    record = settled.record
    assert record is not None
    assert settled.score == 10.0 and settled.verdict == "passed" and record.grade == 10.0
    assert record.original_score == 0.0 and record.original_verdict == "failed"
    assert [(o.criterion, o.before, o.after, o.line) for o in record.overrides] == [
        ("c1", 0.0, 6.0, 1),
        ("c2", 0.0, 4.0, 2),
    ]


def test_a_total_override_and_a_verdict_override() -> None:
    r = result(True)
    total = settle(r, Ledger(entries=[entry(criterion="total", points=3)]))
    assert total.score == 3.0 and total.verdict == "failed" and total.record.grade == 0.0  # type: ignore[union-attr]
    forced = settle(r, Ledger(entries=[entry(criterion="total", points=3, passed=True)]))
    assert forced.verdict == "passed" and forced.record.grade == 3.0  # type: ignore[union-attr]
    failed = settle(r, Ledger(entries=[entry(passed=False)]))
    assert failed.verdict == "failed" and failed.record.grade == 0.0  # type: ignore[union-attr]


def test_an_override_of_another_id_or_file_does_not_apply() -> None:
    r = result(False, file="a.yaml")
    other = [entry(criterion="total", points=9).override.model_copy(update={"id": "s2"})]
    assert settle(r, Ledger(entries=[Entry(1, other[0])])).record.overrides == []  # type: ignore[union-attr]
    elsewhere = Ledger(entries=[entry(criterion="total", points=9, file="b.yaml")])
    assert settle(r, elsewhere).record.overrides == []  # type: ignore[union-attr]


LATE = Late(deadline="2026-12-10T23:59", penalty_per_day=10, cutoff="2026-12-13T23:59")
DEADLINE = datetime(2026, 12, 10, 23, 59, tzinfo=JST)


@pytest.mark.parametrize(
    ("after", "days", "penalty", "grade"),
    [
        (timedelta(0), 0, 0.0, 10.0),  # on the minute: on time
        (timedelta(seconds=-1), 0, 0.0, 10.0),
        (timedelta(seconds=1), 1, 1.0, 9.0),  # a started day
        (timedelta(days=1), 1, 1.0, 9.0),
        (timedelta(days=1, seconds=1), 2, 2.0, 8.0),
        (timedelta(days=3), 3, 3.0, 7.0),  # the cut-off itself is still in
        (timedelta(days=3, seconds=1), 4, 4.0, 0.0),  # after the cut-off: 0
    ],
)
def test_lateness(after: timedelta, days: int, penalty: float, grade: float) -> None:
    arrival = Arrival(DEADLINE + after, "zip")
    record = settle(result(), Ledger(late=LATE, arrivals={"subs/s1.yaml": arrival})).record
    assert record is not None and record.late is not None
    assert (record.late.days_late, record.late.penalty, record.grade) == (days, penalty, grade)
    assert record.late.cut_off is (after > timedelta(days=3))


def test_a_naive_time_is_the_deadlines_zone_and_an_aware_one_is_converted() -> None:
    naive = Arrival(datetime(2026, 12, 11, 0, 30), "zip")  # JST, 31 minutes late
    utc = Arrival(datetime(2026, 12, 10, 14, 30, tzinfo=timezone.utc), "mtime")  # 23:30 JST
    shown = []
    for arrival in (naive, utc):
        record = settle(result(), Ledger(late=LATE, arrivals={"subs/s1.yaml": arrival})).record
        assert record is not None and record.late is not None
        shown.append((record.late.days_late, record.late.submitted_at, record.late.source))
    assert shown == [
        (1, "2026-12-11T00:30:00+09:00", "zip"),
        (0, "2026-12-10T23:30:00+09:00", "mtime"),
    ]


def test_an_extension_moves_the_deadline_and_the_cut_off() -> None:
    late = LATE.model_copy(update={"extensions": {"s1": "2026-12-20T12:00"}})
    arrival = Arrival(datetime(2026, 12, 20, 11, 0), "zip")  # past the class's cut-off
    record = settle(result(), Ledger(late=late, arrivals={"subs/s1.yaml": arrival})).record
    assert record is not None and record.late is not None
    assert record.late.days_late == 0 and not record.late.cut_off and record.grade == 10.0


def test_the_penalty_never_makes_a_grade_negative_and_comes_after_the_policy() -> None:
    arrival = Arrival(DEADLINE + timedelta(days=2), "zip")
    failed = settle(result(False), Ledger(late=LATE, arrivals={"subs/s1.yaml": arrival}))
    assert failed.record is not None and failed.record.grade == 0.0
    harsh = LATE.model_copy(update={"penalty_per_day": 80.0})
    passed = settle(result(), Ledger(late=harsh, arrivals={"subs/s1.yaml": arrival}))
    assert passed.record is not None and passed.record.grade == 0.0


def test_roster_and_lms_flags() -> None:
    who = Identity(name="山田", lms_id="1001", written_id="2412999")
    record = settle(
        result(), Ledger(roster=frozenset({"s2"}), identities={"subs/s1.yaml": who})
    ).record
    assert record is not None and record.identity == who
    assert set(record.flags) == {"unknown-id", "id-mismatch"}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["c1", "c2", "total", None]),
            st.floats(0, 6, allow_nan=False),
            st.sampled_from([None, True, False]),
        ),
        max_size=4,
    ),
    st.booleans(),
)
def test_a_stored_result_settles_again_to_the_same_grade(
    changes: list[tuple[str | None, float, bool | None]], passes: bool
) -> None:
    """A regrade reads a stored (settled) result and settles it against today's ledger: undoing
    the stored overrides first, so applying the file twice is applying it once."""
    entries = [
        entry(n + 1, criterion=c, points=p if c else None, passed=v if c or v is not None else True)
        for n, (c, p, v) in enumerate(changes)
    ]
    ledger = Ledger(entries=entries)
    original = result(passes)
    once = settle(original, ledger)
    assert unsettle(once).model_dump() == original.model_dump()
    assert settle(unsettle(once), ledger).model_dump() == once.model_dump()
