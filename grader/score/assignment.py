"""The assignment as grading needs it: loaded, and every criterion's type and params checked
against the criterion registry, each problem at its line in assignment.yaml or the TA's file.

Loading itself (:mod:`grader.load.assignments`) knows nothing of the registry; the commands load
assignments through here. It leaves everything else about assignments to that module.
"""

from __future__ import annotations

from pathlib import Path

from grader.load import assignments
from grader.load.assignments import LoadedAssignment
from grader.score.registry import check_params


def load(ref: str | Path, hidden: Path | None = None) -> LoadedAssignment:
    """Load ``ref`` (an id, a folder or a file) with its hidden file; raises ``UserError``."""
    return assignments.load(ref, hidden, check_params)
