"""What goes back to the LMS: the worksheet filled in two columns only, in the LMS's own encoding,
line ends and quoting, matched by participant, id or email and scaled to its maximum; the
feedback zip in Moodle's layout, the same bytes for the same grades."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from grader.report.lms import feedback_zip, fill_worksheet
from grader.results import Identity, Recorded, Result
from grader.util.errors import UserError
from grader.util.i18n import T
from tests.factories import criterion, graded
from tests.support import DATA

WORKSHEET = DATA / "lms" / "moodle-worksheet.csv"


def with_record(
    sid: str,
    grade: float | None,
    lms_id: str | None = None,
    email: str | None = None,
    **extra: object,
) -> Result:
    crits = [criterion("c1", points=6.0), criterion("c2", points=6.0)]
    who = Identity(name="山田", lms_id=lms_id, participant="山田 太郎", email=email)
    record = Recorded(grade=grade, basis=T("passed: the points earned"), identity=who, **extra)  # type: ignore[arg-type]
    return graded(sid, criteria=crits, record=record)


def _rows(data: bytes, encoding: str = "utf-8") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def test_only_grade_and_feedback_change_and_grades_are_scaled() -> None:
    results = [with_record("2412001", 9.0, lms_id="1001"), with_record("2412002", 12.0, "1002")]
    filled = fill_worksheet(WORKSHEET, results, "en")
    before, after = _rows(WORKSHEET.read_bytes()), _rows(filled.data)
    head = before[0]
    grade, feedback = head.index("Grade"), head.index("Feedback comments")
    for old, new in zip(before, after, strict=True):
        assert [c for i, c in enumerate(old) if i not in (grade, feedback)] == [
            c for i, c in enumerate(new) if i not in (grade, feedback)
        ]
    assert after[1][grade] == "75" and after[2][grade] == "100"  # 9/12 and 12/12 of 100
    assert "2412001.html" in after[1][feedback]
    assert filled.filled == 2 and filled.empty == [f"Participant {n}" for n in range(1003, 1009)]
    assert filled.data.endswith(b"\n") and b"\r\n" not in filled.data


def test_matched_by_id_number_then_email(tmp_path: Path) -> None:
    sheet = tmp_path / "w.csv"
    sheet.write_text(
        "Identifier,Full name,ID number,Email address,Grade,Maximum Grade,Feedback comments\r\n"
        "Participant 7,A,2412001,a@x,,12,\r\n"
        "Participant 8,B,,B@X,,12,\r\n",
        encoding="utf-8",
    )
    results = [with_record("2412001", 7.5), with_record("2412002", 3.0, email="b@x")]
    rows = _rows(fill_worksheet(sheet, results, "ja").data)
    assert [r[4] for r in rows[1:]] == ["7.5", "3"]
    assert "レポート" in rows[1][6]
    assert fill_worksheet(sheet, results, "en").data.count(b"\r\n") == 3  # its line ends kept


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_the_encoding_and_quoting_are_kept(tmp_path: Path, encoding: str) -> None:
    sheet = tmp_path / "w.csv"
    text = '"Identifier","Full name","Grade","Maximum Grade","Feedback comments"\n'
    text += '"Participant 1001","山田 太郎","","12.00",""\n'
    sheet.write_bytes(text.encode(encoding))
    filled = fill_worksheet(sheet, [with_record("2412001", 6.0, lms_id="1001")], "en").data
    assert filled.startswith(b"\xef\xbb\xbf") is (encoding == "utf-8-sig")
    decoded = filled.decode(encoding)
    assert decoded.splitlines()[1].startswith('"Participant 1001","山田 太郎","6","12.00","')


def test_rows_without_a_grade_stay_empty() -> None:
    results = [
        with_record("2412001", None, lms_id="1001"),  # an unresolved duplicate, say
        with_record("2412002", 5.0, lms_id="1002", counts=False),  # not the file that counts
    ]
    filled = fill_worksheet(WORKSHEET, results, "en")
    rows = _rows(filled.data)
    assert rows[1][4] == "" and rows[2][4] == "" and filled.filled == 0


def test_not_a_worksheet_is_a_user_error(tmp_path: Path) -> None:
    sheet = tmp_path / "grades.csv"
    sheet.write_text("student_id,total\n2412001,3\n", encoding="utf-8")
    with pytest.raises(UserError, match="Identifier and Grade"):
        fill_worksheet(sheet, [], "en")


def test_a_feedback_formula_is_neutralised(tmp_path: Path) -> None:
    from grader.results import AppliedOverride

    fixed = AppliedOverride(line=1, author="ta", comment="=HYPERLINK(x)")
    result = with_record("2412001", 6.0, lms_id="1001", overrides=[fixed])
    rows = _rows(fill_worksheet(WORKSHEET, [result], "en").data)
    assert not rows[1][-1].startswith("=")


def test_the_feedback_zip_layout_and_bytes() -> None:
    results = [with_record("2412001", 6.0, lms_id="1001"), with_record("2412009", 6.0)]
    data = feedback_zip(results, "en")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.namelist() == ["山田 太郎_1001_assignfeedback_file_/2412001.html"]
        info = zf.infolist()[0]
        assert info.date_time == (1980, 1, 1, 0, 0, 0) and info.flag_bits & 0x800
    assert feedback_zip(results, "en") == data  # same grades, same bytes


def test_a_participant_name_cannot_break_moodles_folder_parsing() -> None:
    r = with_record("2412001", 6.0, lms_id="1001")
    assert r.record is not None
    odd = r.record.identity.model_copy(update={"participant": "A_B/../C"})
    r = r.model_copy(update={"record": r.record.model_copy(update={"identity": odd})})
    with zipfile.ZipFile(io.BytesIO(feedback_zip([r], "en"))) as zf:
        (name,) = zf.namelist()
    assert name.split("_")[1] == "1001" and name.count("/") == 1 and ".." in name.split("/")[0]
