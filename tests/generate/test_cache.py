"""The SQLite generation cache: complete keys, persistence, merge, concurrent openers, and damage on
real files."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.generate.cache import Cache, cache_key, shard_problems
from grader.plan import GenerationRequest
from tests.factories import gen
from tests.support import ROOT

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
    except Exception as exc:
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


def _foreign(path: Path) -> None:
    """Replace the cache with an SQLite file of another program's schema."""
    path.unlink()
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (x)")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(p.read_bytes()[:6000]), "malformed"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "not a database"),
        (
            _foreign,
            "foreign schema",
        ),
    ],
)
def test_a_damaged_file_is_set_aside_with_a_warning(
    tmp_path: Path, damage: Callable[[Path], object], reason: str
) -> None:
    path = _filled(tmp_path / "c.sqlite")
    damage(path)
    cache = Cache(path)
    assert cache.count() == 0 and len(cache.warnings) == 1 and reason in cache.warnings[0]
    cache.put("k1", gen("A dragon."))
    assert cache.get("k1") == gen("A dragon.")
    assert [p.name.split(".damaged-")[0] for p in tmp_path.glob("c.sqlite.damaged-*")] == [
        "c.sqlite"
    ]


def test_a_damage_another_grader_already_set_aside_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two graders find the same damaged file; the first sets it aside and starts a fresh cache.
    The second, which saw the damaged file, must not set the first one's fresh cache aside."""
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    real_open = Cache._open

    def first_grader_wins(self: Cache) -> None:
        monkeypatch.setattr(Cache, "_open", real_open)  # once: the second open is real
        try:
            real_open(self)
        finally:  # meanwhile the first grader replaced the damaged file with its fresh cache
            first = Cache(path)
            first.put("k1", gen("A dragon."))
            first.close()

    monkeypatch.setattr(Cache, "_open", first_grader_wins)
    second = Cache(path)
    assert second.warnings == [] and second.get("k1") == gen("A dragon.")
    assert len(list(tmp_path.glob("c.sqlite.damaged-*"))) == 1  # the first grader's only


def test_many_graders_on_one_damaged_cache_set_it_aside_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    code = (
        "import sys; from pathlib import Path; from grader.generate.cache import Cache; "
        "from tests.factories import gen; c = Cache(Path(sys.argv[1])); "
        "c.put('k' + sys.argv[2], gen('A dragon.')); print(len(c.warnings)); c.close()"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(path), str(i)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for i in range(6)
    ]
    warned = [int(p.communicate()[0].strip()) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(warned) == 1 and len(list(tmp_path.glob("c.sqlite.damaged-*"))) == 1
    assert Cache(path).count() == 6  # every grader's generation is in the one fresh cache


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
def test_shard_problems(tmp_path: Path, damage: Callable[[Path], object], problem: str) -> None:
    path = _filled(tmp_path / "shard.sqlite")
    assert shard_problems(path) == []
    damage(path)
    assert any(problem in p for p in shard_problems(path))
