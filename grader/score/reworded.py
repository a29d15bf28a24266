"""One file's runs lightly reworded in another: a classmate's copy with its prompts touched up
(:mod:`grader.score.clusters`), or a published case's (:mod:`grader.score.published`).

A file's own runs are its runs but those every honest student has. Two files are rewordings
(:func:`rewordings`) when, each with ``min_shared_runs`` own runs at least:

1. what their own runs say beyond the words all their own runs share, each word tagged with
   its run's design, reaches :data:`NEAR_WORDS` Jaccard over the two files (which also lets a
   prefix-filter join find every pair), or, for a file with a control of its own (its own runs
   share words beyond every student's prompts), over that file's designs: the copy given one
   more goal is still a copy;
2. every own run of one of them (whose designs are all the other's) has, in the other, a run
   of the same design -- kind of budget, goal and the numbers its prompt states, on either
   model, in either chat setting and whatever run it is compared with -- with a budget within
   :data:`BUDGET_NUDGE` of its own, whose prompt shares half its words, whole or beyond the
   words all its file's runs share (:func:`grader.score.similar.reworded`), and adds the same
   request to the words the files' runs share, at :data:`SAME_REQUEST` (one word in three
   would call "in one line" and "in one sentence" the same request in Japanese, whose words are
   character pairs), courtesy words (:data:`COURTESY`) aside, with or without the words a
   request comes with that ask for nothing (``FILLER``: "write it as" is "put it in");
3. the file with fewer has at least ``min_jaccard`` of the other's own runs: a copy with a run
   or two added is still a copy, a file that meets part of a larger one is not.

A file with a control of its own and three own runs or more may leave one run without a partner
(a stated number changed, a word swapped for a synonym) when a goal run has one, the two files'
tagged words reach :data:`NEAR_WORDS` and they are about the same thing (rt26-07/08; rt38-11).
Words are tagged with their run's kind of budget and goal, not its numbers, so a changed number
leaves them alike; a number every own run states ("80s dragon", rt27-09) is no part of a run's
design, nor is a label numbering a prompt at its start or end ("(try 1)" .. "(try 4)", rt28-08).

Two files that both have a control of their own, one with a single goal run, must be about the
same thing (:mod:`grader.score.subject`): half the smaller one's words at least shared, or, for
two controls about nothing but every student's prompt (ドラゴンの物語を書いてください), the same
wording (rt33-11/12/14, natural designs that met published ones on one usual request). With two
goal runs or more on each side, their requests make the design, whatever the idea: a copy that
swaps its one adjective (rt25-09, "friendly" for "kind") is still linked, and so are two
students' own ideas given the same two requests. On one idea (the same subject on both sides),
goal runs of one design that both ask for their goal are one request however worded (rt43-08),
and a goal relabelled is the same run, whatever the label: the words decide (rt45-07, rt84-06).

On the 2838 labelled files (``tests/data``) that validate, every disguised copy but those left out
is linked, and six hundred and thirty-one honest pairs (MET in its tests; designs met:
rt34-15/rt47-12, rt27-14/rt88-14, rt26-11/rt29-11, the later passes' on common designs;
rt46-12/rt51-13; rt38-12/rt57-13 share a verb;
rt55-15, rt73-11, rt79-11 and rt37-13/rt99-14 a subject within another; modelled: rt66-15/rt70-15,
rt67-14/rt71-14, rt69-11/rt71-11, rt51-15/rt103-12). Left out: a control on every student's prompt
reworded; a copy given other goals or budgets or the other kind (rt19-06/07); one padded with more
runs than it copied (rt19-09); with one goal run, a subject in synonyms, word forms, typos or kana
(rt47-08, rt51-06, rt53-05/06); a count or word changed on every prompt. A published file met on
a design many published files share is no copy (:mod:`grader.score.natural`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, Protocol

from grader.load.schemas import Copies
from grader.score.asks import asks_for
from grader.score.numbers import in_digits
from grader.score.prompts import prompt_key
from grader.score.similar import (
    NEAR_WORDS,
    Declared,
    RunSignature,
    jaccard,
    reworded,
    same_request,
    words,
)
from grader.score.subject import filler_keys, one_idea, same_subject, subject

COURTESY = frozenset({"please", "pls", "plz", "kindly", "thanks", "thx", "ty"})
"""Words that are no part of a request ("short pls" is "short plz")."""
BUDGET_NUDGE = 0.1
"""Two budgets this close are one setting: 101 tokens is 100 nudged, 80 is another choice."""
SAME_REQUEST = 0.6
"""Two prompts' requests (what they add to their files' shared words) this alike are one."""
_DIGITS = re.compile(r"\d+")


class Planned(Declared, Protocol):
    """A run with its place in the experiment (a submission's, a result's)."""

    @property
    def name(self) -> str: ...
    @property
    def goal(self) -> str | None: ...
    @property
    def compare_to(self) -> str | None: ...


class Own(NamedTuple):
    """A file's own runs as a reworded copy is compared."""

    runs: tuple[tuple[tuple[object, ...], str, int], ...]
    """Each run's design, prompt key and budget."""
    shared: frozenset[str]
    """The words all the file's runs share (its request before the goals); with a control of its
    own (``topic``), all its own runs."""
    tagged: frozenset[str]
    """Each own run's words, tagged with its design."""
    designs: frozenset[tuple[object, ...]]
    """The own runs' designs."""
    topic: bool
    """The own runs share words beyond every student's prompts and ``FILLER``: an own control."""
    subject: frozenset[str] = frozenset()
    """What all the own runs are about beyond every student's prompt, the assignment's topic
    words and the words that ask for a story (:func:`subject`): "guards treasure" of "a dragon
    who guards a treasure"; nothing of ドラゴンについての物語を書いて."""
    asked: frozenset[tuple[object, ...]] = frozenset()
    """The designs of the goal runs that ask for their goal where the run they are compared with,
    in the file, did not (:func:`grader.score.asks.asks_for`): "answer in just one sentence" and
    "reply in only one sentence" are one request, however worded. Only :func:`one_idea` reads
    them: empty without a ``topic`` and a ``subject``."""
    places: tuple[tuple[str, str], ...] = ()
    """Each own run's name and model, as ``runs`` (:func:`grader.score.natural.whole`)."""


def own_runs(
    runs: Iterable[Planned], common: frozenset[RunSignature], topic: Iterable[str] = ()
) -> Own:
    """The own runs of a file whose runs are ``runs`` (``common``: every student's runs;
    ``topic``: the assignment's topic words)."""
    runs = list(runs)
    texts = [in_digits(r.prompt) for r in runs]
    keys = [prompt_key(t) for t in texts]
    # a run every student has, with a label added ("Tell me a story about a dragon. (1)"), is one
    at = [i for i, r in enumerate(runs) if (r.model, keys[i], r.chat) not in common]
    stated = {i: _DIGITS.findall(texts[i]) for i in at}
    # a number every own run states is part of the request they share ("80s" pasted into each
    # prompt, rt27-09), not of each run's design
    everywhere = set.intersection(*map(set, stated.values())) if at else set()
    own = tuple(
        (
            _design(runs[i], [n for n in stated[i] if n not in everywhere]),
            keys[i],
            runs[i].max_new_tokens or runs[i].max_length or 0,
        )
        for i in at
    )
    # a control of one's own: what the own runs share, the template's run kept or dropped
    # (rt24-07/08); otherwise what all the runs share, as every student's runs say it
    base = frozenset(w for _, key, _ in common for w in words(key))
    shared_own = _common([words(k) for _, k, _ in own])
    topic_own = bool(shared_own - base - filler_keys())
    shared = shared_own if topic_own else _common([words(k) for k in keys])
    # what each run says beyond what all the file's runs say: a preamble pasted before every
    # prompt of a copy changes nothing here
    tagged = frozenset(f"{_tag(d)}\x1f{w}" for d, k, _ in own for w in words(k) - shared - COURTESY)
    about = _common([subject(texts[i], base, tuple(topic)) for i in at])
    # only one_idea reads which runs ask: most files of a class or the published are spared it
    prompts = {r.name: r.prompt for r in runs} if topic_own and about else {}
    asked = frozenset(
        d
        for (d, _, _), r in zip(own, (runs[i] for i in at), strict=True)
        if r.goal
        and (control := prompts.get(r.compare_to or ""))
        and asks_for(r.goal, r.prompt, control)
    )
    places = tuple((runs[i].name, runs[i].model) for i in at)
    return Own(own, shared, tagged, frozenset(d for d, *_ in own), topic_own, about, asked, places)


def _common(sets: list[frozenset[str]]) -> frozenset[str]:
    return frozenset.intersection(*sets) if sets else frozenset()


def _goals(own: Own) -> int:
    return sum(design[1] is not None for design, _, _ in own.runs)


def _design(run: Planned, numbers: list[str]) -> tuple[object, ...]:
    # the numbers a prompt states (in digits, numbers.in_digits) are part of it (3 sentences is
    # not 5), and the prompt key cannot tell them, as it maps digits to their look-alikes
    # the model, the chat setting and the run compared with are left out: the same prompts moved
    # to the other model, with chat switched on, or compared with a run of the baseline's prompt
    # instead of the baseline, are the same experiment copied; the budget's value is compared
    # apart, within BUDGET_NUDGE
    kind = "max_new_tokens" if run.max_new_tokens is not None else "max_length"
    return (kind, run.goal, tuple(int(n) for n in numbers))


def rewordings(a: Own, b: Own, rules: Copies) -> bool:
    """Whether ``a`` and ``b`` are each other's runs lightly reworded (module docstring)."""
    if min(len(a.runs), len(b.runs)) < rules.min_shared_runs or not a.tagged or not b.tagged:
        return False
    if min(len(a.runs), len(b.runs)) / max(len(a.runs), len(b.runs)) < rules.min_jaccard:
        return False
    if (a.topic or b.topic) and min(_goals(a), _goals(b)) <= 1 and not same_subject(a, b):
        return False  # one usual request on two ideas (rt33-12), or one and none (rt53-10)
    idea = one_idea(a, b)
    alike = jaccard(a.tagged, b.tagged) >= NEAR_WORDS or (
        idea and jaccard(_gist(a), _gist(b)) >= NEAR_WORDS
    )
    if any(_copied(inner, outer, alike, idea) for inner, outer in ((a, b), (b, a))):
        return True
    # on one idea, a goal run relabelled (rt45-07; to a goal its words do not ask for, rt84-06)
    # is the same run: the goals read as "asked", the requests compared word for word
    if not (idea and a.asked and b.asked):
        return False
    x, y = _relabelled(a), _relabelled(b)
    alike = jaccard(x.tagged, y.tagged) >= NEAR_WORDS
    return any(_copied(i, o, alike) for i, o in ((x, y), (y, x)))


def _relabelled(own: Own) -> Own:
    """``own`` with each goal run's goal read as "asked", whatever its label (rt84-06)."""
    new = {d: (d[0], "asked", d[2]) for d in own.designs if d[1] is not None}
    tags = {_tag(d): _tag(n) for d, n in new.items()}
    tagged = frozenset(
        f"{tags.get(t, t)}\x1f{w}" for t, _, w in (x.partition("\x1f") for x in own.tagged)
    )
    runs = tuple((new.get(d, d), k, n) for d, k, n in own.runs)
    designs = frozenset(new.get(d, d) for d in own.designs)
    return own._replace(runs=runs, tagged=tagged, designs=designs, asked=frozenset())


def _gist(own: Own) -> frozenset[str]:
    """``own``'s tagged words with each goal run that asks for its goal read as that request
    alone, whatever words ask: one idea's copy with its requests in synonyms (rt43-08)."""
    asked = {_tag(d) for d in own.asked}
    return frozenset(w for w in own.tagged if w.partition("\x1f")[0] not in asked) | {
        f"{tag}\x1f?" for tag in asked
    }


def _tag(design: tuple[object, ...]) -> str:
    """A run's words are tagged with its kind of budget and goal: a stated number changed
    leaves its words as they were (the design, numbers included, still pairs the runs)."""
    return repr(design[:2])


def within(tagged: frozenset[str], designs: frozenset[tuple[object, ...]]) -> frozenset[str]:
    """The words of ``tagged`` whose run has one of ``designs``."""
    tags = {_tag(d) for d in designs}
    return frozenset(w for w in tagged if w.partition("\x1f")[0] in tags)


def _copied(inner: Own, outer: Own, alike: bool, idea: bool = False) -> bool:
    """Every run of ``inner`` has a reworded partner in ``outer`` (module docstring, 1 and 2), so
    its designs are among the other's: the copy may have added a run of a new design. Where
    ``inner`` has a control of its own, its tagged words may also reach theirs over its own
    designs only (``alike``: they reach them over all): that copy given one more goal is still a
    copy; two files on every student's prompt with its usual requests are not (rt2-19 and u06).
    A copy of a control of one's own with one run changed (a stated number, a word for a
    synonym) is still a copy when its other runs, three or more in all, are the other's and its
    tagged words are ``alike``. On one ``idea`` (the same subject, :func:`rewordings`), two goal
    runs of one design that both ask for their goal are partners, whatever their words."""
    slack = alike and inner.topic and len(inner.runs) >= 3
    if len(inner.designs - outer.designs) > slack:
        return False
    if not alike and not (
        inner.topic and jaccard(inner.tagged, within(outer.tagged, inner.designs)) >= NEAR_WORDS
    ):
        return False
    matched = _matched(inner, outer, idea)
    # with a run left unmatched, a goal run must match: two files that meet only on a natural
    # control and its model swap are not a copy (the Japanese controls of rt12-13 and rt17-14)
    return len(matched) == len(inner.runs) or (
        slack
        and len(matched) == len(inner.runs) - 1
        and any(d[1] is not None for d in matched)
        and same_subject(inner, outer)
    )


def _matched(inner: Own, outer: Own, idea: bool) -> list[tuple[object, ...]]:
    """The designs of ``inner``'s runs that have a reworded partner in ``outer``: the same
    design, a budget within :data:`BUDGET_NUDGE`, and the prompt reworded with the same request
    (or, on one ``idea``, both asking for their goal)."""
    shared = inner.shared | outer.shared | COURTESY
    return [
        d
        for d, p, x in inner.runs
        if any(
            d == e
            and abs(x - y) <= BUDGET_NUDGE * max(x, y)
            and (
                (idea and d in inner.asked and e in outer.asked)
                or _reworded(p, q, inner.shared, outer.shared)
                and (
                    same_request(p, q, shared, SAME_REQUEST)
                    # "write it as" / "put it in"
                    or same_request(p, q, shared | filler_keys(), SAME_REQUEST)
                )
            )
            for e, q, y in outer.runs
        )
    ]


def _reworded(p: str, q: str, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Prompts ``p`` and ``q`` are reworded, whole or beyond the words their own files' runs
    all share (a preamble pasted before every prompt of one file)."""
    x, y = words(p) - mine, words(q) - theirs
    return reworded(p, q) or x == y or jaccard(x, y) >= NEAR_WORDS
