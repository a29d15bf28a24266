"""Does a steered run's prompt ask for its goal? Only a review flag rests on the answer: a goal
credited to a prompt that never asked for it is shown to the TA, never failed.

A prompt asks for a goal when it adds a *request* for it to its control's prompt. A request is
a phrase that tells the model how to answer, not a word that names the goal somewhere in the
story: "answer briefly", "a short story", "in one sentence", "in Japanese", "as a list", 簡潔に,
短い物語, 一文で, 日本語で, 箇条書きで (:data:`REQUESTS`). What only contains a goal's word does not
ask: a name ("a dragon named Briefly"), a detail of the story ("a short tail", "a list of
treasures", "the Japanese mountains", 短い尻尾), a longer word ("briefcase"), a subject that
the sentence then judges ("bullet points are boring"). Since a missed request costs a review
flag and a false one an unflagged pass, the phrases are kept to the forms that direct the
answer.

* words in quotation marks are reported speech, not the student's request, and are left out;
  so are questions other than a polite request ("Should I answer briefly?", "As a list?"; "Can
  you ...?" asks), and a prompt that takes a request back, puts it off or makes it conditional
  ("just kidding", "next time", "unless", "only on Mondays", 来週, いいえ) asks for nothing;
* a request does not count where it is negated in its clause: an English negator before it
  ("not a short one", "not in just a few words"), a Japanese negative just after it
  (短くしないで, 箇条書きではなく). "no more than" and "don't use more than" read as "at most";
* a request counts when the prompt makes it more often than its control's prompt does: a
  request inherited from the control is not the run's own, and an inflated control (one that
  asked for a list, a language) does not make a plain prompt ask for the opposite;
* a prompt that adds a request for the goal's opposite ("a long story", "exhaustive", "at least
  300 words" for ``concise``; "in twenty sentences" for ``one_sentence``; "in English" for
  ``japanese``) does not ask;
* for a language goal, a prompt written in that language where its control's was not asks too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from grader.score import text

_VERBS = r"(?:answer|respond|reply|write|tell|say|explain|describe|put|speak|talk|narrate|recount)"
_NOUNS = (
    r"(?:answers?|responses?|reply|replies|story|stories|tale|version|summary|text|explanation|"
    r"description|paragraph|one|poem|account|message|output)"
)
_FEW = r"(?:one|a|an|two|three|four|five|a few|few|a couple of|a single|single|\d+)"
_BY = r"(?:in|into|to|within|using|with|use|just|only|at most|up to|under|max(?:imum)?)"
_JA_NOUNS = "(?:物語|お話|話|答|回答|文|説明|返|ストーリー|お返事)"

REQUESTS: dict[str, tuple[str, ...]] = {
    "concise": (
        rf"\b{_VERBS}\b[\w\s']*?\b(?:briefly|concisely|succinctly|tersely)\b",
        r"^\s*(?:please\s+)?(?:briefly|concisely|succinctly)\s*$",
        rf"\b(?:briefly|concisely|succinctly)\s+{_VERBS}\b",
        r"\bbe\s+(?:(?:very|as|more|extra)\s+)?(?:brief|concise|succinct|short|terse)\b",
        r"\b(?:keep|make)\s+(?:it|this|that|the\s+\w+|your\s+\w+)\s+"
        r"(?:(?:very|really|quite)\s+)?(?:short|brief|concise|succinct)\b",
        rf"\b(?:short|shorter|brief|concise|succinct|terse|quick)\s+(?:\w+\s+)?{_NOUNS}\b",
        r"\bin\s+(?:just\s+|only\s+)?(?:a\s+)?few\s+words\b",
        r"\bin\s+(?:a\s+word|one\s+line|short)\b",
        r"\btldr\b",
        r"^\s*(?:please\s+)?(?:sum\s+up|summari[sz]e)\b",
        rf"\b{_BY}\s+(?:(?:just|only|at most|up to|exactly)\s+)?{_FEW}"
        rf"(?:\s+or\s+(?:two|three|four|five|\d+))?(?:\s+short)?\s+(?:sentences?|words|lines)\b",
        rf"\b{_FEW}[\s-]sentences?\s+{_NOUNS}\b",
        rf"簡潔に|簡潔な{_JA_NOUNS}|短く|短め|短い{_JA_NOUNS}|短文|手短に|端的に|一言で|要約して|"
        r"要約を|まとめて|少ない(?:言葉|文字|語)|少なめ|[一二三1-3]文で|数文で|一文に",
    ),
    "one_sentence": (
        rf"\b{_BY}\s+(?:(?:just|only|at most|exactly)\s+)?(?:one|a|1|a single|single)\s+"
        r"(?:short\s+)?(?:sentence|line)\b",
        rf"\b(?:one|single|1)[\s-]sentence\s+{_NOUNS}\b",
        r"\bone\s+sentence\s+(?:only|please|max(?:imum)?|long)\b",
        r"一文で|1文で|一つの文で|ひとつの文で|一行で|1行で|一文だけ|一文に",
    ),
    "japanese": (
        r"\b(?:in|into|to|use|using|with)\s+(?:the\s+)?japanese\b(?!\s+(?!language\b)\w)",
        r"\bjapanese\s+(?:only|please)\b",
        "日本語で|日本語に|和訳|和文で",
    ),
    "english": (
        r"\b(?:in|into|to|use|using|with)\s+(?:the\s+)?english\b(?!\s+(?!language\b)\w)",
        r"\benglish\s+(?:only|please)\b",
        "英語で|英語に|英訳|英文で",
    ),
    "list": (
        r"\b(?:as|in|into|using|with|use)\s+(?:a\s+)?(?:(?:bulleted|numbered|bullet|short|simple|"
        r"ordered|neat|clear|markdown)\s+)?(?:list|bullet\s+points?|bullets|points|point\s+form)\b",
        r"\b(?:bulleted|numbered)\s+list\b",
        r"^\s*(?:please\s+)?(?:list|enumerate|itemi[sz]e)\s+(?:out\s+)?(?:the|all|every|each|some|"
        r"a\s+few|\d+|two|three|four|five|its|his|her|their|them|it|what|how|why)\b",
        r"箇条書きで|箇条書きに|リストで|リストに|リスト形式|番号付き|番号をつけて|列挙して|項目ごと",
    ),
}
"""Each goal's requests, as patterns on a clause (case folded, quotations left out)."""
_LONG = (
    r"\b(?:long|longer|lengthy|lengthier|detailed|elaborate|exhaustive|thorough|comprehensive|"
    r"extensive|blow-by-blow|epic)\b",
    r"\bin\s+(?:great\s+|more\s+)?(?:detail|depth)\b",
    r"\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|more\s+than|over|a\s+minimum\s+of)\s+"
    r"\d+\s+(?:words|sentences|paragraphs|lines|characters)\b",
    r"\b(?:[2-9]|\d\d+|two|three|four|five|several|many)\s+paragraphs\b",
    "長く|長い|長め|長文|詳し|詳細|くわしく",
)
_SENTENCES = (
    r"\b(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|several|"
    r"many)\s+sentences\b",
    "[二三四五六七八九十2-9][0-9十]*文で",
)
OPPOSITES: dict[str, tuple[str, ...]] = {
    "concise": _LONG,
    "one_sentence": _LONG + _SENTENCES,
    "japanese": REQUESTS["english"],
    "english": REQUESTS["japanese"],
}
"""Requests that work against each goal."""

_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？\n]*")
_CLAUSE = re.compile(r"[.,;:!?\n。、，．！？；：「」()（）]")
_WORD = re.compile(r"[\w']+")
_NEGATORS = {"not", "no", "never", "without", "nor", "instead", "rather", "avoid", "except"}
_JA_NEGATIVES = ("ない", "なく", "ずに", "ません")
_AT_MOST = re.compile(r"(?:\b(?:no|not|never)|n't)(?: \w+)? (?:more|longer) than\b")
_TAKEN_BACK = re.compile(
    r"\b(?:just\s+kidding|kidding|joking|please\s+no|no\s+thanks|never\s*mind|disregard|ignore|"
    r"forget|unless|next\s+time|only\s+(?:on|when|if)|what\s+my\s+old|last\s+time)\b|"
    "冗談|いいえ|やっぱり|次回|来週|無視|忘れて"
)
"""A request taken back, put off or made conditional: the prompt does not ask for it now."""
_POLITE = re.compile(
    r"\b(?:can|could|would|will)\s+you\b|\bplease\b|(?:くれ|もらえ|いただけ|ください)(?:ます|ません)?か"
)
"""A question that is a polite request ("Can you ...?", 〜てくれますか？) asks."""
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")
_NAMED = re.compile(r"\b(?:named|called|titled|nicknamed|dubbed)\s+\w+")


@functools.lru_cache(maxsize=16)
def _patterns(requests: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r) for r in requests)


def _negated(clause: str, start: int, end: int) -> bool:
    """A negator before ``clause[start:end]`` in its clause, or a Japanese negative within
    the six characters after it."""
    before = _WORD.findall(clause[:start])
    if any(w in _NEGATORS or w.endswith("n't") for w in before):
        return True
    return any(neg in clause[end : end + 6] for neg in _JA_NEGATIVES)


def _normal(prompt: str) -> str:
    """NFKC, case folded, typographic quotes straight, quotations and names left out, "no more
    than" as "at most"."""
    folded = unicodedata.normalize("NFKC", prompt).casefold()
    folded = folded.replace("\u2019", "'").replace("\u2018", "'")
    folded = _NAMED.sub(" ", _QUOTED.sub(" ", folded)).replace("tl;dr", "tldr")
    return _AT_MOST.sub("at most", folded)


def _asked(sentence: str) -> bool:
    """A sentence that asks: not a question other than a polite request ("Can you ...?")."""
    return not sentence.rstrip().endswith(("?", "？")) or bool(_POLITE.search(sentence))


def request_counts(requests: tuple[str, ...], prompt: str) -> Counter[str]:
    """How often each of ``requests`` stands un-negated in ``prompt``, in a sentence that asks;
    none where the prompt takes a request back, puts it off or makes it conditional."""
    counts: Counter[str] = Counter()
    normal = _normal(prompt)
    if _TAKEN_BACK.search(normal):
        return counts
    sentences = _SENTENCE.findall(normal)
    clauses = [c for s in sentences if _asked(s) for c in _CLAUSE.split(s)]
    for clause in clauses:
        for pattern in _patterns(requests):
            for m in pattern.finditer(clause):
                if not _negated(clause, m.start(), m.end()):
                    counts[pattern.pattern] += 1
    return counts


def adds(requests: tuple[str, ...], prompt: str, control_prompt: str) -> bool:
    """``prompt`` makes some of ``requests`` (un-negated) more often than ``control_prompt``."""
    return bool(request_counts(requests, prompt) - request_counts(requests, control_prompt))


@functools.lru_cache(maxsize=8192)  # a class asks the same few things against the same controls
def asks_for(goal: str, prompt: str, control_prompt: str) -> bool:
    """Whether ``prompt`` asks for ``goal`` where its control's prompt did not (module
    docstring): a request for it added and none for its opposite, or, for a language goal, the
    prompt written in that language where its control's was not."""
    if adds(OPPOSITES.get(goal, ()), prompt, control_prompt):
        return False
    if adds(REQUESTS.get(goal, ()), prompt, control_prompt):
        return True
    script, theirs = text.main_script(prompt), text.main_script(control_prompt)
    return (goal, script) in (("japanese", "japanese"), ("english", "latin")) and script != theirs
