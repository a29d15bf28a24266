"""Zips an LMS download could be forged into: a path that climbs out (zip-slip), an absolute
or drive path, a bomb and too many entries. Each is refused with exit 2 before anything is
written beside the output folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grader.cli import main
from grader.load import lms
from tests.support import ROOT
from tests.zips import Entry, raw_zip

ATTACKS = {
    "slip": Entry(b"../../evil.yaml", b"x: 1\n"),
    "absolute": Entry(b"/tmp/evil-absolute.yaml", b"x: 1\n"),
    "drive": Entry(b"C:\\evil.yaml", b"x: 1\n"),
    "bomb": Entry(b"p_9_assignsubmission_file_/bomb.yaml", b"\0" * 50_000, deflate=True),
    "entries": Entry(b"p_9_assignsubmission_file_/one-too-many.yaml", b"x: 1\n"),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_zip_attacks_are_refused_with_exit_2_and_nothing_written(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    attack: str,
) -> None:
    monkeypatch.setattr(lms, "MAX_TOTAL", 40_000)  # the bomb's 50 kB stand for gigabytes
    monkeypatch.setattr(lms, "MAX_ENTRIES", 3)
    good = [Entry(f"p_{i}_assignsubmission_file_/s.yaml".encode(), b"x: 1\n") for i in range(2)]
    entries = (
        [*good, ATTACKS[attack]] if attack != "entries" else [*good, *good[:1], ATTACKS[attack]]
    )
    inside = tmp_path / "in"
    inside.mkdir()
    archive = inside / "download.zip"
    archive.write_bytes(raw_zip(entries))
    before = sorted(os.listdir(tmp_path))
    rc = main(["grade", str(archive), "-a", "ex1-offline", "-o", str(tmp_path / "out")])
    assert rc == 2
    err = capsys.readouterr().err
    assert "zip refused" in err and "Traceback" not in err
    after = sorted(os.listdir(tmp_path))
    assert set(after) - set(before) <= {"out"}  # nothing beside the output folder
    assert not (tmp_path / "out" / "submissions").exists() and os.listdir(inside) == [
        "download.zip"
    ]
    assert not Path("/tmp/evil-absolute.yaml").exists() and not (ROOT.parent / "evil.yaml").exists()
