"""One notion of "the same prompt", used wherever prompts are compared.

Two prompts are the same when their keys are equal. The key is built in the order UTS #39 gives
for a confusable skeleton, widened by what a model should not care about:

1. NFKC (full-width letters and digits become ASCII, half-width katakana full-width);
2. every Default_Ignorable_Code_Point removed (zero-width spaces, joiners, variation selectors,
   the Hangul fillers, soft hyphens...), taken from Unicode's property through the ``regex``
   module rather than a hand-written list;
3. case folded, punctuation and symbols dropped, white space collapsed;
4. the UTS #39 skeleton: NFD, each character replaced by its prototype from Unicode's
   ``confusables.txt`` (shipped in :mod:`grader.score.unicode` with its licence), NFD again, so
   Cyrillic ``а`` and Latin ``a`` (and ``1`` and ``l``) are one letter.

What the letters of a request read as (:func:`latin_letters`: look-alikes, and the symbols
Unicode names after a Latin letter) is for :mod:`grader.score.asks`; the key keeps to UTS #39.

It does not judge meaning: "brief" and "short" are different prompts. Content words are
:mod:`grader.score.words`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

UNICODE = resources.files("grader.score.unicode")
"""Unicode's data as shipped: confusables.txt, and prototypes.json derived from it."""


@functools.lru_cache(maxsize=1)
def prototypes() -> dict[int, str]:
    """confusables.txt as a :meth:`str.translate` table, from prototypes.json (its mappings
    alone, written by ``python -m grader.score.unicode``; 4 ms to read, where parsing
    the 700 kB text file took ``validate`` 40 ms a run)."""
    import json

    return str.maketrans(json.loads((UNICODE / "prototypes.json").read_text("utf-8")))


@functools.lru_cache(maxsize=1)
def _ignorable():  # type: ignore[no-untyped-def]
    import regex  # imported here: only scoring and the copy check need it

    return regex.compile(r"\p{Default_Ignorable_Code_Point}+")


@functools.lru_cache(maxsize=1)
def _gaps():  # type: ignore[no-untyped-def]
    """Runs of punctuation, symbols and white space (with the separators ``str.isspace`` counts):
    a key keeps one space for each."""
    import regex

    return regex.compile(r"[\p{P}\p{S}\s\x1c-\x1f]+")


def visible(text: str) -> str:
    """``text`` without its default ignorable code points (zero-width spaces, joiners...)."""
    return text if text.isascii() else str(_ignorable().sub("", text))


def skeleton(text: str, ascii: bool = False) -> str:
    """The UTS #39 skeleton of ``text``: NFD, default ignorables removed, each character's
    prototype, NFD again (``ascii``: the caller knows ``text`` is ASCII, which NFD keeps and
    which has no default ignorable)."""
    decomposed = text if ascii else visible(unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", decomposed.translate(prototypes()))


_ASCII_GAPS = re.compile(r"[!-/:-@\[-`{-~\s]+")
r"""Steps 2 and 3 on ASCII text: no ASCII character is a default ignorable, every ASCII
punctuation character and symbol is in \p{P} or \p{S}, and ``\s`` covers U+001C-U+001F."""


@functools.lru_cache(maxsize=1 << 16)  # a class compares its prompts and notes many times
def prompt_key(text: str) -> str:
    """What makes two prompts the same prompt (see the module docstring). ASCII text, most
    prompts, takes the same steps without the ``regex`` module (``validate`` stays fast)."""
    if text.isascii():  # NFKC leaves ASCII as it is
        return " ".join(skeleton(_ASCII_GAPS.sub(" ", text.casefold()).strip(), ascii=True).split())
    text = visible(unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(skeleton(_gaps().sub(" ", text).strip()).split())


def same_prompt(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same prompt: equal keys."""
    return prompt_key(a) == prompt_key(b)


_LETTER_NAME = re.compile(
    r"(?:LATIN (?:CAPITAL |SMALL )?LETTER (?:SMALL CAPITAL )?|REGIONAL INDICATOR SYMBOL LETTER )"
    r"([A-Z])$"
)
_SYMBOL_BLOCKS = ((0x1D00, 0x1D7F), (0x2460, 0x24FF), (0x1F100, 0x1F1FF))
"""Phonetic small capitals, enclosed alphanumerics and their supplement: letters NFKC leaves as
symbols (🅽, 🅝, 🇳, ɴ)."""


@functools.lru_cache(maxsize=1)
def latin_letters() -> dict[int, str]:
    """Unicode's confusables whose prototype is an ASCII letter (Cyrillic о as o), and no other
    (一 keeps its meaning in 一文で); and the symbols Unicode names after a Latin letter (squared,
    circled, regional indicator, small capital), by their names."""
    table = {k: v for k, v in prototypes().items() if k > 127 and v.isascii() and v.isalpha()}
    for first, last in _SYMBOL_BLOCKS:
        for code in range(first, last + 1):
            m = _LETTER_NAME.search(unicodedata.name(chr(code), ""))
            if m:
                table.setdefault(code, m.group(1).lower())
    return table
