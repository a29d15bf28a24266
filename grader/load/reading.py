"""Read a file that a person wrote: its bytes, bounded in size, or a located error naming it.

A submission or an assignment is a few keys; anything larger than :data:`MAX_BYTES` is refused
by its size before it is read, and at most ``MAX_BYTES + 1`` bytes are ever read, so a 2 GB file
costs one ``stat``. A class's files are opened once and checked against what the scan saw
(:func:`read_found`). Parsing the bytes is :mod:`grader.load.strict_yaml`'s business.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from grader.load.discover import Found
from grader.util.errors import UserError
from grader.util.i18n import T

MAX_BYTES = 256 * 1024
"""A submission is a few prompts; 256 KiB is generous and keeps parsing instant."""


TABLE_BYTES = 8 * 1024 * 1024
"""A roster or an LMS worksheet: a line per student, so far more than a submission."""


def read(path: Path, name: str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, or a :class:`UserError` naming it. The size is checked before reading,
    and at most ``limit + 1`` bytes are read, so a 2 GB file costs one ``stat``."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UserError.simple(name, "not a regular file", "通常のファイルではありません")
        if info.st_size > limit:
            raise too_big(name, info.st_size, limit)
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if len(raw) > limit:  # it grew after the stat
        raise too_big(name, len(raw), limit)
    return raw


def too_big(name: str, size: int, limit: int = MAX_BYTES) -> UserError:
    return UserError.simple(
        name,
        f"file is {size} bytes; the limit is {limit}",
        f"ファイルが大きすぎます（{size} バイト、上限 {limit}）",
    )


Opener = Callable[[str, int], int]
_open: Opener = os.open
"""How a submission is opened (``os.open``): a test swaps a file between scan and open here."""


def read_found(found: Found) -> bytes:
    """The bytes of a file the scan found, read from one descriptor: opened without following a
    final link (the scan resolved links already), checked with ``fstat`` to be a regular file and
    the very file the scan saw (its device and inode), bounded in size. A file swapped for a link
    or another file since the scan is refused, never read."""
    # a file the scan found is never a link (links were resolved then): one now was swapped in
    nofollow = getattr(os, "O_NOFOLLOW", 0) if found.ident is not None else 0
    flags = os.O_RDONLY | nofollow | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = _open(str(found.path), flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _changed(found.shown) from None
        raise _unreadable(found.shown, exc) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError.simple(
                found.shown, "not a regular file", "通常のファイルではありません"
            )
        if found.ident is not None and (info.st_dev, info.st_ino) != found.ident:
            raise _changed(found.shown)
        if info.st_size > MAX_BYTES:
            raise too_big(found.shown, info.st_size)
        raw = fh.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise too_big(found.shown, len(raw))
    return raw


def _changed(name: str) -> UserError:
    return UserError.simple(
        name,
        "the file was replaced (by a link or another file) while grading ran; it was not read",
        "採点中にファイルが（リンクや別のファイルに）置き換えられました。読んでいません",
        T(
            "grade the class again once nobody is changing its folder",
            "フォルダが変更されていないときにもう一度採点してください",
        ),
    )


def _unreadable(name: str, exc: OSError) -> UserError:
    return UserError.simple(
        name, f"cannot read the file: {exc.strerror}", f"ファイルを読めません: {exc.strerror}"
    )
