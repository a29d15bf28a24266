"""The Makefile's torch: the CUDA build only where nvidia-smi is, the +cpu build from PyTorch's CPU
index (an *extra* index) on Linux x86_64 without it, PyPI's plain wheel (the CPU build) on macOS,
Windows and Linux aarch64. The recipe runs for real, with a recording ``pip`` and a stand-in
``uname``/``nvidia-smi`` on PATH, so the shell logic is what is tested. After the install, the
package is compiled to bytecode."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.support import ROOT

MAKE = shutil.which("make")


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.mark.skipif(MAKE is None, reason="needs make (the README's set-up runs it)")
@pytest.mark.parametrize(
    ("system", "gpu", "torch"),
    [
        (
            "Linux x86_64",
            False,
            "torch==2.13.0+cpu --extra-index-url https://download.pytorch.org/whl/cpu",
        ),
        ("Linux x86_64", True, "torch==2.13.0"),
        ("Darwin arm64", False, "torch==2.13.0"),
        ("Linux aarch64", False, "torch==2.13.0"),
    ],
)
def test_the_torch_build_each_machine_gets(
    tmp_path: Path, system: str, gpu: bool, torch: str
) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    kernel, machine = system.split()
    _script(fake / "uname", f'[ "$1" = -m ] && echo {machine} || echo {kernel}\n')
    if gpu:
        _script(fake / "nvidia-smi", "exit 0\n")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    log = tmp_path / "pip.log"
    _script(venv / "bin" / "pip", f'echo "$*" >> {log}\n')
    _script(venv / "bin" / "python", f'echo "python $*" >> {log}\n')
    env = {**os.environ, "PATH": f"{fake}:/usr/bin:/bin"}
    done = subprocess.run(
        [MAKE or "make", "-C", str(ROOT), f"VENV={venv}", "PYTHON=true", f"{venv}/bin/grader"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    installs = log.read_text(encoding="utf-8").splitlines()
    (line,) = [i for i in installs if "torch" in i]
    assert line.endswith(torch) and "--index-url" not in line.replace("--extra-index-url", "")
    if "+cpu" in torch:  # an unreachable index costs seconds, not pip's default minutes
        assert "--timeout 15 --retries 1" in line
    # then the package's bytecode, as a regular install writes it (PYTHONDONTWRITEBYTECODE
    # would otherwise leave every command compiling the package from source)
    assert installs[-2:] == ["install -q -e .[test]", "python -m compileall -q grader"]
