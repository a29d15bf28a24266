"""The labelled submissions and how they are graded: the table of cases
(:mod:`tests.validity_cases`) and the labelled sets under ``tests/data``, each graded as a class,
public and with the TA's hidden file. Shared by :mod:`tests.test_validity` and by the recorder of
their generations (:mod:`tests.recorded`), so that both plan the same requests."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from grader.commands.grade import grade
from grader.results import CriterionResult
from grader.score.verdict import decide
from tests.support import DATA
from tests.validity_cases import CASES
from tests.validity_runs import HIDDEN, write_case

# --- labelled held-out sets, graded as written, each with labels.yaml beside its files:
# unseen: 20 cases written from the exercise text alone, before the criteria changed;
# redteam: 20 attempts to earn the marks without doing the exercise, written after;
# redteam2 to redteam193: 192 more red-team passes (20, 12, 120 of 15 files, sixty-six of 14,
# two of 12, two of 10; attempts, and honest files a first-year would write), each written after the
# fixes of the pass before.
SETS = ["unseen", "redteam", *(f"redteam{n}" for n in range(2, 194))]
TABLE = "table"
"""The name the table of cases goes by among the sets (it has no folder)."""

Graded = dict[str, dict[str, dict[str, Any]]]
"""``{"public" | "hidden": {file stem: result JSON}}`` ("public" for :data:`BOTH_WAYS` only)."""


def _labels(folder: Path) -> dict[str, dict[str, str]]:
    # libyaml's loader where it is built (every worker reads the 45 label files while collecting)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    cases: dict[str, dict[str, str]] = yaml.load(
        (folder / "labels.yaml").read_text(encoding="utf-8"), Loader=loader
    )["cases"]
    return cases


LABELS = {name: _labels(DATA / name) for name in SETS}


def _grade_class(folder: Path, root: Path, cache: Path, public: bool) -> Graded:
    """``folder`` graded with the hidden file and, if ``public``, without it (what ``check``
    says), each into its own folder under ``root``; an invalid file has its summary row, and a
    clustered file is marked."""
    out: Graded = {}
    for label, hidden in (("public", None), ("hidden", HIDDEN))[0 if public else 1 :]:
        grade(folder, "ex1-offline", root / label, hidden=hidden, device="cpu", cache_path=cache)
        out[label] = {}
        for path in (root / label / "results").glob("*.json"):
            result = json.loads(path.read_text(encoding="utf-8"))
            out[label][Path(result["file"]).stem] = result
        summary = json.loads((root / label / "summary.json").read_text(encoding="utf-8"))
        for row in summary["files"]:  # an invalid file has its row here, and no result
            if row["status"] == "invalid":
                out[label][Path(row["file"]).stem] = {**row, "criteria": []}
        for cluster in summary["clusters"]:  # a classmate's copy is flagged class-wide
            for file in cluster["files"]:
                out[label][Path(file).stem]["clustered"] = True
    return out


BOTH_WAYS = {TABLE, *SETS[::7]}
"""The table and every seventh set are also graded without the hidden file, which shows that
:func:`checked_verdict` is what ``check`` says; the other sets are graded once, with it."""


def grade_set(name: str, root: Path, cache: Path) -> Graded:
    """The labelled set ``name`` (or the table, :data:`TABLE`) graded as a class in ``root``
    (labels.yaml left out): with the hidden file, and, for :data:`BOTH_WAYS`, without it."""
    folder = root / "class"
    folder.mkdir(parents=True)
    if name == TABLE:
        for sid, runs, notes, *_ in CASES:
            write_case(folder, sid, runs, notes)
    else:
        for stem in LABELS[name]:
            (folder / f"{stem}.yaml").write_bytes((DATA / name / f"{stem}.yaml").read_bytes())
    return _grade_class(folder, root, cache, public=name in BOTH_WAYS)


def checked_verdict(result: dict[str, Any]) -> str:
    """The verdict ``check`` gives the file of ``result``, a result graded with the hidden file:
    the same public criteria, with the hidden ones not evaluated (a hidden file fills in hidden
    criteria only) unless a public criterion's outcome closed them (the gate of
    :func:`grader.score.evaluate._gate`), decided by the scorer's own rule."""
    if result["status"] != "graded":
        return str(result["verdict"])
    criteria = [CriterionResult.model_validate(c) for c in result["criteria"]]
    public = [
        c
        if c.visibility == "public" or c.details.get("closed_by_gate")
        else c.model_copy(update={"status": "not_evaluated"})
        for c in criteria
    ]
    total = sum(c.points for c in public if c.status != "not_evaluated")
    return decide(public, total, result["pass_threshold"])


def every_set() -> Iterable[str]:
    """The table and every labelled set."""
    return [TABLE, *SETS]
