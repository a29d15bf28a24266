"""Tests for grader.report.tables: gradebook CSV (order, BOM, injection) and Gradescope payload."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import pytest

from grader.load.schemas import Student
from grader.report import tables
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
    assert tables.neutralise(cell) == expected


@pytest.mark.parametrize("field", ["file", "sha256", "graded_at", "grader_version"])
@pytest.mark.parametrize("payload", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_csv_cells_are_neutralised(
    make_graded: Callable[..., Result], field: str, payload: str
) -> None:
    result = make_graded(**{field: payload})
    header, row = _rows(tables.grades_csv([result]))
    assert row[header.index(field if field != "file" else "file")] == "'" + payload


def test_csv_neutralises_student_id_starting_with_dash(make_graded: Callable[..., Result]) -> None:
    header, row = _rows(tables.grades_csv([make_graded("-1-2")]))
    assert row[header.index("student_id")] == "'-1-2"


def test_csv_header_and_numbers(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    crits = [
        make_criterion("c1", points=2.5),
        make_criterion("c2", passed=False),
        make_criterion("h1", visibility="hidden", evaluated=False),
    ]
    header, row = _rows(tables.grades_csv([make_graded(criteria=crits)]))
    assert header == [
        "student_id",
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
        "flags",
        "graded_at",
        "grader_version",
    ]
    # the hidden 2 points count in the maximum; they could still pass it: pending
    assert row[4:13] == ["2.5", "0", "", "2.5", "6.5", "38.5", "pending", "false", ""]


@pytest.mark.parametrize(("excel", "has_bom"), [(True, True), (False, False)])
def test_bom_only_for_excel(make_graded: Callable[..., Result], excel: bool, has_bom: bool) -> None:
    data = tables.grades_csv([make_graded(name="山田")], excel=excel)
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
    header, *rows = _rows(tables.grades_csv(results))
    assert [(r[0], r[1]) for r in rows] == [
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
    header, *_ = _rows(tables.grades_csv([make_invalid(), make_graded(criteria=crits)]))
    assert header[4:6] == ["zeta", "alpha"]


def test_csv_empty() -> None:
    assert _rows(tables.grades_csv([])) == [tables.FIXED_HEAD + tables.FIXED_TAIL]


# ------------------------------------------------------------------------------ Gradescope

TOP_KEYS = {
    "score",
    "output",
    "output_format",
    "visibility",
    "stdout_visibility",
    "extra_data",
    "tests",
}
TEST_KEYS = {
    "name",
    "number",
    "score",
    "max_score",
    "status",
    "output",
    "output_format",
    "visibility",
    "tags",
}


def test_gradescope_shape(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    crits = [
        make_criterion("c1", points=3.0),
        make_criterion("c2", passed=False),
        make_criterion("h1", visibility="hidden", points=1.5),
        make_criterion("h2", visibility="hidden", evaluated=False, points=4.0),
    ]
    result = make_graded(criteria=crits)
    payload = tables.gradescope(result)
    json.dumps(payload)  # serialisable as results.json
    assert set(payload) == TOP_KEYS
    tests = payload["tests"]
    assert all(set(t) == TEST_KEYS for t in tests)
    assert [t["tags"] for t in tests] == [["c1"], ["c2"], ["h1"]]  # not_evaluated h2 omitted
    assert [t["number"] for t in tests] == ["1", "2", "3"]
    assert [t["visibility"] for t in tests] == ["visible", "visible", "hidden"]
    assert [t["status"] for t in tests] == ["passed", "failed", "passed"]
    assert payload["score"] == pytest.approx(sum(t["score"] for t in tests)) == 4.5
    assert payload["extra_data"]["max_score"] == 6.5 == sum(t["max_score"] for t in tests)
    assert "graded separately by the TA" in payload["output"]


@pytest.mark.parametrize("preview", [True, False])
def test_gradescope_preview_is_stated(make_graded: Callable[..., Result], preview: bool) -> None:
    out = tables.gradescope(make_graded(preview=preview))["output"]
    assert ("Preview (CPU fp32)" in out) is preview


@pytest.mark.parametrize(
    ("lang", "head"), [("en", "could not be graded"), ("ja", "採点できませんでした")]
)
def test_gradescope_ungraded(make_invalid: Callable[..., Result], lang: str, head: str) -> None:
    payload = tables.gradescope(make_invalid(), lang)  # type: ignore[arg-type]
    assert payload["score"] == 0.0 and payload["tests"] == []
    assert head in payload["output"] and "subs/bad.yaml:3:5:" in payload["output"]
    assert payload["extra_data"]["status"] == "invalid"


def test_gradescope_test_names_in_japanese(make_graded: Callable[..., Result]) -> None:
    tests = tables.gradescope(make_graded(), "ja")["tests"]
    assert tests[0]["name"] == "c1 の題 (c1)"


@pytest.mark.parametrize(("x", "text"), [(3.0, "3"), (2.5, "2.5"), (0.0, "0"), (1 / 3, "0.333333")])
def test_number(x: float, text: str) -> None:
    assert tables.number(x) == text


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

    ordered = sorted([res("a", None), res("b", "s2"), res("c", "s1")], key=tables.sort_key)
    assert [r.file for r in ordered] == ["c", "b", "a"]


def test_flags_column_marks_clusters_and_is_neutralised(make_graded: Callable[..., Result]) -> None:
    results = [make_graded("s001"), make_graded("s002")]
    flags = {"subs/s001.yaml": "similar:1/2:runs", "subs/s002.yaml": "=HYPERLINK(1)"}
    header, *rows = _rows(tables.grades_csv(results, flags=flags))
    column = header.index("flags")
    assert [r[column] for r in rows] == ["similar:1/2:runs", "'=HYPERLINK(1)"]
