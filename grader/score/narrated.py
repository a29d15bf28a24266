"""Own notes that are story text, not observations (rt79-06).

Read, from the student's own notes (:func:`grader.score.notes.own_text`: this file's answers
pasted whole are already left out) and the file's runs. Quoted text (``"..."``, ``'...'``,
「...」, 『...』) is an output quoted, not the student's narration, and is read as left out. Each
sentence (:func:`grader.score.text.pieces`) then either

* *comments* on the experiment: it names a model, a run or a goal of this file, or speaks of
  outputs, prompts, answers, lengths, languages, formats or of the student (I, my, 私, 自分,
  と思う): :data:`_COMMENT_EN`, :data:`_COMMENT_JA`, or is written in romaji (:data:`_ROMAJI`);
  or
* *narrates*: it comments on nothing and is told as a story: a story's formula (once upon a time,
  there lived, the end, 昔々, むかしむかし, おしまい) anywhere in the notes, or a verb in the past
  (was, lived, -ed; 〜た, 〜ました, 〜でした).

Notes most of whose sentences narrate, in :data:`MIN_WORDS` content words or more, get a review
flag when no sentence comments on the experiment at all (story text pasted as notes, even on this
file's subject), or when fewer than :data:`ABSENT` of the narration's words beyond the usual ones
(:func:`grader.score.observed.usual_words`) stand in this file's prompts and answers (a story of
other things, with a line of comment beside it). Honest notes that quote a story's line
("chatty began 'Once upon a time ...'") or retell it with a model's name comment on it, and a
narrative sentence or two amid observations is no majority.

A review flag, as :mod:`grader.score.observed`'s: the credit stands and the TA decides.

Left out: judging meaning. A story told in the present tense with no formula, in a third
language, or with an experiment's word in each sentence ("the story", "the same", 変わる) is
read as comment; honest notes that only retell this file's outputs as a story, naming nothing of
the experiment, are flagged like a story pasted (the TA sees the outputs beside them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.score import words
from grader.score.context import RunView
from grader.score.observed import usual_words
from grader.score.quotes import quotation
from grader.score.reading import lazy
from grader.score.text import pieces
from grader.util.i18n import T, Text

MIN_WORDS = 8
"""Narration of fewer content words is too short to tell from a line of retelling."""
ABSENT = 0.5
"""Narration with fewer of its words in this file's prompts and answers tells of other things."""

_FORMULA = lazy(
    r"\bonce\s+upon\s+a\s+time\b|\bthere\s+(?:once\s+)?(?:lived|was|were)\b|\blong\s+ago\b|"
    r"\bthe\s+end\b|\bhappily\s+ever\s+after\b|\bfrom\s+that\s+day\b|"
    r"昔々|昔むかし|むかしむかし|おしまい|めでたし|住んでいました",
    re.IGNORECASE,
)
"""A story's formulas, in English and Japanese: notes that hold one are told as a story."""
_PAST = lazy(
    r"\b(?:was|were|had|did|went|came|saw|took|brought|became|found|made|gave|knew|thought|felt|"
    r"ran|flew|sat|stood|met|left|grew|fell|began|woke|slept|heard|held|built|bit|sang|swam|hid|"
    r"lost|won|got|led|fed|kept|caught|drew|ate|rose|spoke|wept|wore|lay|swept|crept|leapt|forgot|"
    r"threw|broke|chose|froze|stole|rode|shook|taught|fought|bought|brought|sought|sent|spent|"
    r"meant|dug|hung|sank|rang|sprang|drank|stuck|struck|swung|understood|forgave|lit|shot|shone|"
    r"blew|bore|tore|dealt|spun|wound|slid|bent|burnt|dreamt|learnt|sought)\b|"
    r"\b[a-z]{2,}(?<!e)ed\b|た[。！!」』）)\s]*$",
    re.IGNORECASE,
)
"""A verb in the past: English irregular and -ed forms (not -eed: need, seed), and a Japanese
sentence ending in the past (〜た, 〜ました, 〜でした)."""
_COMMENT_EN = lazy(
    r"\b(?:models?|prompts?|outputs?|answer(?:s|ed)?|repl(?:y|ies)|responses?|tokens?|sentences?|"
    r"bullet(?:s|ed)?|numbered|lists?|generat\w*|baseline|control|goals?|runs?|compar\w*|"
    r"language|japanese|english|instruct\w*|request\w*|ask(?:ed)?|stor(?:y|ies)|versions?|"
    r"results?|short(?:er|est)?|long(?:er|est)|length|brief(?:ly)?|concise|text|format|words?|"
    r"lines?|paragraphs?|chatty|terse|tiny|greedy|decod\w*|translat\w*|ignored|repeated|copied|"
    r"wrote|writes|told|tells|chang\w*|tri(?:ed|es)|try\w*|"
    r"i|i'm|i've|i'd|me|my|mine|we|our|us|you|your|think|seem(?:s|ed)?|"
    r"expected|noticed|surpris\w*|interesting\w*)\b",
    re.IGNORECASE,
)
"""English words that comment on the experiment, not on a story's world: its outputs, prompts,
models, formats and lengths, and the student (first person, a judgement)."""
_COMMENT_JA = lazy(
    r"モデル|プロンプト|出力|入力|回答|答え|返答|応答|トークン|文字|文章|[\d一二三四五六七八九十]+文|"
    r"箇条|リスト|番号|英語|日本語|英文|翻訳|言語|変わ|違[いうっ]|同じ|結果|生成|目標|比較|物語|"
    r"お話|話(?![しすせそさ])|指示|依頼|短|長さ|長く|実験|実行|私|僕|自分|と思う|と思います|"
    r"と感じ|気がす|気づ|ようだ|ようです|らしい|みたい|試|てみ|面白|チャット|テンプレート"
)
"""Japanese words that comment on the experiment or speak as the student (話す, to speak in a
story, aside)."""
_ROMAJI = lazy(
    r"\b(?:wa|ga|wo|desu|deshita|datta|mashita|masu|dake|kara|yori|node|kedo|natta|tsuki)\b",
    re.IGNORECASE,
)
"""Japanese particles and endings written in romaji: the student's own Japanese (a model's story
comes in kana and kanji), with the output's words in it unquoted ("feared dragon ga kind datta")."""


def narrated_review(own: str, runs: Iterable[RunView], topic: Iterable[str]) -> Text | None:
    """A review flag for own notes that are story text, not observations of this file's outputs
    (see the module's docstring), or None."""
    runs = list(runs)
    said = frozenset(w for r in runs for t in (r.prompt, r.text) for w in words.content_words(t))
    # a run named by a word of its story ("turtle") is no comment when the story says it
    names = frozenset(
        w for r in runs for w in words.content_words(f"{r.name} {r.goal or ''}") if w not in said
    )
    bare = quotation().sub(" ", own)  # an output quoted, a story's dialogue with it
    sentences = [p for p in pieces(bare) if words.content_words(p)]
    story = bool(_FORMULA().search(bare))
    commented = [s for s in sentences if _comments(s, names)]
    told = [s for s in sentences if s not in commented and (story or _PAST().search(s.strip()))]
    told_words = list(dict.fromkeys(w for s in told for w in words.content_words(s)))
    if 2 * len(told) <= len(sentences) or len(told_words) < MIN_WORDS:
        return None
    if not commented:
        return T(
            "to review: the notes are story text (narration), and say nothing of this file's "
            "outputs, prompts or models",
            "確認が必要: 考察が物語の文章（語り）で、このファイルの出力・プロンプト・モデルに"
            "触れていません",
        )
    beyond = [w for w in told_words if w not in usual_words(runs, topic)]
    if beyond and len([w for w in beyond if w in said]) < ABSENT * len(beyond):
        return T(
            "to review: the notes are mostly story text (narration) about things that are not in "
            "this file's prompts or outputs",
            "確認が必要: 考察の大半が、このファイルのプロンプト・出力にないことを語る"
            "物語の文章です",
        )
    return None


def _comments(sentence: str, names: frozenset[str]) -> bool:
    """``sentence`` speaks of the experiment or as the student, or names a run or goal."""
    if _COMMENT_EN().search(sentence) or _COMMENT_JA().search(sentence):
        return True
    if len(_ROMAJI().findall(sentence)) >= 2:
        return True
    return bool(names.intersection(words.content_words(sentence)))
