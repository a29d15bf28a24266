"""What ships with an assignment that a student could copy: the template, the examples and the
reference submissions (of the assignment and of the one it ``extends``), and the texts whose
sentences are not a student's own (the READMEs, the assignment's description).

Files are read leniently: a template's placeholders make it invalid as a submission, so only its
well-formed runs are kept. Comparing a submission with them is the grading layer's business
(:mod:`grader.score.similar`); refusing an example's reserved id is :mod:`grader.load.validate`'s.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from grader.load.schemas import Run
from grader.load.strict_yaml import load_file
from grader.util.errors import UserError

TEMPLATE_FILE = "template.yaml"
Kind = Literal["template", "example", "reference"]


@dataclass(frozen=True)
class Shipped:
    """A submission file shipped with an assignment, as grading compares against it."""

    name: str
    """How it is named: ``examples/pass.yaml``, or ``ex1/examples/pass.yaml`` for the parent's."""
    kind: Kind
    path: Path
    """Where it is (resolved)."""
    sha256: str
    """Its bytes' hash: an example is itself only with these very bytes at this path."""
    runs: tuple[Run, ...]
    """Its well-formed runs."""
    student_id: str | None
    """The id it uses (an example's is reserved)."""
    notes: str | None


def _files(folder: Path) -> list[tuple[Kind, Path]]:
    return [
        ("template", folder / TEMPLATE_FILE),
        *(("example", p) for p in sorted((folder / "examples").glob("*.yaml"))),
        *(("reference", p) for p in sorted((folder / "reference" / "submissions").glob("*.yaml"))),
    ]


def shipped_files(folder: Path, parent: Path | None = None) -> dict[str, Shipped]:
    """The shipped submissions of an assignment folder and of the folder it extends, by name
    (``examples/pass.yaml``; ``ex1/examples/pass.yaml`` for the parent's)."""
    found: dict[str, Shipped] = {}
    bases = [(folder, "")] + ([(parent, f"{parent.name}/")] if parent is not None else [])
    for base, prefix in bases:
        for kind, path in _files(base):
            name = prefix + path.relative_to(base).as_posix()
            item = _read(name, kind, path)
            if item is not None:
                found[name] = item
    return found


def _read(name: str, kind: Kind, path: Path) -> Shipped | None:
    try:
        located = load_file(path) if path.is_file() else None
    except UserError:
        return None
    data = located.data if located is not None else None
    if not isinstance(data, dict):
        return None
    runs = []
    for raw in data.get("runs") or []:
        try:
            runs.append(Run.model_validate(raw))
        except ValidationError:
            continue
    student = data.get("student")
    sid = student.get("id") if isinstance(student, dict) else None
    notes = data.get("notes")
    return Shipped(
        name=name,
        kind=kind,
        path=path.resolve(),
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        runs=tuple(runs),
        student_id=sid if isinstance(sid, str) else None,
        notes=notes if isinstance(notes, str) else None,
    )


def comments(path: Path) -> str:
    """The comment lines of a shipped YAML file, without their ``#``: the template's guidance
    is no student's notes (rt34)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(
        line.strip().lstrip("#").strip() for line in lines if line.strip().startswith("#")
    )


EXERCISE_FILE = "exercise.md"
"""The exercise as the course states it, beside an assignment (ex1 quotes the tutorial)."""
COURSE_FILES = (EXERCISE_FILE, "tutorial.md")
"""The course's own texts beside an assignment: the exercise, and the tutorial it comes from."""


def exercise_texts(*folders: Path | None) -> tuple[str, ...]:
    """The exercise statements and the course's tutorial in the assignment's folder and its
    parent's, whose sentences are no student's notes (rt38: the tutorial's 課題1 pasted as
    notes; rt45-08: its other paragraphs)."""
    paths = [f / name for f in folders if f is not None for name in COURSE_FILES]
    # a link read as its text, as the page shows it: "[uv](https://...)" is pasted as "uv"
    return tuple(_MD_LINK.sub(r"\1", p.read_text(encoding="utf-8")) for p in paths if p.is_file())


_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")


def guide_texts() -> tuple[str, ...]:
    """The project's READMEs (English and Japanese), whose sentences are not a student's notes:
    from the source tree, or from the installed package's description."""
    root = Path(__file__).resolve().parents[2]
    texts = [
        path.read_text(encoding="utf-8")
        for path in (root / "README.md", root / "README.ja.md")
        if path.is_file()
    ]
    # the bundled models' cards ship in the package (rt51-07 pasted them as notes)
    package = Path(__file__).resolve().parents[1]
    cards = sorted((package / "models" / "bundled").glob("*/README.md"))
    # the interface's own words: the fields' docs the submission schema shows, the commands'
    # help (rt55-08/09 pasted them as notes)
    interface = [package / "load" / "schemas.py", *sorted((package / "cli").glob("*.py"))]
    texts += [path.read_text(encoding="utf-8") for path in [*cards, *interface]]
    if not texts:
        try:
            texts.append(importlib.metadata.metadata("llm-grader")["Description"] or "")
        except importlib.metadata.PackageNotFoundError:
            pass
    return tuple(texts)
