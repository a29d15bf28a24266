"""Requests given as a bare noun phrase, a Japanese count after its noun, and a translation
(red-team pass 122), merged into :data:`grader.score.requests.REQUESTS` through
:data:`grader.score.indirect.INDIRECT`.

A student often names the answer's form with no verb of answering: "Give me 3 bullet points.",
"Give me a numbered list.", "3 bullet points please.", "Just bullet points.", "Give me one
sentence.", "One line, please.", "Give me two sentences." (a short answer counted: its count is
bounded as the other counts are, so "Give me 200 sentences." asks for nothing short); in
Japanese the count follows the noun (箇条書き3つで, 3点でまとめて). Asking for the story
translated into a language asks for the answer in it: "Translate it into Japanese.",
"Translate into Japanese, please.", "Then translate it to Japanese." (a translation after the
story is no second answer taken back: :data:`THEN_TRANSLATED`), 日本語に訳して, 英語に翻訳して.
They are matched as the other requests are, so one negated ("Don't give me bullet points.",
日本語に訳さないで), taken back or quoted asks for nothing.

Left out: a bare noun phrase inside a sentence of the story ("a cat who gives me bullet
points"), "points" or "lines" with no word of their form ("Give me 3 points." may be a score),
and a translation of something other than the answer ("Translate the word 'dragon'", read as
more beside a request where it also names the language).
"""

from __future__ import annotations

from grader.score.numbers import NUMBER_WORD

_COUNT = rf"(?:(?!(?:0+|zero|no|none)\b)(?:\d+|{NUMBER_WORD})|a\s+few|a\s+couple\s+of|several)"
"""A count of something: none is no request ("Zero sentences, please.", rt123-01)."""
_LIST = r"(?:bullet[\s-]?points?|bullets|(?:bulleted|numbered)\s+list)"
_GIVE = r"(?:give|write|send|show|make)(?:\s+(?:me|us))?"
_LEAD = r"^\s*(?:(?:please|just|only|and|now|also|ok|okay|so)\s+)*"
"""Before a bare noun phrase: it opens its clause, after a courtesy word ("Please give me ...")."""
_TAIL = r"(?:\s+(?:please|pls|plz|only|max|tops|thanks))?\s*$"
_EXACTLY = r"(?:(?:just|only|exactly)\s+)?"
_BY_COUNT = "(?:[1-9][0-9]*|[一二三四五六七八九十]+)(?:つ|個|点|項目|行)"
"""A Japanese count of a list's items (3つ, 五個, 3点)."""
_TO_WHAT = (
    r"(?:\s+(?:it|this|that|everything|(?:the|your)\s+"
    r"(?:story|answer|reply|whole\s+(?:thing|story))))?"
)
"""What a translation turns: the answer ("it", "the story", "your answer")."""


def _translated(name: str, japanese: str) -> tuple[str, ...]:
    """A translation into the language ``name`` (its Japanese name: ``japanese``)."""
    return (
        rf"\b(?:translate|render|rewrite){_TO_WHAT}\s+(?:in|into|to)\s+"
        rf"(?:the\s+)?{name}(?:\s+language)?\b",
        rf"{japanese}(?:に|へ)(?:訳|翻訳|直)(?!さな|さず|せな|しな|せず|さないで)",
        rf"{japanese}訳(?:で|に|を|して)",
    )


THEN_TRANSLATED = (
    rf"(?!{_TO_WHAT}\s+(?:in)?to\s+(?:japanese|english)\s*(?:,?\s*please\s*)?(?:[.!]|$))"
)
"""After "then translate": the translation of the answer into a goal's language, no second
answer ("Then translate it to Japanese."), which :data:`grader.score.asks._TAKEN_BACK` keeps."""

BARE: dict[str, tuple[str, ...]] = {
    "list": (
        rf"{_LEAD}{_GIVE}\s+{_EXACTLY}(?:an?\s+)?(?:{_COUNT}\s+)?(?:short\s+)?{_LIST}\b",
        rf"{_LEAD}{_EXACTLY}(?:an?\s+)?(?:{_COUNT}\s+)?(?:short\s+)?{_LIST}{_TAIL}",
        f"箇条書き(?:で|に)?{_BY_COUNT}|{_BY_COUNT}(?:で|に)(?:まとめ|教え|書い|挙げ|列挙|整理|お願い)",
    ),
    "one_sentence": (
        rf"{_LEAD}{_GIVE}\s+{_EXACTLY}(?:one|a\s+single|1)\s+(?:short\s+)?(?:sentence|line)\b",
        rf"{_LEAD}{_GIVE}\s+{_EXACTLY}a\s+(?:short\s+)?sentence\b",
        rf"{_LEAD}{_EXACTLY}(?:one|a\s+single|1)\s+(?:short\s+)?(?:sentence|line){_TAIL}",
        # the answer's form, not a story's subject (一つの文だけを話す猫, rt123)
        "(?:一つ|ひとつ|1つ)の文(?:だけ|のみ)?(?:で|に)(?!話す|しか)",
    ),
    "concise": (
        rf"{_LEAD}{_GIVE}\s+{_EXACTLY}{_COUNT}\s+(?:short\s+)?(?:sentences?|lines?|words?)\b",
        rf"{_LEAD}{_EXACTLY}{_COUNT}\s+(?:short\s+)?(?:sentences?|lines?|words?){_TAIL}",
    ),
    "japanese": _translated("(?:japanese|nihongo)", "(?:日本語|和文)"),
    "english": _translated("(?:english|eigo)", "(?:英語|英文)"),
}
"""Each goal's bare requests and translations, as patterns on a clause."""
