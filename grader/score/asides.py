"""A published file's runs with a sentence of the student's own at an edge of each prompt
(pass 81: rt71-11 copied with "Maps are my hobby.", "Second model now.", "Trying lists." before
its prompts): the same experiment, which the run signatures, whole prompts, do not meet.

:func:`aside_runs` gives a file's runs as a published file's are compared, each prompt's first
sentence (or else its last) dropped where no other prompt of the file has it and the rest asks
for whatever it asks for; :mod:`grader.score.experiment` compares them only when
the whole prompts met no published file, and only a match on published runs counts. Left out:
a sentence added in the middle of a prompt, or after one that does not end in a full stop
("short pls 🙏 Trying again." is one sentence), an aside in every prompt alike (that is the
file's own control), and classmates' copies (:mod:`grader.score.clusters`).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import NamedTuple

from grader.load.schemas import GOAL_TYPES
from grader.score.asks import adds
from grader.score.context import Context, RunView
from grader.score.prompts import prompt_key
from grader.score.published import Found, published_copy
from grader.score.requests import OPPOSITES, REQUESTS
from grader.score.similar import RunSignature
from grader.score.text import SENTENCE, main_script, script_share


class AsideRuns(NamedTuple):
    """A file's runs with the asides at their prompts' edges dropped."""

    runs: frozenset[RunSignature]
    """All its runs, chat settings dropped, the common ones aside."""
    goals: frozenset[RunSignature]
    """Its goal runs alone."""


def _sentences(prompt: str) -> list[str]:
    return [s.strip() for s in SENTENCE().findall(prompt) if s.strip()]


def _without_aside(
    run: RunView, others: set[str], published: Container[RunSignature]
) -> RunSignature | None:
    """``run``'s signature without its prompt's first (or else its last) sentence, where that
    sentence is in none of ``others`` (the file's other prompts' sentence keys), what is left is
    a published run (``published``, chat dropped) and asks for what the sentence asks for; None
    when neither edge is such an aside."""
    prompt, parts = run.spec.prompt, _sentences(run.spec.prompt)
    if len(parts) < 2:
        return None
    for aside, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        kept = prompt_key(" ".join(rest))
        if prompt_key(aside) in others or (run.spec.model, kept, False) not in published:
            continue
        # the aside asks for nothing the rest does not ("Trying lists." before a list request),
        # for or against a goal, and is in a script the rest is written in (rt82-14: an English
        # request after a Japanese prompt asks for English however it is worded)
        text = " ".join(rest)
        scripts = script_share(text, main_script(aside)) >= 0.2 or not any(map(str.isalpha, text))
        if _asks_nothing(prompt, text) and scripts:
            return run.spec.model, kept, run.spec.chat
    return None


def _asks_nothing(prompt: str, rest: str) -> bool:
    """``prompt`` makes no request, for a goal or against it, that ``rest`` does not."""
    return not any(
        adds(table.get(g, ()), prompt, rest, bounded=False)
        for g in GOAL_TYPES
        for table in (REQUESTS, OPPOSITES)
    )


def aside_runs(
    runs: Sequence[RunView], common: frozenset[RunSignature], published: Container[RunSignature]
) -> AsideRuns | None:
    """``runs`` as published runs are compared, asides dropped (module docstring); None when no
    prompt has an aside whose dropping meets a run in ``published`` (chat dropped)."""
    keys = [{prompt_key(s) for s in _sentences(r.spec.prompt)} for r in runs]
    signatures: list[tuple[RunSignature, bool]] = []
    met = False
    for i, run in enumerate(runs):
        others = set().union(*(k for j, k in enumerate(keys) if j != i))
        kept = _without_aside(run, others, published)
        met = met or kept is not None
        whole = (run.spec.model, prompt_key(run.spec.prompt), run.spec.chat)
        signatures.append((kept or whole, run.goal is not None))
    if not met:
        return None
    mine = frozenset(s for s, _ in signatures) - common
    return AsideRuns(mine, frozenset(s for s, goal in signatures if goal) - common)


def aside_copy(ctx: Context, grams: frozenset[str]) -> Found | None:
    """The published file whose runs ``ctx``'s are with asides dropped, as
    :func:`grader.score.published.published_copy` finds it; None when there is none."""
    view = ctx.published
    assert view.index is not None  # built by PublishedView.__post_init__
    aside = aside_runs(ctx.runs, ctx.common, view.index.by_run)
    if aside is None:
        return None
    found = published_copy(aside.runs, aside.goals, grams, view, ctx.copies)
    return found._replace(aside=True) if found is not None else None
