"""Find and load assignment files, and merge in the TA-only hidden criteria.

An assignment is ``<dir>/<id>/assignment.yaml``. Assignments shipped with the package live in
the top-level ``assignments/`` folder (installed as ``grader.assignments``), so ``assignment: ex1``
resolves after a plain install; ``--assignment PATH`` names a course's own file or folder.

``extends: OTHER_ID`` lets a twin (e.g. the offline ``ex1-offline``) reuse another assignment's
keys and override a few at the top level; the twin and the original then grade with the very
same criteria. Loading never imports torch.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from grader.load import hidden as hidden_file
from grader.load import pydantic_errors
from grader.load.reading import read
from grader.load.schemas import GOAL_TYPES, Assignment
from grader.load.shipped import (
    TEMPLATE_FILE,
    Shipped,
    comments,
    exercise_texts,
    guide_texts,
    shipped_files,
)
from grader.load.strict_yaml import Located, load_file
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text

ParamsCheck = Callable[[str, dict[str, Any]], Text | None]
"""Checks a criterion's type and params (the score registry's ``param_problem``): the commands
pass it in, so reading needs no import from above it."""

ASSIGNMENT_FILE = "assignment.yaml"


@dataclass(frozen=True)
class LoadedAssignment:
    """An assignment plus where it came from."""

    assignment: Assignment
    path: Path
    """The assignment.yaml that was read."""
    hidden_loaded: bool = False
    """True when a TA-only hidden file filled in the hidden criteria."""
    sha256: str = ""
    """sha256 over the assignment file(s) read (its own and the one it extends)."""
    hidden_hmac: str = ""
    """Keyed hash of the TA-only hidden file ("" without one), from
    :func:`grader.load.hidden.fingerprint`."""
    extends: str | None = None
    """The id of the assignment this one extends (its twin's parent), if any."""
    shipped: dict[str, Shipped] = field(default_factory=dict, compare=False)
    """The template, examples and reference submissions of this assignment and of the one it
    extends, by name (:mod:`grader.load.shipped`)."""
    guide_texts: tuple[str, ...] = field(default=(), compare=False)
    """Texts whose sentences are not a student's own: the READMEs, the description."""

    @property
    def folder(self) -> Path:
        return self.path.parent

    @property
    def goal_names(self) -> list[str]:
        """Goal types students may declare."""
        return list(self.assignment.goals or GOAL_TYPES)

    @property
    def template_notes(self) -> str | None:
        template = self.shipped.get(TEMPLATE_FILE)
        return template.notes if template else None

    @property
    def reserved_ids(self) -> dict[str, list[Shipped]]:
        """Student id -> the shipped examples and reference submissions that use it (no student
        may: a byte-for-byte copy under the shipped id would be taken for the file itself)."""
        found: dict[str, list[Shipped]] = {}
        for s in self.shipped.values():
            if s.kind in ("example", "reference") and s.student_id:
                found.setdefault(s.student_id, []).append(s)
        return found


def shipped_dir() -> Path:
    """The folder holding the assignments shipped with the package."""
    return Path(str(resources.files("grader.assignments")))


def shipped_ids() -> list[str]:
    return sorted(p.parent.name for p in shipped_dir().glob(f"*/{ASSIGNMENT_FILE}"))


def resolve(ref: str | Path) -> Path:
    """An id (``ex1``), a folder or a file -> the assignment.yaml path."""
    path = Path(ref)
    if path.is_file():
        return path
    if path.is_dir() and (path / ASSIGNMENT_FILE).is_file():
        return path / ASSIGNMENT_FILE
    candidate = shipped_dir() / str(ref) / ASSIGNMENT_FILE
    if candidate.is_file():
        return candidate
    hint = pydantic_errors.did_you_mean(str(ref), shipped_ids()) or T(
        f"shipped assignments: {', '.join(shipped_ids())}; or pass --assignment PATH",
        f"同梱の課題: {', '.join(shipped_ids())}。または --assignment PATH を指定してください",
    )
    raise UserError.simple(
        str(ref), f"no assignment {str(ref)!r} found", f"課題 {str(ref)!r} が見つかりません", hint
    )


def read_assignment(
    ref: str | Path, hidden: Path | None, check_params: ParamsCheck
) -> LoadedAssignment:
    """Read, validate and (with its hidden file) complete an assignment; ``check_params`` checks
    every criterion's type and params, each problem at its line. The commands call this through
    :func:`grader.commands.assignment.load_assignment`, which passes the registry's check."""
    path = resolve(ref).resolve()
    stamps = tuple(
        p.stat().st_mtime_ns if p.is_file() else 0 for p in (path, hidden) if p is not None
    )
    return _load_cached(path, hidden, stamps, check_params)


@functools.lru_cache(maxsize=8)
def _load_cached(
    path: Path, hidden: Path | None, stamps: tuple[int, ...], check_params: ParamsCheck
) -> LoadedAssignment:
    """A class of 100 files names one assignment 100 times; parse it once (``stamps`` key edits)."""
    located = load_file(path)
    data, parent = _apply_extends(located, path)
    try:
        assignment = Assignment.model_validate(data)
    except ValidationError as exc:
        known = pydantic_errors.field_names(Assignment)
        raise UserError(pydantic_errors.diagnostics(exc, located, known)) from None
    hidden_file.public_only(assignment, located)
    hidden_located = None
    extends = located.data.get("extends") if isinstance(located.data, dict) else None
    if hidden is not None:
        assignment, hidden_located = hidden_file.merge(assignment, hidden, extends)
    _validate_criteria(assignment, located, hidden is not None, hidden_located, check_params)
    _validate_goals(assignment, located)
    _validate_gates(assignment, located)
    digest = hashlib.sha256(
        read(path, str(path)) + (read(parent, str(parent)) if parent else b"")
    ).hexdigest()
    hidden_digest = (
        hidden_file.fingerprint(hidden, read(hidden, str(hidden))) if hidden is not None else ""
    )
    description = assignment.description
    shipped = shipped_files(path.parent, parent.parent if parent else None)
    return LoadedAssignment(
        assignment=assignment,
        path=path,
        hidden_loaded=hidden is not None,
        sha256=digest,
        hidden_hmac=hidden_digest,
        extends=extends,
        shipped=shipped,
        guide_texts=guide_texts()
        + ((description.en, description.ja) if description else ())
        + tuple(comments(s.path) for s in shipped.values())
        + exercise_texts(path.parent, parent.parent if parent else None),
    )


def _validate_gates(assignment: Assignment, located: Located) -> None:
    """``applies_to_goal`` names a goal students may declare; ``applies_after`` a public
    criterion of the assignment."""
    public = {c.id for c in assignment.criteria if c.visibility == "public"}
    goals = assignment.goals or list(GOAL_TYPES)
    problems = []
    for n, c in enumerate(assignment.criteria):
        if c.applies_to_goal is not None and c.applies_to_goal not in goals:
            problems.append(
                located.error(
                    ("criteria", n, "applies_to_goal"),
                    T(f"unknown goal {c.applies_to_goal!r}", f"不明な目標 {c.applies_to_goal!r}"),
                    T(f"one of: {', '.join(goals)}", f"次のいずれか: {', '.join(goals)}"),
                )
            )
        if c.applies_after is not None and c.applies_after not in public:
            problems.append(
                located.error(
                    ("criteria", n, "applies_after"),
                    T(
                        f"{c.applies_after!r} is not a public criterion of this assignment",
                        f"{c.applies_after!r} はこの課題の公開の基準ではありません",
                    ),
                )
            )
    if problems:
        raise UserError(problems)


def _validate_goals(assignment: Assignment, located: Located) -> None:
    unknown = [g for g in assignment.goals or [] if g not in GOAL_TYPES]
    if unknown:
        raise UserError(
            [
                located.error(
                    ("goals",),
                    T(
                        f"unknown goal type {unknown[0]!r}; built-in goals: "
                        f"{', '.join(GOAL_TYPES)}",
                        f"不明な目標タイプ {unknown[0]!r}。使える目標: {', '.join(GOAL_TYPES)}",
                    ),
                )
            ]
        )


def _apply_extends(located: Located, path: Path) -> tuple[Any, Path | None]:
    """The assignment's data with the one it extends underneath, and that one's path."""
    data = located.data
    if not isinstance(data, dict) or "extends" not in data:
        return data, None
    parent_ref = data["extends"]
    if not isinstance(parent_ref, str) or parent_ref == data.get("id"):
        raise UserError(
            [
                located.error(
                    ("extends",),
                    T(
                        "extends must name another assignment id",
                        "extends には別の課題 id を書いてください",
                    ),
                )
            ]
        )
    parent_path = path.parent.parent / parent_ref / ASSIGNMENT_FILE
    parent_path = parent_path if parent_path.is_file() else resolve(parent_ref)
    parent = load_file(parent_path).data
    if isinstance(parent, dict) and "extends" in parent:
        raise UserError(
            [located.error(("extends",), T("extends may not be chained", "extends は一段だけです"))]
        )
    merged = dict(parent) if isinstance(parent, dict) else {}
    merged.update({k: v for k, v in data.items() if k != "extends"})
    return merged, parent_path


def _validate_criteria(
    assignment: Assignment,
    located: Located,
    hidden_loaded: bool,
    hidden_located: Located | None,
    check_params: ParamsCheck,
) -> None:
    """Every criterion's type and params; a hidden one's problems are located in the TA's file."""
    problems: list[Diagnostic] = []
    seen: set[str] = set()
    in_hidden = (
        set(hidden_located.data.get("criteria") or {})
        if hidden_located and isinstance(hidden_located.data, dict)
        else set()
    )
    for i, spec in enumerate(assignment.criteria):
        where, path = located, ("criteria", i)  # type: tuple[Located, tuple[str | int, ...]]
        if spec.id in in_hidden and spec.visibility == "hidden" and hidden_located is not None:
            where, path = hidden_located, ("criteria", spec.id)
        if spec.id in seen:
            problems.append(
                where.error(
                    path + ("id",),
                    T(
                        f"duplicate criterion id {spec.id!r}",
                        f"基準 id {spec.id!r} が重複しています",
                    ),
                )
            )
        seen.add(spec.id)
        if spec.type is None:
            if spec.visibility == "public" or hidden_loaded:
                problems.append(
                    where.error(
                        path,
                        T(
                            f"criterion {spec.id!r} has no type",
                            f"基準 {spec.id!r} に type がありません",
                        ),
                    )
                )
            continue
        message = check_params(spec.type, spec.params)
        if message is not None:
            problems.append(where.error(path + ("params",), message))
    if problems:
        raise UserError(problems)
