"""The passing submissions this project publishes in its tests, as an index each assignment
ships (``published.json``): anyone can copy one from the repository, so ``original_work``
compares a submission with them too (:mod:`grader.score.published`).

The labelled sets under ``tests/data`` (a ``labels.yaml`` beside the files) hold what a
student would write; the cases that pass are worth copying: the honest ones, and the gaming
ones accepted as passing (a documented limit). The index holds each one's runs, notes and hash,
so an installed package, which has no tests, still knows them. It is built by ``make
published`` (``python -m grader.load.published``), and a test holds it equal to a fresh build.
The other cases' runs are left out: copying them earns nothing, and a labelled copy of an
honest case would make the honest original look like a copy of it. Their notes are kept
(``notes_only``): notes pasted from any file of the repository earn nothing (the view leaves out
those alike a passing case's, the original's copies), and so are the notes of the other
submissions under ``tests/data``, fixtures with no label. An honest case its writer modelled on an
earlier one (``modelled_on:`` in its label) is left out whole, as a copy would be. The index
also holds the project's own prose (:mod:`grader.load.prose`), read with it, once a process.

What this leaves out: comparing (:mod:`grader.score.published`), and ``validate``'s early
warning, which compares with the shipped files only and stays fast.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from grader.load.prose import project_prose
from grader.load.schemas import Run
from grader.load.strict_yaml import load_file
from grader.util.errors import UserError

INDEX = "published.json"
"""The index's file name, in an assignment's folder."""


@dataclass(frozen=True)
class Published:
    """An honest submission published in this project's tests, as it is compared."""

    name: str
    """Where it is in the repository (``tests/data/redteam5/rt5-14.yaml``)."""
    sha256: str
    """Its bytes' hash: the file itself, graded, is not its own copy."""
    runs: tuple[Run, ...]
    """Its runs."""
    notes: str | None
    """Its notes."""
    notes_only: bool = False
    """A case that fails (gaming, or a model limit): its notes are published text a student may
    paste (pass 75: notes from a failing published file earned the notes point), its runs are
    not worth copying and left out."""


def build(data: Path, assignment: str) -> str:
    """The index of the honest labelled cases for ``assignment`` under ``data`` (``tests/data``),
    as JSON text: sorted, so a rebuild of the same files is byte-identical."""
    entries = []
    for labels in sorted(data.glob("*/labels.yaml")):
        cases: dict[str, dict[str, Any]] = load_file(labels).data["cases"]
        for case, label in sorted(cases.items()):
            path = labels.parent / f"{case}.yaml"
            # a file whose verdict is passed: honest, accepted as passing, or gaming only in its
            # notes (rt51-05 copied rt49-08's runs)
            verdict = label.get("accepted", label.get("intended"))
            worth_copying = label.get("kind") == "honest" or verdict == "passed"
            # an honest case its writer modelled on an earlier one (modelled_on: set/case) is
            # left out like a copy: what resembles it resembles the original, which it would flag
            if label.get("modelled_on") or not path.is_file():
                continue
            submission = load_file(path).data
            if not isinstance(submission, dict) or submission.get("assignment") != assignment:
                continue
            if not worth_copying and not submission.get("notes"):
                continue
            entries.append(
                {
                    "name": f"{data.parent.name}/{data.name}/{path.relative_to(data).as_posix()}",
                    "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    "runs": (submission.get("runs") or []) if worth_copying else [],
                    "notes": submission.get("notes"),
                }
                | ({} if worth_copying else {"notes_only": True})
            )
    index = {
        "assignment": assignment,
        "files": entries + _fixture_notes(data),
        "prose": project_prose(data.parents[1]),
    }
    return json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _fixture_notes(data: Path) -> list[dict[str, Any]]:
    """The notes of the other submissions under ``data``, fixtures outside the labelled sets
    (pass 81: notes pasted from ``tests/data/valid.yaml``), as ``notes_only`` entries: their
    verdicts are not labelled, so their runs are left out."""
    labelled = {labels.parent for labels in data.glob("*/labels.yaml")}
    entries = []
    for path in sorted(data.rglob("*.yaml")):
        if labelled & set(path.parents):
            continue
        try:
            submission = load_file(path).data
        except UserError:
            continue  # the malformed fixtures: nothing a student could paste as notes
        notes = submission.get("notes") if isinstance(submission, dict) else None
        if isinstance(notes, str) and isinstance(submission.get("runs"), list):
            name = f"{data.parent.name}/{data.name}/{path.relative_to(data).as_posix()}"
            sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
            entries.append(
                {"name": name, "sha256": sha256, "runs": [], "notes": notes, "notes_only": True}
            )
    return entries


@functools.lru_cache(maxsize=8)
def _bytes(folder: Path) -> bytes | None:
    """``folder``'s index file, read once per process (None without one)."""
    path = folder / INDEX
    return path.read_bytes() if path.is_file() else None


@functools.lru_cache(maxsize=8)
def _index(folder: Path) -> dict[str, Any]:
    """``folder``'s index (empty without one)."""
    raw = _bytes(folder)
    return json.loads(raw.decode("utf-8")) if raw is not None else {}


def index_sha256(folder: Path) -> str:
    """The hash of ``folder``'s index file ("" without one): what a view computed from it
    depends on (:mod:`grader.score.stored`)."""
    raw = _bytes(folder)
    return hashlib.sha256(raw).hexdigest() if raw is not None else ""


def prose(folder: Path) -> tuple[str, ...]:
    """The project's own prose in ``folder``'s index (:mod:`grader.load.prose`; none without
    one): not a student's notes."""
    return tuple(_index(folder).get("prose", ()))


@functools.lru_cache(maxsize=8)
def published(folder: Path) -> tuple[Published, ...]:
    """The published submissions in ``folder``'s index (none without one); runs that are not
    well formed are left out, as for the shipped files."""
    return tuple(
        Published(
            f["name"], f["sha256"], tuple(_runs(f["runs"])), f["notes"], f.get("notes_only", False)
        )
        for f in _index(folder).get("files", ())
    )


def _runs(raw: list[Any]) -> list[Run]:
    runs = []
    for item in raw:
        try:
            runs.append(Run.model_validate(item))
        except ValidationError:
            continue
    return runs


def main(argv: list[str]) -> None:
    """``python -m grader.load.published DATA ASSIGNMENT_FOLDER``: (re)write the index."""
    data, folder = Path(argv[0]), Path(argv[1])
    assignment = load_file(folder / "assignment.yaml").data["id"]
    (folder / INDEX).write_text(build(data, assignment), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
