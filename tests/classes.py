"""Class folders, grade outputs and cache rows for the command tests: a student's file, the
six-student class (:func:`class_folder`), what ``grade`` wrote (:func:`summary`,
:func:`stable_results`), a damaged cache, and requests and stored rows."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from grader.plan import GenerationRequest
from grader.results import ClassSummary, Fingerprint, Generation, Result
from tests.support import ROOT

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
    assert data["schema_version"] == 3
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
