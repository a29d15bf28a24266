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

It does not judge meaning: "brief" and "short" are different prompts. Content words are
:mod:`grader.score.words`.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources


@functools.lru_cache(maxsize=1)
def _prototypes() -> dict[int, str]:
    """Unicode's confusables.txt as a :meth:`str.translate` table: code point -> its prototype
    (one or more characters)."""
    text = (resources.files("grader.score.unicode") / "confusables.txt").read_text("utf-8-sig")
    table: dict[int, str] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source = "".join(chr(int(c, 16)) for c in fields[0].split())
        if len(source) == 1:
            table[ord(source)] = "".join(chr(int(c, 16)) for c in fields[1].split())
    return table


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


def skeleton(text: str) -> str:
    """The UTS #39 skeleton of ``text``: NFD, default ignorables removed, each character's
    prototype, NFD again."""
    decomposed = _ignorable().sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", decomposed.translate(_prototypes()))


@functools.lru_cache(maxsize=1 << 16)  # a class compares its prompts and notes many times
def prompt_key(text: str) -> str:
    """What makes two prompts the same prompt (see the module docstring)."""
    text = _ignorable().sub("", unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(skeleton(_gaps().sub(" ", text).strip()).split())


def same_prompt(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same prompt: equal keys."""
    return prompt_key(a) == prompt_key(b)
