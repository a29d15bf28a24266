"""Find the submission files of a class folder, as class folders really arrive.

The policy (also in the README):

* every ``*.yaml``/``*.yml`` regular file below the folder is a submission;
* a symbolic link is followed only when its target is inside the class folder: a link to a file
  outside (``passwd.yaml -> /etc/passwd``) or to a folder outside is never read. A link to a
  folder inside is walked once, so loops end; a link to a file or folder that is already included
  adds nothing. A link's target is resolved once and that real path is what gets read;
* each file's (device, inode) is recorded, so what is opened later must be the file the scan saw
  (:func:`grader.load.reading.read_found`): a file swapped for a link in between is not read;
* hidden entries (``.git``, ``._x.yaml`` from macOS zips) are not read;
* every path that looks like a submission or a folder but is not read is returned in
  :attr:`Discovery.skipped` with the reason, for the class page.

Names are shown through :func:`grader.util.textsafe.display_name`, so a Shift_JIS or otherwise
non-UTF-8 name becomes a row with its bytes escaped. Reading and validating the files is left to
:mod:`grader.load.validate`, and naming the outputs to :func:`grader.util.files.file_key`.
"""

from __future__ import annotations

import os
import stat
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from grader.util.errors import UserError
from grader.util.textsafe import display_name

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Found:
    """A submission file: where to read it, how to show it, and what the scan saw there."""

    path: Path
    """The real path to read (a link's target, resolved)."""
    shown: str
    """The name to show: relative to the class folder, odd bytes and controls escaped."""
    raw: bytes = b""
    """The name as the file system holds it (bytes), relative to the class folder: two names
    that show alike are still two names."""
    ident: tuple[int, int] | None = None
    """(st_dev, st_ino) at scan time: the file opened later must be this one."""

    @classmethod
    def given(cls, path: Path) -> Found:
        """A file named on the command line (``check``): shown as given, no scan to match."""
        return cls(path, display_name(str(path)), os.fsencode(str(path)))


@dataclass
class Discovery:
    """The submission files and the paths skipped, with why."""

    files: list[Found] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Walk:
    root: Path
    found: Discovery = field(default_factory=Discovery)
    real_files: dict[Path, str] = field(default_factory=dict)
    real_dirs: dict[Path, str] = field(default_factory=dict)
    links: deque[tuple[Path, str]] = field(default_factory=deque)


def discover(folder: Path) -> Discovery:
    """Submission files below ``folder`` (sorted by shown name) and the skipped paths."""
    if not folder.is_dir():
        raise UserError.simple(display_name(str(folder)), "not a folder", "フォルダではありません")
    walk = _Walk(folder.resolve())
    _walk_dir(walk, walk.root, "")
    while walk.links:
        _follow(walk, *walk.links.popleft())
    walk.found.files.sort(key=lambda f: (f.shown, f.raw))
    walk.found.skipped.sort()
    return walk.found


def _walk_dir(walk: _Walk, real: Path, shown: str) -> None:
    walk.real_dirs[real] = shown or "."
    try:
        entries = sorted(os.scandir(real), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        walk.found.skipped.append((shown or ".", f"cannot read the folder: {exc.strerror}"))
        return
    for entry in entries:
        name = f"{shown}/{display_name(entry.name)}" if shown else display_name(entry.name)
        path = Path(entry.path)
        if entry.is_symlink():
            walk.links.append((path, name))
        elif entry.name.startswith("."):
            if entry.is_dir(follow_symlinks=False) or _is_submission_name(entry.name):
                walk.found.skipped.append((name, "hidden"))
        elif entry.is_dir(follow_symlinks=False):
            _walk_dir(walk, path, name)
        elif _is_submission_name(entry.name):
            _add_file(walk, path, name, path)


def _follow(walk: _Walk, link: Path, shown: str) -> None:
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        walk.found.skipped.append((shown, "broken link or link loop"))
        return
    if target != walk.root and walk.root not in target.parents:
        walk.found.skipped.append((shown, "link leaves the class folder (never followed)"))
    elif target.is_dir():
        if target in walk.real_dirs:
            walk.found.skipped.append(
                (shown, f"link to a folder already included: {walk.real_dirs[target]}")
            )
        elif link.name.startswith("."):
            walk.found.skipped.append((shown, "hidden"))
        else:
            _walk_dir(walk, target, shown)
    elif _is_submission_name(link.name) and not link.name.startswith("."):
        _add_file(walk, target, shown, link)


def _add_file(walk: _Walk, real: Path, shown: str, named: Path) -> None:
    """Add the file at ``real`` (``named`` where the walk met it), with what the scan saw."""
    try:
        info = real.stat()
    except OSError:
        info = None
    if info is None or not stat.S_ISREG(info.st_mode):
        walk.found.skipped.append((shown, "not a regular file"))
    elif real in walk.real_files:
        walk.found.skipped.append((shown, f"same file as {walk.real_files[real]}"))
    else:
        walk.real_files[real] = shown
        raw = os.fsencode(os.path.relpath(named, walk.root))
        walk.found.files.append(Found(real, shown, raw, (info.st_dev, info.st_ino)))


def _is_submission_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in SUFFIXES
