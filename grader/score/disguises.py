"""Is a prompt written in disguise of another's? A control whose prompt is a goal run's by its
key (:func:`grader.score.prompts.prompt_key`) but written with characters, spacing or case that
only disguise it, which a model may read as another prompt (rt34, rt36, rt38: a control in tabs,
Cyrillic letters, Title Case or words joined by hyphens, answered in Japanese, made "Answer in
English" look effective); and a part-1 prompt that only rearranges, enciphers or quotes the
run it is compared with, pads it or changes its function words alone (:func:`padded_only`),
or misspells it (:mod:`grader.score.misspelt`).
Only review flags rest on these; what counts as the same prompt is
:mod:`grader.score.prompts`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from grader.score import reading
from grader.score.asks import request_counts
from grader.score.fillers import unpadded
from grader.score.informal import plain
from grader.score.misspelt import misspelling
from grader.score.prompts import named_letters, prompt_key, same_prompt
from grader.score.requests import OPPOSITES, REQUESTS
from grader.score.words import content_words
from grader.util.i18n import T, Text

_DOTS = ("MIDDLE DOT", "BULLET", "DOT OPERATOR", "HYPHENATION POINT")
_OWN_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "IDEOGRAPHIC")


def _disguising(c: str) -> bool:
    """A character that only disguises a Latin prompt: a tab or another control character,
    an invisible or combining one, a space but the plain and the ideographic ones, a dot
    between words, a non-ASCII letter of an alphabet (look-alikes, small capitals, Cherokee,
    full-width Latin) or a symbol named after a letter (🅣)."""
    if c.isascii():
        return c not in "\n\r" and unicodedata.category(c) == "Cc"
    name, category = unicodedata.name(c, ""), unicodedata.category(c)
    if c == "\u3000" or name.startswith(_OWN_SCRIPTS) or name == "KATAKANA MIDDLE DOT":
        return False
    return (
        category in ("Mn", "Me", "Cf", "Zs", "Cc", "Co", "So")
        or category.startswith("L")
        or any(d in name for d in _DOTS)
        or ord(c) in named_letters()
    )


_MARKED = re.compile(r"</?[A-Za-z][^<>\n]*>|\[/?[A-Za-z]+\]|\\[A-Za-z]+\{|\*\*|__|~~")
"""Markup round a prompt's words: HTML tags, BBCode, TeX commands, Markdown emphasis."""
_SPACING = (
    re.compile(r"\S {2,}\S"),
    re.compile(r"[^\s.。．!?！？:：」』)）]\n+\S"),
    re.compile(r"(?:[A-Za-z]+[-_/|:、·.]){3,}[A-Za-z]+"),
    re.compile(r"[A-Za-z]\u3000+[A-Za-z]"),
)
"""Spacing no one types by chance: spaces doubled between words, a line broken mid-sentence,
words joined by a hyphen, a slash or a comma instead of spaces (rt38: "Tell-me-a-story"), an
ideographic space between Latin words (rt40)."""


def hidden(control: str, run: str) -> bool:
    """``control``'s prompt holds a request (for any goal or against it) in text the request
    reading leaves out -- a comment, brackets, quotes (:func:`grader.score.reading.withdrawn`)
    -- that ``run``'s does not: the model reads it, so it may be what made the control long
    (rt53-04: ``<!-- Make it very long -->``, ``[Write a very long story]``)."""
    patterns = tuple(p for table in (REQUESTS, OPPOSITES) for ps in table.values() for p in ps)
    theirs = set(reading.withdrawn(run))
    return any(
        request_counts(patterns, text, bounded=False)
        for text in reading.withdrawn(control)
        if text not in theirs
    )


def _padding(prompt: str) -> set[str]:
    """The spaces (any but line breaks) a prompt starts or ends with."""
    bare = prompt.strip("\r\n")
    edges = bare[: len(bare) - len(bare.lstrip())] + bare[len(bare.rstrip()) :]
    return set(edges) - set("\r\n")


def disguised(control: str, run: str) -> bool:
    """``control``'s prompt holds what ``run``'s does not and what only disguises a prompt
    (:func:`_disguising`, :data:`_SPACING`): the same prompt as the run's, by its key, but not
    as the model reads it (rt34: a control in tabs or Cyrillic letters that the model answered in
    Japanese, against a goal run asking in plain letters for English). Spaces around the
    control's prompt that the run's lacks count too: a model reads a trailing space as a token of
    its own (pass 45: eight trailing spaces, answered in Japanese); a final line break does not."""
    if _padding(control) - _padding(run):
        return True
    control = control.strip()
    if any(_disguising(c) for c in set(control) - set(run)) or _recased(control, run):
        return True
    if set(_MARKED.findall(control)) - set(_MARKED.findall(run)):
        return True  # markup the key reads past and the model reads (rt45-03: <u>...</u>)
    return any(p.search(control) and not p.search(run) for p in _SPACING)


def _recased(control: str, run: str) -> bool:
    """``control`` is words of ``run`` with three capitals or more added: Title Case, ALL CAPS,
    aLtErNaTiNg case (rt36: a control in Title Case the tiny model answered in Japanese)."""
    words = control.rstrip(".!?。 ").casefold()
    at = run.casefold().find(words)
    if not words or at < 0:
        return False
    theirs = run[at : at + len(words)]
    return sum(c.isupper() for c in control) - sum(c.isupper() for c in theirs) >= 3


def rearranged(prompt: str, other: str) -> bool:
    """``prompt`` is ``other``'s words in another order ("dragon a about story a me Tell")."""
    mine, theirs = prompt_key(prompt).split(), prompt_key(other).split()
    return mine != theirs and sorted(mine) == sorted(theirs)


def repeats(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` with words of its own said again ("#story #dragon" after it, the
    prompt twice; rt51-02): it adds no word the compared prompt lacks."""
    tags = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)), prompt)  # #TellMeAStory
    mine, theirs = prompt_key(tags).split(), prompt_key(other).split()
    return len(mine) > len(theirs) and set(mine) <= set(theirs)


_HASHTAG, _CAMEL = (
    re.compile(r"#(\w+)"),
    re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"),
)


def enciphered(prompt: str, other: str) -> bool:
    """``prompt`` has ``other``'s word lengths, four words or more, and few of its words: a
    cipher of it that keeps its spacing (rt47-01: Vigenère, a keyboard shifted by one key)."""
    mine, theirs = prompt.split(), other.split()
    if len(mine) < 4 or [len(w) for w in mine] != [len(w) for w in theirs]:
        return False
    shared = sum(a.casefold() == b.casefold() for a, b in zip(mine, theirs, strict=True))
    return shared < len(mine) / 3


def quotes(prompt: str, other: str, answer: str, words: int = 6) -> bool:
    """What ``prompt`` adds to ``other`` holds ``words`` words in a row of ``answer`` (rt38-03:
    the compared run's own answer pasted after its prompt, which the model then carries on)."""
    said = prompt_key(answer).split()
    added = f" {prompt_key(prompt).replace(prompt_key(other), ' ', 1)} "
    return any(f" {' '.join(said[i : i + words])} " in added for i in range(len(said) - words + 1))


_CHANGED, _COMPARED = T("changed", "変えた"), T("compared", "比較対象の")


def change_review(
    prompt: str, other: str, answer: str, other_answer: str, prompt_changed: bool
) -> Text | None:
    """Why a TA should look at a part-1 change: one prompt only disguises, rearranges, repeats or
    enciphers the other (the changed run's, or the compared run's: rt53-03, the plain prompt
    against its disguise), has no words where the other has (a code: rt53-01), or quotes the
    compared answer; or an answer is empty, whatever changed (rt47-04, rt53-10)."""
    if prompt_changed:
        for mine, theirs, which, whose in (
            (prompt, other, _CHANGED, _COMPARED),
            (other, prompt, _COMPARED, _CHANGED),
        ):
            if why := _only_disguises(mine, theirs, whose):
                return T(
                    f"to review: the {which.en} prompt {why.en}",
                    f"確認が必要: {which.ja}プロンプト{why.ja}",
                )
        if _quoted_whole(prompt, other):
            return T(
                "to review: the changed prompt holds the compared one whole in quotes (in code "
                "or someone's words)",
                "確認が必要: 変えたプロンプトが比較対象のプロンプトをそのまま引用しています"
                "（コードや誰かの言葉として）",
            )
        if not any(c.isalpha() for c in prompt) and any(c.isalpha() for c in other):
            return T(
                "to review: the changed prompt has no words (a code?)",
                "確認が必要: 変えたプロンプトに語がありません（暗号？）",
            )
    if not answer.strip() or not other_answer.strip():
        which = _CHANGED if not answer.strip() else _COMPARED
        return T(
            f"to review: the {which.en} run's answer is empty",
            f"確認が必要: {which.ja}実行の回答が空です",
        )
    if prompt_changed and other_answer and quotes(prompt, other, other_answer):
        return T(
            "to review: the changed prompt quotes the compared run's answer",
            "確認が必要: 変えたプロンプトに比較対象の回答が含まれています",
        )
    return None


_QUOTES = re.compile(r'"([^"]+)"|\'([^\']+)\'|“([^”]+)”|「([^」]+)」|『([^』]+)』')


def _quoted_whole(prompt: str, other: str) -> bool:
    """``prompt`` quotes ``other`` whole (``print("...")``, ``He said: "..."``; pass 55)."""
    key = prompt_key(other)
    return any(
        prompt_key(next(g for g in m.groups() if g)) == key for m in _QUOTES.finditer(prompt)
    )


def symbols(text: str) -> list[str]:
    """The symbols of ``text`` that may carry its meaning: math (``+``, ``<``), other symbols
    (emoji), currency. The prompt key drops them with punctuation; ``12-5=?`` and ``12+5=?``
    differ in them alone (pass 55)."""
    return [c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) in _SYMBOLS]


_SYMBOLS = ("Sm", "So", "Sc")


def _only_disguises(prompt: str, other: str, whose: Text) -> Text | None:
    """How ``prompt`` only disguises ``other`` (``whose`` prompt it is), if it does."""
    if disguised(prompt, other):
        return T(
            "is written in disguise (letters of other alphabets, upside down, Braille, invisible "
            "or combining characters, odd spacing)",
            "が偽装されています（別の文字体系の文字・逆さ文字・点字・見えない文字・結合文字・不自然な空白）",
        )
    if rearranged(prompt, other):
        return T(
            f"only reorders the words of the {whose.en} one",
            f"は{whose.ja}プロンプトの語を並べ替えただけです",
        )
    if repeats(prompt, other):
        return T(
            f"only says words of the {whose.en} one again",
            f"は{whose.ja}プロンプトの語を繰り返しているだけです",
        )
    if enciphered(prompt, other):
        return T(
            f"has the {whose.en} one's word lengths but not its words (a cipher?)",
            f"は{whose.ja}プロンプトと語の長さが同じで、語が違います（暗号？）",
        )
    return misspelling(prompt, other, whose)  # typos, kana look-alikes (rt111-01..03)


@functools.lru_cache(maxsize=1 << 12)  # a class compares the same popular prompts many times
def padded_only(prompt: str, other: str) -> Text | None:
    """A review flag for a prompt change that only pads (fillers, courtesy words, the model
    addressed, a mail footer, role labels, a date, an aside in brackets, an empty frame, settings
    typed as text: passes 55-81) or only changes function words or word forms (pass 79: "the
    dragon" for "a dragon", "that" for "who", "stories" for "a story"; a negation is a change).
    Content words are counted, so a word said once more is a change ("..., told by the tree")."""
    if same_prompt(unpadded(prompt), unpadded(other)) or _false_start(prompt, other):
        return T(
            "to review: the changed prompt only adds or drops fillers, courtesy words, a name for "
            "the model, a mail footer, role labels, a date, an empty frame, decoding settings "
            "as text or a message's boilerplate (um, please, Hey Siri, Sent from my iPhone, "
            "Q: ... A:, 2025-05-12, I would like you to, temperature=0.7, CONFIDENTIAL, "
            "Page 1 of 1, a link)",
            "確認が必要: 変えたプロンプトは口癖や丁寧語、モデルへの呼びかけ、メールの署名、"
            "役割の見出し、日付、依頼の決まり文句、文字で書いた生成設定、文書の定型句（um・please・"
            "お願いします・ねえAIさん・iPhoneから送信・Q: ... A:・2025-05-12・〜してほしい・"
            "temperature=0.7・社外秘・1ページ中1ページ・リンク）を足し引きしただけです",
        )
    mine, theirs = (Counter(content_words(unpadded(p))) for p in (prompt, other))
    nots = (sorted(_NOT.findall(plain(p).lower())) for p in (prompt, other))
    if mine != theirs or next(nots) != next(nots):
        return None
    return T(
        "to review: the prompts differ only in function words or word forms (a, the, who, a "
        "plural)",
        "確認が必要: プロンプトの違いは機能語や語形だけです（a・the・who・複数形）",
    )


_NOT = re.compile(r"\b(?:not|no|never|nothing|none|nor)\b")
_REPAIR = re.compile(
    r"(?i),\s*(?:(?:no,?\s+wait|no,?\s+sorry|sorry|oops|scratch\s+that|no)\b(?:\s*,?\s*i\s+meant?\b)?|"
    r"i\s+meant?\b)\s*,?\s*"
)
"""A repair marker after a false start: ", no wait,", ", sorry,", ", oops, I meant", ", I mean,"."""


def _false_start(prompt: str, other: str) -> bool:
    """``prompt`` is ``other`` with a false start taken back (pass 87: "a story about a cat, no
    wait, a dragon ..."): words before a repair marker, dropped with it, leave ``other``."""
    for m in _REPAIR.finditer(prompt):
        words = list(re.finditer(r"\S+", prompt[: m.start()]))
        for start in (w.start() for w in words[-6:]):
            if same_prompt(prompt[:start] + prompt[m.end() :], other):
                return True
    return False
