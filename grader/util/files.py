"""Crash-safe, confined writing of output files.

Every file is written to a temporary sibling and renamed into place (``os.replace`` is atomic
on POSIX and Windows), so a crash or ``kill -9`` leaves either the old file or the new one,
never half of one. Output names derived from student input are made here once
(:func:`file_key`), checked against the id pattern and resolved inside the output folder
(:func:`confined`), so no submission can write elsewhere. :func:`cache_folder` is where the
per-user caches (generations, token counts) go; :func:`user_cache` and :func:`class_cache` name
the generation caches.

Files get the permissions the umask allows (``0666 & ~umask``, as ``open`` would give), so a TA
group can read the reports. A write that fails for a reason of this machine (read-only folder,
full disk, no permission) raises :class:`EnvironmentProblem` naming the path and the cause; the
file that was there stays as it was. Temporary files are named ``.<name>.<pid>-<random>.tmp``;
:func:`clean_stale_tmp` removes those a killed process left behind (its pid no longer runs).
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
from pathlib import Path

from grader.util.errors import EnvironmentProblem, UserError
from grader.util.i18n import T

_SAFE_KEY = re.compile(r"^[A-Za-z0-9_-]{1,32}(~[A-Za-z0-9_.-]{1,80})?$")
"""An output key: a student id, or for an id claimed by several files, ``id~<file slug>``."""
_TMP = re.compile(r"^\..+\.(\d+)-[^.]+\.tmp$")


def cache_folder() -> Path:
    """The per-user cache folder (``$XDG_CACHE_HOME/llm-grader``, else ``~/.cache/llm-grader``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llm-grader"


def user_cache() -> Path:
    """``check``'s generation cache, per user, so re-checking an unchanged run is instant."""
    return cache_folder() / "generations.sqlite"


def class_cache(out: Path) -> Path:
    """A class's generation cache, in its output folder (``grade``, ``merge``, ``bench``)."""
    return out / "cache.sqlite"


def write_atomic(path: Path, data: bytes | str, sync: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically, creating parent folders; an identical file is left
    alone. ``sync=False`` skips the fsync (still atomic for readers and after a kill; only a power
    loss may lose it) for files a rerun rewrites anyway."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(raw) and path.read_bytes() == raw:
            return path  # reruns of a class rewrite nothing, so they are fast and keep mtimes
    except OSError:
        pass
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp"
        )
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~current_umask())
            fh.write(raw)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise unwritable(path, exc) from None
    except BaseException:
        _discard(tmp)
        raise
    return path


def _discard(tmp: str | None) -> None:
    if tmp is not None:
        try:
            Path(tmp).unlink(missing_ok=True)
        except OSError:
            pass


def current_umask() -> int:
    """The process umask (read without changing it for longer than one call)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def unwritable(path: Path, exc: OSError) -> EnvironmentProblem:
    """The exit-3 problem for a write that failed on this machine: the path and the cause."""
    cause = exc.strerror or str(exc)
    hints = {
        errno.ENOSPC: T(
            "free some space, or write to another folder with -o",
            "空き容量を作るか、-o で別のフォルダに書いてください",
        ),
        errno.EROFS: T(
            "the file system is read-only: write to another folder with -o",
            "読み取り専用です。-o で別のフォルダに書いてください",
        ),
        errno.EACCES: T(
            "no permission: write to another folder with -o",
            "権限がありません。-o で別のフォルダに書いてください",
        ),
    }
    return EnvironmentProblem(
        T(f"cannot write {path}: {cause}", f"{path} に書き込めません: {cause}"),
        hints.get(exc.errno or 0),
    )


def clean_stale_tmp(folder: Path) -> list[Path]:
    """Remove temporary files below ``folder`` whose writing process is gone (a ``kill -9``)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for tmp in folder.rglob(".*.tmp"):
        match = _TMP.match(tmp.name)
        pid = int(match.group(1)) if match else 0
        if match is None or (pid != os.getpid() and _alive(pid)):  # our own pid: reused, so stale
            continue
        try:
            tmp.unlink()
        except OSError:
            continue
        removed.append(tmp)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def file_key(student_id: str, shown: str, raw_name: bytes, conflicted: bool) -> str:
    """Name of a student's output files: the id, or for an id several files claim, the id plus
    the file: a slug of its shown name and a hash of its raw name bytes, so two files never share
    outputs, not even when their names show alike (``\\x1b.yaml`` and an ESC in a name)."""
    if not conflicted:
        return student_id
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", shown).strip("._")[:60] or "file"
    return f"{student_id}~{slug}-{hashlib.sha256(raw_name).hexdigest()[:12]}"


def confined(out_dir: Path, folder: str, name: str, suffix: str) -> Path:
    """``out_dir/folder/name+suffix`` for a validated output key ``name``; refuses any escape."""
    if not _SAFE_KEY.match(name) or not (folder == "." or _SAFE_KEY.match(folder)):
        raise UserError.simple(
            name, f"unsafe output name {name!r}", f"安全でない出力名です: {name!r}"
        )
    # os.path on strings, not pathlib: the same resolution at half the cost (600 calls a class)
    base = os.path.realpath(out_dir)
    target = os.path.realpath(os.path.join(base, folder, f"{name}{suffix}"))
    if not target.startswith(base if base.endswith(os.sep) else base + os.sep):
        raise UserError.simple(
            name, f"output {target} escapes {base}", f"出力 {target} が {base} の外です"
        )
    return Path(target)
