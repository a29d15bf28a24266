"""Is a goal's request made to the model (pass 110)? A request that is not asks for nothing, and
:mod:`grader.score.asks` reads it so: a review flag, never a fail.

* :func:`elsewhere`, read for each request :func:`grader.score.asks._matches` finds: one handed
  to someone else ("tell the dragon to use bullet points", "Ask me to answer in Japanese", a
  participle of a noun: "a dragon telling me to keep it short", "a dragon answering in one
  sentence"; "Answer the dragon in Japanese", "Reply to him briefly"); one stated with a subject
  of its own ("The dragon answers briefly.", "I use bullet points.", ドラゴンは一文で答えた。); one
  put off to an unnamed later or made rare by an adverb written in kana (あとで, いつか, そのうち,
  まれに; "now and then"), whose kanji twins (後日, 時々) and English ones ("someday") are content
  words :func:`grader.score.asks.only_requests` already reads as more than a request; and one
  said in another mood than a request's (pass 114: "You must have answered in Japanese", "So
  you answer in Japanese", "Why keep it short.": :mod:`grader.score.moods`); and (pass 116) one
  said to someone else by a salutation or a pronoun ("Dear diary, ...", "To them: ...":
  :mod:`grader.score.salutations`), only mentioned ("And I was like, ...", "..., I would say, but
  I won't.": :mod:`grader.score.mentioned`) or said in irony or as a wish ("As if you would ...",
  "If only you would ...": :mod:`grader.score.irony`); and (pass 119) one only allowed,
  pretended or kept in the model's mind ("You may keep it short.", "as if you were answering in
  one sentence", "in your mind": :mod:`grader.score.leave`);
* :func:`misdirected`, read on what a prompt adds to its control: a request said to the story's
  subject (a vocative that names only the control's words: "..., dragon.", "Hey dragon, ...",
  ドラゴン、...) or measured against it ("short for a dragon", "like a dragon", ドラゴンみたいに),
  or said by name to someone other than the run's model (pass 114: "Siri, ...", "Me, ...",
  "Terse, ..." run on tiny-chatty: :mod:`grader.score.listeners`).

A requirement on a subject other than the answer ("The dragon should be short") is the story's,
and the student's own wish, duty or turn to answer ("I'd like to answer in Japanese", 短く答えたい,
一文で答えさせて) is no request of the model (pass 112).
Left out, as requests: the model addressed ("my friend", "ChatGPT", "AI", its own name; what
names another is :mod:`grader.score.listeners`'s), "me" and "you" as
whom the model answers ("Answer me in Japanese"), a wish or a requirement of the answer ("I want
it short", "The answer should be short", "It must be in Japanese", "I want you to keep it
short"), a statement about the answer itself ("The story uses bullet points"), a comparison with
the answer ("for the story", "as a story"), a reason put off (あとで読むので短くして) and たまには
(for once). What a comparison or a statement means beyond its form is left to the TA.
"""

from __future__ import annotations

import re

from grader.score.fillers import content_words
from grader.score.irony import ironic
from grader.score.leave import left_to_the_model
from grader.score.listeners import called_away
from grader.score.mentioned import mentioned
from grader.score.moods import unsaid
from grader.score.reading import lazy
from grader.score.salutations import saluted_away

_ANSWER_NOUNS = frozenset(
    "story stories tale tales answer answers reply response text version summary output poem "
    "it this that question prompt request message 物 語 話 答 回 文 章 返 事 出 力 説 明".split()
)
"""What a request's object or comparison may name that is the answer itself, not the story's
subject: "Use bullet points for the story", "Answer the question in Japanese", 物語らしく."""
_OBJECT = (
    r"(?!(?:you|yourself|yourselves|y'all|it|this|that|the\s+(?:story|answer|question|prompt|"
    r"request|text|tale|following))\b)(?:me|us|him|her|them|everyone|everybody|someone|somebody|"
    r"(?:the|a|an|my|our|his|her|their|this|that|each|every|some)\s+[\w'-]+(?:\s+[\w'-]+)?|[\w'-]+)"
)
"""Whom a request is handed to: anyone but the model, and not the answer ("tell it to be ...")."""
_HANDED = lazy(
    r"\b(?:tell|tells|telling|told|ask|asks|asking|asked|order\w*|command\w*|instruct\w*|beg|begs|"
    r"begg\w*|urg\w*|remind\w*|warn\w*|advis\w*|encourag\w*|get|gets|getting|got|forc\w*|teach\w*|"
    rf"taught|persuad\w*|convinc\w*|challeng\w*|dar(?:e|es|ed|ing))\s+{_OBJECT}\s+(?:not\s+)?to\s+"
    r"(?!(?:me|us|you|him|her|them|the|a|an|my|your|his|their|our|everyone)\b)(?:[\w'-]+\s+){0,3}$|"
    # the model answering someone else: "Answer the dragon in Japanese", "Reply to him briefly"
    r"\b(?:(?:answer\w*|repl(?:y|ies|ied|ying)|respond\w*)\s+(?:back\s+)?(?:to\s+)?|(?:writ\w*|"
    r"wrote|speak\w*|spoke|talk\w*)\s+(?:back\s+)?to\s+)"
    rf"(?=(?:the|a|an|his|her|their|our|him|her|them)\b){_OBJECT}\s*$|"
    # a noun's participle of speaking: "a dragon telling me to ...", "a dragon answering ..."
    r"\b(?:a|an|the|some|one|two|three|his|her|their|my|our|this|that)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:story|tale|answer|reply|version|text)\b)[\w'-]+\s+(?:tell|ask|answer|repl[yi]|respond|"
    r"speak|talk|say|writ|whisper|shout|narrat|explain|sing|chatt|order|begg|urg|remind|demand|"
    r"instruct|command)ing\b(?:\s+[\w'-]+){0,6}\s*$"
)
"""Before a request in its clause (or up to its end, for the participle): the request handed to
someone other than the model, or the model's answer given to someone else."""
_VERB = (
    r"(?:answer|repl(?:y|ie)|respond|write|tell|say|speak|talk|narrate|recount|explain|describe|"
    r"keep|make|use|give|list|sum|summari[sz]e|limit|stick|format|structure|break|organi[sz]e|"
    r"number|stay|do|go)"
)
_PAST = (
    r"(?:answered|replied|responded|wrote|told|said|spoke|talked|narrated|recounted|"
    r"explained|described|kept|made|used|gave|listed|summed|summari[sz]ed|limited|stuck|formatted|"
    r"structured|broke|organi[sz]ed|numbered|stayed|did|went)"
)
_ADVERB = (
    r"(?:(?:always|usually|often|sometimes|just|only|also|really|simply|still|even|all|both)\s+)*"
)
_STATED = lazy(
    r"^\s*(?:(?:and|but|so|then|now|here|today|also|well|oh)\s+)*(?:(?:(?:i|we|they|he|she)|"
    r"(?!(?:the|a|an|my|our|your|this|that)\s+(?:[\w'-]+\s+)?(?:story|answer|reply|response|text|"
    rf"tale|output|version|summary|result)\s+{_ADVERB}(?:{_VERB}|{_PAST}))"
    r"(?:the|a|an|my|our|his|her|their|every|each|no)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?[\w'-]+)\s+{_ADVERB}(?:{_VERB}(?:s|es)?|{_PAST})|(?!(?:a|an|the|"
    r"you|it|this|that|please|pls|plz|kindly|just|then|now|so|also|simply|only)\b)[\w'-]+\s+"
    rf"{_ADVERB}(?:{_VERB}(?:s|es)|{_PAST}))\b"
)
"""A clause that opens on a subject of its own and a verb in the present or the past, not in the
imperative: "The dragon answers briefly", "I use bullet points", "They kept it short"."""
_MODAL = (
    r"(?:should|must|shall|will|would|can|could|may|might|ought\s+to|needs?\s+to|has\s+to|"
    r"have\s+to)"
)
_REQUIRED_OF = lazy(
    r"^\s*(?:(?:and|but|so|then|also)\s+)*(?!(?:the|a|an|my|our|your|this|that)\s+(?:[\w'-]+\s+)?"
    r"(?:story|stories|answer|reply|response|text|tale|output|version|summary|result|poem)\s)"
    r"(?:the|a|an|my|our|his|her|their|every|each|no)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+"
    rf"{_MODAL}\s+(?:(?:also|only|just|always|really)\s+)*(?:be\s+)?$"
)
"""A requirement on a subject other than the answer: "The dragon should be short" is the story's
(a short dragon), where "The answer should be short" and "It must be in Japanese" ask."""
_OWN = lazy(
    r"\b(?:i|we)(?:'d|'ll|'m|'re)?\s+(?:(?:would|will|really|just|also|only|still|even|so|am|are)\s+)*"
    r"(?:(?:like|love|want|need|have|got|get|hope|wish|plan|mean|intend|try|going|about|prefer)\s+to"
    r"|could|can|may|might|must|should|shall|will|would|wanna|gotta)\s+"
    rf"(?:(?:also|just|only|really|simply|then)\s+)*(?:{_VERB}\s+(?:[\w'-]+\s+){{0,2}})?$|"
    r"\b(?:my|our)\s+turn\s+to\s+(?:[\w'-]+\s+){0,2}$"
)
"""The student's own wish, duty or turn to answer before the request (pass 112): "I'd like to
answer in Japanese", "I have to keep it short", "I wish I could answer in one sentence", "It's my
turn to use bullet points"; not one to read or hear it ("I'd like to read it in Japanese" asks),
nor the model's ("I'd like you to ...")."""
_JA_OWN = lazy(
    "[^。！？!?\n]{0,6}?(?:答え|使|つか|書|話|はな|言|まとめ|し|す)[\u3041-\u3093]{0,2}?(?:たい|たく|させて|"
    "させてもら|させていただ|てあげ|てや(?:る|ろう)|よう(?![にな])|[おこそとのもろごぼ]う(?![ちかけ])|てみせ|なきゃ|"
    "なくちゃ|なければ|ないと)"
)
"""After a Japanese request, the student's own wish, offer or duty to answer so: 短く答えたい,
一文で答えさせて, 英語で答えてあげる, 箇条書きで答えよう, 答えてみせる, 答えなきゃ; not ように
(答えるようにして asks)."""
_JA_STATED = lazy(
    "^(?!\\s*(?:あなた|君|きみ|答え|回答|物語|お?話|文章|出力|返事))\\s*[^。！？!?\\n、]{1,12}?"
    "[はが][^。！？!?\\n、]{0,6}$"
)
_JA_STATEMENT_END = lazy(
    "[^。！？!?\\n]*?(?:答え|使|つか|書|か|話|はな|言|まとめ|(?<!願い)(?<!ねがい)し)(?:る|う|く|す|た|ます|ました|"
    "ている|ていた|ています|てた)\\s*(?:[。！!]|$)"
)
"""A Japanese clause with a subject of its own (…は, …が: not あなた, not the answer) whose
sentence ends on a verb of answering in the plain or polite form, no request's ending:
ドラゴンは一文で答えた。, 私は箇条書きを使う。"""
_LATER = (
    "いつかは|いつか|いつの日か|そのうちに|そのうち|いずれは|いずれ|あとで|あとから|のちほど|やがて|"
    "ゆくゆくは|こんどは|こんど|あしたは|あした|あすは|ごくまれに|まれに|めったに|ときどき|ときおり|"
    "ときには|おりおり|たまに(?!は)"
)
"""Adverbs of an unnamed future time or of low frequency written in kana: the closed class of
such adverbs students write (those in kanji are content words already)."""
_PUT_OFF = lazy(f"(?:^|[^\u3041-\u3096])(?:{_LATER})(?P<gap>[^。！？!?.\\n]*)$")
_PUT_OFF_AFTER = lazy(
    f"[^。！？!?\\n]*?[、,\\s](?:{_LATER})(?:ね|よ|な|でいい|でもいい|は)*\\s*(?:[。！!.…~〜]|$)"
)
_LINKED = lazy(
    "ので|から|ため|けど|けれど|のに|たら|れば|なら|ながら|[てで][、,]|"
    "[うくすつぬむるぐぶ](?:[、,]|とき|時|前|後)"
)
"""In the gap between a put-off adverb and a request, a clause of its own the adverb belongs to
(あとで読むので短くして): the request is not put off."""
_NOW_AND_THEN = lazy(r"\b(?:now\s+and\s+(?:then|again)|then\s+and\s+again)\b")


def _sentence(normal: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence that holds ``normal[start]``."""
    begin = max(normal.rfind(c, 0, start) for c in "。！？!?.\n") + 1
    stops = [i for i in (normal.find(c, start) for c in "。！？!?.\n") if i >= 0]
    return begin, min(stops, default=len(normal))


def elsewhere(normal: str, clause: re.Match[str], start: int, end: int) -> bool:
    """The request at ``normal[start:end]``, in ``clause``, is handed to someone else, stated of
    a subject, put off or made rare, or said in another mood (module docstring)."""
    before, through = normal[clause.start() : start], normal[clause.start() : end]
    if _HANDED().search(before) or _HANDED().search(through) or _REQUIRED_OF().search(before):
        return True
    if _OWN().search(before) or _JA_OWN().match(normal, end) or unsaid(normal, clause, start, end):
        return True
    # said to someone else by a salutation or a pronoun, only mentioned, or said in irony (pass 116)
    if (
        saluted_away(normal, start, end)
        or mentioned(normal, start, end)
        or ironic(normal, start, end)
        or left_to_the_model(normal, start, end)  # allowed, pretended, in mind (pass 119)
    ):
        return True
    stated = _STATED().search(through)  # its verb before the request or the request's first word
    if stated and clause.start() + stated.end() <= start + len(normal[start:end].split(" ")[0]):
        return True
    begin, stop = _sentence(normal, start)
    if _JA_STATED().search(normal[begin:start]) and _JA_STATEMENT_END().match(normal, end):
        return True
    if _NOW_AND_THEN().search(normal, begin, max(stop, end)):
        return True
    put_off = _PUT_OFF().search(normal[begin:start])
    if put_off and not _LINKED().search(put_off.group("gap")):
        return True
    return bool(_PUT_OFF_AFTER().match(normal, end))


_TITLE = r"(?:(?:hey|hi|oh|o|dear|my|little|old|good|mighty|great|sweet|mr\.?|mrs\.?|miss|sir)\s+)*"
_NAME = r"(?P<x>(?!(?:a|an|the)\b)[a-z0-9'-]+(?:\s+[a-z0-9'-]+)?)"
"""A vocative: one or two Latin words, no article (a Japanese one is :data:`_JA_NAME`)."""
_JA_NAME = "(?P<y>[\u30a0-\u30ff\u4e00-\u9fff]{1,12})(?:さん|くん|君|ちゃん|様|さま|よ)?"
_CALLED_AFTER = lazy(
    rf"[^.!?。！？\n,、]{{0,20}}[,、]\s*(?:{_TITLE}{_NAME}|{_JA_NAME})\s*(?:[.!?。！？…~]+|$)"
)
_CALLED_BEFORE = lazy(
    rf"(?:^|[.!?。！？\n])\s*(?:{_TITLE}{_NAME}\s*[,:]\s*(?:(?:please|just|now|so|then)\s+)*"
    r"(?=(?:answer|reply|respond|use|keep|make|tell|write|give|put|be|say|speak|talk|list|format|"
    rf"sum|limit|stick|stay|try|do)\b)[^.!?,]*|(?:ねえ|ねぇ|おい|やあ)?{_JA_NAME}、[^。！？!?\n、]*)$"
)
_COMPARED_AFTER = lazy(
    r"\s*,?\s*(?:(?:just|exactly|much|very)\s+)?(?P<c>(?:for|like|as)\s+"
    r"(?P<x>[a-z0-9' -]{1,60}?))\s*(?:[.!?,;。！？]|$)"
)
_COMPARED_BEFORE = lazy(
    r"(?:^|[.!?。！？\n,])\s*(?:for|like|as)\s+(?P<x>[a-z0-9' -]{1,40}?)\s*,\s*$|"
    "(?P<y>[\u30a0-\u30ff\u4e00-\u9fff]+)の?(?:ように|ようで|みたいに|みたく|らしく|っぽく|にしては|"
    "として|並みに|なみに)[\u3041-\u3096]{0,2}$"
)


def _names_subject(match: re.Match[str] | None, control: str, vocative: bool) -> bool:
    """``match`` names only words of the control, and (a comparison, or a Japanese name before
    its request) one that is no word for the answer itself ("for the story" asks); a phrase the
    control has already ("a story for kids about ...") is its own, not an addition."""
    if match is None:
        return False
    groups = match.groupdict()
    if groups.get("c") and groups["c"] in control:
        return False
    words = set(content_words(groups.get("x") or groups.get("y") or ""))
    if not words or not words <= set(content_words(control)):
        return False
    return (vocative and not groups.get("y")) or bool(words - _ANSWER_NOUNS)


def misdirected(
    normal: str, requests: list[tuple[str, int, int]], control: str, model: str = ""
) -> bool:
    """A request of ``normal`` is said to the story's subject or measured against it: a vocative
    or a comparison that names only the words of ``control`` (normal too); or it is said by name
    to someone other than ``model``, the run's ("" where not known; module docstring)."""
    if called_away(normal, requests, model):
        return True
    for _, start, end in requests:
        called = _CALLED_AFTER().match(normal, end) or _CALLED_BEFORE().search(normal[:end])
        if _names_subject(called, control, vocative=True):
            return True
        compared = _COMPARED_AFTER().match(normal, end)
        if _names_subject(compared or _COMPARED_BEFORE().search(normal[:start]), control, False):
            return True
    return False
