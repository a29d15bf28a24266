"""A sentence added to the compared prompt that is about something else (part 1 of exercise 1):
"Tell me a story about a dragon. Final score: Giants 3, Tigers 2." The medium's boilerplate is
read form by form (:mod:`grader.score.boilerplate`), but the notices a student may paste are an
open class (a forecast, a train announcement, a fun fact, a search engine's count: pass 107), so
this reads them by what they are not: a whole sentence before or after the compared prompt that
shares no content word with it, says nothing to the model (no "you", no request), refers to
nothing in it (no "it", "they", その) and asks for nothing the reader sees. It is a doubt, not a
verdict: such a sentence may be a setting a student chose ("Fun fact: dragons love tea" shares
"dragon"; "It is raining." refers back), so :func:`unrelated_addition` raises a review flag and
the credit stands. An addition that says the prompt again or talks about the request itself is
:mod:`grader.score.restated`'s; one that chooses nothing about the answer (cancels itself, hands
the choice back, asks under a false condition: pass 115) is :mod:`grader.score.idle`'s, read
with the compared run's answer.

Not flagged: a clause inside the prompt's own sentence; an instruction that starts with a verb
(read by its first word, :data:`_IMPERATIVE_START`, a closed set, after a leading condition:
"If the reader is a child, use simple words."; an instruction with another verb is flagged, a
doubt the TA clears); a sentence that names the story or its parts or shares a
word with the prompt, which changes what the story is about. Left out as limits: a notice that
names the prompt's subject ("Home > Stories > Dragons") or starts with a listed verb ("Open 24
hours."), and one run into the prompt's sentence with no stop between them.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from grader.score.any_request import asks_any
from grader.score.asks import asks_for
from grader.score.bounds import Spent
from grader.score.fillers import unpadded
from grader.score.idle import idle_review
from grader.score.prompts import same_prompt
from grader.score.remarks import remark_review
from grader.score.requests import REQUESTS
from grader.score.restated import restated_review
from grader.score.words import content_words
from grader.util.i18n import T, Text

if TYPE_CHECKING:  # annotations only
    from grader.score.context import RunView

_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|\.(?=\d))+(?:[.!?。！？]+[\"'”’」』)]*|$)")
_LETTER = re.compile(r"\w")
_AFTER_AN_END = r"(?:^|(?<=[.!?。！？)\]」』\"”:：])\s*|(?<=\n))"
"""Where a sentence may start: after a sentence's end, a closing bracket or quotation mark, a
colon, at a line's start."""
_AT_AN_END = r"(?=\s*(?:[.!?。！？\n]|$))"
_REFERS = re.compile(
    r"(?i)\b(?:you|your|yours|yourself|u|ur|it|its|they|them|their|he|him|his|she|her|this|"
    r"these|those|that|let's|let|please|pls|i|i'm|i'd|me|my|we|our|us|should|must|shall|needs?\s+"
    r"to|has\s+to|have\s+to|ought|story|stories|tale|plot|hero|heroine|protagonist|characters?|"
    r"ending|narrator|villain)\b|あなた|君|きみ|お前|その|この|彼|それ|これ|物語|話|主人公|結末|"
    r"ください|下さい|なさい|お願い|ように|ましょう|べき|てね|でね|[てで][。！!]?$"
)
"""A word that addresses the model or the student, refers back to the prompt or to the story it
asks for ("The hero should be a girl."), or asks (a modal, a Japanese request's ending): what a
sentence about something else never needs."""
_IMPERATIVE_START = re.compile(
    r"(?i)^\W*(?:(?:now|then|also|and|just|kindly|so)\s+)*(?:add|avoid|begin|change|describe|"
    r"end|explain|focus|give|include|keep|let|limit|make|mention|name|narrate|put|rewrite|say|"
    r"set|show|start|stick|summari[sz]e|tell|translate|try|turn|use|write|answer|respond|reply|"
    r"skip|leave|drop|cut|shorten|remove|imagine|pretend|assume|consider|think|do|don't|never|"
    r"be|stay|speak|talk|go|take|base|center|centre|feature|introduce|format|number|list|"
    r"bullet|structure|split|break|open|close|finish|conclude|rhyme|aim|target|address|feel|"
    r"follow)\b"
)
"""An English instruction's first word: the verbs requests in prompts start with (a closed
set read from the labelled requests, not every verb; "Open 24 hours." is read as an order too,
which only leaves a notice unflagged)."""

_CONDITION = re.compile(r"(?i)^\W*(?:if|unless|when|once|whenever)\b[^,]*,\s*")
"""A condition before an instruction ("If the reader is a child, use simple words."): the
instruction is read after it."""

UNRELATED = T(
    "to review: the changed prompt only adds a sentence about something else (no word of the "
    "prompt, no request, addressed to no one: a notice, a forecast, a score, a fun fact); a "
    "change if the student chose it for the story, padding if not",
    "確認が必要: 変えたプロンプトは、元のプロンプトと語を共有せず、依頼でも呼びかけでもない"
    "別の話の文（お知らせ・天気予報・試合結果・豆知識など）を足しただけです。物語のために選んだなら変更、"
    "そうでなければ水増しです",
)


def run_addition_review(run: RunView, other: RunView) -> Text | None:
    """:func:`addition_review` of ``run``'s prompt against the compared run ``other``: its prompt,
    its answer and, for a run without a goal, what it spent (a goal run's length bound is its
    goal's request, judged by part 2: :mod:`grader.score.bounds`)."""
    spent = None if run.goal else Spent(other.tokens, other.generation.finish == "length")
    return addition_review(run.prompt, other.prompt, other.text, spent)


def addition_review(
    prompt: str, other: str, other_answer: str = "", spent: Spent | None = None
) -> Text | None:
    """:data:`UNRELATED` where ``prompt`` only adds sentences about something else to ``other``;
    else a restatement's, a remark's or an idle sentence's flag (``other_answer``, the compared
    run's answer, and ``spent``, what it cost, are what a ban or a length bound is read against:
    :mod:`grader.score.idle`)."""
    if unrelated_addition(prompt, other):
        return UNRELATED
    added = _added(prompt, other)
    return (
        restated_review(prompt, other)
        or remark_review(prompt, other, added)
        or idle_review(prompt, other, added, other_answer, spent)
    )


@functools.lru_cache(maxsize=4096)
def unrelated_addition(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` with text added before or after it, every sentence of it about
    something else than ``other``, addressed to no one and asking for nothing (see the module)."""
    if any(asks_for(goal, prompt, other) for goal in REQUESTS):
        return False  # a request for a goal, however worded, is a change a student chose
    added = _added(prompt, other)
    return bool(added) and all(_about_something_else(s, other) for s in added)


@functools.lru_cache(maxsize=4096)  # read by unrelated_addition and again by the remarks
def _added(prompt: str, other: str) -> tuple[str, ...]:
    """The sentences ``prompt`` adds around ``other``: around its words where they stand in it
    as written (a notice may lack its full stop), else around whole sentences that read as
    ``other`` (:func:`~grader.score.prompts.same_prompt`: case, look-alikes, fillers)."""
    core = other.strip().rstrip(".!?。！？ ")
    # its words standing as a sentence of their own ("... a dragon who is afraid of mice." is
    # another sentence)
    found = re.search(_AFTER_AN_END + re.escape(core) + _AT_AN_END, prompt, re.I) if core else None
    if found:
        return (*_sentences(prompt[: found.start()]), *_sentences(prompt[found.end() :]))
    sentences = _sentences(prompt)
    n = len(sentences)
    for before in range(n):
        for after in range(n - before):
            kept = " ".join(sentences[before : n - after])
            if before + after and same_prompt(unpadded(kept), unpadded(other)):
                return (*sentences[:before], *sentences[n - after :])
    return ()


def _sentences(text: str) -> list[str]:
    """``text``'s sentences; a piece with no letter (a closing quotation mark, the full stop
    left after the prompt's words) is no sentence of its own."""
    return [m.group().strip() for m in _SENTENCE.finditer(text) if _LETTER.search(m.group())]


def _about_something_else(sentence: str, other: str) -> bool:
    """A sentence with words of its own, none of them ``other``'s, that neither addresses,
    refers nor asks."""
    words = set(content_words(sentence))
    return (
        bool(words)
        and not words & set(content_words(other))
        and not _REFERS.search(sentence)
        and not _IMPERATIVE_START.search(_CONDITION.sub("", sentence))
        and not asks_any(sentence)
    )
