"""The encodings a prompt may be written in to pass for another (red-team passes 36 to 45):
Caesar shifts, Atbash and ROT47, Morse, hexadecimal, and the shape of words scrambled inside or
written without vowels. :func:`grader.score.prompts.readings` and
:func:`grader.score.prompts.same_prompt` read a prompt through them; what counts as the same
prompt is that module's business. Left out: encodings that need a dictionary to undo (Pig Latin,
a keyboard shifted by one key), which a student's own wording cannot be told from.
"""

from __future__ import annotations

import functools
import re

MORSE = dict(
    zip(
        ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- ...- "
        ".-- -..- -.-- --..".split(),
        "abcdefghijklmnopqrstuvwxyz",
        strict=True,
    )
)
"""Morse code's letters."""


def wordy(text: str) -> bool:
    """Most of ``text``'s visible characters are letters."""
    shown = "".join(text.split())
    return sum(c.isalpha() for c in shown) >= 0.8 * len(shown) > 0


HEX = re.compile(r"(?:[0-9A-Fa-f]{2}\s?){8,}")
LATIN_WORD = re.compile(r"[a-z0-9]+")
_VOWELS = re.compile(r"[aeiou]")


def shape(words: list[str]) -> list[str]:
    """``words`` without their vowels (a word of one letter kept) and with their inner letters
    sorted: a word scrambled inside, or written without vowels, has the word's shape."""
    bare = (_VOWELS.sub("", w) or w if len(w) > 1 else w for w in words)
    return [w if len(w) < 4 else w[0] + "".join(sorted(w[1:-1])) + w[-1] for w in bare]


def shifted(text: str, k: int) -> str:
    """``text``'s letters shifted by ``k`` (a Caesar cipher; ROT13 is 13), or, for 26, mirrored
    (Atbash: a for z), or, for 27, every printable character shifted by 47 (ROT47)."""
    return text.translate(_shift_tables()[k - 1])


@functools.cache
def _shift_tables() -> tuple[dict[int, int], ...]:
    """One translation table per shift of :func:`shifted` (1 to 25, 26 for Atbash, 27 for
    ROT47): every prompt compared is read in all 27, so they are done by ``str.translate``."""

    def table(k: int) -> dict[int, int]:
        return {
            base + n: base + (25 - n if k == 26 else (n + k) % 26)
            for base in (ord("a"), ord("A"))
            for n in range(26)
        }

    rot47 = {c: 33 + (c - 33 + 47) % 94 for c in range(33, 127)}
    return (*(table(k) for k in range(1, 27)), rot47)
