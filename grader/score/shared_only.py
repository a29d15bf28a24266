"""Notes that observe none of this file's own runs: the baseline's answer alone, or questions
alone (rt117-10).

Read, from the student's own notes (:func:`grader.score.notes.own_text`) and the file's runs:

* notes on the baseline's answer alone: the answer every student sees (Scorch, green scales,
  cut off by the budget), in :data:`BASELINE_WORDS` of its words at least (naming the baseline
  counts as one), with fewer than :data:`TIED` words of this file's own runs (their prompts and
  answers, beyond the baseline's and the usual words of
  :func:`grader.score.observed.usual_words`) and no Japanese piece quoted whole from an own
  answer. A run that repeats the baseline's request on its model (an own control at another
  budget) answers with the baseline's words and ties nothing; the baseline's prompt on another
  model is an own run, with its own answer. Honest notes that compare own runs with the
  baseline speak of both;
* notes made only of questions ("Why does tiny-chatty ...? Would a bigger model ...?"): they
  wonder, and observe no output.

Each is a review flag (the credit stands; the TA decides), as :mod:`grader.score.observed`'s.

Left out: the baseline's answer told in another language than its own (its words are English:
green is not 緑), unless the notes name the baseline; another file's outputs described with no
owner named (the demo report's example-0001): the experiment's usual words, not this file's,
and nothing ties them to another file; predictions written before running.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.score import words
from grader.score.context import RunView
from grader.score.observed import usual_words
from grader.score.reading import lazy
from grader.score.text import pieces
from grader.util.i18n import T, Text

BASELINE_WORDS = 2
"""Notes with this many words of the baseline's answer describe it (one may be chance)."""
TIED = 1
"""Notes with fewer words of this file's own runs than this observe none of them."""

_NAMED = lazy(r"\bbaseline\b|ベースライン|基準の?(?:実行|出力)", re.IGNORECASE)
_QUESTION = lazy(r"(?:[?？]|(?:か|かな|かしら|だろうか|でしょうか|のか)[。.]?)\W*$")


def shared_only_review(
    own: str, runs: Iterable[RunView], topic: Iterable[str], notes: str = ""
) -> Text | None:
    """A review flag for own notes that observe none of this file's own runs (see the module's
    docstring), or None. ``notes`` are the whole notes: a quote of an own answer, which the own
    text leaves out as pasted, still ties them to it (rt118-03)."""
    runs = list(runs)
    sentences = [p for p in pieces(own) if p.strip()]
    if sentences and all(_QUESTION().search(p.strip()) for p in sentences):
        return T(
            "to review: the notes only ask questions; they observe no output",
            "確認が必要: 考察が問いだけで、出力について何も述べていません",
        )
    mine = set(words.content_words(own))
    # the exercise's usual words, the baseline's model's: a run named for its subject ("mice")
    # still ties the notes to it
    common = usual_words([r for r in runs if r.role == "baseline"], topic)
    base = _said(r for r in runs if r.role == "baseline") - common
    own_runs = [r for r in runs if r.role != "baseline"]
    tied = mine & (_said(own_runs) - base - common) | _quoted(f"{own}\n{notes}", own_runs, runs)
    # the baseline's answer in two of its words, or named with one: none of the own runs'
    about_base = len(mine & base) + bool(_NAMED().search(own))
    if about_base >= BASELINE_WORDS and mine & base and len(tied) < TIED:
        return T(
            "to review: the notes describe the baseline's answer, which every student sees, and "
            "hardly any of this file's own runs",
            "確認が必要: 考察が全員に共通のベースラインの出力を述べ、このファイル自身の実行に"
            "ほとんど触れていません",
        )
    return None


_PIECE = lazy(r"[\u3040-\u30ff\u3400-\u9fff々ー]{4,}")
"""A Japanese piece of the notes, between marks or Latin letters (もちろんです)."""


_QUOTE = lazy(r"[\"“「『]([^\"”」』\n]{8,})(?:[\"”」』]|$)", re.MULTILINE)
"""A quotation in the notes ("A feared dragon turned out to be kind.", 「…」); its closing mark
may be gone where the notes end on it (the own text leaves a mark after a full stop out)."""


def _quoted(own: str, mine: list[RunView], runs: list[RunView]) -> frozenset[str]:
    """The Japanese pieces and the quotations of ``own`` that stand whole in an own run's answer
    and not in the baseline's: a quote ties notes written in English to an answer in Japanese
    (rt112-12), and notes in Japanese to an English answer whose words the baseline's answer
    has too (rt118-03: "A feared dragon turned out to be kind.")."""
    base = _flat(" ".join(r.text for r in runs if r.role == "baseline"))
    answers = [_flat(r.text) for r in mine]
    found = [*_PIECE().findall(own), *_QUOTE().findall(own)]
    return frozenset(
        p for p in found if _flat(p) not in base and any(_flat(p) in a for a in answers)
    )


def _flat(text: str) -> str:
    """``text`` casefolded with its runs of spaces as one: a quote as the answer spells it."""
    return " ".join(text.casefold().split())


def _said(runs: Iterable[RunView]) -> frozenset[str]:
    """The content words of ``runs``' prompts and answers."""
    return frozenset(w for r in runs for t in (r.prompt, r.text) for w in words.content_words(t))
