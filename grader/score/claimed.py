"""Which runs a claim in a clause is about (:func:`claimed`): the run a relative clause follows
("X, which was cut off"), else the runs named together before it ("X and Y were both"), else
the runs the clause speaks of (:func:`grader.score.naming.subject`), else the run named right
after it (途中で切れたのは X, "was X").

Left out: which runs a word names (:mod:`grader.score.naming`), and what the claim says
(:mod:`grader.score.stated`).
"""

from __future__ import annotations

import re

from grader.score.context import RunView
from grader.score.naming import subject, together
from grader.score.reading import lazy


def claimed_of(m: re.Match[str], clause: str, runs: list[RunView]) -> list[RunView]:
    """The runs the claim ``m`` of ``clause`` is about: the run a relative clause follows ("X,
    which was cut off"), else the runs named together before it ("X and Y were both"), else
    those named before it, else the run named right after it."""
    return claimed(m, clause, runs)[0]


def claimed(
    m: re.Match[str], clause: str, runs: list[RunView]
) -> tuple[list[RunView], list[RunView]]:
    """:func:`claimed_of`, and the runs the clause names together before the claim (read once:
    they are also what lets one run of them fail a claim)."""
    before = clause[: m.start()]
    joined = together(before, runs)
    relative = _RELATIVE().search(before)  # "Unlike X, which was cut off, ..."
    if relative and (named := subject(relative["name"], runs)):
        return named, joined
    after = clause[m.end() :]
    if _THE_ONE().match(after) and (named := _named_after(after, runs)):
        return named, joined  # 途中で切れたのは X: X's, whatever the sentence opened on (rt159-11)
    tail = _BEFORE_RUN_JA().match(after)
    if tail and (named := _named_after(after[tail.end() :], runs)):
        return named, joined  # 上限で打ち切られた X: a clause before a run is its (pass 167)
    return joined or subject(before, runs) or _named_after(after, runs), joined


_THE_ONE = lazy(r"^[\u3041-\u309f]{0,8}?の(?:は|も)")
_BEFORE_RUN_JA = lazy(r"^[^、。A-Za-z0-9\s]{0,10}?(?:た|ている|ていた|ない)\s*(?=[A-Za-z0-9])")


_RELATIVE = lazy(
    r"(?P<name>[A-Za-z0-9][\w-]*(?:\s+(?:one|run|model|version|answer|story))?)\s*,?\s+"
    r"(?:which|who|that)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
"""A claim in a relative clause is about the run it follows, whatever the sentence's subject."""


def _named_after(after: str, runs: list[RunView]) -> list[RunView]:
    """The runs named right after a claim, past linking words only ("was X", ": X", "of the X
    run", のは X): a run named after words of another kind (a verb, a request) is not the
    claim's."""
    link = _LINK().match(after)
    rest = after[link.end() :] if link else after
    named = _NAMED_FIRST().match(rest)
    return subject(named.group(), runs) if named else []


_LINK = lazy(
    # a relative clause before its run (途中で切れてしまった X を: pass 157)
    r"[\u3041-\u309f]{0,10}?は\s*|[\u3041-\u309f]{1,8}?\s*(?=[A-Za-z0-9])|"
    r"(?:\s*(?:letters?|words?|characters?)\s+(?=in\b|of\b))?"
    r"(?:[\s:：,—–-]|\b(?:was|were|is|are|of|by|in|for|from|on|the|how|what|up|anywhere|middle|showed|token|"
    r"budget|limit|well|before|also|too|its|own|"
    r"appeared|repl(?:y|ies)|answer|stor(?:y|ies)|version|text|characters?|letters?|words?|"
    r"(?:produc|writt|generat|print|creat)\w*)\b)*",
    re.IGNORECASE,
)
_NAMED_FIRST = lazy(r"[A-Za-z0-9][\w-]*(?:\s+(?:run|one|version|answer|output|model)\b)?", re.I)
