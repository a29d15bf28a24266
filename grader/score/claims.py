"""Own notes that the outputs contradict: a language no output is in, lengths swapped (pass 124
and after).

Read in every sentence of the notes, a shipped one too (rt150-09), clause by clause as
:mod:`grader.score.predicted` cuts them (quotations left out), three kinds of claim that the
generations can check:

* **a language**: an output verb with a language that is not the exercise's own two ("chatty
  answered in Spanish", 韓国語で長い詩を書いた), held when an output here is in it
  (:mod:`grader.score.other_languages`).
* **lengths swapped**: "A was longer (shorter) than B", "A wrote a much longer story than B",
  "A gave more (fewer) sentences than B", "A wrote twice as many words as B", "A was wordier
  (more long-winded) than B", "A dwarfed B", "A was a fraction (a sliver, half the size, three
  times the length) of B", "A was long, but B was short" (:func:`grader.score.ranked.contrasted`),
  A and B this file's runs as :func:`grader.score.naming.named` reads a word, or, with no run
  named and a request in the clause ("asking for bullets made it longer than chatty"), the runs
  that declare a goal; the two must be a run and the run it is compared with, or two runs each
  named by its own name (pass 151); runs named by place ("the first run") are read by their
  names; in Japanese AはBより長い/短い, Bに比べて簡潔, 言葉数が多い, and 長かったのは A のほう
  でした、B よりも (the runs after the predicate), A may be left out. The claim fails when the
  answer said to be longer has fewer than :data:`MARGIN` times the other's characters, both
  answers in one script (characters of two scripts are no common measure);
* **a superlative**: "A was the shortest (longest) answer", A は一番短かった, 最も長かったのは A
  (the run after it): the claim fails when another of the student's runs in A's script is shorter
  (longer) by :data:`MARGIN`; not one denied ("was not the shortest") or restricted ("the longest
  that ended on its own").

A claim the outputs contradict is flagged for review, with what the outputs show: notes made up,
or told of another file's outputs. Left out: the claims :mod:`grader.score.stated` reads (a
language of the two, cut off, a list, a quotation), every other claim (a made-up story, "one
line"), lengths said of one run alone ("it got longer"), languages a prompt asked for ("I asked
in Spanish"), and a model named by a word its id does not hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from grader.score.anaphora import resolved
from grader.score.claiming import plain
from grader.score.context import RunView
from grader.score.denied import denies
from grader.score.naming import RUN_WORD, named, subject
from grader.score.other_languages import in_language, language_claim
from grader.score.places import by_place
from grader.score.ranked import (
    alike_review,
    by_names,
    compared,
    contrasted,
    longer_review,
    own_name,
    paired,
    ranked,
    topic_ja,
)
from grader.score.reading import lazy
from grader.score.referred import quoted_prompts
from grader.score.text import main_script
from grader.util.i18n import T, Text

MARGIN = 1.25
"""A length claim fails when the answer said to be longer is shorter than the other by this
ratio: near-equal answers are no contradiction, whichever way a student reads them."""

_LONGER_EN = lazy(
    r"(?<![\w-])(?P<a>[\w-]+)(?P<mid>[^.;!?\n]{0,40}?)\b(?P<cmp>longer|shorter|"
    r"more\s+(?:briefly|concisely|compactly|succinctly|tersely|economically)|more|fewer|less|greater|lesser|twice\s+as|"
    r"(?:half|a\s+third|a\s+quarter)\s+as|wordier|chattier|lengthier|bigger|smaller|briefer)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:than|as)\s+"
    r"(?:the\s+|that\s+of\s+(?:the\s+)?|in\s+(?:the\s+)?|with\s+(?:the\s+)?)?(?P<b>[\w-]+)",
    re.IGNORECASE,
)
_OF_ANSWER_JA = r"(?:の(?:出力|答え|回答|話|物語))?"
"""A run's answer said in Japanese after its name (X の出力, X の話)."""
_DEGREE_JA = r"(?:ずっと|かなり|少し|やや|はるかに|さらに)?"
_FRONTED = lazy(
    r"\b(?:compared\s+(?:with|to)|next\s+to|beside|against|relative\s+to|versus|vs\.?)\s+"
    r"(?:the\s+)?(?P<b>[\w-]+)\s*,\s*(?P<a>[\w-]+)(?P<mid>[^.;!?\n]{0,40}?)\b(?P<cmp>longer|shorter|"
    r"wordier|chattier|lengthier|bigger|smaller|briefer)\b|"
    rf"(?P<bj>[A-Za-z][\w-]*?)(?:モデル)?{_OF_ANSWER_JA}と比べ(?:ると|て|たら)、?"
    rf"(?P<aj>[A-Za-z][\w-]*?)(?:モデル)?{_OF_ANSWER_JA}(?:の(?:方|ほう))?[はがも]"
    rf"{_DEGREE_JA}(?P<cmpj>長|短)",
    re.IGNORECASE,
)
"""A comparison with the other run put first, with no "than" ("Compared with X, Y was the
longer one", Xと比べると、Yの方が長かった: pass 143)."""
_RATIO_JA = lazy(
    rf"(?P<aj>[A-Za-z][\w-]*?)\s*{_OF_ANSWER_JA}\s*(?:の(?:方|ほう))?[はがも]\s*(?:[^、。A-Za-z]{{1,14}}?と\s*|[^。\n]{{0,40}}?[、,]\s*)?"
    r"(?P<bj>[A-Za-z][\w-]*?)"
    rf"\s*{_OF_ANSWER_JA}\s*(?:の(?P<short>半分|三分の一|四分の一)|の(?:[二三2-3]?倍)|"
    r"ほど(?:(?P<short2>長)|短)くな)|"
    r"(?P<aj2>[A-Za-z][\w-]*?)\s*の(?:文字数|字数|分量|長さ|語数)(?:は|が)\s*(?P<bj2>[A-Za-z][\w-]*?)\s*"
    r"(?:の(?:もの|それ|文字数|字数|分量|長さ|語数))?を(?:上回|超え|(?P<short3>下回))"
)
"""A length by a ratio or a negated equal (XはYの半分, Yの倍, XはYほど長くない: pass 145)."""
_SIZED_EN = lazy(
    r"(?<![\w-])(?P<a>[\w-]+)(?P<mid>[^.;!?\n]{0,40}?)\b(?P<cmp>dwarf(?:ed|s)?|(?:outran|outstripped|exceeded|"
    r"surpassed|outdid)(?=\s+[\w-]+\s+in\s+length)|fell\s+short\s+of(?=\s+[\w-]+'s\s+length)|(?:(?:was|were|is|are|ran|"
    r"came\s+out\s+at)\s+)?(?:only\s+|just\s+|maybe\s+|about\s+)?(?:a\s+fraction|a\s+sliver|half|"
    r"a\s+third|a\s+quarter|twice|double|three\s+times)(?:\s+(?:the\s+)?(?:size|length))?\s+of)\s+"
    r"(?:the\s+)?(?P<b>[\w-]+)",
    re.IGNORECASE,
)
"""A length said in size words: "A dwarfed B", "A was a fraction of B", "half the size of B"."""
_LIKED = lazy(
    r"\b(?:lik|enjoy|prefer|lov|hat|admir|trust|valu|rat)\w*\s+(?:[\w-]+\s+){0,3}?(?:much\s+|far\s+|a\s+lot\s+|"
    r"even\s+|a\s+bit\s+)?(?:more|less)$",
    re.IGNORECASE,
)
"""A preference said with "more" or "less" ("I liked X much less than Y"): no length."""
_COMPARING = lazy(
    r"longer|shorter|more|fewer|less|greater|twice|half|third|quarter|wordier|chattier|lengthier|"
    r"bigger|smaller|briefer|dwarf|outran|outstripped|exceeded|surpassed|outdid|fell\s+short|fraction|"
    r"sliver|double|three\s+times",
    re.IGNORECASE,
)
"""A word every English comparison of :data:`_LONGER_EN` and :data:`_SIZED_EN` holds."""
_LONGER = lazy(
    r"longer|more(?!\s+(?:briefly|concisely|compactly|succinctly|tersely|economically))|greater|twice|長|が(?:あ|多)|スクロール|dwarf|double|three|wordier|chattier|lengthier|bigger|out(?:ran|stripped|did)|"
    r"exceeded|surpassed",
    re.IGNORECASE,
)
_LONGER_JA = lazy(
    rf"(?:(?P<a>[A-Za-z][\w-]*?)\s*(?:モデル)?{_OF_ANSWER_JA}(?:の(?:方|ほう))?"
    r"\s*[はがも][、,]?\s*(?:[^、。A-Za-z]{1,10}?の\s*|[^。]{1,30}?のに[、,]\s*)?"
    r"(?:[A-Za-z][\w-]*\s*(?:や|と|、|,)\s*)*)?(?P<b>[A-Za-z][\w-]*?)\s*(?:モデル)?(?:の[^、。]{0,6}?(?:出力|答え|回答|話|物語))?"
    rf"\s*(?:より(?:も)?|(?:に|と)比べ(?:て|ると|たら)?(?:も|は)?、?){_DEGREE_JA}(?P<cmp>長|短|簡潔|"
    r"コンパクト|(?:ボリューム|文章量|分量|量|文字数|字数|言葉数|語数|単語数|文の数|文数)が(?:あ|多|少な)|スクロールが(?:必要|長|多))"
)
_INVERTED_JA = lazy(
    rf"(?P<cmp>長|短)[^、。]{{0,4}}?のは\s*(?P<a>[A-Za-z][\w-]*?)\s*{_OF_ANSWER_JA}(?:の(?:方|ほう))?"
    r"[^、。]{0,6}?[、,]\s*(?P<b>[A-Za-z][\w-]*?)\s*(?:の[^、。]{0,6}?)?より"
)
"""A comparison said with its run after the predicate (倒置: 長かったのは X のほうでした、
Y よりも: pass 151)."""
_ASKED = lazy(r"\b(?:ask(?:ed|ing)?|request(?:ed|ing)?)\b|頼|お願い", re.IGNORECASE)
"""A request in the clause: a comparison with no run named is of the run that asked."""


def claims_review(own: str, runs: Iterable[RunView]) -> Text | None:
    """A review flag for own notes that this file's outputs contradict (see above), or None."""
    runs = list(runs)
    # runs named by their place ("the first run", "the second model") read by their names
    text = paired(by_place(quoted_prompts(plain(own), runs), runs), runs)  # 前者 / 後者 too
    told = resolved(text, runs)  # "..., but it was longer": the run before
    for clause in told:
        if (lang := language_claim(clause)) and not any(in_language(r.text, lang) for r in runs):
            return T(
                f"to review: the notes say an output came in {lang.title()}; no output here is "
                "in it",
                f"確認が必要: 考察は出力が {lang} だったと述べていますが、その言語の出力は"
                "ありません",
            )
        swapped = _swapped(clause, runs) or _not_most(clause, runs)
        if swapped := swapped or ranked(clause, runs, MARGIN):
            return longer_review(*swapped)
    if swapped := contrasted(text, runs, MARGIN):  # its two halves are two clauses
        return longer_review(*swapped)
    # "...; it was about the same length as X": the pronoun read too (rt192-07)
    return alike_review(own, runs) or alike_review("\n".join(told), runs)


def _swapped(clause: str, runs: list[RunView]) -> tuple[str, str, int, int] | None:
    """``(longer, shorter, its characters, the other's)`` when ``clause`` says a run's answer is
    longer (or shorter) than the one it is compared with and the answers say the opposite."""
    m = _comparison(clause)
    if m is None or _LIKED().search(f"{m.a} {m.mid} {m.cmp}"):
        return None  # "I liked X much less than Y": a preference, no length
    a_word = m.a or topic_ja(clause)  # X は…、Y よりも長い出力だった: X (rt191-02)
    if not named(a_word, runs):
        a_word = _last_name(m.mid, runs)
    b_word = m.b if named(m.b, runs) else _next_name(clause, m, runs)
    a, b = named(a_word, runs), named(b_word, runs)
    if not a and _ASKED().search(clause):
        a, a_word = [r for r in runs if r.goal], "the run that asked"
    pair = compared(a, b) or by_names(a_word, a, b_word, b)
    if pair is None:
        return None
    longer = _LONGER().search(m.cmp) is not None
    x, y = pair if longer else pair[::-1]
    if main_script(x.text) != main_script(y.text):
        return None  # characters of two scripts are no common measure of length
    nx, ny = len(x.text), len(y.text)
    if nx * MARGIN < ny:
        said = (a_word, b_word) if x in a else (b_word, a_word)
        return said[0], said[1], nx, ny
    return None


_MOST = lazy(
    r"(?:\b(?:the\s+)?(?P<cmp>longest|shortest|wordiest|tersest|briefest|lengthiest)\b|"
    r"(?:一番|最も|いちばん|もっとも)(?P<ja>長|短))(?!\s+(?:\w+\s+)?(?:that|which|who|among|of\s+(?:those|the\s+ones))\b)",
    re.IGNORECASE,
)
"""A superlative of length: "X was the shortest answer of the three", X は一番短かった; not one
restricted by what follows ("the longest answer that ended on its own")."""


def _not_most(clause: str, runs: list[RunView]) -> tuple[str, str, int, int] | None:
    """``(the run said longest, a longer one, their characters)`` (or shortest, and a shorter
    one) when ``clause`` says a run's answer is the longest of the student's runs (or the
    shortest) and another in its script is longer (shorter) by :data:`MARGIN`; each superlative
    of the clause is read of the run named since the one before."""
    start = 0
    for m in _MOST().finditer(clause):  # "X the longest, ..., Z the shortest", 一番短いのは Z
        before, start, later = clause[start : m.start()], m.end(), start > 0
        near = before + clause[m.end() : m.end() + 40]  # where a later one's run is named
        spoken = _named_after(clause[m.end() :], runs) or subject(before, runs)
        if len(spoken) != 1 or denies(before) or (later and not _by_its_name(near, spoken[0])):
            continue  # none or several, denied, or a later one's run not named by its name
        word = (m["cmp"] or m["ja"]).lower()
        x, longest = spoken[0], word in ("longest", "wordiest", "lengthiest", "長")
        same = [r for r in runs if r.role == "run" and main_script(r.text) == main_script(x.text)]
        other = (max if longest else min)(same, key=lambda r: len(r.text))
        said, unsaid = (x, other) if longest else (other, x)  # said to be the longer of the two
        if len(said.text) * MARGIN < len(unsaid.text):
            return said.name, unsaid.name, len(said.text), len(unsaid.text)
    return None


def _by_its_name(text: str, run: RunView) -> bool:  # not by a prompt's word, maybe another's
    return any(w.group().casefold() == run.name.casefold() for w in RUN_WORD().finditer(text))


_AFTER_MOST = lazy(
    r"^[^、。,.;]{0,16}?(?:のは|のが|\s(?:was|were|is|went\s+to|belonged\s+to)\s)\s*", re.I
)


def _named_after(after: str, runs: list[RunView]) -> list[RunView]:
    """The run named right after a superlative with none before it (最も長かったのは X, "the
    longest answer was X": pass 151)."""
    m = _AFTER_MOST().match(after)
    first = RUN_WORD().match(after[m.end() :]) if m else None
    return named(first.group(), runs) if first else []


class _Compared(NamedTuple):
    """A comparison of lengths as the notes write it."""

    a: str
    """The word said to be longer or shorter ("" when none matched)."""
    mid: str
    """The words between it and the comparison, where the run may stand instead."""
    cmp: str
    """The word of comparison ("longer", "dwarfed", 長, 短)."""
    b: str
    """The word of the run it is compared with."""
    b_at: int
    """Where ``b`` stands in the clause."""


def _comparison(clause: str) -> _Compared | None:
    """The first comparison of lengths in ``clause``: "A was longer than B", "A dwarfed B",
    AはBより長い, "Compared with B, A was the longer one", XはYの半分 (passes 143, 145)."""
    # a match starts at a word's start (the same match as from inside the word, found sooner),
    # and the English ones need a word of comparison somewhere: a clause of none is not tried
    english = _COMPARING().search(clause)
    m = english and (_LONGER_EN().search(clause) or _SIZED_EN().search(clause))
    m = m or _LONGER_JA().search(clause)
    m = m or _FRONTED().search(clause) or _INVERTED_JA().search(clause)
    if m is not None and m["b"]:
        return _Compared(
            m["a"] or "", m.groupdict().get("mid") or "", m["cmp"], m["b"], m.start("b")
        )
    if m is not None:  # Xと比べると、Yの方が長かった
        return _Compared(m["aj"], "", m["cmpj"], m["bj"], m.start("bj"))
    if r := _RATIO_JA().search(clause):
        b = "bj" if r["bj"] else "bj2"
        cmp = "短" if r["short"] or r["short2"] or r["short3"] else "長"
        return _Compared(r["aj"] or r["aj2"], "", cmp, r[b], r.start(b))
    return None


def _next_name(clause: str, m: _Compared, runs: list[RunView]) -> str:
    """The first of the eight words after the comparison's "than" that names a run ("the normal
    chatty story", "the same knight prompt sent to the chatty model": pass 152)."""
    found = re.findall(r"[\w-]+", clause[m.b_at :])[:8]
    long = (w for w in found if (len(w) > 3 or own_name(w, runs)) and w != m.b)
    return next((w for w in long if named(w, runs)), "")


def _last_name(span: str, runs: list[RunView]) -> str:
    """The last word of ``span`` that names a run ("sent to the terse model produced": pass 152),
    else its first long word ("run was much" names no run; "terse run was" does)."""
    found = re.findall(r"[\w-]+", span)
    naming = [w for w in found if (len(w) > 3 or own_name(w, runs)) and named(w, runs)]
    # a run's name may hold a hyphen ("Honestly smaug-terse outran ...": rt146-08)
    alpha = (w for w in found if w.replace("-", "").isalpha() and len(w) > 3)
    return naming[-1] if naming else next(alpha, "")
