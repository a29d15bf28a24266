"""What one grading run did, for the renderers: :class:`RunStats` (the class page, ``bench``),
and :class:`Step`, one thing the generation loop does as a watcher sees it (not stored)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from grader.results.generation import Strict


class RunStats(Strict):
    """What a pipeline run did (shown on the class page and by ``bench``)."""

    files: int = 0
    """Submission files seen."""
    total_runs: int = 0
    """Runs over all valid submissions, baseline included."""
    unique_requests: int = 0
    """Distinct generation requests after deduplication."""
    cache_hits: int = 0
    """Requests answered from the cache."""
    generated: int = 0
    """Generations performed in this run."""
    new_tokens: int = 0
    """Tokens generated in this run."""
    generate_s: float = 0.0
    """Seconds spent generating."""
    seconds: float = 0.0
    """Wall time of the whole run."""
    model_loads: int = 0
    """Models loaded."""
    device: str = ""
    """Device used (or that would be used)."""
    device_name: str = ""
    """GPU/CPU model."""
    fingerprints: list[str] = Field(default_factory=list)
    """Distinct fingerprint keys of the generations used."""


@dataclass(frozen=True)
class Step:
    """One thing the generation loop does, for a watcher (``check`` on a terminal): a model
    about to load, or one request generated, with the runs that asked for it."""

    kind: Literal["loading", "generated"]
    model: str
    runs: tuple[str, ...] = ()
    """The run names that use the request (derived controls as ``control:<run>``)."""
    tokens: int = 0
    """Tokens generated, the final EOS aside (the count every report shows)."""
    seconds: float = 0.0
