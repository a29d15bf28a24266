"""The reasons a student gives for a request ("Keep it short, I'm in a hurry", 勉強中なので、
英語で書いて), which :func:`grader.score.asks.only_requests` reads as saying nothing beside the
request: a reason about the student is no other task. A reason about the story, one that speaks
of the answer's form, or one that undercuts the request (:data:`_CONTRARY`) is left in, for the
TA to read. Also here: a bare remark beside a request (:func:`bare_remark`), a sentence of
function words alone that may take it back, and a request stated as a possibility
(:func:`stated_possibility`). Judging what a reason or a remark means is left out:
these are forms, not meanings.
"""

from __future__ import annotations

import re
from collections import Counter

from grader.score.fillers import ASIDES, content_words, unpadded
from grader.score.reading import lazy
from grader.score.text import SENTENCE

_REASON = lazy(
    r"\b(?:because|since|'?cause|so\s+that|seeing\s+as|given\s+that|(?:so|as)(?=\s+(?:i|we)\b))\b"
    r"[^.!?;。！？\n]*|"
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
        and not (_BAD_OUTCOME().search(m.group()) and not _NEGATED().search(m.group()))
    ]


_CONTRARY = lazy(
    r"\b(?:all\s+(?:day|night|evening|week|weekend)|hours|ages|forever|plenty\s+of\s+time|no\s+hurry|"
    r"free|bored|kill|everything|every\s+(?:little\s+)?(?:thing|detail|word)|hate|dislike|headaches?|"
    r"hard\s+to\s+(?:read|follow)|confus\w*|lasts?)\b|暇|たっぷり|いくらでも|全部|嫌い|苦手|読みにくい"
)
"""What undercuts a request given a reason (pass 83: "since I have all day", "because I want to
hear everything", "since they give me a headache"): such a reason is no silent aside."""
_BAD_OUTCOME = lazy(
    r"\b(?:fail(?:s|ed|ing|ure)?|los(?:e|es|ing|t)|zero|penali[sz](?:e|es|ed|ing)|punish\w*|marks?\s+"
    r"(?:me\s+)?down|marked\s+down|dock\w*|deduct\w*|skip(?:s|ped|ping)?|ignor(?:e|es|ed|ing)|"
    r"delet(?:e|es|ed|ing)|reject\w*|bor(?:ing|edom)|tedious|annoy\w*|worse|worst|useless|pointless)\b|"
    r"減点|不合格|落第|零点|0点|負け|失敗|退屈|無視|怒られ"
)
"""A bad outcome of the request (pass 94: "so that I lose the bet", "since my teacher fails
one-sentence answers", "because brevity is the soul of boredom", "since my screen reader skips
them"): a reason that gives the request one undercuts it, unless it is negated ("so that I
don't fail the quiz", :data:`_NEGATED`)."""
_NEGATED = lazy(r"\b(?:not|no|never|cannot)\b|n't\b|ない|ず[にとも]|ません")
_FORM_WORDS = lazy(
    r"\b(?:short|shorter|brief|brevity|long|longer|length|sentences?|lists?|bullets?|pages?|"
    r"paragraphs?)\b|短|長|箇条"
)
"""Words of an answer's form: a clause that holds one speaks of the request ("I don't want it
short"), and is no reason given for it."""


_CLOSING = lazy(
    r"(?:that's|that\s+is|it's|it\s+is)\s+(?:all|it)|if\s+(?:you\s+)?(?:can|could|would|possible)|"
    r"as\s+(?:always|usual)|(?:right\s+)?now|i\s+mean\s+it|no\s+(?:pressure|rush|hurry|worries|problem)|in\s+advance|"
    r"お?ねがい(?:します|です)?|[ねよなわさぞ]+(?=[。！？!?.\s]*$)"
)
"""What closes a request and takes nothing back: "That's all.", "If you can.", "I mean it.", "No
pressure.", "Thanks in advance!", よろしくね's ね (besides the fillers' padding and asides)."""
_LETTERS = lazy(r"[a-z]|[\u3041-\u3096]{2}")


def bare_remark(normal: str, spans: list[tuple[str, int, int]], control: str) -> bool:
    """A sentence of ``normal`` (a prompt's normal form) with none of ``spans`` (its requests)
    and not its control's (``control``, normal too), of words without content alone and more
    than a closing (pass 86: "Answer briefly. As you were.", "If only.", "Would that it were
    so.", うそぴょん, なんつって): a remark that may take the request back, for the TA."""
    # an ellipsis ends no sentence ("短く…してね。"): dots in a row kept as one mark each
    normal = re.sub(r"\.{2,}", lambda d: "\u2026" * len(d.group()), normal)
    for m in SENTENCE().finditer(normal):
        text = m.group().strip()
        if not text or text in control or any(m.start() <= s < m.end() for _, s, _ in spans):
            continue
        bare = _CLOSING().sub(" ", unpadded(text))
        for aside in ASIDES:
            bare = aside.sub(" ", bare)
        if _LETTERS().search(bare) and not content_words(text):
            return True
    return False


_POSSIBLE = lazy(
    r"\b(?:i|we|one|you)\s+(?:(?:could|might|may|can)\s+(?:always\s+|just\s+|easily\s+|of\s+course\s+)?|"
    r"(?:was|were)\s+(?:just\s+)?(?:about|going|gonna)\s+to\s+|(?:almost|nearly)\s+|(?:had\s+)?meant\s+to\s+|"
    r"(?:had\s+)?planned\s+to\s+)(?:ask|tell|request|beg|demand|asked|told|requested)\b|"
    r"(?:頼む|言う|お願いする|頼め|言え)(?:こと(?:も|は)?でき|けど|が|つもり|はず)|言いかけ|"
    r"\b(?:let's\s+)?say\s+(?:you|we)\s+(?:answer|use|keep|write|reply|respond|put|give|tell|make)\b"
)
"""A request stated as something one could make, was about to, meant to or almost made (pass 94:
"Sure, I could ask you to keep it short.", "I might ask for bullet points"; pass 98: "I was about
to ask you to ...", と頼むつもりだった), which makes none; "Could I ask for ...?", "I'd ask you to
..." and "I'm asking you to ..." ask."""


def stated_possibility(normal: str) -> bool:
    """``normal`` (a prompt's normal form) says a request could be made, not that it is."""
    return bool(_POSSIBLE().search(normal))
