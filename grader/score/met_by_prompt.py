"""A requirement the compared prompt already makes (part 1 of exercise 1; red-team pass 117):
"Mention a dragon in it.", "Include a dragon.", "Make it a story about a dragon, as asked." after
"Tell me a story about a dragon.". The prompt asks for a dragon; asking again that the answer
hold one chooses nothing. :mod:`grader.score.restated` reads the prompt said again after a comma
("Write a story about a dragon, as requested."); this reads a requirement of any wording, the
mirror of a ban on what the compared answer lacks (:mod:`grader.score.bans`).

Read: a requirement (:data:`_REQUIRE`, :data:`_JA_REQUIRE`: mention, include, feature, "make it
about", "the story should be about", "make sure it has", を登場させて, の話にして) whose object's
content words (less the words that carry it: "the word", "a story about") are all words of the
compared prompt. "Mention the dragon's name." names something new, and is a choice; so is a
requirement with a goal ("Mention the dragon in Japanese.").

Left out: a requirement met only by the compared answer ("Mention the princess." where the answer
has one: it may move her forward, a choice), synonyms ("Include a wyrm."), and a requirement the
prompt makes in another language.
"""

from __future__ import annotations

import re

from grader.score.any_request import asks_any
from grader.score.words import content_words

_LEAD = (
    r"(?i)^\W*(?:(?:please|also|and|just|remember\s+to|be\s+sure\s+to|make\s+sure(?:\s+to|\s+that)?|"
    r"don't\s+forget\s+to|you\s+(?:should|must)|i\s+want\s+you\s+to)\s+)*"
)
_TAIL = (
    r"(?:\s+(?:in\s+(?:it|the\s+story|the\s+answer|your\s+(?:answer|story))|somewhere))?(?:,?\s*(?:"
    r"please|as\s+(?:i\s+)?(?:asked|requested|said)|as\s+requested|like\s+i\s+(?:asked|said)|okay|"
    r"ok|thanks))*\W*$"
)
_REQUIRE = tuple(
    re.compile(_LEAD + p + _TAIL)
    for p in (
        r"(?:mention|include|feature|have|involve|put\s+in|bring\s+in|talk\s+about|write\s+about|"
        r"be\s+about|keep\s+it\s+about)\s+(?P<what>.+?)",
        r"(?:it|the\s+story|your\s+(?:answer|story)|the\s+answer)\s+(?:should|must|has\s+to|needs\s+"
        r"to|is\s+to|will)?\s*(?:be\s+about|features?|includes?|mentions?|has|have|involves?)\s+"
        r"(?P<what>.+?)",
        r"make\s+(?:it|the\s+story|this|your\s+answer)\s+(?:a\s+|an\s+|the\s+)?(?P<what>.+?)",
    )
)
_JA_REQUIRE = re.compile(
    r"^\W*(?P<what>.+?)(?:を|が)(?:出して|入れて|登場させて|含めて|出てくるように|登場するように|使って)|"
    r"^\W*(?P<about>.+?)(?:の(?:話|物語|お話)に|について)(?:して|書いて|話して)"
)
_CARRIER = re.compile(
    r"(?i)\b(?:the\s+|a\s+)?(?:words?|terms?|mentions?\s+of|story|stories|tale|about|one)\b|"
    r"の(?:話|物語|お話)"
)
"""The words that carry the object ("the word 'dragon'", "a story about"), not asked for
themselves."""


def met_by_the_prompt(sentence: str, other: str) -> bool:
    """``sentence`` only requires what ``other`` already asks for (see the module)."""
    what = _object(sentence)
    if what is None or asks_any(sentence):
        return False
    required = set(content_words(_CARRIER.sub(" ", what)))
    return bool(required) and required <= set(content_words(other))


def _object(sentence: str) -> str | None:
    """What a requirement asks the answer to hold, or ``None``."""
    for pattern in _REQUIRE:
        if found := pattern.match(sentence):
            return found.group("what")
    if sentence.isascii():
        return None
    found = _JA_REQUIRE.match(sentence)
    return (found.group("what") or found.group("about")) if found else None
