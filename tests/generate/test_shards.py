"""generate.shards: a shard is merged only whole, with every row audited, and shards of one
environment only (unless the TA allows mixing)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.commands.merge import merge
from grader.generate.audit import env_of, key_of
from grader.generate.cache import Cache
from grader.generate.shards import shard_problems
from grader.util.errors import UserError
from tests.classes import stored

ROWS = [stored("A dragon.", "Tell me about a dragon."), stored("Two.", "1+1=?")]


def _shard(path: Path, device: str = "cpu", threads: str | None = None) -> Path:
    cache = Cache(path)
    for key, req, gen in ROWS:
        if threads is not None:
            gen = gen.model_copy(
                update={"fingerprint": gen.fingerprint.model_copy(update={"threads": threads})}
            )
            key = key_of(req, env_of(gen))
        cache.put(key, req, gen)
    cache.close()
    return path


def _sql(statement: str) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        with sqlite3.connect(path) as db:
            db.execute(statement)
        db.close()

    return damage


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda p: p.write_bytes(b"\x00" * 5000), "not a database"),
        (_sql("UPDATE generations SET model = 'other'"), "columns disagree"),
        (_sql("UPDATE generations SET generation = '[]'"), "unreadable"),
        (_sql("UPDATE generations SET key = key || 'x'"), "filed under another request's key"),
        (
            _sql("UPDATE generations SET request = (SELECT request FROM generations LIMIT 1)"),
            "another request",
        ),
        (
            _sql("UPDATE generations SET generation = replace(generation, 'A dragon.', 'Forged.')"),
            "its text is not what its token ids decode to",
        ),
    ],
)
def test_shard_problems(tmp_path: Path, damage: Callable[[Path], object], problem: str) -> None:
    path = _shard(tmp_path / "shard.sqlite")
    assert shard_problems(path)[0] == []
    damage(path)
    assert any(problem in p for p in shard_problems(path)[0]), shard_problems(path)


def test_a_forged_shard_is_refused_and_nothing_is_merged(tmp_path: Path) -> None:
    good, bad = _shard(tmp_path / "a.sqlite"), _shard(tmp_path / "b.sqlite")
    _sql("UPDATE generations SET generation = replace(generation, 'Two.', 'Three.')")(bad)
    with pytest.raises(UserError) as info:
        merge(tmp_path / "out", [good, bad])
    assert (
        "b.sqlite" in info.value.render("en") and not (tmp_path / "out" / "cache.sqlite").exists()
    )


def test_shards_of_different_environments_are_refused_unless_allowed(tmp_path: Path) -> None:
    two, one = (
        _shard(tmp_path / "a.sqlite", threads="2"),
        _shard(tmp_path / "b.sqlite", threads="1"),
    )
    with pytest.raises(UserError) as info:
        merge(tmp_path / "out", [two, one])
    assert "different environments: threads 1 / 2" in info.value.render("en")
    merged = merge(tmp_path / "out", [two, one], allow_mixed=True)
    assert merged.total == 4 and "threads 1 / 2" in merged.notices[-1]
