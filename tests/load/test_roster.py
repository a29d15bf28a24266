"""The roster: columns found by their header in either language, in any order and case; CP932 as
Japanese Excel saves it; every mistake at its line."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.roster import COLUMNS, read_roster
from grader.util.errors import UserError
from tests.support import DATA


def test_the_shipped_roster_with_japanese_headers() -> None:
    roster = read_roster(DATA / "lms" / "roster.csv")
    first = roster.students[0]
    assert (first.id, first.name, first.email, first.lms_id) == (
        "2412001",
        "山田 太郎",
        "yamada@edu.example.jp",
        "1001",  # "Participant 1001"
    )
    assert len(roster.students) == 8 and roster.by_lms_id()["1008"].id == "2412008"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(COLUMNS["id"]),
    st.sampled_from(COLUMNS["name"]),
    st.sampled_from(COLUMNS["lms_id"]),
    st.permutations([0, 1, 2, 3]),
    st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s} "]),
)
def test_any_accepted_header_in_any_order_and_case(
    sid: str, name: str, lms: str, order: list[int], case: object
) -> None:
    import tempfile

    header = [sid, name, lms, "notes"]
    cells = ["2412001", "山田 太郎", "Participant 1001", "x"]
    shaped = [case(header[i]) for i in order]  # type: ignore[operator]
    row = [cells[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        path.write_text(",".join(shaped) + "\n" + ",".join(row) + "\n", encoding="utf-8")
        student = read_roster(path).students[0]
    assert (student.id, student.name, student.lms_id) == ("2412001", "山田 太郎", "1001")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_encodings_excel_writes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("学籍番号,氏名\n2412001,山田 太郎\n".encode(encoding))
    assert read_roster(path).students[0].name == "山田 太郎"


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        ("name,email\nTaro,t@x\n", 1, "no student id column"),
        ("id,name\n2412001,A\n2412001,B\n", 3, "already on line 2"),
        ("id,name\n,A\n", 2, "no student id"),
        ("id,name\n../etc,A\n", 2, "is not a student id"),
        ("", 0, "empty"),
    ],
)
def test_mistakes_at_their_line(tmp_path: Path, text: str, line: int, why: str) -> None:
    path = tmp_path / "r.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_roster(path)
    assert why in info.value.render("en")
    assert info.value.diagnostics[0].line == line


def test_blank_lines_are_skipped_and_every_bad_row_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    rows = ["id", "", "a b", "s1", "s1", *("" for _ in range(2)), "x/y"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(UserError) as info:
        read_roster(path)
    assert [d.line for d in info.value.diagnostics] == [3, 5, 8]


def test_columns_cover_the_issue_names() -> None:
    wanted = {"id", "student_id", "学籍番号", "id number", "name", "氏名", "full name"}
    wanted |= {"email", "メールアドレス", "email address", "lms_id", "identifier"}
    assert wanted <= set(itertools.chain.from_iterable(COLUMNS.values()))
