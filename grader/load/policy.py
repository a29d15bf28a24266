"""How a grade is recorded: the assignment's grading and late policies.

These are the gradebook's rules, apart from the criteria: what a failed verdict records
(:class:`Grading`) and what lateness costs (:class:`Late`). The TA's corrections, and a late
policy of the TA's own, are the file ``grade --overrides`` reads (:mod:`grader.load.overrides`);
applying them all to a result is :mod:`grader.score.record`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Grading(_Strict):
    """What the grade to record is, given the verdict."""

    failed: Literal["zero", "points"] = "zero"
    """``zero``: a failed verdict records 0 (a copy that fails ``original_work`` gets 0, not its
    points); ``points``: it records the points earned."""


class Late(_Strict):
    """A deadline, and what being late costs."""

    deadline: str
    """Local date and time in ``timezone``, ISO 8601 without a zone: ``2026-12-10T23:59``."""
    timezone: str = "Asia/Tokyo"
    """IANA time zone of the deadline, the cut-off and the extensions (and of zip entry times,
    which carry no zone)."""
    penalty_per_day: float = Field(default=0, ge=0, le=100)
    """Percent of the maximum taken per started day late (24 hours after the deadline)."""
    cutoff: str | None = None
    """Local date and time after which the grade is 0 (None: no cut-off)."""
    extensions: dict[str, str] = Field(default_factory=dict)
    """Student id -> that student's own deadline (local date and time)."""

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name: Asia/Tokyo)") from None
        return value

    @field_validator("deadline", "cutoff", mode="before")
    @classmethod
    def _local(cls, value: Any) -> Any:
        return None if value is None else _naive(value)

    @field_validator("extensions", mode="before")
    @classmethod
    def _extended(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return {sid: _naive(when) for sid, when in value.items()}

    @model_validator(mode="after")
    def _cutoff_after_deadline(self) -> Late:
        if self.cutoff is not None and self.local(self.cutoff) < self.local(self.deadline):
            raise ValueError("cutoff is before the deadline")
        return self

    def local(self, when: str) -> datetime:
        """``when`` (a local date and time of this policy) as an aware datetime."""
        return datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(self.timezone))

    def deadline_for(self, student_id: str | None) -> datetime:
        """The student's deadline: their extension, else the class's."""
        return self.local(self.extensions.get(student_id or "", self.deadline))


def _naive(value: Any) -> str:
    """``value`` checked as a local date and time without a zone (the policy's zone applies):
    text, or the timestamp YAML makes of ``2026-12-10 23:59:00``; a date alone is refused, as it
    does not say which minute of the day."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date) or not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date and time like 2026-12-10T23:59")
    else:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date and time like 2026-12-10T23:59") from None
        if len(value) <= 10:
            raise ValueError(f"{value!r} has no time of day: write 2026-12-10T23:59")
    if parsed.tzinfo is not None:
        raise ValueError(f"{value} has a zone: write local time and set `timezone`")
    return parsed.isoformat(timespec="minutes" if parsed.second == 0 else "seconds")
