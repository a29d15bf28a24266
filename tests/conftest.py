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


QWEN = "Qwen/Qwen2.5-0.5B-Instruct"


@pytest.fixture()
def with_missing_model(tmp_path: Path) -> Path:
    """A copy of ex1-offline whose allowlist also has a Hub model that is not in any local cache."""
    import shutil

    for name in ("ex1", "ex1-offline"):
        shutil.copytree(ROOT / "assignments" / name, tmp_path / "assignments" / name)
    path = tmp_path / "assignments" / "ex1-offline" / "assignment.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  - name: bundled/tiny-terse",
        f"  - name: {QWEN}\n    revision: 7ae557604adf67be50417f59c2c2f167def9a775\n  - name: bundled/tiny-terse"), encoding="utf-8")
    return path
