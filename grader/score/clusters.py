"""Identical or near-identical submissions across a class, for the TA to judge (no penalty).

Two graded files are linked when their runs are alike or their own notes are near-identical, by
the one measure of :mod:`grader.score.similar`; a cluster is a connected group of two or more
files, with each link's reason. Deciding whether a cluster is copying is left to the TA: the
exercise is narrow, and honest students can meet.

Comparing every pair is quadratic (a 5,000-file class took minutes), so candidates come from
indexes and each is confirmed with the exact measure, which keeps the clusters deterministic and
equal to the exhaustive ones: files with the same run set are one node; run sets that can share
``min_shared_runs`` runs meet in a bucket of that many of their runs; notes that can reach the
trigram Jaccard threshold share a trigram among the rarest ones of either (the prefix filter of
set-similarity joins: a pair that shares none of them cannot reach the threshold).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from grader.load.schemas import Copies
from grader.results import Cluster, ClusterPair, Result
from grader.score.similar import (
    RunSignature,
    note_grams,
    notes_alike,
    own_text,
    run_set,
    runs_alike,
)


class _Links:
    """Union-find over file indexes, remembering the links that joined them."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.links: list[tuple[int, int, str]] = []

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, reason: str) -> None:
        self.links.append((i, j, reason))
        self.parent[self.root(j)] = self.root(i)


def clusters(
    results: list[Result],
    common: frozenset[RunSignature] = frozenset(),
    corpus: str = "",
    rules: Copies | None = None,
) -> list[Cluster]:
    """Clusters of graded files, largest first; ``common`` are the runs every honest student has,
    ``corpus`` the shipped sentences (:func:`grader.score.similar.corpus_key`)."""
    rules = rules or Copies()
    graded = [r for r in results if r.status == "graded"]
    links = _Links(len(graded))
    runs = [run_set((r.spec() for r in g.runs if r.role == "run"), common) for g in graded]
    _link_runs(runs, rules, links)
    grams = [note_grams(own_text(g.notes, corpus)) for g in graded]
    _link_notes(grams, rules, links)
    return _gather(graded, links)


def _link_runs(runs: list[frozenset[RunSignature]], rules: Copies, links: _Links) -> None:
    by_set: dict[frozenset[RunSignature], list[int]] = defaultdict(list)
    for i, key in enumerate(runs):
        by_set[key].append(i)
    for members in by_set.values():  # the same run set: one node
        if len(runs[members[0]]) >= rules.min_shared_runs:
            for i, j in itertools.pairwise(members):
                links.join(i, j, "same_runs")
    distinct = list(by_set)
    for a, b in _buckets((sorted(s) for s in distinct), rules.min_shared_runs):
        reason = runs_alike(distinct[a], distinct[b], rules)
        if reason is not None:
            if reason == "contained" and len(distinct[a]) > len(distinct[b]):
                a, b = b, a  # a link reads "the runs of a are contained in b's"
            links.join(by_set[distinct[a]][0], by_set[distinct[b]][0], reason)


def _buckets(sets: Iterable[list[RunSignature]], k: int) -> Iterator[tuple[int, int]]:
    """Pairs of set indexes that share at least ``k`` elements, each once, in a stable order."""
    index: dict[tuple[RunSignature, ...], list[int]] = defaultdict(list)
    for n, items in enumerate(sets):
        for combo in itertools.combinations(items, k):
            index[combo].append(n)
    seen: set[tuple[int, int]] = set()
    for members in index.values():
        for pair in itertools.combinations(members, 2):
            if pair not in seen:
                seen.add(pair)
                yield pair


def _link_notes(grams: list[frozenset[str]], rules: Copies, links: _Links) -> None:
    frequency = Counter(g for gs in grams for g in gs)
    index: dict[str, list[int]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    for i in sorted(range(len(grams)), key=lambda n: (len(grams[n]), n)):
        mine = grams[i]
        if not mine:
            continue
        ordered = sorted(mine, key=lambda g: (frequency[g], g))
        prefix = ordered[: len(mine) - math.ceil(rules.notes_similarity * len(mine)) + 1]
        for gram in prefix:
            for j in index[gram]:
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    if notes_alike(grams[j], mine, rules):
                        links.join(pair[0], pair[1], "near_notes")
            index[gram].append(i)


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
        for file in cluster.files:
            out[file] = f"similar:{n}/{len(cluster.files)}:{why}"
    return out
