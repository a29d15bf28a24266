"""Own notes that only intend, wonder, instruct or report hearsay: nothing seen (rt123-02..10).

Read, clause by clause as :mod:`grader.score.predicted` cuts them (and at a colon), quotations
left out, the kinds of clause that observe nothing, besides a prediction or a plan:

* an instruction to the reader: a clause or a part of one (cut at a comma or "and") opening on a
  bare verb ("Compare the two answers", "then open the list run", "- count the sentences"), and
  in Japanese one ending in てください, なさい or a plain verb before こと (比べること);
* what would have happened: "had I", "if I had", "would/could/might have" (the part of the
  clause it stands in), and in Japanese a condition (ていたら, ていれば, たら) before だろう, はず
  or かも;
* hearsay: "is supposed to", "reportedly", "supposedly", "people say", "I heard", "I was told",
  "according to the handout"; in Japanese らしい, a plain verb before そうだ (伝聞: 始めるそうだ,
  not 短そうだ), とのこと, and what a handout, a class or a friend said (説明によると,
  説明に書いてあった);
* wondering: "I wonder if/whether", "I am curious if", a question that asks no why; in Japanese
  かな, だろうか, でしょうか, のか without a why (なぜ, どうして);
* a to-do: "- [ ]", "TODO", "to do:", やること;
* a wish: "I want to try", "I would love to"; in Japanese a clause ending in たい (比べてみたい),
  whatever past stands inside it (頼んだ答えを確かめたい: a relative clause's た);
* the steps taken, told in the past, with nothing seen: a clause whose subject is the student
  ("I ran", "then I used", "we tried") and whose every part is an own action (ran, tried, asked,
  typed, used, changed, kept, added, saved, switched...) or says nothing on its own ("then on
  terse"), and nothing read yet ("I did not read them", "haven't looked at the answers").

A part that observes ("and got three bullets", "and it was: one line") keeps its clause
observing, as does a clause the module reads nothing of (:func:`grader.score.predicted.clause_kind`
decides it). Notes whose every clause predicts, plans, sets up or is one of the kinds above, one
at least not a set-up, and none observing, are flagged for review, as predicted.py's are.

Left out: Japanese steps told in the past (実行した, 頼んだ: read as observed); a wish or a wonder
around a relative clause that does observe (二文しか書かなかった理由を知りたい is flagged when
alone); an instruction that starts with a word not in the list of verbs; a step whose object
the list of own actions misses ("I ran chatty and terse": a bare name) keeps the notes unflagged.
"""

from __future__ import annotations

import re
from typing import Literal

from grader.score.hearsay import hearsay
from grader.score.predicted import clause_kind, clauses
from grader.score.reading import lazy
from grader.util.i18n import T, Text

Intent = Literal["instructed", "supposed", "hearsay", "wondered", "todo", "wished", "steps"]
_INTENT = frozenset(("instructed", "supposed", "hearsay", "wondered", "todo", "wished", "steps"))
_NOT_OBSERVING = _INTENT | {"predicted", "setup"}

_COLON = lazy(r"[:：](?=\s)")
_PART = lazy(r",|\band\b|\bthen\b", re.IGNORECASE)
_LEAD = lazy(
    r"^[\W\d_]*(?:(?:then|first|next|now|also|finally|please|and|after\s+that)\b\W*)*",
    re.IGNORECASE,
)
_TODO = lazy(r"^\W*(?:\[\s\]|☐|□)|\b(?:todo|to-do|to\s+do)\b\s*:?|やること", re.IGNORECASE)

_IMPERATIVE = lazy(
    r"^(?:compare|look|open|check|count|read|note|see|run|try|ask|consider|observe|measure|"
    r"make\s+sure|pay|go|remember|write|switch|find|take|scroll|click|listen|verify|test|watch|"
    r"paste|copy|repeat|notice)\b(?!\s+(?:of|is|are|was|were|like|s)\b)",
    re.IGNORECASE,
)
"""A bare verb opening a part: the reader is told what to do."""
_OVERRIDE = {
    "supposed": lazy(
        r"\bhad\s+(?:i|we|you|it|they|terse|chatty)\b|\bif\s+(?:\w+\s+){0,3}?had\b|"
        r"\b(?:would|could|might|should)(?:\s+not|n't)?\s+have\b|\w+'ve\s+been\b",
        re.IGNORECASE,
    ),
    "hearsay": lazy(r"\b(?:is|are|was|were)\s+supposed\s+to\b", re.IGNORECASE),
    "wondered": lazy(
        r"\bi\s+wonder(?:ed)?\s+(?:if|whether)\b|\bcurious\s+(?:if|whether|to\s+see)\b",
        re.IGNORECASE,
    ),
    "steps": lazy(
        r"\b(?:did\s+not|didn't|have\s+not|haven't|has\s+not|hasn't|not)\s+(?:\w+\s+){0,3}?"
        r"(?:read|looked|look|checked|check|opened|open|gone\s+through|go\s+through)\b",
        re.IGNORECASE,
    ),
}
"""Marks that make their part observe nothing, even with a past in it ("had I asked", "would have
been", "I heard that terse was", "I wonder whether it dropped", "I did not read them")."""
_WISH_EN = lazy(r"\b(?:i|we)\s+(?:would|'d)\s+love\s+to\b|\bi\s+wish\b", re.IGNORECASE)
_WHY = lazy(r"\b(?:why|how\s+come)\b|なぜ|どうして|なんで|何故", re.IGNORECASE)

_ACTION = lazy(
    r"^(?:(?:i|we)\s+)?(?:\w+ly\s+|also\s+|then\s+|just\s+)?(?:ran|re-?ran|tried|asked|typed|"
    r"used|changed|kept|added|saved|switched|set|put|sent|gave|entered|pasted|copied|repeated|"
    r"started|picked|chose|edited|replaced|removed|left|went\s+back|moved|made|submitted|"
    r"generated|wrote\s+(?:the|a|my)\s+prompt|leaving|keeping|using)\b|^(?:on|with|in|for|at|"
    r"to|from|both|again)\b",
    re.IGNORECASE,
)
"""A part that is an own action in the past, or says nothing on its own ("on terse too")."""
_STUDENT = lazy(r"^(?:i|we)\b", re.IGNORECASE)
_OBJECT = lazy(
    r"^(?:the|a|an|my|all|both|each)\b(?!.*\b(?:is|are|was|were|has|have|does|seems|"
    r"looks|stays|keeps|gives|writes|answers|ends|starts|makes|says|lost|cut|put|hit|let|"
    r"set|shut|read|quit|spread|dropped|became|left)\b)",
    re.IGNORECASE,
)
"""A part that goes on with the action's objects ("and the list goal on chatty"), no verb."""

_JA_END = {
    "wondered": lazy(r"(?:かな|かなあ|かなぁ|だろうか|でしょうか|のか|のだろう)$"),
    "wished": lazy(r"(?:たい|たいです|たいと思う|たいと思います|たかった)$"),
    "instructed": lazy(r"(?:てください|て下さい|でください|なさい|[うくすつぬぶむるぐ]こと)$"),
    "supposed": lazy(r"(?:ていたら|でいたら|ていれば|でいれば|たら|れば).*(?:だろう|はず|かも)"),
}
"""Japanese ends (and one condition) of a clause that observes nothing, read before its た."""
_JA_TRAIL = lazy(r"[\s。．.!！?？、,]+$")


def intended_review(own: str) -> Text | None:
    """A review flag for own notes that only intend, wonder, instruct or report hearsay (see the
    module's docstring), or None."""
    kinds = [_reading(part) for c in clauses(own) for part in _COLON().split(c)]
    kinds = [k for k in kinds if k]
    if any(k != "setup" for k in kinds) and all(k in _NOT_OBSERVING for k in kinds):
        if not any(k in _INTENT for k in kinds):
            return None  # predicted.py's own case, flagged by predicted_review
        return T(
            "to review: the notes only tell what to do, what would have happened, what others "
            "say, what you wonder or want, or the steps you took; they report nothing observed "
            "in the outputs",
            "確認が必要: 考察が指示・仮定・伝聞・疑問・希望・手順だけで、出力で実際に見たことを"
            "述べていません",
        )
    return None


def _reading(clause: str) -> str:
    """What ``clause`` does: one of the kinds above, or what predicted.py reads ("" for no
    letters)."""
    if not any(c.isalpha() for c in clause):
        return ""
    if _TODO().search(clause):
        return "todo"
    if japanese := _japanese_end(clause):
        return japanese
    marked, rest = _marked(clause)
    if not marked:
        return _steps(clause) or clause_kind(clause)
    if rest.strip() and clause_kind(rest) == "observed":
        return "observed"
    return marked


def _marked(clause: str) -> tuple[str, str]:
    """The first kind marked in any of ``clause``'s parts, and its unmarked parts joined."""
    first, rest = "", []
    for part in _PART().split(clause):
        kind = _part_kind(part)
        first = first or kind
        if not kind:
            rest.append(part)
    return first, " ".join(rest)


def _part_kind(part: str) -> str:
    """The kind a part is marked as, or ""."""
    for kind, pattern in _OVERRIDE.items():
        if pattern().search(part) or (kind == "hearsay" and hearsay(part)):
            return kind
    if _WISH_EN().search(part):
        return "wished"
    bare = _LEAD().sub("", part)
    if _IMPERATIVE().search(bare) and clause_kind(bare) != "observed":
        return "instructed"
    if bare.rstrip().endswith("?") and not _WHY().search(bare) and clause_kind(bare) != "observed":
        return "wondered"
    return ""


def _steps(clause: str) -> str:
    """ "steps" when ``clause`` is the student's own actions in the past, part by part, else ""."""
    bare = _LEAD().sub("", clause)
    if not _STUDENT().search(bare):
        return ""
    parts = [_LEAD().sub("", p).strip() for p in _PART().split(bare)]
    if all(not p or _ACTION().search(p) or _object(p) for p in parts):
        return "steps"
    return ""


def _object(part: str) -> bool:
    """``part`` goes on with an action's objects and observes nothing."""
    return bool(_OBJECT().search(part)) and clause_kind(part) != "observed"


def _japanese_end(clause: str) -> str:
    """The kind of a Japanese clause read from its end (a wish, a wonder, hearsay, an
    instruction) or its condition, or ""."""
    text = _JA_TRAIL().sub("", clause)
    if hearsay(text):
        return "hearsay"
    for kind, pattern in _JA_END.items():
        if pattern().search(text):
            if kind in ("wondered",) and _WHY().search(text):
                return ""
            return kind
    return ""
