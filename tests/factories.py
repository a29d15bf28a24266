"""Hand-built results for the renderer tests (no model runs): fingerprints, generations,
criterion results, and graded or invalid :class:`~grader.results.Result` s. Criterion contexts
are :mod:`tests.contexts`; class folders and cache rows :mod:`tests.classes`."""

from __future__ import annotations

from typing import Any, Literal

from grader.load.schemas import Student
from grader.results import CriterionResult, Fingerprint, Generation, Result, RunResult
from grader.util.errors import Diagnostic
from grader.util.i18n import T
from tests.contexts import Finish

XSS = "<script>alert(1)</script>"


def fingerprint(device: str = "cuda") -> Fingerprint:
    cpu = device == "cpu"
    return Fingerprint(
        model="bundled/tiny",
        revision="sha256:abc",
        tokenizer_hash="tok123",
        chat_template_hash="",
        dtype="float32" if cpu else "float16",
        device=device,
        device_name="Fake CPU" if cpu else "NVIDIA H100",
        torch="2.13.0",
        transformers="5.0.0",
        tokenizers="0.22.0",
        cuda="" if cpu else "12.8",
        attn_implementation="sdpa",
        grader="0.1.0",
    )


def generation(
    key: str,
    pieces: list[str],
    margins: list[float] | None = None,
    finish: Finish = "eos",
    device: str = "cuda",
    prompt: str = "p",
) -> Generation:
    margins = margins if margins is not None else [5.0] * len(pieces)
    return Generation(
        request_key=key,
        model="bundled/tiny",
        prompt=prompt,
        chat=False,
        rendered_prompt=prompt,
        prompt_ids=[1, 2],
        output_ids=list(range(10, 10 + len(pieces))),
        text="".join(pieces),
        pieces=pieces,
        finish=finish,
        max_new_tokens=len(pieces) if finish == "length" else 32,
        margins=margins,
        runner_up_ids=[900 + i for i in range(len(pieces))],
        generate_s=0.1,
        preview=device == "cpu",
        fingerprint=fingerprint(device),
    )


def criterion(
    cid: str,
    passed: bool = True,
    points: float = 2.0,
    visibility: Literal["public", "hidden"] = "public",
    evaluated: bool = True,
    evidence: str = "evidence text",
    required: bool = False,
) -> CriterionResult:
    status: Literal["passed", "failed", "not_evaluated"] = (
        ("passed" if passed else "failed") if evaluated else "not_evaluated"
    )
    return CriterionResult(
        id=cid,
        title=T(f"Title of {cid}", f"{cid} の題"),
        type="contains" if visibility == "public" else None,
        visibility=visibility,
        status=status,
        points=points if passed and evaluated else 0.0,
        max_points=points,
        evidence=T(evidence),
        details={},
        required=required,
    )


def graded(
    sid: str = "s001",
    name: str | None = "Taro",
    criteria: list[CriterionResult] | None = None,
    preview: bool = False,
    run_pieces: list[str] | None = None,
    **extra: Any,
) -> Result:
    device = "cpu" if preview else "cuda"
    base = generation("kbase", ["The", " cat", " sat", "."], device=device)
    mine = generation(
        "kmine",
        run_pieces or ["The", " dog", " sat", "."],
        [5.0, 0.1, 5.0, 5.0],
        finish="length",
        device=device,
    )
    crits = criteria if criteria is not None else [criterion("c1"), criterion("c2", passed=False)]
    score, maximum = sum(c.points for c in crits), sum(c.max_points for c in crits)
    pending = sum(c.max_points for c in crits if c.status == "not_evaluated")
    verdict = (
        (
            "passed"
            if score >= 0.6 * maximum
            else "pending"
            if score + pending >= 0.6 * maximum
            else "failed"
        )
        if maximum > 0
        else "failed"
    )
    fields: dict[str, Any] = dict(
        grader_version="0.1.0",
        status="graded",
        file=f"subs/{sid}.yaml",
        sha256="ab" * 32,
        assignment="ex1",
        assignment_title=T("Prompt basics", "プロンプトの基本"),
        student=Student(id=sid, name=name),
        file_key=sid,
        runs=[
            RunResult(
                name="baseline",
                role="baseline",
                model="bundled/tiny",
                prompt="Say something",
                chat=False,
                max_new_tokens=32,
                max_length=None,
                compare_to=None,
                goal=None,
                generation="kbase",
            ),
            RunResult(
                name="mine",
                model="bundled/tiny",
                prompt="Say a dog",
                chat=True,
                max_new_tokens=None,
                max_length=64,
                compare_to=None,
                goal="mention a dog",
                generation="kmine",
            ),
        ],
        generations={"kbase": base, "kmine": mine},
        criteria=crits,
        score=score,
        max_score=maximum,
        pending_points=pending,
        pass_threshold=0.6,
        verdict=verdict,
        passed=verdict == "passed",
        preview=preview,
        fragile_margin=0.5,
        notes="My notes",
        graded_at="2025-01-01T00:00:00+00:00",
    )
    fields.update(extra)
    return Result(**fields)


def invalid(
    file: str = "subs/bad.yaml",
    message: str = "runs: field required",
    status: Literal["invalid", "error"] = "invalid",
    sid: str | None = None,
) -> Result:
    return Result(
        grader_version="0.1.0",
        status=status,
        file=file,
        sha256="cd" * 32,
        assignment="ex1",
        student=Student(id=sid) if sid else None,
        errors=[
            Diagnostic(
                file=file,
                line=3,
                col=5,
                message=T(message, "必須の項目がありません"),
                hint=T("add it"),
            )
        ],
    )
