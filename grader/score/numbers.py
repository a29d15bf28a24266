"""Counts as a prompt writes them: digits, English number words ("forty", "thirty-five") and
kanji numerals (五十). :mod:`grader.score.requests` matches them in requests, and
:mod:`grader.score.reworded` reads them into a run's design; what a count asks for is theirs.
"""

from __future__ import annotations

import re
import unicodedata

from grader.score.prompts import EDGE_LABEL
from grader.score.reading import lazy

NUMBER_WORDS = {
    **{w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())},
    **{"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40},
    **{"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    **{"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18},
    "nineteen": 19,
}
"""Counts written as words ("under forty words"); "hundred" is left out, so "four hundred words"
is no count of a short answer."""
_TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMBER_WORD = (
    f"(?:{_TENS}[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
"""Any of :data:`NUMBER_WORDS`, longest first (so "fifteen" is not read as "five"), or tens and
ones ("thirty-five")."""


def number_value(number: str) -> int:
    """A count as written: ASCII digits, a number word (:data:`NUMBER_WORDS`) or a kanji
    numeral (:func:`kanji_number`)."""
    if number.isdigit() and number.isascii():
        return int(number)
    if parts := number.replace("-", " ").split()[1:]:  # thirty-five
        return NUMBER_WORDS[number[: -len(parts[0]) - 1]] + NUMBER_WORDS[parts[0]]
    return NUMBER_WORDS.get(number) or kanji_number(number)


def kanji_number(number: str) -> int:
    """A kanji numeral's size: 一 to 九十九 exactly, with 百 at least 100, with 千 or 万 1000."""
    if set("千万") & set(number):
        return 1000
    if "百" in number:
        return 100
    digit = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
    tens, ten, ones = number.partition("十")
    if not ten:
        return digit.get(number, 0)
    return digit.get(tens, 1) * 10 + digit.get(ones, 0)


_NUMBER = lazy(
    rf"\d+|\b(?:{NUMBER_WORD}|single)\b|[〇一二三四五六七八九十百千万]+(?=文字|字|文|行|語|単語|つ|個|点|項目|トークン)",
    re.IGNORECASE,
)
"""A number a prompt states: digits, a number word (forty; "a single sentence" is one), or a
kanji numeral before a counter (五十字; not the 一 of 一緒)."""


def in_digits(prompt: str) -> str:
    """``prompt`` with its numbers in digits (五十字 as 50字, forty as 40, single as 1), a label at
    its start or end left out (:data:`grader.score.prompts.EDGE_LABEL`), case folded."""
    text = _NUMBER().sub(
        lambda m: "1" if m.group().lower() == "single" else str(number_value(m.group().lower())),
        unicodedata.normalize("NFKC", prompt),
    )
    text = EDGE_LABEL().sub(" ", text)
    return text.casefold()


_SPELT = lazy(
    rf"\b{NUMBER_WORD}\b|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{{1,3}}(?![〇百千万])",
    re.IGNORECASE,
)


def numerals(text: str) -> str:
    """``text`` with its numbers up to ninety-nine written in digits: English number words ("three
    dragons" as "3 dragons") and kanji numerals not within a word (三匹 as 3匹): one more reading
    of a prompt (:func:`grader.score.prompts.readings`; pass 71: a number spelt out is no other
    prompt)."""
    return _SPELT().sub(lambda m: str(number_value(m.group().lower())), text)
