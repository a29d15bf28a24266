"""Words and marks of an answer that notes claim (passes 154 and 155), as traits for
:mod:`grader.score.traits`, each measured on the answer itself:

* **a word** it holds ("never used the word gold", "the word cave came up twice", 「ドラゴン」という
  言葉が出てこなかった): held when the answer holds the word (as often as said, roughly); not read
  of an answer in another script than the word's, which may translate it;
* **its first or last word** ("the very first word of X was Suddenly", 最初の単語は Once): held
  when the answer's first word (past a lead-in sentence or a list's mark) or last word (before a
  sign-off) is it;
* **a capital** or **a lowercase letter** to open ("without a capital letter"): held by the first
  letter of the answer and of each of its list items;
* **commas** (読点, コンマ), **a code block** (backticks), **line breaks** (改行): held when the
  answer has one;
* **kanji**, **katakana** and **hiragana alone** (ひらがなだけ), and the **style** of a Japanese
  answer (だ・である調, です・ます調): held by its letters and its sentence endings.

* **a share of its budget** spent ("spent nearly all of its allowance", "barely a quarter of
  it": pass 164): most when it ended by itself past 60 % of the budget or at its end, little when
  it ended by itself within half.

Left out: how many characters a story has and who they are (what a story is about), and a word
said to stand "in every sentence".
"""

from __future__ import annotations

import re

from grader.score import text
from grader.score.context import RunView
from grader.score.forms import Form, Reading, Wrong, lacks
from grader.score.reading import lazy

_QUOTED_WORD = lazy(
    r"(\bthe\s+words?\s+)['\"‘“]([^'\"’”\n]{1,24})['\"’”]|[「『]([^」』\n]{1,12})[」』](?=という(?:言葉|単語|語))"
)


def mark_words(notes: str) -> str:
    """``notes`` with a quoted word after "the word" or before という言葉 marked ⟪word⟫: the
    claim readers leave quotations out, and the word is the claim's."""
    return _QUOTED_WORD().sub(lambda m: f"{m[1]}⟪{m[2]}⟫" if m[1] else f"⟪{m[3]}⟫", notes)


_TIMES = lazy(
    r"^[^.;。]{0,40}?\b(?P<n>once|twice|thrice|two|three|four|five|six|\d+)\s+(?:separate\s+|"
    r"different\s+)?times\b|^[^。]{0,20}?(?P<nj>[一二三四五六1-6])回"
)
_COUNTS = {"once": 1, "twice": 2, "thrice": 3, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


def holds_word(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer, in the word's script, lacks it, or holds it far from as often as
    said (half or less of "three times", three times or more of "once")."""
    word = next(g for g in m.groups() if g).casefold()
    times = _TIMES().match(m.string[m.end() :])
    said = _count(times["n"] or times["nj"]) if times else 0

    def wrong(r: RunView) -> bool | None:
        if text.main_script(r.text) != text.main_script(word):
            return None  # another script may translate it
        found = r.text.casefold()
        n = (
            len(re.findall(rf"\b{re.escape(word)}\b", found))
            if word.isascii()
            else found.count(word)
        )
        return n == 0 or (said >= 2 and 2 * n <= said) or (said == 1 and n >= 3)

    return wrong


def _count(word: str) -> int:
    return _COUNTS.get(word.casefold()) or int(word)


def _words(answer: str) -> list[str]:
    """The answer's words past a lead-in ("Sure! Here is a story:") and a list's marks."""
    parts = [p for p in re.split(r"(?<=[.!?:])\s+|\n+", answer.strip()) if p.strip()]
    if len(parts) > 1 and (parts[0].endswith(":") or len(parts[0].split()) <= 2):
        parts = parts[1:]
    return re.findall(r"[A-Za-z']+|[^\W\d_A-Za-z]+", " ".join(parts))


def end_word(first: bool) -> Reading:
    """A run whose answer's first (last, before a sign-off) word is not the one said: quoted,
    capitalised, or a word some answer holds."""

    def of(m: re.Match[str], runs: list[RunView]) -> Wrong:
        said = _SAID_WORD().match(m.string[m.end() :])
        # a word in lower case that no answer holds describes the word ("the last word is
        # broken"); a capitalised or quoted one is the word
        held = {w.casefold() for r in runs for w in _words(r.text)}
        if said and said[1].islower() and "⟪" not in said[0] and said[1] not in held:
            said = None

        def wrong(r: RunView) -> bool | None:
            found = [w.casefold() for w in _words(r.text)]
            if not said or not found or text.main_script(r.text) == "japanese":
                return None
            if not first and found[-2:] == ["the", "end"]:
                found = found[:-2]  # "The end." signs off
            return said[1].casefold() != (found[0] if first else found[-1])

        return wrong

    return of


_SAID_WORD = lazy(r"^\s*(?:of\s+[\w-]+\s+)?(?:was|is|は)?\s*⟪?([A-Za-z']+)", re.IGNORECASE)


def opens(capital: bool) -> Reading:
    """A run whose answer (each of its list items) opens with a capital letter, when the claim
    is a lowercase one; or with none, when the claim is a capital."""

    def wrong(r: RunView) -> bool | None:
        starts = [s for s in re.findall(r"(?m)^\W*([A-Za-z])", r.text.strip())]
        if not starts:
            return None
        return all(s.isupper() for s in starts) != capital

    return lambda m, runs: wrong


def japanese(pattern: str, has: bool) -> Reading:
    """A run whose Japanese answer has no match of ``pattern`` (``has``), or has one."""
    found = re.compile(pattern)

    def wrong(r: RunView) -> bool | None:
        if text.main_script(r.text) != "japanese":
            return None
        return (found.search(r.text) is None) == has

    return lambda m, runs: wrong


def spent(most: bool) -> Reading:
    """A run that spent less than most of its budget (``most``: 60 % and it ended by itself), or
    more than a little of it (half, or its budget's end)."""

    def wrong(r: RunView) -> bool | None:
        if not r.max_new_tokens:
            return None
        share, ended = r.tokens / r.max_new_tokens, r.generation.finish == "eos"
        return ended and share < 0.6 if most else not ended or share > 0.5

    return lambda m, runs: wrong


_P = "(?:は|が|も|を)"
_BUDGET = r"(?:allowance|budget|tokens|limit)\b"
_OF_BUDGET = r"\s+of\s+(?:its|the|their)\s+(?:same\s+)?(?:[\w-]+-token\s+)?" + _BUDGET
MARKS: tuple[Form, ...] = tuple(
    (lazy(pattern, re.IGNORECASE), reading, said, denied)
    for pattern, reading, said, denied in (
        (
            # not one cut "in the middle of the word X", which it did not finish (rt166-14)
            r"(?<!middle\sof\s)(?<!through\s)(?<!mid\s)\bthe\s+word\s+(?:⟪([^⟫]{1,24})⟫|([A-Za-z]+))|"
            r"⟪([^⟫]{1,12})⟫という(?:言葉|単語|語)(?!の(?:途中|真ん中))",
            holds_word,
            ("used that word", "その言葉を使った"),
            ("did not use that word", "その言葉を使わなかった"),
        ),
        (
            r"\b(?:very\s+)?first\s+word\b|(?:最初|一番最初|冒頭)の(?:単語|言葉|語)",
            end_word(True),
            ("opened on that word", "その単語で始まった"),
            ("did not open on that word", "その単語で始まらなかった"),
        ),
        (
            r"\b(?:very\s+)?(?:last|final)\s+word\b|最後の(?:単語|言葉|語)",
            end_word(False),
            ("ended on that word", "その単語で終わった"),
            ("did not end on that word", "その単語で終わらなかった"),
        ),
        (
            r"\bspent\s+(?:nearly\s+|almost\s+|practically\s+|virtually\s+)?(?:all|most|the\s+whole|the\s+entire)"
            + _OF_BUDGET,
            spent(True),
            ("spent most of its budget", "予算のほとんどを使った"),
            ("did not spend most of its budget", "予算のほとんどは使わなかった"),
        ),
        (
            r"\bspent\s+(?:only\s+|just\s+|barely\s+|hardly\s+)?(?:a\s+(?:quarter|fraction|tenth|third|small\s+part)|"
            r"(?:less|under)\s+(?:than\s+)?(?:a\s+)?(?:half|quarter|third)|any)" + _OF_BUDGET,
            spent(False),
            ("spent little of its budget", "予算をわずかしか使わなかった"),
            None,
        ),
        (
            r"\bcapital\s+letters?\b",
            opens(True),
            ("opened with a capital", "大文字で始まった"),
            ("opened with no capital", "大文字で始まらなかった"),
        ),
        (
            r"\blower[\s-]?case\s+letters?\b|\bsmall\s+letters?\b",
            opens(False),
            ("opened with a lowercase letter", "小文字で始まった"),
            None,
        ),
        (
            rf"\bcommas?\b|読点{_P}|(?:コンマ|カンマ){_P}",
            lacks("[,，、]"),
            ("had commas", "読点を使った"),
            ("had no commas", "読点を使わなかった"),
        ),
        (
            r"\bcode\s+blocks?\b|\bbackticks\b|コードブロック",
            lacks("`"),
            ("used a code block", "コードブロックを使った"),
            ("used no code block", "コードブロックを使わなかった"),
        ),
        (
            rf"\bline\s+breaks?\b|\bnew\s*lines?\b|改行{_P}",
            lambda m, runs: lambda r: "\n" not in r.text.strip(),
            ("had line breaks", "改行があった"),
            ("had no line breaks", "改行がなかった"),
        ),
        (
            rf"漢字{_P}",
            japanese("[\u4e00-\u9fff]", True),
            ("used kanji", "漢字を使った"),
            ("used no kanji", "漢字を使わなかった"),
        ),
        (
            rf"カタカナ{_P}",
            japanese("[\u30a1-\u30fa]", True),
            ("used katakana", "カタカナを使った"),
            ("used no katakana", "カタカナを使わなかった"),
        ),
        (
            r"(?:ひらがな|平仮名|かな)(?:だけ|ばかり|のみ)",
            japanese("[\u4e00-\u9fff\u30a1-\u30fa]", False),
            ("was in hiragana alone", "ひらがなだけだった"),
            None,
        ),
        (
            r"だ・である調|である調|常体",
            japanese("です|ます", False),
            ("was in the plain style", "だ・である調だった"),
            None,
        ),
        (
            r"です・ます調|ですます調|敬体",
            japanese("です|ます", True),
            ("was in the polite style", "です・ます調だった"),
            None,
        ),
    )
)
"""Each mark: its claim, what contradicts it, and what the notes said, affirmed and denied."""
