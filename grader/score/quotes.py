"""Quotations in a student's notes: one reading of what a quotation is, for every notes measure.

A quotation opens with one of " “ ‘ ' 「 『 and closes with that mark's own closing mark. A
single quote opens and closes one only where no letter stands beside it on the outside, so an
apostrophe ("chatty's", "didn't") is never a quotation's edge. A quotation spans one line break
at most: the own text of the notes (:func:`grader.score.notes.own_text`) ends a line at a quoted
sentence's end mark. Each measure asks for the least length it reads (``least``; ``least_ja``
inside 「」 and 『』, where two characters are a word).

Left out: a quotation left open (shared_only.py reads a pasted piece whose closing mark is
gone), and prompts (:mod:`grader.score.reading` reads a prompt's quoted and struck-out text).
"""

from __future__ import annotations

import functools
import re

_MARKS = (('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("「", "」"), ("『", "』"))


@functools.cache
def quotation(least: int = 0, least_ja: int | None = None) -> re.Pattern[str]:
    """Quotations whose first line holds ``least`` characters at least (``least_ja`` inside 「」
    and 『』, ``least`` when None); each's text is :func:`quoted` of its match."""
    alternatives = []
    for open_, close in _MARKS:
        n = least if least_ja is None or open_ not in "「『" else least_ja
        body = rf"([^{close}\n]{{{n},}}(?:\n[^{close}\n]*)?)"
        edge_before, edge_after = (r"(?<!\w)", r"(?!\w)") if open_ == "'" else ("", "")
        alternatives.append(f"{edge_before}{re.escape(open_)}{body}{re.escape(close)}{edge_after}")
    return re.compile("|".join(alternatives))


def quoted(m: re.Match[str]) -> str:
    """The text inside the quotation ``m`` (a match of :func:`quotation`), its marks left out."""
    return next(g for g in m.groups() if g is not None)


_NEXT_SENTENCE = re.compile(r"\s+(?:[A-Z]|[A-Za-z0-9]+[-_][A-Za-z0-9])")
"""What opens a sentence after a quotation: a capital, or a word like a run's name (x-list)."""


def unquoted(text: str) -> str:
    """``text`` with each quotation as a space, or as a full stop where a quoted sentence ended
    the sentence it stood in ('... ends with "The end." velvet-list is ...': pass 178): taken out
    with its stop, it joined two sentences into one."""

    def gap(m: re.Match[str]) -> str:
        ended = quoted(m).rstrip()[-1:] in (".", "!", "?") and _NEXT_SENTENCE.match(text, m.end())
        return " . " if ended else " "

    return quotation().sub(gap, text)
