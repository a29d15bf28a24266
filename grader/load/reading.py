"""Read a file that a person wrote: its bytes, bounded in size, or a located error naming it.

A submission or an assignment is a few keys; anything larger than :data:`MAX_BYTES` is refused
by its size before it is read, and at most ``MAX_BYTES + 1`` bytes are ever read, so a 2 GB file
costs one ``stat``. Parsing the bytes is :mod:`grader.load.strict_yaml`'s business.
"""

from __future__ import annotations

import stat
from pathlib import Path

from grader.util.errors import UserError

MAX_BYTES = 256 * 1024
"""A submission is a few prompts; 256 KiB is generous and keeps parsing instant."""


def read(path: Path, name: str) -> bytes:
    """The file's bytes, or a :class:`UserError` naming it. The size is checked before reading,
    and at most ``MAX_BYTES + 1`` bytes are read, so a 2 GB file costs one ``stat``."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise UserError.simple(name, "not a regular file", "通常のファイルではありません")
        if info.st_size > MAX_BYTES:
            raise too_big(name, info.st_size)
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError.simple(
            name, f"cannot read the file: {exc.strerror}", f"ファイルを読めません: {exc.strerror}"
        ) from None
    if len(raw) > MAX_BYTES:  # it grew after the stat
        raise too_big(name, len(raw))
    return raw


def too_big(name: str, size: int) -> UserError:
    return UserError.simple(
        name,
        f"file is {size} bytes; the limit is {MAX_BYTES}",
        f"ファイルが大きすぎます（{size} バイト、上限 {MAX_BYTES}）",
    )
