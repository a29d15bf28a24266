"""The TA's file for ``grade --overrides``: corrections applied after scoring, and a late policy.

Its format (also in the README)::

    overrides:
      - id: "2412345"
        criterion: steer_moved   # a criterion id, or `total`
        points: 2
        comment: "the answer is on topic: it retells the dragon story in one line"
        author: ta1
      - id: "2412399"
        file: 2412399_v2.yaml    # a duplicate id: this file counts
        passed: true             # set the verdict itself
        comment: "v2 is the one submitted before the deadline"
        author: ta1
    late:                        # optional: replaces the assignment's late policy
      deadline: "2026-12-10T23:59"
      penalty_per_day: 10

It is read like a submission (strict YAML, every mistake at ``file:line:col`` with a hint), and
then checked against the class (:func:`check`): an id no file or roster row has, a criterion the
assignment does not have, points out of range and a file the id does not claim are errors.
Applying it is :mod:`grader.score.record`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from grader.load import pydantic_errors
from grader.load.policy import Late
from grader.load.schemas import NAME_PATTERN
from grader.load.strict_yaml import load_file
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T

TOTAL = "total"
"""The ``criterion`` an entry names to set the total itself."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Override(_Strict):
    """One correction by a TA, applied after scoring on every regrade (the original is kept)."""

    id: str = Field(pattern=NAME_PATTERN)
    """The student id it applies to."""
    file: str | None = None
    """For an id several files claim: the file that counts (as the gradebook shows it); the
    entry's other settings then apply to that file."""
    criterion: str | None = None
    """A criterion id, or ``total``, whose points this entry sets."""
    points: float | None = Field(default=None, ge=0)
    """The points to give (with ``criterion``)."""
    passed: bool | None = None
    """The verdict itself: true passes, false fails (kept when the grade is recomputed)."""
    comment: str = Field(min_length=1, max_length=2000)
    """Why: shown to the student in their report."""
    author: str = Field(default="", max_length=100)
    """Who decided (shown on the class page)."""

    @model_validator(mode="after")
    def _says_something(self) -> Override:
        if (self.criterion is None) != (self.points is None):
            raise ValueError("`criterion` and `points` go together")
        if self.criterion is None and self.passed is None and self.file is None:
            raise ValueError("an entry sets `criterion` and `points`, `passed`, or `file`")
        return self


class TaFile(_Strict):
    """The file ``grade --overrides`` reads."""

    overrides: list[Override] = Field(default_factory=list)
    """The corrections, in order (a later entry for the same criterion wins)."""
    late: Late | None = None
    """A late policy for this grading, in place of the assignment's."""


@dataclass(frozen=True)
class Entry:
    """An override and where it was written."""

    line: int
    override: Override


@dataclass(frozen=True)
class TaRules:
    """What the TA's file says."""

    file: str
    entries: list[Entry]
    late: Late | None


def read(path: Path, shown: str | None = None) -> TaRules:
    """The TA's file at ``path``, schema-checked; every mistake is a located :class:`UserError`."""
    located = load_file(path, shown or str(path))
    try:
        ta = TaFile.model_validate(located.data)
    except ValidationError as exc:
        known = pydantic_errors.field_names(TaFile)
        raise UserError(pydantic_errors.diagnostics(exc, located, known)) from None
    entries = [Entry(located.where(("overrides", n))[0], o) for n, o in enumerate(ta.overrides)]
    return TaRules(located.file, entries, ta.late)


def check(rules: TaRules, files: Mapping[str, list[str]], criteria: Mapping[str, float]) -> None:
    """Refuse entries that do not fit the class: ``files`` maps each student id the class knows
    (files and roster) to the files that claim it, ``criteria`` each criterion id to its
    points."""
    problems = [p for e in rules.entries for p in _entry_problems(rules.file, e, files, criteria)]
    if problems:
        raise UserError(problems)


def _entry_problems(
    file: str, entry: Entry, files: Mapping[str, list[str]], criteria: Mapping[str, float]
) -> list[Diagnostic]:
    o = entry.override

    def at(message: str, ja: str, hint: str, hint_ja: str) -> Diagnostic:
        return Diagnostic(
            file=file, line=entry.line, col=1, message=T(message, ja), hint=T(hint, hint_ja)
        )

    if o.id not in files:
        return [
            at(
                f"no file and no roster row has the student id {o.id!r}",
                f"学籍番号 {o.id!r} のファイルも名簿の行もありません",
                "check the id against grades.csv",
                "grades.csv の学籍番号と照らしてください",
            )
        ]
    problems: list[Diagnostic] = []
    if o.file is not None and o.file not in files[o.id]:
        claimed = ", ".join(files[o.id]) or "none"
        problems.append(
            at(
                f"{o.file!r} is not a file of {o.id!r} (its files: {claimed})",
                f"{o.file!r} は {o.id!r} のファイルではありません（該当: {claimed}）",
                "write the file as the gradebook's `file` column shows it",
                "grades.csv の file 列の表記で書いてください",
            )
        )
    if o.criterion is not None and o.points is not None:
        problems += _points_problems(at, o.criterion, o.points, criteria)
    return problems


_At = Callable[[str, str, str, str], Diagnostic]
"""A problem at the entry's line: message, its Japanese, hint, its Japanese."""


def _points_problems(
    at: _At, criterion: str, points: float, criteria: Mapping[str, float]
) -> list[Diagnostic]:
    maximum = sum(criteria.values()) if criterion == TOTAL else criteria.get(criterion)
    if maximum is None:
        names = ", ".join([*criteria, TOTAL])
        near = pydantic_errors.did_you_mean(criterion, [*criteria, TOTAL])
        return [
            at(
                f"the assignment has no criterion {criterion!r}",
                f"課題に基準 {criterion!r} はありません",
                f"{near.en}; one of: {names}" if near else f"one of: {names}",
                f"{near.ja}。次のいずれか: {names}" if near else f"次のいずれか: {names}",
            )
        ]
    if points > maximum:
        return [
            at(
                f"{points:g} points is more than {criterion!r} can give ({maximum:g})",
                f"{points:g} 点は {criterion!r} の満点（{maximum:g}）を超えています",
                f"give 0 to {maximum:g}",
                f"0 から {maximum:g} の範囲で指定してください",
            )
        ]
    return []
