"""The late policy's times: local, zoned by the policy, never a date alone; the cut-off after the
deadline; the grading policy's two values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from pydantic import ValidationError

from grader.load.policy import Grading, Late


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("2026-12-10T23:59", "2026-12-10T23:59"),
        ("2026-12-10 23:59", "2026-12-10T23:59"),
        ("2026-12-10T23:59:30", "2026-12-10T23:59:30"),
        (datetime(2026, 12, 10, 23, 59), "2026-12-10T23:59"),  # YAML's timestamp
    ],
)
def test_a_deadline_is_a_local_time(written: Any, kept: str) -> None:
    late = Late.model_validate({"deadline": written})
    assert late.deadline == kept
    assert late.deadline_for("x").utcoffset() is not None
    assert str(late.deadline_for("x").tzinfo) == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"deadline": "2026-12-10"}, "no time of day"),
        ({"deadline": "2026-12-10T23:59+09:00"}, "has a zone"),
        ({"deadline": "next friday"}, "not a date and time"),
        ({"deadline": "2026-12-10T23:59", "timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"deadline": "2026-12-10T23:59", "cutoff": "2026-12-09T00:00"}, "before the deadline"),
        ({"deadline": "2026-12-10T23:59", "penalty_per_day": 120}, "less than or equal to 100"),
        ({"deadline": "2026-12-10T23:59", "extensions": {"s1": "soon"}}, "not a date and time"),
    ],
)
def test_what_a_late_policy_refuses(fields: dict[str, Any], why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        Late.model_validate(fields)


def test_extensions_are_per_student() -> None:
    late = Late.model_validate(
        {"deadline": "2026-12-10T23:59", "extensions": {"s1": "2026-12-12 12:00"}}
    )
    assert late.deadline_for("s1").isoformat() == "2026-12-12T12:00:00+09:00"
    assert late.deadline_for("s2").isoformat() == "2026-12-10T23:59:00+09:00"


def test_the_grading_policy() -> None:
    assert Grading().failed == "zero"
    with pytest.raises(ValidationError):
        Grading.model_validate({"failed": "half"})
