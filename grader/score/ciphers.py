"""The encodings a prompt may be written in to pass for another (red-team passes 36 to 47):
Caesar shifts, Atbash and ROT47; Base64, Base32, hexadecimal, Morse, the NATO alphabet, letters
as numbers (A1Z26), doubled letters and a chat message in JSON (:func:`decoded`); and the shape
of words scrambled inside or written without vowels. :func:`grader.score.prompts.readings` and
:func:`grader.score.prompts.same_prompt` read a prompt through them; what counts as the same
prompt is that module's business. Left out: encodings that need a dictionary to undo (Pig Latin,
a keyboard shifted by one key, a Vigenère key), romaji and English in katakana.
"""

from __future__ import annotations

import functools
import re
import string

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
    # ASCII (every ROT47 reading) counts its letters by deleting them: 20x faster than a loop
    if shown.isascii():
        letters = len(shown) - len(shown.translate(_NO_LETTERS))
    else:
        letters = sum(c.isalpha() for c in shown)
    return letters >= 0.8 * len(shown) > 0


_NO_LETTERS = str.maketrans("", "", string.ascii_letters)

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


_BASE64 = re.compile(r"[A-Za-z0-9+/]{12,}={0,2}")
_BASE32 = re.compile(r"[A-Z2-7]{16,}=*")
_DOUBLED = re.compile(r"(?:(\S)\1)+")
_A1Z26 = re.compile(r"\d{1,2}(?:-\d{1,2})*(?:\s+\d{1,2}(?:-\d{1,2})*){2,}")
_NATO = {
    w: w[0].lower()
    for w in "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo "
    "lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray x-ray "
    "yankee zulu".split()
}


def decoded(text: str) -> set[str]:
    """What ``text`` reads as once decoded, where it is wholly in one of the encodings above."""
    import base64
    import binascii

    bare, found = text.strip(), set()
    for pattern, decode in ((_BASE64, base64.b64decode), (_BASE32, base64.b32decode)):
        if pattern.fullmatch(bare):
            try:
                found.add(
                    decode(bare, validate=True) if decode is base64.b64decode else decode(bare)
                )
            except (ValueError, binascii.Error):
                pass
    texts = {b.decode("utf-8", "replace") for b in found}
    words = text.split()
    if words and all(_DOUBLED.fullmatch(w) for w in words):
        texts.add(" ".join(w[::2] for w in words))
    if re.fullmatch(r"[.\-/\s]+", text) and "-" in text:  # Morse
        texts.add(" ".join("".join(MORSE.get(c, "") for c in w.split()) for w in text.split("/")))
    if HEX.fullmatch(bare):
        texts.add(bytes.fromhex("".join(text.split())).decode("utf-8", "replace"))
    if _A1Z26.fullmatch(bare) and all(0 < int(n) < 27 for n in re.findall(r"\d+", bare)):
        texts.add(" ".join("".join(chr(96 + int(n)) for n in w.split("-")) for w in words))
    nato = [w.lower() for w in re.findall(r"[A-Za-z-]+|/", text)]
    if len(nato) > 3 and all(w == "/" or w in _NATO for w in nato):
        texts.add("".join(" " if w == "/" else _NATO[w] for w in nato))
    if bare[:1] in "[{":
        texts |= _json_strings(bare)
    return texts | _character_codes(bare)


_CODES = re.compile(
    r"(?:0[xX][0-9A-Fa-f]{1,6}|\d{1,7})(?:[\s,;]+(?:0[xX][0-9A-Fa-f]{1,6}|\d{1,7})){3,}"
)


def _character_codes(bare: str) -> set[str]:
    """Characters written as their codes, four or more (rt53-01): decimal ("84 101 108"), with
    commas, octal in threes ("124 145 154"), or hexadecimal with ``0x``."""
    if not _CODES.fullmatch(bare):
        return set()
    codes = re.split(r"[\s,;]+", bare)
    bases = (
        [16]
        if codes[0][:2].lower() == "0x"
        else [10, 8]
        if all(len(c) == 3 for c in codes)
        else [10]
    )
    found = set()
    for base in bases:
        try:
            found.add("".join(chr(int(c, base)) for c in codes))
        except ValueError:  # a digit past the base, or past the last code point
            continue
    return found


def _json_strings(text: str) -> set[str]:
    """The strings of a JSON value (a chat message typed as ``{"role": .., "content": ..}``)."""
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return set()
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
