"""How a goal prompt says its answer should run, beside its request (red-team pass 120), for
:func:`grader.score.beside.served`: neither asks for anything the story must have.

* an ordering word in a request's sentence (順を追って, 順番に, 順序よく, 時系列で, "in order",
  "chronologically", "step by step"): the order the answer is told in, which a list or a short
  answer keeps; "ロボットの話を、順を追って箇条書きにしてください。" asks only for a list;
* the step-by-step cue anywhere in the prompt ("Let's think step by step.", "Think step by step,
  then answer briefly.", ステップバイステップで考えて): a prompting technique the course teaches
  (README.ja.md names it), which tells the model how to work, not what to tell.

Only the cue's own words are read so: "Think step by step about the dragon's castle and its
three towers" still adds the castle and its towers, and "順を追って、ドラゴンと王女と騎士の冒険を"
a princess and a knight. Left out: an order of the story's own ("in reverse order", 逆順に,
"backwards" choose how the story runs), and cues in other words ("Take a deep breath").
"""

from __future__ import annotations

from grader.score.reading import lazy

ORDER = lazy(
    "順を追って|順番(?:に|どおりに|通りに)|順序(?:よく|良く|立てて)|時系列(?:順)?(?:で|に)|"
    "時間順に|起きた順に|(?<![逆])順に|"
    r"\b(?:in\s+(?:chronological\s+)?order|chronologically|in\s+sequence|step[\s-]by[\s-]step)\b"
)
"""The order the answer is told in, as the story happens; 逆順に is another story's order."""
STEPWISE = lazy(
    r"\b(?:(?:let's|let\s+us|please)\s+)?(?:think|reason|work)\s+(?:it\s+|this\s+)?(?:through\s+)?"
    r"step[\s-]by[\s-]step\b|(?:ステップバイステップ|段階的|一歩ずつ|順を追って|順序立てて)(?:で|に)?"
    "(?:考えて|考えよう|考えましょう)(?:ください|から)?"
)
"""The step-by-step cue, the course's own technique: how the model should work."""


def manner_spans(
    normal: str, sentences: set[tuple[int, int]], requests: bool
) -> list[tuple[str, int, int]]:
    """The ordering words in ``sentences`` (a request's, as (start, end) in ``normal``) and,
    where the prompt makes a request, the step-by-step cue anywhere in it."""
    found = (
        [(m.group(), m.start(), m.end()) for m in STEPWISE().finditer(normal)] if requests else []
    )
    for begin, end in sentences:
        found += [(m.group(), m.start(), m.end()) for m in ORDER().finditer(normal, begin, end)]
    return found
