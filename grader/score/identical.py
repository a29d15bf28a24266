"""Claims of the notes that runs gave the same text, checked against their answers (pass 132):
"X gave word for word the same story as Y", "X was identical to Y", X と Y は全く同じ文章だった.

Read in each clause :mod:`grader.score.stated` reads: a word of strict sameness ("word for
word", "character for character", "identical", "exactly the same", "the exact same", "one and
the same", "verbatim", "a carbon copy", "duplicated ... exactly", "not a single word differed", a
copy by its metaphor ("a clone of", "a copy-paste of", コピペ),
一字一句, 全く同じ, 完全に同じ, 同一) and every run the clause names by its name. The claim
fails when two of those runs' answers differ (spaces aside); denied ("was not identical
to", 全く同じではなかった), when they are all the same.

Left out: loose sameness ("the same story", 同じ話), which two different texts can bear out (the
same plot, told at two lengths), and a run named by anything but its name.
"""

from __future__ import annotations

import re

from grader.score.context import RunView
from grader.score.denied import UNDENIED, denies
from grader.score.naming import RUN_WORD
from grader.score.reading import lazy
from grader.util.i18n import T, Text

_SAME = lazy(
    r"\b(?:(?:word|character|letter|line|token)\s+for\s+(?:word|character|letter|line|token)|"
    r"identical(?:ly)?|(?:exactly|precisely)\s+the\s+same|the\s+(?:very|exact)\s+same|one\s+and\s+"
    r"the\s+same|verbatim|carbon\s+cop(?:y|ies)|exact\s+(?:copy|duplicate|replica)|duplicat\w*\s+"
    r"(?:\S+\s+){0,2}?(?:exactly|verbatim)|cop(?:y|ied)\s+(?:\S+\s+){0,2}?(?:exactly|verbatim))\b|"
    r"(?:not\s+(?:a\s+single|one|even\s+one)|no)\s+(?:word|character|letter|line|token)s?\s+(?:differed|"
    r"changed|was\s+different|were\s+different)\b|\bdown\s+to\s+the\s+(?:very\s+)?(?:last|final)\s+"
    r"(?:comma|word|letter|character|full\s+stop|period|dot)\b|\bto\s+the\s+letter\b|"
    r"(?:could|can)(?:\s*not|n't)\s+tell\s+(?:\S+\s+){1,3}?(?:from|apart)\b|\btwins\b|indistinguishable|"
    # a copy by its metaphor ("a clone of Y", "a copy-paste of Y": pass 142)
    r"\b(?:(?:an?|the)\s+(?:\w+\s+)?)?(?:clone|copy[\s-]*paste|duplicate|"
    r"replica|photocopy|mirror\s+image|spitting\s+image|double|twin)\s+of\b|\bclon(?:ed|es)\b|"
    r"\b(?:an?|the)\s+copy\s+of\b|\bdead\s+ringers?\s+for\b|"
    r"何の違いも|違いは(?:何も|全く|まったく|一切)?(?:な|あり?ませ)|差が(?:な|あり?ませ)|何一つ変わ(?:ら|って)|"
    r"一字一句|(?:全く|まったく|完全に)同じ|同一|コピペ|丸写し|そっくりそのまま|瓜二つ|寸分(?:違わ|たが)|同じ文面|一言一句|"
    r"(?:まるっきり|まるで|全く|完全に)一緒|\bno\s+difference\s+(?:at\s+all\s+)?between\b|"
    r"\bexactly\s+like\b|\bdid\s*(?:not|n't)\s+differ\b|"
    # "said exactly what Y said", "nothing more and nothing less" (pass 144)
    r"\b(?:said|wrote|gave|printed|told)\s+exactly\s+what\b|\bnothing\s+more,?\s+(?:and|nor)\s+nothing\s+less\b",
    re.IGNORECASE,
)
_FAR = lazy(
    rf"{UNDENIED}\b(?:far\s+from|anything\s+but|by\s+no\s+means|no)\s+"
    r"(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
"""A denying word ("anything but identical", "no carbon copy"), unless itself denied ("never
anything but")."""
_NOT_SAME_JA = lazy(r"^[^、。]{0,8}?(?:ではな|じゃな|ではあり?ませ)")


_DIFFERENT = lazy(
    r"\bnothing\s+alike\b|\bdiffered\s+from\s+[\w-]+\s+in\s+every\b|\bhad\s+nothing\s+in\s+common\b|\b(?:completely|totally|entirely)\s+"
    r"different\s+(?:stor|text|answer|tale)|(?:文章|文面|中身|内容|答え|出力)(?:が|は)(?:全然|まったく|全く|少し)?"
    r"(?:違っ|異な|一致しな)|別物|似ても似つかな|(?:全く|まったく|全然|まるで)(?:違う|別の)(?:話|文|内容)",
    re.IGNORECASE,
)
"""A difference said in an idiom (別物, 似ても似つかない, "nothing alike": pass 145): the
sameness denied."""


def identical_review(clause: str, runs: list[RunView]) -> Text | None:
    """A review flag when ``clause`` says the runs it names gave the same text and their answers
    differ, or says they did not and they are the same; None else."""
    same_said = _SAME().search(clause)
    m = same_said or _DIFFERENT().search(clause)
    by_name = {r.name.casefold(): r for r in runs}
    said = {
        by_name[w.casefold()].name: by_name[w.casefold()]
        for w in RUN_WORD().findall(clause)
        if w.casefold() in by_name
    }
    if m is None or len(said) < 2:
        return None
    before = clause[: m.start()]
    denied = (same_said is None) != bool(
        denies(before) or _FAR().search(before) or _NOT_SAME_JA().search(clause[m.end() :])
    )
    same = len({" ".join(r.text.split()) for r in said.values()}) == 1
    if same != denied:
        return None
    names = ", ".join(said)
    if denied:
        return T(
            f"to review: the notes say {names} gave different texts; their answers are the same",
            f"確認が必要: 考察は {names} の出力が違ったと述べていますが、出力は同じです",
        )
    return T(
        f"to review: the notes say {names} gave the same text; their answers differ",
        f"確認が必要: 考察は {names} が同じ文章だったと述べていますが、出力は違います",
    )
