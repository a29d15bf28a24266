"""Does a part-1 prompt only add the compared prompt said again, or talk about the exchange
itself? Red-team pass 111 earned part 1 with a restatement ("Tell me a story about a dragon. A
dragon story, that is.", ", or rather, about a dragon."), a sentence about the request ("That is
my whole request.", "That was my prompt."), a version note ("(2nd version of this prompt)") and a
listener's cue ("Ready when you are.", "I am listening."): the model reads more tokens, so its
answer may change, but the student chose nothing for it to do.

:func:`restates` finds the compared prompt's words as written in the changed prompt and reads
what stands before or after them, set off by punctuation (a sentence, or a clause after a comma):
if every content word of it (:func:`grader.score.words.content_words`) is a word of the compared
prompt or of the exchange (:data:`_EXCHANGE`: request, prompt, version, ready, begin, ...; a
closed vocabulary, with ordinals and a version's number counted as nothing), it only pads. It is
a review flag, and it stands down for what may be a choice: a quotation ("Begin with 'Once upon a
time'."), a negation, a goal asked for, a relative clause ("..., who listens").

Left out: a restatement with words of its own ("A tale of a fire-breathing beast, I mean."), an
addition run into the prompt's sentence with no punctuation ("... a dragon who listens" is a new
trait), and the compared prompt reworded before the addition.
"""

from __future__ import annotations

import functools
import re

from grader.score.asks import asks_for
from grader.score.requests import REQUESTS
from grader.score.words import content_words
from grader.util.i18n import T, Text

_EXCHANGE_WORDS = """
    request requested prompt ask asked asking question query message input instruction task
    version draft revision iteration try attempt take edit
    ready listen listening begin start go goes ahead proceed await wait whenever turn
    whole entire complete everything nothing stated state mean meaning rather basically simply
    exactly precisely like want again
    リクエスト プロンプト 依頼 質問 準備 始める 開始 版 全部 全て 以上 待つ 意味 要望
""".split()
"""Words about the exchange itself: the request and its versions, the listener's readiness, what
the student means; none says what the story should be."""

_ORDINAL = re.compile(
    r"(?i)\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|(?:final|new|updated|revised|latest|last|previous|old)(?=\s+(?:version|draft|prompt|"
    r"try|attempt|request)))\b"
)
"""An ordinal or a version's adjective: a label, not a subject ("second version", "final
draft")."""
_NUMBERED = re.compile(r"(?i)\b(version|draft|attempt|try|take|revision|iteration|v)\.?\s*#?\d+\b")
"""A version's number ("version 4"); a bare number is content ("in 2050", "50 words")."""
_MARKERS = re.compile(
    r"(?i)\b(?:in\s+other\s+words|to\s+put\s+it\s+(?:another\s+way|differently)|put\s+"
    r"(?:another\s+way|differently)|that\s+is\s+to\s+say|in\s+short|i\.e\.)"
)
"""A restatement's markers, whose words are the exchange's ("in other words", "in short")."""
_QUOTED = re.compile(r"[\"“”「」『』]|(?:^|\s)'[^']+'")
_NEGATED = re.compile(r"(?i)\b(?:not|no|never|without|nor|none)\b|n't\b|ない|ません|ず[、。]")
_SET_OFF = re.compile(r"^\s*[.,;:!?—–\-)(。、！？…]|^\s*$")
_ENDED = re.compile(r"[.!?:;)\]。！？」』\n]\s*$")
_RELATIVE = re.compile(r"(?i)^[\s,]*(?:who|whom|whose|which|where|when|while|because)\b")


@functools.cache
def _exchange() -> frozenset[str]:
    """:data:`_EXCHANGE_WORDS` as content words (stems and lemmas)."""
    return frozenset(w for word in _EXCHANGE_WORDS for w in content_words(word) or (word,))


def _added(prompt: str, other: str) -> tuple[str, str] | None:
    """The text before and after ``other``'s words where they stand in ``prompt`` set off by
    punctuation (or the prompt's edge), or ``None``."""
    core = other.strip().rstrip(".!?。！？ ")
    if not core:
        return None
    words = r"\s+".join(re.escape(w) for w in core.split())
    edge = r"(?!\w)" if core[-1].isascii() and core[-1].isalnum() else ""
    found = re.search(words + edge, prompt, re.I)
    if not found:
        return None
    before, after = prompt[: found.start()], prompt[found.end() :]
    if before.strip() and not _ENDED.search(before):
        return None  # words run into the compared prompt's sentence: part of it
    if not _SET_OFF.search(after) or _RELATIVE.search(after):
        return None  # "... a dragon who is afraid", "..., who listens": a new trait
    return before, after


@functools.lru_cache(maxsize=4096)
def restates(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` with text added that only says it again or talks about the
    exchange (see the module docstring)."""
    parts = _added(prompt, other)
    if parts is None:
        return False
    added = " ".join(parts)
    if not any(c.isalpha() for c in added) or _QUOTED.search(added) or _NEGATED.search(added):
        return False
    if any(asks_for(goal, prompt, other) for goal in REQUESTS):
        return False  # a request for a goal, however worded, is a change a student chose
    said = set(content_words(_NUMBERED.sub(r"\1", _ORDINAL.sub(" ", _MARKERS.sub(" ", added)))))
    # no content word at all is :func:`~grader.score.disguises.padded_only`'s ("ざっと話して" asks)
    return bool(said) and said <= set(content_words(other)) | _exchange()


RESTATED = T(
    "to review: the changed prompt only adds the compared prompt said again or words about the "
    "request itself (that is, in other words, That is my request., (2nd version), Ready when "
    "you are., I am listening.); a change if it asks for something, padding if not",
    "確認が必要: 変えたプロンプトは、比較対象のプロンプトの言い直しか、依頼そのものについての言葉"
    "（つまり・これが依頼です・（第2版）・準備ができたらどうぞ）を足しただけです。"
    "何かを頼んでいるなら変更、そうでなければ水増しです",
)


def restated_review(prompt: str, other: str) -> Text | None:
    """:data:`RESTATED` where ``prompt`` only restates ``other`` or talks about the exchange."""
    return RESTATED if restates(prompt, other) else None
