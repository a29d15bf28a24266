"""A length bound that the compared answer already meets (part 1 of exercise 1; red-team pass
117): "Keep it under 80 tokens." at max_new_tokens 80, "Keep it under 5000 words.", "Use at least
one word.", 1万語以内で。 after "Tell me a story about a dragon.". Like a ban on what the compared
answer does not show (:mod:`grader.score.bans`), the bound is read against the compared run's
answer: a maximum it already meets, or a minimum it already meets, chooses nothing the TA can
see, and the sentence is flagged for review.

Read: one bound per sentence, a number (digits, "10,000", number words, "a million", 1万, 五百)
and a unit (tokens, words, characters, sentences, paragraphs, lines; トークン, 語, 文字, 文, 段落,
行), as a maximum ("under", "no more than", "don't exceed", 以内, 以下, 未満) or a minimum ("at
least", "or more", 以上); the rest of the sentence must be words of the frame
(:data:`_FRAME_WORDS`: keep, use, stay, answer, ...) or of the compared prompt, so "Keep it under
5000 words and make it funny." is a choice. A bound on the budget itself without a number ("Stay
within your token limit.", トークンの上限を超えないで) is met by every answer.

The compared answer is measured as well as its text allows, low and high (a Japanese answer's
words lie between a quarter of its characters and all of them): a maximum is met where the high
count is within it, a minimum where the low count reaches it. An answer the budget cut off
(:class:`Spent`) would have gone on, so its own length says nothing of a maximum; what it says is
the budget, and a maximum at or over what that budget allows (its tokens, as many words,
half as many sentences, paragraphs or lines, sixteen characters a token) is met by every
answer at it.

Only a run without a goal is read (:func:`grader.score.additions.run_addition_review` gives
:class:`Spent` to those alone): a goal run's bound is its goal's request ("Use at most 40 words."
for ``concise``), which part 2 judges by the answers. Left out: a bound without a number ("Keep
it shorter than the whole internet."), pages and minutes, a bound on a part ("Give the dragon a
name under ten letters."), and a caller that does not know what the compared run spent.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from grader.score.numbers import NUMBER_WORDS
from grader.score.text import chars, sentences
from grader.score.words import content_words


class Spent(NamedTuple):
    """What the compared run's generation spent: its tokens, and whether its budget cut it off."""

    tokens: int
    cut: bool


_UNITS = {
    "tokens": r"tokens?|トークン",
    "words": r"words?|語|単語|ワード",
    "characters": r"char(?:acter)?s?|letters?|文字|字",
    "sentences": r"sentences?|文",
    "paragraphs": r"paragraphs?|段落",
    "lines": r"lines?|行",
}
_PER_TOKEN = {"tokens": 1, "words": 1, "characters": 16}
"""The most of a unit one token can make (a word takes one token at least, a sentence, a line or
a paragraph two: a word and its stop or break; a token is rarely over sixteen characters): what
a budget allows."""
_UNIT = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _UNITS.items())
_SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?[万千]?|(?:a|one|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:hundred|thousand|million|billion))*|a\s+single|[〇一二三四五六七八九十百千万]+)"
)
_MAX = (
    rf"(?i)\b(?:under|below|fewer\s+than|less\s+than|(?:no|not)\s+more\s+than|at\s+most|within|up\s+"
    rf"to|max(?:imum)?(?:\s+of)?|shorter\s+than|no\s+longer\s+than|(?:a\s+)?limit\s+of|(?:do\s+not|"
    rf"don't|never)\s+(?:exceed|go\s+(?:over|beyond)))\s+{_NUM}\s*(?:{_UNIT})\b",
    rf"(?i)\b{_NUM}[\s-]*(?:{_UNIT})\s+(?:or\s+(?:fewer|less)|max(?:imum)?|limit|at\s+most)\b",
    rf"{_NUM}\s*(?:{_UNIT})(?:以内|以下|未満|まで|を超えない|に収め|におさめ)",
)
_MIN = (
    rf"(?i)\b(?:at\s+least|more\s+than|over|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|"
    rf"min(?:imum)?(?:\s+of)?|exceed)\s+{_NUM}\s*(?:{_UNIT})\b",
    rf"(?i)\b{_NUM}\s*(?:\+|or\s+more)\s*(?:{_UNIT})\b",
    rf"(?i)\b{_NUM}\s+(?:{_UNIT})\s+or\s+more\b",
    rf"{_NUM}\s*(?:{_UNIT})以上",
)
_BOUNDS = tuple((re.compile(p), True) for p in _MAX) + tuple((re.compile(p), False) for p in _MIN)
"""Where a bound is said: a maximum ("under 80 tokens", "80 words or fewer", 80トークン以内)
or a minimum ("at least one word", "one or more lines", 1文以上), maxima first ("don't exceed")."""
_BUDGET = re.compile(
    r"(?i)\b(?:within|under|below|inside|respect|(?:do\s+not|don't|never)\s+(?:exceed|go\s+(?:over|"
    r"beyond)))\s+(?:your|the|its|my)\s+(?:(?:token|length|output)\s+)?(?:limit|budget|maximum|"
    r"max(?:_new_tokens)?|allowance|max\s+tokens)\b|トークン(?:の)?(?:上限|制限|予算)"
)
_FRAME_WORDS = """
    keep use write stay answer respond reply make limit length total story response output text
    please okay ok thank thanks entire whole go exceed over under within fewer less more least
    most max maximum minimum min long short below up budget allowance token tokens word words
    character characters sentence sentences paragraph paragraphs line lines letters respect
    答え 答える 回答 書く 収める 出力 全体 長さ 以内 以下 以上 未満 少ない 超える 上限 制限 予算
    トークン 語 単語 文字 字 文 段落 行 範囲 程度 お願い
""".split()
"""The words that frame a bound: the verb, the answer, the unit, courtesy."""


@functools.cache
def _frame() -> frozenset[str]:
    """:data:`_FRAME_WORDS` as content words (stems and lemmas)."""
    return frozenset(w for word in _FRAME_WORDS for w in content_words(word) or (word,))


def bound_met(sentence: str, other: str, other_answer: str, spent: Spent | None) -> bool:
    """``sentence`` is only a length bound that the compared answer (``other_answer``, which
    spent ``spent``; ``None`` reads nothing) already meets, or the budget itself (see the
    module)."""
    if spent is None:
        return False  # what the compared run spent is unknown, or the run's goal asks for a bound
    found, at_most = _bound(sentence)
    if found is None:
        return bool(_BUDGET.search(sentence)) and _only_frame(_BUDGET.sub(" ", sentence), other)
    if not other_answer.strip() or not _only_frame(sentence.replace(found.group(), " "), other):
        return False
    unit = next(name for name in _UNITS if found.group(name))
    limit = _value(found.group("num"))
    low, high = _measure(other_answer, unit, spent)
    if not at_most:
        return low >= limit
    if not spent.cut:
        return high <= limit
    return limit >= spent.tokens * _PER_TOKEN.get(unit, 0.5)


def _bound(sentence: str) -> tuple[re.Match[str] | None, bool]:
    """The bound a sentence states, and whether it is a maximum."""
    for pattern, at_most in _BOUNDS:
        if found := pattern.search(sentence):
            return found, at_most
    return None, False


def _only_frame(rest: str, other: str) -> bool:
    """``rest`` (a sentence less its bound) names nothing but the frame or the compared prompt."""
    rest = re.sub(r"(?i)\b(?:no|not|never|don't|do)\b|少なくとも", " ", rest)
    return set(content_words(rest)) <= _frame() | set(content_words(other))


def _value(number: str) -> float:
    """A number as written: digits with commas, 1万, a number word with scales, a kanji
    numeral."""
    number = number.lower().replace(",", "")
    if number[0].isascii() and number[0].isdigit():
        scale = {"万": 10_000, "千": 1000}.get(number[-1], 1)
        return float(number.rstrip("万千")) * scale
    words = number.split()
    if words[0] in ("a", "one", "single") or words[0] in NUMBER_WORDS:
        value = float(NUMBER_WORDS.get(words[0], 1))
        for word in words[1:]:
            value *= _SCALE.get(word, 1)
        return value
    return float(_kanji(number))


def _kanji(number: str) -> int:
    """A kanji numeral up to the ten thousands (五百, 三千, 一万, 二万五千)."""
    digit = {c: i for i, c in enumerate("〇一二三四五六七八九")}
    total = section = current = 0
    for c in number:
        if c in digit:
            current = digit[c]
        elif c in "十百千":
            section += (current or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            current = 0
        elif c == "万":
            total += (section + current or 1) * 10_000
            section = current = 0
    return total + section + current


def _measure(answer: str, unit: str, spent: Spent) -> tuple[float, float]:
    """The answer's count in ``unit``, low and high (see the module)."""
    text = answer.strip()
    latin = len(re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", text))
    japanese = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]", text))
    if unit == "tokens":
        return spent.tokens, spent.tokens
    if unit == "words":
        return latin + japanese / 4, latin + japanese
    if unit == "characters":
        return chars(text), len(text)
    if unit == "sentences":
        return sentences(text), sentences(text)
    blocks = re.split(r"\n\s*\n" if unit == "paragraphs" else r"\n", text)
    count = len([b for b in blocks if b.strip()])
    return count, count
