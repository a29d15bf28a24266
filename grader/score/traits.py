"""What a run's answer shows that a claim of the notes is checked against, for
:mod:`grader.score.stated`: how it ended, its language and whether it is a list (the predicates
of stated's own claims), and the traits passes 150 and 151 claimed falsely:

* **exclamation marks** ("used no exclamation marks", 感嘆符が一つもなかった) and **emoji**
  ("closed with a smiley emoji", 絵文字があった): held when the answer has one;
* **a greeting** to open ("greeted me", 挨拶から始まった): held when the answer's first
  sentence is a chat lead-in ("Sure!", もちろんです！);
* **the prompt said back** ("repeated my prompt back word for word", オウム返し): held when the
  answer holds half the prompt's words in a row, three at least;
* **a loop** ("got stuck in a loop", "kept repeating the sentence ...", 同じ文を繰り返した): held
  when a sentence, or six words in a row, stands twice in the answer;
* **a name** given in the story ("the cat was called Pepper", "named the boy Tom", Tom という名前の
  男の子: rt191-10): held when the answer holds the name; not read of an answer in Japanese;
* **a length said of one run alone** ("went on and on for paragraphs", "a one-liner", "kept
  things brief", 長々と): contradicted only when the run is the other end of the student's own
  runs in its script by :data:`FAR` (the shortest said to go on and on, or the longest, of
  three sentences at least, said to be a line).

Each trait is a pattern of the claim and a predicate that holds for a run whose answer
contradicts it; what denies a claim, and which runs it is of, is stated's.

Left out: what a story is about (its plot, a character's deeds), a name spelled in kana, bare
"short" and "long" (a cut answer is "short of an ending"), and "over and over" with no
repeating verb ("I ran it over and over").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from grader.score import text
from grader.score.context import RunView
from grader.score.forms import FORMS, Form, Wrong, lacks
from grader.score.marks import MARKS
from grader.score.naming import named
from grader.score.reading import lazy

FAR = 2.5
"""A length said of one run alone is contradicted when the run's answer is this many times
shorter (longer) than the longest (shortest) of the student's runs in its script."""

Reading = Callable[[re.Match[str], list[RunView]], Wrong]
"""What contradicts a claim, given its match and the student's runs."""


def ended_if(cut: bool) -> Wrong:
    """A run whose generation ended on its own (an end-of-sequence token), when ``cut``; else one
    cut off at its budget: what contradicts a claim that it was cut off, or that it was not."""
    return lambda r: (r.generation.finish == "eos") == cut


def not_in(japanese: bool) -> Wrong:
    """A run whose answer is not mostly in Japanese (``japanese``) or in English."""
    return lambda r: (text.main_script(r.text) == "japanese") != japanese


def listed(is_list: bool) -> Wrong:
    """A run whose answer is a list (two items at least), or is none when not ``is_list``."""
    return lambda r: (text.list_items(r.text) >= 2) == is_list


_HAS = r"(?:は|が|も|を)(?:あり)?"
"""A Japanese particle and "there is" after the noun: what follows it denies or not (が一つも
なかった, はありませんでした); a noun with none (絵文字のドラゴン) is no claim of it."""
_BEFORE_NOUN = "with used use using had has have added no any an a some included contained"
_HELD = (
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in _BEFORE_NOUN.split())
    + r")(?:(?!(?:no|any|not)\b)\w+\s+){0,2}?"
)
"""A verb or a determiner before the English noun, left before the claim (so that "no" denies
it): "the emoji dragon" of a story claims none."""
_NOT_A_NOUN = (
    r"(?!\s+(?!(?:at|in|on|to|and|or|but|as|from|of|for|anywhere|either|too|here|there|was|were|is|"
    r"are|after|before|by|with|then|which|that|right|just|near|anymore|whatsoever|even|all|so|"
    r"instead|like|where|when|while|because|though|although)\b)[a-z]+)"
)
"""Not followed by the noun it describes ("exclamation point" is the noun; "emoji dragon" not)."""
EXCLAIM = lazy(
    rf"{_HELD}exclamation(?:\s+(?:marks?|points?))?\b{_NOT_A_NOUN}|"
    rf"(?:感嘆符|ビックリマーク|びっくりマーク){_HAS}",
    re.IGNORECASE,
)
EMOJI = lazy(
    rf"{_HELD}(?:emojis?|emoticons?|smileys?|smiley\s+faces?)\b{_NOT_A_NOUN}|(?:絵文字|顔文字){_HAS}",
    re.IGNORECASE,
)
GREETING = lazy(
    r"\bgreet(?:ed|s)\s+(?:me|us|the\s+(?:user|reader))\b|\b(?:opened|began|started|led\s+off)\s+"
    r"with\s+(?:an?\s+)?(?:\w+\s+)?greeting\b|挨拶(?:から|で)(?:始ま|入)",
    re.IGNORECASE,
)
ECHO = lazy(
    r"\b(?:repeat(?:ed|s)?|restat(?:ed|es)|echo(?:ed|es)|parrot(?:ed|s)|cop(?:ied|ies))\s+(?:back\s+)?"
    r"(?:my|the|our)\s+(?:own\s+)?(?:prompt|question|request|instruction)s?\b|"
    r"(?:プロンプト|質問|指示)を(?:そのまま)?(?:繰り返|オウム返し|復唱)|オウム返し",
    re.IGNORECASE,
)
LOOP = lazy(
    r"\b(?:stuck|caught)\s+in\s+an?\s+(?:endless\s+|infinite\s+)?loop\b|\b(?:went|got)\s+into\s+a\s+"
    r"loop\b|\blooped\b|\brepeat(?:ed|s|ing)\s+(?:itself|themselves)\b|\bkept\s+(?:on\s+)?repeating\s+"
    r"(?=itself|themselves|the\s+same|the\s+(?:sentence|line|phrase|words?)\b|a\s+(?:sentence|line|"
    r"phrase)\b|['\"‘“])|\brepeat(?:ed|ing)\s+(?:\S+\s+){0,14}?(?:again\s+and\s+again|over\s+and\s+over)"
    r"\b|ループ(?:し|に)|同じ(?:文|言葉|フレーズ|ところ)を(?:何度も)?繰り返",
    re.IGNORECASE,
)
NAMED = lazy(
    r"(?:\b(?:named|called)\s+(?:(?:the|its|his|her|their|a)\s+\w+\s+)?|(?<![A-Za-z])(?=(?-i:[A-Z][a-z]+)\s*"
    r"(?:という|って)(?:名前|名)の))(?P<name>(?-i:(?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|King|Queen|Prince|"
    r"Princess|Captain)\.?\s+)?[A-Z][a-z]+))(?![A-Za-z])",
    re.IGNORECASE,
)
LONG = lazy(
    r"\bwent\s+on\s+and\s+on\b|\brambl(?:ed|es|ing)\b|\bat\s+(?:great|some|considerable)\s+length\b|"
    r"\bfor\s+paragraphs\b|\bparagraphs\s+long\b|\blong-?winded\b|\blengthy\b|\bverbose\b|\ba\s+wall\s+of"
    r"\s+text\b|\b(?:dragged|droned)\s+on\b|長々と|延々と|だらだらと|"
    # a length by the time it took to read (pass 162)
    r"\btook\s+(?:me\s+)?(?:a\s+good\s+|a\s+few\s+|several\s+|(?:a\s+)?(?:good\s+)?couple\s+of\s+)?(?:minutes|a\s+while|"
    r"ages|forever)\s+to\s+(?:read|get\s+through)\b",
    re.IGNORECASE,
)
SHORT = lazy(
    r"\bkept\s+(?:it|things)\s+(?:brief|short)\b|\b(?:just|only)\s+a\s+(?:single\s+)?line\b|\ba\s+line\s+"
    r"or\s+(?:so|two)\b|\bone-?liner\b|\bshort\s+and\s+sweet\b|\b(?:was|were|stayed)\s+(?:very\s+|quite\s+|"
    r"really\s+)?brief\b|一言だけ|一行だけ|\b(?:I\s+)?(?:got\s+through|read)\s+(?:it\s+)?in\s+(?:about\s+|just\s+|"
    r"only\s+)?(?:a\s+few|one|two|three|a\s+couple\s+of|\d+)\s+seconds\b|\bover\s+(?:almost\s+)?before\s+it\s+"
    r"(?:begins|began|starts|started)\b",
    re.IGNORECASE,
)


OURS = lazy(
    r"\b(?:I|we)\s+(?:\w+\s+){0,2}$|\bto\s+$|\b(?:ask(?:ed|ing)?|told\s+(?:it|them|[\w-]+)\s+to\b|want(?:ed)?|instruct(?:ed)?|"
    r"request(?:ed)?|made|add(?:ed|ing)?|append(?:ed)?|typed|prompt)\b|頼|指示|お願い|プロンプト|足し|加え",
    re.IGNORECASE,
)
"""Before a trait's claim, the student as its subject or a request ("I repeated the prompt on X",
"I asked X to repeat the prompt back"): what the student did, not what the answer shows."""


LATER_NOT_JA = lazy(r"^[^。！？!?]{0,16}?(?:な(?:く|い|かっ|し)|ませ|ず(?:に|[、。]|$)|ゼロ)")
"""A Japanese negative after a trait's claim, farther on than stated's denials read it (会話文も
セリフもなく, 数字が一つも出てこず, 謝っている部分もありませんでした: rt155-11 to -13): the claim
is not read as affirmed."""


LIKE = lazy(
    r"\b(?:shared\s+the\s+(?:same\s+)?fate\s+of|went\s+the\s+same\s+way\s+as|ended\s+(?:up\s+)?(?:just\s+)?like|met\s+"
    r"the\s+same\s+(?:end|fate)\s+as|suffered\s+the\s+same\s+fate\s+as)\s+(?:the\s+)?(?P<other>[\w-]+)|"
    r"(?P<otherj>[A-Za-z][A-Za-z0-9_-]*|ベースライン)\s*(?:と同じ(?:ように|く)?(?:終わ|運命)|の二の舞|と同じ轍)",
    re.IGNORECASE,
)
"""An ending like another run's ("shared the fate of X", "went the same way as X", X と同じように
終わった: pass 158): the two must have ended the same way."""


def ends_like(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose generation ended otherwise than the run named as its like (cut or not)."""
    # the baseline in katakana (ベースラインの二の舞: pass 163) is the run of its name; elsewhere
    # ベースライン names no run, as a quotation beside it is no baseline's (rt118-03)
    other = named("baseline" if m["otherj"] == "ベースライン" else m["other"] or m["otherj"], runs)
    if len(other) != 1:
        return lambda r: None
    return lambda r: (r.generation.finish == "eos") != (other[0].generation.finish == "eos")


def greets(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer's first sentence is no chat lead-in."""
    return lambda r: _LEAD_IN().match(r.text.strip()) is None


_LEAD_IN = lazy(
    r"(?:sure|of\s+course|certainly|absolutely|hello|hi|hey|okay|ok|great|here\s+is|here's)\b|"
    r"もちろん|はい|こんにちは|了解|かしこまり|承知",
    re.IGNORECASE,
)


def echoes(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer does not hold half its prompt's words in a row (three at least; letters,
    for a prompt in Japanese)."""

    def wrong(r: RunView) -> bool:
        said, asked = _units(r.text), _units(r.prompt)
        need = max(3, (len(asked) + 1) // 2)
        grams = {" ".join(said[i : i + need]) for i in range(len(said) - need + 1)}
        return not any(" ".join(asked[i : i + need]) in grams for i in range(len(asked) - need + 1))

    return wrong


def loops(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer says no sentence twice, nor six words in a row."""

    def wrong(r: RunView) -> bool:
        parts = [" ".join(_words(p)) for p in re.split(r"[.!?。！？\n]+", r.text)]
        parts = [p for p in parts if len(p) >= 8]
        said = _words(r.text)
        sixes = [" ".join(said[i : i + 6]) for i in range(len(said) - 5)]
        return len(set(parts)) == len(parts) and len(set(sixes)) == len(sixes)

    return wrong


def names(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer, not in Japanese, lacks the name ``m`` gives (its last word: "Brown" of
    "Mr. Brown"); none when the name is a run's, a model's or a prompt's word."""
    name = m["name"].split()[-1].casefold()
    ours = {w for r in runs for w in _words(f"{r.name} {r.model} {r.prompt}")}

    def wrong(r: RunView) -> bool | None:
        if name in ours or text.main_script(r.text) == "japanese":
            return None  # a run's own word, or a name an answer in kana spells its own way
        return name not in _words(r.text)

    return wrong


def extreme(longest: bool) -> Reading:
    """A run said to be short that is the longest of the student's runs in its script (three
    sentences at least), :data:`FAR` times the shortest; or said to be long, the shortest."""

    def of(m: re.Match[str], runs: list[RunView]) -> Wrong:
        def wrong(r: RunView) -> bool | None:
            own = [o for o in runs if o.role == "run"]
            same = [
                len(o.text) for o in own if text.main_script(o.text) == text.main_script(r.text)
            ]
            n = len(r.text)
            if r.role != "run":  # the baseline is no run of the student's
                return None
            if longest:
                return n == max(same) and n >= FAR * min(same) and text.sentences(r.text) >= 3
            return n == min(same) and max(same) >= FAR * n

        return wrong

    return of


def _words(t: str) -> list[str]:
    return re.findall(r"\w+", t.casefold())


def _units(t: str) -> list[str]:
    """Words, or the letters of Japanese (written with no spaces)."""
    if text.main_script(t) == "japanese":
        return re.findall(r"\w", t)
    return _words(t)


TRAITS: tuple[Form, ...]
TRAITS = (
    (
        EXCLAIM,
        lacks(r"[!！]"),
        ("had exclamation marks", "感嘆符を使った"),
        ("had no exclamation marks", "感嘆符を使わなかった"),
    ),
    (
        EMOJI,
        lacks(r"\p{Extended_Pictographic}|[:;]-?[()DP]|\^_?\^"),
        ("had an emoji", "絵文字を使った"),
        ("had no emoji", "絵文字を使わなかった"),
    ),
    (
        GREETING,
        greets,
        ("opened with a greeting", "挨拶で始まった"),
        ("opened with no greeting", "挨拶で始まらなかった"),
    ),
    (
        ECHO,
        echoes,
        ("said the prompt back", "プロンプトを繰り返した"),
        ("did not say the prompt back", "プロンプトを繰り返さなかった"),
    ),
    (
        LOOP,
        loops,
        ("repeated itself", "同じ文を繰り返した"),
        ("did not repeat itself", "繰り返さなかった"),
    ),
    (
        NAMED,
        names,
        ("named a character so", "登場人物にその名前を付けた"),
        ("named no character so", "その名前を出さなかった"),
    ),
    # denied, a length of one run alone says little ("never rambled" of a middling answer)
    (LONG, extreme(False), ("went on at length", "長々と続いた"), None),
    (SHORT, extreme(True), ("was a line or so", "ごく短かった"), None),
    (LIKE, ends_like, ("ended as the other run did", "もう一つの実行と同じく終わった"), None),
    *FORMS,
    *MARKS,
)
"""Each trait: its claim, what contradicts it, and what the notes said, affirmed and denied (None:
a denied claim is not read)."""
