"""Tests for grader.report.gradebook: the gradebook CSV (order, BOM, injection, flags)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest

from grader.load.schemas import Student
from grader.report import gradebook
from grader.results import Result

BOM = b"\xef\xbb\xbf"


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("s001", "s001"),
        ("a=b", "a=b"),
        ("", ""),
        ("'quoted", "'quoted"),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert gradebook.neutralise(cell) == expected


@pytest.mark.parametrize("field", ["file", "sha256", "graded_at", "grader_version"])
@pytest.mark.parametrize("payload", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_csv_cells_are_neutralised(
    make_graded: Callable[..., Result], field: str, payload: str
) -> None:
    result = make_graded(**{field: payload})
    header, row = _rows(gradebook.grades_csv([result]))
    assert row[header.index(field if field != "file" else "file")] == "'" + payload


def test_csv_neutralises_student_id_starting_with_dash(make_graded: Callable[..., Result]) -> None:
    header, row = _rows(gradebook.grades_csv([make_graded("-1-2")]))
    assert row[header.index("student_id")] == "'-1-2"


def test_csv_header_and_numbers(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    crits = [
        make_criterion("c1", points=2.5),
        make_criterion("c2", passed=False),
        make_criterion("h1", visibility="hidden", evaluated=False),
    ]
    header, row = _rows(gradebook.grades_csv([make_graded(criteria=crits)]))
    assert header == [
        "student_id",
        "name",
        "lms_id",
        "file",
        "sha256",
        "status",
        "c1",
        "c2",
        "h1",
        "total",
        "max",
        "percent",
        "verdict",
        "passed",
        "grade",
        "submitted_at",
        "days_late",
        "late_penalty",
        "flags",
        "graded_at",
        "grader_version",
    ]
    # the hidden 2 points count in the maximum; they could still pass it: pending, and without
    # a grade record (check knows no class) the grade is empty
    assert row[6:19] == ["2.5", "0", "", "2.5", "6.5", "38.5", "pending", "false"] + [""] * 5


@pytest.mark.parametrize(("excel", "has_bom"), [(True, True), (False, False)])
def test_bom_only_for_excel(make_graded: Callable[..., Result], excel: bool, has_bom: bool) -> None:
    data = gradebook.grades_csv([make_graded(name="山田")], excel=excel)
    assert data.startswith(BOM) is has_bom
    assert data.count(BOM) == (1 if has_bom else 0)
    data.decode("utf-8")  # valid UTF-8 either way


def test_rows_sorted_by_student_then_file(
    make_graded: Callable[..., Result], make_invalid: Callable[..., Result]
) -> None:
    results = [
        make_invalid("z.yaml"),
        make_graded("s003"),
        make_invalid("a.yaml"),
        make_graded("s001"),
        make_invalid("dup.yaml", sid="s002"),
        make_graded("s010"),
    ]
    header, *rows = _rows(gradebook.grades_csv(results))
    assert [(r[0], r[3]) for r in rows] == [
        ("s001", "subs/s001.yaml"),
        ("s002", "dup.yaml"),
        ("s003", "subs/s003.yaml"),
        ("s010", "subs/s010.yaml"),
        ("", "a.yaml"),
        ("", "z.yaml"),
    ]
    invalid_row = rows[1]
    assert invalid_row[header.index("status")] == "invalid"
    assert invalid_row[header.index("c1")] == "" and invalid_row[header.index("c2")] == ""


def test_criterion_order_from_first_graded(
    make_graded: Callable[..., Result],
    make_invalid: Callable[..., Result],
    make_criterion: Callable[..., object],
) -> None:
    crits = [make_criterion("zeta"), make_criterion("alpha")]
    header, *_ = _rows(gradebook.grades_csv([make_invalid(), make_graded(criteria=crits)]))
    assert header[6:8] == ["zeta", "alpha"]


def test_csv_empty() -> None:
    assert _rows(gradebook.grades_csv([])) == [gradebook.FIXED_HEAD + gradebook.FIXED_TAIL]


def test_sort_key_orders_students_before_files() -> None:
    def res(file: str, sid: str | None) -> Result:
        return Result(
            grader_version="0",
            status="invalid",
            file=file,
            sha256="",
            assignment="ex1",
            student=Student(id=sid) if sid else None,
        )

    ordered = sorted([res("a", None), res("b", "s2"), res("c", "s1")], key=gradebook.sort_key)
    assert [r.file for r in ordered] == ["c", "b", "a"]


def test_flags_column_marks_clusters_and_is_neutralised(make_graded: Callable[..., Result]) -> None:
    results = [make_graded("s001"), make_graded("s002")]
    flags = {"subs/s001.yaml": "similar:1/2:runs", "subs/s002.yaml": "=HYPERLINK(1)"}
    header, *rows = _rows(gradebook.grades_csv(results, flags=flags))
    column = header.index("flags")
    assert [r[column] for r in rows] == ["similar:1/2:runs", "'=HYPERLINK(1)"]
