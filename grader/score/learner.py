"""Requests in a Japanese learner's English and in a casual question (red-team pass 120), merged
into :data:`grader.score.requests.REQUESTS` through :data:`grader.score.indirect.INDIRECT`.

A first-year student often writes "shortly" for "briefly", "short" for "briefly" and "by" for
"in": "Answer shortly.", "Tell me shortly a story ...", "Tell me a story about a robot
shortly.", "Please make it shortly.", "Answer short.", "Please answer by Japanese.", "Answer by
one sentence.", "Write by bullet points." These ask as their standard forms do; they are matched
as the other requests are, so one negated ("Don't answer shortly."), asked about ("Why did you
answer shortly?") or taken back asks for nothing. "in one word" asks for a short answer as 一言で
does. A question for the answer in a form (海賊の話、箇条書きだとどうなる？, 一文だとどうなる？,
日本語だと？) asks as 英語で言うと？ does; :data:`grader.score.fillers.ANSWER_QUESTION` reads its
question as a request.

Left out: "shortly" that means "soon" ("shortly after", "a robot that arrives shortly" is read
as the request but adds "arrives"), "by" after a noun ("a story by Japanese monks"), and other
misused prepositions ("on Japanese").
"""

from __future__ import annotations

_VERB = r"(?:answer|respond|reply|write|tell|say|explain|describe|speak|talk|narrate|summari[sz]e)"
_OBJECT = r"(?:\s+(?:me|us|it|them|this|that|the\s+(?:story|answer)))?"
_SOON = r"(?!\s+(?:after|before|afterwards?|thereafter|later|then)\b)"
"""After "shortly": the word that makes it mean "soon" ("shortly after the battle")."""
_SHORTLY = (
    # "Answer shortly.", "Tell me shortly a story ...", "Please tell it shortly."
    rf"\b{_VERB}{_OBJECT}\s+(?:(?:very|more|really)\s+)?shortly\b{_SOON}",
    rf"\b(?:make|keep)\s+(?:it|this|that|the\s+(?:story|answer))\s+(?:very\s+)?shortly\b{_SOON}",
    # "Tell me a story about a robot shortly.": the clause's last word alone, so that what
    # stands before it ("a dragon and a princess shortly") is still read as added
    r"(?<!\bback\s)(?<!\bhere\s)(?<!\bthere\s)\bshortly(?:\s+please)?\s*$",
    # "Answer short.", "Write short, please."
    rf"^\s*(?:please\s+)?{_VERB}{_OBJECT}\s+(?:(?:very|really)\s+)?short(?:\s+please)?\s*$",
)
_BY = rf"(?:^\s*(?:please\s+)?|\b{_VERB}{_OBJECT}(?:\s+(?:briefly|shortly|please))*\s+)by\s+"
"""A learner's "by" for "in": after a verb of answering ("answer by ...", "write it by ...")
or opening the clause ("By Japanese, please"), not after a noun ("a story by a monk")."""


def _by_language(name: str) -> str:
    """A language asked for with "by": "Please answer by Japanese (language)."."""
    return rf"{_BY}(?:the\s+)?{name}(?:\s+language)?\b"


_ONE_WORD = r"\b(?:in|with|using|by)\s+(?:just\s+|only\s+)?(?:one|a\s+single|a|1)\s+word\b"
"""A one-word answer, as 一言で ("Answer in one word.", "In one word please.")."""


def _said_as(forms: str) -> str:
    """A question for the answer in one of ``forms`` (a Japanese noun): 箇条書きだとどうなる？."""
    return rf"(?:{forms})(?=だと|だったら)"


LEARNER: dict[str, tuple[str, ...]] = {
    "concise": (*_SHORTLY, _ONE_WORD),
    "one_sentence": (
        rf"{_BY}(?:just\s+|only\s+)?(?:one|a|a\s+single|1)\s+(?:short\s+)?(?:sentence|line)\b",
        _ONE_WORD,
        _said_as("一文|1文|一行|一言"),
    ),
    "japanese": (_by_language("(?:japanese|nihongo)"), _said_as("日本語")),
    "english": (_by_language("(?:english|eigo)"), _said_as("英語")),
    "list": (
        rf"{_BY}(?:a\s+)?(?:(?:bulleted|numbered)\s+)?(?:bullet[\s-]?points?|bullets|list)\b",
        _said_as("箇条書き|リスト|リスト形式|番号付き"),
    ),
}
"""Each goal's requests in a learner's English or a casual question, as patterns on a clause."""
