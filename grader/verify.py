"""``grader verify``: do the stored reference outputs still reproduce here?

A reference set is ``<assignment>/reference/``: ``submissions/*.yaml`` and, for each,
``recorded/<stem>.json`` -- its canonical :class:`Result` (token ids, text, margins, finish,
fingerprint, grades) with timestamps and timings left out, keys sorted, so it diffs well.

Modes (``auto`` picks exact or teacher-forced from the fingerprints, and always adds grades):

* **exact** -- the environment matches the recording: regenerate, require identical token ids.
* **teacher-forced** -- it differs (e.g. recorded fp16 on a GPU, verified fp32 on a CPU): one
  forward pass over prompt + recorded output per generation; each recorded token must be the
  argmax (ok), or within δ of it (fragile, tolerated), else it diverged.
* **grades** -- re-score the recorded generations with the current criteria; no model needed.

A reference set that is itself damaged -- a recording that is not JSON, lacks a field or has an
extra one, runs that no longer match the submission, token ids outside the model's vocabulary,
or no submissions at all -- raises :class:`InvalidReference` naming the file and the field
(exit 5), never a divergence (exit 1). The assignment is the folder above the set, else
``--assignment``, else the id recorded in the results (for a set kept in another repository).

It leaves rendering to :mod:`grader.report.junit` and the CLI.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from grader.errors import Diagnostic, EnvironmentProblem, InvalidReference, UserError
from grader.exits import ExitCode
from grader.generate import fingerprint as fp
from grader.i18n import Lang, T
from grader.load import assignments
from grader.load.assignments import LoadedAssignment
from grader.load.schemas import GenerationSpec
from grader.load.validate import LoadedSubmission, load_submission
from grader.outputs import write_atomic
from grader.plan import request_for
from grader.results import MARGIN_TOLERANCE, SCHEMA_VERSION, Fingerprint, Generation, Result
from grader.score.scorer import score
from grader.textsafe import visible

Mode = Literal["auto", "exact", "teacher-forced", "grades"]


@dataclass
class Case:
    """One verified item: a generation of a reference run, or a submission's grades."""

    name: str
    mode: str
    ok: bool
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Report:
    reference: str
    modes: list[str]
    why: str
    cases: list[Case] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.cases)


def canonical(result: Result) -> str:
    """Stable, diffable JSON of a recorded result (no timestamps or timings)."""
    data = result.model_dump(exclude={"graded_at": True, "generations": {"__all__": {"generate_s"}}})
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def reference_pairs(ref: Path, assignment_ref: str | Path | None = None) -> tuple[LoadedAssignment, list[tuple[LoadedSubmission, Path]]]:
    if not (ref / "submissions").is_dir():
        raise UserError.simple(str(ref), "not a reference set: no submissions/ folder", "参照セットではありません（submissions/ がありません）")
    files = sorted((ref / "submissions").glob("*.yaml"))
    if not files:
        raise InvalidReference.simple(str(ref / "submissions"), "empty reference set: no submissions/*.yaml to verify",
                                      "参照セットが空です（submissions/*.yaml がありません）")
    assignment = assignments.load(_assignment_ref(ref, assignment_ref))
    pairs = []
    for p in files:
        try:  # named relative to the reference set, so a recording does not depend on the working folder
            pairs.append((load_submission(p, assignment, f"submissions/{p.name}"), ref / "recorded" / f"{p.stem}.json"))
        except UserError as exc:
            raise InvalidReference(exc.diagnostics) from None
    return assignment, pairs


def _assignment_ref(ref: Path, given: str | Path | None) -> str | Path:
    """``--assignment``, else the folder above the set, else the assignment id its recordings name."""
    if given is not None:
        return given
    if (ref.parent / assignments.ASSIGNMENT_FILE).is_file():
        return ref.parent
    for path in sorted((ref / "recorded").glob("*.json")):
        try:
            recorded = json.loads(path.read_bytes())
        except (OSError, ValueError):
            continue
        if isinstance(recorded, dict) and isinstance(recorded.get("assignment"), str):
            return str(recorded["assignment"])
    raise UserError.simple(str(ref), "no assignment found for this reference set", "この参照セットの課題が見つかりません",
                           T("pass --assignment ID|PATH", "--assignment ID|PATH を指定してください"))


def current_fingerprint(gen: Generation, device: str) -> dict[str, str]:
    """The current environment's fingerprint fields for ``gen``'s model (no torch import)."""
    revision = None if gen.fingerprint.revision.startswith("sha256:") else gen.fingerprint.revision
    now = fp.before_load(gen.model, revision, device)
    return {k: now[k] for k in fp.FIELDS}


def differences(recorded: Fingerprint, now: dict[str, str]) -> list[str]:
    """Human-readable changes, e.g. ``transformers 5.24.0 -> 5.25.0``, ``threads 2 -> 1``."""
    old = recorded.model_dump()
    return [f"{k} {old[k] or '-'} -> {now[k] or '-'}" for k in fp.FIELDS if old[k] != now[k]]


def verify(ref: Path, mode: Mode = "auto", device: str = "auto", assignment_ref: str | Path | None = None) -> Report:
    """Verify a reference set; raises :class:`EnvironmentProblem` when a model is missing and
    :class:`InvalidReference` when the set itself is damaged."""
    assignment, pairs = reference_pairs(ref, assignment_ref)
    recorded = {sub.file: _consistent(sub, path, _read_recorded(path)) for sub, path in pairs}
    device = fp.resolve_device(device)
    gens = {g.key: g for r in recorded.values() for g in r.generations.values()}
    changes = list(dict.fromkeys(d for g in gens.values() for d in differences(g.fingerprint, current_fingerprint(g, device))))
    if mode == "auto":
        mode = "teacher-forced" if changes else "exact"
        why = ("environment differs: " + "; ".join(changes)) if changes else "fingerprint matches the recording"
    else:
        why = f"requested; environment {'differs: ' + '; '.join(changes) if changes else 'matches'}"
    report = Report(str(ref), [mode] if mode == "grades" else [mode, "grades"], why)
    if mode != "grades":
        _check_generations(report, mode, assignment, pairs, recorded, device)
        cause = "; ".join(changes) or "nothing in the fingerprint changed (nondeterminism, or model files edited in place)"
        for case in report.cases:
            if not case.ok:
                case.message += f" -- likely cause: {cause}"
    started = time.perf_counter()
    report.cases += [_check_grades(assignment, sub, recorded[sub.file]) for sub, _ in pairs]
    report.seconds["grades"] = round(time.perf_counter() - started, 4)
    return report


def _read_recorded(path: Path) -> Result:
    if not path.is_file():
        raise InvalidReference.simple(str(path), "no recording for this reference submission; run grader verify --record",
                                      "この参照提出物の記録がありません。grader verify --record を実行してください")
    try:
        raw = path.read_bytes()
        found = json.loads(raw).get("schema_version")
    except OSError as exc:
        raise InvalidReference.simple(str(path), f"cannot read: {exc.strerror}", f"読めません: {exc.strerror}") from None
    except (ValueError, AttributeError):
        found = SCHEMA_VERSION  # not JSON or not an object: the field check below names it
    if found != SCHEMA_VERSION:
        raise InvalidReference.simple(
            str(path), f"field schema_version: recorded in result schema {found}; this grader reads schema {SCHEMA_VERSION}",
            f"フィールド schema_version: 結果スキーマ {found} で記録されています（この grader はスキーマ {SCHEMA_VERSION}）",
            T("re-record the reference set here: grader verify REFERENCE --record (then review and commit the diff)",
              "参照セットを記録し直してください: grader verify REFERENCE --record（差分を確認してコミット）"))
    try:
        return Result.model_validate_json(raw)
    except OSError as exc:
        raise InvalidReference.simple(str(path), f"cannot read: {exc.strerror}", f"読めません: {exc.strerror}") from None
    except ValidationError as exc:
        raise InvalidReference([_field_problem(path, e) for e in exc.errors(include_url=False)[:5]]) from None


def _field_problem(path: Path, error: Any) -> Diagnostic:
    where = ".".join(str(p) for p in error["loc"]) or "(whole file)"
    if error["type"] == "json_invalid":
        return Diagnostic(file=str(path), message=T(f"not valid JSON ({error['msg']})", f"JSON として壊れています（{error['msg']}）"))
    return Diagnostic(file=str(path), message=T(f"field {where}: {error['msg']}", f"フィールド {where}: {error['msg']}"))


def _consistent(sub: LoadedSubmission, path: Path, result: Result) -> Result:
    """The recording's runs are the submission's (plus the baseline) and each has its generation."""
    want = ["baseline", *(r.name for r in sub.submission.runs)]
    have = [r.name for r in result.runs if r.role != "control"]  # derived controls come from the runs
    problems = []
    if sorted(have) != sorted(want):
        problems.append(f"field runs: recorded runs {have} do not match the submission's {want} (renamed or removed?)")
    problems += [f"field runs.{i}.generation: {r.generation!r} is not in generations"
                 for i, r in enumerate(result.runs) if r.generation not in result.generations]
    if problems:
        raise InvalidReference([Diagnostic(file=str(path), message=T(p, p)) for p in problems])
    return result


def _in_vocabulary(gen: Generation, where: str) -> None:
    """Recorded token ids must exist in the model (an id past the vocabulary is a damaged recording)."""
    revision = None if gen.fingerprint.revision.startswith("sha256:") else gen.fingerprint.revision
    config = json.loads((fp.locate(gen.model, revision).folder / "config.json").read_bytes())
    size = int(config.get("vocab_size") or 0)
    for name in ("prompt_ids", "output_ids"):
        bad = next((i for i, t in enumerate(getattr(gen, name)) if not 0 <= t < size), None) if size else None
        if bad is not None:
            raise InvalidReference.simple(where, f"field {name}[{bad}]: token id {getattr(gen, name)[bad]} is outside "
                                                 f"the vocabulary of {gen.model} (size {size})")


def _check_generations(report: Report, mode: str, assignment: LoadedAssignment,
                       pairs: list[tuple[LoadedSubmission, Path]], recorded: dict[str, Result], device: str) -> None:
    from grader.generate.engine import Engine

    engine = Engine(device)
    delta = assignment.assignment.fragile_margin
    started = time.perf_counter()
    seen: dict[tuple[str, str], Case] = {}  # the baseline is shared: check each generation once
    for sub, _ in pairs:
        result = recorded[sub.file]
        for run in result.runs:
            gen = result.generations[run.generation]
            _in_vocabulary(gen, f"recorded/{Path(sub.file).stem}.json: generations.{run.generation}")
            spec = GenerationSpec(model=run.model, prompt=run.prompt, chat=run.chat,
                                  max_new_tokens=run.max_new_tokens, max_length=run.max_length)
            req = request_for(spec, assignment.assignment)
            name = f"{Path(sub.file).stem}.{run.name}"
            memo = (req.key, gen.model_dump_json())
            if memo not in seen:
                seen[memo] = (_exact(engine, req, gen, name) if mode == "exact" else _forced(engine, req, gen, name, delta))
            report.cases.append(Case(name, seen[memo].mode, seen[memo].ok, seen[memo].message, dict(seen[memo].counts)))
    report.seconds[mode] = round(time.perf_counter() - started, 4)


def _exact(engine: Any, req: Any, gen: Generation, name: str) -> Case:
    now = engine.generate(req)
    if now.prompt_ids != gen.prompt_ids:
        return Case(name, "exact", False, "prompt token ids differ (tokenizer or chat template changed)")
    if now.output_ids == gen.output_ids:
        return Case(name, "exact", True, f"{len(gen.output_ids)} tokens identical")
    pos = next((i for i, (a, b) in enumerate(zip(now.output_ids, gen.output_ids)) if a != b),
               min(len(now.output_ids), len(gen.output_ids)))
    got = now.output_ids[pos] if pos < len(now.output_ids) else None
    want = gen.output_ids[pos] if pos < len(gen.output_ids) else None
    margin = gen.margins[pos] if pos < len(gen.margins) else None
    return Case(name, "exact", False, f"diverged at token {pos}: recorded {want}, now {got} (recorded margin {margin})")


def _forced(engine: Any, req: Any, gen: Generation, name: str, delta: float) -> Case:
    _, prompt_ids = engine.render(req)
    if prompt_ids != gen.prompt_ids:
        return Case(name, "teacher-forced", False, "prompt token ids differ (tokenizer or chat template changed)")
    steps = engine.teacher_force(req, gen.prompt_ids, gen.output_ids)
    fragile = [s for s in steps if 0 < s.gap <= delta]
    diverged = [s for s in steps if s.gap > delta]
    counts = {"tokens": len(steps), "argmax": len(steps) - len(fragile) - len(diverged),
              "fragile_tolerated": len(fragile), "diverged": len(diverged)}
    if diverged:
        s = diverged[0]
        msg = f"diverged at token {s.position}: recorded {s.recorded}, argmax now {s.argmax} ({s.gap:.3f} logits > δ {delta})"
        return Case(name, "teacher-forced", False, msg, counts)
    return Case(name, "teacher-forced", True, f"{len(steps)} tokens: {len(fragile)} fragile within δ {delta}", counts)


def _check_grades(assignment: LoadedAssignment, sub: LoadedSubmission, recorded: Result) -> Case:
    gens = {run.name: recorded.generations[run.generation] for run in recorded.runs}
    now = score(assignment, sub.submission, gens, sub.file, sub.sha256)
    before = {c.id: (c.status, c.points) for c in recorded.criteria}
    after = {c.id: (c.status, c.points) for c in now.criteria}
    changed = [f"{cid}: {before.get(cid)} -> {after.get(cid)}" for cid in sorted(set(before) | set(after))
               if before.get(cid) != after.get(cid)]
    if recorded.verdict != now.verdict:
        changed.append(f"verdict: {recorded.verdict} -> {now.verdict}")
    name = f"{Path(sub.file).stem}.grades"
    if not changed:
        return Case(name, "grades", True, f"{len(after)} criteria unchanged")
    return Case(name, "grades", False, "; ".join(changed) + " -- likely cause: " + _scoring_cause(recorded, now))


def _scoring_cause(recorded: Result, now: Result) -> str:
    """Which part of the scoring signature changed (the generations are the recorded ones here)."""
    old = recorded.scoring.model_dump() if recorded.scoring else {}
    new = now.scoring.model_dump() if now.scoring else {}
    diffs = [f"{k} {str(old.get(k) or '-')[:12]} -> {str(new[k] or '-')[:12]}" for k in new if old.get(k) != new[k]]
    return "the criteria changed: " + ("; ".join(diffs) if diffs else "scoring code (same signature)")


def record_reference(ref: Path, device: str = "auto", assignment_ref: str | Path | None = None) -> list[str]:
    """(Re)record every reference submission; returns what changed against the old recording."""
    from grader.generate.cache import Cache
    from grader.outputs import clean_stale_tmp
    from grader.pipeline import Batch, run

    assignment, pairs = reference_pairs(ref, assignment_ref)
    clean_stale_tmp(ref / "recorded")
    results: list[Result] = []
    cache = Cache(None)
    run(Batch(assignment=assignment, cache=cache, device=device, on_result=results.append),
        {sub.submission.student.id: sub for sub, _ in pairs})
    cache.close()
    by_file = {r.file: r for r in results}
    changes = []
    for sub, path in pairs:
        result = by_file[sub.file]
        if result.status != "graded":
            raise EnvironmentProblem(result.errors[0].message, result.errors[0].hint)
        old, why = _previous(path)
        if old is not None and _equivalent(old, result):
            continue  # margins within MARGIN_TOLERANCE: keep the file, so the recording does not churn
        changes.append(f"{path.name}: {why if old is None else _summarise(old, result)}")
        write_atomic(path, canonical(result))
    return changes


def _previous(path: Path) -> tuple[Result | None, str]:
    """The recording being replaced, or None and why there is none to compare with."""
    if not path.is_file():
        return None, "new"
    try:
        return _read_recorded(path), ""
    except UserError as exc:
        return None, f"replaced ({exc.diagnostics[0].message.en})"
    except ValueError:
        return None, "replaced (unreadable)"


def _equivalent(old: Result, new: Result) -> bool:
    """Same recording: equal but for the timestamp, margins within :data:`MARGIN_TOLERANCE`."""
    skip = {"graded_at", "generations"}
    return (old.model_dump(exclude=skip) == new.model_dump(exclude=skip) and old.generations.keys() == new.generations.keys()
            and all(old.generations[k].matches(new.generations[k]) for k in new.generations))


def _summarise(old: Result, new: Result) -> str:
    parts = []
    for run in new.runs:
        before = next((r for r in old.runs if r.name == run.name), None)
        was = old.generations[before.generation] if before is not None else None
        now = new.generations[run.generation]
        if was is None or was.output_ids != now.output_ids:
            parts.append(f"{run.name} tokens changed")
        elif was.margin_drift(now) > MARGIN_TOLERANCE:
            parts.append(f"{run.name} margins moved by up to {was.margin_drift(now):.4f}")
    parts += [f"{c.id} {o.status}->{c.status}" for c in new.criteria for o in old.criteria if o.id == c.id and o.status != c.status]
    old_fp = {g.fingerprint.key() for g in old.generations.values()}
    if old_fp != {g.fingerprint.key() for g in new.generations.values()}:
        parts.append("fingerprint changed")
    skip = {"runs", "generations", "criteria", "graded_at"}
    before, after = old.model_dump(exclude=skip), new.model_dump(exclude=skip)
    parts += [f"{key} changed" for key in sorted(after) if before.get(key) != after[key]]
    return ", ".join(parts) or "formatting only"


def verify_command(ref: Path, *, mode: Mode, record: bool, junit: Path | None, json_out: Path | None,
                   device: str, lang: Lang, assignment: str | None = None) -> int:
    """CLI entry: 0 verified, 1 a real divergence, 3 cannot be checked here, 5 a damaged or empty
    reference set (both raised)."""
    from grader.report.junit import junit_xml

    if record:
        changes = record_reference(ref, device, assignment)
        print("\n".join(changes) if changes else "recording unchanged", file=sys.stderr)
        return ExitCode.PASSED
    report = verify(ref, mode, device, assignment)
    for case in report.cases:
        print(visible(f"{'ok  ' if case.ok else 'FAIL'} [{case.mode}] {case.name}: {case.message}"))
    totals = {k: sum(c.counts.get(k, 0) for c in report.cases) for k in ("argmax", "fragile_tolerated", "diverged")}
    print(visible(f"modes: {', '.join(report.modes)} ({report.why})"))
    if "teacher-forced" in report.modes:
        print("teacher-forced tokens: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"{sum(c.ok for c in report.cases)}/{len(report.cases)} verified; seconds {report.seconds}")
    if junit is not None:
        write_atomic(junit, junit_xml(report))
    if json_out is not None:
        data = {"reference": report.reference, "modes": report.modes, "why": report.why, "ok": report.ok,
                "seconds": report.seconds, "totals": totals, "cases": [c.__dict__ for c in report.cases]}
        write_atomic(json_out, json.dumps(data, indent=2, ensure_ascii=False))
    return ExitCode.PASSED if report.ok else ExitCode.FAILED
