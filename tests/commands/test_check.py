"""The student path end to end on the bundled models: check -> JSON + HTML, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.commands.assignment import assignment_for
from grader.commands.check import Checked, check
from grader.results import SCHEMA_VERSION, Result
from grader.util.errors import UserError
from tests.support import DATA, EXAMPLES, ROOT


def _check(path: Path, out: Path, cache: Path | None = None) -> Checked:
    return check(path, assignment_for(path, None), out, device="cpu", cache_path=cache)


@pytest.fixture(scope="module")
def passed(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    """The passing example checked once for the module, cold, into its own cache (the tests
    read its files and its result; none writes to them)."""
    folder = tmp_path_factory.mktemp("pass")
    return _check(EXAMPLES / "pass.yaml", folder / "out", folder / "cache.sqlite")


def test_passing_example(passed: Checked) -> None:
    checked = passed
    assert checked.result.verdict == "passed"
    result = Result.model_validate_json(checked.json_path.read_bytes())
    assert result.passed and result.preview and result.status == "graded"
    assert {c.id: c.status for c in result.criteria} == {
        "change": "passed",
        "steer_attempt": "passed",
        "steer_moved": "passed",
        "goal_met": "passed",
        "notes": "passed",
        "original": "passed",
        "concise_strict": "not_evaluated",
    }
    # public alone
    assert result.verdict == "passed" and result.score >= result.pass_threshold * result.max_score
    html = checked.html_path.read_text(encoding="utf-8")
    assert "example-0001" in html and "concise_strict" in html


def test_failing_example(tmp_path: Path, warm_cache: Path) -> None:
    checked = _check(EXAMPLES / "fail.yaml", tmp_path, warm_cache)
    assert checked.result.verdict == "failed"
    assert not checked.result.passed
    assert checked.result.score < checked.result.pass_threshold * checked.result.max_score


def test_two_checks_give_identical_token_ids(tmp_path: Path, passed: Checked) -> None:
    first = passed.result  # cold, like the second
    second = _check(EXAMPLES / "pass.yaml", tmp_path / "b").result
    assert {k: g.output_ids for k, g in first.generations.items()} == {
        k: g.output_ids for k, g in second.generations.items()
    }


def test_cache_gives_the_same_result(tmp_path: Path, passed: Checked) -> None:
    cache = passed.json_path.parent.parent / "cache.sqlite"  # the cache the fresh check filled
    fresh = passed.result
    cached = _check(EXAMPLES / "pass.yaml", tmp_path / "b", cache).result
    volatile = {"graded_at": True}
    assert fresh.model_dump(exclude=volatile) == cached.model_dump(exclude=volatile)


def test_script_in_prompt_is_escaped(tmp_path: Path, warm_cache: Path) -> None:
    sub = tmp_path / "xss.yaml"
    sub.write_text(
        (EXAMPLES / "pass.yaml")
        .read_text(encoding="utf-8")
        .replace(
            'prompt: "Tell me a story about a dragon in one sentence."',
            'prompt: "<script>alert(1)</script> Tell me a story about a dragon in one sentence."',
        )
        .replace('id: "example-0001"', 'id: "2412345"'),  # a copy may not use the example's id
        encoding="utf-8",
    )
    checked = _check(sub, tmp_path / "out", warm_cache)
    html = checked.html_path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_invalid_submission_raises_located_error(tmp_path: Path) -> None:
    bad = DATA / "bad" / "sampling.yaml"
    with pytest.raises(UserError) as info:
        _check(bad, tmp_path)
    assert info.value.diagnostics[0].line == 8
    assert not list(tmp_path.iterdir())  # nothing written for an invalid file


def test_json_is_the_source_of_truth(passed: Checked) -> None:
    checked = passed
    data = json.loads(checked.json_path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["student"]["id"] == "example-0001"
    assert data["record"] is None  # check knows no class: no grade to record
    assert (
        data["scoring"]["chrf"].startswith("nrefs:1|")
        and len(data["scoring"]["assignment_sha256"]) == 64
    )
    baseline = data["generations"][data["runs"][0]["generation"]]
    assert data["runs"][0]["name"] == "baseline" and baseline["finish"] == "length"
    assert baseline["fingerprint"]["dtype"] == "float32"


def test_every_missing_model_is_named_with_one_block_of_downloads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grader.util.errors import EnvironmentProblem

    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    real = ROOT / "assignments" / "ex1" / "examples" / "pass.yaml"
    with pytest.raises(EnvironmentProblem) as info:
        check(real, assignment_for(real, None), tmp_path / "out", device="cpu", cache_path=None)
    assert info.value.hint is not None
    message, hint = info.value.message.en, info.value.hint.en
    assert "meta-llama/Llama-2-7b-chat-hf" in message and "Qwen/Qwen2.5-0.5B-Instruct" in message
    assert (
        hint.count("hf download ") == 2
        and "--revision f5db02db724555f92da89c216ac04704f23d4590" in hint
    )
    assert "hf auth login" in hint and "hf auth login" in info.value.hint.ja
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "damage", [b"", b"SQLite format 3\x00" + bytes(200), bytes(range(256)) * 16]
)
def test_a_damaged_user_cache_is_set_aside(
    tmp_path: Path, damage: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from grader.cli import main

    cache = tmp_path / "user" / "generations.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(damage)
    args = [
        "check",
        str(EXAMPLES / "pass.yaml"),
        "-o",
        str(tmp_path / "out"),
        "--device",
        "cpu",
        "--cache",
        str(cache),
    ]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert ("set aside" in err) == bool(damage) and "Traceback" not in err
    assert main(args) == 0 and "set aside" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("en", ["FAILED", "no run with goal: concise passes steer_moved", "not yet earned"]),
        ("ja", ["不合格", "goal: concise の実行で steer_moved を満たすもの", "まだ得ていない基準"]),
    ],
)
def test_check_says_failed_where_the_hidden_point_cannot_decide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, says: list[str]
) -> None:
    """7 public points and 1 hidden point of 12 would be PENDING by arithmetic; but the hidden
    point judges the concise run that moved, and there is none: FAILED, with the public fix."""
    from grader.cli import main

    path = ROOT / "tests" / "data" / "verdicts" / "concise-unmoved.yaml"
    code = main(["check", str(path), "-o", str(tmp_path), "--device", "cpu", "--lang", lang])
    out = " ".join(capsys.readouterr().out.split())  # the terminal wraps lines
    assert code == 1 and all(s in out for s in says), out
    assert "保留" not in out and "PENDING" not in out
