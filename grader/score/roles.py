"""A role a prompt gives the model (red-team pass 118): "You are a concise assistant.", "You are
a storyteller who always answers in one sentence.", "Act as a writer ...", あなたはプロの作家です,
"System: ..." before "User: ...". A role or system prompt is a technique students are taught,
so what it says is read as said to the model:

* a request in a relative clause of the role ("an assistant that replies in one sentence",
  簡潔に答えるアシスタント) is the model's, not the story's (:func:`of_model`), as "a dragon
  that talks in a few words" is the story's;
* a role that only names the model's job (:data:`ROLE`: assistant, storyteller, writer, bot,
  with a plain adjective: helpful, professional, プロの) and the labels of a chat's turns add
  nothing beside the request (:func:`role_spans`); a persona of its own ("You are a pirate.",
  あなたは海賊です) chooses a voice, and is read as more than a request;
* a role the goal defines ("a concise assistant", "a one-sentence storyteller", 簡潔なアシスタント)
  is a request (:data:`ROLE_REQUESTS`, merged into :data:`grader.score.requests.REQUESTS`).

Left out: a role with no request ("You are a storyteller." asks for nothing), a role that only
hints at a goal ("You are a haiku poet."), and roles in other words than those listed here.
"""

from __future__ import annotations

from grader.score.reading import lazy

ROLE = (
    r"(?:assistants?|ai|a\.i\.|bots?|chatbots?|(?:(?:large\s+)?language\s+)?models?|llms?|helpers?|"
    r"story-?tellers?|narrators?|writers?|authors?|novelists?|editors?|summari[sz]ers?|"
    r"translators?|responders?)"
)
"""The model's job, named: nothing more than the model it is."""
_PLAIN = (
    r"(?:helpful|friendly|kind|polite|professional|expert|skilled|experienced|talented|seasoned|"
    r"good|great|smart|capable|efficient|careful|honest|harmless|virtual|ai|world-class|excellent|"
    r"concise|brief|succinct|terse|laconic|clear|direct|one-sentence|bullet-point)"
)
"""A plain adjective of a role, or one a request defines ("concise", matched as a request too)."""
_JA_ROLE = (
    "(?:AIアシスタント|アシスタント|ai|AI|チャットボット|ボット|作家|小説家|童話作家|絵本作家|物語作家|"
    "語り手|ストーリーテラー|ライター|編集者|翻訳者|翻訳家)"
)
_JA_PLAIN = (
    "(?:プロの|優秀な|親切な|有能な|熟練の|ベテランの|一流の|腕の(?:いい|良い)|簡潔な|丁寧な)"
)
_TOLD = (
    r"(?:you(?:'re|\s+are)|pretend\s+(?:to\s+be|you(?:'re|\s+are))|act(?:ing)?\s+as|"
    r"imagine\s+you(?:'re|\s+are)|play\s+the\s+role\s+of)"
)
_OF_MODEL = lazy(
    rf"^\s*(?:(?:now|so|ok|okay)\s*,?\s*)?{_TOLD}\s+(?:now\s+)?(?:an?|the|my)\s+[^.!?]*?"
    r"\b(?:who|that|which)\b|"
    "^\\s*(?:あなた|君|きみ)は"
)
"""A clause that opens with a role and a relative pronoun, or あなたは: what it says of the role
is said of the model."""
_ROLE_FRAME = lazy(
    rf"(?:^|(?<=[.!?\n]))\s*(?:(?:now|so|ok|okay)\s*,?\s*)?{_TOLD}\s+(?:now\s+)?(?:an?|the|my)\s+"
    rf"(?:{_PLAIN}\s*,?\s*(?:and\s+)?)*{ROLE}\b(?:\s+(?:who|that|which)(?:\s+(?:always|only|just|"
    r"usually|simply))*)?(?:\s+and\b)?|"
    # the labels of a chat's turns typed before the request: "System: ...", "User: ..."
    r"(?:^|(?<=\n))\s*(?:system(?:\s+prompt)?|user|human|assistant|instructions?|システム|ユーザー?)"
    r"\s*[:：]|"
    f"{_JA_PLAIN}?{_JA_ROLE}(?:として|になりきって)"
)
"""What only gives the model its job: the role with its plain adjectives and relative pronoun
("You are a helpful assistant who always"), "Act as a storyteller and", a turn's label,
プロの作家として."""
_JA_TOLD = lazy("(?:^|(?<=[。！？\\n]))\\s*(?:あなた|君|きみ)は[^。！？\\n]*")
_JA_FRAME = lazy(
    f"^\\s*(?:あなた|君|きみ)は|{_JA_PLAIN}?{_JA_ROLE}(?:です|だ|である)?(?=[。！!]?$)|"
    f"(?:答える|話す|書く|語る|返す|回答する|説明する|まとめる)(?={_JA_PLAIN}?{_JA_ROLE})"
)
"""In a sentence that opens with あなたは: あなたは, the role as its predicate (プロの作家です) and
the verb of answering before it (簡潔に答えるアシスタント); what else the sentence says is read."""


def of_model(before: str) -> bool:
    """``before`` (a request's clause up to the request) opens with a role the prompt gives the
    model ("You are an assistant that", あなたは): a request after it is the model's."""
    return bool(_OF_MODEL().search(before))


def role_spans(normal: str) -> list[tuple[str, int, int]]:
    """Where ``normal`` (a read prompt) only gives the model its job (:data:`_ROLE_FRAME`, and in
    a sentence that opens with あなたは, :data:`_JA_FRAME`: a role noun elsewhere may be the
    story's, ドラゴンは作家です)."""
    found = [(m.group(), m.start(), m.end()) for m in _ROLE_FRAME().finditer(normal)]
    for told in _JA_TOLD().finditer(normal):
        found += [
            (m.group(), told.start() + m.start(), told.start() + m.end())
            for m in _JA_FRAME().finditer(told.group())
        ]
    return found


ROLE_REQUESTS: dict[str, tuple[str, ...]] = {
    "concise": (
        rf"\b{_TOLD}\s+(?:(?:now|always)\s+)?(?:an?\s+)?(?:[\w-]+\s*,?\s+){{0,2}}?"
        r"(?:concise|brief|succinct|terse|laconic)\b",
        f"(?:簡潔|端的|手短)な{_JA_ROLE}",
    ),
    "one_sentence": (rf"\b(?:one|single|1)[\s-](?:sentence|line)\s+{ROLE}\b",),
    "list": (rf"\bbullet[\s-]?points?\s+{ROLE}\b", f"箇条書き(?:で答える|の){_JA_ROLE}"),
}
"""A role the goal defines, a request for it: "You are a concise assistant", "a one-sentence
storyteller", "a bullet-point assistant", 簡潔なアシスタント."""
