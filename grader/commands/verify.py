"""``grader verify``: do the stored reference outputs still reproduce here?

Reading, checking and recording a reference set is :mod:`grader.commands.reference`'s; this module
compares a recording with this machine.

Modes (``auto`` picks exact or teacher-forced from the fingerprints, and always adds grades):

* **exact** -- the environment matches the recording: regenerate, require identical token ids.
* **teacher-forced** -- it differs (e.g. recorded fp16 on a GPU, verified fp32 on a CPU): one
  forward pass over prompt + recorded output per generation; each recorded token must be the
  argmax (ok), or within δ of it (fragile, tolerated), else it diverged.
* **grades** -- re-score the recorded generations with the current criteria; no model needed.

A damaged set raises :class:`InvalidReference` (exit 5), never a divergence (exit 1).

It leaves rendering to :mod:`grader.report.junit` and the CLI.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from grader.commands.integrity import check_recording, tokens_in_place
from grader.commands.reference import read_recorded, reference_pairs
from grader.generate import fingerprint as fp
from grader.generate.device import resolve_device
from grader.load.assignments import LoadedAssignment
from grader.load.validate import LoadedSubmission
from grader.plan import GenerationRequest, request_for
from grader.results import MARGIN_TOLERANCE, Case, Fingerprint, Generation, Result, VerifyReport
from grader.score.scorer import score
from grader.util.files import write_atomic

if TYPE_CHECKING:  # the engine imports torch: only where generations are checked
    from grader.generate.engine import Engine

Mode = Literal["auto", "exact", "teacher-forced", "grades"]


def current_fingerprint(gen: Generation, device: str) -> dict[str, str]:
    """The current environment's fingerprint fields for ``gen``'s model (no torch import)."""
    revision = None if gen.fingerprint.revision.startswith("sha256:") else gen.fingerprint.revision
    now = fp.before_load(gen.model, revision, device)
    return {k: now[k] for k in fp.FIELDS}


def differences(recorded: Fingerprint, now: dict[str, str]) -> list[str]:
    """Human-readable changes, e.g. ``transformers 5.24.0 -> 5.25.0``, ``threads 2 -> 1``."""
    old = recorded.model_dump()
    return [f"{k} {old[k] or '-'} -> {now[k] or '-'}" for k in fp.FIELDS if old[k] != now[k]]


def verify(
    ref: Path, mode: Mode = "auto", device: str = "auto", assignment_ref: str | Path | None = None
) -> VerifyReport:
    """Verify a reference set; raises :class:`EnvironmentProblem` when a model is missing and
    :class:`InvalidReference` when the set itself is damaged."""
    assignment, pairs = reference_pairs(ref, assignment_ref)
    recorded = {
        sub.file: check_recording(sub, path, read_recorded(path), assignment) for sub, path in pairs
    }
    for sub, _ in pairs:  # the whole set is checked before any model is loaded
        result = recorded[sub.file]
        for run in result.runs:
            tokens_in_place(
                result.generations[run.generation],
                f"recorded/{Path(sub.file).stem}.json: generations.{run.generation}",
            )
    device = resolve_device(device)
    gens = {g.request_key: g for r in recorded.values() for g in r.generations.values()}
    changes = list(
        dict.fromkeys(
            d
            for g in gens.values()
            for d in differences(g.fingerprint, current_fingerprint(g, device))
        )
    )
    if mode == "auto":
        mode = "teacher-forced" if changes else "exact"
        why = (
            ("environment differs: " + "; ".join(changes))
            if changes
            else "fingerprint matches the recording"
        )
    else:
        why = f"requested; environment {'differs: ' + '; '.join(changes) if changes else 'matches'}"
    report = VerifyReport(
        reference=str(ref), modes=[mode] if mode == "grades" else [mode, "grades"], why=why
    )
    if mode != "grades":
        _check_generations(report, mode, assignment, pairs, recorded, device)
        cause = (
            "; ".join(changes)
            or "nothing in the fingerprint changed (nondeterminism, or model files edited in place)"
        )
        for case in report.cases:
            if not case.ok:
                case.message += f" -- likely cause: {cause}"
    started = time.perf_counter()
    report.cases += [_check_grades(assignment, sub, recorded[sub.file]) for sub, _ in pairs]
    report.seconds["grades"] = round(time.perf_counter() - started, 4)
    return report


def _check_generations(
    report: VerifyReport,
    mode: str,
    assignment: LoadedAssignment,
    pairs: list[tuple[LoadedSubmission, Path]],
    recorded: dict[str, Result],
    device: str,
) -> None:
    from grader.generate.engine import Engine

    engine = Engine(device)
    delta = assignment.assignment.fragile_margin
    started = time.perf_counter()
    seen: dict[tuple[str, str], Case] = {}  # the baseline is shared: check each generation once
    for sub, _ in pairs:
        result = recorded[sub.file]
        for run in result.runs:
            gen = result.generations[run.generation]
            spec = run.spec()
            req = request_for(spec, assignment.assignment)
            name = f"{Path(sub.file).stem}.{run.name}"
            memo = (req.request_key, gen.model_dump_json())
            if memo not in seen:
                seen[memo] = (
                    _exact(engine, req, gen, name)
                    if mode == "exact"
                    else _forced(engine, req, gen, name, delta)
                )
            report.cases.append(seen[memo].model_copy(update={"name": name}, deep=True))
    report.seconds[mode] = round(time.perf_counter() - started, 4)


def _exact(engine: Engine, req: GenerationRequest, gen: Generation, name: str) -> Case:
    now = engine.generate(req)
    if now.prompt_ids != gen.prompt_ids:
        return Case(
            name=name,
            mode="exact",
            ok=False,
            message="prompt token ids differ (tokenizer or chat template changed)",
        )
    if now.output_ids == gen.output_ids:
        drift = gen.margin_drift(now)
        if drift > MARGIN_TOLERANCE:
            return Case(
                name=name,
                mode="exact",
                ok=False,
                message=f"{len(gen.output_ids)} tokens identical, but the recorded margins are "
                f"off by up to {drift:.4f} logits (> {MARGIN_TOLERANCE})",
            )
        return Case(
            name=name, mode="exact", ok=True, message=f"{len(gen.output_ids)} tokens identical"
        )
    pos = next(
        (i for i, (a, b) in enumerate(zip(now.output_ids, gen.output_ids, strict=False)) if a != b),
        min(len(now.output_ids), len(gen.output_ids)),
    )
    got = now.output_ids[pos] if pos < len(now.output_ids) else None
    want = gen.output_ids[pos] if pos < len(gen.output_ids) else None
    margin = gen.margins[pos] if pos < len(gen.margins) else None
    return Case(
        name=name,
        mode="exact",
        ok=False,
        message=f"diverged at token {pos}: recorded {want}, now {got} (recorded margin {margin})",
    )


def _forced(
    engine: Engine, req: GenerationRequest, gen: Generation, name: str, delta: float
) -> Case:
    _, prompt_ids = engine.render(req)
    if prompt_ids != gen.prompt_ids:
        return Case(
            name=name,
            mode="teacher-forced",
            ok=False,
            message="prompt token ids differ (tokenizer or chat template changed)",
        )
    steps = engine.teacher_force(req, gen.prompt_ids, gen.output_ids)
    fragile = [s for s in steps if 0 < s.gap <= delta]
    diverged = [s for s in steps if s.gap > delta]
    counts = {
        "tokens": len(steps),
        "argmax": len(steps) - len(fragile) - len(diverged),
        "fragile_tolerated": len(fragile),
        "diverged": len(diverged),
    }
    if diverged:
        s = diverged[0]
        msg = (
            f"diverged at token {s.position}: recorded {s.recorded}, argmax now {s.argmax} "
            f"({s.gap:.3f} logits > δ {delta})"
        )
        return Case(name=name, mode="teacher-forced", ok=False, message=msg, counts=counts)
    # where the recorded token is still the argmax, its recorded margin is the model's margin
    off = [abs(s.margin - gen.margins[s.position]) for s in steps if s.gap == 0]
    if off and max(off) > delta:
        msg = (
            f"the recorded margins disagree with the model's at {sum(d > delta for d in off)} "
            f"tokens (up to {max(off):.3f} logits > δ {delta})"
        )
        return Case(name=name, mode="teacher-forced", ok=False, message=msg, counts=counts)
    return Case(
        name=name,
        mode="teacher-forced",
        ok=True,
        message=f"{len(steps)} tokens: {len(fragile)} fragile within δ {delta}",
        counts=counts,
    )


def _check_grades(assignment: LoadedAssignment, sub: LoadedSubmission, recorded: Result) -> Case:
    gens = {run.name: recorded.generations[run.generation] for run in recorded.runs}
    now = score(assignment, sub, gens)
    before: dict[str, object] = {c.id: (c.status, c.points) for c in recorded.criteria}
    after: dict[str, object] = {c.id: (c.status, c.points) for c in now.criteria}
    before["total"], after["total"] = (recorded.score, recorded.passed), (now.score, now.passed)
    changed = [
        f"{cid}: {before.get(cid)} -> {after.get(cid)}"
        for cid in sorted(set(before) | set(after))
        if before.get(cid) != after.get(cid)
    ]
    if recorded.verdict != now.verdict:
        changed.append(f"verdict: {recorded.verdict} -> {now.verdict}")
    name = f"{Path(sub.file).stem}.grades"
    if not changed:
        return Case(name=name, mode="grades", ok=True, message=f"{len(after)} criteria unchanged")
    return Case(
        name=name,
        mode="grades",
        ok=False,
        message="; ".join(changed) + " -- likely cause: " + _scoring_cause(recorded, now),
    )


def _scoring_cause(recorded: Result, now: Result) -> str:
    """Which part of the scoring signature changed (the generations are the recorded ones here)."""
    old = recorded.scoring.model_dump() if recorded.scoring else {}
    new = now.scoring.model_dump() if now.scoring else {}
    diffs = [
        f"{k} {str(old.get(k) or '-')[:12]} -> {str(new[k] or '-')[:12]}"
        for k in new
        if old.get(k) != new[k]
    ]
    return "the criteria changed: " + (
        "; ".join(diffs) if diffs else "scoring code (same signature)"
    )


def write_reports(
    report: VerifyReport, junit: Path | None = None, json_out: Path | None = None
) -> None:
    """Write ``report`` as JUnit XML and/or JSON (atomically), where asked."""
    from grader.report.junit import junit_xml

    if junit is not None:
        write_atomic(junit, junit_xml(report))
    if json_out is not None:
        write_atomic(json_out, report.model_dump_json(indent=2))
