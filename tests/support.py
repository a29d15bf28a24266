"""Paths every test module shares: the repository, the test data, the offline twin."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[1]
"""The repository's root folder."""
DATA = ROOT / "tests" / "data"
"""Fixture files: bad submissions, the TA's hidden file, token cases."""
OFFLINE = ROOT / "assignments" / "ex1-offline"
"""The offline twin of exercise 1 (the bundled tiny models)."""
