"""Fixtures for the renderer tests, over the shared factories of tests/factories.py."""

from __future__ import annotations

from collections.abc import Callable

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
