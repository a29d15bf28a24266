"""Shared fixtures: one engine per test session (models load once, as in production)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DATA = Path(__file__).parent / "data"
OFFLINE = ROOT / "assignments" / "ex1-offline"


@pytest.fixture(scope="session")
def engine():  # type: ignore[no-untyped-def]
    from grader.generate.engine import Engine

    return Engine("cpu")


@pytest.fixture(scope="session")
def offline():  # type: ignore[no-untyped-def]
    from grader.load import assignments

    return assignments.load("ex1-offline")
