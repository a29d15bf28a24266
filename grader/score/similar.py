"""Identical or near-identical submissions across a class, for the TA to judge (no penalty).

Two graded files are linked when their sets of runs are the same (model, prompt after
normalisation, chat, budget and goal; run names ignored) or when their notes are nearly the
same once the template's own lines are removed (character-trigram Jaccard >= 0.8 over at least
20 characters). Clusters are the connected groups of two or more files. Deciding whether a
cluster is copying is left to the TA: the exercise is narrow, and honest students can meet.
"""

from __future__ import annotations

from grader.results import Cluster, Result
from grader.score import text
from grader.score.context import RunSignature, signature
from grader.score.criteria import own_notes

NOTES_SIMILARITY = 0.8
MIN_NOTES_CHARS = 20


def run_set(result: Result) -> frozenset[RunSignature]:
    """The submission's runs as original_work compares them (names aside, prompts normalised)."""
    return frozenset(signature(r.spec(), r.goal) for r in result.runs if r.role == "run")


def _grams(notes: str) -> frozenset[str]:
    flat = text.normalise(notes).replace(" ", "")
    return (
        frozenset(flat[i : i + 3] for i in range(len(flat) - 2))
        if len(flat) >= MIN_NOTES_CHARS
        else frozenset()
    )


def clusters(results: list[Result], template_notes: str | None = None) -> list[Cluster]:
    """Clusters of graded files, largest first."""
    graded = [r for r in results if r.status == "graded"]
    parent = list(range(len(graded)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    runs = [run_set(r) for r in graded]
    grams = [_grams(own_notes(r.notes, template_notes)) for r in graded]
    by_runs: dict[frozenset[RunSignature], int] = {}
    reasons: set[tuple[int, str]] = set()
    for i, key in enumerate(runs):  # equal run sets: one dictionary pass, not all pairs
        first = by_runs.setdefault(key, i)
        if first != i:
            parent[root(i)] = root(first)
            reasons |= {(i, "runs"), (first, "runs")}
    for i in range(len(graded)):
        for j in range(i + 1, len(graded)):
            if (
                grams[i]
                and grams[j]
                and len(grams[i] & grams[j]) / len(grams[i] | grams[j]) >= NOTES_SIMILARITY
            ):
                parent[root(j)] = root(i)
                reasons |= {(i, "notes"), (j, "notes")}
    groups: dict[int, list[int]] = {}
    for i in range(len(graded)):
        groups.setdefault(root(i), []).append(i)
    names = [r.file for r in graded]  # novermin (a Result's file, not Python 2's builtin)
    found = [
        Cluster(
            files=[names[i] for i in members],
            same_runs=any((i, "runs") in reasons for i in members),
            similar_notes=any((i, "notes") in reasons for i in members),
        )
        for members in groups.values()
        if len(members) > 1
    ]
    return sorted(found, key=lambda c: (-len(c.files), c.files))


def flags(found: list[Cluster]) -> dict[str, str]:
    """File -> its gradebook flag, e.g. ``similar:1/36:runs+notes`` (cluster / size / why)."""
    out = {}
    for n, cluster in enumerate(found, start=1):
        why = "+".join(
            w for w, on in (("runs", cluster.same_runs), ("notes", cluster.similar_notes)) if on
        )
        for file in cluster.files:
            out[file] = f"similar:{n}/{len(cluster.files)}:{why}"
    return out
