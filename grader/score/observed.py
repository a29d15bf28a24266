"""What own notes observe: this file's experiment, or something else (pass 115).

Read, from the student's own notes (:func:`grader.score.notes.own_text`) and the file's runs:

* notes with no word of the experiment at all: a dummy text, Lorem ipsum (rt53-08);
* notes that speak of the experiment hardly at all: fewer than :data:`SHARE` of their content
  words are words of the experiment (its usual words, :data:`EXPERIMENT`, and this file's models,
  run names, goals, prompts and answers), at :data:`MIN_WORDS` words or more: a memo to oneself,
  a shopping list, a schedule (rt115-08), which meets a word or two by chance ("ask the TA",
  "tokenizers");
* notes that are rows of data, not sentences: most of their letters in pieces of several short
  cells (commas, tabs, bars, semicolons) some of which are numbers, ids, dates or addresses, or
  in log lines that start with a time stamp, none naming a run, goal or model of this file: an
  LMS worksheet's or a roster's rows (rt115-09);
* notes on another's outputs: a sentence gives the runs to someone else ("my partner Taro's
  file", "his terse run", 佐藤さんのファイル) and the notes share fewer than :data:`TIED` words
  with this file's prompts and answers, beyond the usual words (rt115-10).

Each is a review flag, as the first has been since rt53-08: the credit stands and the TA decides
(an honest student may paste a table or muse at length); the notes' length alone fails.

Left out: judging meaning. The student's reasons for the prompts that name no output, a quoted
generic explanation (ChatGPT's, a textbook's), notes made up (a story pasted as notes is
:mod:`grader.score.narrated`'s), and another's outputs told with no owner named, all speak the
experiment's words and are not caught; a table of this file's own
runs is read as notes; and notes in a third language (Chinese) are read as Japanese, whose
analyser splits them into many words, so such notes stand nearer :data:`SHARE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.score import words
from grader.score.context import RunView
from grader.score.reading import lazy
from grader.score.text import pieces
from grader.util.i18n import T, Text

EXPERIMENT = (
    "model prompt output answer reply response short long length sentence list bullet numbered "
    "japanese english token chat template terse chatty tiny concise brief word change differ same "
    "control baseline goal steer result generate budget story request ask follow language run "
    "compare モデル プロンプト 出力 回答 答え 短い 長い 文 一文 箇条書き 英語 日本語 "
    "トークン 変わる 違う 同じ 結果 生成 目標 比較 物語 話 依頼 指示 言語 リスト 番号 実行"
)
"""What notes on the experiment speak of, whatever its runs: the models, prompts, outputs, goals."""

SHARE = 0.15
"""Notes with fewer of their content words from the experiment speak of something else (the
labelled honest notes: 0.154 at least, a Chinese note; a memo that meets two words: 0.14)."""
MIN_WORDS = 8
"""Notes of fewer content words are too short to tell by their share (one word may be all)."""
TIED = 2
"""Notes on another's outputs share fewer words than this with this file's (one by chance)."""


def observed_review(own: str, runs: Iterable[RunView], topic: Iterable[str]) -> Text | None:
    """A review flag for own notes that observe nothing of this file's experiment (see the
    module's docstring), or None."""
    runs = list(runs)
    mine = list(dict.fromkeys(words.content_words(own)))
    usual, said = usual_words(runs, topic), _said(runs)
    tied = [w for w in mine if w not in usual and w in said]
    of_it = len([w for w in mine if w in usual]) + len(tied)
    if not of_it:
        return T(
            "to review: the notes say nothing of the experiment (no model, prompt, output or goal)",
            "確認が必要: 考察が実験（モデル・プロンプト・出力・目標）に触れていません",
        )
    if _rows(own) and not _names_a_run(own, runs):
        return T(
            "to review: the notes are rows of data (cells, numbers, dates), not sentences on "
            "the outputs",
            "確認が必要: 考察がデータの行（項目・数値・日付）で、出力についての文ではありません",
        )
    if len(mine) >= MIN_WORDS and of_it < SHARE * len(mine):
        return T(
            f"to review: the notes hardly speak of the experiment ({of_it} of their "
            f"{len(mine)} words are its models, prompts, outputs or goals)",
            f"確認が必要: 考察が実験にほとんど触れていません（{len(mine)} 語のうちモデル・"
            f"プロンプト・出力・目標の語は {of_it} 語）",
        )
    if len(tied) < TIED and _theirs(own, usual | said):
        return T(
            "to review: the notes speak of someone else's runs, and hardly of this file's "
            "prompts or outputs",
            "確認が必要: 考察が他の人の実行について述べ、このファイルのプロンプト・出力に"
            "ほとんど触れていません",
        )
    return None


def usual_words(runs: list[RunView], topic: Iterable[str]) -> frozenset[str]:
    """The words any student's notes on the exercise may use: the usual words, the models', the
    runs' names and goals, the topic (every file in the class shares them)."""
    said = [EXPERIMENT, *topic, *(f"{r.model} {r.name} {r.goal or ''}" for r in runs)]
    return frozenset(w for t in said for w in words.content_words(t))


def _said(runs: list[RunView]) -> frozenset[str]:
    """The content words of this file's prompts and answers."""
    return frozenset(w for r in runs for t in (r.prompt, r.text) for w in words.content_words(t))


_CELLS = lazy(r"[,，、\t|;；]")
_DATUM = lazy(r"\d|@|https?://")
_STAMP = lazy(r"^\W*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ T]\d{1,2}:\d{2}")
_CELL_WORDS = 3
"""A data cell is this many words at most, on average ("Submitted for grading"); a clause of a
sentence between commas is longer."""


def _rows(own: str) -> bool:
    """Most of ``own``'s letters are in data rows: pieces of three cells or more, short on
    average, a third of them numbers, ids, dates or addresses; or log lines (a time stamp first)."""
    lines = pieces(own)
    rows = [p for p in lines if _STAMP().search(p) or _a_row(p)]
    return 2 * sum(map(len, rows)) > sum(map(len, lines))


def _a_row(piece: str) -> bool:
    cells = [c for c in _CELLS().split(piece) if c.strip(" -:.")]
    if len(cells) < 3:
        return False
    short = sum(len(c.split()) for c in cells) <= _CELL_WORDS * len(cells)
    return short and 3 * sum(1 for c in cells if _DATUM().search(c)) >= len(cells)


def _names_a_run(own: str, runs: list[RunView]) -> bool:
    """``own`` names a run, a goal or a model of this file: a table of its own runs."""
    named = {w for r in runs for w in words.content_words(f"{r.name} {r.goal or ''} {r.model}")}
    return bool(named.intersection(words.content_words(own)))


_OWNER_EN = (
    r"(?:(?P<name>(?-i:\b[A-Z][a-z]+))|\bmy\s+(?:partner|friend|classmate|room-?mate|sister|brother|"
    r"neighbou?r|team-?mate|lab-?mate|senpai|senior)|\bthe\s+other\s+(?:group|team|student)"
    r"|\bsomeone\s+else|\banother\s+student)'s|\b(?:his|her)"
)
_RUNS_EN = (
    r"(?:\s+[\w-]+){0,2}?\s+"
    r"(?:file|prompts?|runs?|outputs?|answers?|experiment|models?|submission|results?)\b"
)
_OWNER_JA = (
    r"(?:さん|くん|君|ちゃん|友達|友人|先輩|後輩|兄|姉|弟|妹|クラスメー?イ?ト|相方|ペア|"
    r"他の人|別の班|隣の班|隣の人)の"
)
_RUNS_JA = r"(?:ファイル|実験|課題|プロンプト|出力|答え|回答|結果|提出)"
_THEIRS = lazy(
    rf"(?:{_OWNER_EN}){_RUNS_EN}|\bmy\s+(?:partner|friend|classmate|room-?mate)\s+asked\s+for\b|"
    rf"{_OWNER_JA}{_RUNS_JA}",
    re.IGNORECASE,
)
"""Runs given to someone else: "Taro's file", "his terse run", "my friend's experiment", "my
partner asked for", 佐藤さんのファイル, 友達の実験."""


def _theirs(own: str, usual: frozenset[str]) -> bool:
    """``own`` gives runs to someone else; one named is no word of the exercise or of this file
    ("Chatty's answer" is this file's, and so is Scorch's, a character of its answers)."""
    for m in _THEIRS().finditer(own):
        if not usual.intersection(words.content_words(m.group("name") or "")):
            return True
    return False
