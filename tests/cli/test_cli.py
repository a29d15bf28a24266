"""The CLI as a student, a TA and CI meet it: exit codes, no tracebacks, no torch where not
needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader.cli import main
from grader.results import Case
from tests.support import DATA, EXAMPLES, ROOT, on_a_terminal, run_grader, run_main

BAD = sorted((DATA / "bad").glob("*.yaml"))


def test_validate_is_fast_and_never_imports_torch() -> None:
    code = (
        "import sys; from grader.cli import main; rc = main(['validate', "
        f"{str(EXAMPLES / 'pass.yaml')!r}]); "
        "print(rc, 'torch' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
    ).stdout.split()
    assert out[-3:] == ["0", "False", "False"]


@pytest.fixture(scope="module")
def validated() -> tuple[subprocess.CompletedProcess[str], dict[Path, str]]:
    """One ``grader validate`` process over every bad file, and what it said about each: the
    text from where the previous file's ended to the next file's path at a line start (files
    are checked in order; the last line is the summary)."""
    proc = run_grader("validate", *map(str, BAD), "--lang", "en")
    text = proc.stderr
    summary = text.rindex("\n", 0, len(text) - 1) + 1
    said: dict[Path, str] = {}
    pos = 0
    for i, path in enumerate(BAD):
        following = text.find(f"\n{BAD[i + 1]}", pos) + 1 if i + 1 < len(BAD) else 0
        end = following if following > 0 else summary
        said[path], pos = text[pos:end], end
    return proc, said


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_every_bad_file_exits_2_with_a_location_and_no_traceback(
    path: Path, validated: tuple[subprocess.CompletedProcess[str], dict[Path, str]]
) -> None:
    proc, said = validated
    # every file invalid (0 of N valid), so each one alone exits 2
    assert proc.returncode == 2 and f"0/{len(BAD)} valid in " in proc.stderr
    assert "Traceback" not in said[path]
    assert said[path].startswith(str(path))


def test_bad_files_under_check_exit_2(tmp_path: Path) -> None:
    proc = run_grader(
        "check",
        str(DATA / "bad" / "max_length_trap.yaml"),
        "-o",
        str(tmp_path),
        "--no-cache",
    )
    assert proc.returncode == 2 and "max_length" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("example", "code"), [("pass.yaml", 0), ("fail.yaml", 1)])
def test_check_exit_codes(
    tmp_path: Path, example: str, code: int, capsys: pytest.CaptureFixture[str], warm_cache: Path
) -> None:
    # in-process through main(): the exit status is main's (python -m grader only passes it on)
    rc = main(
        [
            "check",
            str(EXAMPLES / example),
            "-o",
            str(tmp_path / "out"),
            "--device",
            "cpu",
            "--cache",
            str(warm_cache),
            "--lang",
            "en",
        ]
    )
    out = capsys.readouterr()
    assert rc == code, out.err
    assert "PREVIEW" in out.out and ".html" in out.out
    out_dir = tmp_path / "out"
    assert len(list(out_dir.glob("*.json"))) == 1 and len(list(out_dir.glob("*.html"))) == 1


def test_missing_model_is_an_environment_problem(
    tmp_path: Path,
    with_missing_model: Path,
    warm_cache: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # in-process through main() (the Hub cache is located when a model is needed, so HF_HOME
    # set here is honoured); the runs of the bundled models come from the warm cache
    sub = tmp_path / "sub.yaml"
    sub.write_text(
        (EXAMPLES / "pass.yaml")
        .read_text(encoding="utf-8")
        .replace("model: bundled/tiny-terse\n", "model: Qwen/Qwen2.5-0.5B-Instruct\n")
        .replace('id: "example-0001"', 'id: "2412345"'),
        encoding="utf-8",
    )
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    args = ["check", str(sub), "-a", str(with_missing_model), "-o", str(tmp_path / "o")]
    proc = run_main(capsys, *args, "--cache", str(warm_cache), "--device", "cpu", "--lang", "en")
    assert proc.returncode == 3, proc.stderr
    assert (
        "Qwen/Qwen2.5-0.5B-Instruct" in proc.stderr
        and "hf download" in proc.stderr
        and "Traceback" not in proc.stderr
    )


def test_verify_cli_writes_junit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(
        [
            "verify",
            str(ROOT / "assignments/ex1-offline/reference"),
            "--junit",
            str(tmp_path / "j.xml"),
            "--json",
            str(tmp_path / "v.json"),
        ]
    )
    proc = capsys.readouterr()
    assert rc == 0, proc.out + proc.err
    # The mode depends on whether this host is the recording's (fingerprint), and says why.
    assert (
        "modes: exact, grades (fingerprint matches" in proc.out
        or "modes: teacher-forced, grades (environment differs: " in proc.out
    )
    assert (tmp_path / "j.xml").read_text().startswith("<?xml")
    report = json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))
    assert report["schema_version"] == 1 and report["ok"] is True
    assert set(report["totals"]) == {"argmax", "fragile_tolerated", "diverged"}
    cases = [Case.model_validate(c) for c in report["cases"]]
    assert len(cases) == 11 and all(c.ok for c in cases)


def test_help_lists_the_commands() -> None:
    proc = run_grader("--help")
    assert proc.returncode == 0
    # the sub-command list itself (the words also stand in the descriptions, so look for the list)
    assert "{validate,init,schema,check,grade,merge,verify,bench}" in proc.stdout


def test_japanese_messages_follow_the_locale() -> None:
    proc = run_grader(
        "validate", str(DATA / "bad" / "typo_key.yaml"), env={**os.environ, "LANG": "ja_JP.UTF-8"}
    )
    assert "もしかして: prompt" in proc.stderr
    assert "0/1 件が有効" in proc.stderr and "valid in" not in proc.stderr  # the summary line too


@pytest.mark.parametrize(
    "args",
    [
        ["bench", "-n", "0"],
        ["bench", "-n", "-3"],
        ["bench", "-n", "two"],
        ["bench", "--naive-sample", "0"],
    ],
)
def test_every_numeric_argument_is_checked_by_the_parser(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "must be at least 1" in err or "is not a whole number" in err
    assert "Traceback" not in err


def test_validate_predicts_checks_refusal_of_a_control_without_room(tmp_path: Path) -> None:
    long = "Tell me a story about a dragon, please, " + "with every detail told in full, " * 12
    sub = tmp_path / "room.yaml"
    sub.write_text(
        'assignment: ex1-offline\nstudent: {id: "2412345"}\nruns:\n'
        f'  - name: long\n    model: bundled/tiny-chatty\n    prompt: "{long}"\n'
        "    max_new_tokens: 60\n"
        "  - name: steer\n    model: bundled/tiny-terse\n    prompt: Tell me a short story.\n"
        "    max_length: 100\n    compare_to: long\n    goal: concise\n",
        encoding="utf-8",
    )
    said = [
        run_grader(*args, str(sub), "--lang", "en")
        for args in (["validate"], ["check", "--device", "cpu", "-o", str(tmp_path / "o")])
    ]
    assert [p.returncode for p in said] == [2, 2]
    assert all(
        "room.yaml:11:17: max_length 100 leaves the run you compare with" in p.stderr for p in said
    )


VERDICTS = ROOT / "tests" / "data" / "verdicts"


@pytest.mark.slow
def test_check_shows_its_steps_on_a_terminal_in_japanese(tmp_path: Path) -> None:
    err = on_a_terminal(
        "check",
        str(VERDICTS / "concise-unmoved.yaml"),
        "-o",
        str(tmp_path),
        "--no-cache",
        "--device",
        "cpu",
        "--lang",
        "ja",
        env={"COLUMNS": "100"},
    )
    lines = err.replace("\r", "").splitlines()
    assert (
        "bundled/tiny-chatty を読み込み中…" in lines and "bundled/tiny-terse を読み込み中…" in lines
    )
    # one line per generation, named by the runs it serves
    assert {line.split(":")[0].strip() for line in lines if "トークン、" in line} == {
        "baseline",
        "terse",
        "polite",
    }


def test_check_shows_its_steps_where_rich_sees_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich's own switch: stderr counts as a terminal
    path = VERDICTS / "concise-unmoved.yaml"
    args = ["check", str(path), "-o", str(tmp_path), "--no-cache", "--device", "cpu"]
    assert main([*args, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "loading bundled/tiny-chatty…" in err and "  baseline: 91 tokens, " in err
    # with --json the output is the result alone, terminal or not
    assert main([*args, "--json"]) == 1
    assert "loading" not in capsys.readouterr().err
    # off a terminal, generating all the same: no step lines
    monkeypatch.delenv("FORCE_COLOR")
    assert main([*args, "--lang", "en"]) == 1
    assert "loading" not in capsys.readouterr().err
