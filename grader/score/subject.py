"""What a prompt is about beyond every student's prompt: the words that tell two students' own
controls apart ("a dragon who guards a treasure" is about "guards treasure"; ドラゴンについての
物語を書いてください is about nothing of its own). :mod:`grader.score.reworded` compares them;
how two prompts are worded is its business, not this module's.
"""

from __future__ import annotations

import functools
from typing import Protocol

from grader.score import reading
from grader.score.fillers import FILLER, content_words
from grader.score.prompts import prompt_key
from grader.score.reading import lazy

_STORY = lazy("物語|お話|話|ストーリー|童話|昔話|出てくる|出て来る|登場する|登場|について|に関する")
"""Japanese words that ask for a story, as "tell me a story about" does."""


@functools.cache
def filler_keys() -> frozenset[str]:
    """``FILLER`` as prompt keys spell it: the keys compared are skeletons ("make" is "rnake")."""
    return frozenset(prompt_key(w) for w in FILLER)


_TELLING = frozenset(
    "who which whose whom story stories tale tales is are was were has have had of or at by from "
    "into there".split()
)


@functools.lru_cache(maxsize=4096)
def subject(prompt: str, base: frozenset[str], topic: tuple[str, ...]) -> frozenset[str]:
    """What ``prompt`` is about beyond ``base`` (every student's prompt, as keyed words), the
    ``topic`` words and the words that ask for a story: its content words
    (:func:`grader.score.asks.content_words`: Latin words, each kanji or katakana), keyed."""
    text = reading.normal(prompt)
    for word in topic:
        text = text.replace(word.casefold(), " ")
    tokens = content_words(_STORY().sub(" ", text))
    keys = {prompt_key(t) for t in tokens if t not in _TELLING}
    return frozenset(keys - base - filler_keys())


class About(Protocol):
    """A file's own runs as :func:`same_subject` compares them
    (:class:`grader.score.reworded.Own`)."""

    @property
    def subject(self) -> frozenset[str]: ...
    @property
    def shared(self) -> frozenset[str]: ...
    @property
    def topic(self) -> bool: ...


def same_subject(a: About, b: About) -> bool:
    """Two files with controls of their own are about the same thing: half the smaller subject
    at least is the other's ("a dragon who guards a treasure" and "a dragon that guards
    treasure"; not "... who is scared of heights"). Two controls about nothing of their own
    (every student's prompt in Japanese) must be worded alike: ドラゴンの物語を書いてください and
    ドラゴンが出てくるお話を書いて are two students' own wordings."""
    if not (a.subject or b.subject):
        return a.shared == b.shared
    shared = len(a.subject & b.subject)
    return shared > 0 and shared >= 0.5 * min(len(a.subject), len(b.subject))


def one_idea(a: About, b: About) -> bool:
    """Two controls of their own about exactly the same thing (one subject, not empty): their
    requests may be worded apart and still be one (:mod:`grader.score.reworded`, rt43-08)."""
    return a.topic and b.topic and bool(a.subject) and a.subject == b.subject
