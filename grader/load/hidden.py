"""The TA-only hidden file: the types and params of an assignment's hidden criteria.

The public ``assignment.yaml`` is shipped to students, so a hidden criterion there names only its
id, title and points; :func:`public_only` refuses one that shows more. The TA passes the hidden
file to ``grade --hidden``, and :func:`merge` fills those criteria in, each problem at its line
in the hidden file. Checking the filled-in types against the registry stays with the caller.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from grader.load import pydantic_errors
from grader.load.schemas import Assignment, HiddenFile
from grader.load.strict_yaml import Located, load_file
from grader.util.errors import UserError
from grader.util.i18n import T


def merge(
    assignment: Assignment, hidden_path: Path, extends: str | None = None
) -> tuple[Assignment, Located]:
    """``assignment`` with the hidden file's types and params filled in, and the file as read.
    A hidden file written for the assignment this one ``extends`` (its twin's parent) fits too:
    the twin grades with the very same criteria."""
    located = load_file(hidden_path)
    try:
        hidden = HiddenFile.model_validate(located.data)
    except ValidationError as exc:
        raise UserError(
            pydantic_errors.diagnostics(exc, located, pydantic_errors.field_names(HiddenFile))
        ) from None
    if hidden.assignment not in (assignment.id, extends):
        raise UserError(
            [
                located.error(
                    ("assignment",),
                    T(
                        f"hidden file is for {hidden.assignment!r}, not {assignment.id!r}",
                        f"この hidden ファイルは {hidden.assignment!r} 用です（{assignment.id!r} "
                        "ではありません）",
                    ),
                )
            ]
        )
    ids = {c.id for c in assignment.criteria if c.visibility == "hidden"}
    unknown = set(hidden.criteria) - ids
    if unknown:
        raise UserError(
            [
                located.error(
                    ("criteria", sorted(unknown)[0]),
                    T(
                        f"{sorted(unknown)[0]!r} is not a hidden criterion of {assignment.id}",
                        f"{sorted(unknown)[0]!r} は {assignment.id} の非公開基準ではありません",
                    ),
                    key=True,
                )
            ]
        )
    criteria = [
        c.model_copy(
            update={"type": hidden.criteria[c.id].type, "params": hidden.criteria[c.id].params}
        )
        if c.id in hidden.criteria
        else c
        for c in assignment.criteria
    ]
    return assignment.model_copy(update={"criteria": criteria}), located


def public_only(assignment: Assignment, located: Located) -> None:
    """The public file is shipped to students: a hidden criterion may not reveal its content."""
    for i, spec in enumerate(assignment.criteria):
        if spec.visibility == "hidden" and (spec.type is not None or spec.params):
            raise UserError(
                [
                    located.error(
                        ("criteria", i),
                        T(
                            f"hidden criterion {spec.id!r} shows its type/params in the public "
                            "file",
                            f"非公開基準 {spec.id!r} の type/params が公開ファイルに書かれています",
                        ),
                        T(
                            "move type and params to the TA-only hidden file",
                            "type と params は TA 用の hidden ファイルに移してください",
                        ),
                    )
                ]
            )
