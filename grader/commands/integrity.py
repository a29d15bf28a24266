"""Is a recording whole? Every check that makes a damaged reference set exit 5, not a divergence.

A recording holds the submission's runs (the baseline and its derived controls too), a
generation for each, the grades and their totals. It is whole when it is the recording of its
submission (the same student, the same runs, every derived control), when each run's model is one
the assignment allows and is the model its generation and fingerprint name, when each generation
is coherent (its prompt and chat setting, finite margins one per token, token ids inside the
vocabulary, a text those ids decode to), and when its totals add up (score, maximum, pending,
``passed`` = a passed verdict). Comparing it with this machine is :mod:`grader.commands.verify`'s.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from grader.load import model_files, tokens
from grader.load.assignments import LoadedAssignment
from grader.load.controls import CONTROL_PREFIX
from grader.load.validate import LoadedSubmission
from grader.results import Generation, Result, RunResult
from grader.util.errors import Diagnostic, InvalidReference
from grader.util.i18n import T


def check_recording(
    sub: LoadedSubmission, path: Path, result: Result, assignment: LoadedAssignment
) -> Result:
    """``result`` when it is the whole recording of ``sub``; InvalidReference naming every
    problem otherwise."""
    problems = _identity(sub, result) + _models(result, assignment) + _totals(result)
    problems += [p for run in result.runs for p in _coherent(run, result)]
    if problems:
        raise InvalidReference([Diagnostic(file=str(path), message=T(p, p)) for p in problems])
    return result


def _identity(sub: LoadedSubmission, result: Result) -> list[str]:
    found = []
    if result.student is None or result.student.id != sub.submission.student.id:
        recorded = result.student.id if result.student else None
        found.append(
            f"field student.id: recorded {recorded!r}, the submission's is "
            f"{sub.submission.student.id!r}"
        )
    want = ["baseline", *(r.name for r in sub.submission.runs)]
    have = [r.name for r in result.runs if r.role != "control"]
    if sorted(have) != sorted(want):
        found.append(
            f"field runs: recorded runs {have} do not match the submission's {want} (renamed or "
            "removed?)"
        )
    controls = {r.name for r in result.runs if r.role == "control"}
    found += [
        f"field runs: the derived control {CONTROL_PREFIX + name!r} is missing"
        for name in sub.controls
        if CONTROL_PREFIX + name not in controls
    ]
    found += [
        f"field runs.{i}.generation: {r.generation!r} is not in generations"
        for i, r in enumerate(result.runs)
        if r.generation not in result.generations
    ]
    return found


def _models(result: Result, assignment: LoadedAssignment) -> list[str]:
    allowed = {m.name for m in assignment.assignment.models}
    found = []
    for i, run in enumerate(result.runs):
        gen = result.generations.get(run.generation)
        if run.model not in allowed:
            found.append(f"field runs.{i}.model: {run.model!r} is not a model of the assignment")
        elif gen is not None and not (run.model == gen.model == gen.fingerprint.model):
            found.append(
                f"field generations.{run.generation}: its model or fingerprint model is not "
                f"{run.model!r}, the run's"
            )
    return found


def _coherent(run: RunResult, result: Result) -> list[str]:
    gen = result.generations.get(run.generation)
    if gen is None:
        return []
    where = f"field generations.{gen.request_key}"
    found = []
    if (gen.prompt, gen.chat) != (run.prompt, run.chat):
        found.append(f"{where}: its prompt or chat setting is not run {run.name!r}'s")
    lengths = {len(gen.output_ids), len(gen.margins), len(gen.runner_up_ids), len(gen.pieces)}
    if len(lengths) != 1:
        found.append(f"{where}: margins, runner-up ids and pieces are not one per token")
    if not all(math.isfinite(m) for m in gen.margins):
        found.append(f"{where}: a margin is not a finite number")
    return found


def _totals(result: Result) -> list[str]:
    found = []
    sums = {
        "score": sum(c.points for c in result.criteria),
        "max_score": sum(c.max_points for c in result.criteria),
        "pending_points": sum(c.max_points for c in result.criteria if c.status == "not_evaluated"),
    }
    for field, total in sums.items():
        if abs(getattr(result, field) - total) > 1e-6:
            found.append(f"field {field}: {getattr(result, field)} is not the criteria's {total:g}")
    if result.passed != (result.verdict == "passed"):
        found.append(
            f"field passed: {result.passed} does not follow the verdict {result.verdict!r}"
        )
    return found


def tokens_in_place(gen: Generation, where: str) -> None:
    """The recorded token ids exist in the model (one past the vocabulary is damage) and decode
    to the recorded text with the model's own tokenizer."""
    revision = None if gen.fingerprint.revision.startswith("sha256:") else gen.fingerprint.revision
    folder = model_files.locate(gen.model, revision).folder
    config = json.loads((folder / "config.json").read_bytes())
    size = int(config.get("vocab_size") or 0)
    for name in ("prompt_ids", "output_ids"):
        ids = getattr(gen, name)
        bad = next((i for i, t in enumerate(ids) if not 0 <= t < size), None) if size else None
        if bad is not None:
            raise InvalidReference.simple(
                where,
                f"field {name}[{bad}]: token id {ids[bad]} is outside the vocabulary of "
                f"{gen.model} (size {size})",
            )
    decoded = tokens.decode(gen.model, revision, gen.output_ids)
    if decoded is not None and decoded != gen.text:
        raise InvalidReference.simple(
            where, "field text: it is not what the recorded output_ids decode to"
        )
