"""``grader bench --no-generate``: how the class-wide work scales with the size of a class.

A synthetic class of N students is validated and planned, each unique request gets a stand-in
generation (no model runs: the point is what comes after generation), every student is scored,
and the class's clusters and pages are made, each stage timed. Clusters come from indexes
(:mod:`grader.score.clusters`): their share of the wall time must stay small as N grows. The CLI
prints the figures; nothing is asserted.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from grader import __version__
from grader.commands.assignment import load_assignment
from grader.commands.synthetic import BUNDLED, synthetic_class
from grader.load.discover import discover
from grader.pipeline import validate_all
from grader.plan import GenerationRequest, plan
from grader.results import Fingerprint, Generation, RunStats


def stand_in(req: GenerationRequest) -> Generation:
    """A generation that no model made: a short answer built from the request, marked preview."""
    text = f"A short answer about {req.prompt.split()[-1]} from {req.model.split('/')[-1]}."
    ids = list(range(10, 10 + len(text.split())))
    fingerprint = Fingerprint(
        model=req.model,
        revision="stand-in",
        tokenizer_hash="",
        chat_template_hash="",
        dtype="none",
        device="none",
        device_name="none",
        torch="",
        transformers="",
        tokenizers="",
        cuda="",
        attn_implementation="",
        grader=__version__,
    )
    return Generation(
        request_key=req.request_key,
        model=req.model,
        prompt=req.prompt,
        chat=req.chat,
        rendered_prompt=req.prompt,
        prompt_ids=[1],
        output_ids=ids + [2],
        text=text,
        pieces=text.split() + [""],
        finish="eos",
        max_new_tokens=req.max_new_tokens or 0,
        margins=[5.0] * (len(ids) + 1),
        runner_up_ids=[0] * (len(ids) + 1),
        preview=True,
        fingerprint=fingerprint,
    )


@dataclass(frozen=True)
class Scale:
    """Seconds per stage for a class of ``students``, generation left out."""

    students: int
    clusters: int
    """Clusters found (the synthetic class copies one note in twenty)."""
    validate: float
    score: float
    cluster: float
    pages: float

    @property
    def total(self) -> float:
        return self.validate + self.score + self.cluster + self.pages

    def lines(self) -> list[str]:
        share = 100 * self.cluster / self.total if self.total else 0.0
        return [
            f"class: {self.students} students, no generation (stand-in answers)",
            f"read and validate, plan: {self.validate:8.2f} s",
            f"score:                   {self.score:8.2f} s",
            f"clusters:                {self.cluster:8.2f} s  ({share:.1f}% of the wall time, "
            f"{self.clusters} found)",
            f"class page and CSV:      {self.pages:8.2f} s",
            f"total:                   {self.total:8.2f} s",
        ]


def scale(students: int) -> Scale:
    """Time each class-wide stage on a synthetic class of ``students`` (no model runs)."""
    from grader.report.classpage import render_class
    from grader.report.gradebook import grades_csv
    from grader.score.clusters import clusters
    from grader.score.scorer import score
    from grader.score.similar import shipped_view

    loaded = load_assignment("ex1-offline")
    with tempfile.TemporaryDirectory() as tmp:
        synthetic_class(Path(tmp), students, BUNDLED, "ex1-offline")
        started = time.perf_counter()
        subs, _ = validate_all(discover(Path(tmp)).files, loaded)
        the_plan = plan(loaded.assignment, subs)
        validated = time.perf_counter()
    made = {key: stand_in(req) for key, req in the_plan.requests.items()}
    results = [
        score(loaded, s, {name: made[key] for name, key in the_plan.uses[s.file_key].items()})
        for s in subs
    ]
    scored = time.perf_counter()
    view = shipped_view(loaded)
    found = clusters(
        results, view.common, view.corpus(), loaded.assignment.copies, loaded.assignment.topic
    )
    clustered = time.perf_counter()
    render_class(
        results, RunStats(files=students), "ex1-offline", loaded.assignment.title, "en", found
    )
    grades_csv(results)
    paged = time.perf_counter()
    return Scale(
        students,
        len(found),
        validated - started,
        scored - validated,
        clustered - scored,
        paged - clustered,
    )
