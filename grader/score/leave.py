"""Is a request only allowed, pretended or kept in the model's mind (pass 119)? Each asks the
model for nothing in this answer, and :func:`grader.score.addressed.elsewhere` reads it so for
:mod:`grader.score.asks` (a review flag, never a fail). Read in the request's sentence:

* permission stated, not asked: "You may keep it short.", "You can answer in Japanese.", a
  Japanese request closed by てもいい/てもよい/ても構わない (英語で答えてもよい。); a question
  ("Can you answer in Japanese?", 英語で答えてもいい？) is a request and still asks;
* pretence: the request right after "as if/though you were" ("Write as if you were answering in
  one sentence.") or closed by つもりで (一文で答えるつもりで書いて。);
* the model's mind: "Keep it short in your mind.", "In your head, use bullet points.";
* a request adverb leading the student's own statement: "Briefly, I love dragons." (the twin of
  "In short, ..."); "Briefly, tell me a story." leads a request, and asks.

Left out, as requests: "You should/must ...", "You could ..." (a suggestion the student makes),
"Answer as if you were a pirate, in one sentence." (a manner, the request apart from it),
"Keep in mind: keep it short.", "Feel free to ..." and permission said in other words ("You
have my permission to ..." is read by :mod:`grader.score.beside`'s content words).
"""

from __future__ import annotations

from grader.score.reading import lazy, sentence_at

_ANSWERING = (
    r"(?:(?:answer|reply|respond|write|speak|talk|tell|say|put)(?:\s+(?:it|this|the\s+story|me|"
    r"back))?\s+)?"
)
"""A verb of answering before a request that names only its form ("answer in Japanese")."""
_PERMITTED = lazy(
    rf"\b(?:you|u)\s+(?:may|can|might)\s+(?:also\s+|just\s+|always\s+|still\s+)?{_ANSWERING}$"
)
"""Before the request: the model told it may ("You may keep it short.")."""
_JA_PERMITTED = lazy(
    "^[\u3041-\u3096\u4e00-\u9fff]{0,5}?[てで]も(?:いい|よい|良い|構わない|かまわない|大丈夫|ok)"
    "(?:です|よ|ですよ|ね|けど|から)*\\s*(?:[。！!…~〜]|$)"
)
"""After a Japanese request, ending its sentence without a question: 答えてもよい。"""
_PRETENDED = lazy(
    r"\bas\s+(?:if|though)\s+(?:you|u)(?:'re|\s+were|\s+was|\s+are|\s+would\s+be)\s+"
    r"(?:[\w'-]+ing\s+)?$"
)
"""Before the request, nothing between: "as if you were answering ..." ("as if you were a
pirate, in one sentence" has the pirate between, a manner)."""
_JA_PRETENDED = lazy("^[\u3041-\u3096\u4e00-\u9fff]{0,5}?つもり(?:で|に|になって)")
"""After a Japanese request: 答えるつもりで."""
_MIND = r"(?:in|inside|within)\s+your\s+(?:mind|head|imagination|thoughts|dreams?)"
_IN_MIND_AFTER = lazy(rf"^[^.!?;]{{0,24}}?\b{_MIND}\b")
_IN_MIND_BEFORE = lazy(rf"\b{_MIND}\s*,?\s*(?:(?:please|just)\s+)?{_ANSWERING}$")
_STATEMENT = lazy(
    r"^\s*(?:put\s*)?[,:\u2014-]+\s*(?!(?:please|pls|kindly|just|now|tell|write|describe|explain|"
    r"answer|reply|respond|say|give|summari[sz]e|list|narrate|recount|share|what|how|who|why|"
    r"when|where|can|could|would|will|let|make|keep|use|do)\b)[a-z]"
)
"""After a leading request adverb: a clause that is no request (no verb of asking, no
question)."""
_ADVERB = lazy(r"^\s*(?:briefly|concisely|shortly|succinctly)\s*$")


def left_to_the_model(normal: str, start: int, end: int) -> bool:
    """The request at ``normal[start:end]`` (a read prompt) is only allowed, pretended, kept in
    the model's mind, or an adverb leading the student's own statement (module docstring)."""
    begin, stop = sentence_at(normal, start)
    before, after = normal[begin:start], normal[end : max(stop, end)]
    question = after.rstrip().endswith(("?", "？")) or "?" in after
    if _PERMITTED().search(before) and not question:
        return True  # "Can you keep it short?" is a request; "You can keep it short." is leave
    if _JA_PERMITTED().match(after) or _JA_PRETENDED().match(after):
        return True
    if _PRETENDED().search(before):
        return True
    if _IN_MIND_AFTER().match(after) or _IN_MIND_BEFORE().search(before):
        return True
    # the adverb alone opens the sentence and a statement follows ("Briefly, I love dragons.")
    return not before.strip() and bool(
        _ADVERB().match(normal[start:end]) and _STATEMENT().match(after)
    )
