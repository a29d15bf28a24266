"""Does a steered run's prompt ask for its goal? Only a review flag rests on the answer: a goal
credited to a prompt that never asked for it is shown to the TA, never failed.

A prompt asks for a goal when it adds a request for it to its control's prompt:

* a *cue* is a phrase that names the goal (:data:`CUES`, English and Japanese). English cues
  match whole words (``short`` is not in ``shortcut``; ``a`` is a word, not a letter), a cue
  ending in ``*`` also its longer forms (``brief*``: briefly); Japanese cues match anywhere;
* a cue does not count where it is negated in its clause: an English negator before it in the
  clause ("not a short one", "not in just a few words"), a Japanese negative just after it
  (短くしないで, 箇条書きではなく). "no more than" and "don't use more than" read as "at most".
* a cue counts when the prompt holds it more often than its control's prompt does: a request
  inherited from the control is not the run's own, and an inflated control (one that asked for
  a list, a language) does not make a plain prompt ask for the opposite;
* a prompt that adds a cue of the goal's opposite ("a long story" for ``concise``) does not ask;
* for a language goal, a prompt written in that language where its control's was not asks too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from grader.score import text

_SHORT = (
    "short* brief* concise* succinct* terse* summar* |sum up| |few words| |in a word| |one line| "
    "tl;dr sentence* 簡潔 短 手短 要約 一言 一文 文で まとめ 少な 端的"
)
CUES: dict[str, str] = {
    "concise": _SHORT,
    "one_sentence": "|one sentence| |single sentence| |a sentence| |1 sentence| |one line| "
    "|single line| 一文 1文 一つの文 ひとつの文 一行",
    "japanese": "japanese 日本語 和文 和訳",
    "english": "english 英語 英文 英訳",
    "list": "list lists listed bullet* |point form| numbered itemi* enumerat* 箇条 番号 リスト "
    "列挙 項目",
}
"""Each goal's cues, separated by spaces; ``|a phrase|`` holds spaces."""
_LONG = "long* lengthy detail* elaborat* |in depth| 長く 長い 長め 長文 詳し 詳細 くわしく"
OPPOSITES: dict[str, str] = {"concise": _LONG, "one_sentence": _LONG}
"""Cues of what works against each goal."""

_CLAUSE = re.compile(r"[.,;:!?\n。、，．！？；：「」()（）]")
_WORD = re.compile(r"[\w']+")
_NEGATORS = {"not", "no", "never", "without", "nor", "instead", "rather", "avoid", "except"}
_JA_NEGATIVES = ("ない", "なく", "ずに", "ません")
_AT_MOST = re.compile(r"(?:\b(?:no|not|never)|n't)(?: \w+)? (?:more|longer) than\b")


def _phrases(cues: str) -> list[str]:
    """The cues of a :data:`CUES` entry, ``|...|`` phrases kept whole."""
    return [c.strip("|") for c in re.findall(r"\|[^|]+\||\S+", cues)]


@functools.lru_cache(maxsize=64)
def _pattern(cue: str) -> re.Pattern[str]:
    """Where ``cue`` stands: whole words for Latin script (``*`` allowing longer forms, spaces
    and hyphens alike), anywhere for Japanese."""
    if not cue.isascii():
        return re.compile(re.escape(cue))
    stem = cue.endswith("*")
    body = r"[\s-]+".join(re.escape(w) for w in cue.rstrip("*").split())
    return re.compile(r"(?<!\w)" + body + (r"\w*" if stem else r"(?!\w)"))


def _negated(clause: str, start: int, end: int) -> bool:
    """A negator before ``clause[start:end]`` in its clause, or a Japanese negative within
    the six characters after it."""
    before = _WORD.findall(clause[:start])
    if any(w in _NEGATORS or w.endswith("n't") for w in before):
        return True
    return any(neg in clause[end : end + 6] for neg in _JA_NEGATIVES)


def _normal(prompt: str) -> str:
    """NFKC, case folded, typographic apostrophes straight, "no more than" as "at most"."""
    folded = unicodedata.normalize("NFKC", prompt).casefold().replace("\u2019", "'")
    return _AT_MOST.sub("at most", folded)


def cue_counts(cues: str, prompt: str) -> Counter[str]:
    """How often each cue of ``cues`` stands un-negated in ``prompt``."""
    counts: Counter[str] = Counter()
    for clause in _CLAUSE.split(_normal(prompt)):
        for cue in _phrases(cues):
            for m in _pattern(cue).finditer(clause):
                if not _negated(clause, m.start(), m.end()):
                    counts[cue] += 1
    return counts


def adds(cues: str, prompt: str, control_prompt: str) -> bool:
    """``prompt`` holds some cue of ``cues`` (un-negated) more often than ``control_prompt``."""
    return bool(cue_counts(cues, prompt) - cue_counts(cues, control_prompt))


@functools.lru_cache(maxsize=8192)  # a class asks the same few things against the same controls
def asks_for(goal: str, prompt: str, control_prompt: str) -> bool:
    """Whether ``prompt`` asks for ``goal`` where its control's prompt did not (module
    docstring): a cue of it added and none of its opposite, or, for a language goal, the prompt
    written in that language where its control's was not."""
    if adds(OPPOSITES.get(goal, ""), prompt, control_prompt):
        return False
    if adds(CUES.get(goal, ""), prompt, control_prompt):
        return True
    script, theirs = text.main_script(prompt), text.main_script(control_prompt)
    return (goal, script) in (("japanese", "japanese"), ("english", "latin")) and script != theirs
