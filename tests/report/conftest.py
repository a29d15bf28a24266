"""Fixtures for the renderer tests, over the shared factories of tests/factories.py, and the
headless Chromium the page tests open pages in."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from grader.results import CriterionResult, Generation, Result, RunStats
from tests.factories import XSS, criterion, generation, graded, invalid


@pytest.fixture
def make_graded() -> Callable[..., Result]:
    return graded


@pytest.fixture
def make_invalid() -> Callable[..., Result]:
    return invalid


@pytest.fixture
def make_criterion() -> Callable[..., CriterionResult]:
    return criterion


@pytest.fixture
def make_generation() -> Callable[..., Generation]:
    return generation


@pytest.fixture
def class_results() -> list[Result]:
    return five_students()


def five_students() -> list[Result]:
    """Five graded students with distinct totals (given out of id order) and one invalid file."""
    scores = {
        "s003": (True, True),
        "s001": (False, False),
        "s005": (True, False),
        "s002": (False, True),
        "s004": (True, True),
    }
    results = []
    for sid, (a, b) in scores.items():
        crits = [
            criterion("c1", a, points=3.0),
            criterion("c2", b, points=2.0 if sid != "s004" else 2.5),
        ]
        results.append(graded(sid, name=f"Student {sid}", criteria=crits))
    results.append(invalid(message=f"bad value {XSS}"))
    return results


@pytest.fixture
def stats() -> RunStats:
    return run_stats()


def run_stats() -> RunStats:
    """The figures of a small run on a GPU."""
    return RunStats(
        files=6,
        total_runs=10,
        unique_requests=6,
        cache_hits=2,
        generated=4,
        new_tokens=400,
        generate_s=2.0,
        seconds=3.5,
        model_loads=1,
        device="cuda",
        device_name="NVIDIA H100",
        fingerprints=["0123456789abcdef"],
    )


CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@lru_cache(maxsize=1)
def _find_chromium() -> tuple[Path | None, str]:
    """The browser, or why there is none; the apt install is attempted at most once per session."""
    if CHROMIUM.exists():
        return CHROMIUM, ""
    wanted = os.environ.get("CI") or os.environ.get("GRADER_INSTALL_CHROMIUM")
    if not (wanted and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")):
        return None, (
            f"{CHROMIUM} not found; install the Debian package 'chromium' (or run as root with "
            "CI or GRADER_INSTALL_CHROMIUM set to let this test install it)"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        done = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=900, check=False
        )
        if done.returncode != 0:
            return None, f"'{' '.join(cmd)}' failed: {done.stderr.strip()[-300:]}"
    return (
        (CHROMIUM, "")
        if CHROMIUM.exists()
        else (None, f"apt installed chromium but {CHROMIUM} is missing")
    )


def _runner(folder: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Headless Chromium with a fresh profile under ``folder`` per start; skips without it."""
    binary, why = _find_chromium()
    if binary is None:
        pytest.skip(why)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        profile = folder / f"profile-{len(list(folder.glob('profile-*')))}"
        cmd = [str(binary), *FLAGS, f"--user-data-dir={profile}", *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)

    return run


@pytest.fixture
def chromium(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    return _runner(tmp_path)


@pytest.fixture(scope="module")
def module_chromium(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The browser for a module's fixtures that measure all its cases in one start."""
    return _runner(tmp_path_factory.mktemp("chromium"))
