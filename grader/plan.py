"""Plan: turn loaded submissions into deduplicated, content-keyed generation requests.

A request is everything that decides the generated tokens *before* the environment: model,
pinned revision, prompt, chat flag (and template override) and budget. Identical requests
across a whole class -- the assignment's baseline, popular prompts -- share one request key and
are generated once. Requests are ordered by model so each model is loaded once, and can be split
into deterministic shards by key (not by student, so the baseline is never repeated). The
derived controls come with the loaded submissions (:mod:`grader.load.controls`); the
environment part of the cache key is added by :mod:`grader.generate.cache`.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from grader.load.controls import CONTROL_PREFIX
from grader.load.schemas import BASELINE, Assignment, GenerationSpec
from grader.load.validate import LoadedSubmission


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
    def request_key(self) -> str:
        """The request's content key: equal requests, from any student, share it."""
        return _content_key(self)

    def budget(self, prompt_tokens: int) -> int:
        """The new tokens it may generate after a prompt of ``prompt_tokens``: max_new_tokens, or
        what max_length leaves."""
        if self.max_new_tokens is not None:
            return self.max_new_tokens
        return (self.max_length or 0) - prompt_tokens


@functools.lru_cache(maxsize=1 << 14)  # a class asks for each request's key a dozen times
def _content_key(req: GenerationRequest) -> str:
    """Keyed by the frozen request's fields (equal requests hash alike), not stored on it: a copy
    with changed fields would carry a stored key along."""
    blob = json.dumps(req.model_dump(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


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
    """Request key -> request."""
    uses: dict[str, dict[str, str]] = field(default_factory=dict)
    """Submission file key -> run name (``baseline`` and ``control:<run>`` included) -> request
    key."""

    @property
    def total_runs(self) -> int:
        return sum(len(runs) for runs in self.uses.values())

    def users(self) -> dict[str, list[str]]:
        """Request key -> the file keys of the submissions that use it: after a generation only
        they can have become ready (rescanning the class each time costs classes x requests)."""
        users: dict[str, list[str]] = {key: [] for key in self.requests}
        for file_key, runs in self.uses.items():
            for key in dict.fromkeys(runs.values()):
                users[key].append(file_key)
        return users

    def run_names(self) -> dict[str, tuple[str, ...]]:
        """Request key -> the names of the runs it serves, sorted (for the step lines)."""
        names: dict[str, set[str]] = {}
        for runs in self.uses.values():
            for name, key in runs.items():
                names.setdefault(key, set()).add(name)
        return {key: tuple(sorted(n)) for key, n in names.items()}

    def shard(self, k: int, n: int) -> list[GenerationRequest]:
        """The k-th (1-based) of n deterministic slices of the unique requests."""
        ordered = sorted(self.requests.values(), key=lambda r: r.request_key)
        return [r for i, r in enumerate(ordered) if i % n == k - 1]


def plan(assignment: Assignment, submissions: Iterable[LoadedSubmission]) -> Plan:
    """Plan every run of every submission, its derived controls, and the baseline."""
    result = Plan()
    baseline = request_for(assignment.baseline, assignment)
    for loaded in submissions:
        runs = {BASELINE: baseline}
        runs.update({run.name: request_for(run, assignment) for run in loaded.submission.runs})
        runs.update(
            {
                CONTROL_PREFIX + name: request_for(spec, assignment)
                for name, spec in loaded.controls.items()
            }
        )
        for req in runs.values():
            result.requests.setdefault(req.request_key, req)
        result.uses[loaded.file_key] = {name: req.request_key for name, req in runs.items()}
    if not result.uses:
        result.requests[baseline.request_key] = baseline
    return result
