"""The form of an answer that notes claim (passes 152 and 153), as traits for
:mod:`grader.score.traits`: each a claim's pattern and what holds for an answer that contradicts
it, measured on the answer itself.

* **the first person** ("told in the first person", 一人称): held when the answer has a
  first-person pronoun (I, me, my, we; 私, 僕);
* **a tense** ("in the present tense throughout", 現在形; "in the past tense"): the present held
  when fewer than two verbs are in the past (was, were, had, ...ed; た, でした), the past when two
  are;
* **dialogue** ("full of dialogue", "in quotation marks", 会話文, セリフ, かぎかっこ): held when the
  answer has a quotation mark;
* **a question** asked back ("ended by asking me", "finished with a question", 問いかけ, 疑問文):
  held when the answer has a question mark;
* **capitals** ("in ALL CAPS", 大文字) and **digits** ("numbers written as digits", 算用数字):
  held when a word of three capitals at least, or a digit, stands in the answer;
* **a title** ("gave its story a title", 題名): held when the answer's first line is short, ends
  in no mark of a sentence and has more lines after it, or is marked as a title;
* **paragraphs** ("a single block of text", "no paragraph breaks", 一段落): one held unless the
  answer has three past a lead-in ("Sure! Here is a story:"), breaks held when it has two;
* **markdown** ("in bold", "a heading", "asterisks", 太字, 見出し): held when the answer has a
  mark of markdown (``*``, ``#``, ``_``) or list bullets;
* **an apology** ("apologised", 謝罪, おわび): held when the answer says sorry or that it cannot;
* **a poem** ("a poem in rhyming couplets", 韻を踏んだ詩): held when the answer has four lines at
  least, each of twelve words at most.

Left out: a refusal ("refused to answer in Japanese" is said of an answer that did not comply),
a moral or a lesson (what a story is about), the third person, and whether lines rhyme.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import regex

from grader.score.context import RunView
from grader.score.reading import lazy

Wrong = Callable[[RunView], bool | None]
"""What holds for a run whose answer contradicts a claim; None where the answer cannot tell."""
Reading = Callable[[re.Match[str], list[RunView]], Wrong]


def lacks(pattern: str, flags: int = 0) -> Reading:
    r"""A run whose answer has no match of ``pattern`` (the ``regex`` module's syntax: Unicode
    properties such as ``\p{Extended_Pictographic}`` too)."""
    found = regex.compile(pattern, flags)
    return lambda m, runs: lambda r: found.search(r.text) is None


def past(is_past: bool) -> Reading:
    """A run whose answer has no verb in the past, when ``is_past``; else one with two at least
    (a story told in the present may quote a past)."""
    if is_past:
        return lambda m, runs: lambda r: not _PAST.search(r.text)
    return lambda m, runs: lambda r: len(_PAST.findall(r.text)) >= 2


_PAST = re.compile(
    r"\b(?:was|were|had|did|said|went|came|\w{3,}ed|rode|brought|found|got|lost|made|took|gave|saw|"
    r"told|ran|sat|fell|felt|flew|knew|left|met|thought|heard|began|became|swam|sang|kept|slept|won|"
    r"wrote|stood|held|grew|threw|drew|ate|woke|shook|lit|led|fought|caught|taught|sought|bought)\b|"
    r"(?:た|でした|だった)。",
    re.IGNORECASE,
)


def titled(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer has no title line (see the module's docstring)."""

    def wrong(r: RunView) -> bool:
        lines = [line.strip() for line in r.text.strip().splitlines() if line.strip()]
        if not lines or len(lines) < 2:
            return True
        first = lines[0]
        marked = re.match(r"(?:title\s*[:：]|#|\*\*|タイトル[:：]|題名[:：]|『)", first, re.I)
        bare = (
            len(first.split()) <= 8
            and len(first) <= 40
            and not re.search(r"[.!?。！？:：]$", first)
        )
        return not (marked or bare)

    return wrong


def one_paragraph(single: bool) -> Reading:
    """A run whose answer has three paragraphs at least past a lead-in, when ``single`` (one
    break a student may not count, as :mod:`grader.score.counted` allows); else one that has
    one."""

    def of(m: re.Match[str], runs: list[RunView]) -> Wrong:
        def wrong(r: RunView) -> bool:
            parts = [p for p in re.split(r"\n\s*\n", r.text.strip()) if p.strip()]
            if len(parts) > 1 and (
                parts[0].rstrip().endswith((":", "：")) or len(parts[0].split()) <= 3
            ):
                parts = parts[1:]  # a lead-in ("Sure! Here is a story about a knight:")
            return len(parts) >= 3 if single else len(parts) == 1

        return wrong

    return of


def poem(m: re.Match[str], runs: list[RunView]) -> Wrong:
    """A run whose answer has fewer than four lines, or a line of more than twelve words."""

    def wrong(r: RunView) -> bool:
        lines = [line for line in r.text.strip().splitlines() if line.strip()]
        return len(lines) < 4 or any(len(line.split()) > 12 for line in lines)

    return wrong


_PERSON = (
    r"\b(?:in|from)\s+the\s+first[\s-]+person\b|\bfirst[\s-]+person\s+(?:narrat\w*|voice|point\s+of"
    r"\s+view|story|perspective)\b|一人称"
)
_PRESENT = r"\b(?:in|into)\s+the\s+present\s+tense\b|現在形"
_PAST_TENSE = r"\b(?:in|into)\s+the\s+past\s+tense\b|過去形"
_DIALOGUE = (
    r"\bdialogue\b|\bquotation\s+marks\b|\bspoken\s+words\b|会話文(?!調)|セリフ|台詞|かぎかっこ|"
    r"かぎ括弧"
)
_QUESTION = (
    r"\bask(?:ed|ing)\s+me\b|\ba\s+question\s+(?:to|for)\s+(?:me|the\s+reader|the\s+user)\b|"
    r"\b(?:ended|finished|closed|concluded)\s+(?:\w+\s+){0,2}?(?:with|on)\s+a\s+question\b|"
    r"(?:問いかけ|疑問文|質問)(?:で|に)(?:は)?(?:終わ|締め|なっ)|問いかけて(?:き|い|終わ)"
)
_CAPS = r"\ball[\s-]+caps\b|\bupper[\s-]?case\b|\bin\s+(?:all\s+)?capitals\b|大文字"
_DIGITS = (
    r"\b(?:as|in)\s+(?:digits|figures|numerals)\b|\bdigits\b|算用数字|アラビア数字|"
    r"(?<!漢)数字(?:は|が|も|を)"
)
_TITLE = (
    r"\b(?:gave|had|has|with|added|put)\s+(?:(?!(?:no|not|any)\b)\w+\s+){0,3}?title\b|\btitle\s+line\b|"
    r"(?<=\bno\s)title\b|(?<=\bany\s)title\b|"
    r"(?:タイトル|題名)(?:は|が|も|を)(?:付い|つい|付け|つけ|あっ|あり)?"
)
_SINGLE = (
    r"\b(?:a\s+)?single\s+(?:block|paragraph)\b|\bone\s+(?:single\s+|big\s+|long\s+)?(?:block|"
    r"paragraph)\b|一段落(?:だけ|のみ|だった|でした|で|に)"
)
_BREAKS = r"(?<=\bno\s)paragraph\s+breaks\b|(?<=\bany\s)paragraph\s+breaks\b"
_MARKDOWN = (
    r"\bmarkdown\b|\bin\s+bold\b|\bbold(?:face)?\s+(?:text|type|letters)\b|\ba\s+heading\b|\basterisks\b|"
    r"\bitalics\b|マークダウン|見出し|太字|アスタリスク"
)
_APOLOGY = (
    r"\bapologi[sz](?:ed|es|ing)\b|\ban\s+apology\b|\bsaid\s+sorry\b|謝罪|謝って|謝った|おわび|"
    r"お詫び"
)
_POEM = (
    r"\bpoem\b|\bpoetry\b|\brhym(?:e|es|ed|ing)\b|\bcouplets?\b|\bhaiku\b|詩の形|韻を踏|詩だった|詩になっ|"
    r"俳句"
)

Said = tuple[str, str]


Form = tuple[Callable[[], re.Pattern[str]], Reading, Said, Said | None]
"""A claim's pattern, what contradicts it, and what the notes said, affirmed and denied (None: a
denied claim is not read)."""


def _form(pattern: str, reading: Reading, said: Said, denied: Said) -> Form:
    return (lazy(pattern, re.IGNORECASE), reading, said, denied)


_I = r"\b(?:I|me|my|mine|myself|we|us|our)\b|私|僕|俺|わたし|ぼく|おれ|あたし"
_SORRY = r"\b(?:sorry|apolog\w*|cannot|can't|unable)\b|申し訳|すみません|ごめん|できません"
FORMS = (
    _form(
        _PERSON,
        lacks(_I, re.I),
        ("was told in the first person", "一人称で語られた"),
        ("was not told in the first person", "一人称で語られなかった"),
    ),
    _form(
        _PRESENT,
        past(False),
        ("was in the present tense", "現在形だった"),
        ("was not in the present tense", "現在形ではなかった"),
    ),
    _form(
        _PAST_TENSE,
        past(True),
        ("was in the past tense", "過去形だった"),
        ("was not in the past tense", "過去形ではなかった"),
    ),
    _form(
        _DIALOGUE,
        lacks('["“”「」『』]'),
        ("had dialogue", "会話文を書いた"),
        ("had no dialogue", "会話文を書かなかった"),
    ),
    _form(
        _QUESTION,
        lacks("[?？]"),
        ("asked a question", "問いかけた"),
        ("asked no question", "問いかけなかった"),
    ),
    _form(
        _CAPS,
        lacks(r"\b[A-Z]{3,}\b"),
        ("wrote in capitals", "大文字で書いた"),
        ("wrote no word in capitals", "大文字で書かなかった"),
    ),
    _form(
        _DIGITS,
        lacks("[0-9０-９]"),
        ("wrote digits", "数字を書いた"),
        ("wrote no digits", "数字を書かなかった"),
    ),
    _form(
        _TITLE, titled, ("gave a title", "題名を付けた"), ("gave no title", "題名を付けなかった")
    ),
    _form(
        _SINGLE,
        one_paragraph(True),
        ("was one paragraph", "一段落だった"),
        ("was not one paragraph", "一段落ではなかった"),
    ),
    _form(
        _BREAKS,
        one_paragraph(False),
        ("had paragraph breaks", "段落に分かれた"),
        ("had no paragraph breaks", "段落に分かれなかった"),
    ),
    _form(
        _MARKDOWN,
        lacks(r"[*#_]|^\s*[-•]\s", re.MULTILINE),
        ("used markdown", "マークダウンを使った"),
        ("used no markdown", "マークダウンを使わなかった"),
    ),
    _form(
        _APOLOGY,
        lacks(_SORRY, re.I),
        ("apologised", "謝った"),
        ("did not apologise", "謝らなかった"),
    ),
    _form(
        _POEM,
        poem,
        ("answered with a poem", "詩で答えた"),
        ("did not answer with a poem", "詩で答えなかった"),
    ),
)
"""Each form: its claim, what contradicts it, and what the notes said, affirmed and denied."""
