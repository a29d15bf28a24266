"""plan: deduplicated requests, planned controls, and deterministic shards (no model runs)."""

from __future__ import annotations

import pytest

from grader.commands.assignment import load_assignment
from grader.load.controls import CONTROL_PREFIX, derived_controls
from grader.load.schemas import Run, Student, Submission
from grader.load.strict_yaml import Located
from grader.load.validate import LoadedSubmission
from grader.plan import plan

OFFLINE = load_assignment("ex1-offline").assignment
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


def sub(sid: str, *runs: Run) -> LoadedSubmission:
    """A loaded submission of ``runs`` (its derived controls computed as loading does)."""
    submission = Submission(assignment="ex1-offline", student=Student(id=sid), runs=list(runs))
    return LoadedSubmission(
        submission=submission,
        file=f"{sid}.yaml",
        sha256="",
        located=Located(f"{sid}.yaml", {}),
        controls=derived_controls(OFFLINE, submission),
        file_key=sid,
    )


def test_requests_are_shared_across_the_class_and_controls_are_planned() -> None:
    the_plan = plan(
        OFFLINE,
        [
            sub("s1", run("brief", prompt="Brief.", max_new_tokens=80)),
            sub("s2", run("brief", prompt="Brief.", max_new_tokens=80)),
            sub("s3", run("plain", goal=None, max_new_tokens=80)),
        ],
    )
    assert set(the_plan.uses["s1"]) == {"baseline", "brief", CONTROL_PREFIX + "brief"}
    assert set(the_plan.uses["s3"]) == {"baseline", "plain"}
    # s3's plain run is the same request as s1's derived control: one generation serves both
    assert the_plan.uses["s3"]["plain"] == the_plan.uses["s1"][CONTROL_PREFIX + "brief"]
    assert len(the_plan.requests) == 3 and the_plan.total_runs == 8


@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_shards_partition_the_unique_requests(n: int) -> None:
    the_plan = plan(OFFLINE, [sub(f"s{i}", run("r", prompt=f"Prompt {i}.")) for i in range(7)])
    shards = [the_plan.shard(k, n) for k in range(1, n + 1)]
    keys = [r.request_key for shard in shards for r in shard]
    assert sorted(keys) == sorted(the_plan.requests) and len(keys) == len(set(keys))
    assert shards == [the_plan.shard(k, n) for k in range(1, n + 1)]  # deterministic


def test_users_and_run_names_invert_the_uses() -> None:
    the_plan = plan(
        OFFLINE,
        [
            sub("s1", run("brief", prompt="Brief.", max_new_tokens=80)),
            sub("s2", run("short", prompt="Brief.", max_new_tokens=80)),
            sub("s3", run("plain", goal=None, max_new_tokens=80)),
        ],
    )
    users, names = the_plan.users(), the_plan.run_names()
    assert set(users) == set(names) == set(the_plan.requests)
    for key in the_plan.requests:
        # exactly the submissions whose runs use the key, each once, in class order
        assert users[key] == [sid for sid, runs in the_plan.uses.items() if key in runs.values()]
        assert names[key] == tuple(
            sorted(
                {name for runs in the_plan.uses.values() for name, k in runs.items() if k == key}
            )
        )
    baseline = the_plan.uses["s1"]["baseline"]
    assert users[baseline] == ["s1", "s2", "s3"] and "baseline" in names[baseline]
    assert names[the_plan.uses["s1"]["brief"]] == ("brief", "short")  # one request, two names


def test_a_request_key_follows_the_fields_not_the_object() -> None:
    """Keys are memoised by the request's fields: equal requests share one, and a copy with a
    changed field gets its own (nothing stored on the object travels with the copy)."""
    req = plan(OFFLINE, [sub("s1", run("a"))]).requests
    first = next(iter(req.values()))
    assert first.model_copy().request_key == first.request_key
    for field, value in [("prompt", "Tell me a story about a cat."), ("max_length", 77)]:
        changed = first.model_copy(update={field: value})
        assert changed.request_key != first.request_key
        assert type(first)(**changed.model_dump()).request_key == changed.request_key
