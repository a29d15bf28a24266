"""How common a design is among the published files, so that meeting one of them on the most
obvious design is not taken for a copy of it (:func:`grader.score.published.published_rewording`).

Two files meet on a natural design when what they share, many published files share too: their
subject (what both own controls are about, :func:`grader.score.subject.subject`) and the words of
their requests (what their own runs say beyond it, :attr:`Own.tagged` without the tags, so that
a goal relabelled still counts). "A cat" is the subject of one published file in a hundred or
more, and so is "answer in Japanese" a request: two students reach for both on their own (pass
120's rt120-01 and u07). 短めにしていただけますでしょうか is one file's wording: a copy of it on the
same cat is still a copy. The share is the assignment's ``copies.natural_share``.

Two files with no subject in common (two ideas of their own, or every student's prompt) share
the empty one, which every file has: their requests decide alone. "A cat" and "a bedtime story",
each with "Keep it short." and "Use bullet points.", are two students' own designs.

A file that is the published one whole, its prompts touched (:func:`whole`), is linked however
natural its design (rt109-07): the same names, models and budgets are no student's own choice.

Left out: the same runs, or runs contained in a published file's
(:func:`grader.score.published.published_copy`), which are its wording and models; a class's
clusters (:mod:`grader.score.clusters`), which compare classmates with each other, for the TA to
judge; and a natural wording one published file happens to have ("Could you answer in
Japanese?"), or Japanese requests that share a character pair by chance (its words are pairs):
those are rare, so a link on them stands (tests/score/test_natural.py's RARE).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from grader.score.reworded import Own


@dataclass(frozen=True)
class Commonness:
    """What the published files are about and what their requests say, one entry per file."""

    subjects: tuple[frozenset[str], ...]
    """Each file's subject (:attr:`Own.subject`)."""
    requests: tuple[tuple[frozenset[str], ...], ...]
    """Each file's requests, as the words of each design's runs (:func:`requests`)."""

    @staticmethod
    def of(owns: Iterable[Own]) -> Commonness:
        owns = list(owns)
        return Commonness(tuple(o.subject for o in owns), tuple(requests(o) for o in owns))

    def natural(self, a: Own, b: Own, share: float) -> bool:
        """Whether all that ``a`` and ``b`` share, at least ``share`` of the published files
        have too: their subject (none, for two ideas of their own or none), and each request's
        words that they both say; and neither is the other whole (:func:`whole`)."""
        if self._share_subject(a.subject & b.subject) < share or whole(a, b):
            return False
        return all(
            self._share_request(said) >= share
            for x, y in ((a, b), (b, a))
            for said in _partners(requests(x), requests(y))
        )

    def _share_subject(self, words: frozenset[str]) -> float:
        return _share([words <= s for s in self.subjects])

    def _share_request(self, words: frozenset[str]) -> float:
        return _share([any(words <= r for r in file) for file in self.requests])


def whole(a: Own, b: Own) -> bool:
    """Whether one file is the other whole, its prompts touched: as many own runs, each with the
    other's name, model, design and budget, saying what the other's say beyond the words each
    file's runs all share, word for word. A copy with a phrase put in every prompt ("Tell me, in
    the usual way, ...", rt109-07) is one however natural its design; an honest student who
    meets a published file's design and wording names or places a run apart."""
    return len(a.runs) == len(b.runs) and a.tagged == b.tagged and _placed(a) == _placed(b)


def _placed(own: Own) -> set[tuple[object, ...]]:
    """Each own run's design, budget, name and model."""
    return {(d, n, *p) for (d, _, n), p in zip(own.runs, own.places, strict=True)}


def requests(own: Own) -> tuple[frozenset[str], ...]:
    """The words ``own``'s runs of each design say beyond the words they all share, whatever
    its goal (a relabelled goal says the same words)."""
    by_tag: dict[str, set[str]] = defaultdict(set)
    for tagged in own.tagged:
        tag, _, word = tagged.partition("\x1f")
        by_tag[tag].add(word)
    return tuple(frozenset(words) for _, words in sorted(by_tag.items()))


def _partners(
    mine: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...]
) -> list[frozenset[str]]:
    """What each of ``mine`` says that its partner in ``theirs`` says too: the one that says the
    most of it (the same design's, or a relabelled goal's)."""
    return [max((x & y for y in theirs), key=len, default=frozenset()) for x in mine]


def _share(holds: Sequence[bool]) -> float:
    """The share of files that hold what is asked."""
    return sum(holds) / len(holds) if holds else 0.0
