"""Identical or near-identical submissions across a class, for the TA to judge (no penalty).

Two graded files are linked when their runs are alike or their own notes are near-identical, by
the one measure of :mod:`grader.score.similar`, when one's runs are the other's lightly reworded
(:mod:`grader.score.reworded`), or when they share an experiment of their own (a control and its
goal run, word for word or on one subject with one goal asked); a cluster is a connected group
of files, with each link's reason. Whether it is copying is the TA's call: honest students meet.

Comparing every pair is quadratic (a 5,000-file class took minutes), so candidates come from
indexes and each is confirmed with the exact measure, which keeps the clusters deterministic and
equal to the exhaustive ones: files with the same run set are one node; run sets that can share
``min_shared_runs`` runs meet in a bucket of that many of their runs; notes that can reach the
trigram Jaccard threshold, and rewordings, whose tagged words must reach theirs, share a rare
element and are of comparable size (the prefix and size filters of set-similarity joins: a pair
that fails them cannot reach the threshold).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from grader.load.schemas import Copies
from grader.results import Cluster, ClusterPair, Result
from grader.score.notes import note_grams, own_keys
from grader.score.own_experiments import experiments
from grader.score.reworded import Own, own_runs, rewordings, within
from grader.score.similar import NEAR_WORDS, RunSignature, run_set, runs_alike


class _Links:
    """Union-find over file indexes, remembering the links that joined two groups or gave a
    group a new reason: a spanning set, so a cluster of n files lists about n pairs, not the
    n(n-1)/2 a popular set of runs would give."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.reasons: dict[int, set[str]] = defaultdict(set)
        self.links: list[tuple[int, int, str]] = []

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def settled(self, nodes: list[int], reasons: frozenset[str]) -> bool:
        """``nodes`` are joined already, by links of every kind in ``reasons``: no pair among
        them can change the clusters or their reasons."""
        root = self.root(nodes[0])
        return reasons <= self.reasons[root] and all(self.root(n) == root for n in nodes)

    def join(self, i: int, j: int, reason: str) -> None:
        ri, rj = self.root(i), self.root(j)
        if ri == rj and reason in self.reasons[ri]:
            return
        self.links.append((i, j, reason))
        self.reasons[ri] |= self.reasons.pop(rj, set()) | {reason}
        self.parent[rj] = ri


def clusters(
    results: list[Result],
    common: frozenset[RunSignature] = frozenset(),
    corpus: str = "",
    rules: Copies | None = None,
    topic: Iterable[str] = (),
) -> list[Cluster]:
    """Clusters of graded files, largest first; ``common`` are the runs every honest student has,
    ``corpus`` the shipped sentences (:func:`grader.score.notes.corpus_key`), ``topic`` the
    assignment's topic words."""
    rules = rules or Copies()
    graded = [r for r in results if r.status == "graded"]
    links = _Links(len(graded))
    runs = [run_set((r for r in g.runs if r.role == "run"), common) for g in graded]
    _link_runs(runs, rules, links)
    grams = [note_grams(own_keys(g.notes, corpus)) for g in graded]
    _link_notes(grams, rules, links)
    _link_reworded(
        [own_runs((r for r in g.runs if r.role == "run"), common, topic) for g in graded],
        rules,
        links,
    )
    _link_experiments(graded, common, links, tuple(topic))
    return _gather(graded, links)


def _link_experiments(
    graded: list[Result], common: frozenset[RunSignature], links: _Links, topic: tuple[str, ...]
) -> None:
    """Link classmates who share an experiment of their own
    (:func:`grader.score.own_experiments.experiments`)."""
    by_experiment: dict[tuple[object, object], list[int]] = defaultdict(list)
    for i, g in enumerate(graded):
        for key in experiments([r for r in g.runs if r.role == "run"], common, topic):
            by_experiment[key].append(i)
    for members in by_experiment.values():
        for i, j in itertools.pairwise(sorted(set(members))):
            if links.root(i) != links.root(j):
                links.join(i, j, "same_experiment")


def _link_runs(runs: list[frozenset[RunSignature]], rules: Copies, links: _Links) -> None:
    by_set: dict[frozenset[RunSignature], list[int]] = defaultdict(list)
    for i, key in enumerate(runs):
        by_set[key].append(i)
    for members in by_set.values():  # the same run set: one node
        if len(runs[members[0]]) >= rules.min_shared_runs:
            for i, j in itertools.pairwise(members):
                links.join(i, j, "same_runs")
    distinct = list(by_set)
    node = [by_set[key][0] for key in distinct]
    for bucket in _buckets((sorted(key) for key in distinct), rules.min_shared_runs):
        # smaller sets first, so a link reads "the runs of a are contained in b's" and the
        # containments of a popular pair of runs are met early
        bucket.sort(key=lambda n: (len(distinct[n]), n))
        kinds = _RUN_KINDS if len(distinct[bucket[0]]) < len(distinct[bucket[-1]]) else _NEAR
        _link_bucket([node[n] for n in bucket], [distinct[n] for n in bucket], kinds, rules, links)


def _link_bucket(
    nodes: list[int],
    sets: list[frozenset[RunSignature]],
    kinds: frozenset[str],
    rules: Copies,
    links: _Links,
) -> None:
    """Link the alike pairs of one bucket. Once the rest of the bucket is one cluster with every
    kind of link the bucket can give, no pair in it can change the clusters or their reasons:
    the rest is passed over, so a popular pair of runs met by hundreds of sets costs O(n)."""
    changed = True
    for i in range(len(nodes) - 1):
        if changed and links.settled(nodes[i:], kinds):
            return
        changed = False
        for j in range(i + 1, len(nodes)):
            if not links.settled([nodes[i], nodes[j]], kinds):
                reason = runs_alike(sets[i], sets[j], rules)
                if reason is not None:
                    links.join(nodes[i], nodes[j], reason)
                    changed = True


_RUN_KINDS = frozenset({"contained", "near_runs"})
"""The links two different run sets can make."""
_NEAR = frozenset({"near_runs"})
"""The links two different run sets of one size can make."""


def _buckets(sets: Iterable[list[RunSignature]], k: int) -> list[list[int]]:
    """Groups of set indexes that share ``k`` given elements, in a stable order: every pair
    that shares at least ``k`` elements is in one of them (or in several)."""
    index: dict[tuple[RunSignature, ...], list[int]] = defaultdict(list)
    for n, items in enumerate(sets):
        for combo in itertools.combinations(items, k):
            index[combo].append(n)
    return [members for members in index.values() if len(members) > 1]


def _link_notes(grams: list[frozenset[str]], rules: Copies, links: _Links) -> None:
    for i, j in _similar_pairs(grams, rules.notes_similarity):
        links.join(min(i, j), max(i, j), "near_notes")


_SHARED_IN_PREFIX = 3
"""Prefix tokens a candidate pair must share: three cuts the pairs to confirm about thirty-fold
against one, for a few more postings (measured on ``grader bench --no-generate``)."""


def _similar_pairs(sets: list[frozenset[str]], t: float) -> Iterator[tuple[int, int]]:
    """The pairs of sets whose Jaccard similarity reaches ``t``, by the prefix filter of
    set-similarity joins (Chaudhuri et al. 2006; Xiao et al. 2008), exact.

    Each set becomes its elements ranked rarest first, and the sets are visited smallest first.
    Two sets x (larger) and y that reach ``t`` share at least o = ceil(t|x|) elements, and then
    at least k of them among the first ``|x| - o + k`` elements of x and the first
    ``|y| - ceil(2t/(1+t)|y|) + k`` of y (the prefix filter with k = :data:`_SHARED_IN_PREFIX`;
    a set with fewer than k + o elements in common is looked up with k = 1). They must also be
    of comparable size: y has at least ``t`` times x's elements (postings are kept in size order,
    so the too-small ones are cut off by a binary search). Each candidate is then confirmed
    exactly (overlap / union >= ``t``), so the pairs are exactly those an
    exhaustive comparison finds."""
    frequency = Counter(itertools.chain.from_iterable(sets))
    # rarest first, ties in order of first use (a stable sort; any fixed order gives the same
    # pairs, and this one costs no comparison of strings)
    rank = {g: r for r, g in enumerate(sorted(frequency, key=frequency.__getitem__))}
    records = [sorted(map(rank.__getitem__, s)) for s in sets]
    order = sorted((n for n in range(len(sets)) if records[n]), key=lambda n: (len(records[n]), n))
    members: dict[int, list[int]] = defaultdict(list)
    sizes: dict[int, list[int]] = defaultdict(list)
    eps = 1e-9
    for x in order:
        rx, lx = records[x], len(records[x])
        # k shared among the prefixes needs o >= k; tiny sets fall back to one
        k = _SHARED_IN_PREFIX if math.ceil(t * lx - eps) >= _SHARED_IN_PREFIX else 1
        found: Counter[int] = Counter()
        for w in rx[: lx - math.ceil(t * lx - eps) + k]:
            if w in members:
                found.update(members[w][bisect.bisect_left(sizes[w], t * lx - eps) :])
        for w in rx[: lx - math.ceil(2 * t / (1 + t) * lx - eps) + _SHARED_IN_PREFIX]:
            members[w].append(x)
            sizes[w].append(lx)
        for y in [y for y, n in found.items() if n >= k]:
            shared = len(sets[x] & sets[y])
            if shared / (lx + len(records[y]) - shared) >= t:  # as notes_alike
                yield y, x


def _link_reworded(owns: list[Own], rules: Copies, links: _Links) -> None:
    """Link classmates whose own runs are each other's reworded (:func:`rewordings`); files
    already in one cluster are passed over. The measure asks the own runs' tagged words to reach
    :data:`NEAR_WORDS` Jaccard, so the prefix filter finds every pair, but those of one idea
    whose requests are worded apart (:func:`_idea_pairs`)."""
    members = [i for i, own in enumerate(owns) if len(own.runs) >= rules.min_shared_runs]
    pairs = (
        (members[x], members[y])
        for x, y in _similar_pairs([owns[i].tagged for i in members], NEAR_WORDS)
    )
    for i, j in itertools.chain(pairs, _nested_pairs(owns, members), _idea_pairs(owns, members)):
        i, j = sorted((i, j))
        if links.root(i) != links.root(j) and rewordings(owns[i], owns[j], rules):
            links.join(i, j, "reworded_runs")


def _idea_pairs(owns: list[Own], members: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs of files with controls of their own about the same thing, whose requests may be
    worded apart (rt43-08), which the prefix filter cannot find; a class holds few on each."""
    by_subject: dict[frozenset[str], list[int]] = defaultdict(list)
    for i in members:
        if owns[i].topic and owns[i].subject and owns[i].asked:
            by_subject[owns[i].subject].append(i)
    for files in by_subject.values():
        yield from itertools.combinations(files, 2)


def _nested_pairs(owns: list[Own], members: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs a file with a control of its own can make with a file of more designs, their
    tagged words compared over the first's designs (:func:`grader.score.reworded.within`): one
    join for each such set of designs, with the files that have it and those that extend it."""
    by_designs: dict[frozenset[tuple[object, ...]], list[int]] = defaultdict(list)
    for i in members:
        by_designs[owns[i].designs].append(i)
    for designs, files in by_designs.items():
        inner = [i for i in files if owns[i].topic]
        outer = [j for d, js in by_designs.items() if designs < d for j in js]
        if not inner or not outer:
            continue
        ids = inner + outer
        sets = [owns[i].tagged for i in inner] + [within(owns[j].tagged, designs) for j in outer]
        for x, y in _similar_pairs(sets, NEAR_WORDS):
            if (x < len(inner)) != (y < len(inner)):
                yield ids[x], ids[y]


def _gather(graded: list[Result], links: _Links) -> list[Cluster]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(graded)):
        groups[links.root(i)].append(i)
    pairs: dict[int, list[ClusterPair]] = defaultdict(list)
    for i, j, reason in links.links:
        pairs[links.root(i)].append(
            ClusterPair(a=graded[i].file, b=graded[j].file, reason=reason)  # type: ignore[arg-type]
        )
    found = [
        Cluster(files=[graded[i].file for i in members], pairs=pairs[root])
        for root, members in groups.items()
        if len(members) > 1
    ]
    return sorted(found, key=lambda c: (-len(c.files), c.files))


def flags(found: list[Cluster]) -> dict[str, str]:
    """File -> its gradebook flag, e.g. ``similar:1/36:runs+notes`` (cluster / size / why)."""
    out = {}
    for n, cluster in enumerate(found, start=1):
        why = "+".join(cluster.reasons)
        for name in cluster.files:
            out[name] = f"similar:{n}/{len(cluster.files)}:{why}"
    return out
