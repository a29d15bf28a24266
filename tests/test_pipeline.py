"""pipeline.run: each submission is scored the moment its last generation exists (so a killed
batch keeps every result finished so far), through the real engine on the bundled models."""

from __future__ import annotations

from pathlib import Path

from grader.commands.assignment import load_assignment
from grader.generate.cache import Cache
from grader.load.validate import load_submission
from grader.pipeline import Job, run
from grader.plan import plan
from grader.results import Result, Step
from tests.classes import student_file


def test_each_submission_is_scored_right_after_its_last_generation(tmp_path: Path) -> None:
    loaded = load_assignment("ex1-offline")
    paths = [
        student_file(tmp_path, f"p{i}", f"Tell me a story about a dragon named P{i}.", budget=4)
        for i in range(3)
    ]
    subs = [load_submission(p, loaded) for p in paths]
    events: list[tuple[str, str]] = []

    def step(s: Step) -> None:
        if s.kind == "generated":
            events.append(("generated", ""))

    def result(r: Result) -> None:
        events.append(("scored", r.file_key))

    job = Job(loaded, Cache(None), device="cpu", on_step=step, on_result=result)
    log = run(job, subs, files=len(subs))
    the_plan = plan(loaded.assignment, subs)
    order = list(log.done)  # the generation order (nothing was cached)
    assert sorted(k for kind, k in events if kind == "scored") == ["p0", "p1", "p2"]
    generated = 0
    for kind, key in events:
        if kind == "generated":
            generated += 1
        else:  # scored right after the last request it uses, before any further generation
            assert max(order.index(k) for k in the_plan.uses[key].values()) == generated - 1, events
    assert generated == log.stats.generated == len(order) == len(the_plan.requests)
