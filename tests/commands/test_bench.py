"""grader bench's synthetic class: valid submissions, shared requests and chat runs (the timing
itself is a command, never asserted in the tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader.commands.assignment import load_assignment
from grader.commands.bench import bench, timed_import
from grader.commands.synthetic import synthetic_class
from grader.load.validate import load_submission
from grader.plan import plan


def test_the_synthetic_class_is_valid_shares_requests_and_has_chat_runs(tmp_path: Path) -> None:
    loaded = load_assignment("ex1-offline")
    synthetic_class(tmp_path, 40, ["bundled/tiny-chatty", "bundled/tiny-terse"], "ex1-offline")
    subs = [load_submission(p, loaded) for p in sorted(tmp_path.glob("*.yaml"))]
    runs = [r for s in subs for r in s.submission.runs]
    assert len(subs) == 40 and any(r.chat for r in runs) and not all(r.chat for r in runs)
    the_plan = plan(loaded.assignment, subs)
    # popular prompts and the baseline are shared
    assert len(the_plan.requests) < the_plan.total_runs / 2


@pytest.mark.slow
def test_bench_returns_consistent_figures_and_the_warm_regrade_never_imports_torch() -> None:
    imported = "torch" in sys.modules  # in a test run, usually imported by an earlier module
    figures = bench(students=3, device="cpu", naive_sample=2)
    assert figures.runs == 3 * 4  # three runs and the baseline per student
    assert figures.planned >= figures.runs and figures.generated == figures.unique <= figures.runs
    assert figures.naive_timed == 2 and figures.model_loads >= 1 and figures.tokens > 0
    assert figures.warm_torch is False  # a cached regrade reads the cache, never the models
    assert all(v > 0 for v in (figures.cold, *figures.floors, figures.naive, figures.warm))
    assert figures.floor == sum(figures.floors) / 2  # (c) brackets (a): the mean of both
    text = "\n".join(figures.lines())
    assert "(timed 2 runs, extrapolated)" in text and "a/c = " in text
    # timed only when this process imports torch for the first time (a second import costs
    # nothing); `grader bench` has not imported it when bench starts
    assert (figures.import_s is None) is imported and figures.model_code_s >= 0
    said = "torch/transformers imported before bench, not timed"
    assert (said in text) is imported
    assert imported or f"torch/transformers import {figures.import_s:.2f} s" in text
    assert (
        f"mean of {figures.floors[0]:.2f} s before (a) and {figures.floors[1]:.2f} s after" in text
    )


def test_timed_import_times_a_first_import_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench times torch's import in its own process, the first time only (the CLI has not
    imported torch when bench starts); a probe module stands in for torch here."""
    (tmp_path / "bench_probe_module.py").write_text(
        "import time\nstarted = time.perf_counter()\nwhile time.perf_counter() - started < 0.01:\n"
        "    pass\nNAME = 'probe'\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "bench_probe_module", raising=False)
    seconds = timed_import(("bench_probe_module",), ("NAME",))
    assert seconds is not None and seconds >= 0.01  # the probe's import takes 10 ms
    assert "bench_probe_module" in sys.modules
    assert timed_import(("bench_probe_module",)) is None  # imported: nothing left to time
    assert timed_import(("json", "bench_probe_module")) is None
