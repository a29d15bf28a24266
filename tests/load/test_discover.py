"""Class-folder discovery on real folders: the symlink policy, hidden entries, odd names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grader.load.discover import discover


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
    assert [shown for _, shown in found.files] == files
    # the real path read is inside
    assert all((root.resolve() in p.parents) for p, _ in found.files)
    reasons = dict(found.skipped)
    for path, why in skipped.items():
        assert why in reasons[path]
