"""An added sentence that chooses nothing about the answer (part 1 of exercise 1). Red-team pass
115 earned part 1 with "Tell me a story about a dragon." and one more sentence that the model
reads but that asks it for nothing: one that cancels itself ("Ignore this sentence.", "This
sentence is false.", この文は無視してください。), one that says to follow the prompt ("Follow these
instructions.", "Don't ignore this prompt."), a quality every answer is meant to have ("Make it a
good one.", "Don't make mistakes."), a free choice handed back (:mod:`grader.score.free_choice`),
a request under a false condition (:mod:`grader.score.conditions`) and a ban on what the compared
answer does not show (:mod:`grader.score.bans`); since pass 117 also a length bound the compared
answer already meets (:mod:`grader.score.bounds`), a requirement the compared prompt already
makes (:mod:`grader.score.met_by_prompt`), what the model does anyway
(:mod:`grader.score.defaults`) and a sentence to the grader (:mod:`grader.score.to_grader`);
since pass 119 what the compared answer already is or a statement about the prompt itself
(:mod:`grader.score.given`).
Every added sentence must be one of these; a sentence of any other kind beside them is a choice,
and nothing is flagged. It is a review flag: the credit stands and the TA decides.

Self-reference and quality are read by vocabulary, like :mod:`grader.score.restated`: every
content word of the sentence (:func:`grader.score.words.content_words`) is in a closed list. A
sentence about the prompt must also name it or a part of it ("this line", "these instructions",
この文), so "Answer in a sentence." and "Follow the rules of a haiku." are choices. Left out: a
sentence run into the prompt's own ("..., and ignore this part"), a quality word that steers
("interesting", "detailed", "thorough" are choices), and wordings outside the lists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from grader.score.bans import bans_the_absent
from grader.score.bounds import Spent, bound_met
from grader.score.conditions import false_condition
from grader.score.defaults import asks_the_default
from grader.score.free_choice import free_choice
from grader.score.given import given_already
from grader.score.met_by_prompt import met_by_the_prompt
from grader.score.to_grader import to_the_grader
from grader.score.words import content_words
from grader.util.i18n import T, Text

IDLE = T(
    "to review: the changed prompt only adds a sentence that chooses nothing about the answer "
    "(one that cancels itself, says to follow the prompt, hands the choice back to the model, "
    "asks under a false condition, bans what the compared answer does not show, asks for a "
    "quality every answer should have, a length the compared answer already has, what the "
    "compared prompt already asks or what the model does anyway, or speaks to the grader); a "
    "change if it steers the answer, padding if not",
    "確認が必要: 変えたプロンプトは、回答について何も選ばない文（自分を打ち消す文・プロンプトに"
    "従えという文・選択をモデルに任せる文・成り立たない条件付きの依頼・比較対象の回答に出てこない"
    "ものの禁止・どの回答にも求められる質・比較対象の回答がすでに満たす長さ・比較対象の"
    "プロンプトがすでに求めること・モデルがどのみちすること・採点者への言葉）を足しただけです。"
    "回答を動かすなら変更、そうでなければ水増しです",
)

_SELF_WORDS = """
    sentence sentences line lines statement part bit note remark text word words paragraph
    instruction instructions prompt request message rule rules direction directions
    ignore ignored disregard skip skipped forget never mind read pay attention
    follow obey disobey heed whatever
    comply adhere respect listen carefully closely exactly literally precisely
    false true lie lying untrue meaningless matter matters optional important
    say says said ask asked next previous following above below
    文 一 1 行 文章 部分 指示 プロンプト 依頼 メッセージ ルール
    無視 読み飛ばす 読む 飛ばす 気 従う 守る
    嘘 本当 偽 スキップ ok 良い 構う
""".split()
"""What a sentence about the prompt itself says: its parts, cancelling or heeding them, their
truth; nothing the answer could be about."""
_NAMES_ITSELF = re.compile(
    r"(?i)\b(?:this|these|the\s+(?:next|previous|following|above|last|first))\s+(?:sentences?|"
    r"lines?|statement|part|bit|note|remark|text|words?|paragraph|instructions?|prompt|request|"
    r"message|rules?|directions?)\b|\b(?:the|my|your|all)\s+(?:instructions?|prompt|request|"
    r"directions?)\b|\bas\s+(?:it|i)\s+(?:says?|said|asked?)\b|\bwhat\s+(?:it|i|this\s+\w+)\s+"
    r"(?:says?|said|asked?)\b|^\W*(?:ignore|skip|disregard|forget)\s+this\W*$|"
    r"この(?:一?文|一?行|部分|文章|指示|プロンプト|依頼|メッセージ)|指示|プロンプト|(?:言われ|言っ|書い)た通り"
)
"""The prompt or a part of it, named ("this line", "these instructions", "do as it says", この文):
a sentence about the prompt names what it is about."""
_QUALITY_WORDS = """
    good great nice excellent best better quality awesome amazing fantastic perfect perfectly
    correct correctly accurate accurately proper properly right careful carefully mistake mistakes
    error errors typo typos wrong miss missing anything everything leave overthink job work effort
    well solid decent make do get try avoid
    間違える 間違い ミス 完璧 上手 素晴らしい 正しい 正確 漏れる 抜ける 為る
""".split()
"""A quality every answer is meant to have, and the verbs that ask for it: "Make it a good one.",
"Don't make mistakes.", "Don't leave anything out." ("Make it a bad one." names a choice; いい is
left out: 長々と書かなくていいよ says it with a request's words the analyser drops)."""


@functools.cache
def _vocabulary(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` as content words (stems and lemmas)."""
    return frozenset(w for word in words for w in content_words(word) or (word,))


def idle_review(
    prompt: str, other: str, added: Sequence[str], other_answer: str, spent: Spent | None = None
) -> Text | None:
    """:data:`IDLE` where every sentence ``prompt`` adds to ``other`` (``added``) chooses nothing
    about the answer; ``other_answer`` (the compared run's, "" if unknown; ``spent``, its tokens
    and whether its budget cut it off) is what a ban or a length bound is read against."""
    if not added:
        return None
    return IDLE if all(_idle(s, other, other_answer, spent) for s in added) else None


def _idle(sentence: str, other: str, other_answer: str, spent: Spent | None) -> bool:
    """One added sentence chooses nothing (see the module)."""
    words = set(content_words(sentence))
    if _NAMES_ITSELF.search(sentence) and words <= _vocabulary(tuple(_SELF_WORDS)):
        return True  # about the prompt itself, and nothing else
    if words and words <= _vocabulary(tuple(_QUALITY_WORDS)):
        return True
    return (
        free_choice(sentence)
        or false_condition(sentence, other, other_answer)
        or bans_the_absent(sentence, other, other_answer)
        or bound_met(sentence, other, other_answer, spent)
        or met_by_the_prompt(sentence, other)
        or asks_the_default(sentence, other)
        or to_the_grader(sentence, other)
        or given_already(sentence, other, other_answer)  # pass 119
    )
