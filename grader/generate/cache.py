"""A persistent generation cache in SQLite, shared safely by several processes.

The key is complete by construction: the request (model, pinned revision, prompt, chat flag and
template override, budget) plus the resolved model revision, the tokenizer files' hash (which
fixes the rendered prompt and its token ids for a given transformers version), dtype, device
kind and name, torch/transformers/tokenizers/CUDA versions and the grader version. lm-eval's
cache once forgot the model (its #2715); a key built from the fingerprint cannot.

Computing a key imports no torch, so a warm regrade never loads a model. WAL mode and a busy
timeout let concurrent graders (shards on one machine) share one file; every ``put`` commits,
so a killed run keeps what it generated.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

from grader.generate import fingerprint as fp
from grader.plan import GenerationRequest
from grader.results import Generation

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY,
    request_key TEXT NOT NULL,
    model TEXT NOT NULL,
    generation TEXT NOT NULL
)
"""


def cache_key(req: GenerationRequest, device: str) -> str:
    """Full cache key of ``req`` in this environment (no torch import)."""
    blob = json.dumps({"request": req.model_dump(), "env": fp.before_load(req.model, req.revision, device)}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


class Cache:
    """Key -> :class:`Generation`, persisted in one SQLite file (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None) -> None:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path) if path else ":memory:", timeout=60, isolation_level=None)
        self._db.execute("PRAGMA busy_timeout = 60000")
        self._setup(wal=path is not None)

    def _setup(self, wal: bool) -> None:
        """Switch to WAL and create the table; retried because, on a brand-new file, SQLite may
        answer 'database is locked' to concurrent openers without waiting on the busy timeout."""
        deadline = time.monotonic() + 60
        while True:
            try:
                if wal:
                    self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, key: str) -> Generation | None:
        row = self._db.execute("SELECT generation FROM generations WHERE key = ?", (key,)).fetchone()
        return Generation.model_validate_json(row[0]) if row else None

    def put(self, key: str, generation: Generation) -> None:
        self._db.execute("INSERT OR REPLACE INTO generations VALUES (?, ?, ?, ?)",
                         (key, generation.key, generation.model, generation.model_dump_json()))

    def merge_from(self, other: Path) -> int:
        """Copy every entry of another cache file (a shard's) into this one; returns rows added."""
        before = self.count()
        self._db.execute("ATTACH DATABASE ? AS other", (str(other),))
        try:
            self._db.execute("INSERT OR IGNORE INTO generations SELECT * FROM other.generations")
        finally:
            self._db.execute("DETACH DATABASE other")
        return self.count() - before

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM generations").fetchone()[0])

    def close(self) -> None:
        self._db.close()
