"""The one way the commands load an assignment: read, and every criterion's type and params
checked against the criterion registry, each problem at its line in assignment.yaml or the TA's
file.

Reading itself (:mod:`grader.load.assignments`) knows nothing of the registry, so it takes the
registry's check as an argument; :func:`assignment_for` finds the assignment a submission names.
It imports nothing that generates.
"""

from __future__ import annotations

from pathlib import Path

from grader.load import assignments
from grader.load.assignments import LoadedAssignment
from grader.load.strict_yaml import load_file
from grader.score.builtins import param_problem
from grader.util.errors import UserError
from grader.util.i18n import T
from grader.util.textsafe import display_name


def load_assignment(ref: str | Path, hidden: Path | None = None) -> LoadedAssignment:
    """Load ``ref`` (an id, a folder or a file) with its hidden file; raises ``UserError``."""
    return assignments.read_assignment(ref, hidden, param_problem)


def assignment_for(
    path: Path, ref: str | Path | None, hidden: Path | None = None, shown: str | None = None
) -> LoadedAssignment:
    """The assignment named on the command line, or the one the submission names (``shown``:
    how the file is named in messages, by default as given)."""
    if ref is not None:
        return load_assignment(ref, hidden)
    located = load_file(path, shown or display_name(str(path)))
    name = located.data.get("assignment") if isinstance(located.data, dict) else None
    if not isinstance(name, str):
        raise UserError(
            [
                located.error(
                    ("assignment",),
                    T(
                        "missing 'assignment: <id>' (e.g. ex1)",
                        "'assignment: <id>'（例: ex1）がありません",
                    ),
                )
            ]
        )
    try:
        return load_assignment(name, hidden)
    except UserError as exc:
        raise UserError(
            [located.error(("assignment",), exc.diagnostics[0].message, exc.diagnostics[0].hint)]
        ) from None
