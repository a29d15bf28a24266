"""Language-neutral text measures the criteria share: scripts, sentences, lists, copying, chrF.

Pure functions over strings. They decide what counts as "one sentence", "Japanese", "a list",
"copied from the prompt" and "a changed output", for English and Japanese alike, so every
criterion applies one definition. "The same prompt" is :mod:`grader.score.prompts`, content
words are :mod:`grader.score.words`; model tokens are counted elsewhere
(:attr:`grader.results.Generation.tokens`). Semantics beyond these surface measures are left out.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from grader.score.prompts import prompt_key
from grader.score.reading import lazy

# Western stops need a following space (so "1.5" is one number); CJK stops end a sentence anywhere.
_SENTENCE_END = lazy(r"[.!?]+(?=\s|$|[」』）)\"'])|[。！？]+")
# Bullets and numbers need a space after them ("1.5" is a number); Japanese markers need none.
_LIST_MARKER = lazy(
    r"^\s*(?:[-*•●]\s+|\d{1,3}[.)]\s+|[・]|\d{1,3}[．）]|[①-⑳]|[(（]\d{1,3}[)）])\s*(?=\S)"
)
SENTENCE = lazy(r"[^.!?。！？\n]+[.!?。！？]*")
"""A prompt's sentence as a span, its stops kept: every stop ends one, and a line break too (the
cut :mod:`grader.score.asides` and :func:`grader.score.reasons.bare_remark` read prompts by)."""
_JAPANESE = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_LATIN = lazy(r"[A-Za-z\u00c0-\u024f]")


def sentences(text: str) -> int:
    """Number of sentences (Western and CJK stops, line breaks; a trailing fragment counts)."""
    # A line break ends a sentence too (a heading, a list item); a list marker is no stop.
    lines = [_LIST_MARKER().sub("", line) for line in text.splitlines()]
    return sum(
        len([s for s in _SENTENCE_END().split(line) if any(ch.isalnum() for ch in s)])
        for line in lines
    )


def chars(text: str) -> int:
    """Characters without white space."""
    return len("".join(text.split()))


def list_items(text: str) -> int:
    """Lines that are bullet or numbered list items."""
    return sum(1 for line in text.splitlines() if _LIST_MARKER().match(line))


def script_share(text: str, script: str) -> float:
    """Share of ``japanese`` (kana, kanji) or ``latin`` letters among the letters of ``text``."""
    ja, latin = len(_JAPANESE().findall(text)), len(_LATIN().findall(text))
    if ja + latin == 0:
        return 0.0
    return (ja if script == "japanese" else latin) / (ja + latin)


def main_script(text: str) -> str:
    """``japanese`` or ``latin``, whichever has more letters (``latin`` for neither)."""
    return "japanese" if script_share(text, "japanese") > 0.5 else "latin"


def mostly_ascii_letters(text: str) -> bool:
    """Half of ``text``'s letters at least are ASCII (an English answer; true with no letter).
    Unlike :func:`main_script`, an accented Latin letter counts against it."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) * 2 >= len(letters)


def has_content(text: str) -> bool:
    """At least one letter or digit."""
    return any(ch.isalnum() for ch in text)


def copied_share(output: str, prompt: str) -> float:
    """Share of the output's character 4-grams (normalised) that stand in the prompt.

    An answer written into the prompt and echoed back scores near 1; an answer scores low.
    """
    out, src = prompt_key(output).replace(" ", ""), prompt_key(prompt).replace(" ", "")
    if not out:
        return 0.0
    if len(out) < 4:
        return 1.0 if out in src else 0.0
    grams = [out[i : i + 4] for i in range(len(out) - 3)]
    return sum(g in src for g in grams) / len(grams)


def topic_words_in(text: str, words: tuple[str, ...]) -> list[str]:
    """The assignment's topic words that occur in ``text`` (case-folded, NFKC)."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    return [w for w in words if unicodedata.normalize("NFKC", w).casefold() in norm]


@functools.lru_cache(maxsize=4096)
def _named(text: str, word: str) -> bool:
    # a Latin word as a word, plural too ("cat" names "cats", not "catapult"); others as written
    if word.isascii():
        return bool(re.search(rf"\b{re.escape(word)}(?:s|es)?\b", text))
    return word in text


def glossed(text: str, other: str, glossary: tuple[tuple[str, ...], ...]) -> list[str]:
    """The glossary's groups that ``text`` and ``other`` both name (each by any of its words,
    case-folded, NFKC), each by its first word: what two texts in two languages share."""
    a, b = (unicodedata.normalize("NFKC", t).casefold() for t in (text, other))
    return [
        group[0]
        for group in glossary
        if any(_named(a, unicodedata.normalize("NFKC", w).casefold()) for w in group)
        and any(_named(b, unicodedata.normalize("NFKC", w).casefold()) for w in group)
    ]


def cut_short(a: str, a_finish: str, b: str, b_finish: str) -> bool:
    """One output is the other cut short by its budget (a truncation, not a change): the shorter
    is a prefix of the longer and it ended by the budget, not by EOS. A model that stops earlier
    by itself (EOS) has changed its answer."""
    a, b = a.strip(), b.strip()
    if len(a) > len(b):
        a, b, a_finish, b_finish = b, a, b_finish, a_finish
    return b.startswith(a) and (a_finish == "length" or a == b)


@functools.lru_cache(maxsize=4096)  # a class compares the same popular outputs many times
def chrf(hypothesis: str, reference: str) -> float:
    """Character n-gram F-score (sacrebleu's chrF), language-neutral; 100 for identical text."""
    from sacrebleu.metrics import CHRF  # imported here: only scoring needs it

    return float(CHRF().sentence_score(hypothesis, [reference]).score)


def chrf_signature() -> str:
    """sacrebleu's signature of the chrF used, recorded in each result's scoring signature."""
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    metric.sentence_score("a", ["a"])  # sacrebleu knows the reference count only after a use
    return str(metric.get_signature().format())


_WRAP = lazy(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
"""A single line break inside a paragraph, with the indentation around it."""


def unwrapped(text: str) -> tuple[str, ...]:
    """``text``, and ``text`` with its paragraphs' lines joined, by a space and by nothing (a
    Japanese sentence wrapped in a file is one line pasted, with no space), and as notes are
    read (:func:`rewrapped`)."""
    if "\n" not in text:
        return (text,)
    return text, _WRAP().sub(" ", text), _WRAP().sub("", text), rewrapped(text)


def rewrapped(text: str) -> str:
    """``text`` with a line break joined where the line before is long (60 characters or more:
    wrapped prose, not a list of short lines) and ends in no stop or colon, and the next line
    goes on (:data:`_GOES_ON`): by a space, or by nothing between two Japanese characters."""

    def join(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        on = _GOES_ON().match(text, m.end()) or _OPEN_END().search(line)
        if len(line) < 60 or line[-1] in _ENDS or not on:
            return m.group()
        return "" if _JA().match(line[-1]) and _JA().match(text, m.end()) else " "

    return _BREAK().sub(join, text)


_BREAK = lazy(r"[ \t]*\n[ \t]*(?=\S)")
_ENDS = frozenset(".!?:;。！？：；」』)）'\"’”")
_GOES_ON = lazy(r"[a-z]|\d+(?![.)）])|[\u3040-\u30ff\u3400-\u9fff](?![.)）])")
"""How a wrapped sentence's next line opens: a lowercase letter, a number or a Japanese letter
(not a list's mark, a capital of a new sentence or item, "Part 2:")..."""
_OPEN_END = lazy(
    r"\b(?:a|an|the|in|on|of|to|for|with|by|as|at|from|than|and|or|but|that|was|were|is|are|it|its|"
    r"my|their|very|more|most)$",
    re.IGNORECASE,
)
"""... unless the line before ends on a word no sentence ends on ("to be in / Japanese")."""
_JA = lazy(r"[\u3040-\u30ff\u3400-\u9fff]")
"""A Japanese letter."""


_PIECE = lazy(r"(?<=[.!?。！？])(?![」』）])\s*|(?<=[.!?。！？][」』）])\s+|\n+")
_QUOTED = lazy(r"「[^「」\n]{1,300}」|『[^『』\n]{1,300}』")
_STOPS = ".!?。！？"
_HIDDEN = str.maketrans(_STOPS, "\ue000\ue001\ue002\ue003\ue004\ue005")
_SHOWN = str.maketrans("\ue000\ue001\ue002\ue003\ue004\ue005", _STOPS)


def pieces(text: str) -> list[str]:
    """Sentences and lines of ``text`` (Western and CJK stops, line breaks), as notes are read
    against the shipped texts (:func:`grader.score.notes.own_text`). A stop inside 「」 or 『』
    ends no sentence: 「Sure! The end.」で終わっており… goes on (pass 177). Quotation marks
    that open and close alike ("The end." x-list ...) are not told apart, and a stop ends its
    sentence there as before."""
    if "「" in text or "『" in text:
        return [s.translate(_SHOWN) for s in _PIECE().split(stops_hidden(text)) if s.strip()]
    return [s for s in _PIECE().split(text) if s.strip()]


def stops_hidden(text: str, quotations: re.Pattern[str] | None = None) -> str:
    """``text`` with each stop inside 「」 or 『』 as a private character: of the same length, so
    that a sentence split of it is one of ``text`` where a quotation ends no sentence. With
    ``quotations``, theirs too where Japanese goes on right after one ("... short." を付けた)."""
    hidden = _QUOTED().sub(lambda m: m.group().translate(_HIDDEN), text)
    if quotations is None:
        return hidden
    return quotations.sub(
        lambda m: m.group().translate(_HIDDEN) if _JA_NEXT().match(text, m.end()) else m.group(),
        hidden,
    )


_JA_NEXT = lazy(r"\s?[\u3040-\u30ff\u3400-\u9fff]")
