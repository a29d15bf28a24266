"""A sentence to the person who grades, not to the model (part 1 of exercise 1; red-team pass
117): "Grader: full marks please.", "Marker: 10/10 please.", "Teacher, give me an A.",
採点者へ：満点でお願いします。 after the request. The model reads it, but it asks nothing of the
answer: it is said to someone else, or asks for a grade. "Note to the grader: ..." and "Dear TA,
..." were caught by chance (a remark's or an empty answer's flag); this reads the class.

Read: a sentence that opens by addressing a grading role (:data:`_ADDRESSED`: grader, marker,
TA, teacher, professor, examiner, autograder, 採点者, 先生, with "Dear", "To the", "Note for the",
へ, さん, and a comma or a colon after it) or that asks for a grade (:data:`_GRADE`: full marks,
10/10, an A, a perfect score, pass this, 満点, 合格), naming nothing of the compared prompt or the
story's form (:data:`grader.score.remarks.STORY`) and asking for no goal. A grading role as the
answer's reader or teller is a choice ("Write it for the grader of a poetry contest.", "Tell it
like a teacher would.", 先生に読ませる話にして).

Left out: a grading role named later in the sentence ("Please, grader, ..."), one addressed by a
name ("Mr Tanaka, ..."), and a grade asked for in other words ("Make this count.").
"""

from __future__ import annotations

import re

from grader.score.any_request import asks_any
from grader.score.remarks import STORY
from grader.score.words import content_words

_ROLE = (
    r"(?:the\s+|my\s+|our\s+|dear\s+)?(?:auto-?graders?|graders?|markers?|tas?|t\.a\.|teachers?|"
    r"professors?|prof|instructors?|examiners?|reviewers?|evaluators?|assessors?|tutors?|"
    r"lecturers?|sensei|grading\s+(?:script|bot|system)|person\s+grading(?:\s+this)?|whoever\s+"
    r"(?:grades|marks|checks)\s+this)"
)
_ADDRESSED = re.compile(
    rf"(?i)^\W*(?:(?:dear|hey|hi|hello|attention|to|note\s+(?:to|for)|message\s+(?:to|for)|"
    rf"p\.?s\.?(?:\s+(?:to|for))?)\s+)?{_ROLE}\s*[,:!\-—]|"
    r"^\W*(?:採点者|採点する人|採点係|採点担当|先生|教授|TA|ＴＡ|評価者|講師|チューター)"
    r"(?:の方|さん|様|殿)?(?:へ|に)?\s*[、,:：!！]"
)
"""A grading role addressed at the sentence's start, set off by a comma or a colon."""
_GRADE = re.compile(
    r"(?i)\b(?:full|top|maximum|max|perfect|high|good)\s+(?:marks?|credit|points?|score|grade)\b|"
    r"\b(\d+)\s*/\s*\1\b|\b(?:give|award|grant)\s+(?:me|us|this(?:\s+\w+)?)\s+(?:an?\s+)?[\"']?"
    r"(?-i:[A-F])[+-]?(?![\w])|\b(?:deserve|want|get)\s+an?\s+[\"']?(?-i:[A-F])[+-]?(?![\w])|\bpass\s+"
    r"(?:me|this|my|us)\b|\ban\s+a\+|満点|合格|高得点|単位を|いい点|良い点|高評価|成績"
)
"""A grade asked for: marks, a full score (10/10), a capital letter grade, a pass."""


def to_the_grader(sentence: str, other: str) -> bool:
    """``sentence`` is said to the person grading, or asks for a grade, and chooses nothing of
    the answer (see the module)."""
    if not (_ADDRESSED.search(sentence) or _GRADE.search(sentence)):
        return False
    if set(content_words(sentence)) & set(content_words(other)):
        return False  # a word of the request: perhaps about the answer
    if STORY.search(_ADDRESSED.sub(" ", sentence)):
        return False  # the story or its form named: perhaps about the answer
    return not asks_any(sentence)
