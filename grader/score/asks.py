"""Does a steered run's prompt ask for its goal? Only a review flag rests on the answer: a goal
credited to a prompt that never asked for it is shown to the TA, never failed.

A prompt asks for a goal when it adds a *request* for it to its control's prompt. A request is
a phrase that tells the model how to answer, not a word that names the goal somewhere in the
story: "answer briefly", "a short story", "in one sentence", "in Japanese", "as a list", 簡潔に,
短い物語, 一文で, 日本語で, 箇条書きで (:data:`REQUESTS`). What only contains a goal's word does not
ask: a name ("a dragon named Briefly"), a detail of the story ("a short tail", "a list of
treasures", "the Japanese mountains", 短い尻尾), a longer word ("briefcase"), a subject that
the sentence then judges ("bullet points are boring"). Since a missed request costs a review
flag and a false one an unflagged pass, the phrases are the forms that direct the answer.

* the prompt is read as :mod:`grader.score.reading` reads it; quoted words are left out; so are
  questions other than a polite request ("Should I answer briefly?", "As a list?", "Keep it
  short⸮": :mod:`~.signs`; "Why keep it short.": :mod:`~.moods`; "Can you ...?" asks), and a
  prompt that takes a request back, puts it off or makes it conditional ("just kidding", "next
  time", "unless", 来週, いいえ) or ends on a tail that leaves it unmade (、かしら, "lol":
  :mod:`~.tails`) asks for nothing, nor does a request in a clause that frames another
  (:mod:`~.framed`), one about a past answer or an observation (:mod:`~.moods`), or one not made
  to the model ("tell the dragon to ...", "..., dragon", "Siri, ...": :mod:`~.addressed`);
* a request does not count where it is negated (:mod:`grader.score.negation`): an English
  negator before it ("not a short one", "not in just a few words"), a Japanese negative just
  after it (短くしないで, 箇条書きではなく), a symbol that says no anywhere in it (🚫, ❌, ✗, 👎, ¬,
  and any that may mean a joke, a wink or a lie: 🧢, 🤥, 😉, 🤭, 🤪, a wink typed ;) or (^_-); alone
  as a sentence, it takes the prompt's requests back). "no more than" and "don't use more than"
  read as "at most";
* a request counts when the prompt makes it more often than its control's prompt does: a
  request inherited from the control is not the run's own, and an inflated control (one that
  asked for a list, a language) does not make a plain prompt ask for the opposite;
* a prompt that adds a request for the goal's opposite ("a long story", "exhaustive", "at least
  300 words", "in ≥60 words", ≧100文字で for ``concise``; "in twenty sentences" for
  ``one_sentence``; "in English" for ``japanese``; a count made a minimum, "in 60 words, not
  less", "one sentence, if not more") does not ask, and "no more, no less" makes a count exact;
* what a prompt adds beside its request must ask for nothing else nor negate the control's task
  ("Don't tell me a story ..."); a reason ("because I am learning it") is no other task, nor is
  what serves the request (a role, a reader, a list's count, thanks, a typo of the control's
  words: :mod:`~.beside`); a request in a role's clause is the model's (:mod:`~.roles`);
* for a language goal, a prompt written in that language where its control's was not asks too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from grader.score import reading, text
from grader.score.addressed import elsewhere, misdirected
from grader.score.bare import THEN_TRANSLATED
from grader.score.beside import more_than_requests, negates, served
from grader.score.fillers import ANSWER_QUESTION, ASIDES, content_words
from grader.score.framed import framed
from grader.score.negation import RETRACTED, negated, stale
from grader.score.numbers import NUMBER_WORD, number_value
from grader.score.reading import lazy
from grader.score.reasons import bare_remark, reasons, stated_possibility
from grader.score.requests import OPPOSITES, REQUESTS, WITH
from grader.score.roles import of_model
from grader.score.tails import DOUBTED

_SENTENCE = lazy(r"[^.!?。！？\n]+[.!?。！？\n]*")
_TAKEN_BACK = lazy(
    r"\b(?:just\s+kidding|(?<!not\s)(?<!n't\s)(?<!no\s)(?:kidding|joking)|please\s+no|no\s+thanks|never\s*mind|disregard|ignore|"
    r"(?<!n't )(?<!not )(?<!never )forget|unless|next\s+time|only\s+(?:on|when|if)|what\s+my\s+old|"
    r"last\s+time)\b|"
    r"(?:^|[.!?;]\s*)(?:not|nope|nah|no|never)\s*[.!]|\b(?:as\s+of|starting|from|beginning)\s+never\b|\b(?:and\s+)?(?:then|afterwards|after\s+that)\s+"
    r"(?:sum|summari[sz]e|retell|list|give|write|add|tell|explain)\b|"
    rf"\b(?:and\s+)?(?:then|afterwards|after\s+that)\s+translate\b{THEN_TRANSLATED}|"
    # a bare "not" after a request, past a comma, dash or bracket: "keep it short, not." (rt28)
    r"[,、，:(\u2014-]\s*(?:not|nope|nah|never)\s*(?:[.!)。]|$)|"
    # a one-phrase retraction as its own sentence: "Keep it short. As if!", "Not really." (rt29)
    r"(?:^|[.!?;,:=。！？、\u2014-]\s*|(?<=[^\x00-\x7f])\s+)(?:well,?\s+)?"
    r"(?:as\s+if|not\s+(?:really|quite|this\s+time))\s*(?:[.!]|$)|"
    # a bare "don't", or "no" given as a value, after a request (rt30): "Keep it short. Don't.",
    # "Answer briefly: no."; and their Japanese twins, 短く答えて。しないで。
    r"(?:^|[.!?;,:=(\u2014-]\s*)(?:(?:actually|please|so|just|but|though|yet),?\s+)*(?:don't|do\s+not)"
    r"(?:\s+do\s+(?:it|that|this))?\s*(?:,?\s*(?:thanks|thank\s+you|please|ok|okay))?\s*(?:[.!)]|$)|"
    r"[:=(\u2014-]\s*no\s*(?:[.!)]|$)|(?:^|[.!?;,(\u2014-]\s*)(?:but|though|yet)\s+no\s*(?:[.!)]|$)|"
    "(?:^|[。．！？!?\n:：、,])\\s*(?:(?:でも|けど|だけど)[、,]?\\s*)?"
    "(?:しないで|やめて|なし|ナシ|無し|いらない|要らない|不要)(?:で|ください|ね|よ)*\\s*(?:[。！!.]|$)|"
    # the answer asked for again and again: "keep it short, then do it again" (rt28)
    r"\b(?:then|and)\s+(?:do\s+(?:it|that|this)\s+)?again\b|\b(?:repeat|redo)\s+(?:it|that|this)\b|"
    "冗談|いいえ|やっぱり|次回|来週|無視|忘れて|なんてね|なーんて|うそうそ|嘘です|今のなし|今のはなし|もういい|"
    "もう結構|取り消|"  # "never mind" after it (pass 78: 一文で答えて、というのはもういいです)
    # a tail that leaves the request unmade: hearsay, a musing, a laugh (passes 88-106)
    + DOUBTED
    + "|"
    # the student's own later work as the reason: あとで自分で箇条書きにするので (pass 50)
    # (自分で, or a change of the answer later; "あとで見返したいので" is a reason to ask)
    "自分で[^、。,.]*(?:する|したい|まとめる|直す|変える|訳す)(?:ので|から)|(?:あとで|後で)[^、。,.]*"
    "(?:にする|くする|にしたい|くしたい|まとめる|まとめたい|直す|変える|訳す)(?:ので|から)|"
    # a wish turned down: 箇条書きだと嬉しくない, "a list wouldn't be great" (pass 44)
    "(?:嬉し|うれし|ありがた|知りた)くな|助からな|困ります|\\bwould(?:n't|\\s+not)\\s+be\\s+(?:great|nice|helpful|"
    "appreciated|good)\\b|\\bi(?:'d|\\s+would)\\s+hate\\b|"
    # "(I didn't say that)", the net's retraction (rt35-04)
    "(?:と|って)(?:は|も)?(?:言|い)って(?:い)?(?:ない|ません)|(?:言|い)ってみた(?:だけ)?|"
    "(?:^|[.!?;。！？\n])\\s*\u2298\\s*(?:[.!。！\n]|$)"
)
"""A request taken back, put off or made conditional: the prompt does not ask for it now."""
_SUGGESTED_VERB = r"(?:keep|make|tell|write|answer|use|put|give|try|do|say|reply|respond|list)\b"
_POLITE = lazy(
    r"\b(?:can|could|would|will)\s+you\b|\bplease\b|(?:くれ|もらえ|いただけ|ください)(?:ます|ません)?(?:でしょう)?か|"
    r"(?:くれ|もらえ|いただけ)(?:る|ない|ん)(?:かな|よね|ね)?[？?]|お願いでき|願え(?:ます|ません)(?:でしょう)?か|"
    r"(?<!なく)(?<!なくて)[てで](?:もらって|くれて|いただいて)?も?(?:いい|良い|よい|大丈夫)(?:です|でしょう)?か?[？?]|\b(?:maybe|perhaps|how\s+about|what\s+about|why\s+not|do\s+you\s+mind)\b|"
    r"[,、]\s*(?:okay|ok|alright|all\s+right|right|yeah|got\s+it)\s*[?？]\s*$|"  # "..., okay?"
    rf"{ANSWER_QUESTION}|"
    # a suggestion (pass 52): "Shall we do it in one sentence?", "What if you answered in Japanese?"
    r"\b(?:shall|could|can)\s+we\b|\bwhat\s+if\s+(?:you|we)\b|\blet's\b|"
    rf"\bwhy\s+(?:don't|do\s+not)\s+(?:you|we)\s+(?:just\s+)?{_SUGGESTED_VERB}|"
    r"\b(?:can|could|may)\s+i\s+(?:get|have|see|read|hear)\b|"
    r"\b(?:can|could|may)\s+(?:it|the\s+(?:answer|reply|response|story))\s+be\b"
)
"""A question that is a polite request ("Can you ...?", 〜てくれますか？) asks."""
_CLAUSE_SPAN = lazy(r"[^.,;:!?\n。、，．！？；：「」()（）]+")
_SAYING = (  # a relative clause's verb that a request's words may describe (rt49-14: not "lives")
    r"(?:\w+\s+){0,2}?(?:talk|answer|speak|spoke|sing|sang|sung|writ|wrote|tell|told|say|said|repl|"
    r"respond|explain|whisper|shout|narrat|describ|list|count|keep|kept|make|made|read|draw|drew|"
    r"think|thought|dream|communicat|express|recit|rhym|chat|text|post|tweet|summar|translat)\w*"
)
_ATTACHED = lazy(
    rf"\b(?:a|an|the|one|some)\s+\w+\s+(?:that|who|which)\s+{_SAYING}|\b(?:i|we)(?:'ll|'d|\s+will|\s+shall|"
    r"\s+would|\s+can|\s+must|\s+should|\s+am\s+going\s+to|\s+then|\s+also)*\s+(?:answer|reply|"
    r"respond|write|speak|talk|say|tell|explain)\b"
)
"""Before a request in its clause: a relative clause of the story whose verb speaks or keeps
("a dragon that talks in a few words") or the student's own reply ("I will answer briefly"),
which the request belongs to; "a dragon who lives in a cave as bullet points" asks."""
_JA_ATTACHED = lazy(
    "[\u4e00-\u9fff]*[うくすつぬふむゆるぐずづぶぷ]"
    "(?=[\u30a0-\u30ff\u4e00-\u9fff]+(?:[がをにのはもとへでや]|[。、！？!?\\s]|$))"
)
"""After a Japanese request: a verb in its plain form before a noun (短く話すドラゴン), so the
request describes the noun; not an adverb before a verb (一文で短く書いて)."""


@functools.lru_cache(maxsize=16)
def _patterns(requests: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r) for r in requests)


def _attached(clause: str, start: int, end: int) -> bool:
    """The request at ``clause[start:end]`` belongs to the story or to the student's own reply
    (:data:`_ATTACHED`, :data:`_JA_ATTACHED`)."""
    if of_model(clause[:start]):  # "You are an assistant that replies ...": the model's (pass 118)
        return False
    return bool(_ATTACHED().search(clause[:end]) or _JA_ATTACHED().match(clause[end:]))


_COUNTED = lazy(
    rf"(\d+|[一二三四五六七八九十百千万]+|\b{NUMBER_WORD}\b)\s*(?:[-~]\s*(\d+)\s*)?[\s-]*(?:short\s+)?"
    r"(sentence|line|word|character|char|token|文字|字|単語|語|トークン|文|行)"
)
_MOST = {
    **{"sentence": 3, "文": 3, "line": 5, "行": 5},
    **{"word": 60, "語": 60, "単語": 60, "token": 60, "トークン": 60},
}
"""The most of each unit a request for a short answer may ask for (characters and tokens:
:data:`_MOST_CHARS`); "in 2000 words" asks for no short answer, whatever its wording."""
_MOST_CHARS = 200


def _too_long(request: str) -> bool:
    """``request`` counts a length (a number and a unit) beyond :data:`_MOST`."""
    for m in _COUNTED().finditer(request):
        if number_value(m.group(2) or m.group(1)) > _MOST.get(m.group(3), _MOST_CHARS):
            return True
    return False


def _asked(sentence: str) -> bool:
    """A sentence that asks: not a question other than a polite request ("Can you ...?")."""
    return not sentence.rstrip().endswith(("?", "？")) or bool(_POLITE().search(sentence))


_ZERO = lazy(r"(?<![\d.,])0+(?![\d.,])")
_MORE, _LESS = r"(?:more|longer)", r"(?:less|fewer|shorter)"
_EXACT = lazy(
    rf"\b(?:no|not)\s+{_MORE}\s*[,;/]?\s*(?:(?:and|or)\s+)?(?:(?:no|not)\s+|nor\s+){_LESS}\b|"
    rf"\b(?:no|not)\s+{_LESS}\s*[,;/]?\s*(?:(?:and|or)\s+)?(?:(?:no|not)\s+|nor\s+){_MORE}\b"
)
""""no more, no less" makes a count exact, neither a minimum nor more to ask."""


def _matches(
    requests: tuple[str, ...], normal: str, bounded: bool = True
) -> list[tuple[str, int, int]]:
    """Each of ``requests`` that stands un-negated in ``normal`` (a :func:`_normal` prompt), in a
    sentence that asks: (pattern, start, end); none where the prompt takes a request back, puts
    it off or makes it conditional."""
    if _TAKEN_BACK().search(normal) or RETRACTED().search(normal):
        return []
    # blanked, not removed, so that the positions found stay those of ``normal``
    normal = _EXACT().sub(lambda m: " " * len(m.group()), normal)
    found = []
    for sentence in _SENTENCE().finditer(normal):
        if not _asked(sentence.group()):
            continue
        for clause in _CLAUSE_SPAN().finditer(normal, sentence.start(), sentence.end()):
            for pattern in _patterns(requests):
                for m in pattern.finditer(clause.group()):
                    start, end = clause.start() + m.start(), clause.start() + m.end()
                    if not (
                        _ZERO().search(m.group())  # "Use 0 bullet points" (pass 54)
                        or negated(normal, clause, start, end)
                        or _attached(clause.group(), m.start(), m.end())
                        or framed(normal, start, end)  # "If you use bullet points, tell me ..."
                        or elsewhere(normal, clause, start, end)  # "tell the dragon to ..."
                        or (bounded and _too_long(m.group()))
                    ):
                        found.append((pattern.pattern, start, end))
    return found


@functools.lru_cache(maxsize=1 << 14)  # a control is compared with each of its goal runs
def request_counts(requests: tuple[str, ...], prompt: str, bounded: bool = True) -> Counter[str]:
    """How often each of ``requests`` stands un-negated in ``prompt`` (:func:`_matches`); none
    beside a stale label (:func:`~grader.score.negation.stale`). Shared: not to be changed."""
    found = () if stale(prompt) else _matches(requests, reading.normal(prompt), bounded)
    return Counter(pattern for pattern, _, _ in found)


def adds(requests: tuple[str, ...], prompt: str, control_prompt: str, bounded: bool = True) -> bool:
    """``prompt`` makes some of ``requests`` (un-negated) more often than ``control_prompt``."""
    mine, theirs = (request_counts(requests, p, bounded) for p in (prompt, control_prompt))
    return bool(mine - theirs)


_FORM = lazy(
    r"\b(?:yourself|yourselves|read|hear|get|have|may|form|format|style|language|main|key|turn|"
    r"convert|transform|change|rewrite|reformat|events?|steps?|parts?|points?|scenes?|moments?|reasons?|"
    r"facts?|tips?|ideas?|happens|plot|plots|storyline|"
    r"happened|love|enjoy|long|ask|asking)\b|言語|出力|使う|形式|文体|出来事|場面|項目|段落|並べ|要点|聞き|聞い|読み|読ん|見た|見せ|済ま|済ませ|言える(?:長さ|くらい|程度)|言い切"
)
"""Words that speak of the answer: part of a request in the request's own clause ("I'd like to
read it in Japanese", "I'd ask for a list", "in list form", "limit yourself to one sentence",
言語は英語で), content elsewhere ("a dragon who can read")."""


def only_requests(goal: str, prompt: str, control_prompt: str, model: str = "") -> bool:
    """What ``prompt`` (run on ``model``) adds to ``control_prompt`` is its requests (for
    ``goal``, or against its opposite, negated), words that speak of the answer in a request's
    clause (:data:`_FORM`) and words without content: a prompt that also adds a plot, another
    task or a remark, or says its request to someone else, is not only asking for the goal."""
    normal, control = reading.normal(prompt), reading.normal(control_prompt)
    kept = list(normal)
    requests = _matches(REQUESTS.get(goal, ()), normal)
    for clause in _CLAUSE_SPAN().finditer(normal):  # the clauses of the requests, once each
        if any(clause.start() <= start < clause.end() for _, start, _ in requests):
            for m in _FORM().finditer(normal, clause.start(), clause.end()):
                kept[m.start() : m.end()] = " " * (m.end() - m.start())
    asides = [(m.group(), *m.span()) for p in ASIDES for m in p.finditer(normal)]
    asides += served(goal, normal, requests)  # a role, a reader, a list's count (pass 118)
    for _, start, end in requests + _spans(goal, normal) + asides:  # "..., bro.", "no cap"
        kept[start:end] = " " * (end - start)
    if bare_remark(normal, requests + _spans(goal, normal), control):
        return False
    if stated_possibility(normal) or misdirected(normal, requests, control, model):
        return False
    if negates(normal, control):
        return False  # the control's task or subject negated beside the request (pass 106)
    for start, end in reasons("".join(kept), content_words(control)) if requests else ():
        kept[start:end] = " " * (end - start)
    return not more_than_requests("".join(kept), normal, control)


def _spans(goal: str, normal: str) -> list[tuple[str, int, int]]:
    """Every match of the goal's opposites, negated or not ("don't make it long" goes with "keep
    it short"), and of what goes with its request (:data:`WITH`: "not English", "no more, no
    less")."""
    return [
        (p.pattern, m.start(), m.end())
        for p in (*_patterns(OPPOSITES.get(goal, ()) + WITH.get(goal, ())), _EXACT())
        for m in p.finditer(normal)
    ]


@functools.lru_cache(maxsize=8192)  # a class asks the same few things against the same controls
def asks_for(goal: str, prompt: str, control_prompt: str, model: str = "") -> bool:
    """Whether ``prompt``, run on ``model`` ("" where not known), asks for ``goal`` where its
    control's prompt did not (module docstring): a request for it added and none for its
    opposite, or, for a language goal, the prompt written in it where its control's was not."""
    if adds(OPPOSITES.get(goal, ()), prompt, control_prompt, bounded=False):
        return False
    if adds(REQUESTS.get(goal, ()), prompt, control_prompt):
        return only_requests(goal, prompt, control_prompt, model)
    # written in the goal's language: wholly, not a sentence of it added to the control's
    # ("Please use romaji, not English." after a Japanese prompt, pass 50)
    script, theirs = text.main_script(prompt), text.main_script(control_prompt)
    wholly = text.script_share(prompt, theirs) < 0.1
    asked = (goal, script) in (("japanese", "japanese"), ("english", "latin"))
    return asked and script != theirs and wholly
