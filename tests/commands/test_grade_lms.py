"""From an LMS's download to an LMS upload, through the CLI, with no hand edits: a Moodle zip of
participant folders with a roster, a CP932 name, a copy of the shipped example, an invalid file
with a readable id, a duplicate id, a missing student, a late file, an override and a file that
writes another student's id. Then a newer download (the zip attacks: test_grade_lms_attacks)."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from grader.cli import main
from tests.classes import passing_text, submission_text
from tests.support import DATA, OFFLINE
from tests.zips import UTF8, Entry, raw_zip

LMS = DATA / "lms"
ON_TIME = datetime(2026, 11, 30, 12, 0)
LATE = datetime(2026, 12, 2, 9, 0)  # 33 h after the 23:59 deadline: two started days
MAX = 12.0  # exercise 1's points
MOODLE_MAX = 100.0  # the worksheet's Maximum Grade


def folder(name: str, number: int) -> str:
    return f"{name}_{number}_assignsubmission_file_"


def moodle_zip(path: Path, without: tuple[int, ...] = ()) -> Path:
    copied = (OFFLINE / "examples" / "pass.yaml").read_text(encoding="utf-8")
    copied = copied.replace("example-0001", "2412003")
    broken = (DATA / "bad" / "sampling.yaml").read_text(encoding="utf-8")
    broken = broken.replace("2412345", "2412004")
    phantom = "Tell me a story about a phantom in one sentence."

    def entry(number: int, name: str, leaf: str, text: str, when: datetime = ON_TIME) -> Entry:
        return Entry(f"{folder(name, number)}/{leaf}".encode(), text.encode(), UTF8, when)

    entries = [
        (1001, entry(1001, "山田 太郎", "s.yaml", passing_text("2412001"))),
        (1001, entry(1001, "山田 太郎", "notes.pdf", "%PDF-1.4")),  # not a submission file
        # a Japanese Windows zip: CP932 names, no UTF-8 flag
        (
            1002,
            Entry(
                f"{folder('佐藤 花子', 1002)}/課題1_佐藤.yaml".encode("cp932"),
                submission_text("2412002", phantom).encode(),
                when=ON_TIME,
            ),
        ),
        (1003, entry(1003, "鈴木 一郎", "pass.yaml", copied)),
        (1004, entry(1004, "高橋 次郎", "kadai.yaml", broken)),
        (1005, entry(1005, "田中 三郎", "v1.yaml", submission_text("2412005"))),
        (
            1005,
            entry(
                1005,
                "田中 三郎",
                "v2.yaml",
                passing_text("2412005", "Answer briefly: a dragon story."),
            ),
        ),
        (
            1007,
            entry(
                1007,
                "渡辺 五郎",
                "late.yaml",
                passing_text("2412007", "Tell me a short dragon story."),
                LATE,
            ),
        ),
        # the file says another student's id
        (1008, entry(1008, "中村 六子", "s.yaml", submission_text("2412999"))),
    ]
    path.write_bytes(raw_zip([e for number, e in entries if number not in without]))
    return path


def _grade(tmp_path: Path, archive: Path, *extra: str) -> int:
    return main(
        [
            "grade",
            str(archive),
            "-a",
            "ex1-offline",
            "-o",
            str(tmp_path / "out"),
            "--hidden",
            str(DATA / "ex1-hidden.yaml"),
            "--roster",
            str(LMS / "roster.csv"),
            "--overrides",
            str(DATA / "ta" / "overrides.yaml"),
            "--worksheet",
            str(LMS / "moodle-worksheet.csv"),
            "--device",
            "cpu",
            *extra,
        ]
    )


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _rows(out: Path) -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for row in _csv(out / "grades.csv"):
        rows.setdefault(row["student_id"], []).append(row)
    return rows


def _result(out: Path, key: str) -> dict[str, object]:
    return json.loads((out / "results" / f"{key}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("lms")
    rc = _grade(tmp, moodle_zip(tmp / "download.zip"))
    assert rc == 1  # one file could not be graded (the invalid one): exit 1, as documented
    return tmp / "out"


def test_every_row_has_the_grade_the_policies_give(graded: Path) -> None:
    rows = _rows(graded)
    assert sorted(rows) == [f"24120{n:02d}" for n in range(1, 9)]
    # the CP932 name is readable, and the roster's names and the LMS ids are in the gradebook
    (sato,) = rows["2412002"]
    assert sato["file"] == f"{folder('佐藤 花子', 1002)}/課題1_佐藤.yaml"
    assert (sato["name"], sato["lms_id"]) == ("佐藤 花子", "1002")
    # the override set the total and the verdict: 11, passed
    assert (sato["total"], sato["verdict"], sato["grade"]) == ("11", "passed", "11")
    assert "override" in sato["flags"]
    # the copy of the shipped example fails its required criterion: 0, whatever its points
    (copier,) = rows["2412003"]
    assert copier["verdict"] == "failed" and copier["grade"] == "0" and float(copier["total"]) > 0
    # the invalid file keeps its id (and the roster's name), and records 0
    (broken,) = rows["2412004"]
    assert (broken["status"], broken["name"], broken["grade"]) == ("invalid", "高橋 次郎", "0")
    # the duplicate: the override names v2; v1 records nothing
    dup = {Path(r["file"]).name: r for r in rows["2412005"]}
    assert dup["v1.yaml"]["grade"] == "" and "not-counted" in dup["v1.yaml"]["flags"]
    v2 = _result(graded, _key(graded, "2412005", "v2.yaml"))
    assert dup["v2.yaml"]["grade"] == _expected(v2) and "override" in dup["v2.yaml"]["flags"]
    # the missing student has a row with an empty grade
    (absent,) = rows["2412006"]
    assert (absent["status"], absent["grade"], absent["flags"]) == ("missing", "", "missing")
    # late: two started days, 10 % of 12 each, taken from the points a pass records
    (late,) = rows["2412007"]
    assert (late["days_late"], late["submitted_at"]) == ("2", "2026-12-02T09:00:00+09:00")
    assert late["verdict"] == "passed" and late["late_penalty"] == "2.4"
    assert late["grade"] == _num(float(late["total"]) - 2.4) and "late" in late["flags"]
    (honest,) = rows["2412001"]
    assert honest["verdict"] == "passed" and honest["grade"] == honest["total"]
    # graded under the roster's id, the id the file wrote kept and flagged
    (moved,) = rows["2412008"]
    assert "id-mismatch" in moved["flags"] and moved["file"].endswith("/s.yaml")
    record = _result(graded, "2412008")["record"]
    assert record["identity"]["written_id"] == "2412999"  # type: ignore[index]


def test_the_worksheet_differs_only_in_grade_and_feedback(graded: Path) -> None:
    original, filled = _csv(LMS / "moodle-worksheet.csv"), _csv(graded / "worksheet.csv")
    assert [list(r) for r in filled] == [list(r) for r in original]
    grades = {
        r["lms_id"]: r["grade"] for rows in _rows(graded).values() for r in rows if r["grade"]
    }
    for before, after in zip(original, filled, strict=True):
        changed = {k for k in before if before[k] != after[k]}
        assert changed <= {"Grade", "Feedback comments"}
        number = before["Identifier"].removeprefix("Participant ")
        if number in grades:  # scaled to the worksheet's 100
            assert float(after["Grade"]) == pytest.approx(
                float(grades[number]) * MOODLE_MAX / MAX, abs=0.01
            )
            assert ".html" in after["Feedback comments"]
        else:
            assert after["Grade"] == ""
    absent = next(r for r in filled if r["Identifier"] == "Participant 1006")
    assert absent["Grade"] == "" and absent["Feedback comments"] == ""


def test_the_feedback_zip_has_a_folder_per_participant(graded: Path) -> None:
    with zipfile.ZipFile(graded / "feedback.zip") as zf:
        names = zf.namelist()
        page = zf.read(f"{'山田 太郎'}_1001_assignfeedback_file_/2412001.html").decode()
    assert "2412001" in page and "<html" in page
    folders = {n.split("/")[0] for n in names}
    # every counted, graded participant; not the invalid file, not v1, not the missing student
    assert {f.split("_")[1] for f in folders} == {"1001", "1002", "1003", "1005", "1007", "1008"}
    assert all(f.endswith("_assignfeedback_file_") for f in folders)


def test_the_pages_and_summary_show_it(graded: Path) -> None:
    page = (graded / "index.html").read_text(encoding="utf-8")
    for section in ('id="overrides"', 'id="missing"', 'id="late"', 'id="conflicts"'):
        assert section in page
    summary = json.loads((graded / "summary.json").read_text(encoding="utf-8"))
    statuses = sorted(f["status"] for f in summary["files"])
    assert statuses.count("missing") == 1 and statuses.count("invalid") == 1
    student = (graded / "html" / "2412002.html").read_text(encoding="utf-8")
    assert "regraded by hand" in student and "Grade recorded" in student


def test_a_newer_download_replaces_and_lists_the_withdrawn(
    graded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    out = tmp_path / "out"
    shutil.copytree(graded, out)
    capsys.readouterr()
    rc = _grade(tmp_path, moodle_zip(tmp_path / "newer.zip", without=(1008,)))
    assert rc == 1
    err = capsys.readouterr().err
    assert "withdrawn" in err and "中村 六子_1008_assignsubmission_file_/s.yaml" in err
    assert not (out / "results" / "2412008.json").exists()
    assert (out / "withdrawn" / "2412008.json").exists()
    rows = _rows(out)
    # the roster still has the student: now a missing row, not the old result
    assert [r["status"] for r in rows["2412008"]] == ["missing"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["withdrawn"] == [f"{folder('中村 六子', 1008)}/s.yaml"]
    assert "passed" in err and "missing" in err  # the counts


def _key(out: Path, sid: str, name: str) -> str:
    """The output key of ``sid``'s file ``name`` (an id several files claim)."""
    for path in (out / "results").glob(f"{sid}~*.json"):
        if json.loads(path.read_text(encoding="utf-8"))["file"].endswith(name):
            return path.stem
    raise AssertionError(f"no result for {sid} {name}")


def _expected(result: dict[str, object]) -> str:
    """The grade the policy gives a result: its points when passed, else 0 (grading: zero)."""
    points = float(result["score"]) if result["verdict"] == "passed" else 0.0  # type: ignore[arg-type]
    return _num(points)


def _num(x: float) -> str:
    from grader.report.common import number

    return number(round(x, 6))


def test_a_plain_folder_takes_its_times_from_the_files_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No LMS: the file's modification time, labelled ``mtime``; the summary in Japanese."""
    klass = tmp_path / "class"
    klass.mkdir()
    on_time = klass / "a.yaml"
    on_time.write_text(passing_text("s1"), encoding="utf-8")
    late = klass / "b.yaml"
    late.write_text(passing_text("s2", "Tell me a short dragon story."), encoding="utf-8")
    stamp = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc).timestamp()
    os.utime(on_time, (stamp, stamp))
    os.utime(late, (stamp + 3 * 86400, stamp + 3 * 86400))  # 2 days 23 hours late: 3 started
    ta = tmp_path / "ta.yaml"
    ta.write_text(
        'late:\n  deadline: "2026-11-30T13:00"\n  timezone: UTC\n  penalty_per_day: 5\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    rc = main(
        ["grade", str(klass), "-a", "ex1-offline", "-o", str(out), "--lang", "ja"]
        + ["--overrides", str(ta), "--device", "cpu"]
    )
    assert rc == 0
    rows = {r["student_id"]: r for r in _csv(out / "grades.csv")}
    assert rows["s1"]["days_late"] == "0" and rows["s2"]["days_late"] == "3"
    record = _result(out, "s2")["record"]
    assert record["late"]["source"] == "mtime"  # type: ignore[index]
    err = capsys.readouterr().err
    assert "合格 2" in err and "遅延 1" in err
