"""Requests said indirectly (red-team pass 118), merged into
:data:`grader.score.requests.REQUESTS`: by what the answer need not have, and by the role a
prompt gives the model (:data:`grader.score.roles.ROLE_REQUESTS`).

A short answer is often asked for by waiving the long one: 長い説明はいりません, 長い文章は不要です,
詳しい説明は必要ありません, 長々とした説明は結構です, "No long explanation needed.", "I don't need a
long explanation." The long form named (:data:`_LONG_FORM`) and the thing it qualifies are the
request's own words; its waiver (:data:`_WAIVED`) ends it. These are matched as the other requests
are, so a waiver negated, asked about or taken back (長い説明もいります, 長い説明はいりませんか？,
"..., なんてね") asks for nothing, and one beside a request for the opposite
(長い説明はいりませんが、詳しく書いて) asks for neither.

Left out: a waiver of something else than length (説明はいりません, "no explanation needed": the
story may still be long), and 難しい説明はいりません (plain words, not a short answer).
"""

from __future__ import annotations

from grader.score.bare import BARE
from grader.score.learner import LEARNER
from grader.score.roles import ROLE_REQUESTS

_LONG_FORM = "(?:長い|長たらしい|長ったらしい|詳しい|詳細な|細かい|長々(?:と)?した|くどい|余計な)"
_THING = "(?:説明|文章|文|話|お話|物語|答え|回答|解説|描写|前置き|返事|返答)"
_WAIVED = (
    "(?:は|も|とか|など)?(?:いりません|いらない|いらん|要りません|要らない|不要|必要(?:ない|ありません)|"
    "なくて(?:いい|良い|大丈夫|結構)|結構|けっこう|なしで|無しで)"
)
_EN_LONG = r"(?:long|lengthy|detailed|wordy|elaborate|drawn-out|long-winded)"
_EN_THING = (
    r"(?:explanations?|descriptions?|answers?|stor(?:y|ies)|text|intro(?:duction)?s?|preambles?|"
    r"replies|reply|responses?)"
)
_EN_WAIVED = (
    rf"\bno\s+(?:need\s+for\s+(?:an?\s+|any\s+)?)?{_EN_LONG}\s+{_EN_THING}(?:\s+(?:is\s+)?"
    r"(?:needed|necessary|required|wanted|please))?\b|"
    rf"\b(?:i|we)\s+(?:don't|do\s+not)\s+(?:need|want)\s+(?:an?\s+|any\s+)?{_EN_LONG}\s+"
    rf"{_EN_THING}\b"
)
_LIST_VERBED = (
    r"\b(?:uses?|writes?|answers?\s+(?:in|with)|repl(?:y|ies)\s+(?:in|with)|gives?)\s+(?:only\s+|just\s+)?"
    r"(?:bullet[\s-]?points|bullets|numbered\s+lists|lists)\b"
)
"""A list asked for by its verb, as a role's clause says it ("a bot that only writes bullet
points") and as an order does ("Write bullet points.")."""

INDIRECT: dict[str, tuple[str, ...]] = {
    "concise": (f"{_LONG_FORM}{_THING}?{_WAIVED}", _EN_WAIVED, *ROLE_REQUESTS["concise"]),
    "one_sentence": ROLE_REQUESTS["one_sentence"],
    "list": (_LIST_VERBED, *ROLE_REQUESTS["list"]),
}
"""Each goal's indirect requests, as patterns on a clause (read as
:mod:`grader.score.requests`' are), and a learner's (:data:`grader.score.learner.LEARNER`)."""
for _goal, _learner in LEARNER.items():  # a learner's English, a casual question (pass 120)
    INDIRECT[_goal] = INDIRECT.get(_goal, ()) + _learner
for _goal, _bare in BARE.items():  # a bare noun phrase, a translation (pass 122)
    INDIRECT[_goal] = INDIRECT.get(_goal, ()) + _bare
