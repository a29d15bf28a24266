"""The TA-only hidden file: the types and params of an assignment's hidden criteria.

The public ``assignment.yaml`` is shipped to students, so a hidden criterion there names only its
id, title and points; :func:`public_only` refuses one that shows more. The TA passes the hidden
file to ``grade --hidden``, and :func:`merge` fills those criteria in, each problem at its line
in the hidden file; :func:`fingerprint` is the keyed hash results carry instead of a plain one.
Checking the filled-in types against the registry stays with the caller.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from pydantic import ValidationError

from grader.load import pydantic_errors
from grader.load.schemas import Assignment, HiddenFile
from grader.load.strict_yaml import Located, load_file
from grader.util.errors import EnvironmentProblem, UserError
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


KEY_SUFFIX = ".key"
"""The TA's key lives beside the hidden file: ``ex1-hidden.yaml`` -> ``ex1-hidden.yaml.key``."""


def fingerprint(hidden_path: Path, raw: bytes) -> str:
    """A keyed hash (HMAC-SHA256) of the hidden file, for the results' scoring signature: equal
    files give equal values, so ``verify`` still tells "the hidden criteria changed", but nobody
    without the TA's key can test a guess of its parameters against it (a plain hash of a file in
    the documented format can be reversed by trying candidates). The key is 32 random bytes in
    ``<hidden file>.key``, made on first use, readable by its owner only."""
    key_path = hidden_path.with_name(hidden_path.name + KEY_SUFFIX)
    try:
        if not key_path.is_file():
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
        key = key_path.read_bytes()
    except FileExistsError:  # another grader made it a moment ago
        key = key_path.read_bytes()
    except OSError as exc:
        raise EnvironmentProblem(
            T(
                f"cannot read or make the hidden file's key {key_path}: {exc.strerror}",
                f"hidden ファイルの鍵 {key_path} を読むことも作ることもできません: {exc.strerror}",
            ),
            T(
                "keep the hidden file in a folder the TA can write, or copy its .key beside it",
                "hidden ファイルを TA が書き込めるフォルダに置くか、.key をその隣に置いてください",
            ),
        ) from None
    return "hmac-sha256:" + hmac.new(key, raw, hashlib.sha256).hexdigest()
