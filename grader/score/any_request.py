"""Does a sentence ask for any goal, or for any goal's opposite? The reviews of what a prompt adds
(:mod:`grader.score.additions`, :mod:`grader.score.remarks`, :mod:`grader.score.bans`) leave
such a sentence alone: a request of the answer is a choice, whatever else the sentence says.

Read with :func:`grader.score.asks.request_counts` unbounded (the request may stand anywhere in
the sentence) and un-negated. Left out: whether the request is made to the model, which the
goal's own reading (:mod:`grader.score.asks`) decides.
"""

from __future__ import annotations

from grader.score.asks import request_counts
from grader.score.requests import OPPOSITES, REQUESTS

_EVERY = (*REQUESTS.values(), *OPPOSITES.values())


def asks_any(sentence: str) -> bool:
    """``sentence`` makes a goal's request or its opposite's, un-negated, anywhere in it."""
    return any(request_counts(r, sentence, False) for r in _EVERY)
