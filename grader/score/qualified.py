"""What a language word of the notes qualifies: an answer ("an English one", "a Japanese fairy
tale", "used English throughout", 英語の作文) or another's noun ("a Japanese middle schooler",
"Japanese high school", 英語ネイティブ, 英語に訳して).
:func:`grader.score.claim_words.language_claims` reads a bare language word as a claim of a
run's language only in the first case (passes 141, 142).

Read by the words around it: after a linking verb it is a predicate, whatever follows; before
a noun phrase, up to three words of it (two in a simile, up to a name in capitals) decide, by
whether one of them is an answer's noun; in Japanese, the last part of the noun after it, with
の or in a compound.

Left out: any parse of the sentence; a noun of an answer the lists do not hold is read as
another's.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy

_PHRASE = lazy(
    # the words after the language word up to a function word, an adverb or a stop: the noun
    # phrase it qualifies ("an English short story", "a Japanese middle schooler"), or none
    r"(?:\s+(?!(?:and|or|but|nor|not|no|never|throughout|from|for|to|in|into|at|on|with|by|all|"
    r"too|only|again|instead|rather|as|than|of|it|its|is|was|were|are|be|been|though|although|so|"
    r"then|now|because|while|whereas|which|that|who|even|also|entirely|completely|mostly|just|until|"
    r"after|before|since|like|unlike|about|here|there|this|these|those|i|we|you|they|he|she|"
    r"anywhere|everywhere|somewhere|whatsoever|either|showed|appeared|"
    r"\w+ly)\b)[a-z][\w'-]*)+",
    re.IGNORECASE,
)
_ANSWER_NOUN = lazy(
    r"\b(?:one|ones|answers?|repl(?:y|ies)|responses?|stor(?:y|ies)|\w*tales?|text|output|"
    r"sentences?|words?|phrases?|retellings?|versions?|translations?|prose|writing|letters?|script|"
    r"characters?|paragraphs?|lines?|narratives?|narrations?|poems?|fables?|parables?|legends?|"
    r"myths?|folklore|anecdotes?|chronicles?|sagas?|accounts?|summar(?:y|ies)|passages?|pieces?|"
    r"compositions?|renditions?|tellings?|essays?|yarns?|verses?|rhymes?|lists?|bullets?|items?|"
    r"content|wording|vocabulary)\b",
    re.IGNORECASE,
)
_PREDICATIVE = lazy(
    r"\b(?:is|was|were|are|be|been|being|came\s+out|comes?\s+out|sound(?:ed|s)?|look(?:ed|s)?|"
    r"felt|feels?|seem(?:ed|s)?|stay(?:ed|s)?|remain(?:ed|s)?|went|turned|became|ended\s+up|grew|kept|"
    r"(?:turned\s+out|prov(?:ed|es)|appear(?:ed|s)?)(?:\s+to\s+be)?)\s+"
    r"(?:\w+ly\s+|all\s+|pure\s+|very\s+|quite\s+|so\s+)?$",
    re.IGNORECASE,
)
"""The language word as a predicate ("came out English top to bottom", "sounded Japanese
through and through", "ended up English": passes 142, 143): what follows is no noun it
qualifies."""
_SUBJECT = lazy(r"(?:^|[,;:])\s*the\s+(?P<np>[^,;:]*?)\s*$", re.IGNORECASE)
"""A subject that is no run's ("The moral of X seemed Japanese", "In X, the way he hid his fear
felt Japanese": pass 143), unless its head is a run's or an answer's ("The terse model was
English", "The story of X was English")."""
_HEAD_END = lazy(r"\s+(?:of|in|from|about|by|with)\s+", re.IGNORECASE)
_RUN_NOUN = lazy(
    r"(?:runs?|models?|versions?|attempts?|tr(?:y|ies)|outputs?)(?:'s)?", re.IGNORECASE
)
_IMPRESSION = lazy(
    r"\s+(?:to\s+(?:me|us|my\s+\w+)|in\s+(?:spirit|feel(?:ing)?|tone|style|mood|flavou?r|atmosphere|"
    r"sensibility|taste|character))\b",
    re.IGNORECASE,
)
"""An impression, not a language ("felt very Japanese to me", "English in spirit": pass 143)."""
_LIKENED = lazy(r"\b(?:like|as|than|of|to)\s+(?:an?|the)\s+$", re.IGNORECASE)
"""A simile or a comparison ("like a Japanese picture book story", "as short as a Japanese LINE
text", "reminded me of a Japanese Ghibli movie story"): only the two words right after it are
the noun it qualifies ("similar to a Japanese fairy tale": pass 142)."""
_TRANSLATED_JA = lazy(r"(?:に|へ|を|から)?(?:訳|翻訳)")
"""英語に訳して (pass 141): a translation the student made."""
_NOUN_JA = lazy(
    r"の([\u4e00-\u9fff\u30a0-\u30ff]+)|([\u30a0-\u30ff]+|[\u4e00-\u9fff]+(?=[のはがをにでともだ]))|"
    r"の(?!まま|もの)"
)
"""The noun after a Japanese language word, with の or in a compound (英語の宿題, 英語ネイティブ,
英語教師は; not 仮名交じり, a verb's stem); の before kana is another's too (英語のような), but
for 英語のまま."""
_ANSWER_JA = lazy(
    r"(?:文章?|物語|答|回答|話|単語|出力|返事|返答|文字|テキスト|詩|小説|言葉|表現|文体|リスト|"
    r"箇条書|版)$"
)
"""A Japanese noun of an answer, by its last part (作文, 昔話, 文章)."""
_CLAIM_JA = lazy(r"(?:オンリー|一色|一本|尽くし|づくし|漬け|主体|中心)")
"""A compound that claims the language (英語オンリー, 日本語一色: pass 143)."""


def of_another(clause: str, start: int, end: int) -> bool:
    """The language word at ``start:end`` qualifies another's noun ("a Japanese middle
    schooler", "Japanese high school", 英語の宿題, 英語ネイティブ), not an answer's ("an English
    one", "a Japanese fairy tale", 英語の作文) nor none ("used English throughout", "came out
    English top to bottom"): pass 141, the noun phrase read up to three words (two in a simile)
    but for a predicate, and a Japanese noun by its last part (pass 142); an impression, and a
    predicate of another subject, are another's (pass 143)."""
    before = clause[:start]
    if _IMPRESSION().match(clause, end):
        return True
    if verb := _PREDICATIVE().search(before):
        subject = _SUBJECT().search(before[: verb.start()])
        return subject is not None and not _a_run_s(_HEAD_END().split(subject["np"])[0].split())
    phrase = _PHRASE().match(clause, end)
    if phrase is not None:
        return not _answer_s(phrase[0].split(), 2 if _LIKENED().search(before) else 3)
    if _TRANSLATED_JA().match(clause, end):
        return True
    noun = _NOUN_JA().match(clause, end)
    head = noun and (noun[1] or noun[2])
    if head and _CLAIM_JA().match(head):
        return False
    return noun is not None and not (head and _ANSWER_JA().search(head))


def _a_run_s(words: list[str]) -> bool:
    """``words`` (a subject's head) hold a run's noun or an answer's."""
    return any(
        _RUN_NOUN().fullmatch(w) or _ANSWER_NOUN().fullmatch(w.removesuffix("'s")) for w in words
    )


def _answer_s(words: list[str], read: int) -> bool:
    """The first ``read`` of ``words`` hold an answer's noun. A word in capitals that is not the
    last is a name the language qualifies ("a Japanese LINE text", "Japanese TV show"): the
    phrase is read up to it; the last is the head, written for emphasis ("an English STORY")."""
    names = [i for i, w in enumerate(words[:-1]) if w.isupper() and len(w) > 1]
    kept = words[: min([read, *names])]
    return any(_ANSWER_NOUN().fullmatch(w) for w in kept)
