"""score.patched: own notes patched together from published notes' sentences, each verbatim.

The shipped index is the one a class is graded against: notes made of one long sentence from each
of several published files are flagged, naming them, for any choice of files (generated); one
such sentence among notes of one's own, a sentence two files say, short sentences, a file's own
sentences (it graded as itself) and every passing labelled file are not."""

from __future__ import annotations

import functools
import random

import pytest

from grader.commands.assignment import load_assignment
from grader.load.published import published
from grader.score.notes import own_keys
from grader.score.patched import LONG, patched_from, sentence_index
from grader.score.similar import shipped_view
from grader.score.stored import published_view

LOADED = load_assignment("ex1-offline")
VIEW = published_view(LOADED)
CORPUS = shipped_view(LOADED).corpus()
FILES = {f.name: f for f in published(LOADED.folder)}
OWN = "My dragon story got a lot shorter when I switched to the terse model, which surprised me."


def _keys(notes: str) -> list[str]:
    return own_keys(notes, CORPUS)


def _said_by(name: str) -> list[str]:
    """The sentences of ``name``'s notes that the index gives to it alone."""
    return [k for k in _keys(FILES[name].notes or "") if VIEW.said.get(k) == name]


@functools.cache
def _sources() -> list[str]:
    """The published files the index gives a sentence to alone (read at the first test that asks,
    not while every worker collects: it reads all the published notes)."""
    return sorted({name for name in VIEW.said.values() if len(_said_by(name)) >= 1})


@pytest.mark.parametrize("seed", range(12))
def test_sentences_from_several_published_files_are_flagged_naming_them(seed: int) -> None:
    rng = random.Random(seed)
    names = rng.sample(_sources(), rng.randint(2, 4))
    keys = [rng.choice(_said_by(n)) for n in names]
    assert sorted(patched_from(keys, VIEW.said, VIEW.sha256)) == sorted(names)
    # with a short sentence of one's own beside them, still most of the notes
    assert sorted(patched_from([*keys, "it changed"], VIEW.said, VIEW.sha256)) == sorted(names)


@pytest.mark.parametrize("seed", range(6))
def test_one_published_sentence_among_ones_own_is_not_flagged(seed: int) -> None:
    key = random.Random(seed).choice(sorted(VIEW.said))
    assert patched_from([key, *_keys(OWN)], VIEW.said, VIEW.sha256) == []
    assert patched_from([key], VIEW.said, VIEW.sha256) == []


def test_a_file_graded_as_itself_is_not_patched_from_its_own_notes() -> None:
    name = _sources()[0]
    keys = _said_by(name) * 2 + _said_by(_sources()[1])
    others = {n: h for n, h in VIEW.sha256.items() if n != name}
    assert patched_from(keys, VIEW.said, others) == []


@pytest.mark.parametrize(
    ("keys", "index"),
    [
        ({"a": ["one long sentence of file a here", "x"], "b": ["another of b, long enough"]}, 2),
        # said by two files: no one file's (a labelled copy says its original's sentences)
        (
            {
                "a": ["one long sentence said twice here"],
                "b": ["one long sentence said twice here"],
            },
            0,
        ),
        ({"a": ["short one"], "b": ["x" * (LONG - 1)]}, 0),
    ],
)
def test_the_index_holds_long_sentences_one_file_alone_says(
    keys: dict[str, list[str]], index: int
) -> None:
    said = sentence_index(keys, set(keys))
    assert len(said) == index
    assert all(key in keys[name] for key, name in said.items())


def test_a_failing_copy_neither_shares_a_sentence_nor_takes_it_over() -> None:
    keys = {
        "honest": ["one long sentence said twice here"],
        "copy": ["one long sentence said twice here"],
    }
    assert sentence_index(keys, {"honest"}) == {"one long sentence said twice here": "honest"}
    assert sentence_index(keys, set()) == {}  # two failing files: no one's


def test_no_passing_labelled_file_is_flagged_against_the_others() -> None:
    """Flagged are failing files alone (their notes only published), each a copy of another's."""
    flagged = {
        name: f.notes_only
        for name, f in FILES.items()
        if patched_from(
            _keys(f.notes or ""), VIEW.said, {n: h for n, h in VIEW.sha256.items() if n != name}
        )
    }
    assert flagged and all(flagged.values()), flagged
    assert "tests/data/redteam111/rt111-09.yaml" in flagged  # pass 111's patchwork
