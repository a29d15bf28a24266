"""An added sentence that asks for what the model does anyway (part 1 of exercise 1; red-team pass
117): its default ("Respond as you normally would.", いつも通りに), a difference from an answer
it never saw ("Make this output different from the last one.": each run is a fresh prompt), a
tautology ("End the story when it ends."), something no answer shows ("Think it through silently
first.", "Use a font.": the answer is plain text) or a persona that only says what the model is
("You are a language model.", "You are an AI.", "Answer as tiny-chatty.").

Read by wording (:data:`_FORMS`), and the rest of the sentence must be words of the frame
(:data:`_FRAME_WORDS`: answer, write, style, previous, ...) or of the compared prompt, so "Answer
as you would to a child." and "Make it different from the usual fairy tale." are choices. By
decision, a persona with a role or a quality of its own stays a change ("You are a pirate.", "You
are a helpful assistant.": README, pass 70s), and so does reasoning the answer shows ("Think step
by step.": a technique the course teaches, whose steps are visible); only reasoning said to stay
unseen ("silently", "in your head") is read here.

Left out: a default said in other words ("Do your thing."), a bundled model's name as a persona is
read as the model itself whichever model runs it (a doubt the TA clears for "Answer as tiny-terse."
on tiny-chatty), and a difference from an answer the prompt quotes.
"""

from __future__ import annotations

import functools
import re

from grader.score.any_request import asks_any
from grader.score.words import content_words

_FORMS = tuple(
    re.compile(p)
    for p in (
        # the model's default
        r"(?i)\b(?:as|like|the\s+way|how)\s+you\s+(?:would\s+)?(?:normally|usually|always|"
        r"typically|generally|ordinarily|would|do|tell\s+stories|write|answer|respond)\b",
        r"(?i)\b(?:your|the)\s+(?:usual|normal|default|regular|typical|standard|own)\s+(?:way|"
        r"style|tone|manner|voice|format|self|length)\b|\bas\s+usual\b|\bbe\s+yourself\b|\bthe\s+"
        r"same\s+(?:tone|style|way|voice|format)\s+(?:as\s+)?you\s+(?:always|usually)\b",
        r"いつも(?:通り|どおり|の(?:調子|ように|感じ|スタイル|やり方))|普段(?:通り|どおり|の(?:調子|"
        r"ように))|いつもと同じ",
        # a difference from an answer the model never saw
        r"(?i)\b(?:than|from|as)\s+(?:the|your|my)?\s*(?:last|previous|earlier|prior|other|"
        r"first)\s+(?:one|answer|output|response|time|attempt|version|story|run|reply)\b|\blast\s+"
        r"time\b|\bthan\s+before\b",
        r"(?:前回|さっき|前|この前|以前|最初)(?:の(?:答え|回答|話))?(?:と|とは)(?:違う|別の|異なる|変え)",
        # a tautology
        r"(?i)\b(?:end|stop|finish|conclude)\s+(?:it|the\s+story|the\s+answer)\s+when\s+(?:it|the\s+"
        r"story|the\s+answer)\s+(?:ends|is\s+over|is\s+done|is\s+finished|finishes|is\s+complete)\b|"
        r"\b(?:start|begin)\s+(?:it\s+)?at\s+the\s+beginning\b|終わったら終わ",
        # what no answer shows
        r"(?i)\b(?:silently|quietly|internally|in\s+your\s+head|to\s+yourself|in\s+silence|"
        r"mindful(?:ly)?|privately)\b",
        r"(?i)\b(?:in|use|with)\s+(?:a|any|some|the|your)\s+(?:font|typeface|pen|ink|keyboard)\b",
        # a persona that is the model itself
        r"(?i)^\W*you(?:'re|\s+are)\s+(?:just\s+|only\s+|simply\s+)?(?:an?\s+)?(?:ai|a\.i\.|"
        r"artificial\s+intelligence|(?:ai\s+)?(?:large\s+)?language\s+model|llm|chat\s*bot|ai\s+"
        r"model|neural\s+network|computer\s+program|model|bot|tiny-\w+)\W*$",
        r"(?i)\b(?:as|like)\s+(?:yourself|what\s+you\s+are|tiny-\w+|(?:the|a|an)\s+(?:ai|language\s+"
        r"model|model|chatbot|llm)(?:\s+you\s+are)?)(?!\s+(?:would|who|that|of|for|from|in)\b)",
        r"(?:あなたは|君は)(?:AI|ＡＩ|人工知能|(?:大規模)?言語モデル|チャットボット)(?:です|だ)|"
        r"(?:AI|ＡＩ|言語モデル)として",
    )
)
_FRAME_WORDS = """
    answer respond reply write tell do make give keep use be stay would normally usually always
    typically generally way style tone manner voice format usual normal default regular typical
    standard own self same different differ differently distinct new other change last previous
    earlier prior first time attempt version output response run one before repeat avoid think
    through plan reflect carefully consider first mindful font typeface pen ink keyboard end stop
    finish conclude start begin beginning over done complete model ai language large chatbot llm
    bot artificial intelligence program computer neural network tiny chatty terse just only
    simply quiet quietly silent silently head internally privately
    答え 答える 回答 書く 話す 調子 普段 通り いつも 同じ 違う 別 異なる 変える 前回 前 最初 以前
    言語 モデル 人工 知能 チャット ボット ai 終わる
""".split()
"""The words these forms are made of: the verb, the default, the earlier answer, the model."""


@functools.cache
def _frame() -> frozenset[str]:
    """:data:`_FRAME_WORDS` as content words (stems and lemmas)."""
    return frozenset(w for word in _FRAME_WORDS for w in content_words(word) or (word,))


def asks_the_default(sentence: str, other: str) -> bool:
    """``sentence`` only asks for what the model does anyway (see the module)."""
    if not any(form.search(sentence) for form in _FORMS) or asks_any(sentence):
        return False
    return set(content_words(sentence)) <= _frame() | set(content_words(other))
