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

_PUNCT = "PS"  # Unicode general categories dropped from a key: punctuation and symbols


@functools.lru_cache(maxsize=1)
def _prototypes() -> dict[str, str]:
    """Unicode's confusables.txt as a map: character -> its prototype (one or more characters)."""
    text = (resources.files("grader.score.unicode") / "confusables.txt").read_text("utf-8-sig")
    table: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source = "".join(chr(int(c, 16)) for c in fields[0].split())
        if len(source) == 1:
            table[source] = "".join(chr(int(c, 16)) for c in fields[1].split())
    return table


@functools.lru_cache(maxsize=1)
def _ignorable():  # type: ignore[no-untyped-def]
    import regex  # imported here: only scoring and the copy check need it

    return regex.compile(r"\p{Default_Ignorable_Code_Point}+")


def skeleton(text: str) -> str:
    """The UTS #39 skeleton of ``text``: NFD, default ignorables removed, each character's
    prototype, NFD again."""
    table = _prototypes()
    decomposed = _ignorable().sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFD", "".join(table.get(ch, ch) for ch in decomposed))


@functools.lru_cache(maxsize=8192)  # a class compares the same popular prompts many times
def prompt_key(text: str) -> str:
    """What makes two prompts the same prompt (see the module docstring)."""
    text = _ignorable().sub("", unicodedata.normalize("NFKC", text)).casefold()
    kept = "".join(
        " " if unicodedata.category(ch)[0] in _PUNCT or ch.isspace() else ch for ch in text
    )
    return " ".join(skeleton(" ".join(kept.split())).split())


def same_prompt(a: str, b: str) -> bool:
    """``a`` and ``b`` are the same prompt: equal keys."""
    return prompt_key(a) == prompt_key(b)
