"""The test factories, in one place: hand-written generations and criterion contexts for the pure
score tests, and hand-built results for the renderer tests (no model runs in either)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Literal

from grader.load.schemas import GenerationSpec, Student
from grader.plan import GenerationRequest
from grader.results import ClassSummary, CriterionResult, Fingerprint, Generation, Result, RunResult
from grader.score.context import Context, RunView
from grader.score.similar import corpus_key
from grader.util.errors import Diagnostic
from grader.util.i18n import T
from tests.support import ROOT

FP = Fingerprint(
    model="m",
    revision="r",
    tokenizer_hash="t",
    chat_template_hash="",
    dtype="float32",
    device="cpu",
    device_name="cpu",
    torch="2",
    transformers="5",
    tokenizers="0",
    cuda="",
    attn_implementation="sdpa",
    grader="0",
)
DRAGON = "Tell me a story about a dragon."
STORY = (
    "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch who "
    "guarded gold"
)

Finish = Literal["eos", "length"]
"""How a generation ended."""


def gen(text: str, tokens: int | None = None, finish: Finish = "eos") -> Generation:
    """A generation of ``text``: ``tokens`` tokens (default: its word count), EOS when finished."""
    n = tokens if tokens is not None else len(text.split())
    ids = list(range(3, 3 + n)) + ([2] if finish == "eos" else [])
    return Generation(
        request_key=text[:8],
        model="m",
        prompt="p",
        chat=False,
        rendered_prompt="p",
        prompt_ids=[1],
        output_ids=ids,
        text=text,
        pieces=[text],
        finish=finish,
        max_new_tokens=80,
        margins=[1.0] * len(ids),
        runner_up_ids=[0] * len(ids),
        generate_s=0.0,
        preview=True,
        fingerprint=FP,
    )


def spec(
    model: str = "chatty",
    prompt: str = DRAGON,
    max_length: int | None = 100,
    max_new_tokens: int | None = None,
    chat: bool = False,
) -> GenerationSpec:
    return GenerationSpec(
        model=model,
        prompt=prompt,
        chat=chat,
        max_length=max_length if max_new_tokens is None else None,
        max_new_tokens=max_new_tokens,
    )


BASE = RunView("baseline", spec(), gen(STORY, 90, "length"), role="baseline")


def run(
    name: str = "r",
    model: str = "chatty",
    prompt: str = DRAGON,
    text: str = STORY,
    tokens: int | None = None,
    finish: Finish = "eos",
    goal: str | None = None,
    compare_to: str | None = None,
    max_length: int | None = 100,
    max_new_tokens: int | None = None,
    chat: bool = False,
) -> RunView:
    return RunView(
        name,
        spec(model, prompt, max_length, max_new_tokens, chat),
        gen(text, tokens, finish),
        goal=goal,
        compare_to=compare_to,
    )


def control(
    of: str,
    text: str = STORY,
    tokens: int | None = None,
    finish: Finish = "length",
    model: str = "chatty",
    prompt: str = DRAGON,
    max_new_tokens: int = 80,
) -> RunView:
    """A derived control (the compared run's prompt at the goal run's model and budget)."""
    return RunView(
        f"control:{of}",
        spec(model, prompt, None, max_new_tokens),
        gen(text, tokens, finish),
        role="control",
    )


def ctx(
    *runs: RunView,
    notes: str | None = None,
    controls: dict[str, RunView] | None = None,
    topic: tuple[str, ...] = ("dragon", "ドラゴン", "竜"),
    shipped_notes: tuple[str, ...] = (),
    baseline: RunView = BASE,
) -> Context:
    """A context of ``runs``; ``shipped_notes`` are texts whose sentences are not the student's."""
    return Context(
        runs=list(runs),
        baseline=baseline,
        controls=controls or {},
        notes=notes,
        topic=topic,
        corpus=corpus_key(shipped_notes),
    )


# ------------------------------------------------------------ results for the renderers

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


# --- class folders and grade outputs (test_grade, test_merge) ---

BAD = ROOT / "tests" / "data" / "bad"


def submission_text(
    sid: str, prompt: str = "Tell me a story about a dragon in one sentence.", budget: int = 40
) -> str:
    """A valid ex1-offline submission of ``sid``: a shared terse run and a goal run with
    ``prompt``, both with ``budget`` new tokens."""
    return (
        f'assignment: ex1-offline\nstudent: {{id: "{sid}"}}\nruns:\n'
        '  - name: terse\n    model: bundled/tiny-terse\n    prompt: "Tell me a story about a '
        f'dragon."\n    max_new_tokens: {budget}\n'
        f'  - name: mine\n    model: bundled/tiny-chatty\n    prompt: "{prompt}"\n    '
        f"max_new_tokens: {budget}\n    goal: concise\n"
        "notes: "
        "モデルとプロンプトを変えて出力の変化を確かめ、一文で答えるよう指示して短い回答を得た。\n"
    )


BRIEF = "Tell me a story about a dragon. Answer briefly."


def passing_text(sid: str, goal_prompt: str = BRIEF) -> str:
    """An ex1-offline submission of ``sid`` that does the exercise as the pass example does, in
    runs of its own (its own wording of the Japanese request, so not a copy: a budget of its own
    would not do): part 1 with the other model, part 2 with a concise run of ``goal_prompt`` and
    a Japanese run."""
    return (
        f'assignment: ex1-offline\nstudent: {{id: "{sid}"}}\nruns:\n'
        "  - name: terse\n    model: bundled/tiny-terse\n"
        '    prompt: "Tell me a story about a dragon."\n    max_length: 100\n'
        "    compare_to: baseline\n"
        f'  - name: brief\n    model: bundled/tiny-chatty\n    prompt: "{goal_prompt}"\n'
        "    max_new_tokens: 60\n    goal: concise\n"
        "  - name: ja\n    model: bundled/tiny-chatty\n"
        '    prompt: "Tell me a story about a dragon. Answer in Japanese."\n'
        "    max_new_tokens: 60\n    goal: japanese\n"
        "notes: |\n  モデルを tiny-terse に変えると物語が短くなった。tiny-chatty に短く答えるよう"
        "頼むと一文になり、日本語でと頼むと日本語で答えた。\n"
    )


def student_file(
    folder: Path,
    sid: str,
    prompt: str = "Tell me a story about a dragon in one sentence.",
    budget: int = 40,
    name: str | None = None,
) -> Path:
    """:func:`submission_text` of ``sid`` written in ``folder``."""
    path = folder / (name or f"{sid}.yaml")
    path.write_text(submission_text(sid, prompt, budget), encoding="utf-8")
    return path


def class_folder(tmp_path: Path) -> Path:
    """Six valid students (four share prompts), one invalid file, two files claiming one id."""
    folder = tmp_path / "class"
    (folder / "late").mkdir(parents=True)
    for i in range(4):
        student_file(folder, f"s{i}")
    student_file(folder, "s4", "1+1=? Answer with just the number.")
    student_file(folder / "late", "s5", "Tell me a story about a phantom in one sentence.")
    (folder / "broken.yaml").write_bytes((BAD / "sampling.yaml").read_bytes())
    student_file(folder, "dup", name="dup-a.yaml")
    student_file(folder, "dup", name="dup-b.yaml")
    return folder


def summary(out: Path) -> dict[str, Any]:
    """A grade run's ``summary.json``, read through its typed model (so every test that reads it
    also checks it is a valid, versioned ClassSummary)."""
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    return ClassSummary.model_validate(data).model_dump()


def stable_results(out: Path) -> dict[str, dict[str, Any]]:
    """Every per-student result without timestamps and timings."""
    exclude: dict[str, Any] = {"graded_at": True, "generations": {"__all__": {"generate_s"}}}
    return {
        p.name: Result.model_validate_json(p.read_bytes()).model_dump(exclude=exclude)
        for p in sorted((out / "results").glob("*.json"))
    }


def damage_cache(cache: Path, kind: str) -> None:
    """Damage a cache file: truncated, random bytes, a foreign schema, a broken JSON row, every
    row's text forged, or two rows swapped between keys."""
    if kind == "truncated":
        raw = cache.read_bytes()
        cache.write_bytes(raw[: len(raw) // 2 + 100])
    elif kind == "random bytes":
        cache.write_bytes(os.urandom(8192))
    elif kind == "foreign schema":
        cache.unlink()
        with sqlite3.connect(cache) as db:
            db.execute("CREATE TABLE generations (id INTEGER PRIMARY KEY, blob BLOB)")
            db.execute("INSERT INTO generations VALUES (1, x'00')")
        db.close()
    elif kind == "forged text":  # every row's text hand-edited
        with sqlite3.connect(cache) as db:
            db.execute(
                "UPDATE generations SET generation = "
                "json_set(generation, '$.text', 'A forged answer, the same for everyone.')"
            )
        db.close()
    elif kind == "rows swapped":  # two rows filed under each other's keys
        with sqlite3.connect(cache) as db:
            (a,), (b,) = db.execute("SELECT key FROM generations LIMIT 2").fetchall()
            db.execute("UPDATE generations SET key = 'swap' WHERE key = ?", (a,))
            db.execute("UPDATE generations SET key = ? WHERE key = ?", (a, b))
            db.execute("UPDATE generations SET key = ? WHERE key = 'swap'", (b,))
        db.close()
    else:
        with sqlite3.connect(cache) as db:
            db.execute("UPDATE generations SET generation = '{\"key\": ' WHERE rowid = 1")
        db.close()


# --- requests and cache rows (test_engine, test_cache, test_shards, test_scale) ---


def request(
    model: str = "bundled/tiny-chatty",
    prompt: str = "Tell me a story about a dragon.",
    chat: bool = False,
    max_new_tokens: int | None = 300,
    max_length: int | None = None,
) -> GenerationRequest:
    """A generation request with the assignment's defaults (no revision, the tokenizer's own
    chat template)."""
    return GenerationRequest(
        model=model,
        revision=None,
        prompt=prompt,
        chat=chat,
        chat_template=None,
        max_new_tokens=max_new_tokens,
        max_length=max_length,
    )


def stored(
    text: str, prompt: str = "1+1=?", model: str = "bundled/tiny-terse", device: str = "cpu"
) -> tuple[str, GenerationRequest, Generation]:
    """A cache row as grading stores it: the request, a generation that answers it (``text`` as
    real token ids of the bundled tokenizer, so it decodes back), and its key in this
    environment."""
    from tokenizers import Tokenizer

    from grader.generate import fingerprint as fp
    from grader.generate.audit import cache_key
    from grader.models import bundled_path

    req = request(model, prompt, max_new_tokens=20)
    tok = Tokenizer.from_file(str(bundled_path(model) / "tokenizer.json"))
    ids = tok.encode(text, add_special_tokens=False).ids
    env = fp.before_load(model, None, device)
    generation = Generation(
        request_key=req.request_key,
        model=model,
        prompt=prompt,
        chat=False,
        rendered_prompt=prompt,
        prompt_ids=[1],
        output_ids=ids,
        text=tok.decode(ids, skip_special_tokens=True),
        pieces=[""] * len(ids),
        finish="length",
        max_new_tokens=20,
        margins=[1.0] * len(ids),
        runner_up_ids=[0] * len(ids),
        preview=True,
        fingerprint=Fingerprint(
            model=model, chat_template_hash="", attn_implementation="sdpa", **env
        ),
    )
    return cache_key(req, device), req, generation
