"""A request said inside a clause that frames another request, which it does not make (pass
108): a condition ("If you use bullet points, tell me a story ...", もし英語で答えるなら、...), a
comparison ("As if in Japanese, ...", 短くまとめるより、...), a concession (箇条書きにしても、...),
a condition by inversion (pass 114: "Should you keep it short, tell me ...", "Had you used ...,"),
the speaker's own manner ("To be brief, tell me ...", "To put it in one sentence: ...",
一文にすると、..., 一文だと、... pass 120) or a reason of the speaker's (英語で答えるから、...).
The main clause after it is the control's request; the goal's words only qualify it.

Read where the request stands in the leading clause and a main clause of words follows its comma
or colon; a condition by inversion is read after a comma too ("Tell me a story, should you keep
it short."): its own form says it is subordinate, whatever stands before it. Left out, as
requests: a condition after the request ("Keep it short if you can."), a main clause that only
thanks or welcomes ("If you could keep it short, that would be great.", 英語で書いてくれると、
助かります) or asks how it would go ("If you had to keep it short, how would it go?"), and
"...でいいから、" (short is fine, so ...), which asks.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy

_INVERTED = r"(?:should|were|had)\s+(?:you|we|it|they|i|(?:the|your)\s+[\w'-]+)\b"
"""A condition by inversion, no "if": "Should you ...", "Were it ...", "Had you ..."."""
_EN_FRAME = lazy(
    r"(?:^|[.!?;]\s*)\s*(?:(?:just|and|so)\s+)?(?:if|were\s+you\s+to|as\s+if|as\s+though|to)\b"
    rf"[^,:;.!?]*$|(?:^|[.!?;]\s*)\s*(?:(?:just|and|so)\s+)?{_INVERTED}[^,:;.!?]*$"
)
"""A leading clause's opening (a condition, a comparison, the speaker's infinitive: "To be
brief"), up to a request inside it."""
_EN_TRAILING = lazy(rf"[,;]\s*{_INVERTED}[^,:;.!?]*$")
"""A condition by inversion after a comma, up to a request inside it."""
_JA_FRAME = lazy(
    r"[\u3041-\u309f\u30fc\u4e00-\u9fff]{0,8}?(?:なら(?:ば)?|ると|だと|だったら|れば|より(?:も)?|ても|でも|(?<!いい)(?<!よい)から|"
    r"ときは|時は|場合は)\s*[、,]"
)
"""A Japanese conjunctive just after a request and its verb (なら, ると, より, ても, から)."""
_WELCOMED = re.compile(
    r"^\s*(?:that\s+(?:would|will|'d)\s+(?:be|help)|it\s+(?:would|will|'d)\s+(?:be|help)|i(?:'d|'ll|"
    r"\s+would|\s+will)\s+(?:appreciate|be)|thanks|thank\s+you|please\b)|^[^.!?]*\?|^\s*(?:助か|嬉し|"
    r"うれし|ありがた|幸い|いい|よい|良い|結構|大丈夫|OK|ok)"
)
"""A main clause that only welcomes the request ("I'll be happy", 助かります) or asks how it
would go: the request before it is made."""
_MAIN, _STOP, _END = re.compile(r"\w"), re.compile(r"[,:;]"), re.compile(r"[.!?]")
"""A word; the leading clause's comma, colon or semicolon; a sentence's end before it."""


def framed(normal: str, start: int, end: int) -> bool:
    """The request at ``normal[start:end]`` stands in a leading clause that frames the request
    after it (module docstring)."""
    after_ja = _JA_FRAME().match(normal, end)
    if after_ja:
        return _main_follows(normal, after_ja.end())
    if _EN_TRAILING().search(normal[:start]):
        return True
    if _EN_FRAME().search(normal[:start]):
        stop = _STOP.search(normal, end)
        plain = stop is not None and not _END.search(normal, end, stop.start())
        return plain and _main_follows(normal, stop.end()) if stop else False
    return False


def _main_follows(normal: str, at: int) -> bool:
    """Words follow the leading clause, and they do more than welcome it."""
    rest = normal[at:]
    return bool(_MAIN.search(rest)) and not _WELCOMED.match(rest)
