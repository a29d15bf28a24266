"""Output files: atomic, permissions from the umask, and temporary files of killed runs cleaned."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.util.errors import UserError
from grader.util.files import clean_stale_tmp, confined, file_key, write_atomic
from grader.util.textsafe import display_name


@pytest.mark.parametrize(
    ("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600), (0o027, 0o640)]
)
def test_files_honour_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        path = write_atomic(tmp_path / "reports" / "index.html", "<p>hi</p>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == mode and path.read_text() == "<p>hi</p>"


def test_only_temporary_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    alive = subprocess.Popen(["sleep", "60"])
    try:
        files = {
            "stale": tmp_path / "results" / f".s1.json.{dead.pid}-x1y2.tmp",
            "busy": tmp_path / f".grades.csv.{alive.pid}-a1b2.tmp",
            "foreign": tmp_path / ".notes.tmp",
            "result": tmp_path / "results" / "s1.json",
        }
        for path in files.values():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("x")
        assert clean_stale_tmp(tmp_path) == [files["stale"]]
        assert {k for k, p in files.items() if p.exists()} == {"busy", "foreign", "result"}
    finally:
        alive.kill()
        alive.wait()


@pytest.mark.parametrize(
    ("folder", "name", "ok"),
    [
        ("results", "2412345", True),
        ("results", "dup~dup-a-0123abcd", True),  # a conflicting id's key names the file too
        (".", "s-01_b", True),
        ("results", "../../etc/passwd", False),
        ("results", "/etc/passwd", False),
        ("results", "..", False),
        ("results", "", False),
        ("results", "a" * 200, False),
        ("../x", "s1", False),
        ("results", "s1\x00", False),
    ],
)
def test_confined_refuses_every_escape(tmp_path: Path, folder: str, name: str, ok: bool) -> None:
    from grader.util.errors import UserError
    from grader.util.files import confined

    if ok:
        target = confined(tmp_path, folder, name, ".json")
        assert tmp_path.resolve() in target.parents and target.name == f"{name}.json"
    else:
        with pytest.raises(UserError):
            confined(tmp_path, folder, name, ".json")


@pytest.mark.parametrize(
    ("sid", "file", "conflicted", "key"),
    [
        ("2412345", "a/b.yaml", False, "2412345"),
        ("2412345", "dup a/課題.yaml", True, "2412345~dup_a_.yaml-"),
    ],
)
def test_file_key(sid: str, file: str, conflicted: bool, key: str) -> None:
    made = file_key(sid, file, file.encode(), conflicted)
    assert made.startswith(key) and (made == key or len(made) == len(key) + 12)


def _escaped_twins() -> st.SearchStrategy[tuple[bytes, bytes]]:
    """Two raw names that show alike: bytes that are not UTF-8, or a control character, against
    a name that spells its escape (b"\\x1b.yaml" against b"\x1b.yaml")."""
    odd = st.sampled_from([b"\x1b", b"\x07", b"\x8a", b"\x90\xb6", b"\xff", b"\x7f"])
    return st.tuples(st.text("abc_", max_size=4), odd, st.text("xyz", max_size=3)).map(
        lambda t: (
            t[0].encode() + t[1] + t[2].encode() + b".yaml",
            t[0].encode() + display_name(os.fsdecode(t[1])).encode() + t[2].encode() + b".yaml",
        )
    )


@settings(max_examples=100, deadline=None)
@given(_escaped_twins())
def test_names_that_show_alike_get_their_own_outputs(pair: tuple[bytes, bytes]) -> None:
    first, second = pair
    shown = [display_name(os.fsdecode(n)) for n in pair]
    assert shown[0] == shown[1] and first != second  # the trap: one shown name, two files
    keys = {file_key("2412345", shown[0], raw, conflicted=True) for raw in pair}
    assert len(keys) == 2
    assert all(confined(Path("/out"), "results", k, ".json") for k in keys)


@pytest.mark.parametrize(
    ("link", "to", "ok"),
    [
        ("results", "../out2/results", False),  # a sibling whose name starts like the folder's
        ("results", "/tmp", False),
        ("results/s1.json", "../../outside.json", False),  # the file itself links out
        ("results", "inner", True),  # a link that stays inside the output folder
    ],
)
def test_confined_follows_links_and_refuses_those_that_leave(
    tmp_path: Path, link: str, to: str, ok: bool
) -> None:
    out = tmp_path / "out"
    (out / "inner").mkdir(parents=True)
    (tmp_path / "out2" / "results").mkdir(parents=True)
    (out / link).parent.mkdir(parents=True, exist_ok=True)
    (out / link).symlink_to(to)
    if ok:
        assert confined(out, "results", "s1", ".json") == out.resolve() / "inner" / "s1.json"
    else:
        with pytest.raises(UserError):
            confined(out, "results", "s1", ".json")
    # reached through a link to it, the output folder is the folder it links to
    (tmp_path / "via").symlink_to(out)
    assert confined(tmp_path / "via", ".", "s2", ".json") == out.resolve() / "s2.json"
