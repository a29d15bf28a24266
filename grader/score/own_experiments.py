"""A file's experiments of its own, as :mod:`grader.score.clusters` links classmates who share
one whatever else they ran: a control and the goal run compared with it, word for word, or a
control's subject with the goal its run asks for. Which files share one is the clusters' business.
"""

from __future__ import annotations

from collections.abc import Iterator

from grader.score.asks import asks_for
from grader.score.reworded import Planned
from grader.score.similar import RunSignature, signature, words
from grader.score.subject import subject


def experiments(
    runs: list[Planned], common: frozenset[RunSignature], topic: tuple[str, ...]
) -> Iterator[tuple[object, object]]:
    """A file's experiments of its own, whatever else it ran: a control not every student's and
    a goal run compared with it, word for word (rt29-07/08: two runs of four copied, one added,
    is no near_runs), and a control's subject with the goal its run asks for (rt49-07: one
    experiment reworded from each of two classmates)."""
    base = frozenset(w for _, key, _ in common for w in words(key))
    named = {r.name: r for r in runs}
    for run in runs:
        control = named.get(run.compare_to or "")
        if run.goal is not None and control is not None and signature(control) not in common:
            yield signature(control), signature(run)
            about = subject(control.prompt, base, topic)
            if about and asks_for(run.goal, run.prompt, control.prompt):
                yield about, run.goal
