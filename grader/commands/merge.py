"""``grader merge``: join the caches of ``grade --shard K/N`` runs into one.

Every shard is checked whole before anything is merged, and a bad one is refused by name (a
foreign schema, a damaged file, unreadable rows). Rows are content-keyed, so merging is a union
and the order of the shards does not matter. A final ``grade`` on the merged folder then renders
the class with zero generation. It prints nothing: it returns :class:`Merged`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from grader.generate.cache import Cache
from grader.generate.shards import Env, differences, shard_problems
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


def merge(out: Path, shards: list[Path], allow_mixed: bool = False) -> Merged:
    """Merge shard caches (folders or cache files) into ``out/cache.sqlite``; every shard is
    checked first, and a bad one is refused by name before anything is merged. Shards made in
    different environments are refused together unless ``allow_mixed``."""
    paths, envs = _checked_shards(shards)
    mixed = differences(envs)
    if mixed and not allow_mixed:
        raise UserError.simple(
            "merge",
            f"the shards were made in different environments: {'; '.join(mixed)}",
            f"シャードの実行環境が異なります: {'; '.join(mixed)}",
            T(
                "their tokens may differ for the same request: generate every shard on the same "
                "kind of machine, or pass --allow-mixed-fingerprints to merge them anyway",
                "同じリクエストでもトークンが変わり得ます。同じ種類のマシンで生成し直すか、"
                "--allow-mixed-fingerprints を付けて結合してください",
            ),
        )
    cache = Cache(class_cache(out))
    try:
        added = [(path, cache.merge_from(path)) for path in paths]
        notices = list(cache.warnings)
        if mixed:
            notices.append(f"merged shards of different environments: {'; '.join(mixed)}")
        return Merged(class_cache(out), added, cache.count(), notices)
    finally:
        cache.close()


def _checked_shards(shards: list[Path]) -> tuple[list[Path], set[Env]]:
    """The shards' cache files and their rows' environments, after checking each whole;
    UserError naming every bad one."""
    paths, problems, envs = [], [], set()
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
        found, seen = shard_problems(path)
        envs |= seen
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
    return paths, envs
