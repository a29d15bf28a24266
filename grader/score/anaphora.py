"""Which run a pronoun or a narrative's anaphora names, for the claim readers: "..., but it was
cut off", "It ..." after a sentence opened by a run, "That one", "The new output", "This time the
model", "After the change it", これ / こちら, 変更後の出力, and in Japanese a run left unsaid after
が、 (passes 176-178, 186, 190, 191).

Left out: which runs a word names (:mod:`grader.score.naming`), runs named by their place
("the next one": :mod:`grader.score.places`), a pronoun that is not the clause's first word, and
a Japanese sentence that leaves its run unsaid after a full stop (read as the run of the one before,
it misread six honest files: rt191-08 is accepted).
"""

from __future__ import annotations

import re

from grader.score.context import RunView
from grader.score.naming import RUN_WORD, named, run_words, subject, uncontrasted
from grader.score.places import names_in
from grader.score.predicted import clauses
from grader.score.reading import lazy


def _asked(before: str, goals: list[RunView], runs: list[RunView]) -> bool:
    """``before`` names the goal runs by a word of what they asked ("I asked the same model to make
    it very short"): "The new output", "That one" after it is theirs (passes 190, 191)."""
    return any(named(w, runs) == goals for w in RUN_WORD().findall(before))


def resolved(text: str, runs: list[RunView]) -> list[str]:
    """The clauses of ``text`` (:func:`grader.score.predicted.clauses`), one opened by a pronoun
    read as the run the clause before speaks of (:func:`pronoun`)."""
    out: list[str] = []
    for c in clauses(text):
        out.append(pronoun(c, out[-1] if out else "", runs))
    return out


_IT = lazy(
    r"^(?:(?:but|yet|though|although|while|so)\s+(?:(?:actually|really|in\s+fact|in\s+the\s+end|then),?\s+)?"
    r"(?P<it>it|they|(?P<noun>the\s+(?:model|output|answer|"
    r"reply|response|result)))\b(?!'s\s)|"
    r"(?P<ja>これ|それ|こちら|そちら)(?=[はがも])|(?P<cap>[Ii]t|They)\b(?!'s\s)|"
    # the run a narrative is on (passes 190, 191): "That one", "This time the model", 変更後の出力
    r"(?P<this>(?:That|This)\s+(?:one|run|answer|output|story|version)\b|The\s+new\s+(?:one|run|"
    r"output|answer|version|story)\b|This\s+time,?\s+(?:the\s+(?:model|output|answer)|it)\b|"
    r"After\s+the\s+change,?\s+(?:it|the\s+(?:model|output|answer))\b|"
    r"(?:こちら|これ|それ|こっち)(?=[はがも])|変更後の(?:出力|実行|回答|答え)(?=[はがも])))"
)
"""A clause opened by a pronoun: one of the sentence after its conjunction ("..., but it was
cut off", …が、これは英語で返ってきた: passes 176, 177; "..., but the model answered in English":
pass 186), or a sentence's "It" or "They" after one that names one run, or several (pass 178)."""
_CHANGED = lazy(r"after\s+the\s+change|変更後", re.IGNORECASE)
_JOINED_JA = lazy(r"(?:が|けど|けれど|けれども|ので)$")
"""How a Japanese clause ends when the next is of its sentence (predicted's clause breaks)."""
_TOPIC_JA = lazy(
    r"^(?!(?:出力|答え|回答|物語|話|文章|モデル|最後|最初|結局)[はがも])[^、。]{0,10}?"
    r"(?<![にでと実])(?<!より)(?<!本当)(?<!最後)(?<!最初)(?<!結局)[はがも]"
)
"""A clause's own topic ("他の二つは", "結果は"), not a word of the run's answer ("話も") nor a
particle's は (箇条書きにはならず, 日本語にはならず: pass 185), よりも, nor an adverb's は (実は,
最後は: pass 193)."""


_NEITHER_JA = lazy(r"(?:[^、。\s]{1,8}?も){2,}")
"""Nouns listed with も, of "neither A nor B" (記号も改行もない: rt175-05): no topic."""


def pronoun(clause: str, before: str, runs: list[RunView]) -> str:
    """``clause`` with its opening pronoun (:data:`_IT`) replaced by the run the clause before
    speaks of (one for "it", これ and それ; two or more for "they"), and, in Japanese, the run of
    the clause before put as the topic of one of its sentence that names none but the runs it is
    set against, and has no topic of its own (X では日本語をお願いしたが、英語で返ってきた); else
    as it stands."""
    m = _IT().match(clause)
    joined = _JOINED_JA().search(before) is not None
    opener = RUN_WORD().match(before.lstrip()) if m and m["cap"] else None
    if opener and (first := named(opener.group(), runs)):
        said = first  # "x3 did not ... that x1 had. It also ...": the run that opened it (rt190-11)
    elif m and m["cap"]:  # every run the sentence before names, not only its last
        said = list(
            {r.name: r for w in run_words(before, runs) for r in named(w.group(), runs)}.values()
        )
    else:
        said = subject(before, runs) if m or joined else []
    if m and m["this"]:  # the one run whose prompt changed, when it is the one meant
        goals = [r for r in runs if r.role == "run" and r.goal]
        if _CHANGED().match(m["this"]) or (len(said) != 1 and _asked(before, goals, runs)):
            said = goals
    if not m:
        # a run set against it (X は…が、Y よりも長い: pass 187) is not the clause's own
        own = run_words(uncontrasted(clause), runs)
        bare = joined and not own and not _TOPIC_JA().search(_NEITHER_JA().sub("", clause))
        return f"{said[0].name} は{clause}" if bare and len(said) == 1 else clause
    if not said or ((m["it"] or m["cap"]) not in ("they", "They")) != (len(said) == 1):
        return clause
    if m["noun"] and names_in(clause, runs):
        return clause  # "but the model gave X ...": the clause names its own run
    at = "ja" if m["ja"] else "cap" if m["cap"] else "this" if m["this"] else "it"
    return clause[: m.start(at)] + " and ".join(r.name for r in said) + " " + clause[m.end(at) :]
