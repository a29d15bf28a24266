"""What every test module shares: the repository, the test data, the offline twin, and the
grader's command line as a separate process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
"""The repository's root folder."""
DATA = ROOT / "tests" / "data"
"""Fixture files: bad submissions, the TA's hidden file, token cases."""
OFFLINE = ROOT / "assignments" / "ex1-offline"
"""The offline twin of exercise 1 (the bundled tiny models)."""
EXAMPLES = OFFLINE / "examples"
"""The shipped examples of the offline twin (pass.yaml, fail.yaml)."""
GRADER = (sys.executable, "-m", "grader")
"""The grader's command line, for the tests that start it themselves (to kill it, or to run
two at once)."""


LOCALES = {"en": "en_US.UTF-8", "ja": "ja_JP.UTF-8"}
"""A locale per language, as a student's shell sets LANG."""


def locale_only(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The language chosen by ``LANG`` alone, as a student's shell does: every variable read
    before it (GRADER_LANG, LANGUAGE, LC_ALL, LC_MESSAGES) unset."""
    for var in ("GRADER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", LOCALES[lang])


def run_grader(
    *args: str, cwd: Path = ROOT, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m grader ARGS`` in its own process, output captured: for the tests about the
    process itself (its exit status as the shell sees it, no traceback, no torch import)."""
    return subprocess.run(
        [*GRADER, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=None if env is None else dict(env),
    )


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """``grader ARGS`` in this process through the CLI's ``main`` (its exit status is the one
    ``python -m grader`` passes on), output captured as :func:`run_grader` gives it."""
    from grader.cli import main

    capsys.readouterr()  # what earlier steps printed is not this call's
    code = main(list(args))
    said = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, said.out, said.err)
