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

A placement is read after a verb ("opened with", "did not begin with"), a noun ("the last line
of X was", "Opening of X:", 書き出しは, X：書き出し「…」) or a verb after the quotation (で始まった,
「…」始まり, denied: で終わってはいなかった); the run is the one the sentence names before the
quotation, or at its end after a comma (「…」で始まっていました、X は: pass 151).

Left out: a quotation with no verb of output beside it (a prompt's words, a saying), and
quotations of fewer than two content words ("'The end.'").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grader.score import text, words
from grader.score.anaphora import pronoun
from grader.score.context import RunView
from grader.score.naming import every, subject
from grader.score.quotes import quotation, quoted
from grader.score.reading import lazy
from grader.util.i18n import T, Text

_OPENING_JA = r"(?:書き出し|冒頭|出だし|最初|第一声|最初の(?:一文|文|言葉))(?:は|[:：])?\s*$"
_CLOSING_JA = r"(?:締めくくり|結び|ラスト|最後|最後の(?:一文|文|言葉))(?:は|[:：])?\s*$"
"""An opening or an ending named by a noun before 「...」 (冒頭は, 締めくくりは: pass 147; as a
heading, X：書き出し「...」: pass 151)."""
_STARTS_JA = "で始ま|から始ま|でスタート|始まり"
_ENDS_JA = (
    "で(?:きちんと|ちゃんと|しっかり|きれいに|綺麗に|無事に?)?(?:幕を閉じ|締めくく|終わ)|終わり"
)
"""Verbs after 「...」 that place it (an adverb between: でしっかり終わっていた, pass 181), and the
nouns of a sentence that ends in one (「...」始まり)."""
_DENIED_JA = lazy(
    rf"^\W{{0,2}}(?:{_STARTS_JA}|{_ENDS_JA})(?:(?:っ|し)?て(?:は|も)?(?:い|お)?(?:な|ませ|らず|ず)|"
    r"らな|らず|りませ)|^\W{0,2}(?:では|じゃ)(?:な|ありませ)"
)
"""A placement denied after it (で終わってはいなかった, で始まりませんでした: pass 151; after its
noun, 最後は「…」ではなかった)."""
_AUX = r"(?:did|does|do|didn't|doesn't|don't|never|not|to)\s+(?:\w+\s+)?"
"""Before a verb's plain form ("did not begin with", "never end with": pass 150)."""
"""Verbs after 「...」 that place it at an answer's start or its end."""
_NOT_WITH = lazy(
    r"\b(?:without|not|never|no)\b(?:\s+\w+){0,2}?\s*\W*$|n't\s+\w+\s+with\s+\W*$", re.IGNORECASE
)
"""A quotation said not to stand where the verb puts it ("wrapped up without any 'The end.'":
pass 144)."""
_OPENING_EN = r"(?:first|opening)\s+(?:words?|lines?|sentences?|bullets?|items?)|opening|beginning"
_CLOSING_EN = r"(?:last|final|closing)\s+(?:words?|lines?|sentences?|bullets?|items?)|ending"
_PLACE = rf"\b(?:{_OPENING_EN}|{_CLOSING_EN})"
_BEFORE = lazy(
    r"\b(?:began|begins|started|starts|opened|opens|ended|ends|finished|gave|wrote|said|"
    r"answered|replied|printed|kicked\s+(?:\w+\s+)?off|led\s+off|closed|wrapped\s+up|signed\s+off|"
    r"rounded\s+(?:\w+\s+)?off|concluded|closes|finishes|came\s+to\s+a\s+close|got\s+going|set\s+off|"
    rf"greeted(?:\s+me|\s+us)?|{_AUX}(?:begin|start|open|end|finish|close|conclude))\s+"
    r"(?:\w+\s+){0,4}?(?:with\s+|like\s+|on\s+|by\s+saying\s+)?\W*$|"
    r"\b(?:last|first)\s+thing\s+(?:[\w-]+\s+)?(?:said|wrote|printed)\s+was\s+\W*$|"
    + _OPENING_JA
    + "|"
    + _CLOSING_JA
    + "|"
    + _PLACE
    + r"\s+(?:of\s+[\w-]+\s*)?(?:(?:was|were|is|are|read)\s+(?:just\s+|only\s+|simply\s+)?|"
    + r"[:：]\s*)\W*$",
    re.IGNORECASE,
)
_START = lazy(
    r"\b(?:began|begins|started|starts|opened|opens|kicked\s+(?:\w+\s+)?off|led\s+off|got\s+going|"
    rf"set\s+off|first\s+thing|greeted|{_AUX}(?:begin|start|open)|{_OPENING_EN})\b|" + _OPENING_JA,
    re.IGNORECASE,
)
_END = lazy(
    r"\b(?:ended|ends|finished|finishes|closed|closes|concluded|came\s+to\s+a\s+close|last\s+thing|"
    r"wrapped\s+up|signed\s+off|rounded\s+(?:\w+\s+)?off|(?:near|at|towards?)\s+the\s+end|"
    rf"{_AUX}(?:end|finish|close|conclude)|{_CLOSING_EN})\b|" + _CLOSING_JA,
    re.IGNORECASE,
)
_AFTER_START = lazy(rf"\W{{0,2}}(?:{_STARTS_JA})")
_AFTER_END = lazy(
    rf"\W{{0,2}}(?:{_ENDS_JA}|で結ば|\s*(?:at|near|towards?)\s+the\s+(?:close|end)\b)",
    re.IGNORECASE,
)
"""Where a quotation is said to stand: an answer's opening or its end ("kicked off with", "the
last words of X were", で終わった: pass 144)."""
_AFTER = lazy(rf"^\W{{0,2}}(?:{_STARTS_JA}|{_ENDS_JA}|と書|と答|と言|の一文|だけにな|という)")
_SENTENCE = lazy(r"[.!?。！？\n]\s*")


def quote_review(notes: str, runs: list[RunView]) -> Text | None:
    """A review flag for the first quotation of ``notes`` given as an answer's words that no
    answer holds, that another run's answer holds and not the named run's, or that is said to
    open or end an answer it does not (or not to, and does); or None."""
    held = {w for r in runs for t in (r.text, r.prompt) for w in words.content_words(t)}
    for said, named, same, where, denied in _quotations(_RELAYED().sub(_quoting, notes), runs):
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
        if same and where and named and (found := _misplaced(said, named, where, denied)):
            return found
    return None


_RELAYED = lazy(
    r"(?<!\bI\s)(?<!\bwe\s)\b(?P<lead>read|(?:reply|answer|output|response)\s+was|printed|went)\s*[:：]\s*"
    r"(?P<said>[^'\"“‘「\s][^\n]*?[.!?。！？])(?=\s|$)",
    re.IGNORECASE,
)
"""An answer relayed after a colon with no quotation marks ("The answer from X read: A brave
knight ...", "X's reply was: Here is a poem ...": pass 152)."""


def _quoting(m: re.Match[str]) -> str:
    """The relayed answer as a quotation after a verb of output."""
    return f'{m["lead"]} said "{m["said"]}"'


def _misplaced(said: str, named: list[RunView], where: str, denied: bool) -> Text | None:
    """A review flag when no run of ``named`` has ``said`` at the start (the end) ``where``
    says, or, ``denied``, one has (pass 144)."""
    if any(_placed(said, r.text, where) for r in named) != denied:
        return None
    names = ", ".join(r.name for r in named)
    verb, ja = ("opened", "始まった") if where == "start" else ("ended", "終わった")
    return T(
        f"to review: the notes say {names} {'never ' * denied}{verb} with '{said}'; its answer "
        f"{'does' if denied else 'does not'}",
        f"確認が必要: 考察は {names} が「{said}」で{ja}{'とは言えない' * denied}と述べていますが、"
        "出力は違います",
    )


def _quotations(
    notes: str, runs: list[RunView]
) -> Iterable[tuple[str, list[RunView], bool, str | None, bool]]:
    """Each quotation given as an answer's words, with the runs its sentence names ([] for
    none, or for every answer), whether it is in the script of the answers it is about, where
    in them it is said to stand ("start", "end" or None), and whether that is denied ("wrapped
    up without any 'The end.'")."""
    # a stop inside a quotation ends no sentence (passes 179, 185: "Please make it short." を付けた)
    last, hidden = 0, text.stops_hidden(notes, quotation())
    for m in quotation(4, 2).finditer(notes):
        said, after = quoted(m), notes[m.end() :]
        parts = _SENTENCE().split(hidden[: m.start()])
        lead, before = parts[-1], parts[-2] if len(parts) > 1 else ""
        # what is said of this quotation stands after the one before it ("opened with 'A' and
        # near the end it said 'B'": pass 146)
        local, last = notes[max(last, m.start() - len(lead)) : m.start()], m.end()
        if not (_BEFORE().search(local) or _AFTER().search(after)):
            continue
        # "That one opened with ...", "This time the model ...": the run the narrative is on
        said_of = pronoun(lead.lstrip(), before, runs)
        named = [] if every(lead) else subject(said_of, runs) or _inverted(after, runs)
        place = (
            _START().search(local) or _AFTER_START().match(after),
            _END().search(local) or _AFTER_END().match(after),
        )
        where = (
            "start" if place[0] and not place[1] else "end" if place[1] and not place[0] else None
        )
        denied = where is not None and bool(_NOT_WITH().search(local) or _DENIED_JA().match(after))
        yield said, named, _same_script(said, named or runs), where, denied


_INVERTED = lazy(r"^[^.!?。！？\n]*[、,]\s*([^、,.!?。！？\n]+?)\s*[はもが]?\s*(?:[.!?。！？\n]|$)")


def _inverted(after: str, runs: list[RunView]) -> list[RunView]:
    """The run named at the end of the sentence, after its predicate (倒置: 「...」で始まって
    いました、X は。: pass 151)."""
    m = _INVERTED().match(after)
    return subject(m[1], runs) if m else []


def _placed(said: str, answer: str, where: str) -> bool:
    """``said`` stands at the start (or the end) of ``answer``: more than half its pairs (its words,
    for one of a single pair) in as many sentences at that end as it has, past up to two
    lead-ins ("Sure! Here is a story:", もちろんです！) or a sign-off ("The end.")."""
    if where == "end" and _TRAILS().search(said):
        # one that trails off ("shared it with a lost—") is said to end the answer itself, mid
        # sentence, with no sign-off after it (pass 164)
        return _flat(answer).endswith(_flat(said))
    parts = [p for p in _SENTENCES().split(" ".join(answer.split())) if p]
    if where == "end":
        parts = parts[::-1]
    skip = 0
    while skip < min(2, len(parts) - 1) and _framing(parts[skip]):
        skip += 1
    take = len([p for p in _SENTENCES().split(said) if p]) or 1
    part = " ".join(parts[: skip + take])
    pairs = _pairs(said)
    if len(pairs) < 2:
        return " ".join(_EN_WORD().findall(said.casefold())) in " ".join(
            _EN_WORD().findall(part.casefold())
        )
    return 2 * len(pairs & _pairs(part)) > len(pairs)


_TRAILS = lazy(r"(?:[—–-]|\.\.\.|…)\s*$")


def _flat(said: str) -> str:
    return "".join(_JA_CHARS().findall(said.casefold()))


def _framing(sentence: str) -> bool:
    """A lead-in or a sign-off: it ends in a colon, or it is three words and 16 characters at
    most ("Sure!", "The end.", もちろんです！, ドラゴンの物語をお話しします。)."""
    return sentence.endswith((":", "：")) or (len(sentence.split()) <= 3 and len(sentence) <= 16)


_SENTENCES = lazy(r"(?<=[.!?。！？:：])\s*")


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
