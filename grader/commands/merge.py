"""``grader merge``: join the caches of ``grade --shard K/N`` runs into one.

Every shard is checked whole before anything is merged, and a bad one is refused by name (a
foreign schema, a damaged file, unreadable rows). Rows are content-keyed, so merging is a union
and the order of the shards does not matter. A final ``grade`` on the merged folder then renders
the class with zero generation. It prints nothing: it returns :class:`Merged`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from grader.generate.cache import Cache, shard_problems
from grader.util.errors import Diagnostic, UserError
from grader.util.files import class_cache
from grader.util.i18n import T


@dataclass(frozen=True)
class Merged:
    """What ``merge`` did."""

    cache: Path
    """The merged cache, ``OUT/cache.sqlite``."""
    added: list[tuple[Path, int]]
    """Each shard's cache file and how many generations it added."""
    total: int
    """Generations in the merged cache."""
    notices: list[str] = field(default_factory=list)
    """Warnings about the output cache (e.g. a damaged one set aside)."""


def merge(out: Path, shards: list[Path]) -> Merged:
    """Merge shard caches (folders or cache files) into ``out/cache.sqlite``; every shard is
    checked first, and a bad one is refused by name before anything is merged."""
    paths = _checked_shards(shards)
    cache = Cache(class_cache(out))
    try:
        added = [(path, cache.merge_from(path)) for path in paths]
        return Merged(class_cache(out), added, cache.count(), list(cache.warnings))
    finally:
        cache.close()


def _checked_shards(shards: list[Path]) -> list[Path]:
    """The shards' cache files, after checking each whole; UserError naming every bad one."""
    paths, problems = [], []
    for shard in shards:
        path = class_cache(shard) if shard.is_dir() else shard
        if not path.is_file():
            problems.append(
                Diagnostic(
                    file=str(shard),
                    message=T("no cache.sqlite here", "cache.sqlite がありません"),
                    hint=T(
                        "pass the --out folder of each `grade --shard` run",
                        "各 `grade --shard` の --out フォルダを指定してください",
                    ),
                )
            )
            continue
        found = shard_problems(path)
        if found:
            more = f" (+{len(found) - 3} more)" if len(found) > 3 else ""
            problems.append(
                Diagnostic(
                    file=str(path),
                    message=T(
                        f"not a usable shard cache, nothing merged: {'; '.join(found[:3])}{more}",
                        "シャードのキャッシュとして使えません（何もマージしていません）: "
                        f"{'; '.join(found[:3])}{more}",
                    ),
                )
            )
        paths.append(path)
    if problems:
        raise UserError(problems)
    return paths
