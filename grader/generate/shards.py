"""Shard caches checked whole before ``merge`` joins them.

A shard is refused, by name and before anything is merged, when it is not a usable cache (not
SQLite, a foreign or older schema, corrupt) or when any row fails the audit every cache hit
passes (:mod:`grader.generate.audit`: unreadable, another request, filed under another key, a
text its token ids do not give). Shards made in different environments (another thread count,
other CPU kernels, another GPU kind) would give different tokens for the same request: they are
refused together, naming what differs, unless the TA allows it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pydantic import ValidationError

from grader.generate import audit
from grader.generate.cache import Damaged, check_schema
from grader.plan import GenerationRequest
from grader.results import Generation

Env = tuple[tuple[str, str], ...]
"""A row's model and environment as a hashable value: ``("model", name)`` then the fingerprint's
fields, in order (two models' revisions differ by nature; one model's must not)."""


def shard_problems(path: Path) -> tuple[list[str], set[Env]]:
    """Why ``path`` cannot be merged (empty: it can), and the environments its rows record."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=60)
    except sqlite3.Error as exc:
        return [str(exc)], set()
    try:
        check_schema(db)
        if not db.execute("SELECT name FROM sqlite_master WHERE name = 'generations'").fetchone():
            return ["no generations table"], set()
        return _rows(db)
    except Damaged as exc:
        return [str(exc)], set()
    except sqlite3.Error as exc:
        return [str(exc)], set()
    finally:
        db.close()


def _rows(db: sqlite3.Connection) -> tuple[list[str], set[Env]]:
    problems, envs = [], set()
    for key, request_key, model, blob, request in db.execute(
        "SELECT key, request_key, model, generation, request FROM generations"
    ):
        try:
            gen = Generation.model_validate_json(blob)
            req = GenerationRequest.model_validate_json(request)
        except (ValidationError, ValueError, TypeError) as exc:
            problems.append(f"row {str(key)[:16]}: unreadable ({str(exc).splitlines()[0]})")
            continue
        found = audit.row_problems(key, req, gen)
        if (gen.request_key, gen.model) != (request_key, model):
            found.append("its columns disagree with the generation it holds")
        problems += [f"row {str(key)[:16]}: {why}" for why in found]
        envs.add((("model", gen.model), *audit.env_of(gen).items()))
    return problems, envs


def differences(envs: set[Env]) -> list[str]:
    """What differs between the environments of one model, e.g. ``threads 2 / 1``."""
    fields: dict[str, set[str]] = {}
    for env in envs:
        model = env[0][1]
        for name, value in env[1:]:
            label = f"{name} of {model}" if name in _PER_MODEL else name
            fields.setdefault(label, set()).add(value)
    return [
        f"{name} {' / '.join(sorted(v or '-' for v in values))}"
        for name, values in fields.items()
        if len(values) > 1
    ]


_PER_MODEL = ("revision", "tokenizer_hash", "generation_config")
"""Fingerprint fields that belong to a model, compared between rows of the same model only."""
