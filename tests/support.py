"""What every test module shares: the repository, the test data, the offline twin, and the
grader run as a separate process: started anew (:func:`run_grader`) or forked from the test
worker (:func:`fork_main`, :func:`on_a_terminal`)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NoReturn

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
"""The grader's command line, as a shell starts it."""


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


def _import_before_fork() -> None:
    """Import the CLI and the engine (torch, transformers) in this process, once: each fork then
    starts with them, and no child imports while another thread of pytest holds a lock."""
    import grader.cli
    import grader.generate.engine  # noqa: F401


def _main_here(args: tuple[str, ...], env: Mapping[str, str] | None, keep_stderr: bool) -> NoReturn:
    """Run ``grader ARGS`` through the CLI's ``main`` in a forked child, and end the child with
    its exit code: the child never returns into pytest, whatever happens. Its stdout goes to
    /dev/null, and so does its stderr unless ``keep_stderr``."""
    from grader.cli import main  # imported before the fork: no import happens here

    code = 70  # EX_SOFTWARE: main raised, which the CLI promises never happens
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        if not keep_stderr:
            os.dup2(null, 2)
        # pytest replaced these with its capture; the CLI must see the real descriptors
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        os.environ.update(env or {})
        code = main(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


def fork_main(*args: str, env: Mapping[str, str] | None = None) -> int:
    """Start ``grader ARGS`` in a forked copy of this process, output to /dev/null, and return
    its pid: for the tests that kill the grader or run two at once. The copy has torch and the
    grader imported already, so it starts at once instead of after seconds of imports, and it
    runs the CLI's ``main`` as ``python -m grader`` does. See :func:`exit_status`."""
    _import_before_fork()
    pid = os.fork()
    if not pid:
        _main_here(args, env, keep_stderr=False)
    return pid


def exit_status(pid: int) -> int:
    """Wait for the forked grader ``pid`` and return its exit code (-N if signal N ended it)."""
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def on_a_terminal(*args: str, env: Mapping[str, str] | None = None) -> str:
    """What ``grader ARGS`` writes to stderr when stderr is a terminal (a pty), as a student
    sees it: the CLI runs in a forked copy of this process, stdout to /dev/null."""
    _import_before_fork()
    pid, master = pty.fork()
    if not pid:
        _main_here(args, env, keep_stderr=True)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    exit_status(pid)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")
