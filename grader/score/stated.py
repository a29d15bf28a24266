"""What own notes state of a named run, checked against its generation (pass 125).

Read, clause by clause as :func:`grader.score.grounded.told` keeps them (no question, no
hearsay, no other system), claims that a run's generation can settle, about the runs the clause
names before the claim (:func:`grader.score.naming.subject`: "terse", "the list run", "every
answer"):

* **its language**, English or Japanese ("terse answered in English", "kept writing in
  English", "replied in the Japanese language", "in Nihongo", 日本語で答えた, 英語になった,
  日本語のまま, 英文だった): the claim fails when every run it names answered mostly in the
  other script;
* **cut off** ("was cut off", "ran out of tokens", "in the middle of a sentence", 途中で切れた,
  尻切れ, 打ち切られた): the claim fails when every run it names ended on its own (an
  end-of-sequence token);
* **a list or none** ("gave three bullet points", "was numbered", "itemised", 箇条書きになった,
  番号付き, 列挙; "not a list", "a plain paragraph", 箇条書きにならなかった, 一続きの段落): the
  claim fails when every run it names has no list item (for a list), or two at least (for
  none);
* **a quotation** after a verb of output ("opened with '...'", 「...」で始まった): the quoted
  words are made up when fewer than half of its content words, two at least, stand in any
  answer or prompt of the file (read only when the answers of the runs its sentence names, or
  else of all the student's runs, are in the quotation's script: one in another may be what
  the quotation translates).

A claim that a word of negation stands before ("was not cut off") is not read. The first claim
that fails is flagged for review, with what the generation shows.

Left out: claims about a run named by a pronoun or its place ("it", "the third run"), counts
("five items"), the content of a story ("a poem about the sea": :mod:`grader.score.claims` reads
languages of a third kind and lengths), and romaji.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from grader.score import text, words
from grader.score.context import RunView
from grader.score.grounded import told
from grader.score.naming import every, ordinals, quoted_prompts, subject
from grader.score.reading import lazy
from grader.util.i18n import T, Text

_LANGUAGE = lazy(
    r"\b(?:answer\w*|repl\w*|respond\w*|wr[oi]te|writing|written|spoke|speaking|talk\w*|came\s+"
    r"(?:back|out)|kept|switched|went)\b(?:\s+\w+){0,3}?\s+(?:in|into|to)\s+(?:the\s+)?"
    r"(?P<en>english|japanese|nihongo|eigo)\b|(?P<ja>英語|日本語|英文|和文)(?:で(?:答え|返|書い|書き|話し|出)|"
    r"になっ|のまま|だった)",
    re.IGNORECASE,
)
_CUT = lazy(
    r"\b(?:cut\s+off|cut\s+short|truncated|mid-?sentence|in\s+the\s+middle\s+of\s+a\s+sentence|"
    r"ran\s+out\s+of\s+(?:tokens|budget|room)|hit\s+the\s+(?:token\s+)?(?:limit|budget))\b|"
    r"途中で切れ|途切れ|切れてしま|途中で(?!は)[^、。]{0,6}?(?:終わ|止ま)|尻切れ|打ち切ら",
    re.IGNORECASE,
)
_LIST = lazy(
    r"\b(?:gave|wrote|made|produced|came\s+out\s+as|was|were|turned\s+into|became|answered\s+"
    r"with|got)\s+(?:\w+\s+){0,3}?(?:list|bullet(?:ed)?\s+(?:list|points)|bullets|dash(?:es)?)\b|"
    r"\b(?:was|were|got|came)\s+(?:\w+\s+)?(?:enumerated|itemi[sz]ed|numbered)\b|"
    r"\bitemi[sz]ed\b|箇条書きに(?:なっ|した)|箇条書きで(?:答え|書|出)|番号付き|列挙|項目に分かれ(?!ず)",
    re.IGNORECASE,
)
_NO_LIST = lazy(
    r"(?:\b(?:not|no|never|instead\s+of)|n't)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:list|bullet\s*points?|"
    r"bullets)\b|\b(?:plain|one\s+long|a\s+single)\s+paragraph\b|(?:箇条書き|リスト)(?:には|に|"
    r"では)?(?:ならな|なってい?な)|(?:箇条書き|リスト)(?:の形|形式)?ではな|普通の段落|段落で書|"
    r"項目に分かれず|一続きの段落",
    re.IGNORECASE,
)
_OF_PROMPT = lazy(r"プロンプト|依頼|指示|頼|お願い|質問")
_NEGATED = lazy(
    r"(?:\b(?:not|never|no)\b|n't\b)(?:\W+\w+){0,2}?\W*$|\b(?:instead\s+of|rather\s+than|"
    r"(?:don't|do\s+not|didn't|did\s+not)\s+think)\b",
    re.IGNORECASE,
)
"""A negation of the claim: a word of negation at most two words before it ("was not cut off",
"didn't really get cut off"), or a contrast anywhere before it ("instead of a plain paragraph");
or "I don't think"; one farther off ("No wonder ...", "Not surprisingly, ...") denies something
else."""
_NEGATED_JA = lazy(r"^[^、。]{0,4}?(?:な[いかく]|ず|ませ)")
_QUOTE = lazy(r"'([^'\n]{4,})'(?!\w)|\"([^\"\n]{4,})\"|“([^”\n]{4,})”|「([^」\n]{2,})」")
_BEFORE = lazy(
    r"\b(?:began|begins|started|starts|opened|opens|ended|ends|finished|gave|wrote|said|"
    r"answered|replied|printed)\s+(?:\w+\s+){0,2}?(?:with\s+|like\s+)?\W*$",
    re.IGNORECASE,
)
_AFTER = lazy(r"^\W{0,2}(?:で始ま|で終わ|と書|と答|と言|の一文|だけにな|という)")


def stated_review(own: str, notes: str, runs: Iterable[RunView]) -> Text | None:
    """A review flag for the first claim of the notes that a named run's generation contradicts
    (see the module's docstring), or None."""
    runs = list(runs)
    made_up = _made_up_quote(ordinals(notes or own, runs), runs)
    if made_up:
        return T(
            f"to review: the notes quote '{made_up}' as an answer's words; no answer holds them",
            f"確認が必要: 考察は「{made_up}」を出力の言葉として引いていますが、どの出力にも"
            "ありません",
        )
    for clause in told(ordinals(quoted_prompts(own, runs), runs), runs):
        for check in _CHECKS:
            if found := check(clause, runs):
                return found
    return None


def _contradicted(
    m: re.Match[str], clause: str, runs: list[RunView], wrong: Callable[[RunView], bool]
) -> list[RunView]:
    """The runs the claim ``m`` of ``clause`` is about that contradict it, when they settle it:
    ``wrong`` holds for every run the clause names before the claim, or for one of them when it
    speaks of every answer; [] when they do not, or a negation stands before or after it."""
    before = clause[: m.start()]
    if _NEGATED().search(before) or _NEGATED_JA().search(clause[m.end() :]):
        return []
    named = subject(before, runs)
    wrongs = [r for r in named if wrong(r)]
    return wrongs if wrongs and (every(before) or len(wrongs) == len(named)) else []


def _language(clause: str, runs: list[RunView]) -> Text | None:
    for m in _LANGUAGE().finditer(clause):
        if m["ja"] and _OF_PROMPT().search(clause[max(0, m.start() - 8) : m.start()]):
            continue  # プロンプトは日本語のまま: the prompt's language, not an answer's
        japanese = (m["en"] or "").lower() in ("japanese", "nihongo") or m["ja"] in (
            "日本語",
            "和文",
        )
        if found := _contradicted(m, clause, runs, _not_in(japanese)):
            return T(
                f"to review: the notes say {_names(found)} answered in "
                f"{'Japanese' if japanese else 'English'}; its answer is not",
                f"確認が必要: 考察は {_names(found)} が{'日本語' if japanese else '英語'}で答えた"
                "と述べていますが、出力はそうではありません",
            )
    return None


def _cut(clause: str, runs: list[RunView]) -> Text | None:
    for m in _CUT().finditer(clause):
        if found := _contradicted(m, clause, runs, lambda r: r.generation.finish == "eos"):
            return T(
                f"to review: the notes say {_names(found)} {_was(found)} cut off; the generation "
                "ended on its own",
                f"確認が必要: 考察は {_names(found)} が途中で切れたと述べていますが、出力は"
                "自分で終わっています",
            )
    return None


def _list(clause: str, runs: list[RunView]) -> Text | None:
    for pattern, listed, said in (
        (_LIST, True, ("gave a list", "箇条書きになった")),
        (_NO_LIST, False, ("gave no list", "箇条書きにならなかった")),
    ):
        for m in pattern().finditer(clause):
            if found := _contradicted(m, clause, runs, _listed(not listed)):
                return T(
                    f"to review: the notes say {_names(found)} {said[0]}; its answer says "
                    "otherwise",
                    f"確認が必要: 考察は {_names(found)} が{said[1]}と述べていますが、出力は"
                    "違います",
                )
    return None


def _not_in(japanese: bool) -> Callable[[RunView], bool]:
    """A run whose answer is not mostly in Japanese (``japanese``) or in English."""
    return lambda r: (text.main_script(r.text) == "japanese") != japanese


def _listed(listed: bool) -> Callable[[RunView], bool]:
    """A run whose answer is a list (two items at least), or is none when not ``listed``."""
    return lambda r: (text.list_items(r.text) >= 2) == listed


_CHECKS = (_language, _cut, _list)


def _names(runs: list[RunView]) -> str:
    return ", ".join(r.name for r in runs)


def _was(runs: list[RunView]) -> str:
    return "was" if len(runs) == 1 else "were"


def _made_up_quote(notes: str, runs: list[RunView]) -> str | None:
    """A quotation the notes give as an answer's words (after a verb of output, or before
    で始まった and the like) of which no answer or prompt holds half the content words."""
    said = {w for r in runs for t in (r.text, r.prompt) for w in words.content_words(t)}
    for m in _QUOTE().finditer(notes):
        quoted = next(g for g in m.groups() if g)
        lead = _SENTENCE().split(notes[: m.start()])[-1]
        if not (_BEFORE().search(lead) or _AFTER().search(notes[m.end() :])):
            continue
        if not _same_script(quoted, subject(lead, runs) or runs):
            continue  # an answer in another script: the quotation may be a translation
        own = set(words.content_words(quoted))
        if len(own) >= 2 and 2 * len(own & said) < len(own):
            return quoted
    return None


def _same_script(quoted: str, runs: list[RunView]) -> bool:
    """Every answer of ``runs`` (the student's, when the quotation names none) is in the
    quotation's script."""
    own = [r for r in runs if r.role == "run"]
    return {text.main_script(r.text) for r in own} == {text.main_script(quoted)}


_SENTENCE = lazy(r"[.!?。！？\n]\s*")
