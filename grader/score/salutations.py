"""Is a request said to someone other than the model by a letter's salutation or a pronoun (pass
116)? Said so, it asks that model for nothing in this answer, and
:func:`grader.score.addressed.elsewhere` reads it so for :mod:`grader.score.asks` (a review flag,
never a fail). Read before each request found:

* a salutation opening a sentence or a line of the prompt before the request ("Dear diary, keep
  it short.", "Hi Mom, ...", "Dear future self,\\n...", "Dear Santa! ..."), the last one before
  it, whose name is not the model's: anyone but a listener's common noun or a model's name
  (:data:`grader.score.fillers.ADDRESSEE`: "Dear AI", "Hi chatty", "Hey bro"), a greeting's
  word for everyone present ("Hey there", "Hi again", "Hello everyone") or words without content
  ("Hi, please, ..."). The fillers read such a salutation as a courtesy, which is why the name is
  read here;
* a pronoun for others as the request's addressee, opening its sentence ("To them: ...", "For
  her, ...", "To him, not to you: ...") or the model set aside anywhere in it ("Not you, but
  them: ...", "..., for them, not for you.").

Left out: a salutation after the request ("..., dear reader."), which
:func:`grader.score.addressed.misdirected` and the content words read; one to a name
:mod:`grader.score.listeners` reads by the run's model (another assistant, the other model, the
student himself); "For me, ..." and "To us, ..." (the student is whom the model answers); "To
keep it readable, ..." (an infinitive, no addressee); a Japanese salutation (彼らへ、, 日記へ、:
its kanji are content words :func:`grader.score.asks.only_requests` already reads as more than a
request).
"""

from __future__ import annotations

from grader.score.fillers import ADDRESSEE, FILLER
from grader.score.listeners import MODEL_NAMES
from grader.score.reading import lazy, sentence_at

_GREETING = r"(?:dear(?:est)?|hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|evening|day))"
_SALUTATION = lazy(
    rf"(?:^|[.!?。！？\n])\s*{_GREETING}[\s,]+(?:my\s+|dear\s+|old\s+)*"
    r"(?P<name>[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*)?)\s*(?=[,:;!\n\u2014-])"
)
"""A greeting and one or two words, then the salutation's mark: "Dear diary,", "Hi Mom,", "Dear
future self,", "Dear Santa!"."""
_PRESENT = frozenset("there again all everyone everybody y'all yall folks guys".split())
"""A greeting's words for whoever is present, the model among them: "Hey there", "Hi again"."""
_MODEL = lazy(rf"{ADDRESSEE}|{MODEL_NAMES}")
"""The model addressed, or a model's name :mod:`grader.score.listeners` reads by the run's."""
_OTHERS = (
    r"(?:him|her|them|those|these|others|the\s+others|everyone\s+else|somebody\s+else|"
    r"someone\s+else)"
)
_TO_OTHERS = lazy(
    r"^\s*(?:(?:and|but|so|now|then|also|just|ok|okay)\s*,?\s*)*"
    rf"(?:(?:to|for)\s+{_OTHERS}\b|not\s+(?:to\s+|for\s+)?you\s*,)[^.!?:]{{0,40}}?[,:]"
)
"""A pronoun for others opening the request's sentence as its addressee: "To them: ...", "For
her, ...", "Not you, but them: ..."."""
_NOT_YOU = lazy(
    rf"\b(?:to|for)\s+{_OTHERS}\s*,\s*(?:and\s+)?not\s+(?:to\s+|for\s+)?you\b|"
    rf"\bnot\s+(?:to\s+|for\s+)?you\s*,\s*(?:but\s+)?(?:(?:to|for)\s+)?{_OTHERS}\b"
)
"""The model set aside for others in the request's sentence: "to him, not to you", "not you,
but them"."""


def _someone_else(name: str) -> bool:
    """``name`` (a salutation's) names someone other than the model: not a listener's common
    noun or a model's name, not a word for everyone present, not words without content."""
    words = name.split()
    if all(w in FILLER or w in _PRESENT for w in words):
        return False
    return not any(_MODEL().fullmatch(w) for w in words)


def _saluted(normal: str, start: int) -> bool:
    """The last salutation before ``normal[start]`` names someone other than the model."""
    last = None
    for m in _SALUTATION().finditer(normal, 0, start):
        last = m
    return last is not None and _someone_else(last.group("name"))


def _to_others(normal: str, start: int, end: int) -> bool:
    """The request's sentence hands it to others by a pronoun (:data:`_TO_OTHERS`,
    :data:`_NOT_YOU`)."""
    begin, stop = sentence_at(normal, start)
    return bool(
        _TO_OTHERS().match(normal[begin:start]) or _NOT_YOU().search(normal, begin, max(stop, end))
    )


def saluted_away(normal: str, start: int, end: int) -> bool:
    """The request at ``normal[start:end]`` (a read prompt) is said to someone other than the
    model by a salutation or a pronoun (module docstring)."""
    return _saluted(normal, start) or _to_others(normal, start, end)
