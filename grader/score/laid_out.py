"""Claims laid out in the notes other than as sentences of a run (passes 154 to 156), rewritten
as the sentences the claim readers read: a table (a row per run, a column per claim), bullets
under a heading line that names a run ("Run 2 (knight-terse):"), a question answered right after
it ("Was X cut off? Yes.", X は途中で切れた？→はい), an aside between a run's name and its
claim, and a Japanese line opened by a run's name and a colon (X：…, read X は…).

``| run | cut off? |`` over ``| knight-terse | yes |`` reads "knight-terse: cut off."; "no" reads
"knight-terse: not cut off." (in Japanese, 上限で切れたか / はい reads 「knight-terse は上限で
切れた。」, いいえ 「…ということはない。」); any other cell reads "knight-terse had 3 sentences."
(「knight-terse の文の数は 3。」). The table's separator row is left out.

An aside of twelve characters or more in brackets right after a run's name ("X (which I had
expected to be careful) was cut off", X（元のプロンプトに一文を足した実行）は途中で切れていた) is
moved behind its sentence, as a sentence of that run: the claim then stands next to its run.

Left out: a table with the runs as columns, and a header that is no claim of its own ("notes").
"""

from __future__ import annotations

import re

from grader.score.reading import lazy
from grader.score.symbols import JAPANESE, in_words

_ROW = lazy(r"^\s*\|(.+)\|\s*$")
_RULE = lazy(r":?-{2,}:?")
_YES = frozenset("yes y true ✓ ✔ ○ ◯ はい あり 有 済".split())
_NO = frozenset("no n false ✗ ✘ × x いいえ なし 無 未".split())


def laid_out(notes: str) -> str:
    """``notes`` with tables and asides rewritten (see the module's docstring), and signs in words
    (:func:`grader.score.symbols.in_words`: before the notes are cut into sentences, as a quoted
    "The end." ends none)."""
    notes = _PATH().sub(
        r"\g<run>", in_words(notes)
    )  # results/knight-terse.json names knight-terse (pass 158)
    notes = _topics(_CHECKBOX().sub(_checked, notes))
    notes = _ABBREVIATED().sub(_spelt_out, _listed(_footnoted(_JSON_PAIR().sub(_pair, notes))))
    return _HEADED_JA().sub(
        r"\g<lead>\g<run> は", _ASIDE().sub(_moved, _answered(_under_headings(untabled(notes))))
    )


_HEADED_JA = lazy(
    r"(?m)(?P<lead>(?:^|(?<=[.!?。！？]))[ \t]*(?:[-*+・•][ \t]*|\d+[.)][ \t]*)?)"
    r"(?P<run>[A-Za-z][A-Za-z0-9_-]*[A-Za-z0-9])[ \t]*[:：][ \t]*"
    r"(?=[^\n]*[\u3040-\u30ff\u3400-\u9fff])"
)
"""A Japanese line or sentence opened by a run's name and a colon (・X：Y より長かった: pass 179):
the run is its topic, X は."""


_MARKED = lazy(r"(?P<run>[A-Za-z][\w-]*[A-Za-z0-9])\s*(?P<mark>※\d*|\*+|†)")
_NOTE = lazy(r"(?m)(?:^|[(（])\s*(?P<mark>※\d*|\*+|†)\s*(?P<text>[^\n)）]+)")


def _footnoted(notes: str) -> str:
    """``notes`` with each footnote said of the runs its mark follows ("X※1 ... ※1 途中で切れた",
    "X*, Y* ... (* cut off)": passes 160 and 161)."""
    runs: dict[str, list[str]] = {}
    for m in _MARKED().finditer(notes):
        runs.setdefault(m["mark"], []).append(m["run"])
    if not runs:
        return notes

    def said(m: re.Match[str]) -> str:
        of = runs.get(m["mark"])
        return f" {' and '.join(of)}: {m['text']}" if of else m.group()

    return _NOTE().sub(said, notes)


_LISTED = lazy(
    r"(?m)^\s*(?P<claim>[^:：\n]{1,24}?)\s*[:：]\s*(?P<runs>[A-Za-z][\w-]*(?:\s*[、,]\s*[A-Za-z][\w-]*)+)\s*[.。]?\s*$"
)


def _listed(notes: str) -> str:
    """``notes`` with a claim said of the runs listed after its colon ("切れた：X、Y", "Cut off: X,
    Y") written as a sentence of them (pass 161)."""

    def said(m: re.Match[str]) -> str:
        names = [n.strip() for n in re.split(r"[、,]", m["runs"])]
        if m["claim"].isascii():
            return f"{' and '.join(names)} were {m['claim']}."
        claim = f"途中で{m['claim']}" if m["claim"].startswith("切れ") else m["claim"]
        return f"{'と'.join(names)}は{claim}。"

    return _LISTED().sub(said, notes)


_ABBREVIATED = lazy(
    r"(?P<run>[A-Za-z][\w-]*[A-Za-z0-9])\s*[:：]\s*(?P<short>c/o|切|切れ|EOS|eos|max_(?:new_)?tokens|max\s+tokens|"
    r"(?:the\s+)?token\s+limit|length|budget|limit|stop|natural)(?=\s*(?:[.。、,;]|$))",
    re.M | re.IGNORECASE,
)
_SHORT = {"c/o": "cut off", "切": "途中で切れた", "切れ": "途中で切れた", "eos": "ended on its own"}
_FINISHED = {"stop": "ended on its own", "natural": "ended on its own"}
"""A finish said by its value (a log's "max_tokens", a table's "token limit": pass 164): the
budget's words say cut off, these say ended on its own."""
_JSON_PAIR = lazy(
    r"[\"“](?P<run>[A-Za-z][\w-]*[A-Za-z0-9])[\"”]\s*:\s*[\"“](?P<value>[^\"”\n]{1,24})[\"”]\s*[,}]?"
)


_TOPIC = lazy(
    r"^\s*(?:(?:まず|次に|最後に|続いて|そして)[、,]?\s*|(?:first|next|then|finally|now|as\s+for|about)[,:]?\s+)?"
    r"(?P<run>[A-Za-z][\w-]*-[\w-]*[A-Za-z0-9])\s*(?:について|に関して|の方|のほう|は)?\s*[。.:：]?\s*$",
    re.IGNORECASE,
)
"""A sentence that only names a run, as a topic ("まず X について。", "Next, X."): the sentences
after it, up to one naming another run, are of it (pass 167)."""
_PIECE = lazy(r"[^\n]*?(?:[。！？!?]+\s*|\.(?:\s+|$)|\n|$)")
_HYPHENATED = lazy(r"[A-Za-z][\w]*-[\w-]*[A-Za-z0-9]")


def _topics(notes: str) -> str:
    """``notes`` with each sentence under a topic (:data:`_TOPIC`) opened by the topic's run."""
    pieces = _PIECE().findall(notes)
    if not any(_TOPIC().match(p) for p in pieces):
        return notes
    out, topic = [], None
    for piece in pieces:
        if m := _TOPIC().match(piece):
            topic = m["run"]
        elif piece.strip() and _HYPHENATED().search(piece):
            topic = None  # a run named: the topic is over
        elif topic and piece.strip():
            piece = f"{topic}：{piece.lstrip()}"
        out.append(piece)
    return "".join(out)


_CHECKBOX = lazy(
    r"(?m)^(?P<lead>\s*(?:[-*+]\s+)?)\[(?P<box>[ xX✓✔])\]\s+(?P<run>[A-Za-z][\w-]*[A-Za-z0-9])\s+"
    r"(?P<rest>\S)"
)


def _checked(m: re.Match[str]) -> str:
    """A checklist's item as a sentence of its run: ticked, the item said; empty, said with
    "not" before it ("- [ ] X gets to its ending": pass 166)."""
    denied = "" if m["box"].strip() else "not "
    return f"{m['lead']}{m['run']} {denied}{m['rest']}"


def _pair(m: re.Match[str]) -> str:
    """A pair of a log in JSON ({"X": "max_tokens", ...}) as "X: max_tokens." (pass 164)."""
    return f" {m['run']}: {m['value']}. "


def _spelt_out(m: re.Match[str]) -> str:
    """An abbreviated claim after a run's name (X: c/o, X：切, X: EOS: passes 160 and 161), or its
    finish by its value (X: max_tokens, X: token limit: pass 164)."""
    short = " ".join(m["short"].casefold().split())
    return f"{m['run']}: {_SHORT.get(short) or _FINISHED.get(short, 'cut off by the token limit')}"


_PATH = lazy(r"(?:[\w.~-]+/)+(?P<run>[\w-]+)\.(?:json|txt|html|yaml|yml|md|csv|log|out)\b")


_HEADING = lazy(
    r"^\s*(?:\d+[.)]\s*)?(?:[^:：\n]{0,24}?[(（]\s*)?(?P<run>[A-Za-z][\w-]*[A-Za-z0-9])\s*[)）]?\s*[:：]\s*$"
)
_BULLET = lazy(r"^\s*(?:[-*•・]|\d+[.)])\s+(?P<claim>.+)$")


def _under_headings(notes: str) -> str:
    """``notes`` with each bullet under a heading line that names a run ("Run 2 (knight-terse):",
    "2. terse：") written as a sentence of that run (pass 156)."""
    out, run = [], ""
    for line in notes.splitlines():
        heading, bullet = _HEADING().match(line), _BULLET().match(line)
        if heading:
            run = heading["run"]
            out.append(line)
        elif bullet and run:
            out.append(f"{run}: {bullet['claim'].rstrip('.。')}.")
        else:
            run = "" if line.strip() else run
            out.append(line)
    return "\n".join(out)


_ANSWERED = lazy(
    r"\b(?P<aux>Was|Were|Did|Is|Does|Has|Had)(?:n't)?\s+(?P<run>[A-Za-z][\w-]*)\s+(?P<claim>[^?？\n]{3,80})[?？]"
    r"\s*(?P<yes>Yes|No|It\s+(?:was|did|is|had)(?:n't)?)\b[,.!]?|(?P<runj>[A-Za-z][\w-]*)\s*(?:は|って)(?P<claimj>[^?？\n。]{2,40})[?？]\s*"
    r"(?:→|->|⇒)?\s*(?P<yesj>はい|いいえ|うん|ううん)[、。,]?",
    re.IGNORECASE,
)


def _answered(notes: str) -> str:
    """``notes`` with a question about a run answered right after it ("Was X cut off? Yes.", X は
    途中で切れた？→はい) written as the claim it makes, or its denial (pass 156)."""

    def claim(m: re.Match[str]) -> str:
        if m["run"]:
            answer = m["yes"].casefold()
            aux, no = m["aux"].casefold(), answer == "no" or answer.endswith("n't")
            return f"{m['run']} {aux} {'not ' * no}{m['claim']}."
        said = m["claimj"].rstrip("の")
        if m["yesj"] in ("いいえ", "ううん"):
            return f"{m['runj']}は{said}ということはない。"
        return f"{m['runj']}は{said}。"

    return _ANSWERED().sub(claim, notes)


_ASIDE = lazy(
    r"(?P<run>[A-Za-z][\w-]*[A-Za-z0-9])\s*[（(](?P<aside>[^（）()\n]{12,200})[）)](?P<rest>[^。.!?！？\n]*)"
    r"(?P<end>[。.!?！？]?)"
)


def _moved(m: re.Match[str]) -> str:
    return f"{m['run']}{m['rest']}{m['end'] or '。'} {m['run']}: {m['aside']}{m['end'] or '。'}"


def untabled(notes: str) -> str:
    """``notes`` with each table's rows written as sentences (see the module's docstring)."""
    if "|" not in notes:
        return notes
    out: list[str] = []
    header: list[str] | None = None
    for line in notes.splitlines():
        row = _ROW().match(line)
        if row is None:
            header = None
            out.append(line)
            continue
        cells = [c.strip() for c in row[1].split("|")]
        if all(_RULE().fullmatch(c) for c in cells if c):
            continue
        if header is None:
            header = cells
            continue
        run, *values = cells
        out.extend(_sentence(run, h, v) for h, v in zip(header[1:], values, strict=False) if v)
    return "\n".join(out)


def _sentence(run: str, head: str, value: str) -> str:
    """One cell as a sentence of its run."""
    claim = head.rstrip("?？ ").removesuffix("か")
    japanese = JAPANESE().search(claim) is not None
    said = value.casefold()
    if said in _YES:
        return f"{run}は{claim}。" if japanese else f"{run}: {claim}."
    if said in _NO:
        return f"{run}は{claim}ということはない。" if japanese else f"{run}: not {claim}."
    if finish := _ABBREVIATED().fullmatch(f"{run}: {value}"):  # a finish by its value
        return f"{_spelt_out(finish)}."
    return f"{run}の{claim}は{value}。" if japanese else f"{run} had {value} {claim}."
