"""Runs ranked by length in the notes, checked against their answers (pass 162): "Ranked from
longest to shortest output: X, Y, Z", "In order of length, smallest first, the runs went X, then
Y, then Z", 長い順に X、Y、Z. Each run must be no shorter than the next (no longer, smallest
first) by more than :data:`grader.score.claims.MARGIN`, as a comparison of two is read.

Two runs said to be about the same length must be within :data:`ALIKE` times of each other
(:func:`alike`).

Left out: a ranking with no direction said, a rank told by number ("X came third"), and answers
in two scripts, whose characters are no common measure of length.
"""

from __future__ import annotations

import re
from itertools import pairwise

from grader.score.claiming import RUN_WORD
from grader.score.context import RunView
from grader.score.naming import named
from grader.score.reading import lazy
from grader.score.text import main_script
from grader.util.i18n import T, Text

_CUE = lazy(
    r"\b(?:ranked|sorted|ordered|arranged|in\s+order\s+of\s+(?:length|size)|by\s+length|from\s+(?:the\s+)?"
    r"(?:longest|shortest|smallest|biggest|largest)\s+to)\b|(?:長い|短い|長さの)順",
    re.IGNORECASE,
)
_LONG_FIRST = lazy(
    r"\b(?:longest|biggest|largest|wordiest)\s+(?:first|to)\b|\bfrom\s+(?:the\s+)?(?:longest|biggest|"
    r"largest)\b|長い順",
    re.IGNORECASE,
)
_SHORT_FIRST = lazy(
    r"\b(?:shortest|smallest|briefest)\s+(?:first|to)\b|\bfrom\s+(?:the\s+)?(?:shortest|smallest)\b|"
    r"短い順",
    re.IGNORECASE,
)
_END = lazy(r"[.!?。！？\n](?:\s|$)|[。！？\n]")


def ranked(own: str, runs: list[RunView], margin: float) -> tuple[str, str, int, int] | None:
    """``(longer, shorter, its characters, the other's)`` for the first two runs a ranking of
    ``own`` puts in the wrong order, the one said longer being shorter by ``margin``; or None."""
    for cue in _CUE().finditer(own):
        end = _END().search(own, cue.end())
        ranking = own[cue.start() : end.start() if end else len(own)]
        long_first = _LONG_FIRST().search(ranking[:60])
        if not long_first and not _SHORT_FIRST().search(ranking[:60]):
            continue  # no direction said
        order = _in_order(ranking, runs)
        for x, y in pairwise(order):
            longer, shorter = (x, y) if long_first else (y, x)
            if main_script(x.text) != main_script(y.text):
                continue
            if len(longer.text) * margin < len(shorter.text):
                return longer.name, shorter.name, len(longer.text), len(shorter.text)
    return None


_N = r"[A-Za-z][\w-]*"
_ALIKE = lazy(
    rf"(?P<a>{_N})\s+(?:and|&)\s+(?P<b>{_N})\s+(?:were|are|had|came\s+out)\s+(?:about|roughly|nearly|almost|more\s+or\s+"
    rf"less|basically)?\s*(?:the\s+)?same\s+(?:length|size)|(?P<a2>{_N})\s+(?:was|is)\s+(?:about|roughly|nearly|almost)\s+"
    rf"(?:as\s+long\s+as|the\s+same\s+length\s+as)\s+(?P<b2>{_N})|"
    rf"(?P<aj>{_N})\s*と\s*(?P<bj>{_N})\s*(?:も|の|は)?[^。]{{0,6}}?(?:長さ|分量|文字数|量)[^。]{{0,10}}?(?:ほとんど|ほぼ|あまり)?"
    r"(?:変わ(?:ら|りませ)|同じ|一緒|どっこいどっこい|差はごくわずか|大差(?:な|はな|ありませ))|"
    rf"(?P<aj2>{_N})\s*(?:は|も)\s*(?P<bj2>{_N})\s*と\s*(?:ほぼ|ほとんど|だいたい)?同じ(?:くらい|ぐらい)?の(?:長さ|分量)",
    re.IGNORECASE,
)
"""Two runs said to be about the same length ("X and Y were about the same length", X と Y の長さ
はほとんど変わらなかった, どっこいどっこい: pass 167)."""
ALIKE = 2.0
"""Two answers are not "about the same length" when one is this many times the other."""


def alike_review(own: str, runs: list[RunView]) -> Text | None:
    """A review flag for two runs said to be about the same length that are not (:func:`alike`)."""
    if same := alike(own, runs):
        return T(
            f"to review: the notes say {same[0]} and {same[1]} were about the same length; their "
            f"answers have {same[2]} and {same[3]} characters",
            f"確認が必要: 考察は {same[0]} と {same[1]} の長さがほぼ同じと述べていますが、文字数は "
            f"{same[2]} と {same[3]} です",
        )
    return None


def alike(own: str, runs: list[RunView]) -> tuple[str, str, int, int] | None:
    """``(a, b, a's characters, b's)`` for two runs said to be about the same length whose answers
    in one script differ by :data:`ALIKE` times or more; None else."""
    for m in _ALIKE().finditer(own):
        a = m["a"] or m["a2"] or m["aj"] or m["aj2"]
        b = m["b"] or m["b2"] or m["bj"] or m["bj2"]
        x, y = named(a, runs), named(b, runs)
        if len(x) != 1 or len(y) != 1 or main_script(x[0].text) != main_script(y[0].text):
            continue
        na, nb = len(x[0].text), len(y[0].text)
        if max(na, nb) >= ALIKE * min(na, nb):
            return x[0].name, y[0].name, na, nb
    return None


def _in_order(ranking: str, runs: list[RunView]) -> list[RunView]:
    """The runs ``ranking`` names one at a time, in its order, each once."""
    order: list[RunView] = []
    for w in RUN_WORD().finditer(ranking):
        one = named(w.group(), runs)
        if len(one) == 1 and one[0] not in order and one[0].name.casefold() == w.group().casefold():
            order.append(one[0])
    return order
