"""Which clauses of the notes may state a claim about a run, as :mod:`grader.score.stated` reads
them (pass 132): every clause but a question that asks, with a lead-in before a run's name left
out, and full-width letters as ASCII; and which runs a claim is of, beyond
:func:`grader.score.claimed.claimed` (a wildcard, "and so did Y": pass 136).

Left out: what a clause claims, and of which run (:mod:`grader.score.stated`,
:mod:`grader.score.naming`); which clauses report an observation
(:func:`grader.score.grounded.told`, which sets hearsay and other systems aside).
"""

from __future__ import annotations

import re

from grader.score import text
from grader.score.anaphora import pronoun
from grader.score.claimed import claimed
from grader.score.context import RunView
from grader.score.naming import RUN_WORD, common, named, run_words, subject
from grader.score.predicted import clauses
from grader.score.reading import lazy
from grader.score.symbols import in_words


def claiming(own: str, runs: list[RunView]) -> list[str]:
    """The clauses of ``own`` that may state a claim: all but a question that asks (one that does
    not presuppose its claim, :data:`_PRESUPPOSES`) and another person's word (:data:`_PERSON`).
    A claim framed as someone's word ("According to the output, X ...", "My log says that X
    ...", と言っていい) or beside another system's name is still said of a run this file names
    (pass 132): grounded.told sets such clauses aside as observing nothing, not as saying
    nothing. A lead-in before a run's name is left out, so that the run opens its clause as
    without it."""
    out: list[str] = []
    last = ""  # the clause before, or the claim it carried
    ours = {w.casefold() for r in runs for w in re.findall(r"\w+", f"{r.name} {r.text}")}
    told = clauses(own)
    before = ""  # the clause before, its pronoun read; a clause set aside too
    for c in told:
        person = _PERSON().search(c)
        if person and person["name"] and person["name"].casefold() in ours:
            person = None  # a character of the story speaks ("Nell said"), not a classmate
        if person and _AGREED().search(c):
            person = None  # their word, and the student's: "..., and I think he's right" (pass 164)
        if (_ASKS().search(c) and not _PRESUPPOSES().search(c)) or person:
            before = c
            continue
        lead = _LEAD().match(c)
        rest = c[lead.end() :] if lead else ""
        first = RUN_WORD().match(rest)
        c = _relative(rest if first and _opens(first, runs) else c, runs)
        c = before = pronoun(c, before, runs)
        again = _carried(c, last, runs) if out else None
        if again:
            out.append(again)  # read before the clause itself, which may claim more
        last = again or c
        out.append(c)
    return out


def _opens(word: re.Match[str], runs: list[RunView]) -> bool:
    """``word`` names a run that opens a clause which says more of it: a common word ("a",
    "one") only before the noun run ("a run", as :func:`grader.score.places.by_place` writes
    "Run a"), and the run's name alone ("..., run one.") opens nothing."""
    after = word.string[word.end() :]
    labelled = re.match(r"\s+run\b", after, re.IGNORECASE)
    rest = after[labelled.end() :] if labelled else after
    if not named(word.group(), runs) or not re.search(r"\w", rest):
        return False
    return not common(word.group()) or labelled is not None


def _carried(clause: str, before: str, runs: list[RunView]) -> str | None:
    """``before``'s claim said again of the run ``clause`` names ("X was cut off. Y followed
    suit.", "The same thing happened to Y", Y も同じだった: pass 138), as the clause before with
    its one run's name replaced by Y's; else None. A clause before that names two runs or none
    carries nothing that can be told apart."""
    carry = _CARRY().match(clause)
    new = subject(next(g for g in carry.groups() if g), runs) if carry else []
    words = run_words(before, runs)
    if len(new) != 1 or len({r.name for w in words for r in named(w.group(), runs)}) != 1:
        return None
    for w in reversed(words):
        before = before[: w.start()] + new[0].name + before[w.end() :]
    return before


_ASKS = lazy(r"[?？]\W*$")
_LEAD = lazy(
    r"^[^,.;:]{1,40}?(?:,|\b(?:says?|said|shows?|showed|shown|notes?|noted|notices?|noticed|think|"
    r"thought|finds?|found|see|saw|seen|means?|meant|realized?|believed?|feel|felt|guess(?:ed)?|knew|"
    r"know|clear|obvious|true|sure|reports?|reported|mentions?|mentioned|tells?|told\s+\w+|writes?|"
    r"wrote|remember(?:ed)?|learned|learnt|confirms?|confirmed|out|seems?|seemed|appears?|appeared|"
    r"is|was)\s+that)\s+",
    re.IGNORECASE,
)
"""A lead-in of a few words: "According to the output, ", "My log says that "; not a clause of
its own before a relative "that" ("It did not have the opening that X had": rt190-11)."""
_PRESUPPOSES = lazy(
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:why|how|what|which|when|where|who)\b|"
    r"^\W*(?:(?:and|but|so|then)\s+)?(?:isn't|wasn't|didn't|doesn't|don't|aren't|weren't)\b|"
    r"^\W*(?:can|could|would|will)\s+(?:you|anyone)\s+(?:believe|imagine)\b|"
    r"なぜ|どうして|何で|なんで",
    re.IGNORECASE,
)
"""A question that says its claim: one on a question word ("Why did X get cut off?", "What
made X stop in the middle of a sentence?", なぜ X は切れたのか), a negative auxiliary ("Isn't
it odd that X answered in English?") or surprise ("Can you believe that X ...?", pass 138). Any
other asks, and says nothing ("Was X cut off?", "X
gave no list?", X は途中で切れたのか？)."""
_PERSON = lazy(
    r"\b(?:my|our|a|one)\s+(?:\w+\s+)?(?:partner|friend|classmate|professor|teacher|ta|"
    r"instructor|lecturer|senpai|tutor|roommate|brother|sister|father|mother)\b|\b(?:someone|"
    r"everyone|somebody)\s+(?:\w+\s+)?(?:said|says|told|thought|claimed)\b|"
    r"\b(?P<name>(?-i:[A-Z][a-z]+))\s+(?:said|says|told\s+me|thought|claimed|insisted|believed)\b|"
    r"\b(?:i|we)\s+(?:heard|was\s+told|were\s+told)\b|友達|友人|先生|先輩|クラスメ|(?:に|から)聞いた",
    re.IGNORECASE,
)
"""Another person's word ("My friend said X was cut off too, but ...", "Kenta thought", 友達によ
ると): theirs to be wrong about, not the student's claim; a name the file's answers hold is a
character of the story ("Nell said"), whose words are no source. A claim that cites the
output, a log or a tool ("According to the output", "My log says that") is the student's
own."""
_AGREED = lazy(
    r"\b(?:she|he|they)\s+(?:was|were|is|are)\s+(?:right|correct)\b|\b(?:she|he|they)(?:'s|'re)\s+right\b|"
    r"\bI\s+(?:agree|confirmed|can\s+confirm|checked\s+and\s+it's\s+true)\b|その通り|確かにそう|"
    r"(?:私|僕|自分)も(?:そう思|同じ意見|同感)|同感",
    re.IGNORECASE,
)
"""Another's word the student agrees with, in the same clause: the student's claim too."""
HALF_WIDTH = {
    c: chr(c - 0xFEE0)
    for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0D]
}
"""Full-width digits, letters and hyphen as ASCII."""
_RUBY = lazy(r"(?<=[\u3400-\u9fff々])[（(][\u3041-\u309f\u30a0-\u30ff]{1,8}[）)]")
"""A kanji's reading in brackets after it (途中（とちゅう）で切（き）れた: pass 163)."""


def plain(text: str) -> str:
    """``text`` as the claims are read: full-width letters as ASCII (ｂａｙ－ｔｅｒｓｅ
    names bay-terse, pass 131; marks stay as written, as a quoted prompt's ？ must match
    the prompt's), no reading in brackets after a kanji (:data:`_RUBY`), and signs in words
    (:func:`grader.score.symbols.in_words`)."""
    return in_words(_RUBY().sub("", text.translate(HALF_WIDTH)))


def claimed_runs(
    m: re.Match[str], clause: str, runs: list[RunView]
) -> tuple[list[RunView], list[RunView]]:
    """:func:`grader.score.claimed.claimed`, with runs named by a wildcard ("The knight-* runs
    all finished", all of them together) and a run the claim is said of again after it ("X ran
    out of tokens, and so did Y": X and Y together)."""
    wild = _WILD().search(clause[: m.start()])
    prefix = wild["prefix"] if wild else None
    if prefix and (starred := [r for r in runs if r.role == "run" and r.name.startswith(prefix)]):
        return starred, starred  # "**Note**:" names no run: read as without it
    said, joined = claimed(m, clause, runs)
    also = _ALSO().match(clause[m.end() :])
    more = (
        [r for r in subject(also["name"] or also["then"] or also["ja"], runs) if r not in said]
        if also
        else []
    )
    return (said + more, said + more) if said and more else (said, joined)


SAME = (
    r"(?:followed\s+suit|did\s+(?:the\s+same|likewise|so\s+too|too)|went\s+the\s+same\s+way|"
    r"was\s+(?:the\s+same|no\s+different|alike)|too\b|as\s+well)"
)
"""What says a claim again of another run: "Y followed suit", "Y did the same", "Y too"."""
_CARRY = lazy(
    r"^\W*(?:(?:and|but|then)\s+)?(?:(?P<a>(?:the\s+)?[A-Za-z0-9][\w-]*)\s*,?\s+"
    + SAME
    + r"|(?:the\s+)?same\s+(?:thing\s+)?(?:happened|went|was\s+true|goes|held|holds)\s+(?:to|for|"
    r"of|with)\s+(?P<b>(?:the\s+)?[A-Za-z0-9][\w-]*)|(?:so\s+(?:did|was|were)|likewise(?:\s+(?:for|"
    r"with))?|same\s+(?:for|with))\s+(?P<c>(?:the\s+)?[A-Za-z0-9][\w-]*))(?:\W*$|\s*[,;(—–])|"
    r"^\W*(?P<d>[A-Za-z0-9][A-Za-z0-9_-]*)\s*も(?:同じ|同様|そう)",
    re.IGNORECASE,
)
_WILD = lazy(r"\b(?P<prefix>[A-Za-z0-9][A-Za-z0-9_-]*?)[-_]?\*")
_ALSO = lazy(
    r"^[^.;!?]*?\b(?:and\s+so\s+(?:did|was|were|had|does|is|has)|as\s+(?:did|was|were|had|does))\s+"
    r"(?P<name>(?:the\s+)?[A-Za-z0-9][\w-]*)|"
    rf"^[^.;!?]*?\band\s+(?P<then>(?:the\s+)?[A-Za-z0-9][\w-]*)\s+{SAME}|"
    r"^[^。!?]*?[、,]\s*(?P<ja>[A-Za-z0-9][A-Za-z0-9_-]*)\s*も(?:同じ|同様|そう)",
    re.IGNORECASE,
)


def gapped(m: re.Match[str], clause: str, runs: list[RunView]) -> tuple[re.Match[str], str]:
    """The claim ``m`` read in the part of ``clause`` after the last comma before it, when that
    part names a run ("X and Y were English, and Z Japanese": Z's claim), else as it is."""
    cut = max(clause.rfind(",", 0, m.start()), clause.rfind(";", 0, m.start())) + 1
    part = clause[cut:]
    if not cut or not run_words(part[: m.start() - cut], runs):
        return m, clause
    found = m.re.search(part, m.start() - cut)
    return (found, part) if found else (m, clause)


def _relative(clause: str, runs: list[RunView]) -> str:
    """``clause`` with a language told by another run's ("in the same language as Y", "in a
    different language from Y", Y と同じ言語) written as that language (pass 139)."""

    def said(m: re.Match[str]) -> str:
        other = named(m["other"] or m["other_ja"], runs)
        if len(other) != 1:
            return m.group()
        same = (m["same"] or m["same_ja"]).casefold() in ("same", "同じ")
        japanese = (text.main_script(other[0].text) == "japanese") == same
        if m["same_ja"]:
            return "日本語" if japanese else "英語"
        return "Japanese" if japanese else "English"

    clause = _SAME_LANGUAGE().sub(said, clause)
    return _TONGUE().sub(lambda m: "Japanese" if m["japan"] else "English", clause)


_TONGUE = lazy(
    r"\b(?:the\s+)?(?:language|tongue|speech)\s+of\s+(?:(?P<japan>japan|tokyo|kyoto|osaka|edo|basho|"
    r"murasaki(?:\s+shikibu)?|the\s+rising\s+sun)|shakespeare|england|britain|america|london|"
    r"new\s+york|australia|canada|hollywood|the\s+(?:uk|us|usa)|the\s+west)\b|"
    r"\bthe\s+(?:king's|queen's)\s+english\b",
    re.IGNORECASE,
)
"""A language named by a place or a writer ("the tongue of Shakespeare", "the language of Tokyo":
pass 140)."""
_SAME_LANGUAGE = lazy(
    r"\b(?:the\s+|an?\s+)?(?P<same>same|different|another|other)\s+language\s+"
    r"(?:as|from|than|to)\s+(?P<other>[A-Za-z0-9][\w-]*)|"
    r"(?P<other_ja>[A-Za-z0-9][A-Za-z0-9_-]*)\s*と(?:は)?(?P<same_ja>同じ|違う|別の)言語",
    re.IGNORECASE,
)
