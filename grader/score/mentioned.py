"""Is a request only mentioned, not made (pass 116)? Its words reported as someone's speech, said
and then declined, or shown as what not to do ask the model for nothing in this answer, and
:func:`grader.score.addressed.elsewhere` reads them so for :mod:`grader.score.asks` (a review
flag, never a fail). Read in the request's sentence:

* reported speech without quotes: a quotative frame opening the sentence just before the
  request, a subject and "was like", "is all", "goes", "went" ("And I was like, answer in
  Japanese.", "She goes, keep it short.", "He was all, use bullet points.", "My brother went,
  ..."). Quoted speech is left out by :func:`grader.score.reading.normal`; a frame with a word of
  content ("My teacher always said ...") is more than a request already;
* a request said and then declined: a saying verb under a modal of the student's ("I would say",
  "I'd ask", "I could say") and, after the request, a refusal of the student's ("but I won't",
  "but I don't"): "Keep it short, I would say, but I won't.", "I would say keep it short, but I
  won't.";
* a heading that shows what not to do before the request: "Not this: keep it short.", "Never
  this: ...", "Not these: ...".

Left out, as requests: "Like I said, ..." and "As I said, ..." (the request said again), "I was
told to keep it short, so please do." (no quotative frame), "I'd say keep it short." (no
refusal), a frame in a sentence of its own ("I was like, wow. Keep it short."), and "Not too
long: ..." (a heading of the answer's form, no demonstrative).
"""

from __future__ import annotations

from grader.score.reading import lazy, sentence_at

_SUBJECT = r"(?:i|he|she|they|we|you|(?:my|his|her|our|their|the)\s+[\w'-]+|[a-z][\w'-]*)"
_QUOTATIVE = lazy(
    r"^\s*(?:(?:and|so|then|but|like|anyway)\s*,?\s*)*"
    rf"{_SUBJECT}(?:(?:'m|'s|'re|\s+(?:was|were|am|is|are|be|been))\s+(?:all\s+|just\s+|totally\s+)?"
    r"(?:like|all)|(?:\s+(?:just|then))?\s+(?:goes|go|went|was\s+going|were\s+going|'s\s+going|"
    r"is\s+going))\s*[,:\u2014-]\s*(?:[\w'-]+\s+){0,3}$"
)
"""A quotative frame opening the request's sentence up to the request (its verb and up to two
more words between): "And I was like, ...", "She goes, ...", "He was all, ..."."""
_WOULD_SAY = lazy(
    r"\b(?:i|we)(?:'d|\s+(?:would|could|might|should|was\s+going\s+to|wanted\s+to))\s+"
    r"(?:say|ask|add|write|suggest|tell\s+you(?:\s+to)?|request)\b"
)
"""A saying verb under a modal of the student's: the request voiced as a hypothesis."""
_DECLINED = lazy(
    r"\bbut\s+(?:i|we)(?:\s+(?:won't|will\s+not|wouldn't|would\s+not|don't|do\s+not|can't|cannot|"
    r"shan't|didn't|did\s+not|am\s+not)|'m\s+not|'ll\s+not)\b"
)
"""A refusal of the student's after the request: "but I won't", "but I'm not"."""
_NOT_THIS = lazy(
    r"^\s*(?:(?:not|never|avoid|don't\s+do|do\s+not\s+do)\s+(?:this|these|that|those|"
    r"the\s+following)|what\s+not\s+to\s+(?:do|say|write|ask))\s*:"
)
"""A heading of what not to do, opening the request's sentence: "Not this: ..."."""


def mentioned(normal: str, start: int, end: int) -> bool:
    """The request at ``normal[start:end]`` (a read prompt) is reported, declined or shown as
    what not to do in its sentence (module docstring)."""
    begin, stop = sentence_at(normal, start)
    before, after = normal[begin:start], normal[end : max(stop, end)]
    if _QUOTATIVE().match(before) or _NOT_THIS().match(before):
        return True
    # both halves are needed: "I'd say keep it short" alone is a hedged request
    return bool(_WOULD_SAY().search(normal, begin, max(stop, end)) and _DECLINED().search(after))
