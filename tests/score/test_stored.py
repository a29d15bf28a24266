"""score.stored: the published view and corpus stored beside the index, served only when fresh."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.commands.assignment import load_assignment
from grader.load.assignments import LoadedAssignment
from grader.load.published import INDEX, _bytes
from grader.score import stored
from grader.score.published import PublishedView, build_view
from grader.score.similar import shipped_view


@pytest.fixture(scope="module")
def loaded() -> LoadedAssignment:
    return load_assignment("ex1-offline")


@pytest.fixture(scope="module")
def computed(loaded: LoadedAssignment) -> tuple[PublishedView, str]:
    """The view and the corpus computed here, no stored corpus used (a view served earlier in
    this process hands its corpus to the shipped view); computed once, as it takes a second."""
    shipped_view(loaded).corpora.clear()
    return build_view(loaded), shipped_view(loaded).corpus()


def test_the_shipped_store_is_what_computing_gives_here(
    loaded: LoadedAssignment, computed: tuple[PublishedView, str]
) -> None:
    """Code, a labelled case or a library changed without ``make published`` fails here (and
    grading computes the view, as it would with no store)."""
    text = (loaded.folder / stored.STORE).read_text(encoding="utf-8")
    versions = json.loads(text)["libraries"]  # a clean install may have newer text libraries
    assert stored.decode(text)[0] == stored.key(loaded, versions), "run: make published"
    view, corpus = computed
    assert stored.decode(text)[1:] == (view, corpus), "run: make published"
    if versions == stored.libraries():  # then served here, and byte for byte what is written
        assert text == stored.encode(view, corpus, stored.key(loaded)), "run: make published"


def test_a_served_view_is_the_computed_one_and_brings_its_corpus(
    loaded: LoadedAssignment, computed: tuple[PublishedView, str], tmp_path: Path
) -> None:
    moved = _moved(loaded, tmp_path / "assignment")
    served = stored.published_view(moved)
    assert served == computed[0]
    assert shipped_view(moved).corpora[frozenset()] == computed[1]


def _moved(loaded: LoadedAssignment, to: Path) -> LoadedAssignment:
    """``loaded`` as if read from a copy of its folder at ``to`` (the file, index and store)."""
    to.mkdir()
    for name in (INDEX, stored.STORE, loaded.path.name):
        shutil.copy(loaded.folder / name, to / name)
    moved = dataclasses.replace(loaded, path=to / loaded.path.name)
    # a host whose text libraries are other versions is not served the shipped store: stored
    # again under its own key, the store is what these tests serve or damage
    if json.loads(_text(to / stored.STORE))["libraries"] != stored.libraries():
        _, view, corpus = stored.decode(_text(to / stored.STORE))
        text = stored.encode(view, corpus, stored.key(moved))
        (to / stored.STORE).write_text(text, encoding="utf-8")
        _bytes.cache_clear()  # read as it was copied; a test may change it after
    return moved


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _data(path: Path, change: Callable[[dict], None]) -> str:
    data = json.loads(_text(path))
    change(data)
    return json.dumps(data)


DAMAGE: list[tuple[str, Callable[[Path], str | bytes]]] = [
    ("truncated", lambda p: _text(p)[: len(_text(p)) // 2]),
    ("random bytes", lambda p: bytes(range(256)) * 8),
    ("another key", lambda p: _data(p, lambda d: d.update(key="0" * 64))),
    ("no corpus", lambda p: _data(p, lambda d: d.pop("corpus"))),
    ("a trigram cut", lambda p: _data(p, lambda d: d["grams"].update(x="abcd"))),
    (
        "a topic not a bool",
        lambda p: _data(p, lambda d: next(iter(d["owns"].values())).update(topic="yes")),
    ),
    (
        "a design too short",
        lambda p: _data(p, lambda d: next(iter(d["owns"].values()))["designs"].append(["x"])),
    ),
    ("runs a string", lambda p: _data(p, lambda d: d.update(runs="abc"))),
]


@pytest.mark.parametrize("damage", [d for _, d in DAMAGE], ids=[n for n, _ in DAMAGE])
def test_a_damaged_or_stale_store_is_computed_instead(
    loaded: LoadedAssignment,
    computed: tuple[PublishedView, str],
    tmp_path: Path,
    damage: Callable[[Path], str | bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Refused, and computed by ``build_view`` (stood in for by its result: computing it for
    real, from a moved folder too, is :func:`test_without_a_store_the_view_is_computed`)."""
    asked: list[LoadedAssignment] = []

    def build(assignment: LoadedAssignment) -> PublishedView:
        asked.append(assignment)
        return computed[0]

    monkeypatch.setattr(stored, "build_view", build)
    moved = _moved(loaded, tmp_path / "assignment")
    assert stored._read(moved) is not None  # the copy, as shipped, is served
    data = damage(moved.folder / stored.STORE)
    path = moved.folder / stored.STORE
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    assert stored._read(moved) is None
    assert stored.published_view(moved) is computed[0]
    assert asked == [moved]


def test_a_changed_index_makes_the_store_stale(loaded: LoadedAssignment, tmp_path: Path) -> None:
    """A labelled case added to the index (its hash in the key) is not served a view without it."""
    moved = _moved(loaded, tmp_path / "assignment")
    index = moved.folder / INDEX
    index.write_text(_text(index).replace('"files": [', '"files": [ ', 1), encoding="utf-8")
    assert stored._read(moved) is None


def test_without_a_store_the_view_is_computed(
    loaded: LoadedAssignment, computed: tuple[PublishedView, str], tmp_path: Path
) -> None:
    moved = _moved(loaded, tmp_path / "assignment")
    (moved.folder / stored.STORE).unlink()
    assert stored._read(moved) is None
    assert stored.published_view(moved) == computed[0]


def test_the_shipped_sound_sources_are_what_computing_gives_here(loaded: LoadedAssignment) -> None:
    """The sound sources (their readings cost every scoring process about a second) are stored
    beside the view under its key: a labelled case, code or a library changed without ``make
    published`` fails here."""
    from grader.score.sounds import assignment_sounds, assignment_sources

    text = (loaded.folder / stored.SOUNDS).read_text(encoding="utf-8")
    versions = json.loads(text)["libraries"]
    found_key, read = stored.decode_sounds(text)
    assert found_key == stored.key(loaded, versions), "run: make published"
    assert read == assignment_sources(loaded), "run: make published"
    if versions == stored.libraries():
        assert text == stored.encode_sounds(read, stored.key(loaded)), "run: make published"
        stored._SOUND_VIEWS.clear()
        assert stored.sound_view(loaded) == assignment_sounds(loaded)


SOUND_DAMAGE: list[tuple[str, Callable[[Path], str | bytes]]] = [
    ("truncated", lambda p: _text(p)[: len(_text(p)) // 2]),
    ("another key", lambda p: _data(p, lambda d: d.update(key="0" * 64))),
    ("a gram cut", lambda p: _data(p, lambda d: d["sources"][0].__setitem__(2, "abcdefg"))),
    ("a name not a string", lambda p: _data(p, lambda d: d["sources"][0].__setitem__(0, 7))),
    ("no sources", lambda p: _data(p, lambda d: d.pop("sources"))),
]


@pytest.mark.parametrize("damage", [d for _, d in SOUND_DAMAGE], ids=[n for n, _ in SOUND_DAMAGE])
def test_damaged_or_stale_sound_sources_are_computed_instead(
    loaded: LoadedAssignment, tmp_path: Path, damage: Callable[[Path], str | bytes]
) -> None:
    from grader.score.sounds import assignment_sounds

    to = tmp_path / "assignment"
    moved = _moved(loaded, to)
    stored.write_atomic(to / stored.SOUNDS, stored.encode_sounds([], stored.key(moved)))
    assert stored.sound_view(moved).by_gram == {}  # served: an empty store is its key's
    bad = damage(loaded.folder / stored.SOUNDS)
    (to / stored.SOUNDS).write_bytes(bad if isinstance(bad, bytes) else bad.encode())
    stored._SOUND_VIEWS.clear()
    assert stored.sound_view(moved) == assignment_sounds(moved)
