"""The reference set for the verify tests: the shipped one, and one recorded on this host once
for the test session (under pytest-xdist, once per worker), each copied into the test that
tampers with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.refsets import copy_assignments
from tests.support import ROOT


@pytest.fixture()
def ref(tmp_path: Path) -> Path:
    """A private copy of ex1 + ex1-offline with the shipped reference set, free to tamper with."""
    return copy_assignments(ROOT / "assignments", tmp_path)


@pytest.fixture(scope="session")
def recorded_here(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped reference set recorded on this host (the shipped recording may come from
    another); the tests copy it (:func:`recorded`) and never change this one."""
    from grader.commands.reference import record_reference

    ref = copy_assignments(ROOT / "assignments", tmp_path_factory.mktemp("recorded"))
    record_reference(ref, device="cpu")
    return ref.parent.parent


@pytest.fixture()
def recorded(tmp_path: Path, recorded_here: Path) -> Path:
    """A private copy of the reference set as recorded on this host, free to tamper with."""
    return copy_assignments(recorded_here, tmp_path)
