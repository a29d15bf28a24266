"""Prompt token counts remembered between runs: a repeated validate skips Jinja2 and the
tokenizer, a changed tokenizer file or template is counted again, a damaged file is ignored."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from grader.load import tokens
from grader.models import bundled_path
from tests.support import ROOT

CHAT_RUN = ROOT / "tests" / "data" / "tokens" / "chat_run.yaml"


@pytest.fixture()
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder, and this process's counts forgotten."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tokens.remembered.cache_clear()
    tokens.count.cache_clear()
    yield tmp_path / "cache" / "llm-grader" / "token-counts.json"
    tokens.remembered.cache_clear()
    tokens.count.cache_clear()


def _validate(cache: Path) -> tuple[int, list[str]]:
    """Validate the chat run in a fresh process; its exit code and the heavy modules it imported."""
    code = (
        "import sys; from grader.cli import main; rc = main(['validate', sys.argv[1]]); "
        "print('imported:' + ','.join(m for m in ('jinja2', 'tokenizers') if m in sys.modules)); "
        "sys.exit(rc)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(cache.parents[1])}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(CHAT_RUN)], capture_output=True, text=True, env=env
    )
    imported = proc.stdout.strip().splitlines()[-1].removeprefix("imported:")
    return proc.returncode, [m for m in imported.split(",") if m]


def test_a_repeated_validate_uses_the_remembered_counts(fresh: Path) -> None:
    assert _validate(fresh) == (0, ["jinja2", "tokenizers"])  # counted, then remembered
    assert fresh.is_file() and len(json.loads(fresh.read_text())) == 2  # a plain and a chat run
    assert _validate(fresh) == (0, [])  # nothing to count: neither is imported


@pytest.mark.parametrize("chat", [False, True])
def test_remembered_counts_equal_fresh_ones(fresh: Path, chat: bool) -> None:
    prompt = "Tell me a story about a dragon."
    counted = tokens.count("bundled/tiny-chatty", None, prompt, chat, None)
    tokens.remembered().save()
    tokens.remembered.cache_clear()
    tokens.count.cache_clear()
    assert tokens.count("bundled/tiny-chatty", None, prompt, chat, None) == counted
    assert tokens.remembered().new == {}  # read back, not counted again


def test_a_changed_tokenizer_file_or_template_is_a_new_key(fresh: Path) -> None:
    folder = bundled_path("bundled/tiny-chatty")
    key = tokens._key(folder, "hi", True, None)
    assert tokens._key(folder, "hi", True, "{{ messages[0]['content'] }}") != key
    assert tokens._key(folder, "hi", False, None) != key
    config = folder / "tokenizer_config.json"
    info = config.stat()
    try:
        os.utime(config, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        assert tokens._key(folder, "hi", True, None) != key
    finally:
        os.utime(config, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert tokens._key(folder, "hi", True, None) == key


@pytest.mark.parametrize("damage", [b"\x00\xff not json", b"[1, 2]", b'{"k": "not a count"}'])
def test_a_damaged_file_is_ignored_and_replaced(fresh: Path, damage: bytes) -> None:
    fresh.parent.mkdir(parents=True)
    fresh.write_bytes(damage)
    assert tokens.count("bundled/tiny-terse", None, "1+1=?", False, None) is not None
    tokens.remembered().save()
    saved = json.loads(fresh.read_text())
    assert list(saved.values()) == [tokens.count("bundled/tiny-terse", None, "1+1=?", False, None)]


def test_the_file_keeps_the_newest_entries(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens.Remembered, "LIMIT", 3)
    for i in range(5):
        tokens.count("bundled/tiny-terse", None, f"prompt {i}", False, None)
        tokens.remembered().save()
    kept = json.loads(fresh.read_text())
    newest = tokens._key(bundled_path("bundled/tiny-terse"), "prompt 4", False, None)
    assert len(kept) == 3 and list(kept)[-1] == newest


def test_an_unwritable_cache_folder_costs_only_the_cache(fresh: Path) -> None:
    fresh.parents[1].mkdir(parents=True)
    (fresh.parents[1] / "llm-grader").write_text("a file where the folder should be")
    assert tokens.count("bundled/tiny-terse", None, "1+1=?", False, None) is not None
    tokens.remembered().save()  # no exception: the count is still right, just not remembered
    assert tokens.remembered().new  # kept for a later save
