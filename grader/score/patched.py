"""Notes patched together from published notes: own sentences that stand, word for word, in the
notes of the cases published in this project's tests.

A copy of one published file's notes is caught by its likeness to that file
(:func:`grader.score.published.published_notes`); notes made of one sentence from each of three
files (pass 111: rt19-10, rt89-14 and r01, each verbatim) are like none of them. So each long
own sentence that one published file alone says is indexed by its key
(:func:`grader.score.notes.notes_key`; a sentence two passing files say is no one file's, and a
failing file that says a passing one's is its copy), and a student's own notes most of which
are such sentences, two at least, from files other than their own, get a review flag naming the
files. A flag, not a fail: an honest student may meet a published sentence by chance, though
not two that make most of the notes.

Left out: a published sentence reworded (a limit of every notes measure, written in the README)
or behind a lead-in of one's own; and short sentences ("The output changed."), which honest
students share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Set

from grader.util.i18n import T, Text

LONG = 20
"""A sentence with this many letters (spaces aside) is long enough to be a file's own."""
MOST = 0.5
"""The share of the own notes' letters that published sentences must make."""


def _letters(key: str) -> int:
    return len(key.replace(" ", ""))


def sentence_index(keys: Mapping[str, Iterable[str]], passing: Set[str]) -> dict[str, str]:
    """Each long sentence key of ``keys`` (a published file's name -> its own notes' sentence
    keys) that one file alone says -> that file's name; a failing file that says it too is a copy
    of it (notes only), which neither makes the sentence shared nor takes it over."""
    said: defaultdict[str, list[str]] = defaultdict(list)
    for name in sorted(keys):
        for key in dict.fromkeys(keys[name]):
            if _letters(key) >= LONG:
                said[key].append(name)
    index = {}
    for key, names in sorted(said.items()):
        owners = [n for n in names if n in passing] or names
        if len(owners) == 1:  # said by two files, it is no one file's
            index[key] = owners[0]
    return index


def patched_from(own: list[str], said: Mapping[str, str], others: Mapping[str, str]) -> list[str]:
    """The published files (names in ``others``: the graded file aside) whose notes give most of
    ``own`` (a student's own sentence keys, :func:`grader.score.notes.own_keys`), two sentences
    at least; none when they do not."""
    keys = list(dict.fromkeys(own))
    hits = [key for key in keys if said.get(key) in others]
    if len(hits) < 2 or sum(map(_letters, hits)) < MOST * sum(map(_letters, keys)):
        return []
    return list(dict.fromkeys(said[key] for key in hits))


def patched_review(
    own: list[str], said: Mapping[str, str], others: Mapping[str, str]
) -> Text | None:
    """A review flag for own notes patched together from published notes (:func:`patched_from`)."""
    names = patched_from(own, said, others)
    if not names:
        return None
    listed = ", ".join(names)
    return T(
        f"to review: most of the notes are sentences that stand word for word in the notes of "
        f"cases published in this project's tests ({listed})",
        f"確認が必要: 考察の大半が、このプロジェクトのテストで公開されている例（{listed}）の"
        "考察の文そのままです",
    )
