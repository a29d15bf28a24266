"""A reference set on disk: its submissions and recordings, read, checked and (re)recorded.

A reference set is ``<assignment>/reference/``: ``submissions/*.yaml`` and, for each,
``recorded/<stem>.json`` -- its canonical :class:`Result` (token ids, text, margins, finish,
fingerprint, grades) with timestamps and timings left out, keys sorted, so it diffs well.

A set that is itself damaged -- a recording that is not JSON, of another result schema, lacks a
field or has an extra one, runs that no longer match the submission, token ids outside the
model's vocabulary, or no submissions at all -- raises :class:`InvalidReference` naming the file
and the field (exit 5). The assignment is the folder above the set, else ``--assignment``, else
the id recorded in the results (for a set kept in another repository). Comparing a recording
with this machine is :mod:`grader.commands.verify`'s business.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from grader.commands.assignment import load_assignment
from grader.load import assignments
from grader.load.assignments import LoadedAssignment
from grader.load.validate import LoadedSubmission, load_submission
from grader.results import MARGIN_TOLERANCE, SCHEMA_VERSION, Result
from grader.util.errors import Diagnostic, EnvironmentProblem, InvalidReference, UserError
from grader.util.files import write_atomic
from grader.util.i18n import T


def canonical(result: Result) -> str:
    """Stable, diffable JSON of a recorded result (no timestamps or timings)."""
    data = result.model_dump(
        exclude={"graded_at": True, "generations": {"__all__": {"generate_s"}}}
    )
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def reference_pairs(
    ref: Path, assignment_ref: str | Path | None = None
) -> tuple[LoadedAssignment, list[tuple[LoadedSubmission, Path]]]:
    if not (ref / "submissions").is_dir():
        raise UserError.simple(
            str(ref),
            "not a reference set: no submissions/ folder",
            "参照セットではありません（submissions/ がありません）",
        )
    files = sorted((ref / "submissions").glob("*.yaml"))
    if not files:
        raise InvalidReference.simple(
            str(ref / "submissions"),
            "empty reference set: no submissions/*.yaml to verify",
            "参照セットが空です（submissions/*.yaml がありません）",
        )
    orphans = sorted(
        p.name
        for p in (ref / "recorded").glob("*.json")
        if not (ref / "submissions" / f"{p.stem}.yaml").is_file()
    )
    if orphans:
        raise InvalidReference.simple(
            str(ref / "recorded"),
            f"recordings without their submission: {', '.join(orphans)} (removed or renamed?)",
            f"提出物のない記録があります: {', '.join(orphans)}（削除か名前の変更？）",
            T(
                "restore the submission, or remove the recording and review the diff",
                "提出物を戻すか、記録を削除して差分を確認してください",
            ),
        )
    assignment = load_assignment(_assignment_ref(ref, assignment_ref))
    pairs = []
    for p in files:
        # named relative to the reference set, so a recording does not depend on the working folder
        try:
            pairs.append(
                (
                    load_submission(p, assignment, f"submissions/{p.name}", reference=True),
                    ref / "recorded" / f"{p.stem}.json",
                )
            )
        except UserError as exc:
            raise InvalidReference(exc.diagnostics) from None
    return assignment, pairs


def _assignment_ref(ref: Path, given: str | Path | None) -> str | Path:
    """``--assignment``, else the folder above the set, else the id its recordings name."""
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
    raise UserError.simple(
        str(ref),
        "no assignment found for this reference set",
        "この参照セットの課題が見つかりません",
        T("pass --assignment ID|PATH", "--assignment ID|PATH を指定してください"),
    )


def read_recorded(path: Path) -> Result:
    if not path.is_file():
        raise InvalidReference.simple(
            str(path),
            "no recording for this reference submission; run grader verify --record",
            "この参照提出物の記録がありません。grader verify --record を実行してください",
        )
    try:
        raw = path.read_bytes()
        found = json.loads(raw).get("schema_version")
    except OSError as exc:
        raise InvalidReference.simple(
            str(path), f"cannot read: {exc.strerror}", f"読めません: {exc.strerror}"
        ) from None
    except (ValueError, AttributeError):
        found = SCHEMA_VERSION  # not JSON or not an object: the field check below names it
    if found != SCHEMA_VERSION:
        raise InvalidReference.simple(
            str(path),
            f"field schema_version: recorded in result schema {found}; this grader reads schema "
            f"{SCHEMA_VERSION}",
            f"フィールド schema_version: 結果スキーマ {found} で記録されています（この grader "
            f"はスキーマ {SCHEMA_VERSION}）",
            T(
                "re-record the reference set here: grader verify REFERENCE --record (then review "
                "and commit the diff)",
                "参照セットを記録し直してください: grader verify REFERENCE "
                "--record（差分を確認してコミット）",
            ),
        )
    try:
        return Result.model_validate_json(raw)
    except OSError as exc:
        raise InvalidReference.simple(
            str(path), f"cannot read: {exc.strerror}", f"読めません: {exc.strerror}"
        ) from None
    except ValidationError as exc:
        raise InvalidReference(
            [_field_problem(path, e) for e in exc.errors(include_url=False)[:5]]
        ) from None


def _field_problem(path: Path, error: Any) -> Diagnostic:
    where = ".".join(str(p) for p in error["loc"]) or "(whole file)"
    if error["type"] == "json_invalid":
        return Diagnostic(
            file=str(path),
            message=T(
                f"not valid JSON ({error['msg']})", f"JSON として壊れています（{error['msg']}）"
            ),
        )
    return Diagnostic(
        file=str(path),
        message=T(f"field {where}: {error['msg']}", f"フィールド {where}: {error['msg']}"),
    )


def record_reference(
    ref: Path, device: str = "auto", assignment_ref: str | Path | None = None
) -> list[str]:
    """(Re)record every reference submission; returns what changed against the old recording."""
    from grader.generate.cache import Cache
    from grader.pipeline import Job, run
    from grader.util.files import clean_stale_tmp

    assignment, pairs = reference_pairs(ref, assignment_ref)
    clean_stale_tmp(ref / "recorded")
    results: list[Result] = []
    cache = Cache(None)
    run(
        Job(assignment=assignment, cache=cache, device=device, on_result=results.append),
        [sub for sub, _ in pairs],
    )
    cache.close()
    by_file = {r.file: r for r in results}
    changes = []
    for sub, path in pairs:
        result = by_file[sub.file]
        if result.status != "graded":
            raise EnvironmentProblem(result.errors[0].message, result.errors[0].hint)
        old, why = _previous(path)
        if old is not None and _equivalent(old, result):
            continue  # margins within MARGIN_TOLERANCE: keep the file, the recording stays
        changes.append(f"{path.name}: {why if old is None else _summarise(old, result)}")
        write_atomic(path, canonical(result))
    return changes


def _previous(path: Path) -> tuple[Result | None, str]:
    """The recording being replaced, or None and why there is none to compare with."""
    if not path.is_file():
        return None, "new"
    try:
        return read_recorded(path), ""
    except UserError as exc:
        return None, f"replaced ({exc.diagnostics[0].message.en})"
    except ValueError:
        return None, "replaced (unreadable)"


def _equivalent(old: Result, new: Result) -> bool:
    """Same recording: equal but for the timestamp, margins within :data:`MARGIN_TOLERANCE`."""
    skip = {"graded_at", "generations"}
    return (
        old.model_dump(exclude=skip) == new.model_dump(exclude=skip)
        and old.generations.keys() == new.generations.keys()
        and all(old.generations[k].matches(new.generations[k]) for k in new.generations)
    )


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
    for c in new.criteria:
        o = next((o for o in old.criteria if o.id == c.id), None)
        if o is not None and o.status != c.status:
            parts.append(f"{c.id} {o.status}->{c.status}")
        elif o is not None and o != c:  # same verdict, other words: the evidence or the hint
            parts.append(f"{c.id} evidence changed")
    old_fp = {g.fingerprint.key() for g in old.generations.values()}
    if old_fp != {g.fingerprint.key() for g in new.generations.values()}:
        parts.append("fingerprint changed")
    skip = {"runs", "generations", "criteria", "graded_at"}
    old_top, new_top = old.model_dump(exclude=skip), new.model_dump(exclude=skip)
    parts += [f"{key} changed" for key in sorted(new_top) if old_top.get(key) != new_top[key]]
    return ", ".join(parts) or "formatting only"
