"""Signs that :mod:`grader.score.reading` reads as words before a prompt's requests are matched
(pass 106): a question mark of doubt or irony as "?", and a comparison sign before a count as
"at least" or "at most".

* every punctuation mark whose Unicode name says QUESTION MARK or INTERROBANG (⸮, ‽, ؟, ፧;
  the fullwidth and small ones NFKC has already made "?") reads as "?", and so does the snark
  ".~": "Keep it short⸮" is asked as "Keep it short?" is, that is, not asked. The inverted
  marks (¿, ⸘) open a sentence in Spanish, and are left as they are; so is a question mark
  drawn as an emoji (❓, a symbol :mod:`grader.score.reading` reads itself);
* a sign whose name says GREATER-THAN or LESS-THAN (≥, ≧, ⩾, ≳, ≤, ≦, ⩽, and the typed ">=",
  "<=") before a count reads as "at least" or "at most": "in ≥60 words" as "in at least 60
  words", which asks for no short answer; before a Japanese count as 以上 or 以内 after it
  (≧100文字で as 100文字以上で). A sign whose name negates it (≱, "NEITHER ...") is left out:
  NFKC splits it into the sign and an overlay, and no count follows the sign. A bare "<" or
  ">" is left too: "<3" is a heart, and ">" a quotation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_JA_UNITS = "文字|字|単語|語|トークン|文|行|段落"
_COMPARED = functools.cache(
    lambda: re.compile(
        r"(>=|<=|[^\x00-\x7f])\s*(?=\d|[一二三四五六七八九十百千])"
        rf"(?:(\d+|[一二三四五六七八九十百千]+)\s*({_JA_UNITS}))?"
    )
)
_SNARK = functools.cache(lambda: re.compile(r"\.~+(?![\w~])"))


def _doubting(c: str) -> bool:
    """``c`` is a question mark that closes a sentence (not an inverted one, not an emoji)."""
    name = unicodedata.name(c, "")
    return (
        unicodedata.category(c).startswith("P")
        and ("QUESTION MARK" in name or "INTERROBANG" in name)
        and "INVERTED" not in name
    )


def _bound(sign: str) -> str | None:
    """``"least"`` or ``"most"``: what ``sign`` makes of the count after it; None for any other
    character."""
    if sign in (">=", "<="):
        return "least" if sign[0] == ">" else "most"
    name = unicodedata.name(sign, "")
    if name.startswith(("NOT ", "NEITHER ")) or ("GREATER-THAN" in name) == ("LESS-THAN" in name):
        return None  # a negated sign, "≷", or no comparison at all
    return "least" if "GREATER-THAN" in name else "most"


def _compared(m: re.Match[str]) -> str:
    bound = _bound(m.group(1))
    if bound is None:
        return m.group()
    if m.group(3):  # a Japanese count: its bound follows it, as a student writes it
        return f"{m.group(2)}{m.group(3)}{'以上' if bound == 'least' else '以内'}"
    return f" at {bound} "


def read_signs(folded: str) -> str:
    """``folded`` (NFKC, case folded) with its doubting question marks as "?" and its
    comparison signs before a count as words (module docstring)."""
    # a tilde that closes a struck-out "~...~" is no snark (rt7-08: "~Please answer in Japanese.~")
    folded = _SNARK().sub(
        lambda m: m.group() if folded.count("~", 0, m.start()) % 2 else "?", folded
    )
    if not folded.isascii():
        marks = {c for c in folded if not c.isascii() and _doubting(c)}
        folded = "".join("?" if c in marks else c for c in folded) if marks else folded
    return _COMPARED().sub(_compared, folded) if "=" in folded or not folded.isascii() else folded
