"""Is a part-1 prompt the compared prompt misspelt? Red-team pass 111 earned part 1 with typos
("Tel me a stroy about a dargon.", "stooory"), a katakana look-alike (ドラゴソ for ドラゴン) and a
dropped dakuten (ドラコン): a model reads them as other tokens, so its answer may change, but the
student chose nothing. :func:`misspells` pairs the two prompts' words one to one and calls them
misspelt when every pair that differs is a small edit: equal once repeated letters are
collapsed, or, in words of four letters or more, one letter swapped with the next, added,
dropped or changed (Damerau-Levenshtein 1); a kana differs only by its dakuten or handakuten (NFD
bases), by its size (ッ for ツ) or by a look-alike (:data:`_LOOK_ALIKES`).

A one-letter change can be an honest change of subject ("mouse" for "house"), and this module
knows no dictionary, so the flag it raises is a review, never a fail; and one word changed by one
letter for a letter that is not the key beside it ("house" for "horse") is left a change: a typo
hits the key beside, a new word need not. Left out: that case as a typo ("dragan"), words split
or joined ("a bout"), a kanji look-alike (what :mod:`grader.score.prompts` does not read as the
same prompt), and a long vowel mark added (ドラゴーン).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from grader.util.i18n import T, Text

_TOKEN = re.compile(r"[a-z]+|\d+|[^\W\d_a-z]")
"""A Latin word, a number, or one letter of another script (each kana or kanji on its own)."""

_LOOK_ALIKES = (
    "ソン シツ クタ ウワ スヌ コユロ ニ二 ハ八 エ工 カ力か タ夕 ト卜 ヘへ ベべ ペぺ リりい キき "
    "モも セせ ヤや チテ シレし ノメ ねわれ るろ ぬめ はほ さちき"
).split()
"""Kana that look alike, one group a word (groups sharing a kana are one): a student types one for
another to pass a prompt off as new; NFKC and the confusables skeleton join none of these."""
_SMALL = str.maketrans(
    "ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ", "アイウエオツヤユヨワカケあいうえおつやゆよわ"
)
_REPEATED = re.compile(r"(\D)\1+")  # "500" is not "50"
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@functools.cache
def _look_alike() -> dict[str, str]:
    """Each look-alike kana mapped to its group's first; groups sharing a kana are one group."""
    found: dict[str, str] = {}
    for group in _LOOK_ALIKES:
        head = next((found[c] for c in group if c in found), group[0])
        for c in group:
            found.setdefault(c, head)
    return found


def _kana(c: str) -> str:
    """``c`` without its dakuten or handakuten, at full size, read as its look-alike group."""
    base = unicodedata.normalize("NFD", c)[0].translate(_SMALL)
    return _look_alike().get(base, base)


def _collapsed(tokens: list[str]) -> list[str]:
    """``tokens`` with a letter or a token said again in a row said once ("stooory", "しててて")."""
    out = [_REPEATED.sub(r"\1", t) for t in tokens]
    return [t for i, t in enumerate(out) if i == 0 or t != out[i - 1]]


def _edit(a: str, b: str) -> str | None:
    """The kind of one-letter edit that makes ``a`` of ``b``: "swapped", "added", "dropped",
    "beside" (a key next to the letter) or "changed"; ``None`` if it takes more."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return "beside" if _beside(a[diff[0]], b[diff[0]]) else "changed"
        i, j = (diff + [-1])[:2]
        return "swapped" if j == i + 1 == diff[-1] and (a[i], a[j]) == (b[j], b[i]) else None
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return None
    at = next(
        (i for i, (x, y) in enumerate(zip(short, long[: len(short)], strict=True)) if x != y),
        len(short),
    )
    if short[at:] != long[at + 1 :]:
        return None
    return "added" if long is a else "dropped"


def _beside(x: str, y: str) -> bool:
    """``x`` and ``y`` are keys side by side on a QWERTY keyboard's row."""
    return any(abs(row.find(x) - row.find(y)) == 1 for row in _KEYS if x in row and y in row)


def _typo(a: str, b: str) -> str | None:
    """How token ``a`` misspells ``b`` (see :func:`_edit`, and "doubled", "kana"), if it does."""
    if a.isdigit() or b.isdigit():
        return None  # a number changed is another number
    if _collapsed([a]) == _collapsed([b]):
        return "doubled"
    if len(a) == len(b) == 1 and not a.isascii() and not b.isascii():
        return "kana" if _kana(a) == _kana(b) else None
    return _edit(a, b) if a.isascii() and b.isascii() and max(len(a), len(b)) >= 4 else None


@functools.lru_cache(maxsize=4096)
def misspells(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` misspelt, or the other way round (see the module docstring)."""
    mine, theirs = (
        _TOKEN.findall(unicodedata.normalize("NFKC", p).casefold()) for p in (prompt, other)
    )
    if mine != theirs and _collapsed(mine) == _collapsed(theirs):
        return True  # only letters or kana said again ("stooory", "しててて")
    if len(mine) != len(theirs):
        return False
    kinds = [_typo(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if not kinds or None in kinds:
        return False
    return len(kinds) > 1 or kinds[0] != "changed"  # "mouse" for "house": maybe a new subject


def misspelling(prompt: str, other: str, whose: Text) -> Text | None:
    """The review reason when ``prompt`` only misspells ``other`` (``whose`` prompt it is)."""
    if not misspells(prompt, other):
        return None
    return T(
        f"only misspells the words of the {whose.en} one (letters swapped, doubled, dropped or "
        "changed; a kana look-alike or a dakuten); a change if a new word was meant, a typo if not",
        f"は{whose.ja}プロンプトの語を書き誤っただけです（文字の入れ替え・重複・脱落・置き換え、"
        "形の似たかな、濁点・半濁点）。別の語のつもりなら変更、誤字なら変更ではありません",
    )


def unmisspelt(
    added: list[str], dropped: list[str], prompt: str, other: str
) -> tuple[list[str], list[str]]:
    """``added`` and ``dropped`` (the content words ``prompt`` adds to and drops from ``other``)
    without the pairs that are one word misspelt (pass 118: "storry" for "story", "Tel" for
    "Tell"): an added word that misspells one of ``other``'s the prompt lacks is that word, and
    a dropped word misspelt in the prompt is not dropped. A letter changed off the keyboard's
    neighbours ("stork" for "story") may be a new word, and stays one."""
    mine, theirs = (
        set(_TOKEN.findall(unicodedata.normalize("NFKC", p).casefold())) for p in (prompt, other)
    )
    gone, new = theirs - mine, mine - theirs
    return (
        [w for w in added if not any(_misspells(w, t) for t in gone)],
        [w for w in dropped if not any(_misspells(n, w) for n in new)],
    )


def _misspells(a: str, b: str) -> bool:
    """Word ``a`` is word ``b`` misspelt by a typo (:func:`_typo`), not a letter changed."""
    return _typo(a, b) not in (None, "changed", "kana")
