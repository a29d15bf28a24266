"""The reasons a student gives for a request ("Keep it short, I'm in a hurry", 勉強中なので、
英語で書いて), which :func:`grader.score.asks.only_requests` reads as saying nothing beside the
request: a reason about the student is no other task. A reason about the story, one that speaks
of the answer's form, or one that undercuts the request (:data:`_CONTRARY`) is left in, for the
TA to read. Judging what a reason means is left out: these are forms, not meanings.
"""

from __future__ import annotations

from collections import Counter

from grader.score.fillers import content_words
from grader.score.reading import lazy

_REASON = lazy(
    r"\b(?:because|since|'?cause|so\s+that)\b[^.!?;。！？\n]*|"
    r"(?<=[,\u2014])\s*(?:i'm|im|i've|i'd|i'll|we're|we've|i|we)\b(?!\s+mean\b)[^.!?;。！？\n]*|"
    r"[^.!?;,。！？、\n]+(?=[,、]\s*(?:and\s+)?so\b)|"
    r"[^.!?;,。！？、\n]+(?:ので|から|ため)(?:に|です)?(?=\s*(?:[,、。！!？?.]|$))|[^.!?;,。！？、\n]+?ので"
)
"""A reason given for a request: after "because" or "since", a first-person clause after a comma
or a dash ("Keep it short, I'm in a hurry"), before ", so ...", or ending in
ので, から or ため (pass 44: 勉強中なので、英語で書いて; "I'm in a hurry, so keep it short"), or
in ので with the request straight after it (rt39-11: 読めないので英語でお願い)."""
_LANGUAGE_NAMES = lazy(r"english|japanese|英語|日本語")


def reasons(normal: str, control: Counter[str]) -> list[tuple[int, int]]:
    """The spans of ``normal`` that give a reason for its request and say nothing of the
    control's story (none of its content words, the languages' names aside): a reason about the
    student is no other task; one about the story ("since the dragon dies at once") changes it."""
    return [
        m.span()
        for m in _REASON().finditer(normal)
        if not set(content_words(_LANGUAGE_NAMES().sub(" ", m.group()))) & set(control)
        and not _FORM_WORDS().search(m.group())
        and not _CONTRARY().search(m.group())
    ]


_CONTRARY = lazy(
    r"\b(?:all\s+(?:day|night|evening|week|weekend)|hours|ages|forever|plenty\s+of\s+time|no\s+hurry|"
    r"free|bored|kill|everything|every\s+(?:little\s+)?(?:thing|detail|word)|hate|dislike|headaches?|"
    r"hard\s+to\s+(?:read|follow)|confus\w*|lasts?)\b|暇|たっぷり|いくらでも|全部|嫌い|苦手|読みにくい"
)
"""What undercuts a request given a reason (pass 83: "since I have all day", "because I want to
hear everything", "since they give me a headache"): such a reason is no silent aside."""
_FORM_WORDS = lazy(r"\b(?:short|shorter|brief|long|longer|sentences?|lists?|bullets?)\b|短|長|箇条")
"""Words of an answer's form: a clause that holds one speaks of the request ("I don't want it
short"), and is no reason given for it."""
