"""The text each generated token adds, for display: fragile tokens are marked on these pieces.

It needs only the tokenizer's ``decode``; the engine calls it for every generation.
"""

from __future__ import annotations

from typing import Any


def pieces(tokenizer: Any, ids: list[int]) -> list[str]:
    """The text each token adds, decoding a sliding window (linear, not quadratic, in the length).

    A byte-fallback token that ends mid-character adds nothing until the character is complete,
    as in streaming detokenisers (text-generation-inference).
    """
    pieces: list[str] = []
    prefix, read = 0, 0
    for i in range(len(ids)):
        before = tokenizer.decode(ids[prefix:read], skip_special_tokens=True)
        after = tokenizer.decode(ids[prefix : i + 1], skip_special_tokens=True)
        if len(after) > len(before) and not after.endswith("\ufffd"):
            pieces.append(after[len(before) :])
            prefix, read = read, i + 1
        else:
            pieces.append("")
    return pieces
