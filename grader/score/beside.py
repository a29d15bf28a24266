"""What a goal prompt says beside its request, for :func:`grader.score.asks.only_requests`: what
serves the request and asks for nothing else, and what is more than a request.

Read as serving it, in a request's own sentence (red-team pass 118):

* a role that only gives the model its job ("You are a helpful assistant who", あなたはプロの作家
  です, "System:"): :mod:`grader.score.roles`;
* the reader the answer is for, an audience a style serves ("for my little sister", "for a
  five-year-old", "so that a child can understand it", 小学生にもわかるように, 子ども向けに): it
  chooses who reads the story, not what happens in it;
* a short form the answer is likened to, beside a short answer ("like a haiku", "like a tweet",
  俳句のように): a form, where "like a haiku about cherry blossoms" names a subject too;
* beside a list, a count of its items ("about three of them", "with 4 items", "no more than
  four", 3点に, ポイントを3つくらい, 5項目の): the list's shape.
* an ordering word (順を追って, 順番に, "in order") in a request's sentence, and the step-by-step
  cue anywhere ("Let's think step by step."): how the answer runs (:mod:`~.manner`, pass 120).

A word that misspells a word of the control which the prompt lacks ("storry", "Tel", "dargon")
is the control's word, not one added (:func:`grader.score.misspelt.unmisspelt`). More than a
request: any other content word, a control's content word dropped, and a clause that is the
control's words with a negator more ("Don't tell me a story ...", pass 106: :func:`negates`).

Left out: an audience with more than a reader ("for my sister who loves unicorns" adds
unicorns), a persona of the story's own ("You are a pirate."), a count beside another goal than
a list, and readers not listed here (:data:`_READER`, :data:`_JA_READER`).
"""

from __future__ import annotations

from collections import Counter

from grader.score.fillers import content_words
from grader.score.manner import manner_spans
from grader.score.misspelt import unmisspelt
from grader.score.numbers import NUMBER_WORD
from grader.score.reading import lazy, sentence_at
from grader.score.roles import role_spans

_READER = (
    r"(?:(?:little|younger|baby|big|older|small|kid)\s+)?(?:sisters?|brothers?|sons?|daughters?|"
    r"kids?|child|children|nieces?|nephews?|cousins?|grand(?:ma|pa|mother|father|son|daughter|"
    r"child|children|kids?)|mom|mum|dad|mother|father|friends?|class(?:mates)?|students?|"
    r"toddlers?|beginners?|readers?|pupils?)"
)
_AGE = rf"(?:\d+|{NUMBER_WORD})[\s-]years?[\s-]olds?"
_AUDIENCE = lazy(
    rf"\bfor\s+(?:(?:my|our|a|an|the|young|small)\s+)*(?:{_AGE}\s+)?{_READER}\b|\bfor\s+(?:an?\s+)?"
    rf"{_AGE}\b|\bso\s+(?:that\s+)?(?:a|an|my|any|even\s+a)\s+(?:(?:little|young|{_AGE})\s+)?"
    rf"(?:{_READER}|{_AGE})\s+(?:can|could|will|would)\s+(?:understand|follow|read)(?:\s+it)?\b"
)
_JA_READER = (
    "(?:小学生|中学生|高校生|子ども|子供|こども|幼児|園児|幼稚園児|低学年|初心者|お年寄り|高齢者|外国人|"
    "弟|妹|息子|娘|孫|家族|友達|友だち|みんな|誰|だれ)"
)
_JA_AUDIENCE = lazy(
    f"{_JA_READER}(?:に|で)?(?:も|でも)?(?:よく|すぐ)?(?:わかる|分かる|理解できる|読める|伝わる)"
    f"(?:ように|よう(?:な|に)|程度に|くらいに|感じで|言葉で)|{_JA_READER}(?:向け(?:に|の|で)|"
    "のために|に向けて)"
)
_LIKENED = lazy(
    r",?\s*(?:like|as\s+in)\s+an?\s+(?:haiku|tweet|headline|telegram|text(?:\s+message)?|postcard|"
    r"slogan|caption|fortune\s+cookie|proverb|one-liner)\b(?!\s+(?:about|of|on|with|where|that|who|"
    r"which|for)\b)|(?:俳句|ツイート|見出し|標語|キャッチコピー)(?:のよう|みたい)に"
)
_COUNT = rf"(?:\d+|{NUMBER_WORD})"
_ITEMS = lazy(
    r"\b(?:(?:about|around|roughly|exactly|just|only|no\s+more\s+than|at\s+most|up\s+to|max(?:imum)?|"
    rf"with|of)\s+)?{_COUNT}(?:\s+(?:of\s+them|items?|points?|bullets?|bullet\s+points?|lines?|"
    rf"entries|things|events|steps)\b|(?=\s*[.!]?\s*$))|\b(?:no\s+more\s+than|at\s+most|up\s+to)\s+"
    rf"{_COUNT}\b|"
    "(?:ポイント|項目|要点)?(?:を|は)?[0-9一二三四五六七八九十]+\\s*(?:点|つ|個|項目|行|ポイント)"
    "(?:くらい|ぐらい|程度|以内|まで|ほど)?(?:の|に|で)?"
)
"""A count of a list's items, with its qualifier; a bare number ending the sentence ("Use bullet
points, no more than four.") counts them too."""


def served(
    goal: str, normal: str, requests: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """What serves the ``requests`` found in ``normal`` (a read prompt) and asks nothing else: a
    role, a reader, a short form likened, a list's count, an ordering word (module docstring),
    where it stands in a request's sentence (a role or the step-by-step cue anywhere)."""
    kinds = [_AUDIENCE, _JA_AUDIENCE] + ([_LIKENED] if goal in ("concise", "one_sentence") else [])
    kinds += [_ITEMS] if goal == "list" else []
    found = role_spans(normal) if requests else []
    sentences = {sentence_at(normal, start) for _, start, _ in requests}
    found += manner_spans(normal, sentences, bool(requests))  # 順を追って, "think step by step"
    for begin, end in sentences:
        for kind in kinds:
            found += [(m.group(), m.start(), m.end()) for m in kind().finditer(normal, begin, end)]
    return found


def more_than_requests(kept: str, normal: str, control: str) -> bool:
    """``kept`` (``normal`` with its requests and what serves them blanked) has content words of
    its own beside ``control``'s, or ``normal`` drops some of ``control``'s; a misspelt word of
    the control is the control's."""
    theirs = content_words(control)
    # a control's English word said again adds nothing; a Japanese letter is no word
    added = [w for w in content_words(kept) - theirs if not (w.isascii() and w in theirs)]
    dropped = list(theirs - content_words(normal))  # "Describe a dragon briefly" drops "story"
    added, dropped = unmisspelt(added, dropped, normal, control)
    return bool(added or dropped)


_CLAUSE = lazy(r"[^.!?。！？\n,、;]+")
_NEGATOR = lazy(r"\b(?:not|no|never|none|nothing|nor|cannot)\b|n't\b|ない|ません|ず[にの]|禁止")


def negates(normal: str, control: str) -> bool:
    """A clause of ``normal`` is the control's words, a negator more ("Don't tell me ...")."""
    theirs: Counter[str] = content_words(control)
    their_nots = len(_NEGATOR().findall(control))
    return any(
        content_words(m.group()) == theirs and len(_NEGATOR().findall(m.group())) > their_nots
        for m in _CLAUSE().finditer(normal)
    )
