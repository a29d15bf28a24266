"""Is a prompt written in disguise of another's? A control whose prompt is a goal run's by its
key (:func:`grader.score.prompts.prompt_key`) but written with characters, spacing or case that
only disguise it, which a model may read as another prompt (rt34, rt36, rt38: a control in tabs,
Cyrillic letters, Title Case or words joined by hyphens, answered in Japanese, made "Answer in
English" look effective); and a part-1 prompt that only rearranges, enciphers or quotes the
run it is compared with. Only review flags rest on these; what counts as the same prompt is
:mod:`grader.score.prompts`.
"""

from __future__ import annotations

import re
import unicodedata

from grader.score.prompts import named_letters, prompt_key

_DOTS = ("MIDDLE DOT", "BULLET", "DOT OPERATOR", "HYPHENATION POINT")
_OWN_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "IDEOGRAPHIC")


def _disguising(c: str) -> bool:
    """A character that only disguises a Latin prompt: a tab or another control character,
    an invisible or combining one, a space but the plain and the ideographic ones, a dot
    between words, a non-ASCII letter of an alphabet (look-alikes, small capitals, Cherokee,
    full-width Latin) or a symbol named after a letter (🅣)."""
    if c.isascii():
        return c not in "\n\r" and unicodedata.category(c) == "Cc"
    name, category = unicodedata.name(c, ""), unicodedata.category(c)
    if c == "\u3000" or name.startswith(_OWN_SCRIPTS) or name == "KATAKANA MIDDLE DOT":
        return False
    return (
        category in ("Mn", "Me", "Cf", "Zs", "Cc", "Co", "So")
        or category.startswith("L")
        or any(d in name for d in _DOTS)
        or ord(c) in named_letters()
    )


_SPACING = (
    re.compile(r"\S {2,}\S"),
    re.compile(r"[^\s.。．!?！？:：」』)）]\n+\S"),
    re.compile(r"(?:[A-Za-z]+[-_/|:、·.]){3,}[A-Za-z]+"),
    re.compile(r"[A-Za-z]\u3000+[A-Za-z]"),
)
"""Spacing no one types by chance: spaces doubled between words, a line broken mid-sentence,
words joined by a hyphen, a slash or a comma instead of spaces (rt38: "Tell-me-a-story"), an
ideographic space between Latin words (rt40)."""


def _padding(prompt: str) -> set[str]:
    """The spaces (any but line breaks) a prompt starts or ends with."""
    bare = prompt.strip("\r\n")
    edges = bare[: len(bare) - len(bare.lstrip())] + bare[len(bare.rstrip()) :]
    return set(edges) - set("\r\n")


def disguised(control: str, run: str) -> bool:
    """``control``'s prompt holds what ``run``'s does not and what only disguises a prompt
    (:func:`_disguising`, :data:`_SPACING`): the same prompt as the run's, by its key, but not
    as the model reads it (rt34: a control in tabs or Cyrillic letters that the model answered in
    Japanese, against a goal run asking in plain letters for English). Spaces around the
    control's prompt that the run's lacks count too: a model reads a trailing space as a token of
    its own (pass 45: eight trailing spaces, answered in Japanese); a final line break does not."""
    if _padding(control) - _padding(run):
        return True
    control = control.strip()
    if any(_disguising(c) for c in set(control) - set(run)) or _recased(control, run):
        return True
    return any(p.search(control) and not p.search(run) for p in _SPACING)


def _recased(control: str, run: str) -> bool:
    """``control`` is words of ``run`` with three capitals or more added: Title Case, ALL CAPS,
    aLtErNaTiNg case (rt36: a control in Title Case the tiny model answered in Japanese)."""
    words = control.rstrip(".!?。 ").casefold()
    at = run.casefold().find(words)
    if not words or at < 0:
        return False
    theirs = run[at : at + len(words)]
    return sum(c.isupper() for c in control) - sum(c.isupper() for c in theirs) >= 3


def rearranged(prompt: str, other: str) -> bool:
    """``prompt`` is ``other``'s words in another order ("dragon a about story a me Tell")."""
    mine, theirs = prompt_key(prompt).split(), prompt_key(other).split()
    return mine != theirs and sorted(mine) == sorted(theirs)


def repeats(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` with words of its own said again ("#story #dragon" after it, the
    prompt twice; rt51-02): it adds no word the compared prompt lacks."""
    tags = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)), prompt)  # #TellMeAStory
    mine, theirs = prompt_key(tags).split(), prompt_key(other).split()
    return len(mine) > len(theirs) and set(mine) <= set(theirs)


_HASHTAG, _CAMEL = (
    re.compile(r"#(\w+)"),
    re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"),
)


def enciphered(prompt: str, other: str) -> bool:
    """``prompt`` has ``other``'s word lengths, four words or more, and few of its words: a
    cipher of it that keeps its spacing (rt47-01: Vigenère, a keyboard shifted by one key)."""
    mine, theirs = prompt.split(), other.split()
    if len(mine) < 4 or [len(w) for w in mine] != [len(w) for w in theirs]:
        return False
    shared = sum(a.casefold() == b.casefold() for a, b in zip(mine, theirs, strict=True))
    return shared < len(mine) / 3


def quotes(prompt: str, other: str, answer: str, words: int = 6) -> bool:
    """What ``prompt`` adds to ``other`` holds ``words`` words in a row of ``answer`` (rt38-03:
    the compared run's own answer pasted after its prompt, which the model then carries on)."""
    said = prompt_key(answer).split()
    added = f" {prompt_key(prompt).replace(prompt_key(other), ' ', 1)} "
    return any(f" {' '.join(said[i : i + words])} " in added for i in range(len(said) - words + 1))
