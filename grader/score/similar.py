"""One measure of "a copy", for a submission against the shipped files and across a class.

* Runs: a run without its name, goal label or budget is its model, prompt (:func:`prompt_key`)
  and chat setting (:func:`signature`); the budget only decides where an answer may be cut, so a
  copy with its budgets nudged by a token is still a copy. The runs every honest student has --
  the baseline's, and the one the template fills in -- are left out of both sides. Two run sets
  are alike when they share at least ``min_shared_runs`` runs and one contains the other, or
  their Jaccard similarity is at least ``min_jaccard`` (:func:`runs_alike`): a copy plus extra
  runs, or with a goal relabelled, is still a copy. So is a file whose goal runs (two at least)
  are all a shipped file's runs, or are alike its goal runs by the same measure, however many
  runs of other requests pad it and decoy goal runs join them (:func:`first_copy`).
* Designs: a run's design is its model, chat setting, kind of budget, goal and whether it is
  compared with another run of the file (:func:`design`). A file that has, for every run of a
  shipped file (three at least), a run of the same design whose prompt shares half its words
  with that run's is that file with the prompts reworded (:func:`mirrors`); so is a file that
  has, for every goal run of a shipped file (three at least), a run for the same goal with such a
  prompt, on whatever model, chat setting or budget. No measure can tell a paraphrase from one's
  own wording, so it is flagged for the TA, not failed (classmates: :mod:`grader.score.reworded`).
* Notes: a student's own notes, and when two are alike, are :mod:`grader.score.notes`.

What a submission is compared with, the shipped files' runs and sentences, is computed once per
assignment (:func:`shipped_view`): ``check``, ``grade`` and ``validate``'s warning share it.
Class-wide clusters, found with an index, are :mod:`grader.score.clusters`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

from grader.load.assignments import LoadedAssignment, resolve
from grader.load.published import prose
from grader.load.schemas import BASELINE, Copies, declared_budget
from grader.load.shipped import TEMPLATE_FILE
from grader.score.notes import corpus_key, jaccard, notes_key, whole
from grader.score.prompts import prompt_key
from grader.score.text import pieces

RunSignature = tuple[str, str, bool]
"""(model, prompt key, chat): a run without its name, goal or budget."""
Design = tuple[tuple[str, bool, str, str | None, bool], str]
"""((model, chat, budget key, goal, compared with another run), prompt key)."""
MIN_MIRRORED = 3
"""A shipped file mirrors into a student's only with this many runs (the template's two runs
are what every student starts from)."""
NEAR_WORDS = 0.5
"""Reworded: two prompts whose keys' word sets have this Jaccard similarity at least."""
NEAR_REQUEST = 1 / 3
"""The same request: what two prompts add to their file's common words, this alike at least."""
Alike = Literal["same_runs", "contained", "near_runs"]


class Copy(NamedTuple):
    """What a file copies: the shipped file (or files, joined by " + "), how, and their runs."""

    name: str
    how: Alike
    theirs: frozenset[RunSignature]


class Declared(Protocol):
    """A run as declared: a submission's, a shipped file's or a result's (no copy is made, as a
    class of thousands compares every run)."""

    @property
    def model(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def chat(self) -> bool: ...
    @property
    def max_new_tokens(self) -> int | None: ...
    @property
    def max_length(self) -> int | None: ...


def signature(run: Declared) -> RunSignature:
    """A run as copies are compared: model, prompt key, chat; a budget only sets where it stops."""
    return run.model, prompt_key(run.prompt), run.chat


def run_set(
    specs: Iterable[Declared], common: frozenset[RunSignature] = frozenset()
) -> frozenset[RunSignature]:
    """The signatures of ``specs``, the runs every honest student has (``common``) left out."""
    return frozenset(signature(s) for s in specs) - common


def runs_alike(
    mine: frozenset[RunSignature], other: frozenset[RunSignature], rules: Copies
) -> Alike | None:
    """How ``mine`` is like ``other``: the same runs, one contained in the other, or near the
    same; None when they share fewer than ``min_shared_runs`` runs or are not alike."""
    shared = len(mine & other)
    if shared < rules.min_shared_runs:
        return None
    if mine == other:
        return "same_runs"
    if mine <= other or other <= mine:
        return "contained"
    return "near_runs" if shared / len(mine | other) >= rules.min_jaccard else None


def first_copy(
    mine: frozenset[RunSignature],
    shipped: dict[str, frozenset[RunSignature]],
    rules: Copies,
    goals: frozenset[RunSignature] = frozenset(),
    designs: dict[str, frozenset[Design]] | None = None,
) -> Copy | None:
    """The first shipped file, by name, whose runs ``mine`` is alike (:func:`runs_alike`), and
    how; None for one's own runs. ``goals`` are the goal runs alone: when all of them (at least
    ``min_shared_runs``) are a shipped file's runs, or they are alike the goal runs of its
    ``designs``, or they are all shipped runs of several files, the file is a copy, whatever runs
    of other requests pad it or decoy goal runs join them. ``original_work`` and ``validate``'s
    warning both ask this."""
    for name, runs in sorted(shipped.items()):
        how = runs_alike(mine, runs, rules)
        if how is None and len(goals) >= rules.min_shared_runs and goals <= runs:
            how = "contained"
        if how is None and designs and name in designs:
            how = runs_alike(goals, goal_signatures(designs[name]), rules)
        if how is not None:
            return Copy(name, how, runs)
    return patchwork(goals, shipped, rules)


def patchwork(
    goals: frozenset[RunSignature], shipped: dict[str, frozenset[RunSignature]], rules: Copies
) -> Copy | None:
    """Goal runs (``min_shared_runs`` or more) that are all shipped runs, taken from several
    files: the files they come from, joined, "contained", and those files' runs."""
    if len(goals) < rules.min_shared_runs or not goals <= frozenset().union(*shipped.values()):
        return None
    sources = sorted(n for n, runs in shipped.items() if goals & runs)
    theirs = frozenset().union(*(shipped[n] for n in sources))
    return Copy(" + ".join(sources), "contained", theirs)


def goal_signatures(designs: frozenset[Design]) -> frozenset[RunSignature]:
    """The goal runs of a file's ``designs``, as copies are compared (:func:`signature`)."""
    return frozenset((d[0], key, d[1]) for d, key in designs if d[3] is not None)


def design(run: Declared, goal: str | None, compare_to: str | None) -> Design:
    """A run as its experiment is designed (its budget's value aside), with its prompt's key."""
    key, _ = declared_budget(run.max_new_tokens, run.max_length)
    return (run.model, run.chat, key, goal, compare_to not in (None, BASELINE)), prompt_key(
        run.prompt
    )


@functools.lru_cache(maxsize=1 << 14)  # the same prompts are compared across a class
def words(key: str) -> frozenset[str]:
    """The words of a prompt key; one of a script written without spaces (Japanese) counts by
    its character pairs, so a reworded Japanese prompt shares most of its words, as in English."""
    return frozenset(p for w in key.split() for p in _pieces(w))


def _pieces(w: str) -> tuple[str, ...]:
    return (w,) if w.isascii() or len(w) < 3 else tuple(w[i : i + 2] for i in range(len(w) - 1))


def reworded(a: str, b: str) -> bool:
    """Prompt keys ``a`` and ``b`` share at least :data:`NEAR_WORDS` of their :func:`words`."""
    return jaccard(words(a), words(b)) >= NEAR_WORDS


def mirrors(mine: frozenset[Design], shipped: frozenset[Design]) -> bool:
    """Every run of ``shipped`` (:data:`MIN_MIRRORED` or more) has one in ``mine`` of the same
    design and a reworded prompt; or every goal run of ``shipped`` (as many) has one in ``mine``
    for the same goal with a reworded prompt that adds the same request, whatever its model,
    chat setting, budget or comparison: the shipped requests for the goals, moved onto other
    settings."""
    if len(shipped) >= MIN_MIRRORED and all(
        any(d == e and reworded(p, q) for e, q in mine) for d, p in shipped
    ):
        return True
    goals = [(d[3], p) for d, p in shipped if d[3] is not None]
    # the request each goal run adds: its words beyond those every run of the file shares (the
    # baseline's request), so that one's own wording of the same three goals is not a mirror
    common = frozenset.intersection(*(words(p) for _, p in shipped))
    return len(goals) >= MIN_MIRRORED and all(
        any(g == e[3] and reworded(p, q) and same_request(p, q, common) for e, q in mine)
        for g, p in goals
    )


def same_request(a: str, b: str, common: frozenset[str], alike: float = NEAR_REQUEST) -> bool:
    """Prompt keys ``a`` and ``b`` add the same request to ``common``: the :func:`words` each adds
    share ``alike`` of their union."""
    x, y = words(a) - common, words(b) - common
    return x == y or jaccard(x, y) >= alike


@dataclass(frozen=True)
class ShippedView:
    """What a whole class is compared with, computed once per assignment."""

    common: frozenset[RunSignature]
    """The runs every honest student has (the baseline's, the one the template fills in)."""
    runs: dict[str, frozenset[RunSignature]]
    """Each shipped submission's other runs."""
    designs: dict[str, frozenset[Design]]
    """Each shipped submission's run designs, all its runs."""
    guides: tuple[str, ...]
    """The guides' texts (READMEs, description)."""
    notes: dict[str, str]
    """Each shipped submission's notes."""
    sayings: tuple[Path, ...] = ()
    """The assignment files, whose texts (model notes, criterion titles: rt53-07) are no one's
    own only whole ("output changed" is a student's words too); read when first asked for."""

    corpora: dict[frozenset[str], str] = field(default_factory=dict, repr=False, compare=False)
    """The corpus for each ``but`` asked for (joined once: it holds the project's prose, and
    a class asks for the same one for nearly every file)."""

    def corpus(self, but: Iterable[str] = ()) -> str:
        """The keys of every shipped sentence, the notes of the files ``but`` aside (keyed when
        first asked for: ``validate``'s copy warning compares runs only)."""
        skip = frozenset(but)
        if skip not in self.corpora:
            notes = [_keyed((v,)) for n, v in self.notes.items() if n not in skip]
            self.corpora[skip] = "\n".join([_keyed(self.guides), *notes, _sayings(self.sayings)])
        return self.corpora[skip]


@functools.lru_cache(maxsize=16)
def _keyed(texts: tuple[str, ...]) -> str:
    return corpus_key(texts)


_VIEWS: dict[tuple[Path, str], ShippedView] = {}


def shipped_view(loaded: LoadedAssignment) -> ShippedView:
    """What ``loaded`` ships, as submissions are compared with it (cached per assignment)."""
    key = (loaded.path, loaded.sha256)
    if key not in _VIEWS:
        template = loaded.shipped.get(TEMPLATE_FILE)
        given = run_set([loaded.assignment.baseline, *(template.runs if template else ())])
        # with the chat template or without it, these runs are every honest student's
        common = given | frozenset((model, key, not chat) for model, key, chat in given)
        _VIEWS[key] = ShippedView(
            common=common,
            runs={n: run_set(s.runs, common) for n, s in loaded.shipped.items() if s.runs},
            designs={
                n: frozenset(design(r, r.goal, r.compare_to) for r in s.runs)
                for n, s in loaded.shipped.items()
            },
            # the test suite's prose, read from the index when scoring (validate never does)
            guides=loaded.guide_texts + prose(loaded.folder),
            notes={n: s.notes for n, s in loaded.shipped.items() if s.notes},
            sayings=(loaded.path, *([resolve(loaded.extends)] if loaded.extends else [])),
        )
    return _VIEWS[key]


@functools.lru_cache(maxsize=4)
def _sayings(paths: tuple[Path, ...]) -> str:
    """Every string value of the shipped assignment files, a digest line per sentence."""
    import yaml

    found, stack = [], [yaml.safe_load(p.read_text(encoding="utf-8")) for p in paths]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict | list):
            stack.extend(item.values() if isinstance(item, dict) else item)
    return "\n".join(whole(notes_key(s)) for t in found for s in pieces(t))


def itself(loaded: LoadedAssignment, sha256: str) -> frozenset[str]:
    """The shipped files that are this very file (its bytes: an example, a reference): a file is
    not its own copy."""
    return frozenset(n for n, s in loaded.shipped.items() if s.sha256 == sha256)
