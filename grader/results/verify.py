"""What ``verify`` found: one :class:`Case` per verified item, in a versioned
:class:`VerifyReport`. The terminal lines, the JUnit XML and ``--json`` are renderings of it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, computed_field

from grader.results.generation import Strict

COUNTS = ("argmax", "fragile_tolerated", "diverged")
"""Teacher-forced token counts that a report totals."""


class Case(Strict):
    """One verified item: a generation of a reference run, or a submission's grades."""

    name: str
    """``<submission stem>.<run>`` for a generation, ``<submission stem>.grades`` for grades."""
    mode: str
    """``exact``, ``teacher-forced`` or ``grades``."""
    ok: bool
    """Verified (a divergence or a changed grade is not)."""
    message: str = ""
    """What was found, with the numbers; for a failure, where and the likely cause."""
    counts: dict[str, int] = Field(default_factory=dict)
    """Teacher-forced: tokens, argmax, fragile_tolerated, diverged."""


class VerifyReport(Strict):
    """Everything one ``verify`` run checked, and why it chose its modes."""

    schema_version: Literal[1] = 1
    """Format version of this JSON."""
    reference: str
    """The reference set's folder."""
    modes: list[str]
    """The modes that ran, generation mode first, ``grades`` last."""
    why: str
    """Why that generation mode: the fingerprint matches, or what differs."""
    cases: list[Case] = Field(default_factory=list)
    """Every verified item."""
    seconds: dict[str, float] = Field(default_factory=dict)
    """Seconds per mode."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        """Every case verified."""
        return all(c.ok for c in self.cases)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def totals(self) -> dict[str, int]:
        """Teacher-forced token counts over all cases: argmax, fragile_tolerated, diverged."""
        return {k: sum(c.counts.get(k, 0) for c in self.cases) for k in COUNTS}
