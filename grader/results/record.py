"""The grade to record for one file, and everything that went into it beyond the criteria.

:class:`Recorded` is the gradebook's view of a result: the grade a TA uploads (after the
failed-verdict policy, the TA's overrides and the late penalty), whether this file is the one
that counts for its student, and who the student is according to the roster or the LMS. It is
made by :mod:`grader.score.record` and stored in the result, so every rendering (CSV, worksheet,
Gradescope, HTML) shows the same grade.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from grader.results.generation import Strict
from grader.util.i18n import Text

Flag = Literal[
    "conflict",
    "not-counted",
    "override",
    "late",
    "cut-off",
    "unknown-id",
    "id-mismatch",
    "missing",
]
"""Gradebook flags a record can carry (review and cluster flags come from the class)."""


class AppliedOverride(Strict):
    """One entry of the TA's overrides file, as it was applied to this file."""

    line: int
    """Where the entry starts in the overrides file."""
    author: str
    """Who decided."""
    comment: str
    """Why (shown to the student)."""
    criterion: str | None = None
    """The criterion id (or ``total``) whose points were set."""
    before: float | None = None
    """Its points before the entry."""
    before_status: str | None = None
    """The criterion's status before the entry (so a regrade can start from the original)."""
    after: float | None = None
    """Its points after."""
    passed: bool | None = None
    """The verdict the entry set."""
    file: str | None = None
    """The file the entry chose to count, for an id several files claim."""


class Lateness(Strict):
    """When the file came in, against the student's deadline."""

    submitted_at: str
    """ISO 8601 with the offset, in the deadline's zone."""
    source: Literal["lms", "zip", "mtime"]
    """Where the time comes from: the LMS's record, the zip entry, or the file's modification
    time (a plain folder: only as good as the copy that made it)."""
    deadline: str
    """The student's deadline (their extension, if any), ISO 8601 with the offset."""
    days_late: int
    """Started days after the deadline (0: on time)."""
    penalty: float
    """Points taken for lateness."""
    cut_off: bool
    """Came after the cut-off: the grade is 0."""


class Identity(Strict):
    """Who the file belongs to, beyond what the file itself says."""

    name: str | None = None
    """The student's name (the roster's, else the LMS's)."""
    email: str | None = None
    """From the roster."""
    lms_id: str | None = None
    """The LMS's participant identifier (Moodle's number in the download folder's name)."""
    participant: str | None = None
    """The participant's name as the LMS folder gives it."""
    written_id: str | None = None
    """The id the file wrote, when it is not the id the row is graded under (``id-mismatch``)."""


class Recorded(Strict):
    """The grade to record for one file, and why."""

    grade: float | None
    """What to upload; None leaves the cell empty (an unresolved duplicate id, a pending
    verdict, a file that could not be graded here, a missing student)."""
    basis: Text
    """How the grade follows from the verdict and the policies, in words."""
    counts: bool = True
    """This file is the one that counts for its student id."""
    flags: list[Flag] = Field(default_factory=list)
    """The gradebook flags of this row."""
    overrides: list[AppliedOverride] = Field(default_factory=list)
    """The TA's entries applied to it, in file order."""
    original_score: float | None = None
    """The points before any override (None: no override applied)."""
    original_verdict: Literal["passed", "pending", "failed"] | None = None
    """The verdict before any override (None: no override applied)."""
    late: Lateness | None = None
    """Lateness, when a late policy and a submission time are known."""
    identity: Identity = Field(default_factory=Identity)
    """Who the student is, from the roster and the LMS."""
