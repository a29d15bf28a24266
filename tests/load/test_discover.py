"""Class-folder discovery on real folders: the symlink policy, hidden entries, odd names."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.load import reading
from grader.load.discover import discover
from grader.util.errors import UserError


def _tree(root: Path, outside: Path) -> None:
    (root / "real").mkdir(parents=True)
    (outside / "s9.yaml").parent.mkdir(parents=True)
    for path in (
        root / "s0.yaml",
        root / "real" / "s1.yaml",
        outside / "s9.yaml",
        root / "notes.txt",
    ):
        path.write_text("x")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "s2.yaml").write_text("x")
    (root / "._s0.yaml").write_text("x")
    os.mkfifo(root / "pipe.yaml")


@pytest.mark.parametrize(
    ("links", "files", "skipped"),
    [
        (
            {},
            ["real/s1.yaml", "s0.yaml"],
            {".hidden": "hidden", "._s0.yaml": "hidden", "pipe.yaml": "not a regular file"},
        ),
        (
            {"passwd.yaml": "/etc/passwd", "away": "OUT"},
            ["real/s1.yaml", "s0.yaml"],
            {"passwd.yaml": "leaves the class folder", "away": "leaves the class folder"},
        ),
        (
            {"alias": "real", "loop": ".", "real/up": ".."},
            ["real/s1.yaml", "s0.yaml"],
            {
                "alias": "already included",
                "loop": "already included",
                "real/up": "already included",
            },
        ),
        ({"store": ".hidden"}, ["real/s1.yaml", "s0.yaml", "store/s2.yaml"], {}),
        (
            {"copy.yaml": "s0.yaml", "gone.yaml": "nowhere.yaml"},
            ["real/s1.yaml", "s0.yaml"],
            {"copy.yaml": "same file as s0.yaml", "gone.yaml": "broken link"},
        ),
    ],
)
def test_symlink_policy(
    tmp_path: Path, links: dict[str, str], files: list[str], skipped: dict[str, str]
) -> None:
    root, outside = tmp_path / "class", tmp_path / "outside"
    _tree(root, outside)
    for name, target in links.items():
        (root / name).symlink_to(outside if target == "OUT" else target)
    found = discover(root)
    assert [f.shown for f in found.files] == files
    # the real path read is inside
    assert all((root.resolve() in f.path.parents) for f in found.files)
    reasons = dict(found.skipped)
    for path, why in skipped.items():
        assert why in reasons[path]


def _swap_at_open(target: Path, outside: Path, to: str) -> Callable[[str, int], int]:
    """An opener that swaps ``target`` for a link to ``outside`` (or another file) just before the
    real open: the race between the scan and the read, made deterministic."""

    def opener(path: str, flags: int) -> int:
        if Path(path) == target:
            swap = target.with_name("swap.tmp")
            if to == "link":
                swap.symlink_to(outside)
            else:  # another file renamed over it, as an editor or a sync tool does
                swap.write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
            os.replace(swap, target)
        return os.open(path, flags)

    return opener


@pytest.mark.parametrize("to", ["link", "file"])
def test_a_file_swapped_between_scan_and_open_is_never_read(
    tmp_path: Path, to: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "class"
    root.mkdir()
    secret = tmp_path / "secret.yaml"
    secret.write_text("assignment: ex1-offline\nstudent: {id: stolen}\n", encoding="utf-8")
    (root / "s1.yaml").write_text("mine: true\n", encoding="utf-8")
    [found] = discover(root).files
    monkeypatch.setattr(reading, "_open", _swap_at_open(found.path, secret, to))
    with pytest.raises(UserError) as info:
        reading.read_found(found)
    assert "replaced" in info.value.render("en") and "stolen" not in info.value.render("en")


def test_a_file_left_alone_is_read_from_its_descriptor(tmp_path: Path) -> None:
    root = tmp_path / "class"
    root.mkdir()
    (root / "s1.yaml").write_text("mine: true\n", encoding="utf-8")
    [found] = discover(root).files
    assert reading.read_found(found) == b"mine: true\n" and found.ident is not None
