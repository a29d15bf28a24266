"""A remark added beside the compared prompt (part 1 of exercise 1): red-team pass 113 earned
part 1 with "Tell me a story about a dragon. I'm so excited to read it!", "... It's raining
here.", "... Can you think of one?", "... I will read it later." and "By the way, tell me a story
about a dragon.". :mod:`grader.score.additions` skips a sentence that says "I", "you" or "it" (it
may be a choice), so this reads those: a sentence about the student (feelings, who asked, what
they will do with the answer), the exchange ("This is just a test."), the student's surroundings
("It's sunny outside.") or the model ("You know the drill.", "Do you know one?"), naming nothing
of the story or the answer's form, and a discourse marker alone before the prompt ("Anyway, ").
It is a review flag: the credit stands and the TA decides.

A sentence is no remark where it shares a content word with the compared prompt, names the story
or its form (:data:`STORY`: hero, ending, setting, funny, short, words, ...), names an audience
or a persona ("I'm reading this to my class.", "You are a pirate.", "I am five years old"), asks
(a goal, a modal, "I want", "please", an instruction in any clause, a question other than one
about the model's knowledge) or says nothing of the student's side (:data:`_ANCHOR`: "It lives in
Osaka." and "It is raining." may set the story). Left out: Japanese remarks (read by other
modules, or not at all), a remark run into the prompt's sentence ("..., which I will read
later"), a marker after the prompt, and a remark that happens to share a word with the prompt.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from grader.score.any_request import asks_any
from grader.score.asks import asks_for
from grader.score.prompts import same_prompt
from grader.score.requests import REQUESTS
from grader.score.words import content_words
from grader.util.i18n import T, Text

REMARK = T(
    "to review: the changed prompt only adds a remark beside the request (about the student, the "
    "exchange or the surroundings): a change if the student chose it to steer the story, padding "
    "if not",
    "確認が必要: 変えたプロンプトは、依頼の横に（学生自身・やり取り・周りの様子についての）"
    "ひとことを足しただけです。物語を動かすために選んだなら変更、そうでなければ水増しです",
)

_MARKERS = re.compile(
    r"(?i)^\s*(?:(?:so|and|well|oh|ok|okay|alright|all\s+right|right|anyway|anyways|by\s+the\s+way|"
    r"btw|honestly|actually|basically|hey|um+|uh+|hmm+|now|tonight|today|this\s+(?:morning|"
    r"evening|afternoon)|first(?:\s+of\s+all)?|listen|look)\s*[,!.…—-]*\s+)+"
)
"""Discourse markers and a time of the telling: words that frame the request and choose nothing
("In winter, ..." or "For kids, ..." are left out: they may set the story or its reader)."""
STORY = re.compile(
    r"(?i)\b(?:story|stories|tale|plot|hero|heroine|protagonist|characters?|ending|endings|end|"
    r"beginning|twist|moral|setting|set|place|villain|narrator|chapter|scene|title|names?|poem|"
    r"rhymes?|rhyming|verse|lines?|words?|sentences?|paragraphs?|list|bullets?|points?|summary|"
    r"language|english|japanese|funny|sad|scary|spooky|silly|serious|dark|gentle|calm|cute|"
    r"exciting|dramatic|romantic|happy|short|shorter|long|longer|brief|simple|simply|easy|"
    r"detailed|formal|casual|polite|bedtime|kids?|children|child|audience|readers?|years?\s+old|"
    r"grade|age|explain|explanation)\b"
)
"""What a story or an answer is made of, its tone and form, its reader: a sentence naming one
may steer the answer ("I like happy endings.", "I hope it's short.")."""
_AUDIENCE = re.compile(
    r"(?i)\bread(?:ing)?\b.*\bto\s+(?:my|our|a|the)\b|\b(?:for|to)\s+(?:my|our)\s+(?:little\s+|"
    r"younger\s+|baby\s+|\d+[-\s]year[-\s]old\s+)?(?:sons?|daughters?|kids?|child|children|"
    r"sisters?|brothers?|class|students?|niece|nephew|grand\w+|toddler|baby|family)\b|"
    r"\bi(?:'m|\s+am)\s+(?:an?\s+(?!little\b|bit\b)|\d+\b|(?:three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b)|\byou(?:'re|\s+are)\s+an?\b|\b(?:as\s+an?|"
    r"pretend|act\s+as|role)\b"
)
"""Who reads the answer ("I'm reading this to my class.", "It is for my little brother.") or who
tells it ("You are a pirate.", "I am a beginner", "I'm ten."): a chosen reader or persona, not a
remark."""
_ASKS = re.compile(
    r"(?i)\b(?:should|shall|ought|please|pls|thanks?|thx|let's|has\s+to|have\s+to|needs?\s+to|must(?!\s+"
    r"(?:know|have\s+heard)))\b|\b(?:i|we)\s+(?:really\s+|just\s+)?(?:want|wanna|need|prefer|wish|"
    r"would\s+(?:like|love)|'d\s+(?:like|love))\b|\bwants?\s+(?:a|an|the|it\s+to|more|less|some)\b"
)
"""A modal or a wish for the answer ("I'd like it to be short."), or the courtesy that goes with
a request ("Thank you!", labelled honest in pass 63): a request, not a remark; a third person's
wish to hear it ("My friend wants to hear it too.") asks for nothing."""
_CLAUSE = re.compile(r"(?i)[,;:]|\b(?:so|and|but|then)\b")
_ORDER = re.compile(
    r"(?i)^\W*(?:add|avoid|begin|change|describe|end|explain|focus|give|include|keep|make|"
    r"mention|name|put|rewrite|say|set|show|start|stick|tell|translate|try|turn|use|write|answer|"
    r"respond|reply|skip|leave|drop|cut|shorten|remove|imagine|pretend|be|stay|speak|talk|take|"
    r"base|feature|introduce|format|number|list|split|finish|conclude|rhyme|let|go|do|don't|never)\b"
)
"""An instruction's first word, read in every clause ("My daughter loves cats, so include one.")."""
_KNOWS = re.compile(
    r"(?i)^\W*(?:(?:do|can|could|have|did|will|would)\s+you\s+(?:\w+\s+)?(?:know|think\s+of|have|"
    r"heard|got|remember|recall|enjoy|like)\b|how\s+are\s+you\b|are\s+you\s+(?:there|ready|ok|okay|"
    r"well|busy|sure)\b)"
)
"""A question about the model's knowledge or state ("Can you think of one?"): other questions
may ask for something ("Can you make it rhyme?")."""
_ANCHOR = re.compile(
    r"(?i)\b(?:i|i'm|i'll|i've|i'd|me|my|mine|myself|we|our|us|you|your|you're|you'll|yours|"
    r"this|here|outside|whatever|tonight|today|tomorrow|now)\b"
)
"""The student's, the exchange's or the model's side: a remark names one of them."""


def remark_review(prompt: str, other: str, added: Sequence[str]) -> Text | None:
    """:data:`REMARK` where ``prompt`` only adds remarks (``added``, the sentences it adds around
    ``other``) or a discourse marker before ``other``."""
    return REMARK if only_remarks(prompt, other, tuple(added)) else None


@functools.lru_cache(maxsize=4096)
def only_remarks(prompt: str, other: str, added: tuple[str, ...]) -> bool:
    """Every sentence ``prompt`` adds to ``other`` is a remark, or it only puts a marker before
    it."""
    if any(asks_for(goal, prompt, other) for goal in REQUESTS):
        return False  # a goal asked for, however worded, is a choice
    marker = _MARKERS.match(prompt)
    if marker and same_prompt(prompt[marker.end() :], other):
        return True
    return bool(added) and all(_remark(s, other) for s in added)


def _remark(sentence: str, other: str) -> bool:
    """A sentence on the student's, the exchange's or the model's side that names nothing of
    ``other`` or of the story's form and asks for nothing (see the module)."""
    sentence = sentence.replace("’", "'")  # a typed apostrophe reads as the straight one
    if not sentence.isascii() or not _ANCHOR.search(sentence):
        return False  # Japanese is left out; with no anchor, "It lives in Osaka." may set the story
    if set(content_words(sentence)) & set(content_words(other)):
        return False
    if STORY.search(sentence) or _AUDIENCE.search(sentence) or _ASKS.search(sentence):
        return False
    if sentence.rstrip().endswith("?"):
        return bool(_KNOWS.search(sentence))  # other questions may ask ("Can you make it rhyme?")
    if any(_ORDER.search(clause) for clause in _CLAUSE.split(sentence)):
        return False
    return not asks_any(sentence)
