"""Crash-safe, confined writing of output files.

Every file is written to a temporary sibling and renamed into place (``os.replace`` is atomic
on POSIX and Windows), so a crash or ``kill -9`` leaves either the old file or the new one,
never half of one. Names derived from student input (the student id) are checked against the
id pattern and resolved inside the output folder, so no submission can write elsewhere.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from grader.errors import UserError

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically, creating parent folders; an identical file is left alone."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(raw) and path.read_bytes() == raw:
            return path  # reruns of a class rewrite nothing, so they are fast and keep mtimes
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def confined(out_dir: Path, folder: str, name: str, suffix: str) -> Path:
    """``out_dir/folder/name+suffix`` for a validated ``name``; refuses anything that escapes."""
    if not _SAFE_NAME.match(name) or not (folder == "." or _SAFE_NAME.match(folder)):
        raise UserError.simple(name, f"unsafe output name {name!r}", f"安全でない出力名です: {name!r}")
    base = out_dir.resolve()
    target = (base / folder / f"{name}{suffix}").resolve()
    if base not in target.parents:
        raise UserError.simple(name, f"output {target} escapes {base}", f"出力 {target} が {base} の外です")
    return target
