"""validate: files and folders (as grade finds them), the early warnings (no goal run, a copy of
a shipped file) that never fail a valid file, and the CLI's lines in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.validation import validate
from tests.classes import passing_text, submission_text
from tests.support import ROOT

OFFLINE = ROOT / "assignments" / "ex1-offline"
# the shipped files with runs of their own to copy (the fail example has one: never a copy)
SHIPPED = [
    OFFLINE / "examples" / "pass.yaml",
    ROOT / "assignments" / "ex1" / "examples" / "pass.yaml",
    *sorted((OFFLINE / "reference" / "submissions").glob("*.yaml")),
]
PART1_ONLY = (
    'assignment: ex1-offline\nstudent: {id: "2600001"}\nruns:\n'
    "  - name: terse\n    model: bundled/tiny-terse\n"
    '    prompt: "Tell me a story about a dragon."\n    max_length: 100\n'
    "    compare_to: baseline\n"
)


def _as_student(path: Path, sid: str = "2600777") -> str:
    """A shipped file under a student's id (its runs untouched)."""
    text = path.read_text(encoding="utf-8")
    changed = re.sub(r'(\bid: )"?[^",}\n]+"?', rf'\1"{sid}"', text, count=1)
    assert changed != text
    return changed


def _class(tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    (folder / "sub").mkdir(parents=True)
    (folder / "own.yaml").write_text(passing_text("2600002"), encoding="utf-8")
    (folder / "sub" / "part1.yaml").write_text(PART1_ONLY, encoding="utf-8")
    (folder / "copy.yml").write_text(_as_student(OFFLINE / "examples" / "pass.yaml"), "utf-8")
    (folder / "broken.yaml").write_text("runs: [\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a submission", encoding="utf-8")
    return folder


@pytest.mark.parametrize("path", SHIPPED, ids=[p.relative_to(ROOT).as_posix() for p in SHIPPED])
def test_a_shipped_file_under_a_students_id_is_warned_as_a_copy(tmp_path: Path, path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(_as_student(path), encoding="utf-8")
    (done,) = validate([mine]).files
    assert done.errors is None
    assert any("shipped" in w.message.en and w.line > 0 for w in done.warnings), done.warnings


@pytest.mark.parametrize("pads", [0, 1, 2])  # 6 runs as written; a file holds 8 at most
def test_the_examples_goal_runs_padded_with_other_requests_are_warned_as_a_copy(
    tmp_path: Path, pads: int
) -> None:
    """What check fails (original_work) validate predicts: padding makes no copy one's own."""
    padded = (ROOT / "tests" / "data" / "redteam3" / "rt3-09-partial-copy-padded.yaml").read_text(
        encoding="utf-8"
    )
    extra = "".join(
        f'  - {{name: pad{i}, model: bundled/tiny-terse, prompt: "Tell me about {i} owls.", '
        "max_length: 100}\n"
        for i in range(pads)
    )
    mine = tmp_path / "mine.yaml"
    mine.write_text(padded.replace("runs:\n", "runs:\n" + extra, 1), encoding="utf-8")
    (done,) = validate([mine]).files
    assert done.errors is None
    assert any("shipped" in w.message.en for w in done.warnings), done.warnings


@pytest.mark.parametrize(
    "text",
    [
        passing_text("2600003"),
        passing_text("2600004", "Tell me a story about a dragon. Keep it short."),
        submission_text("2600005"),
    ],
)
def test_own_work_gets_no_copy_warning(tmp_path: Path, text: str) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(text, encoding="utf-8")
    (done,) = validate([mine]).files
    assert done.errors is None and done.warnings == []


def test_a_folder_is_validated_as_grade_finds_it(tmp_path: Path) -> None:
    folder = _class(tmp_path)
    done = validate([folder])
    shown = {Path(f.shown).name: f for f in done.files}
    assert sorted(shown) == ["broken.yaml", "copy.yml", "own.yaml", "part1.yaml"]
    assert done.bad == 1 and shown["broken.yaml"].errors is not None
    assert [w.message.en for w in shown["part1.yaml"].warnings] == [
        "no run declares a goal: part 2 (steering by the prompt) is missing"
    ]
    assert shown["own.yaml"].warnings == [] and shown["part1.yaml"].runs == 1
    # named from where the user stands, the folder first
    assert all(f.shown.startswith(str(folder)) for f in done.files)


@pytest.mark.parametrize(
    ("lang", "summary", "warning", "goal"),
    [
        ("en", "3/4 valid in", "warning: ", "no run declares a goal"),
        ("ja", "3/4 件が有効", "警告: ", "goal を書いた実行がありません"),
    ],
)
def test_validate_a_folder_through_the_cli(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    summary: str,
    warning: str,
    goal: str,
) -> None:
    folder = _class(tmp_path)
    assert main(["validate", str(folder), "--lang", lang]) == 2  # one invalid file
    out, err = capsys.readouterr()
    assert out.count("ok: ") == 3 and summary in err
    assert f"{warning}{folder}/sub/part1.yaml:" in err and goal in err
    assert f"{folder}/broken.yaml:2:1" in err


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_warnings_keep_a_valid_file_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    part1 = tmp_path / "part1.yaml"
    part1.write_text(PART1_ONLY, encoding="utf-8")
    assert main(["validate", str(part1), "--lang", lang]) == 0
    assert ("warning: " if lang == "en" else "警告: ") in capsys.readouterr().err


def test_an_empty_folder_is_a_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert "no submission files" in capsys.readouterr().err


@pytest.mark.parametrize(
    "case", ["redteam3/rt3-09-partial-copy-padded.yaml", "redteam4/rt4-11-decoy-goal-copy.yaml"]
)
def test_a_red_team_copy_of_the_example_is_warned(case: str) -> None:
    """The example's goal runs padded with other runs, or beside a decoy goal run."""
    (done,) = validate([ROOT / "tests" / "data" / case]).files
    assert done.errors is None
    assert any("shipped" in w.message.en for w in done.warnings), done.warnings
