"""The SQLite generation cache: complete keys, persistence, merge, concurrent openers, damage on
real files, and rows that do not serve what they claim."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from grader.generate.audit import cache_key
from grader.generate.cache import Cache
from tests.classes import request, stored
from tests.support import ROOT

REQ = request("bundled/tiny-terse", "1+1=?", max_new_tokens=20)


def test_key_covers_request_and_environment() -> None:
    keys = {
        cache_key(REQ, "cpu"),
        cache_key(REQ, "cuda"),
        cache_key(REQ.model_copy(update={"model": "bundled/tiny-chatty"}), "cpu"),
        cache_key(REQ.model_copy(update={"chat": True}), "cpu"),
        cache_key(REQ.model_copy(update={"max_new_tokens": 21}), "cpu"),
    }
    assert len(keys) == 5


DRAGON = stored("A dragon.", "Tell me a story about a dragon.")
PHANTOM = stored("A phantom.", "Tell me a story about a phantom.")


def test_put_get_persist_and_merge(tmp_path: Path) -> None:
    first = Cache(tmp_path / "a.sqlite")
    first.put(*DRAGON)
    first.close()
    again = Cache(tmp_path / "a.sqlite")
    assert again.get(DRAGON[0], DRAGON[1]) == DRAGON[2]
    assert again.get("missing", DRAGON[1]) is None
    other = Cache(tmp_path / "b.sqlite")
    other.put(*PHANTOM)
    other.close()
    assert (
        again.merge_from(tmp_path / "b.sqlite") == 1
        and again.merge_from(tmp_path / "b.sqlite") == 0
    )
    assert again.count() == 2


def _open_and_write(args: tuple[str, int]) -> str:
    try:
        cache = Cache(Path(args[0]))
        cache.put(*stored(f"text {args[1]}", f"prompt {args[1]}"))
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
    cache.put(*DRAGON)
    cache.put(*PHANTOM)
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
    cache.put(*DRAGON)
    assert cache.get(DRAGON[0], DRAGON[1]) == DRAGON[2]
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
            first.put(*DRAGON)
            first.close()

    monkeypatch.setattr(Cache, "_open", first_grader_wins)
    second = Cache(path)
    assert second.warnings == [] and second.get(DRAGON[0], DRAGON[1]) == DRAGON[2]
    assert len(list(tmp_path.glob("c.sqlite.damaged-*"))) == 1  # the first grader's only


def test_many_graders_on_one_damaged_cache_set_it_aside_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"\x00garbage" * 1000)
    code = (
        "import sys; from pathlib import Path; from grader.generate.cache import Cache; "
        "from tests.classes import request, stored; c = Cache(Path(sys.argv[1])); "
        "c.put(*stored('A dragon.', 'p' + sys.argv[2])); print(len(c.warnings)); c.close()"
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
        db.execute("UPDATE generations SET generation = '{broken' WHERE key = ?", (DRAGON[0],))
    db.close()
    cache = Cache(path)
    assert cache.get(DRAGON[0], DRAGON[1]) is None and cache.broken_rows == 1
    assert cache.get(PHANTOM[0], PHANTOM[1]) == PHANTOM[2]
    cache.put(*DRAGON)
    assert cache.get(DRAGON[0], DRAGON[1]) == DRAGON[2]


def _edit(path: Path, key: str, change: Callable[[dict[str, Any]], object]) -> None:
    """Hand-edit one row's generation JSON, as a TA fiddling with the cache would."""
    with sqlite3.connect(path) as db:
        data = json.loads(
            db.execute("SELECT generation FROM generations WHERE key = ?", (key,)).fetchone()[0]
        )
        change(data)
        db.execute("UPDATE generations SET generation = ? WHERE key = ?", (json.dumps(data), key))
    db.close()


def _swap_keys(path: Path) -> None:
    """Swap two rows' keys: each row is now filed under the other's request."""
    with sqlite3.connect(path) as db:
        db.execute("UPDATE generations SET key = 'tmp' WHERE key = ?", (DRAGON[0],))
        db.execute("UPDATE generations SET key = ? WHERE key = ?", (DRAGON[0], PHANTOM[0]))
        db.execute("UPDATE generations SET key = ? WHERE key = 'tmp'", (PHANTOM[0],))
    db.close()


FORGERIES: dict[str, Callable[[Path], object]] = {
    "forged text": lambda p: _edit(p, DRAGON[0], lambda g: g.update(text="A forged answer.")),
    "forged token ids": lambda p: _edit(
        p, DRAGON[0], lambda g: g.update(output_ids=g["output_ids"][:-1] + [5])
    ),
    "a NaN margin": lambda p: _edit(
        p, DRAGON[0], lambda g: g["margins"].__setitem__(0, float("nan"))
    ),
    "margins missing": lambda p: _edit(p, DRAGON[0], lambda g: g.update(margins=[])),
    "rows swapped between keys": _swap_keys,
    "another request's generation": lambda p: _edit(
        p, DRAGON[0], lambda g: g.update(request_key=PHANTOM[1].request_key)
    ),
}


@pytest.mark.parametrize("forge", FORGERIES, ids=list(FORGERIES))
def test_a_row_that_does_not_serve_what_it_claims_is_set_aside(tmp_path: Path, forge: str) -> None:
    path = _filled(tmp_path / "c.sqlite")
    FORGERIES[forge](path)
    cache = Cache(path)
    assert cache.get(DRAGON[0], DRAGON[1]) is None
    assert len(cache.warnings) == 1 and "set aside" in cache.warnings[0]
    cache.put(*DRAGON)  # generated again, it replaces the row
    assert cache.get(DRAGON[0], DRAGON[1]) == DRAGON[2]


def test_a_row_holding_another_request_is_not_served() -> None:
    cache = Cache(None)
    key, req, generation = DRAGON
    cache.put(key, req, generation)
    other = req.model_copy(update={"max_new_tokens": 21})
    assert cache.get(key, other) is None and "another request" in cache.warnings[0]


def test_an_older_cache_is_set_aside_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE generations (key TEXT PRIMARY KEY, request_key TEXT NOT NULL, "
            "model TEXT NOT NULL, generation TEXT NOT NULL)"
        )
    db.close()
    cache = Cache(path)
    assert cache.count() == 0 and "older grader" in cache.warnings[0]
