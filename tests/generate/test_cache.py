"""The SQLite generation cache: complete keys, persistence, merge, concurrent openers, and damage on
real files."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from grader.generate.cache import Cache, cache_key, shard_problems
from grader.plan import GenerationRequest
from tests.factories import gen

REQ = GenerationRequest(
    model="bundled/tiny-terse",
    revision=None,
    prompt="1+1=?",
    chat=False,
    chat_template=None,
    max_new_tokens=20,
    max_length=None,
)


def test_key_covers_request_and_environment() -> None:
    keys = {
        cache_key(REQ, "cpu"),
        cache_key(REQ, "cuda"),
        cache_key(REQ.model_copy(update={"model": "bundled/tiny-chatty"}), "cpu"),
        cache_key(REQ.model_copy(update={"chat": True}), "cpu"),
        cache_key(REQ.model_copy(update={"max_new_tokens": 21}), "cpu"),
    }
    assert len(keys) == 5


def test_put_get_persist_and_merge(tmp_path: Path) -> None:
    first = Cache(tmp_path / "a.sqlite")
    first.put("k1", gen("A dragon."))
    first.close()
    again = Cache(tmp_path / "a.sqlite")
    assert again.get("k1") == gen("A dragon.") and again.get("missing") is None
    other = Cache(tmp_path / "b.sqlite")
    other.put("k2", gen("A phantom."))
    other.close()
    assert (
        again.merge_from(tmp_path / "b.sqlite") == 1
        and again.merge_from(tmp_path / "b.sqlite") == 0
    )
    assert again.count() == 2


def _open_and_write(args: tuple[str, int]) -> str:
    try:
        cache = Cache(Path(args[0]))
        cache.put(f"k{args[1]}", gen(f"text {args[1]}"))
        cache.close()
    except Exception as exc:  # noqa: BLE001  (reported to the parent)
        return repr(exc)
    return "ok"


def test_many_processes_open_a_new_cache_at_once(tmp_path: Path) -> None:
    for round_ in range(5):
        path = str(tmp_path / f"c{round_}.sqlite")
        with multiprocessing.get_context("fork").Pool(6) as pool:
            assert pool.map(_open_and_write, [(path, i) for i in range(6)]) == ["ok"] * 6
        assert Cache(Path(path)).count() == 6


def _filled(path: Path) -> Path:
    cache = Cache(path)
    cache.put("k1", gen("A dragon."))
    cache.put("k2", gen("A phantom."))
    cache.close()
    return path


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[:6000]), "malformed"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "not a database"),
        (
            lambda p: (
                p.unlink(),
                sqlite3.connect(p).execute("CREATE TABLE notes (x)").connection.commit(),
            ),
            "foreign schema",
        ),
    ],
)
def test_a_damaged_file_is_set_aside_with_a_warning(tmp_path: Path, damage, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = _filled(tmp_path / "c.sqlite")
    damage(path)
    cache = Cache(path)
    assert cache.count() == 0 and len(cache.warnings) == 1 and reason in cache.warnings[0]
    cache.put("k1", gen("A dragon."))
    assert cache.get("k1") == gen("A dragon.")
    assert [p.name.split(".damaged-")[0] for p in tmp_path.glob("c.sqlite.damaged-*")] == [
        "c.sqlite"
    ]


def test_a_broken_row_is_a_miss_then_overwritten(tmp_path: Path) -> None:
    path = _filled(tmp_path / "c.sqlite")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE generations SET generation = '{broken' WHERE key = 'k1'")
    db.close()
    cache = Cache(path)
    assert (
        cache.get("k1") is None and cache.broken_rows == 1 and cache.get("k2") == gen("A phantom.")
    )
    cache.put("k1", gen("A dragon."))
    assert cache.get("k1") == gen("A dragon.")


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda p: p.write_bytes(b"\x00" * 5000), "not a database"),
        (
            lambda p: (
                sqlite3.connect(p)
                .execute("UPDATE generations SET model = 'other'")
                .connection.commit()
            ),
            "columns disagree",
        ),
        (
            lambda p: (
                sqlite3.connect(p)
                .execute("UPDATE generations SET generation = '[]'")
                .connection.commit()
            ),
            "unreadable generation",
        ),
    ],
)
def test_shard_problems(tmp_path: Path, damage, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = _filled(tmp_path / "shard.sqlite")
    assert shard_problems(path) == []
    damage(path)
    assert any(problem in p for p in shard_problems(path))
