"""A shipped submission's runs lightly reworded (pass 107: ``examples/pass.yaml`` with one persona
sentence before every prompt), for ``original_work``.

One notion of "lightly reworded" serves every file a student may copy: a shipped submission (the
template, an example, a reference one) is compared by the measure that finds a published case
or a classmate lightly reworded (:func:`grader.score.reworded.rewordings`): a sentence before or
after every prompt, in any language, the request every prompt makes in other words, a model
swapped, chat switched. :func:`shipped_owns` gives each shipped file's own runs, once per
assignment (every student's prompts left out on whatever model the file runs them);
:func:`shipped_rewording` the first one, by name, a submission's own runs reword.
Such a file is flagged for the TA, never failed: no measure tells a paraphrase from one's own
wording. What :func:`rewordings` leaves out (a request in synonyms on every prompt, other goals
or budgets) is left out here too, and so is ``validate``'s early warning, which compares runs
only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from grader.load.assignments import LoadedAssignment
from grader.load.schemas import Copies
from grader.score.reworded import Own, own_runs, rewordings
from grader.score.similar import Declared, RunSignature, shipped_view

_OWNS: dict[tuple[Path, str], dict[str, Own]] = {}


def shipped_owns(loaded: LoadedAssignment) -> dict[str, Own]:
    """Each shipped submission of ``loaded`` with runs -> its own runs, the runs every honest
    student has aside, as a reworded copy is compared (cached per assignment)."""
    key = (loaded.path, loaded.sha256)
    if key not in _OWNS:
        common, topic = shipped_view(loaded).common, tuple(loaded.assignment.topic)
        _OWNS[key] = {
            n: own_runs(s.runs, _everyones(s.runs, common), topic)
            for n, s in sorted(loaded.shipped.items())
            if s.runs
        }
    return _OWNS[key]


def _everyones(
    runs: Sequence[Declared], common: frozenset[RunSignature]
) -> frozenset[RunSignature]:
    """``common`` with its prompts on every model of ``runs``: the parent assignment's example
    runs every student's prompt on its own models, which is no run of its own here (rt53-15, a
    question form of that prompt and "in one sentence", met ex1's example on it)."""
    keys = {k for _, k, _ in common}
    return common | {(r.model, k, c) for r in runs for k in keys for c in (False, True)}


def shipped_rewording(mine: Own, owns: Mapping[str, Own], rules: Copies) -> str | None:
    """The first shipped file, by name, whose runs ``mine`` has lightly reworded, or that has
    ``mine`` lightly reworded (:func:`rewordings` is symmetric); None when there is none."""
    return next((n for n in sorted(owns) if rewordings(mine, owns[n], rules)), None)
