"""What own notes state of a named run, checked against its generation (passes 125 to 138).

Read, clause by clause (:func:`grader.score.claiming.claiming`: all but a question that asks
and another person's word; a claim that cites the output or a log, or is said beside another
system's name, is still said of the run it names), claims that a run's
generation can settle, about the runs the clause names together ("X and Y were both",
"neither X nor Y": :func:`grader.score.naming.together`), else before the claim
(:func:`grader.score.naming.subject`: "terse", "the list run", "every answer"), else the run
named just after it ("Cut off in the middle: knight-terse", "The truncation of X", 途中で切れた
のは X だった):

* **its language**, English or Japanese ("terse answered in English", "kept writing in
  English", "replied in the Japanese language", "was all Japanese", "printed Japanese text",
  日本語で答えた, 英語になった, 日本語のまま, 英文だった), or by any word of the language in a
  clause that is not of the prompt ("used English", "an English one", 英語で書かれた, 英語での回答:
  pass 138): the claim fails when every run it names answered mostly in the other script;
* **cut off** ("was cut off", "ran out of tokens", "in the middle of a sentence", "trailed
  off", "was stopped by the token limit", 途中で切れた, 尻切れ, 打ち切られた, カットオフ), or
  **ended on its own** ("finished on its own", "stopped by itself", "a natural close", "made it
  all the way to its last line", 自分で終わった, 最後まで書き切った; "lacked an ending", "The
  budget gave out on X": pass 138): the claim fails when every run it names ended the other way
  (an end-of-sequence token, or its budget);
* **a list or none** ("gave three bullet points", "was numbered", "itemised", 箇条書きになった,
  番号付き, 列挙; "not a list", "a plain paragraph", "ordinary prose", 箇条書きにならなかった,
  一続きの段落): the claim fails when every run it names has no list item (for a list), or two
  at least (for none);
* **a count** of sentences, lines, items, words or characters (:mod:`grader.score.counted`);
* **the same text** as another run ("word for word", "identical", 全く同じ:
  :mod:`grader.score.identical`).
* **what else an answer shows** (:mod:`grader.score.traits`, passes 150 and 151): exclamation
  marks, emoji, a greeting to open, the prompt said back, a loop, a character's name, and a
  length said of one run alone ("went on and on", "a one-liner").

Runs named together, or every answer, fail a claim when one of them contradicts it; so do runs
named by a wildcard ("the knight-* runs") and a run the claim is said of again ("and so did
Y", :func:`grader.score.claiming.claimed_runs`; "Y followed suit", "The same thing happened to
Y" in the next clause). A claim
denied is read as its opposite: by a word of negation at most two words before it, or within it
("was not cut off", "did not answer in English", "wasn't numbered"), "none" or "neither ...
nor" ("none of them was a list"), a negation set apart by an aside ("was not, as far as I could
tell, cut off"), a denying word ("far from a list", "failed to answer in English", "anything
but"), or in Japanese 途中で切れなかった, ということはなく, とは言いがたい (and 切れなかった
わけではない says it was cut off). A negation farther off ("No wonder ...", "instead of", "I
don't think", ないように), a claim only expected in its own predicate ("X would be", "I
expected X to be", はず; a hedge before the run's name, "I should point out that X was", says
nothing of it), a first impression or a condition ("At first I thought", "if X were", と思ったけ
ど) leaves the claim unread. Quotations are :mod:`grader.score.quoted`'s.
The first claim that fails is flagged for review, with what the generation shows.

Left out: claims about a run named by a pronoun ("it"), the content of a story ("a poem about
the sea": :mod:`grader.score.claims` reads languages of a third kind and lengths), claims split
from the run's name across sentences ("knight-terse? Cut off."), and romaji.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from grader.score.claim_words import (
    LIST,
    NO_LIST,
    PRIVATIVE,
    language_claims,
    says_japanese,
)
from grader.score.claiming import claimed_runs, claiming, gapped, plain
from grader.score.context import RunView
from grader.score.counted import counted_review
from grader.score.denied import DOUBLE, NEAR, NOT, UNDENIED, denies
from grader.score.ending_words import CUT, WHOLE
from grader.score.identical import identical_review
from grader.score.marks import mark_words
from grader.score.naming import every, run_words
from grader.score.negated_ja import ADVERBS_JA, AFFIRMED_JA, DENIED_JA, NEGATED_JA, SUPPOSED_JA
from grader.score.quoted import quote_review
from grader.score.reading import lazy
from grader.score.referred import by_name, quoted_prompts
from grader.score.traits import LATER_NOT_JA, OURS, TRAITS, ended_if, listed, not_in
from grader.util.i18n import T, Text

_THINK_NOT = lazy(r"\b(?:don't|do\s+not|didn't|did\s+not)\s+think\b", re.IGNORECASE)
_INSTEAD = lazy(r"\b(?:instead\s+of|rather\s+than)\b", re.IGNORECASE)
"""A contrast in the claim's own predicate ("gave bullet points instead of a plain paragraph"):
one before the run's name ("Instead of an ending we got this: X was cut off") is another's."""
_SUPPOSED = lazy(
    r"\b(?:will|might|should|would|going\s+to|"
    r"(?:expected|supposed|meant|likely|bound|hoped)\s+to)\b|"
    r"^\s*to\s+\w",
    re.IGNORECASE,
)
"""A claim only expected, foreseen or supposed, in the claim's own predicate ("X would be cut
off", "Kenta said X would be", "I expected X to be", "X was supposed to be"): now that
someone's word is read (:func:`grader.score.claiming.claiming`), what they foresaw is not a
claim of what the run did. A hedge before the run's name ("I should point out that X was",
"Small wonder X was") or a word of the story after it ("X, the tale of a knight who feared
the dark, was") says nothing of its claim."""
_BELIEVED = lazy(
    r"\b(?:if|unless|whether|(?:i|we)\s+(?:first\s+|initially\s+)?(?:thought|believed|assumed|expected|"
    r"predicted|guessed|feared|hoped)"
    r"(?:\s+that)?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A condition or a first impression right before the run's name ("if X were cut off", "At
first I thought X was cut off, but ..."): no finding of what the run did. Elsewhere ("as if on
cue", "whether by luck or design", "Just as I thought,") it is the story's or an aside."""


def stated_review(own: str, notes: str, runs: Iterable[RunView]) -> Text | None:
    """A review flag for the first claim of the notes that a named run's generation contradicts
    (see the module's docstring), or None."""
    runs = list(runs)
    own, notes = plain(own), plain(notes)
    if found := quote_review(by_name(notes or own, runs), runs):
        return found
    for clause in claiming(by_name(quoted_prompts(mark_words(own), runs), runs), runs):
        for check in _CHECKS:
            if found := check(clause, runs):
                return found
    return None


_NONE_OF = r"\bnone\s+of\s+(?:the|my|these|our)\s+(?:\w+\s+)?(?:answers|outputs|runs|stories)\s+"
"""No run ("None of the three runs were cut off": pass 178): read of endings, languages and lists;
not of a trait, whose measures are lenient ("None of the runs repeated my prompt back")."""
_NO_RUN = lazy(_NONE_OF, re.IGNORECASE)
_DENIED = lazy(
    r"\b(?:(?<!to\s)none(?!\s+(?:other|too))|neither|nor)\b(?:[^\w,;:]+\w+){0,3}?[^\w,;:]*$|"
    rf"{_NONE_OF}(?:\w+\s+){{0,2}}$|"
    r"\b(?:not|never)\s*,[^,]{1,40},\s*$|"
    rf"{UNDENIED}\b(?:far\s+from|anything\s+but|fail(?:ed|s)?\s+to|hardly|"
    r"scarcely|by\s+no\s+means)\s+"
    r"(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
"""A claim denied farther off than :func:`~grader.score.denied.denies` reads ("was not cut off"),
which says the opposite: "none" or "neither ... nor" three words before it ("none of them was a
list"), a negation set apart by an aside ("was not, as far as I could tell, cut off"), or a word
that denies ("far from a list", "failed to answer in English")."""
_HAD = lazy(r"(?:^|[,;:]\s*|\bthat\s+)\W*had\s+(?:the\s+)?$", re.IGNORECASE)
_IF = lazy(r"\bif\s+(?:the\s+)?$", re.IGNORECASE)
_HAD_OWN = lazy(r"\s*(?:(?:model|run|one|answer)\s+)?(?:had|hadn't|'d)\b", re.IGNORECASE)
"""A counterfactual ("Had X not been cut off", "If X had been cut off, ..."): it takes the
opposite of its condition for granted, and says it."""
_NO = lazy(
    r"\b(?:no|zero|(?:barely|hardly|scarcely)\s+any|next\s+to\s+no|(?:almost|virtually|practically)\s+"
    r"no|(?<!\ba\s)little(?:\s+(?:or|to)\s+no)?|(?:only\s+)?a\s+(?:trace|hint|smattering|sprinkling|"
    r"touch)\s+of|(?:light|thin|short|sparse)\s+on|(?:left\s+out|omitted|dropped|removed|lost|got\s+rid\s+of|"
    r"cut\s+out|stripped(?:\s+out)?)(?:\s+all)?(?:\s+of)?(?:\s+(?:the|its|their))?|without(?:\s+(?:any|an?))?)\s+$",
    re.IGNORECASE,
)
"""A "no" or scarcity right before the claim denies it ("barely any", "a trace of": pass 142)."""
_INSIDE = lazy(
    rf"\b(?:{NOT}|never|neither|no(?=\s+(?:numbered\s+|bulleted\s+|real\s+)?(?:lists?|bullets?|bullet\s+"
    r"points?|items?|english|japanese|latin|roman|hyphens?|dashes|markers)\b)|far\s+from|anything\s+but|hardly|"
    rf"scarcely)\b|n't\b|{PRIVATIVE}\b",
    re.IGNORECASE,
)
"""A negation within the claim's own words ("was not numbered", "wasn't a list", "was far from a
list", "gave no list"); a "no" before another word denies nothing ("in no time", "a no frills
list")."""


def _contradicted(
    m: re.Match[str],
    clause: str,
    runs: list[RunView],
    wrong: Callable[[RunView], bool | None],
    negative: bool = False,
) -> tuple[list[RunView], bool]:
    """The runs the claim ``m`` of ``clause`` is about that contradict it, when they settle it,
    and whether the claim is denied (read as its opposite: ``wrong`` then holds for a run that
    bears the claim out). The runs are those the clause names before the claim, else the run
    named just after it ("Cut off: knight-terse", 切れたのは terse だった); ``wrong`` must hold for
    each of them, or for one when the clause speaks of every answer. None are read when a
    negation or contrast stands farther off ("No wonder ...", "instead of", ないように). A
    ``negative`` claim holds its own negation ("not a list"), which denies nothing."""
    before, after = clause[: m.start()], ADVERBS_JA().sub("", clause[m.end() :])
    affirmed = bool(AFFIRMED_JA().search(after) or DOUBLE().search(before))
    denied = not affirmed and bool(
        denies(before)
        or _NO().search(before)
        or _DENIED().search(before)
        or DENIED_JA().search(after)
        or (not negative and _INSIDE().search(m.group()))
    )
    start, end = _subject_at(before, runs)
    own = before[end:]
    if _HAD().search(before[:start]) or (_IF().search(before[:start]) and _HAD_OWN().match(own)):
        denied = not denied  # "Had X not been cut off", "If X hadn't been": it was (pass 139)
        affirmed = not denied
    doubted = (
        NEAR().search(before)
        or _THINK_NOT().search(before)
        or _BELIEVED().search(before[:start])
        or _INSTEAD().search(own)
        or _SUPPOSED().search(own)
        or NEGATED_JA().search(after)
        or SUPPOSED_JA().search(after)
    )
    if not (denied or affirmed) and doubted:
        return [], False
    named, joined = claimed_runs(m, clause, runs)
    # None: the answer cannot tell (a word in another script), whichever way the claim is said
    wrongs = [r for r in named if (w := wrong(r)) is not None and w != denied]
    settled = wrongs and (every(before) or joined or len(wrongs) == len(named))
    return (wrongs if settled else []), denied


def _subject_at(before: str, runs: list[RunView]) -> tuple[int, int]:
    """Where ``before`` (a clause up to a claim) last names a run ("knight-terse" in "I think
    knight-terse would be"): what comes after it is the claim's own predicate, what comes right
    before it may make it a condition; (0, 0) when no word names a run."""
    words = run_words(before, runs)
    return words[-1].span() if words else (0, 0)


def _language(clause: str, runs: list[RunView]) -> Text | None:
    for m in language_claims(clause):
        m, part = gapped(m, clause, runs)  # the clause itself stays for the next claim
        japanese = says_japanese(m)
        found, denied = _contradicted(m, part, runs, not_in(japanese))
        if found and not denied and _MIXED().match(part[m.end() :]):
            continue  # English not mixed in (英語は混ざっていなかった: rt155-14) is no answer in it
        if found:
            en, ja = ("Japanese", "日本語") if japanese else ("English", "英語")
            return _review(
                found,
                (f"did not answer in {en}", f"{ja}で答えなかった")
                if denied
                else (f"answered in {en}", f"{ja}で答えた"),
            )
    return None


_MIXED = lazy(r"^\s*(?:は|が|も)[^、。]{0,6}?(?:混ざ|混じ|まざ|まじ|入って|交ざ|交じ)")


def _cut(clause: str, runs: list[RunView]) -> Text | None:
    for pattern, cut in ((CUT, True), (WHOLE, False)):
        for m in pattern().finditer(clause):
            lacks = bool(re.match(PRIVATIVE, m.group(), re.IGNORECASE))  # "lacked an ending"
            found, denied = _contradicted(m, clause, runs, ended_if(cut), lacks)
            if found:
                return _review(
                    found,
                    (f"{_was(found)} cut off", "途中で切れた")
                    if cut != denied
                    else ("ended on its own", "自分で終わった"),
                )
    return None


def _list(clause: str, runs: list[RunView]) -> Text | None:
    for pattern, is_list in ((LIST, True), (NO_LIST, False)):
        for m in pattern().finditer(clause):
            found, denied = _contradicted(m, clause, runs, listed(not is_list), not is_list)
            if found:
                return _review(
                    found,
                    ("gave a list", "箇条書きになった")
                    if is_list != denied
                    else ("gave no list", "箇条書きにならなかった"),
                )
    return None


def _review(runs: list[RunView], said: tuple[str, str]) -> Text:
    return T(
        f"to review: the notes say {_names(runs)} {said[0]}; its answer says otherwise",
        f"確認が必要: 考察は {_names(runs)} が{said[1]}と述べていますが、出力は違います",
    )


def _trait(clause: str, runs: list[RunView]) -> Text | None:
    for pattern, wrong, affirmed, denied_said in TRAITS:
        for m in pattern().finditer(clause):
            if OURS().search(clause[: m.start()]) or _NO_RUN().search(clause[: m.start()]):
                continue  # the student's own doing ("I repeated the prompt on X"), or no run's
            found, denied = _contradicted(m, clause, runs, wrong(m, runs))
            if not denied and LATER_NOT_JA().match(clause[m.end() :]):
                continue  # a negative farther on (会話文もセリフもなく, 謝っている部分もなかった)
            if found and (said := denied_said if denied else affirmed):
                return _review(found, said)
    return None


_CHECKS = (_language, _cut, _list, counted_review, identical_review, _trait)


def _names(runs: list[RunView]) -> str:
    return ", ".join(r.name for r in runs)


def _was(runs: list[RunView]) -> str:
    return "was" if len(runs) == 1 else "were"
