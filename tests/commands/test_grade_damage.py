"""grade on damaged or unusable state: a killed run resumed, a damaged cache, an output or cache
that cannot be written, leftovers of a killed run, a second class in one output folder."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.grade import grade
from grader.util.errors import UserError
from tests.classes import damage_cache, stable_results, student_file, summary
from tests.conftest import Mounts
from tests.support import DATA, exit_status, fork_main
from tests.warm import copy_cache


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
    for i in range(6):
        student_file(folder, f"k{i:02d}", f"Tell me a story about a dragon named K{i}.", budget=150)
    pid = fork_main("grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu")
    deadline = time.monotonic() + 120
    while _cached(out) < 2 and time.monotonic() < deadline and not os.waitpid(pid, os.WNOHANG)[0]:
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    exit_status(pid)
    kept = _cached(out)
    # the rerun resumes in-process (the CLI's code path; this interpreter has torch already)
    assert grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite").complete
    stats = summary(out)["stats"]
    assert 0 < kept < stats["unique_requests"], "the kill should land mid-run"
    assert stats["cache_hits"] == kept and stats["generated"] == stats["unique_requests"] - kept
    grade(folder, "ex1-offline", clean, device="cpu", cache_path=None)
    assert stable_results(out) == stable_results(clean)


def _one(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    student_file(folder, "s0")
    return folder


@pytest.fixture(scope="module")
def one_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache a first grade of :func:`_one`'s class writes, generated once for the module."""
    root = tmp_path_factory.mktemp("one")
    out = root / "out"
    assert grade(_one(root), "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    return out / "cache.sqlite"


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
    tmp_path: Path, kind: str, says: str, capsys: pytest.CaptureFixture[str], one_cache: Path
) -> None:
    folder, out = _one(tmp_path), tmp_path / "out"
    args = ["grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu"]
    copy_cache(one_cache, out / "cache.sqlite")  # what this first grade would have generated
    assert main(args) == 0 and summary(out)["stats"]["generated"] == 0
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


def test_leftover_tmp_files_of_a_killed_run_are_cleaned(tmp_path: Path, warm_cache: Path) -> None:
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
        grade(folder, "ex1-offline", out, device="cpu", cache_path=warm_cache)
        assert not stale.exists() and busy.exists()
    finally:
        alive.kill()
        alive.wait()


def test_one_output_folder_grades_one_class_unless_another_is_added(
    tmp_path: Path, warm_cache: Path
) -> None:
    """Two TAs grade two halves into one folder: the second half is refused, then added with
    --add-class, and grades.csv covers both halves."""
    first, second, out = tmp_path / "half-a", tmp_path / "half-b", tmp_path / "out"
    first.mkdir()
    second.mkdir()
    for sid in ("a1", "a2"):
        student_file(first, sid)
    for sid in ("b1", "b2", "b3"):
        student_file(second, sid)
    (second / "broken.yaml").write_bytes((DATA / "bad" / "sampling.yaml").read_bytes())
    cache = warm_cache
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
