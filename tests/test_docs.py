"""The README, its Japanese students' guide and the Makefile say what the code does."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from grader.exits import ExitCode

ROOT = Path(__file__).parents[1]


@pytest.mark.parametrize("readme", ["README.md", "README.ja.md"])
def test_the_exit_code_table_is_complete(readme: str) -> None:
    text = (ROOT / readme).read_text(encoding="utf-8")
    listed = {int(m) for m in re.findall(r"^\| (\d+) \|", text, re.M)}
    assert listed == {int(code) for code in ExitCode}


@pytest.mark.parametrize(
    ("readme", "words"),
    [
        (
            "README.md",
            [
                "uv venv --python 3.10",
                "source .venv/bin/activate",
                "grader init",
                "grader validate",
                "grader check",
                "yaml-language-server",
                "fonts-noto-cjk",
                "How exercise 1 is graded",
                "課題1の採点方法",
            ],
        ),
        (
            "README.ja.md",
            [
                "uv venv --python 3.10",
                "source .venv/bin/activate",
                "grader init",
                "grader validate",
                "grader check",
                "課題1の採点方法",
                "終了コード",
            ],
        ),
    ],
)
def test_the_students_guides_cover_set_up_commands_and_grading(
    readme: str, words: list[str]
) -> None:
    text = (ROOT / readme).read_text(encoding="utf-8")
    assert [w for w in words if w not in text] == []


def test_make_demo_ends_with_the_activation_line() -> None:
    # under make test too
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    plan = subprocess.run(
        ["make", "--no-print-directory", "-n", "demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    ).stdout
    assert "source .venv/bin/activate" in plan.strip().splitlines()[-1]
