"""What ``verify`` found, for the renderers: one :class:`Case` per verified item, in a
:class:`VerifyReport` (the terminal, JUnit and JSON are renderings of it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Case:
    """One verified item: a generation of a reference run, or a submission's grades."""

    name: str
    mode: str
    ok: bool
    message: str = ""
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class VerifyReport:
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
