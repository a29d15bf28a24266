"""What own notes quote as an answer's words, checked against the answers (passes 125 and 128).

A quotation given as an answer's words (after a verb of output, "opened with '...'", or before
「...」で始まった and the like) is checked two ways:

* **made up**: fewer than half of its content words, two at least, stand in any answer or
  prompt of the file;
* **given to the wrong run**: the answers of the runs its sentence names
  (:func:`grader.score.naming.subject`) hold fewer than half of its word pairs (character pairs
  in Japanese), while another run's answer holds most of them, :data:`OWNED` ("knight-terse
  opened with 'Sure! Here is a story about a knight'" when that is chatty's opening). Pairs,
  not content words: an opening is mostly words of no content of their own.

A quotation is read as made up only where the answers of the runs its sentence names (of all
the student's runs, when it names none) are in its script: an answer in another may be what it
translates. Another run's answer that holds most of its pairs is the quotation's source in any
script.

Left out: a quotation with no verb of output beside it (a prompt's words, a saying), and
quotations of fewer than two content words ("'The end.'").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.score import text, words
from grader.score.context import RunView
from grader.score.naming import every, subject
from grader.score.quotes import quotation, quoted
from grader.score.reading import lazy
from grader.util.i18n import T, Text

_BEFORE = lazy(
    r"\b(?:began|begins|started|starts|opened|opens|ended|ends|finished|gave|wrote|said|"
    r"answered|replied|printed)\s+(?:\w+\s+){0,2}?(?:with\s+|like\s+)?\W*$",
    re.IGNORECASE,
)
_AFTER = lazy(r"^\W{0,2}(?:で始ま|で終わ|と書|と答|と言|の一文|だけにな|という)")
_SENTENCE = lazy(r"[.!?。！？\n]\s*")


def quote_review(notes: str, runs: list[RunView]) -> Text | None:
    """A review flag for the first quotation of ``notes`` given as an answer's words that no
    answer holds, or that another run's answer holds and not the named run's; or None."""
    held = {w for r in runs for t in (r.text, r.prompt) for w in words.content_words(t)}
    for said, named, same in _quotations(notes, runs):
        own = set(words.content_words(said))
        if same and len(own) >= 2 and 2 * len(own & held) < len(own):
            return T(
                f"to review: the notes quote '{said}' as an answer's words; no answer holds them",
                f"確認が必要: 考察は「{said}」を出力の言葉として引いていますが、どの出力にも"
                "ありません",
            )
        if owner := _other_owner(_pairs(said), named, runs):
            names = ", ".join(r.name for r in named)
            return T(
                f"to review: the notes quote '{said}' as {names}'s words; they are {owner.name}'s",
                f"確認が必要: 考察は「{said}」を {names} の出力として引いていますが、"
                f"{owner.name} の出力の言葉です",
            )
    return None


def _quotations(notes: str, runs: list[RunView]) -> Iterable[tuple[str, list[RunView], bool]]:
    """Each quotation given as an answer's words, with the runs its sentence names ([] for
    none, or for every answer), and whether it is in the script of the answers it is about."""
    for m in quotation(4, 2).finditer(notes):
        said = quoted(m)
        lead = _SENTENCE().split(notes[: m.start()])[-1]
        if not (_BEFORE().search(lead) or _AFTER().search(notes[m.end() :])):
            continue
        named = [] if every(lead) else subject(lead, runs)
        yield said, named, _same_script(said, named or runs)


OWNED = 0.8
"""The share of a quotation's pairs that another run's answer holds for the words to be its."""


def _other_owner(pairs: set[str], named: list[RunView], runs: list[RunView]) -> RunView | None:
    """Another run whose answer holds :data:`OWNED` of ``pairs`` (three at least), when the
    ``named`` runs' answers hold fewer than half of them; None when the sentence names no run."""
    if len(pairs) < 3 or not named:
        return None
    if 2 * len(pairs & set().union(*(_pairs(r.text) for r in named))) >= len(pairs):
        return None
    texts = {r.text for r in named}
    held = [(len(pairs & _pairs(r.text)), r) for r in runs if r.text not in texts]
    most = max(held, key=lambda h: h[0], default=(0, None))
    return most[1] if most[0] >= OWNED * len(pairs) else None


def _pairs(said: str) -> set[str]:
    """Word pairs of ``said``, case folded; character pairs of Japanese, marks left out."""
    if text.main_script(said) == "japanese":
        chars = "".join(_JA_CHARS().findall(said))
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    tokens = _EN_WORD().findall(said.casefold())
    return {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}


_JA_CHARS = lazy(r"[\w]")
_EN_WORD = lazy(r"\w+")


def _same_script(quoted: str, runs: list[RunView]) -> bool:
    """Every answer of ``runs`` (the student's own, of those given) is in the quotation's
    script."""
    own = [r for r in runs if r.role == "run"]
    return {text.main_script(r.text) for r in own} == {text.main_script(quoted)}
