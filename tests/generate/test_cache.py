"""The SQLite generation cache: complete keys, persistence, merge, and concurrent openers."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from grader.generate.cache import Cache, cache_key
from grader.plan import GenerationRequest
from tests.factories import gen

REQ = GenerationRequest(model="bundled/tiny-terse", revision=None, prompt="1+1=?", chat=False, chat_template=None,
                        max_new_tokens=20, max_length=None)


def test_key_covers_request_and_environment() -> None:
    keys = {cache_key(REQ, "cpu"), cache_key(REQ, "cuda"), cache_key(REQ.model_copy(update={"model": "bundled/tiny-chatty"}), "cpu"),
            cache_key(REQ.model_copy(update={"chat": True}), "cpu"), cache_key(REQ.model_copy(update={"max_new_tokens": 21}), "cpu")}
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
    assert again.merge_from(tmp_path / "b.sqlite") == 1 and again.merge_from(tmp_path / "b.sqlite") == 0
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
