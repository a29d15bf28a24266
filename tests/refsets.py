"""Copies of the shipped reference set (ex1 + ex1-offline) and the edits the verify tests make to
its recordings."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any


def copy_assignments(source: Path, target: Path) -> Path:
    """ex1 + ex1-offline from ``source`` into ``target``; the reference set's folder."""
    for name in ("ex1", "ex1-offline"):
        shutil.copytree(source / name, target / name)
    return target / "ex1-offline" / "reference"


def edit(path: Path, change: Callable[[Any], object]) -> None:
    """Change a recording's JSON in place (``change`` edits the parsed data)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(
        json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False), encoding="utf-8"
    )


def generation(data: dict, run: str) -> dict:
    """The generation a recording's run points to."""
    key = next(r["generation"] for r in data["runs"] if r["name"] == run)
    return data["generations"][key]


def retext(gen: dict) -> None:
    """Make a tampered generation's text what its token ids say (a whole, but changed,
    recording: what another model or machine would have written)."""
    from grader.load.tokens import decode

    gen["text"] = decode(gen["model"], None, gen["output_ids"])
