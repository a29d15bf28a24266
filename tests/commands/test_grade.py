"""TA batch grading on the bundled models: rows for bad files, dedupe, reruns, --only, shards,
exports (class folders as they arrive: test_grade_folders; damaged state: test_grade_damage)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.assignment import assignment_for
from grader.commands.check import check
from grader.commands.grade import grade
from grader.results import Result
from tests.classes import class_folder, stable_results, student_file, summary
from tests.support import DATA, ROOT, exit_status, fork_main
from tests.warm import copy_cache


@pytest.fixture()
def klass(tmp_path: Path) -> Path:
    return class_folder(tmp_path)


def test_class_rows_and_dedupe(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert not grade(
        klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite"
    ).complete  # some files not graded
    rows = {(f["file"], f["status"]) for f in summary(out)["files"]}
    assert ("broken.yaml", "invalid") in rows and ("late/s5.yaml", "graded") in rows
    stats = summary(out)["stats"]
    # baseline + terse run shared by all; s0-s3 and both dup files share "mine"; s4 and s5 have
    # their own; one derived control (the baseline's prompt at chatty, 40 tokens) shared by everyone
    assert (stats["total_runs"], stats["unique_requests"], stats["generated"]) == (32, 6, 6)
    assert stats["model_loads"] == 2


def test_a_claimed_id_grades_both_files_side_by_side(
    klass: Path, tmp_path: Path, warm_cache: Path
) -> None:
    """Two files claiming one id: both graded, outputs keyed by id + file, each CSV row flagged."""
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=warm_cache)
    dup = [f for f in summary(out)["files"] if f["student_id"] == "dup"]
    assert [(f["file"], f["status"], f["conflict"]) for f in dup] == [
        ("dup-a.yaml", "graded", True),
        ("dup-b.yaml", "graded", True),
    ]
    keys = sorted(p.stem for p in (out / "results").glob("dup*.json"))
    assert len(keys) == 2 and all(k.startswith("dup~dup-") for k in keys)
    assert {
        Result.model_validate_json((out / "results" / f"{k}.json").read_bytes()).file for k in keys
    } == {"dup-a.yaml", "dup-b.yaml"}
    assert all(
        (out / "html" / f"{k}.html").is_file()
        and (out / "gradescope" / k / "results.json").is_file()
        for k in keys
    )
    rows = list(csv.DictReader(io.StringIO((out / "grades.csv").read_text(encoding="utf-8"))))
    # (the fixture's students share runs and notes: a look-alike cluster flag follows the conflict)
    assert [(r["file"], r["flags"].split(";")[0]) for r in rows if r["student_id"] == "dup"] == [
        ("dup-a.yaml", "conflict"),
        ("dup-b.yaml", "conflict"),
    ]
    assert {"conflict" in r["flags"] for r in rows if r["student_id"] != "dup"} == {False}
    page = (out / "index.html").read_text(encoding="utf-8")
    section = page[page.index('id="conflicts"') :]
    assert all(
        f'href="html/{k.replace("~", "%7E")}.html"' in section or f'href="html/{k}.html"' in section
        for k in keys
    )


def test_grade_equals_check(klass: Path, tmp_path: Path, warm_cache: Path) -> None:
    # grade's tokens come from the warm cache, which a cold grade of this class wrote
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=warm_cache)
    path = klass / "late" / "s5.yaml"
    alone = check(
        path, assignment_for(path, None), tmp_path / "check", device="cpu", cache_path=None
    ).result
    graded = Result.model_validate_json((out / "results" / "s5.json").read_bytes())
    assert {k: g.output_ids for k, g in alone.generations.items()} == {
        k: g.output_ids for k, g in graded.generations.items()
    }
    assert [c.model_dump() for c in alone.criteria] == [c.model_dump() for c in graded.criteria]
    assert (alone.score, alone.passed) == (graded.score, graded.passed)


def test_rerun_uses_the_cache_and_criteria_changes_regrade_without_generation(
    klass: Path, tmp_path: Path, warm_source: Path
) -> None:
    out = tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    first = stable_results(out)
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert summary(out)["stats"]["generated"] == 0 and stable_results(out) == first
    for name in ("ex1", "ex1-offline"):
        (tmp_path / "a" / name).mkdir(parents=True)
        text = (ROOT / "assignments" / name / "assignment.yaml").read_text(encoding="utf-8")
        (tmp_path / "a" / name / "assignment.yaml").write_text(
            text.replace("min_chars: 40", "min_chars: 4000"), encoding="utf-8"
        )
    grade(klass, tmp_path / "a" / "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert summary(out)["stats"]["generated"] == 0
    assert all(
        c["status"] == "failed"
        for r in stable_results(out).values()
        for c in r["criteria"]
        if c["id"] == "notes"
    )
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite", force=True)
    assert summary(out)["stats"]["generated"] == 6


def test_csv_is_neutralised_and_excel_gets_a_bom(
    klass: Path, tmp_path: Path, warm_source: Path
) -> None:
    student_file(klass, "s9", name="=HYPERLINK(evil).yaml")
    out = tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite", excel=True)
    raw = (out / "grades.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["student_id"] for r in rows if r["student_id"]] == sorted(
        r["student_id"] for r in rows if r["student_id"]
    )
    assert next(r for r in rows if r["student_id"] == "s9")["file"] == "'=HYPERLINK(evil).yaml"
    assert list(rows[0])[:6] == ["student_id", "name", "lms_id", "file", "sha256", "status"]
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert not (out / "grades.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_gradescope_results_shape(klass: Path, tmp_path: Path, warm_cache: Path) -> None:
    out = tmp_path / "out"
    grade(
        klass,
        "ex1-offline",
        out,
        device="cpu",
        cache_path=warm_cache,
        hidden=DATA / "ex1-hidden.yaml",
        lang="ja",
    )
    data = json.loads((out / "gradescope" / "s0" / "results.json").read_text(encoding="utf-8"))
    # in the TA's language, like the pages (it was always English)
    assert "パート1" in data["tests"][0]["name"] and "プレビュー" in data["output"]
    assert set(data) >= {"score", "tests"}
    # the score is the grade to record: the points when passed, 0 when failed (grading: zero)
    points = sum(t["score"] for t in data["tests"])
    passed = data["extra_data"]["verdict"] == "passed"
    assert data["score"] == data["extra_data"]["grade"] == (points if passed else 0.0)
    hidden = [t for t in data["tests"] if t["visibility"] == "hidden"]
    assert len(hidden) == 1 and hidden[0]["max_score"] == 1
    assert all(
        {"name", "score", "max_score", "status", "visibility"} <= set(t) for t in data["tests"]
    )


def test_a_missing_model_fails_only_the_submissions_that_need_it(
    klass: Path, tmp_path: Path, with_missing_model: Path, warm_cache: Path
) -> None:
    text = (klass / "s0.yaml").read_text(encoding="utf-8")
    (klass / "s0.yaml").write_text(
        text.replace("model: bundled/tiny-chatty", "model: Qwen/Qwen2.5-0.5B-Instruct"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert not grade(klass, with_missing_model, out, device="cpu", cache_path=warm_cache).complete
    status = {f["file"]: (f["status"], f["errors"]) for f in summary(out)["files"]}
    assert (
        status["s0.yaml"][0] == "error"
        and "hf download Qwen/Qwen2.5-0.5B-Instruct" in status["s0.yaml"][1][0]
    )
    assert status["s1.yaml"] == ("graded", []) and status["late/s5.yaml"] == ("graded", [])


def test_only_regrades_some_rows_and_the_class_files_cover_the_class(
    klass: Path, tmp_path: Path, warm_source: Path
) -> None:
    out = tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    everyone = sorted((f["file"], f["status"], f["score"]) for f in summary(out)["files"])
    csv_before = (out / "grades.csv").read_bytes()
    # s1 changed their file
    student_file(klass, "s1", "Tell me a story about a wizard in one sentence.")
    assert not grade(
        klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite", only=["s1"]
    ).complete
    after = sorted((f["file"], f["status"], f["score"]) for f in summary(out)["files"])
    assert [row[0] for row in after] == [row[0] for row in everyone]  # every file still has its row
    assert [r for r in after if r[0] != "s1.yaml"] == [r for r in everyone if r[0] != "s1.yaml"]
    assert summary(out)["stats"]["generated"] == 1  # only s1's new prompt
    rows = (out / "grades.csv").read_bytes().decode().splitlines()
    assert len(rows) == len(csv_before.decode().splitlines())
    assert b"s4.yaml" in (out / "index.html").read_bytes()


def test_only_before_any_full_run_says_who_is_not_graded_yet(
    klass: Path, tmp_path: Path, warm_cache: Path
) -> None:
    out = tmp_path / "out"
    assert not grade(
        klass, "ex1-offline", out, device="cpu", cache_path=warm_cache, only=["s1", "s5"]
    ).complete
    status = {f["file"]: (f["status"], f["errors"]) for f in summary(out)["files"]}
    assert status["s1.yaml"] == ("graded", []) and status["late/s5.yaml"] == ("graded", [])
    assert status["s0.yaml"][0] == "error" and "without --only" in status["s0.yaml"][1][0]


def test_unknown_only_id_is_an_error(
    klass: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert (
        main(
            [
                "grade",
                str(klass),
                "-a",
                "ex1-offline",
                "-o",
                str(out),
                "--device",
                "cpu",
                "--only",
                "s1",
                "NOSUCH",
            ]
        )
        == 2
    )
    assert "'NOSUCH'" in capsys.readouterr().err and not (out / "grades.csv").exists()


@pytest.mark.slow
def test_two_processes_can_share_one_cache(klass: Path, tmp_path: Path) -> None:
    cache = tmp_path / "shared.sqlite"
    pids = [
        fork_main(
            "grade",
            str(klass),
            "-a",
            "ex1-offline",
            "-o",
            str(tmp_path / f"p{k}"),
            "--shard",
            f"{k}/2",
            "--device",
            "cpu",
            "--cache",
            str(cache),
        )
        for k in (1, 2)
    ]
    assert [exit_status(pid) for pid in pids] == [0, 0]
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=cache)
    assert summary(out)["stats"]["generated"] == 0 and summary(out)["stats"]["cache_hits"] == 6
