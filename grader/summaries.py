"""What a command did, as data for the renderers: :class:`RunStats` for a grading run (the class
page, ``bench``), and verify's :class:`Report`, one :class:`Case` per verified item (the
terminal, JUnit and JSON). They sit below the report layer, so no renderer imports a command.
A student's result is :mod:`grader.results`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict


class RunStats(BaseModel):
    """What a pipeline run did (shown on the class page and by ``bench``)."""

    model_config = ConfigDict(extra="forbid")

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
    fingerprints: list[str] = []
    """Distinct fingerprint keys of the generations used."""


@dataclass
class Case:
    """One verified item: a generation of a reference run, or a submission's grades."""

    name: str
    mode: str
    ok: bool
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Report:
    reference: str
    modes: list[str]
    why: str
    cases: list[Case] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.cases)

    @property
    def totals(self) -> dict[str, int]:
        """Teacher-forced token counts over all cases: argmax, fragile_tolerated, diverged."""
        return {
            k: sum(c.counts.get(k, 0) for c in self.cases)
            for k in ("argmax", "fragile_tolerated", "diverged")
        }
