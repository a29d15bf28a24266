"""Copies of the honest submissions published in this project's tests
(:mod:`grader.load.published`), for ``original_work``.

Honest students meet on the natural designs (the Japanese control on both models, "in one
sentence"), and the published cases cover those designs. So runs merely near a published file's
prove nothing. A published file counts only when a submission has its runs, the same or
containing them or contained in them (its goal runs all among them counts too), in either chat
setting, the runs every honest student has aside, and then:

* with near-identical own notes as well (``notes_similarity``), the file is a copy:
  ``original_work`` fails;
* with notes of its own, it is credited and flagged for the TA, who can open the file named,
  unless the design is natural (:func:`unless_natural`).

Goal runs that are all published runs, taken from several files, are flagged too, and so are
own notes near-identical to a published file's, whatever the runs, and runs that are a
published file's lightly reworded (:mod:`grader.score.reworded`). Across a class, two students
who copy one file are clustered (:mod:`grader.score.clusters`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from grader.load.assignments import LoadedAssignment, resolve
from grader.load.published import published
from grader.load.schemas import Copies
from grader.score.natural import Commonness
from grader.score.notes import note_grams, notes_alike, own_keys
from grader.score.patched import sentence_index
from grader.score.reworded import Own, own_runs, rewordings
from grader.score.similar import Alike, RunSignature, patchwork, run_set, runs_alike, shipped_view
from grader.score.subject import one_idea


@dataclass(frozen=True)
class PublishedView:
    """The published files as a submission is compared with them, computed once per
    assignment; each mapping in name order, which is the order they are compared in."""

    runs: dict[str, frozenset[RunSignature]]
    """Each published file's runs, the common ones aside, chat settings dropped."""
    grams: dict[str, frozenset[str]]
    """Each published file's own notes, as character trigrams (:func:`note_grams`)."""
    sha256: dict[str, str]
    """Each published file's hash: graded as itself, a file is not its own copy."""
    owns: dict[str, Own]
    """Each published file's own runs, as a reworded copy is compared."""
    index: _Index | None = None
    """Where to look first (built from the mappings when not given; :meth:`but` shares it)."""
    said: Mapping[str, str] = field(default_factory=dict)
    """A long own sentence's key -> the one published file whose notes say it (:mod:`.patched`)."""

    def __post_init__(self) -> None:
        if self.index is None:
            object.__setattr__(self, "index", _Index.of(self))

    def but(self, sha256: str) -> PublishedView:
        """This view without the file whose bytes hash to ``sha256`` (the file being graded)."""
        if sha256 not in self.sha256.values():
            return self
        drop = [n for n, h in self.sha256.items() if h == sha256]
        # copied and popped: faster than a comprehension over 1400 names, once per graded file
        runs, grams, hashes = dict(self.runs), dict(self.grams), dict(self.sha256)
        owns = dict(self.owns)
        for name in drop:
            for mapping in (runs, grams, hashes, owns):
                mapping.pop(name, None)
        # ``said`` is shared whole: its names are read against ``sha256`` (:mod:`.patched`)
        return PublishedView(runs, grams, hashes, owns, self.index, self.said)


@dataclass(frozen=True)
class _Index:
    """The published files by what a match needs them to share with a submission, so that a
    class of hundreds compares each file with a few of them, not all (the same answers: each
    lookup is tested against comparing with all)."""

    by_run: dict[RunSignature, tuple[str, ...]]
    """Run -> the files that have it: a copy shares at least one run (``min_shared_runs`` >= 1)."""
    goals: dict[str, frozenset[tuple[object, ...]]]
    """Each file's goal designs (:func:`_goal_designs`)."""
    by_goal: dict[tuple[object, ...], tuple[str, ...]]
    """Goal design -> the files with a goal run of that design."""
    by_subject: dict[frozenset[str], tuple[str, ...]]
    """Subject -> the files with a control of their own about it (:func:`one_idea`)."""
    open: tuple[str, ...]
    """The files with no goal design, which may pair with any file."""
    commonness: Commonness = field(default=Commonness((), ()), compare=False)
    """What every file is about and asks (:mod:`grader.score.natural`)."""
    grams: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False)
    """Every file's note trigrams (the view's the index was built of)."""
    prefixes: dict[float, _Prefixes] = field(default_factory=dict, compare=False)
    """The files' note trigrams by prefix, for each notes similarity asked for (built when
    first asked: :func:`published_notes`)."""

    @staticmethod
    def of(view: PublishedView) -> _Index:
        by_run: dict[RunSignature, list[str]] = defaultdict(list)
        by_goal: dict[tuple[object, ...], list[str]] = defaultdict(list)
        by_subject: dict[frozenset[str], list[str]] = defaultdict(list)
        for name, runs in view.runs.items():
            for run in runs:
                by_run[run].append(name)
        goals = {n: _goal_designs(own) for n, own in view.owns.items()}
        for name, own in view.owns.items():
            for d in goals[name]:
                by_goal[d].append(name)
            if one_idea(own, own):
                by_subject[own.subject].append(name)
        return _Index(
            {k: tuple(v) for k, v in by_run.items()},
            goals,
            {k: tuple(v) for k, v in by_goal.items()},
            {k: tuple(v) for k, v in by_subject.items()},
            tuple(n for n, g in goals.items() if not g),
            Commonness.of(view.owns.values()),
            view.grams,
        )


def build_view(loaded: LoadedAssignment) -> PublishedView:
    """The published files of ``loaded`` and of the assignment it extends, computed (what
    :func:`grader.score.stored.published_view` stores and serves)."""
    folders = [loaded.folder]
    if loaded.extends:
        folders.append(resolve(loaded.extends).parent)
    shipped = shipped_view(loaded)
    corpus = shipped.corpus()
    every = sorted((f for folder in folders for f in published(folder)), key=lambda f: f.name)
    files = [f for f in every if not f.notes_only]
    # a failing file's notes whole, shipped sentences and all: reading them against the
    # shipped texts cost every scoring process 0.6 s, and a copier's own notes match them
    # the same or less (a student's pasted README lines are never their own)
    keys = {f.name: own_keys(f.notes, "" if f.notes_only else corpus) for f in every}
    grams = {name: note_grams(k) for name, k in keys.items()}
    return PublishedView(
        runs={f.name: _any_chat(run_set(f.runs, shipped.common)) for f in files},
        grams=_originals(grams, {f.name for f in files}, loaded.assignment.copies),
        sha256={f.name: f.sha256 for f in every},
        owns={f.name: own_runs(f.runs, shipped.common, loaded.assignment.topic) for f in files},
        said=sentence_index(keys, {f.name for f in files}),
    )


def _originals(
    grams: dict[str, frozenset[str]], passing: set[str], rules: Copies
) -> dict[str, frozenset[str]]:
    """The notes of the passing files, and of the others those whose notes are not alike a passing
    file's: a failing copy of an honest file's notes would make the original look copied."""
    kept = {n: g for n, g in grams.items() if n in passing}
    prefixes = _Prefixes(grams.values(), rules.notes_similarity)
    prefixes.add(kept)
    for name, g in grams.items():
        near = prefixes.near(g)
        if name not in passing and not any(notes_alike(g, kept[m], rules) for m in near):
            kept[name] = g
    return dict(sorted(kept.items()))


class _Prefixes:
    """The prefix filter of set-similarity joins: under one order of the trigrams (rarest first
    among ``every`` set), two sets with Jaccard >= ``t`` share one of the first len - floor(t * len)
    + 1 of each (the rarest, so few files share one). Rounding down keeps the prefix as long or
    longer than the bound's, so no pair is lost."""

    def __init__(self, every: Iterable[frozenset[str]], t: float) -> None:
        self.rarity, self.t = Counter(tri for g in every for tri in g), t
        self.by_trigram: dict[str, list[str]] = defaultdict(list)

    def prefix(self, g: frozenset[str]) -> list[str]:
        ordered = sorted(g, key=lambda tri: (self.rarity[tri], tri))
        return ordered[: len(ordered) - math.floor(self.t * len(ordered)) + 1]

    def add(self, sets: Mapping[str, frozenset[str]]) -> None:
        for name, g in sets.items():
            for tri in self.prefix(g):
                self.by_trigram[tri].append(name)

    def near(self, g: frozenset[str]) -> set[str]:
        """The files added whose prefix shares a trigram with ``g``'s."""
        return {m for tri in self.prefix(g) for m in self.by_trigram.get(tri, ())}


class Found(NamedTuple):
    """A published file a submission's runs match: its name, how, and whether notes are alike."""

    name: str
    how: Alike
    notes_too: bool
    aside: bool = False
    """Met with a sentence of the student's own dropped from prompts (:mod:`.asides`)."""


def published_copy(
    mine: frozenset[RunSignature],
    goals: frozenset[RunSignature],
    grams: frozenset[str],
    view: PublishedView,
    rules: Copies,
) -> Found | None:
    """The first published file, by name, whose runs ``mine`` has (the same, containing or
    contained; ``goals``, the goal runs, all among its runs), in either chat setting, and
    whether the own notes (``grams``) are near-identical to its; None when there is none."""
    mine, goals = _any_chat(mine), _any_chat(goals)
    for name in _sharing(mine | goals, view):
        runs = view.runs[name]
        how = runs_alike(mine, runs, rules)
        if how == "near_runs":
            how = None
        if how is None and len(goals) >= rules.min_shared_runs and goals <= runs:
            how = "contained"
        if how is not None:
            return Found(name, how, notes_alike(grams, view.grams[name], rules))
    return _patchwork(goals, view, rules)


def _patchwork(goals: frozenset[RunSignature], view: PublishedView, rules: Copies) -> Found | None:
    """Goal runs that are all published runs, taken from several files
    (:func:`grader.score.similar.patchwork`): flagged, never failed (each run alone may be
    anyone's natural wording)."""
    if len(goals) < rules.min_shared_runs:
        return None
    # the files that hold none of the goal runs add nothing to their union, nor a source
    copy = patchwork(goals, {n: view.runs[n] for n in _sharing(goals, view)}, rules)
    return Found(copy.name, copy.how, False) if copy is not None else None


def _sharing(runs: frozenset[RunSignature], view: PublishedView) -> list[str]:
    """The files of ``view`` that have one of ``runs``, in name order."""
    index = view.index
    assert index is not None  # built by __post_init__
    return _present((n for r in runs for n in index.by_run.get(r, ())), view.runs)


def _any_chat(runs: frozenset[RunSignature]) -> frozenset[RunSignature]:
    """Runs with their chat setting dropped: a published file with ``chat`` switched is the same
    experiment copied (the flag, not a fail, is for the TA to judge)."""
    return frozenset((model, key, False) for model, key, _ in runs)


def any_model(runs: frozenset[RunSignature]) -> frozenset[RunSignature]:
    """Runs with their model and chat setting dropped: a shipped file moved onto other models
    (the parent assignment's example on this one's, rt47-07) is the same experiment copied."""
    return frozenset(("", key, False) for _, key, _ in runs)


def published_notes(grams: frozenset[str], view: PublishedView, rules: Copies) -> str | None:
    """The first published file, by name, whose own notes ``grams`` are near-identical to
    (``notes_similarity``); None when there is none."""
    index, t = view.index, rules.notes_similarity
    assert index is not None  # built by __post_init__
    if t not in index.prefixes:  # of every published file: but() shares the index
        index.prefixes[t] = _Prefixes(index.grams.values(), t)
        index.prefixes[t].add(index.grams)
    near = index.prefixes[t].near(grams)
    alike = (n for n in _present(near, view.grams) if notes_alike(grams, view.grams[n], rules))
    return next(alike, None)


def published_rewording(mine: Own, view: PublishedView, rules: Copies) -> str | None:
    """The first published file, by name, whose runs ``mine`` has lightly reworded
    (:func:`grader.score.reworded.rewordings`), on a design rarer than ``copies.natural_share``
    (:mod:`grader.score.natural`); None when there is none. A rewording pairs a goal run of one
    design on each side, or is about the same subject, so the files that share neither with
    ``mine`` are passed over (most of them, in a class of hundreds)."""
    index, goals = view.index, _goal_designs(mine)
    assert index is not None  # built by __post_init__
    if not goals:
        names: Iterable[str] = view.owns
    else:
        names = [*index.open, *(n for d in goals for n in index.by_goal.get(d, ()))]
        if one_idea(mine, mine):
            names = [*names, *index.by_subject.get(mine.subject, ())]
    natural, share = index.commonness.natural, rules.natural_share
    found = (n for n in _present(names, view.owns) if rewordings(mine, view.owns[n], rules))
    return next((n for n in found if not natural(mine, view.owns[n], share)), None)


def unless_natural(f: Found | None, mine: Own, view: PublishedView, rules: Copies) -> Found | None:
    """``f``, but None where its runs alone (not its notes) met ``mine`` on a natural design
    (:mod:`grader.score.natural`): rt123-14's 猫の話 asked 一文で, word for word."""
    if f is None or f.notes_too or f.name not in view.owns or view.index is None:
        return f
    natural = view.index.commonness.natural(mine, view.owns[f.name], rules.natural_share)
    return None if natural else f


def _present(names: Iterable[str], view: Mapping[str, object]) -> list[str]:
    """``names`` still in ``view`` (:meth:`PublishedView.but` leaves the index whole), in name
    order: the only files to compare, in the order comparing all would meet them."""
    return sorted(n for n in set(names) if n in view)


def _goal_designs(own: Own) -> frozenset[tuple[object, ...]]:
    return frozenset(d for d in own.designs if d[1] is not None)
