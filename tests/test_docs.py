"""The README, its Japanese students' guide and the Makefile say what the code does."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from grader.cli.exits import ExitCode
from tests.support import ROOT


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


def test_the_layout_names_every_module() -> None:
    """The README's Layout block names each module of grader/: a top-level module by its path, a
    module in a package by its file name in that package's entry (the bundled models aside)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## Layout") :].split("```")[1]
    entries: dict[str, str] = {}
    label = ""
    for line in block.splitlines():
        if line[:1].strip():
            label = line.split()[0]
        entries[label] = entries.get(label, "") + line
    missing = []
    for path in sorted((ROOT / "grader").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        package = rel.rsplit("/", 1)[0] + "/"
        if path.name in ("__init__.py", "__main__.py") or package.startswith("grader/models/"):
            continue
        named = rel in entries if package == "grader/" else path.name in entries.get(package, "")
        if not named:
            missing.append(rel)
    assert missing == []
