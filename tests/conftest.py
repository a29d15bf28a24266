"""Shared fixtures: one engine per test session (models load once, as in production), and real
mounts (tmpfs, read-only bind) for the damaged-environment tests."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support import ROOT

if TYPE_CHECKING:  # the engine imports torch: only the tests that generate load it
    from grader.generate.engine import Engine
    from grader.load.assignments import LoadedAssignment


def pytest_configure(config: pytest.Config) -> None:
    """Keep the user's cache folder out of the tests. Under pytest-xdist, give each worker its
    share of the cores for torch's threads: N workers each running torch on every core spin-wait
    for each other (the suite took 179 s with two workers on two cores, 82 s with one thread
    each). A thread count the caller set is kept."""
    # the per-user caches (generations, token counts) go to a folder of this run, not ~/.cache
    cache = tempfile.mkdtemp(prefix="grader-test-cache-")
    os.environ["XDG_CACHE_HOME"] = cache
    config.add_cleanup(lambda: shutil.rmtree(cache, ignore_errors=True))
    _bytecode_written()
    workers = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if workers and "OMP_NUM_THREADS" not in os.environ:
        os.environ["OMP_NUM_THREADS"] = str(max(1, len(os.sched_getaffinity(0)) // int(workers)))


def _bytecode_written() -> None:
    """Where the environment forbids writing bytecode (PYTHONDONTWRITEBYTECODE, as on this
    project's VMs), every process of the run would compile the grader's and the tests' modules
    again: about 0.2 s for each of the run's ~50 grader processes and xdist workers. The run
    writes them as Python does by default, to the git-ignored ``__pycache__`` folders (the
    installed packages have theirs already; a PYTHONPYCACHEPREFIX would compile those again)."""
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
        sys.dont_write_bytecode = False


@pytest.fixture(scope="session")
def engine() -> Engine:
    from grader.generate.engine import Engine

    return Engine("cpu")


@pytest.fixture(scope="session")
def warm_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's warm generation cache (built once: see tests/warm.py); never written to."""
    from tests.warm import warm_source

    return warm_source(tmp_path_factory)


@pytest.fixture()
def warm_cache(tmp_path: Path, warm_source: Path) -> Path:
    """A private copy of the warm cache for one test, free to grow or damage."""
    from tests.warm import copy_cache

    return copy_cache(warm_source, tmp_path / "warm" / "cache.sqlite")


@pytest.fixture(scope="session")
def offline() -> LoadedAssignment:
    from grader.commands.assignment import load_assignment

    return load_assignment("ex1-offline")


QWEN = "Qwen/Qwen2.5-0.5B-Instruct"


@pytest.fixture()
def with_missing_model(tmp_path: Path) -> Path:
    """A copy of ex1-offline whose allowlist also has a Hub model that is not in any local cache."""
    import shutil

    for name in ("ex1", "ex1-offline"):
        shutil.copytree(ROOT / "assignments" / name, tmp_path / "assignments" / name)
    path = tmp_path / "assignments" / "ex1-offline" / "assignment.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  - name: bundled/tiny-terse",
            f"  - name: {QWEN}\n    revision: 7ae557604adf67be50417f59c2c2f167def9a775\n  - name: "
            "bundled/tiny-terse",
        ),
        encoding="utf-8",
    )
    return path


class Mounts:
    """Real mounts for damage tests: a size-limited tmpfs, a read-only bind mount (root only)."""

    def __init__(self) -> None:
        self.mounted: list[Path] = []

    def _mount(self, *args: str) -> None:
        import subprocess

        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs or a read-only bind mount needs root")
        proc = subprocess.run(["mount", *args], capture_output=True, text=True)
        if proc.returncode != 0:
            pytest.skip(f"mount {' '.join(args)} not allowed here: {proc.stderr.strip()}")

    def tmpfs(self, path: Path, size: str) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        self._mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
        self.mounted.append(path)
        return path

    def read_only(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        self._mount("--bind", str(path), str(path))
        self.mounted.append(path)
        self._mount("-o", "remount,bind,ro", str(path))
        return path

    def release(self) -> None:
        import subprocess

        for path in reversed(self.mounted):
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture()
def mounts() -> Iterator[Mounts]:
    m = Mounts()
    yield m
    m.release()
