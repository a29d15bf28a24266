"""A ban on what the compared answer does not show (part 1 of exercise 1; red-team pass 115):
"Do not mention unicorns." after "Tell me a story about a dragon.", whose answer has no unicorn.
The model was never going to write it, so the ban chooses nothing the TA can see; "Do not mention
the princess." where the compared answer has a princess steers the story, and is a choice.

The ban is read from the sentence (:data:`_BAN`, :data:`_JA_BAN`: "do not mention/include/use
...", "avoid ...", "no ...", "leave out ...", ～は出さないで), its object's content words
(:func:`grader.score.words.content_words`) are looked for in the compared prompt and the compared
run's answer, and a ban none of whose words they hold chooses nothing. A ban that asks for a goal
("Don't use English.": :mod:`grader.score.requests`) or names the answer's form, tone or reader
("No bullet points.", "Nothing scary.", "Don't give it a title.": :data:`_FORM` and
:data:`grader.score.remarks.STORY`) is a choice whatever the answer shows.

Left out: an unknown answer ("": nothing is flagged), a ban in another script than the answer's
(ロボットは出さないで against an English answer is not read), a word the compared answer would have
said after its budget ran out, and synonyms ("no fire" against an answer that says "flames").
"""

from __future__ import annotations

import re

from grader.score.any_request import asks_any
from grader.score.remarks import STORY
from grader.score.text import mostly_ascii_letters
from grader.score.words import content_words

_BAN = re.compile(
    r"(?i)^\W*(?:(?:please|and|also|just|but)\s+)*(?:(?:do\s+not|don't|dont|never|no\s+need\s+to)"
    r"\s+(?:mention|include|use|say|write\s+about|talk\s+about|bring\s+up|add|feature|describe|"
    r"have|put\s+in)|avoid(?:\s+(?:mentioning|using|including|talking\s+about|any))?|leave\s+out|"
    r"no|without)\s+(?P<what>.+?)(?:\s+out)?(?:,?\s*(?:please|thanks|thank\s+you))?\W*$"
)
_JA_BAN = re.compile(
    r"^\W*(?P<what>.+?)(?:の話|という言葉|という単語)?(?:は|を|も)(?:出さ|使わ|入れ|書か|言わ|登場させ|"
    r"触れ)(?:ないで|ないでください|ずに|なくて)"
)
_CARRIER = re.compile(
    r"(?i)\b(?:the\s+|any\s+|a\s+)?(?:words?|terms?|names?\s+of|mentions?\s+of|kind\s+of|sort\s+of|"
    r"type\s+of)\b|という言葉|という単語|の話"
)
"""The words that carry a ban's object ("the word 'fire'", "any mention of"), not banned
themselves."""
_FORM = re.compile(
    r"(?i)\b(?:bullets?|points?|lists?|headings?|headers?|titles?|names?|dialogue|rhymes?|"
    r"rhyming|emojis?|markdown|numbers?|paragraphs?|sentences?|lines?|chapters?|ending|moral|"
    r"twist|intro(?:duction)?|preamble|greetings?|conclusion|summary|adjectives?|adverbs?|jargon|"
    r"slang|big|long|hard|difficult|complex|technical|briefly|concisely|shortly|lengthy|verbose|"
    r"wordy|punctuation|commas|capitals?|spaces)\b|"
    r"箇条書き|見出し|タイトル|名前|会話|絵文字|英語|日本語"
)
"""The answer's form: a ban on it shapes the answer whether or not the compared one shows it."""


def bans_the_absent(sentence: str, other: str, other_answer: str) -> bool:
    """``sentence`` bans only what neither ``other`` nor ``other_answer`` (the compared run's,
    "" if unknown) holds (see the module)."""
    if not other_answer.strip():
        return False  # nothing to read the ban against
    found = _BAN.match(sentence) or (None if sentence.isascii() else _JA_BAN.match(sentence))
    if not found:
        return False
    what = _CARRIER.sub(" ", found.group("what"))
    if _FORM.search(what) or STORY.search(what):
        return False  # the answer's form, tone or reader: a choice whatever the answer shows
    if asks_any(sentence):
        return False  # a goal asked for ("Don't use English.")
    banned = set(content_words(what))
    if not banned or what.isascii() != mostly_ascii_letters(other_answer):
        return False  # nothing named, or named in another script than the answer's
    return not banned & set(content_words(f"{other}\n{other_answer}"))
