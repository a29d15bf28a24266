"""Plan: turn submissions into deduplicated, content-keyed generation requests.

A request is everything that decides the generated tokens *before* the environment: model,
pinned revision, prompt, chat flag (and template override) and budget. Identical requests
across a whole class -- the assignment's baseline, popular prompts -- share one key and are
generated once. Requests are ordered by model so each model is loaded once, and can be split
into deterministic shards by key (not by student, so the baseline is never repeated).
The environment part of the cache key is added by :mod:`grader.generate.cache`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from grader.load.schemas import BASELINE, Assignment, GenerationSpec, Run, Submission

CONTROL_PREFIX = "control:"
"""Name prefix of a derived control run (a colon can never stand in a student's run name)."""


class GenerationRequest(BaseModel):
    """One unique thing to generate."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str
    """Model name."""
    revision: str | None
    """Pinned revision from the assignment."""
    prompt: str
    """Prompt as written."""
    chat: bool
    """Apply the chat template."""
    chat_template: str | None
    """Template override from the assignment (None: the tokenizer's own)."""
    max_new_tokens: int | None
    """Budget, transformers' meaning."""
    max_length: int | None
    """Budget including the prompt, transformers' meaning."""

    @property
    def key(self) -> str:
        blob = json.dumps(self.model_dump(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()[:24]


def control_spec(run: Run, compared: GenerationSpec) -> GenerationSpec | None:
    """The control of a run that declares a goal, when the run it is compared with is not one.

    Part 2 of exercise 1 compares a steered run with a control that differs in the prompt only.
    When the compared run also differs in the model, chat setting or budget (the same declared
    key and value), the control is derived: the compared run's prompt at this run's model, chat
    setting and budget. None when the compared run already is the control.
    """
    if (compared.model, compared.chat, compared.budget()) == (run.model, run.chat, run.budget()):
        return None
    return GenerationSpec(
        model=run.model,
        prompt=compared.prompt,
        chat=run.chat,
        max_new_tokens=run.max_new_tokens,
        max_length=run.max_length,
    )


def controls(assignment: Assignment, submission: Submission) -> dict[str, GenerationSpec]:
    """Derived control specs by run name (for goal runs whose compared run is not a control)."""
    specs: dict[str, GenerationSpec] = {
        BASELINE: assignment.baseline,
        **{r.name: r for r in submission.runs},
    }
    derived = {}
    for run in submission.runs:
        if run.goal is not None:
            spec = control_spec(run, specs.get(run.compare_to or BASELINE, assignment.baseline))
            if spec is not None:
                derived[run.name] = spec
    return derived


def request_for(spec: GenerationSpec, assignment: Assignment) -> GenerationRequest:
    allowed = assignment.model(spec.model)
    return GenerationRequest(
        model=spec.model,
        revision=allowed.revision if allowed else None,
        prompt=spec.prompt,
        chat=spec.chat,
        chat_template=allowed.chat_template if allowed and spec.chat else None,
        max_new_tokens=spec.max_new_tokens,
        max_length=spec.max_length,
    )


@dataclass
class Plan:
    """Unique requests, and which run of which submission uses which."""

    requests: dict[str, GenerationRequest] = field(default_factory=dict)
    uses: dict[str, dict[str, str]] = field(default_factory=dict)
    """Submission label -> run name (``baseline`` and ``control:<run>`` included) -> request key."""

    @property
    def total_runs(self) -> int:
        return sum(len(runs) for runs in self.uses.values())

    def shard(self, k: int, n: int) -> list[GenerationRequest]:
        """The k-th (1-based) of n deterministic slices of the unique requests."""
        ordered = sorted(self.requests.values(), key=lambda r: r.key)
        return [r for i, r in enumerate(ordered) if i % n == k - 1]


def plan(assignment: Assignment, submissions: dict[str, Submission]) -> Plan:
    """Plan every run of every submission (label -> submission) plus the baseline."""
    result = Plan()
    baseline = request_for(assignment.baseline, assignment)
    for label, sub in submissions.items():
        runs = {BASELINE: baseline}
        runs.update({run.name: request_for(run, assignment) for run in sub.runs})
        runs.update(
            {
                CONTROL_PREFIX + name: request_for(spec, assignment)
                for name, spec in controls(assignment, sub).items()
            }
        )
        for req in runs.values():
            result.requests.setdefault(req.key, req)
        result.uses[label] = {name: req.key for name, req in runs.items()}
    if not submissions:
        result.requests[baseline.key] = baseline
    return result
