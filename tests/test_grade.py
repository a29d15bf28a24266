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

from grader.check import assignment_for, check
from grader.grade import grade, merge
from grader.results import Result

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "assignments" / "ex1-offline" / "examples"
BAD = ROOT / "tests" / "data" / "bad"


def _student(folder: Path, sid: str, prompt: str = "Tell me a story about a dragon in one sentence.", budget: int = 40,
             name: str | None = None) -> Path:
    path = folder / (name or f"{sid}.yaml")
    path.write_text(
        f'assignment: ex1-offline\nstudent: {{id: "{sid}"}}\nruns:\n'
        f'  - name: terse\n    model: bundled/tiny-terse\n    prompt: "Tell me a story about a dragon."\n    max_new_tokens: {budget}\n'
        f'  - name: mine\n    model: bundled/tiny-chatty\n    prompt: "{prompt}"\n    max_new_tokens: {budget}\n    goal: concise\n'
        f"notes: モデルとプロンプトを変えて出力の変化を確かめ、一文で答えるよう指示して短い回答を得た。\n", encoding="utf-8")
    return path


@pytest.fixture()
def klass(tmp_path: Path) -> Path:
    """Six valid students (four share their prompts), one invalid file, two files claiming one id."""
    folder = tmp_path / "class"
    (folder / "late").mkdir(parents=True)
    for i in range(4):
        _student(folder, f"s{i}")
    _student(folder, "s4", "1+1=? Answer with just the number.")
    _student(folder / "late", "s5", "Tell me a story about a phantom in one sentence.")
    (folder / "broken.yaml").write_bytes((BAD / "sampling.yaml").read_bytes())
    _student(folder, "dup", name="dup-a.yaml")
    _student(folder, "dup", name="dup-b.yaml")
    return folder


def _summary(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def _stable(out: Path) -> dict[str, object]:
    """Every per-student result without timestamps and timings."""
    exclude = {"graded_at": True, "generations": {"__all__": {"generate_s"}}}
    return {p.name: Result.model_validate_json(p.read_bytes()).model_dump(exclude=exclude)
            for p in sorted((out / "results").glob("*.json"))}


def test_class_rows_and_dedupe(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite") == 1  # some files not graded
    rows = {(f["file"], f["status"]) for f in _summary(out)["files"]}
    assert ("broken.yaml", "invalid") in rows and ("dup-a.yaml", "invalid") in rows and ("dup-b.yaml", "invalid") in rows
    assert ("late/s5.yaml", "graded") in rows
    stats = _summary(out)["stats"]
    # baseline + terse run shared by all; s0-s3 share "mine"; s4 and s5 have their own
    assert (stats["total_runs"], stats["unique_requests"], stats["generated"]) == (24, 6, 6)  # a derived control per student, shared
    assert stats["model_loads"] == 2
    assert sorted(p.name for p in (out / "results").glob("*.json")) == [f"s{i}.json" for i in range(6)]
    errors = next(f for f in _summary(out)["files"] if f["file"] == "dup-a.yaml")["errors"]
    assert "dup-a.yaml" in errors[0] and "dup-b.yaml" in errors[0]


def test_grade_equals_check(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=None)
    path = klass / "late" / "s5.yaml"
    alone = check(path, assignment_for(path, None), tmp_path / "check", device="cpu", cache_path=None).result
    graded = Result.model_validate_json((out / "results" / "s5.json").read_bytes())
    assert {k: g.output_ids for k, g in alone.generations.items()} == {k: g.output_ids for k, g in graded.generations.items()}
    assert [c.model_dump() for c in alone.criteria] == [c.model_dump() for c in graded.criteria]
    assert (alone.score, alone.passed) == (graded.score, graded.passed)


def test_rerun_uses_the_cache_and_criteria_changes_regrade_without_generation(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    first = _stable(out)
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert _summary(out)["stats"]["generated"] == 0 and _stable(out) == first
    for name in ("ex1", "ex1-offline"):
        (tmp_path / "a" / name).mkdir(parents=True)
        text = (ROOT / "assignments" / name / "assignment.yaml").read_text(encoding="utf-8")
        (tmp_path / "a" / name / "assignment.yaml").write_text(text.replace("min_chars: 40", "min_chars: 4000"), encoding="utf-8")
    grade(klass, tmp_path / "a" / "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert _summary(out)["stats"]["generated"] == 0
    assert all(c["status"] == "failed" for r in _stable(out).values() for c in r["criteria"] if c["id"] == "notes")  # type: ignore[index, union-attr]
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite", force=True)
    assert _summary(out)["stats"]["generated"] == 6


def _cached(out: Path) -> int:
    if not (out / "cache.sqlite").is_file():
        return 0
    try:
        with sqlite3.connect(out / "cache.sqlite", timeout=5) as db:
            return int(db.execute("SELECT COUNT(*) FROM generations").fetchone()[0])
    except sqlite3.OperationalError:  # created but not yet initialised
        return 0


def test_resume_after_sigkill_regenerates_nothing(tmp_path: Path) -> None:
    folder, out, clean = tmp_path / "class", tmp_path / "out", tmp_path / "clean"
    folder.mkdir()
    for i in range(12):  # unknown prompts: the tiny models babble to the full budget, slowly enough to kill
        _student(folder, f"k{i:02d}", f"Tell me a story about a dragon named K{i}.", budget=150)
    cmd = [sys.executable, "-m", "grader", "grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _cached(out) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = _cached(out)
    assert 0 < kept < 14, "the kill should land mid-run"
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    stats = _summary(out)["stats"]
    assert stats["cache_hits"] == kept and stats["generated"] == stats["unique_requests"] - kept
    grade(folder, "ex1-offline", clean, device="cpu", cache_path=None)
    assert _stable(out) == _stable(clean)


def test_shards_then_merge_equal_a_single_run(klass: Path, tmp_path: Path) -> None:
    single, merged = tmp_path / "single", tmp_path / "merged"
    grade(klass, "ex1-offline", single, device="cpu", cache_path=single / "cache.sqlite")
    procs = [subprocess.Popen([sys.executable, "-m", "grader", "grade", str(klass), "-a", "ex1-offline", "-o",
                               str(tmp_path / f"shard{k}"), "--shard", f"{k}/3", "--device", "cpu"]) for k in (1, 2, 3)]
    assert [p.wait() for p in procs] == [0, 0, 0]
    merge(merged, [tmp_path / f"shard{k}" for k in (1, 2, 3)])
    grade(klass, "ex1-offline", merged, device="cpu", cache_path=merged / "cache.sqlite")
    assert _summary(merged)["stats"]["generated"] == 0
    assert _stable(merged) == _stable(single)


def test_csv_is_neutralised_and_excel_gets_a_bom(klass: Path, tmp_path: Path) -> None:
    _student(klass, "s9", name="=HYPERLINK(evil).yaml")
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite", excel=True)
    raw = (out / "grades.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["student_id"] for r in rows if r["student_id"]] == sorted(r["student_id"] for r in rows if r["student_id"])
    assert next(r for r in rows if r["student_id"] == "s9")["file"] == "'=HYPERLINK(evil).yaml"
    assert list(rows[0])[:4] == ["student_id", "file", "sha256", "status"]
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert not (out / "grades.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_gradescope_results_shape(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite",
          hidden=ROOT / "tests" / "data" / "ex1-hidden.yaml")
    data = json.loads((out / "gradescope" / "s0" / "results.json").read_text(encoding="utf-8"))
    assert set(data) >= {"score", "tests"}
    assert data["score"] == sum(t["score"] for t in data["tests"])
    hidden = [t for t in data["tests"] if t["visibility"] == "hidden"]
    assert len(hidden) == 1 and hidden[0]["max_score"] == 1
    assert all({"name", "score", "max_score", "status", "visibility"} <= set(t) for t in data["tests"])


def test_student_id_is_never_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "evil.yaml").write_bytes((BAD / "bad_id.yaml").read_bytes())
    out = tmp_path / "out"
    assert grade(folder, "ex1-offline", out, device="cpu", cache_path=None) == 1
    assert not (tmp_path / "etc").exists() and not list((out).glob("results/*"))


def test_a_missing_model_fails_only_the_submissions_that_need_it(klass: Path, tmp_path: Path, with_missing_model: Path) -> None:
    text = (klass / "s0.yaml").read_text(encoding="utf-8")
    (klass / "s0.yaml").write_text(text.replace("model: bundled/tiny-chatty", "model: Qwen/Qwen2.5-0.5B-Instruct"), encoding="utf-8")
    out = tmp_path / "out"
    assert grade(klass, with_missing_model, out, device="cpu", cache_path=None) == 1
    status = {f["file"]: (f["status"], f["errors"]) for f in _summary(out)["files"]}
    assert status["s0.yaml"][0] == "error" and "hf download Qwen/Qwen2.5-0.5B-Instruct" in status["s0.yaml"][1][0]
    assert status["s1.yaml"] == ("graded", []) and status["late/s5.yaml"] == ("graded", [])


def test_only_grades_the_named_students(klass: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert grade(klass, "ex1-offline", out, device="cpu", cache_path=None, only=["s1", "s5"]) == 0
    assert sorted(p.name for p in (out / "results").glob("*.json")) == ["s1.json", "s5.json"]


def test_two_processes_can_share_one_cache(klass: Path, tmp_path: Path) -> None:
    cache = tmp_path / "shared.sqlite"
    procs = [subprocess.Popen([sys.executable, "-m", "grader", "grade", str(klass), "-a", "ex1-offline", "-o",
                               str(tmp_path / f"p{k}"), "--shard", f"{k}/2", "--device", "cpu", "--cache", str(cache)])
             for k in (1, 2)]
    assert [p.wait() for p in procs] == [0, 0]
    out = tmp_path / "out"
    grade(klass, "ex1-offline", out, device="cpu", cache_path=cache)
    assert _summary(out)["stats"]["generated"] == 0 and _summary(out)["stats"]["cache_hits"] == 6
