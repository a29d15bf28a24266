"""The published view and the shipped sentences of an assignment, stored beside its index.

Building the view of the published files (:func:`grader.score.published.build_view`) and the corpus
of shipped sentences (:meth:`grader.score.similar.ShippedView.corpus`) reads every published file's
prompts and notes and the project's prose: about 2 s of every scoring process on a 2-core VM, the
same each time. ``make published`` stores both in ``published-view.json`` beside the index, under a
key over everything the computation reads: the grader's loading and scoring code and data (the
Unicode tables), the versions of the text libraries (recorded in the file too) and of Unicode it
runs on, the assignment
files, the shipped files, the guides and the indexes. A process that finds the key it computes
serves the stored view; one that finds another key (code or data changed since, another Python), no
file (a course's own assignment) or a file that does not decode computes it as before. The stored
file is JSON, decoded into plain values and checked, never executed; a test holds the shipped one
equal to a fresh computation.

Left out: each submission's comparisons (made when it is scored), and the generation cache,
which has its own audit (:mod:`grader.generate.audit`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from grader.load.assignments import LoadedAssignment, read_assignment, resolve
from grader.load.published import index_sha256
from grader.score.builtins import param_problem
from grader.score.published import PublishedView, build_view
from grader.score.reworded import Own
from grader.score.similar import shipped_view
from grader.score.sounds import (
    GRAM,
    SoundView,
    Source,
    assignment_sounds,
    assignment_sources,
    view_of,
)
from grader.util.files import write_atomic

STORE = "published-view.json"
"""The stored view's file name, beside the index in an assignment's folder."""
SOUNDS = "sounds-view.json"
"""The stored sound sources' file name (:mod:`grader.score.sounds`), beside it, under the same
key: their readings cost every scoring process about a second."""
FORMAT = 3
"""The layout of the stored file; a change makes every stored key stale."""
_LIBRARIES = ("regex", "sudachipy", "sudachidict-small", "snowballstemmer", "sacrebleu", "pyyaml")
"""The libraries whose text handling the view depends on (Unicode data, analyser, stemmer)."""


@functools.lru_cache(maxsize=1)
def _code() -> str:
    """The hash of the code and data that compute a view (the Unicode tables beside the code
    too), and of the Python and Unicode they run on."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for folder in ("load", "score", "util"):
        files = (p for p in (package / folder).rglob("*") if p.is_file() and p.suffix != ".pyc")
        for path in sorted(files):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    digest.update(f"{sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def libraries() -> dict[str, str]:
    """The versions of the text libraries here (:data:`_LIBRARIES`; "" for one not installed)."""
    found = {}
    for name in _LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = ""
    return found


def _folders(loaded: LoadedAssignment) -> list[Path]:
    """The folders whose indexes the view reads: the assignment's and its parent's."""
    return [loaded.folder, *([resolve(loaded.extends).parent] if loaded.extends else [])]


def key(loaded: LoadedAssignment, versions: dict[str, str] | None = None) -> str:
    """The key of ``loaded``'s view: a hash over everything computing it reads, with the text
    libraries at ``versions`` (this host's by default; the tests ask with a store's own)."""
    parts = {
        "format": FORMAT,
        "code": _code(),
        "libraries": libraries() if versions is None else versions,
        "assignment": loaded.sha256,
        "rules": [loaded.assignment.copies.model_dump(mode="json"), list(loaded.assignment.topic)],
        "shipped": sorted((n, s.sha256) for n, s in loaded.shipped.items()),
        "guides": hashlib.sha256("\0".join(loaded.guide_texts).encode()).hexdigest(),
        "indexes": [index_sha256(folder) for folder in _folders(loaded)],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _sorted(items: Any) -> list[Any]:
    return sorted(items, key=lambda item: json.dumps(item, ensure_ascii=False))


def _design(d: tuple[object, ...]) -> list[object]:
    return [d[0], d[1], list(d[2])]  # type: ignore[call-overload]


def encode(view: PublishedView, corpus: str, stored_key: str) -> str:
    """The stored file's text: every set sorted, so that one view always gives one text."""
    owns = {
        n: {
            "runs": [[_design(d), k, b] for d, k, b in o.runs],
            "shared": sorted(o.shared),
            "tagged": sorted(o.tagged),
            "designs": _sorted(_design(d) for d in o.designs),
            "topic": o.topic,
            "subject": sorted(o.subject),
            "asked": _sorted(_design(d) for d in o.asked),
            "places": [list(p) for p in o.places],
        }
        for n, o in view.owns.items()
    }
    data = {
        "key": stored_key,
        "libraries": libraries(),
        "corpus": corpus,
        "runs": {n: _sorted(list(r) for r in runs) for n, runs in view.runs.items()},
        # a file's note trigrams, sorted and joined: each is three characters
        "grams": {n: "".join(sorted(g)) for n, g in view.grams.items()},
        "sha256": view.sha256,
        "owns": owns,
        "said": view.said,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _tuple(d: list[Any]) -> tuple[object, ...]:
    kind, goal, numbers = d
    if not isinstance(kind, str) or not isinstance(goal, str | None):
        raise TypeError(d)
    return (kind, goal, tuple(int(n) for n in numbers))


def _strings(items: list[Any]) -> frozenset[str]:
    if not all(isinstance(item, str) for item in items):
        raise TypeError(items)
    return frozenset(items)


def _own(o: dict[str, Any]) -> Own:
    runs = tuple((_tuple(d), str(k), int(b)) for d, k, b in o["runs"])
    designs = frozenset(_tuple(d) for d in o["designs"])
    asked = frozenset(_tuple(d) for d in o["asked"])
    topic = o["topic"]
    if not isinstance(topic, bool):
        raise TypeError(topic)
    shared, tagged, subject = (_strings(o[k]) for k in ("shared", "tagged", "subject"))
    places = tuple((str(name), str(model)) for name, model in o["places"])
    return Own(runs, shared, tagged, designs, topic, subject, asked, places)


def decode(text: str) -> tuple[str, PublishedView, str]:
    """The key, the view and the corpus of a stored file's ``text``; raises ``ValueError``
    (or another ``Exception`` of decoding) when it is not one."""
    data = json.loads(text)
    grams = {}
    for name, joined in data["grams"].items():
        if not isinstance(joined, str) or len(joined) % 3:
            raise ValueError(name)
        grams[name] = frozenset(joined[i : i + 3] for i in range(0, len(joined), 3))
    view = PublishedView(
        runs={
            n: frozenset((str(m), str(k), bool(c)) for m, k, c in runs)
            for n, runs in data["runs"].items()
        },
        grams=grams,
        sha256={str(n): str(h) for n, h in data["sha256"].items()},
        owns={n: _own(o) for n, o in data["owns"].items()},
        said={str(k): str(name) for k, name in data["said"].items()},
    )
    stored_key, corpus = data["key"], data["corpus"]
    if not isinstance(stored_key, str) or not isinstance(corpus, str):
        raise TypeError("key")
    return stored_key, view, corpus


_VIEWS: dict[tuple[str, str], PublishedView] = {}


def published_view(loaded: LoadedAssignment) -> PublishedView:
    """The published files of ``loaded`` and of the assignment it extends, as they are compared:
    served from the stored file when its key is this process's, computed otherwise (cached)."""
    memo = (str(loaded.path), loaded.sha256)
    if memo not in _VIEWS:
        found = _read(loaded)
        _VIEWS[memo] = found if found is not None else build_view(loaded)
    return _VIEWS[memo]


def _read(loaded: LoadedAssignment) -> PublishedView | None:
    """The stored view of ``loaded`` if it is there with this process's key (its corpus handed
    to the shipped view too), else None."""
    try:
        text = (loaded.folder / STORE).read_text(encoding="utf-8")
        stored_key, view, corpus = _once(text, decode)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    if stored_key != key(loaded):
        return None
    shipped_view(loaded).corpora.setdefault(frozenset(), corpus)
    return view


_DECODED: dict[str, Any] = {}


def _once(text: str, decoder: Callable[[str], Any]) -> Any:
    """``decoder(text)``, once a process for each text: a copy of the assignment folder (verify's
    tests copy it for each case) serves what its twin decoded, not another second of decoding.
    Keyed by the text's hash: a changed byte decodes again."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest() + decoder.__name__
    if digest not in _DECODED:
        _DECODED[digest] = decoder(text)
    return _DECODED[digest]


def write(loaded: LoadedAssignment) -> Path:
    """Compute ``loaded``'s view and corpus and store them beside its index, and its sound
    sources beside them."""
    view, shipped = build_view(loaded), shipped_view(loaded)
    write_atomic(loaded.folder / SOUNDS, encode_sounds(assignment_sources(loaded), key(loaded)))
    return write_atomic(loaded.folder / STORE, encode(view, shipped.corpus(), key(loaded)))


def encode_sounds(read: list[Source], stored_key: str) -> str:
    """The stored sound sources' text, in their order, each set sorted and joined (a sound gram
    is :data:`GRAM` characters, a letter trigram three)."""
    rows = [[n, h, "".join(sorted(g)), "".join(sorted(t))] for n, h, g, t in read]
    data = {"key": stored_key, "libraries": libraries(), "sources": rows}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def decode_sounds(text: str) -> tuple[str, list[Source]]:
    """The key and the sources of a stored sounds file's ``text``; raises ``ValueError`` (or
    another ``Exception`` of decoding) when it is not one."""
    data = json.loads(text)
    read = []
    for name, digest, sound, written in data["sources"]:
        if not all(isinstance(x, str) for x in (name, digest, sound, written)):
            raise TypeError(name)
        if len(sound) % GRAM or len(written) % 3:
            raise ValueError(name)
        grams = frozenset(sound[i : i + GRAM] for i in range(0, len(sound), GRAM))
        trigrams = frozenset(written[i : i + 3] for i in range(0, len(written), 3))
        read.append((name, digest, grams, trigrams))
    if not isinstance(data["key"], str):
        raise TypeError("key")
    return data["key"], read


_SOUND_VIEWS: dict[tuple[str, str], SoundView] = {}


def sound_view(loaded: LoadedAssignment) -> SoundView:
    """``loaded``'s sound view: served from the stored sources when their key is this
    process's, computed otherwise (cached)."""
    memo = (str(loaded.path), loaded.sha256)
    if memo not in _SOUND_VIEWS:
        try:
            found_key, view = _once((loaded.folder / SOUNDS).read_text(encoding="utf-8"), _sounds)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            found_key, view = "", view_of([])
        fresh = found_key == key(loaded)
        _SOUND_VIEWS[memo] = view if fresh else assignment_sounds(loaded)
    return _SOUND_VIEWS[memo]


def _sounds(text: str) -> tuple[str, SoundView]:
    found_key, read = decode_sounds(text)
    return found_key, view_of(read)


def main(argv: list[str]) -> None:
    """``python -m grader.score.stored ASSIGNMENT_FOLDER``: (re)write the stored view."""
    print(write(read_assignment(Path(argv[0]), None, param_problem)))


if __name__ == "__main__":
    main(sys.argv[1:])
