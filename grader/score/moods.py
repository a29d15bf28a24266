"""Is a goal's request said as a request (pass 114)? Its words said in another mood ask the model
for nothing in this answer, and :func:`grader.score.addressed.elsewhere` reads them so for
:mod:`grader.score.asks` (a review flag, never a fail). Read around each request found:

* a modal perfect, about an answer already given (an inference or a regret): "You must have
  answered in Japanese", "You should've used bullet points", "It should have been one
  sentence", "I wish you had kept it short"; 一文で答えるべきだった, 英語で答えたほうがよかった,
  短く答えてほしかった;
* a question whatever its last mark: an interrogative opening the request's clause, which English
  word order makes a question ("Why keep it short.", "Why do you answer in Japanese.", "How come
  you ...", and a how-to heading, "How to answer in Japanese."); なぜ, なんで or どうして in the
  request's sentence (なぜ英語で答えるの。, 英語で答えるのはなぜ。) and a heading 〜には。
  (短く答えるには。);
* an observation of what the model does or did: "So you answer in Japanese", "I see you ...",
  "Look at you, keeping it short", "You answered in Japanese", a statement with a tag
  ("Answering in Japanese, are we."), and a Japanese plain verb closed by a particle of
  realisation or wonder (答えるのね, 答えるのか, 書くなんて, 答えたってわけ, 話すわけか).

Left out, as requests: a modal in the present ("You should answer in one sentence", "You have to
keep it short", 英語で答えるべきです) and "have" as a verb of its own ("You should have the answer
in Japanese", "had better"); a suggestion put as a question ("Why not ...", "Why don't you ...",
"How about ..."); "you" with a verb in the present or the future ("You answer in Japanese",
"You will use bullet points": how a system prompt tells a model what it does); "so" as a
connective ("So, answer in Japanese", "So keep it short", "so you can ..."); なぜなら (because),
どうしても (by all means), なんでも (anything); and Japanese endings that press a request
(答えるのよ, 答えるんだよ, 答えるように). A condition by inversion ("Should you ..., ...") is
:mod:`grader.score.framed`'s.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy, sentence_at

_MODAL = r"(?:should|must|would|could|might|may|ought\s+to|will|shall|need)"
_PARTICIPLE = (
    r"(?:been|answered|replied|responded|used|kept|written|told|given|said|spoken|made|put|done|"
    r"gone|stuck|summed|summari[sz]ed|chosen|switched|stayed|explained|described|narrated|tried|"
    r"stopped|cut|trimmed|limited\s+(?:it|yourself|the))"
)
"""The participles of a request's verbs, where "have" makes a perfect; not "have" as a verb of
its own ("should have the answer in Japanese", "should have bullet points", "have to") nor one
that may be an adjective before a noun ("should have numbered steps")."""
_PERFECT = lazy(
    rf"(?:\b{_MODAL}(?:n't|\s+not)?|(?<=\w)'d)(?:'ve|\s+have|\s+of)\s+{_PARTICIPLE}\b"
    r"(?:\s+[\w'-]+){0,3}$|"
    rf"\b(?:wish|if\s+only)\s+(?:you|it|we|the\s+\w+|your\s+\w+)\s+had\s+{_PARTICIPLE}\b"
    r"(?:\s+[\w'-]+){0,3}$"
)
"""Before a request and through its first word: a modal perfect ("you must have answered", "it
should have been", "you'd have used") or a wish about the past ("I wish you had kept")."""
_JA_PERFECT = lazy(
    "[^。！？!?\\n]{0,8}?(?:べき(?:だった|でした|であった)|(?:ほう|方)が(?:よかった|良かった)|"
    "て(?:ほし|欲し|もらいた)かった)"
)
"""After a Japanese request: what should have been (べきだった, ほうがよかった) or was wished for
(答えてほしかった), of an answer already given."""
_ASKED = lazy(
    r"^\s*(?:(?:and|but|so|oh|well|then|now|hmm|huh)\s+)*(?:why\b(?!\s+not\b|\s+(?:don't|dont|"
    r"do\s+not)\s+(?:you|we)\b)|how\s+come\b|(?:how|when|where|what|which)\s+to\b|(?:how|when|where)"
    r"\s+(?:do|does|did|would|will|should|can|could|must|shall|is|are)\s+(?:you|we|it|i)\b)"
)
"""An interrogative opening a request's clause: a question whatever its last mark."""
_JA_ASKED = lazy("なぜ(?!なら)|何故(?!なら)|なんで(?!も)|どうして(?!も)")
_JA_HEADING = lazy("[^。！？!?\\n、]{0,8}?[うくすつぬむるぐぶ]には\\s*(?:[。！!.…]|$)")
_PAST = (
    r"(?:answered|replied|responded|wrote|written|told|said|spoke|spoken|kept|made|used|gave|"
    r"given|listed|summed|summari[sz]ed|limited|stuck|formatted|put|did|done|went|stayed|chose|"
    r"picked|switched|narrated|explained|described|structured|organi[sz]ed|numbered)"
)
_MODAL_AFTER = r"(?!(?:should|must|will|would|can|could|may|might|need|have\s+to|ought|shall)\b)"
_OBSERVED = lazy(
    r"^\s*(?:(?:and|but|oh|ah|aha|wow|well|hmm|huh)\s+)*(?:(?:so|i\s+see|i\s+notice[ds]?|i\s+can\s+"
    rf"see)(?:\s+that)?\s+you\s+{_MODAL_AFTER}(?:[\w'-]+\s+){{0,3}}[\w'-]+|(?:so\s+)?you\s+(?:(?:"
    rf"always|just|already|really|also|only|even|clearly|obviously)\s+)*{_PAST}(?:\s+[\w'-]+){{0,3}})$"
)
"""Before a request and through its first word, in its clause: the model's doing observed ("so
you answer", "I see you use") or told of in the past ("you answered", "you used")."""
_LOOK = lazy(r"^\s*(?:(?:oh|ah|wow|well)\s+)*look\s+at\s+you\s*,?\s*(?:[\w'-]+\s+){0,2}$")
_TAG = lazy(
    r"[^.!?。！？\n]{0,40}?,\s*(?:are|aren't|do|don't|did|didn't|were|weren't|have|haven't)\s+"
    r"(?:we|you)\s*(?:[.!…~]|$)"
)
"""After a request: a tag that makes its sentence a statement ("Answering in Japanese, are we.");
"Keep it short, will you?" asks."""
_JA_OBSERVED = lazy(
    "[^。！？!?\\n、]{0,8}?(?:[うくすつぬむるぐぶた]|てる|ている|ていた|てた)(?:の(?:ね|か|だね|だな|ですね)|"
    "ん(?:だね|だな|ですね)|(?:だ)?なんて|って(?:わけ|こと)|という(?:わけ|こと)|わけ(?:ね|か|だ|です)?|"
    "とは(?:ね|な)?)[ねなかよーぁ]*\\s*(?:[。！!.…~〜]|$)"
)
"""After a Japanese request: its verb, plain, closed by a particle of realisation or wonder
(答えるのね, 答えるのか, 書くなんて, 答えたってわけ); 答えるのよ and 答えるように press it."""


def _perfect(head: str, normal: str, end: int) -> bool:
    """About an answer already given: a modal perfect in ``head`` (the request's clause up to
    its first word) or a Japanese one after ``end``."""
    return bool(_PERFECT().search(head) or _JA_PERFECT().match(normal, end))


def _question(before: str, normal: str, start: int, end: int) -> bool:
    """A question whatever its mark: an interrogative opening ``before`` (the request's clause
    up to it), なぜ in its sentence, or a heading 〜には。 after it."""
    begin, stop = sentence_at(normal, start)
    return bool(
        _ASKED().match(before)
        or _JA_ASKED().search(normal, begin, stop)
        or _JA_HEADING().match(normal, end)
    )


def _observed(head: str, normal: str, start: int, end: int) -> bool:
    """The model's doing observed: in ``head`` (the request's clause through its first word),
    in its sentence before it ("Look at you, ..."), or by a tag or a Japanese ending after."""
    begin, _ = sentence_at(normal, start)
    return bool(
        _OBSERVED().search(head)
        or _LOOK().match(normal[begin:start])
        or _TAG().match(normal, end)
        or _JA_OBSERVED().match(normal, end)
    )


def unsaid(normal: str, clause: re.Match[str], start: int, end: int) -> bool:
    """The request at ``normal[start:end]``, in ``clause``, is said in another mood than a
    request's: about a past answer, asked, or observed (module docstring)."""
    before = normal[clause.start() : start]
    head = before + normal[start:end].split(" ")[0]
    return (
        _perfect(head, normal, end)
        or _question(before, normal, start, end)
        or _observed(head, normal, start, end)
    )
