"""``grader merge``: shard caches joined into one give the class a single run gives, and a bad
shard is refused by name before anything is merged."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.grade import grade
from grader.commands.merge import merge
from tests.classes import class_folder, damage_cache, stable_results, summary


@pytest.fixture()
def klass(tmp_path: Path) -> Path:
    return class_folder(tmp_path)


def test_shards_then_merge_equal_a_single_run(klass: Path, tmp_path: Path) -> None:
    single, merged = tmp_path / "single", tmp_path / "merged"
    grade(klass, "ex1-offline", single, device="cpu", cache_path=single / "cache.sqlite")
    # one shard after another in this process (two processes on one cache: test_two_processes_...)
    shards = [
        grade(
            klass,
            "ex1-offline",
            tmp_path / f"shard{k}",
            device="cpu",
            shard=(k, 3),
            cache_path=tmp_path / f"shard{k}" / "cache.sqlite",
        )
        for k in (1, 2, 3)
    ]
    assert [s.shard for s in shards] == [(1, 3), (2, 3), (3, 3)] and all(
        s.results == [] for s in shards
    )
    assert not (tmp_path / "shard1" / "grades.csv").exists()  # a shard only fills its cache
    generated = [s.stats.generated for s in shards]
    merged_run = merge(merged, [tmp_path / f"shard{k}" for k in (1, 2, 3)])
    assert [n for _, n in merged_run.added] == generated and merged_run.total == sum(generated)
    grade(klass, "ex1-offline", merged, device="cpu", cache_path=merged / "cache.sqlite")
    assert summary(merged)["stats"]["generated"] == 0
    assert stable_results(merged) == stable_results(single)


@pytest.mark.parametrize("damage", ["random bytes", "foreign schema", "broken JSON row"])
def test_merge_checks_every_shard_first_and_refuses_a_bad_one_by_name(
    klass: Path, tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shards = [tmp_path / f"shard{k}" for k in (1, 2)]
    for k, shard in enumerate(shards, start=1):
        grade(
            klass,
            "ex1-offline",
            shard,
            device="cpu",
            cache_path=shard / "cache.sqlite",
            shard=(k, 2),
        )
    damage_cache(shards[1] / "cache.sqlite", damage)
    capsys.readouterr()
    assert main(["merge", str(tmp_path / "merged"), *map(str, shards)]) == 2
    err = capsys.readouterr().err
    assert (
        str(shards[1] / "cache.sqlite") in err
        and str(shards[0]) not in err
        and "Traceback" not in err
    )
    assert not (tmp_path / "merged" / "cache.sqlite").exists()
