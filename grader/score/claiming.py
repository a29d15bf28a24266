"""Which clauses of the notes may state a claim about a run, as :mod:`grader.score.stated` reads
them (pass 132): every clause but a question that asks, with a lead-in before a run's name left
out, and full-width letters as ASCII.

Left out: what a clause claims, and of which run (:mod:`grader.score.stated`,
:mod:`grader.score.naming`); which clauses report an observation
(:func:`grader.score.grounded.told`, which sets hearsay and other systems aside).
"""

from __future__ import annotations

import re

from grader.score.context import RunView
from grader.score.naming import named
from grader.score.predicted import clauses
from grader.score.reading import lazy


def claiming(own: str, runs: list[RunView]) -> list[str]:
    """The clauses of ``own`` that may state a claim: all but a question that asks ("Was X cut
    off?"; "Why did X get cut off?" says it was). A claim framed as someone's word ("According
    to the output, X ...", "My log says that X ...", と言っていい) or beside another system's
    name is still said of a run this file names (pass 132): grounded.told sets such clauses
    aside as observing nothing, not as saying nothing. A lead-in before a run's name is left
    out, so that the run opens its clause as without it."""
    out = []
    for c in clauses(own):
        if _ASKS().search(c) and not _PRESUPPOSES().search(c):
            continue
        lead = _LEAD().match(c)
        rest = c[lead.end() :] if lead else ""
        out.append(rest if rest and named(rest.split()[0].strip(",:"), runs) else c)
    return out


_ASKS = lazy(r"[?？]\W*$")
_LEAD = lazy(r"^[^,.;:]{1,40}?(?:,|\bthat)\s+")
"""A lead-in of a few words: "According to the output, ", "My log says that "."""
_PRESUPPOSES = lazy(r"^\W*(?:why|how\s+come)\b|なぜ|どうして", re.IGNORECASE)
HALF_WIDTH = {
    c: chr(c - 0xFEE0)
    for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0D]
}
"""Full-width digits, letters and hyphen as ASCII."""
