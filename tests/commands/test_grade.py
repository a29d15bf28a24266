"""TA batch grading on the bundled models: rows for bad files, dedupe, resume, shards, exports."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.assignment import assignment_for
from grader.commands.check import check
from grader.commands.grade import grade
from grader.results import Result
from grader.util.errors import UserError
from tests.conftest import Mounts
from tests.factories import class_folder, damage_cache, stable_results, student_file, summary
from tests.support import ROOT

EXAMPLES = ROOT / "assignments" / "ex1-offline" / "examples"
BAD = ROOT / "tests" / "data" / "bad"


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


def test_a_claimed_id_grades_both_files_side_by_side(klass: Path, tmp_path: Path) -> None:
    """Two files claiming one id: both graded, outputs keyed by id + file, each CSV row flagged."""
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
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


def test_grade_equals_check(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=None)
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
    klass: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
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


def _cached(out: Path) -> int:
    if not (out / "cache.sqlite").is_file():
        return 0
    try:
        with sqlite3.connect(out / "cache.sqlite", timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM generations").fetchone()[0])
    except sqlite3.OperationalError:  # created but not yet initialised
        return 0


@pytest.mark.slow
def test_resume_after_sigkill_regenerates_nothing(tmp_path: Path) -> None:
    folder, out, clean = tmp_path / "class", tmp_path / "out", tmp_path / "clean"
    folder.mkdir()
    # unknown prompts: the tiny models babble to the full budget, slowly enough to kill
    for i in range(12):
        student_file(folder, f"k{i:02d}", f"Tell me a story about a dragon named K{i}.", budget=150)
    cmd = [
        sys.executable,
        "-m",
        "grader",
        "grade",
        str(folder),
        "-a",
        "ex1-offline",
        "-o",
        str(out),
        "--device",
        "cpu",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _cached(out) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = _cached(out)
    assert 0 < kept < 14, "the kill should land mid-run"
    # the rerun resumes in-process (the CLI's code path; this interpreter has torch already)
    assert grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite").complete
    stats = summary(out)["stats"]
    assert stats["cache_hits"] == kept and stats["generated"] == stats["unique_requests"] - kept
    grade(folder, "ex1-offline", clean, device="cpu", cache_path=None)
    assert stable_results(out) == stable_results(clean)


def test_csv_is_neutralised_and_excel_gets_a_bom(klass: Path, tmp_path: Path) -> None:
    student_file(klass, "s9", name="=HYPERLINK(evil).yaml")
    out = tmp_path / "out"
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


def test_gradescope_results_shape(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    grade(
        klass,
        "ex1-offline",
        out,
        device="cpu",
        cache_path=out / "cache.sqlite",
        hidden=ROOT / "tests" / "data" / "ex1-hidden.yaml",
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


def test_student_id_is_never_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "evil.yaml").write_bytes((BAD / "bad_id.yaml").read_bytes())
    out = tmp_path / "out"
    assert not grade(folder, "ex1-offline", out, device="cpu", cache_path=None).complete
    assert not (tmp_path / "etc").exists() and not list((out).glob("results/*"))


def test_a_missing_model_fails_only_the_submissions_that_need_it(
    klass: Path, tmp_path: Path, with_missing_model: Path
) -> None:
    text = (klass / "s0.yaml").read_text(encoding="utf-8")
    (klass / "s0.yaml").write_text(
        text.replace("model: bundled/tiny-chatty", "model: Qwen/Qwen2.5-0.5B-Instruct"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert not grade(klass, with_missing_model, out, device="cpu", cache_path=None).complete
    status = {f["file"]: (f["status"], f["errors"]) for f in summary(out)["files"]}
    assert (
        status["s0.yaml"][0] == "error"
        and "hf download Qwen/Qwen2.5-0.5B-Instruct" in status["s0.yaml"][1][0]
    )
    assert status["s1.yaml"] == ("graded", []) and status["late/s5.yaml"] == ("graded", [])


def test_only_regrades_some_rows_and_the_class_files_cover_the_class(
    klass: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
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


def test_only_before_any_full_run_says_who_is_not_graded_yet(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert not grade(
        klass, "ex1-offline", out, device="cpu", cache_path=None, only=["s1", "s5"]
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
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "grader",
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
            ]
        )
        for k in (1, 2)
    ]
    assert [p.wait() for p in procs] == [0, 0]
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=cache)
    assert summary(out)["stats"]["generated"] == 0 and summary(out)["stats"]["cache_hits"] == 6


# ---------------------------------------------------------------- class folders as they arrive


@pytest.mark.parametrize(
    ("raw_name", "shown"),
    [
        ("課題1_電通.yaml".encode("shift_jis"), r"\x89\xdb\x91\xe81_\x93d\x92\xca.yaml"),
        (b"inv\xffalid.yaml", r"inv\xffalid.yaml"),
        (b"\x1b]0;pwned\x07\x1b[2J.yaml", r"\x1b]0;pwned\x07\x1b[2J.yaml"),
    ],
)
def test_a_file_name_that_is_not_utf8_is_a_row(
    tmp_path: Path, raw_name: bytes, shown: str, capfd: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "class", tmp_path / "out"
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw_name)))
    folder.mkdir()
    student_file(folder, "s0", name="tmp.yaml").rename(path)
    assert main(["grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu"]) == 0
    assert [(f["file"], f["status"]) for f in summary(out)["files"]] == [(shown, "graded")]
    assert shown in (out / "grades.csv").read_text(encoding="utf-8")
    assert shown.replace("&", "&amp;") in (out / "index.html").read_text(encoding="utf-8")
    assert main(
        ["check", str(path), "-o", str(tmp_path / "check"), "--device", "cpu", "--no-cache"]
    ) in (0, 1)
    printed = capfd.readouterr()
    assert "\x1b]" not in printed.out + printed.err and "Traceback" not in printed.err
    assert Result.model_validate_json((tmp_path / "check" / "s0.json").read_bytes()).file.endswith(
        shown
    )


@pytest.mark.parametrize(
    ("odd", "spelled"),
    [
        ("学生.yaml".encode("shift_jis"), rb"\x8aw\x90\xb6.yaml"),  # not UTF-8 vs its escape
        (b"\x1b.yaml", rb"\x1b.yaml"),  # a real ESC vs a name spelling it
    ],
)
def test_two_files_whose_names_show_alike_both_keep_their_grade(
    tmp_path: Path, odd: bytes, spelled: bytes
) -> None:
    """Both claim one id and their shown names are equal: each gets its own outputs."""
    folder, out = tmp_path / "class", tmp_path / "out"
    folder.mkdir()
    for raw in (odd, spelled):
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
        student_file(folder, "twin", name="tmp.yaml").rename(path)
    graded = grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert graded.complete and graded.graded == 2
    rows = summary(out)["files"]
    assert len(rows) == 2 and len({r["file"] for r in rows}) == 1  # they do show alike
    assert len(list((out / "results").glob("twin~*.json"))) == 2
    assert len(list((out / "html").glob("twin~*.html"))) == 2


def test_links_leaving_the_class_folder_are_never_read_and_skips_are_listed(tmp_path: Path) -> None:
    folder, out = tmp_path / "class", tmp_path / "out"
    (folder / "sub").mkdir(parents=True)
    student_file(folder, "s0")
    (folder / "sub" / "passwd.yaml").symlink_to("/etc/passwd")
    (tmp_path / "elsewhere").mkdir()
    student_file(tmp_path / "elsewhere", "s8")
    (folder / "outside").symlink_to(tmp_path / "elsewhere")
    (folder / ".store").mkdir()
    student_file(folder / ".store", "s2")
    (folder / "linked").symlink_to(folder / ".store")  # a folder inside: followed
    (folder / "loop").symlink_to(folder)
    grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert sorted((f["file"], f["status"]) for f in summary(out)["files"]) == [
        ("linked/s2.yaml", "graded"),
        ("s0.yaml", "graded"),
    ]
    skipped = {s["path"] for s in summary(out)["skipped"]}
    assert skipped == {".store", "loop", "outside", "sub/passwd.yaml"}
    page = (out / "index.html").read_text(encoding="utf-8")
    assert all(p in page[page.index('id="skipped"') :] for p in skipped)
    assert not any(
        "root:x:0:0" in p.read_text(encoding="utf-8", errors="replace")
        for p in out.rglob("*")
        if p.is_file()
    )


# ---------------------------------------------------------------- damaged or unusable state


def _one(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    student_file(folder, "s0")
    return folder


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("truncated", "set aside"),
        ("random bytes", "set aside"),
        ("foreign schema", "set aside"),
        ("broken JSON row", "counted as misses"),
        ("forged text", "generated again"),
        ("rows swapped", "generated again"),
    ],
)
def test_a_damaged_cache_is_set_aside_and_grading_goes_on(
    tmp_path: Path, kind: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = _one(tmp_path), tmp_path / "out"
    args = ["grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu"]
    assert main(args) == 0
    first = stable_results(out)
    subprocess.run(
        ["sqlite3", str(out / "cache.sqlite"), "PRAGMA wal_checkpoint(TRUNCATE)"],
        capture_output=True,
    )
    damage_cache(out / "cache.sqlite", kind)
    capsys.readouterr()
    assert main(args) == 0
    err = capsys.readouterr().err
    assert says in err and stable_results(out) == first
    if says == "set aside":
        assert len(list(out.glob("cache.sqlite.damaged-*"))) == 1 and "cache.sqlite" in err
    assert main(args) == 0 and summary(out)["stats"]["generated"] == 0  # the new cache works


def _no_torn_files(out: Path) -> None:
    assert not list(out.rglob("*.tmp"))
    for path in out.rglob("*.json"):
        json.loads(path.read_bytes())


@pytest.mark.parametrize(
    ("where", "cause"),
    [
        ("read-only output", "Read-only file system"),
        ("read-only output, cache elsewhere", "Read-only file system"),
        ("tmpfs 200k", "No space left on device"),
        ("tmpfs 12k", "No space left on device"),
    ],
)
def test_an_unwritable_output_exits_3_and_keeps_earlier_results(
    tmp_path: Path, mounts: Mounts, where: str, cause: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _one(tmp_path)
    out = tmp_path / "mnt" / "out"
    if where.startswith("tmpfs"):
        mounts.tmpfs(tmp_path / "mnt", where.split()[1])
    else:
        out.mkdir(parents=True)
    cache = ["--cache", str(tmp_path / "cache.sqlite")] if "elsewhere" in where else []
    args = ["grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu", *cache]
    first = main(args) if where != "tmpfs 12k" else None
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and "cache" not in p.name}
    for i in range(1, 8):  # the class grows: new results need room that is not there
        student_file(folder, f"s{i}", f"Tell me a story about a dragon in one sentence {i}.")
    if where.startswith("read-only"):
        mounts.read_only(out)
    capsys.readouterr()
    assert main(args) == 3
    err = capsys.readouterr().err
    assert cause in err and str(tmp_path / "mnt") in err and "Traceback" not in err
    assert first in (0, None) and all(p.read_bytes() == raw for p, raw in before.items())
    _no_torn_files(out)


@pytest.mark.parametrize("cache", ["is-a-folder", "under-a-file/cache.sqlite"])
def test_an_unwritable_cache_path_exits_3(
    tmp_path: Path, cache: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "is-a-folder").mkdir()
    (tmp_path / "under-a-file").write_text("x")
    args = [
        "grade",
        str(_one(tmp_path)),
        "-a",
        "ex1-offline",
        "-o",
        str(tmp_path / "out"),
        "--cache",
        str(tmp_path / cache),
    ]
    assert main(args) == 3
    err = capsys.readouterr().err
    assert (
        str(tmp_path / cache) in err
        and ("Is a directory" in err or "File exists" in err)
        and "Traceback" not in err
    )


def test_leftover_tmp_files_of_a_killed_run_are_cleaned(tmp_path: Path) -> None:
    folder, out = _one(tmp_path), tmp_path / "out"
    dead = subprocess.Popen(["true"])
    dead.wait()
    alive = subprocess.Popen(["sleep", "60"])
    try:
        (out / "results").mkdir(parents=True)
        stale = out / "results" / f".s0.json.{dead.pid}-abc123.tmp"
        busy = out / f".index.html.{alive.pid}-def456.tmp"
        stale.write_text('{"half')
        busy.write_text("being written")
        grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
        assert not stale.exists() and busy.exists()
    finally:
        alive.kill()
        alive.wait()


def test_one_output_folder_grades_one_class_unless_another_is_added(tmp_path: Path) -> None:
    """Two TAs grade two halves into one folder: the second half is refused, then added with
    --add-class, and grades.csv covers both halves."""
    first, second, out = tmp_path / "half-a", tmp_path / "half-b", tmp_path / "out"
    first.mkdir()
    second.mkdir()
    for sid in ("a1", "a2"):
        student_file(first, sid)
    for sid in ("b1", "b2", "b3"):
        student_file(second, sid)
    (second / "broken.yaml").write_bytes((ROOT / "tests/data/bad/sampling.yaml").read_bytes())
    cache = tmp_path / "cache.sqlite"
    grade(first, "ex1-offline", out, device="cpu", cache_path=cache)
    with pytest.raises(UserError) as info:
        grade(second, "ex1-offline", out, device="cpu", cache_path=cache)
    assert "another class" in info.value.render("en") and "--add-class" in info.value.render("en")
    grade(second, "ex1-offline", out, device="cpu", cache_path=cache, add_class=True)
    ids = [row[0] for row in csv.reader(io.StringIO((out / "grades.csv").read_text("utf-8")))]
    # the invalid file too, under the id it states (its only mistake is do_sample)
    assert sorted(ids[1:]) == ["2412345", "a1", "a2", "b1", "b2", "b3"]
    grade(first, "ex1-offline", out, device="cpu", cache_path=cache)  # a rerun of either is fine
    assert len(summary(out)["files"]) == 6
    with pytest.raises(UserError, match="grades 'ex1-offline', not 'ex1'"):
        grade(first, "ex1", out, device="cpu", cache_path=cache)
