"""The class list a TA gives with ``grade --roster``: who should have submitted.

A CSV file, UTF-8 (with or without the BOM Excel writes) or, failing that, CP932 as Japanese
Excel saves it. Columns are found by their header, in any order and any case:

* the student id: ``id``, ``student_id``, ``学籍番号``, ``ID number`` (required);
* the name: ``name``, ``氏名``, ``Full name``;
* the email: ``email``, ``メールアドレス``, ``Email address``;
* the LMS's participant identifier: ``lms_id``, ``Identifier`` (Moodle writes ``Participant
  12345``; the number is kept).

Other columns are ignored. A header without an id column, a row without an id, an id that is not
a valid student id and an id given twice are errors at their line. What the roster changes in
the gradebook (missing students, ``unknown-id``, names, the LMS's identity) is
:mod:`grader.commands.classlist`'s.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from grader.load.reading import TABLE_BYTES, read
from grader.load.schemas import NAME_PATTERN
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text
from grader.util.textsafe import display_name

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "student_id", "学籍番号", "id number"),
    "name": ("name", "氏名", "full name"),
    "email": ("email", "メールアドレス", "email address"),
    "lms_id": ("lms_id", "identifier"),
}
"""Field -> the headers that name it (compared case-folded, spaces trimmed)."""


@dataclass(frozen=True)
class Student:
    """One roster row."""

    id: str
    name: str | None
    email: str | None
    lms_id: str | None
    line: int


@dataclass(frozen=True)
class Roster:
    """The class list, in file order."""

    file: str
    students: list[Student]

    def by_id(self) -> dict[str, Student]:
        return {s.id: s for s in self.students}

    def by_lms_id(self) -> dict[str, Student]:
        return {s.lms_id: s for s in self.students if s.lms_id}


def read_roster(path: Path) -> Roster:
    """The roster at ``path``; every mistake is a :class:`UserError` at its line."""
    shown = display_name(str(path))
    text = _decode(read(path, shown, TABLE_BYTES))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        raise UserError.simple(shown, "the roster is empty", "名簿が空です")
    where = _columns(rows[0], shown)
    students: list[Student] = []
    problems: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {field: _cell(row, n) for field, n in where.items()}
        sid = cell["id"] or ""
        problem = _id_problem(sid, seen)
        if problem is not None:
            message, hint = problem
            col = where["id"] + 1
            problems.append(Diagnostic(file=shown, line=line, col=col, message=message, hint=hint))
            continue
        seen[sid] = line
        lms = cell.get("lms_id")
        lms = re.sub(r"^\D+", "", lms) if lms else None  # "Participant 12345" -> "12345"
        students.append(Student(sid, cell.get("name"), cell.get("email"), lms or None, line))
    if problems:
        raise UserError(problems)
    return Roster(shown, students)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _columns(header: list[str], shown: str) -> dict[str, int]:
    """Field -> column index, from the header's names."""
    names = [h.strip().casefold() for h in header]
    found = {
        field: next(n for n, h in enumerate(names) if h in accepted)
        for field, accepted in COLUMNS.items()
        if any(h in accepted for h in names)
    }
    if "id" not in found:
        accepted = ", ".join(COLUMNS["id"])
        raise UserError(
            [
                Diagnostic(
                    file=shown,
                    line=1,
                    col=1,
                    message=T(
                        "the roster's header has no student id column",
                        "名簿の見出し行に学籍番号の列がありません",
                    ),
                    hint=T(f"name it one of: {accepted}", f"列名は次のいずれか: {accepted}"),
                )
            ]
        )
    return found


def _cell(row: list[str], n: int) -> str | None:
    return row[n].strip() or None if n < len(row) else None


def _id_problem(sid: str, seen: dict[str, int]) -> tuple[Text, Text | None] | None:
    """(what is wrong, a hint) with a row's id, or None."""
    if not sid:
        return T("this row has no student id", "この行に学籍番号がありません"), None
    if not re.fullmatch(NAME_PATTERN, sid):
        return T(f"{sid!r} is not a student id", f"{sid!r} は学籍番号ではありません"), T(
            "letters, digits, _ and - only, as submissions write it",
            "英数字・_・- のみ（提出物と同じ書き方）",
        )
    if sid in seen:
        message = T(
            f"{sid!r} is already on line {seen[sid]}", f"{sid!r} は {seen[sid]} 行目にもあります"
        )
        return message, None
    return None
