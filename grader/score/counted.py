"""Counts own notes state of a named run, checked against its answer (passes 126, 128, 129).

A count of sentences, list items, words, characters, paragraphs or tokens used, said of a run
("terse wrote six sentences", "the list run gave seven bullet points", "chatty was a single
sentence", テルスは五文だった, 300文字くらい, "used 15 of its 30 tokens"), of the runs the clause
names as :func:`grader.score.claimed.claimed_of` reads them, is compared with the answer's own
count (:func:`grader.score.text.sentences`, :func:`~grader.score.text.list_items`, its words,
:func:`~grader.score.text.chars`, its paragraphs, its tokens). A count is made up when every run
it names is far from it: list items off by :data:`OFF` and the ratio :data:`RATIO`; sentences and
paragraphs :data:`OVER` more or times as many, or a quarter and :data:`UNDER` fewer (a student
does not count "The end."); words and characters, which a student estimates, :data:`ROUGH`
times; tokens :data:`TOKENS_OFF` and :data:`RATIO`. An honest miscount by one, or an estimate,
stays.

Left out: lines (what a student calls a line is what the screen wraps), a clause with a request
or a prompt in it ("I asked for three bullet points", "my prompt had two sentences": the count
is not the answer's) unless the request comes before a lead-in of what came out ("After I asked
for bullets, ...", "..., and it gave", 指示したところ、), a count behind a negation ("not three
sentences"), and tokens but those a run is said to have used (the budget is the set-up's). A 文
of a word (呪文, 注文) is no sentence.
"""

from __future__ import annotations

import re

from grader.score import text
from grader.score.claimed import claimed_of
from grader.score.context import RunView
from grader.score.denied import NEAR
from grader.score.naming import subject
from grader.score.numbers import NUMBER_WORD, number_value
from grader.score.reading import lazy
from grader.util.i18n import T, Text

OFF = 2
"""A count of list items this far from the answer's at least, and ..."""
RATIO = 1.5
"""... this many times it or a fraction of it, is made up."""
OVER = 3
"""A count of sentences or paragraphs this many above the answer's, or this many times it (and
:data:`RATIO` times it), is made up; below it, only a count a quarter of the answer's and
:data:`UNDER` fewer: a student reads "The end." as no sentence, and "one sentence" of three
short ones is honest."""
UNDER = 4
ROUGH = 3.0
"""Words and characters, which a student estimates: a count this many times the answer's or a
fraction of it, and :data:`ROUGH_OFF` from it, is made up."""
ROUGH_OFF = 10


_UNIT_EN = (
    r"(?P<unit>sentences?|bullet(?:\s+points?|s)?|points|items?|words?|paragraphs?|"
    r"characters?|letters)"
)
_COUNT_EN = lazy(
    rf"\b(?:(?P<n>\d+|{NUMBER_WORD})|(?P<one>a\s+single|just\s+one|only\s+one)|"
    r"(?P<group>(?:half\s+)?a\s+(?:baker's\s+)?dozen|a\s+(?:mere\s+)?(?:couple|pair|duo|trio|quartet|"
    r"score)\s+of))[\s-]+"
    rf"(?:(?!(?:of|in|per|more|less|than|or|and|the|to|from)\b)[a-z]+(?:-[a-z]+)*\s+){{0,2}}?"
    rf"{_UNIT_EN}\b(?!\s+(?:per|a|(?:on\s+)?(?:each|every)|at\s+a)\s+(?:line|row|time)\b)",
    re.IGNORECASE,
)
"""A count of a unit, with two words of description at most between ("a nine-sentence story",
"eight very short sentences"), none that makes it a part or a bound ("two of the sentences"),
and not a rate ("one item per line", pass 139); a group word counts ("half a dozen sentences",
"a couple of sentences": pass 142)."""
_GROUPS = {"dozen": 12, "half dozen": 6, "baker's dozen": 13, "couple": 2, "pair": 2, "duo": 2}
_GROUPS |= {"trio": 3, "quartet": 4, "score": 20}
_COUNT_JA = lazy(
    r"(?P<n>\d+|[一二三四五六七八九十百]+)\s*(?:つの|個の|つ|個)?\s*"  # 2 文: a space by digits
    r"(?P<unit>文(?!字|章)|センテンス|項目|文字|字|段落|パラグラフ|単語|語)"
)
_COUNT_AFTER = lazy(
    # the count after its noun (文が7つ, 文の数は12, 文字数が900くらい, "its word count was around
    # 90": passes 146, 147)
    r"(?P<unit>(?<![呪注論作本原構])文(?!字|章)|センテンス|句点|項目|文字|段落|単語)(?:の)?数?(?:が|は|\s*[:：]|(?<=数)(?=\s*\d))\s*(?:約|およそ)?(?P<n>\d+|"
    r"[一二三四五六七八九十百]+)(?:つ|個|文字|字)?(?![つ個文字にとの])|"
    r"\b(?P<unit_en>word|sentence|character)\s+count\s+(?:of\s+(?P<run>[\w-]+)\s+)?(?:was|is|came\s+to|of)\s+"
    r"(?:around|about|roughly|approximately|nearly|~)?\s*(?P<n_en>\d+)",
    re.IGNORECASE,
)
_OF_QUOTED = lazy(r"(?:[」』\"'”’]|(?<=[\u3040-\u30ff\u3400-\u9fff])\s)\s*の$")
"""A count of a quotation (「英語で」の三文字: u04-eigo-de), the quotation there or left out
(a space after a Japanese letter)."""
_NONE_JA = lazy(r"[一1](?:つの|個の)?(?:文|文字|字|語|単語|項目)も")
"""一文字も, 一文も: "not a single", no count (pass 147)."""
_ASKED = lazy(
    r"\b(?:ask\w*|request\w*|prompt\w*|instruct\w*|told\s+it|want\w*|limit\w*|budget)\b|"
    r"頼|依頼|指示|プロンプト|お願い|ように|と書い|付け足|足し|指定|以内|まで",
    re.IGNORECASE,
)
"""A request or a prompt in the clause: a count there is asked for, not seen ..."""
_LEAD_IN = lazy(
    r"(?:ところ|たら|すると)、?|^\W*(?:after|when|once)\b[^,]{1,60},|[,;]\s*(?:and|but|so)\s+(?:[^,;]{0,30}?\s)?"
    r"(?=(?:it|the\s+(?:model|answer|output)|[A-Za-z0-9]+[-_][A-Za-z0-9_-]+)(?![A-Za-z0-9_-]))",
    re.IGNORECASE,
)
"""... unless the request stands before a lead-in of what then came out ("After I asked for
bullets, ...", "..., and the model gave", 指示したところ、)."""
_LETTERS_MIN = 10
"""A count of "characters" below this is of a story's characters: no answer is so few letters."""
_UNITS = {
    "sentence": "sentences", "bullet": "items", "point": "items",
    "item": "items", "word": "words", "paragraph": "paragraphs", "character": "characters",
    "letter": "characters", "文": "sentences", "センテンス": "sentences", "項目": "items",
    "語": "words", "単語": "words", "パラグラフ": "paragraphs", "句点": "sentences",
    "文字": "characters", "字": "characters", "段落": "paragraphs",
}  # fmt: skip


def counted_review(clause: str, runs: list[RunView]) -> Text | None:
    """A review flag for a count in ``clause`` that every run it names is far from (see the
    module's docstring)."""
    for m in [
        *_COUNT_EN().finditer(clause),
        *_COUNT_JA().finditer(clause),
        *_COUNT_AFTER().finditer(clause),
    ]:
        # a request before a lead-in that ends before the count (箇条書きを指示したところ、五つの
        # 項目になった: the count is seen, pass 177) is not the count's
        lead = max((x.end() for x in _LEAD_IN().finditer(clause, 0, m.start())), default=0)
        if _ASKED().search(clause, lead):
            continue
        if NEAR().search(clause[: m.start()]) or _NONE_JA().match(clause, m.start()):
            continue
        if _OF_QUOTED().search(clause, 0, m.start()):
            continue  # 「英語で」の三文字: the quotation's letters, not an answer's (u04-eigo-de)
        said, unit = _said(m), _unit(m.groupdict().get("unit") or m["unit_en"])
        story = re.match(r"(?i)char", m.groupdict().get("unit") or "")  # not 文字
        if unit == "characters" and said < _LETTERS_MIN and story:
            continue  # "only one character, the princess": a story's, not letters (rt154-14)
        named = subject(m["run"], runs) if m.groupdict().get("run") else claimed_of(m, clause, runs)
        real = [answer_count(r, unit) for r in named]
        if named and all(_far(said, n, unit) for n in real):
            return T(
                f"to review: the notes say {', '.join(r.name for r in named)} had {said} "
                f"{unit}; its answer has {', '.join(map(str, real))}",
                f"確認が必要: 考察は {', '.join(r.name for r in named)} の{_JA[unit]}を {said} "
                f"としていますが、出力は {', '.join(map(str, real))} です",
            )
    return _tokens_review(clause, runs)


_TOKENS = lazy(
    r"\bused\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|~\s*)?(?P<n>\d+)\s+"
    r"(?:(?:out\s+)?of\s+(?:its\s+|the\s+|their\s+)?(?:\d+\s+)?)?tokens?\b|"
    r"(?:\d+\s*トークン(?:中|のうち)\s*)?(?P<nj>\d+)\s*トークン(?:ほど|くらい|ぐらい|程度)?(?:しか)?\s*(?:使|消費|で(?:止ま|終わ|終え))",
    re.IGNORECASE,
)
"""Tokens a run used, as a number ("used only about 15 of its 30 tokens", 30 トークン中 15 トークン
ほどしか使わず: pass 183); the budget alone ("max_new_tokens 30") is the set-up's."""
TOKENS_OFF = 5
"""A count of tokens this far from the answer's, and :data:`RATIO` times it or a fraction of it,
is made up."""


def _tokens_review(clause: str, runs: list[RunView]) -> Text | None:
    """A review flag for tokens said used (:data:`_TOKENS`) that every run named is far from."""
    for m in _TOKENS().finditer(clause):
        said = int(m["n"] or m["nj"])
        named = claimed_of(m, clause, runs)
        real = [len(r.generation.output_ids) for r in named]
        far = [
            abs(said - n) >= TOKENS_OFF and max(said, n) >= RATIO * max(min(said, n), 1)
            for n in real
        ]
        if named and all(far) and not NEAR().search(clause[: m.start()]):
            names, counts = ", ".join(r.name for r in named), ", ".join(map(str, real))
            return T(
                f"to review: the notes say {names} used {said} tokens; its answer has {counts}",
                f"確認が必要: 考察は {names} が {said} トークンを使ったとしていますが、出力は "
                f"{counts} トークンです",
            )
    return None


_JA = {
    "sentences": "文の数", "items": "項目の数", "words": "語数",
    "characters": "文字数", "paragraphs": "段落の数",
}  # fmt: skip


def _said(m: re.Match[str]) -> int:
    if m.groupdict().get("one"):
        return 1
    if m.groupdict().get("group"):
        words = [w for w in m["group"].lower().split() if w not in ("a", "mere", "of")]
        return _GROUPS[" ".join(words)]
    n = m.groupdict().get("n") or m["n_en"]
    return number_value(n.lower())  # digits, a number word or a kanji numeral


def _unit(word: str) -> str:
    w = word.casefold()
    return _UNITS.get(w) or _UNITS.get(w.split()[0].rstrip("s")) or _UNITS[w.rstrip("s")]


def answer_count(run: RunView, unit: str) -> int:
    """The count of ``unit`` (sentences, items, words, characters, paragraphs) in
    ``run``'s answer."""
    said = run.text.strip()
    if unit == "sentences":
        return text.sentences(said)
    if unit == "items":
        return text.list_items(said)
    if unit == "words":
        return len(said.split())
    if unit == "characters":
        return text.chars(said)
    return len([p for p in re.split(r"\n\s*\n", said) if p.strip()])


def _far(said: int, real: int, unit: str) -> bool:
    low, high = sorted((said, real))
    if unit in ("words", "characters"):
        return high - low >= ROUGH_OFF and high >= ROUGH * max(low, 1)
    if unit == "items":
        return high - low >= OFF and high >= RATIO * max(low, 1)
    if said > real:  # three sentences of one is no miscount (rt188-07)
        return (said - real >= OVER or said >= OVER * real >= OVER) and said >= RATIO * max(real, 1)
    return real - said >= UNDER and real >= UNDER * max(said, 1)
