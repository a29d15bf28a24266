"""A persistent generation cache in SQLite, shared safely by several processes.

The key is complete by construction: the request (model, pinned revision, prompt, chat flag and
template override, budget) plus the resolved model revision, the tokenizer files' hash (which
fixes the rendered prompt and its token ids for a given transformers version), dtype, device
kind and name, torch/transformers/tokenizers/CUDA versions and the grader version. lm-eval's
cache once forgot the model (its #2715); a key built from the fingerprint cannot.

Computing a key imports no torch, so a warm regrade never loads a model. WAL mode and a busy
timeout let concurrent graders (shards on one machine) share one file; every ``put`` commits,
so a killed run keeps what it generated.

A cache is only an accelerator, so damage never stops grading: a file that is not SQLite, is
truncated or corrupt, or holds a foreign schema is set aside (renamed ``*.damaged-<time>``, with
a warning in :attr:`Cache.warnings`) and an empty cache starts in its place, once, under a lock,
however many graders found the damage at the same time; a row whose JSON is
broken counts as a miss and is overwritten. A cache that cannot be written here (read-only
folder, full disk, a path that is a folder) raises :class:`EnvironmentProblem` with the path and
the cause. A shard to merge is checked whole first (:mod:`grader.generate.shards`), never
half-merged; every hit is audited (:mod:`grader.generate.audit`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from grader.generate import audit
from grader.plan import GenerationRequest
from grader.results import Generation
from grader.util.errors import EnvironmentProblem
from grader.util.files import unwritable
from grader.util.i18n import T

_SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    key TEXT PRIMARY KEY,
    request_key TEXT NOT NULL,
    model TEXT NOT NULL,
    generation TEXT NOT NULL,
    request TEXT NOT NULL
)
"""
COLUMNS = ["key", "request_key", "model", "generation", "request"]
_OLDER = ["key", "request_key", "model", "generation"]
_DAMAGE = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB: the file itself is damaged


class Damaged(Exception):
    """The cache file is not a usable cache (says why)."""


def _is_damage(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _DAMAGE or "malformed" in str(exc)


def _problem(path: Path | None, exc: sqlite3.Error) -> EnvironmentProblem:
    """A cache this machine cannot use (full disk, read-only, not openable): exit 3, with why."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    # SQLITE_FULL, or IOERR on a full disk
    if path is not None and (code == 13 or (code == 10 and _nearly_full(path))):
        return unwritable(path, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    return EnvironmentProblem(
        T(f"cannot use the cache {path}: {exc}", f"キャッシュ {path} を使えません: {exc}"),
        T(
            "pass another --cache path, or --no-cache",
            "別の --cache を指定するか --no-cache を使ってください",
        ),
    )


def _inode(path: Path | None) -> tuple[int, int] | None:
    """The file's (device, inode), so a renamed-and-replaced file is told from the one seen."""
    try:
        info = path.stat() if path is not None else None
    except OSError:
        return None
    if info is None:
        return None
    return info.st_dev, info.st_ino


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``lock`` (none where fcntl is missing: Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - POSIX is where classes are graded
        yield
        return
    with open(lock, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Cache:
    """Key -> :class:`Generation`, in one SQLite file (in memory when ``path`` is None)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.warnings: list[str] = []
        """Damage found and set aside, for the caller to show."""
        self.broken_rows = 0
        """Rows whose JSON could not be read (counted as misses)."""
        if path is not None:
            _touch(path)
        seen = _inode(path)  # before opening: the file this process will find damaged, if any
        try:
            self._open()
        except Damaged as exc:
            self._set_aside(str(exc), seen)
            self._open()
        except sqlite3.Error as exc:
            raise _problem(path, exc) from None

    def _open(self) -> None:
        self._db = sqlite3.connect(
            str(self.path) if self.path else ":memory:", timeout=60, isolation_level=None
        )
        try:
            self._db.execute("PRAGMA busy_timeout = 60000")
            self._setup(wal=self.path is not None)
        except sqlite3.Error as exc:
            self._db.close()
            if _is_damage(exc):
                raise Damaged(str(exc)) from None
            raise
        except Damaged:
            self._db.close()
            raise

    def _set_aside(self, reason: str, seen: tuple[int, int] | None) -> None:
        """Rename the damaged file (``seen``: its device and inode) and its WAL aside. Under a lock,
        and only if it is still that file: two graders that found the same damage must not set
        aside the fresh cache the first one has started in its place."""
        assert self.path is not None
        with _locked(self.path.with_name(self.path.name + ".lock")):
            if _inode(self.path) != seen:
                return  # another process set it aside already; the file here is new
            aside = self.path.with_name(
                f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
            )
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    raise unwritable(self.path, exc) from None
            _touch(self.path)
        self.warnings.append(
            f"{self.path} is damaged ({reason}); set aside as {aside.name}, starting an empty cache"
        )

    def _setup(self, wal: bool) -> None:
        """Switch to WAL and create the table; retried because, on a brand-new file, SQLite may
        answer 'database is locked' to concurrent openers without waiting on the busy timeout."""
        deadline = time.monotonic() + 60
        while True:
            try:
                if wal:
                    self._db.execute("PRAGMA journal_mode = WAL")
                    # WAL + NORMAL: a commit survives a killed process (not a power loss), no fsync
                    self._db.execute("PRAGMA synchronous = NORMAL")
                check_schema(self._db)
                self._db.execute(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, key: str, request: GenerationRequest) -> Generation | None:
        """The generation cached for ``request`` under ``key``, or None: a miss, an unreadable row
        (counted), or a row that does not serve what it claims (set aside with a warning,
        :mod:`grader.generate.audit`); the caller generates it again and :meth:`put` replaces it."""
        try:
            row = self._db.execute(
                "SELECT generation, request FROM generations WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            gen = Generation.model_validate_json(row[0])
            stored = GenerationRequest.model_validate_json(row[1])
        except (ValidationError, ValueError, TypeError, sqlite3.DatabaseError):
            self.broken_rows += 1
            return None
        found = ["it holds another request"] if stored != request else []
        found = found or audit.row_problems(key, request, gen)
        if found:
            self.warnings.append(
                f"cache row for {request.model} {request.prompt[:40]!r} set aside: "
                f"{'; '.join(found)}; generated again"
            )
            return None
        return gen

    def put(self, key: str, request: GenerationRequest, generation: Generation) -> None:
        try:
            self._db.execute(
                "INSERT OR REPLACE INTO generations VALUES (?, ?, ?, ?, ?)",
                (
                    key,
                    generation.request_key,
                    generation.model,
                    generation.model_dump_json(),
                    request.model_dump_json(),
                ),
            )
        except sqlite3.Error as exc:
            raise _problem(self.path, exc) from None

    def merge_from(self, other: Path) -> int:
        """Copy every entry of another cache file (a shard's, checked first with
        :mod:`grader.generate.shards`) into this one; returns rows added."""
        before = self.count()
        self._db.execute("ATTACH DATABASE ? AS other", (str(other),))
        try:
            self._db.execute("INSERT OR IGNORE INTO generations SELECT * FROM other.generations")
        finally:
            self._db.execute("DETACH DATABASE other")
        return self.count() - before

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM generations").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def _nearly_full(path: Path) -> bool:
    """Less free space than SQLite needs for its shared-memory index and a page or two."""
    try:
        info = os.statvfs(path.parent)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _touch(path: Path) -> None:
    """Create the file (and its folder) now, so a read-only or full disk shows its real cause."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o666))
    except OSError as exc:
        raise unwritable(path, exc) from None


def check_schema(db: sqlite3.Connection) -> None:
    """Raise :class:`Damaged` unless the file is empty or holds exactly our table, intact."""
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if not tables:
        return
    if tables != ["generations"]:
        raise Damaged(f"foreign schema: tables {', '.join(sorted(tables))}")
    columns = [r[1] for r in db.execute("PRAGMA table_info(generations)")]
    if columns == _OLDER:
        raise Damaged("written by an older grader (rows without their request)")
    if columns != COLUMNS:
        raise Damaged(f"foreign schema: generations({', '.join(columns)})")
    verdict = [r[0] for r in db.execute("PRAGMA quick_check")]
    if verdict != ["ok"]:
        raise Damaged(f"corrupt: {'; '.join(verdict[:3])}")
