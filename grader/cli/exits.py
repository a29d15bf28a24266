"""The exit statuses of every ``grader`` command, defined once.

The CLI returns these; scripts and CI branch on them, and the README's table is this one.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit status of a ``grader`` command."""

    PASSED = 0
    """Everything asked for succeeded: the submission passed, the class graded, the set verified."""
    FAILED = 1
    """Graded below the pass threshold (``check``), a file could not be graded (``grade``), or a
    reference diverged (``verify``)."""
    INVALID = 2
    """A mistake in something a person wrote: a submission, an assignment, an argument."""
    ENVIRONMENT = 3
    """This machine cannot do the work: a model not cached, no memory, a full or read-only disk."""
    PENDING = 4
    """``check``: the public criteria alone do not decide; the TA's hidden criteria will."""
    INVALID_REFERENCE = 5
    """``verify``: the reference set itself is damaged or empty (a file or a field is wrong)."""
    INTERRUPTED = 130
    """Ctrl-C; rerun the same command to resume."""


VERDICT_EXIT = {"passed": ExitCode.PASSED, "pending": ExitCode.PENDING, "failed": ExitCode.FAILED}
"""``check``'s exit status for each verdict of a graded result."""
