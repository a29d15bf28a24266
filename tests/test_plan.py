"""plan: deduplicated requests, derived controls, and deterministic shards (no model runs)."""

from __future__ import annotations

import pytest

from grader.load import assignments
from grader.load.schemas import Run, Student, Submission
from grader.plan import CONTROL_PREFIX, control_spec, plan

OFFLINE = assignments.load("ex1-offline").assignment
BASE = OFFLINE.baseline  # bundled/tiny-chatty, "Tell me a story about a dragon.", max_length 100


def run(
    name: str,
    model: str = "bundled/tiny-chatty",
    prompt: str = "Tell me a story about a dragon.",
    goal: str | None = "concise",
    compare_to: str | None = None,
    **budget: int,
) -> Run:
    return Run(
        name=name,
        model=model,
        prompt=prompt,
        goal=goal,
        compare_to=compare_to,
        chat=False,
        **(budget or {"max_length": 100}),
    )


def sub(sid: str, *runs: Run) -> Submission:
    return Submission(assignment="ex1-offline", student=Student(id=sid), runs=list(runs))


@pytest.mark.parametrize(
    ("steered", "derived"),
    [
        # same model, chat and budget as the baseline: it is the control
        (run("a", prompt="Shorter, please."), None),
        (
            run("a", prompt="Shorter, please.", max_new_tokens=80),
            ("bundled/tiny-chatty", BASE.prompt, None, 80),
        ),
        (run("a", model="bundled/tiny-terse"), ("bundled/tiny-terse", BASE.prompt, 100, None)),
        (
            run("a", prompt="Shorter, please.", max_length=120),
            ("bundled/tiny-chatty", BASE.prompt, 120, None),
        ),
    ],
)
def test_control_spec(
    steered: Run, derived: tuple[str, str, int | None, int | None] | None
) -> None:
    got = control_spec(steered, BASE)
    assert (
        None if got is None else (got.model, got.prompt, got.max_length, got.max_new_tokens)
    ) == derived


def test_requests_are_shared_across_the_class_and_controls_are_planned() -> None:
    the_plan = plan(
        OFFLINE,
        {
            "s1": sub("s1", run("brief", prompt="Brief.", max_new_tokens=80)),
            "s2": sub("s2", run("brief", prompt="Brief.", max_new_tokens=80)),
            "s3": sub("s3", run("plain", goal=None, max_new_tokens=80)),
        },
    )
    assert set(the_plan.uses["s1"]) == {"baseline", "brief", CONTROL_PREFIX + "brief"}
    assert set(the_plan.uses["s3"]) == {"baseline", "plain"}
    # s3's plain run is the same request as s1's derived control: one generation serves both
    assert the_plan.uses["s3"]["plain"] == the_plan.uses["s1"][CONTROL_PREFIX + "brief"]
    assert len(the_plan.requests) == 3 and the_plan.total_runs == 8


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_shards_partition_the_unique_requests(n: int) -> None:
    the_plan = plan(
        OFFLINE, {f"s{i}": sub(f"s{i}", run("r", prompt=f"Prompt {i}.")) for i in range(7)}
    )
    shards = [the_plan.shard(k, n) for k in range(1, n + 1)]
    keys = [r.key for shard in shards for r in shard]
    assert sorted(keys) == sorted(the_plan.requests) and len(keys) == len(set(keys))
    assert shards == [the_plan.shard(k, n) for k in range(1, n + 1)]  # deterministic
