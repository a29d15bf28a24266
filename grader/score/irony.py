"""Is a request said in irony or as a wish (pass 116)? Disbelief that the model would do it,
sarcastic assent, a lament, mocking praise as its reason or a condition the model cannot meet
ask the model for nothing in this answer, and :func:`grader.score.addressed.elsewhere` reads
them so for :mod:`grader.score.asks` (a review flag, never a fail). Read in the request's
sentence:

* disbelief: the sentence opens on "as if" or "as though" and a subject ("As if you would answer
  in Japanese."; a main clause after it is :mod:`grader.score.framed`'s), or a Japanese request
  closed by まるで…かのように or …とでも with nothing after (まるであなたが一文で答えるかのように。,
  あなたが英語で答えるとでも。);
* sarcastic assent opening the sentence: "Oh sure, ...", "Yeah right, ...", "Sure, sure, ...",
  "Oh, of course, ...", "Oh totally, ...";
* a lament: "If only you would ...", "Would that you ...";
* a mocking reason that ends the sentence on praise of the model or of the request's success,
  no more said: "..., because you're so good at that.", "..., because that always works.",
  "..., because everybody loves those.", "..., because that's what you do best.";
* a condition the model cannot meet, the model set against itself: "... if you are not you.",
  "If you aren't yourself, ...", あなたがあなたでないなら.

Left out, as requests: "Sure, keep it short." and "Sure! ..." (plain assent), "As always, ...",
"As I said, ...", "I wish you would keep it short." (a plea the student makes of the model),
"If you would, ..." (courtesy), a reason with more to it ("because that works better for me",
"because I'm busy"), まるで詩のように短く書いて and 友達に話すように短く答えて (a manner, the
request's verb after it).
"""

from __future__ import annotations

from grader.score.reading import lazy, sentence_at

_SUBJECT = r"(?:you|it|that|this|they|he|she|the\s+[\w'-]+|your\s+[\w'-]+)"
_OPENING = lazy(
    r"^\s*(?:(?:oh|ah|yeah|well|and|but)\s*,?\s*)*"
    rf"(?:as\s+(?:if|though)\s+{_SUBJECT}\b|if\s+only\s+{_SUBJECT}\b|would\s+that\s+{_SUBJECT}\b)|"
    r"^\s*(?:oh\s*,?\s*(?:sure|of\s+course|totally|definitely)|yeah\s*,?\s*right|"
    r"sure\s*,\s*sure)\b"
)
"""What opens the request's sentence: disbelief ("As if you would"), a lament ("If only you
would", "Would that you"), sarcastic assent ("Oh sure", "Yeah right")."""
_JA_DISBELIEF = lazy(
    "[^。！？!?\\n、]{0,12}?(?:かのよう(?:に|だ|です|で|な)?|とでも(?:[^。！？!?\\n]{0,10})?)"
    "\\s*(?:[。！？!?…〜~]|$)"
)
"""After a Japanese request, closing its sentence: 答えるかのように。, 答えるとでも（思った）？"""
_PRAISE = (
    r"(?:you(?:'re|\s+are)\s+(?:just\s+|always\s+)?(?:so|such)\s+(?:a\s+)?(?:good|great|amazing|"
    r"brilliant|awesome|wonderful|fantastic|talented|skilled|natural|pro|expert)(?:\s+at\s+"
    r"(?:that|this|it|them|those))?|"
    r"(?:that|this|it)(?:'s|\s+is)?\s+(?:so\s+)?(?:always|totally|definitely|obviously|clearly|"
    r"surely)\s+(?:works?|worked|goes\s+well|possible|doable|realistic|going\s+to\s+(?:work|"
    r"happen))(?:\s+(?:so\s+well|out|perfectly|great|every\s+time))?|"
    r"(?:everyone|everybody|people|we\s+all)\s+(?:just\s+|so\s+|totally\s+|really\s+)?"
    r"(?:loves?|adores?)\s+(?:those|them|that|it|these|this)|"
    r"that(?:'s|\s+is)\s+what\s+you\s+(?:always\s+)?do\s+best)"
)
_MOCKING = lazy(rf"^[^.!?]{{0,12}}?\b(?:because|since|as|'?cause|cuz)\s+{_PRAISE}\s*(?:[.!…~)]|$)")
"""After a request, the reason that ends its sentence: praise of the model or of the request's
success with a degree or certainty word, nothing more specific."""
_NOT_ITSELF = lazy(
    r"\b(?:if|when|whenever|once|provided)\s+you(?:'re|\s+are)?\s*(?:not|n't|aren't)\s+"
    r"(?:you|yourself)\b|\b(?:if|when)\s+you\s+aren't\s+(?:you|yourself)\b|"
    "(?:あなた|君|きみ|お前)(?:が|は)(?:あなた|君|きみ|お前)(?:自身)?(?:で|じゃ)(?:は)?な(?:い|く|けれ)"
)
"""A condition the model cannot meet: itself set against itself."""


def ironic(normal: str, start: int, end: int) -> bool:
    """The request at ``normal[start:end]`` (a read prompt) is said in disbelief, sarcastic
    assent, a lament, with a mocking reason or under a condition the model cannot meet (module
    docstring)."""
    begin, stop = sentence_at(normal, start)
    if _OPENING().match(normal[begin:start]) or _JA_DISBELIEF().match(normal, end):
        return True
    if _MOCKING().match(normal[end : max(stop, end)]):
        return True
    return bool(_NOT_ITSELF().search(normal, begin, max(stop, end)))
