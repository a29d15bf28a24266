"""A warm generation cache, built once for the whole test run: the class of
:func:`tests.classes.class_folder` graded and the shipped examples checked into it. Tests that
are not about generating take a private copy (:func:`copy_cache`) and grade without loading a
model; tests that count what a cold run generates keep starting cold."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from filelock import FileLock

from tests.support import EXAMPLES


def copy_cache(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite cache (WAL included) at ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _build(folder: Path) -> Path:
    """Grade the class and check both examples into ``folder/cache.sqlite``; the cache is
    renamed into place only when it is complete."""
    from grader.commands.assignment import assignment_for
    from grader.commands.check import check
    from grader.commands.grade import grade
    from tests.classes import class_folder

    building = folder / "building.sqlite"
    grade(class_folder(folder), "ex1-offline", folder / "out", device="cpu", cache_path=building)
    for name in ("pass.yaml", "fail.yaml"):
        path = EXAMPLES / name
        check(path, assignment_for(path, None), folder / name, device="cpu", cache_path=building)
    return copy_cache(building, folder / "cache.sqlite")


def warm_source(factory: pytest.TempPathFactory) -> Path:
    """The run's warm cache, built by whichever pytest-xdist worker asks first (a file lock
    in the folder the workers share), or by the one process without xdist."""
    base = factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / "warm-cache"
    with FileLock(str(root / "warm-cache.lock")):
        if not (folder / "cache.sqlite").is_file():
            folder.mkdir(exist_ok=True)
            _build(folder)
    return folder / "cache.sqlite"
