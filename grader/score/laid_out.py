"""Claims laid out in the notes other than as sentences of a run (passes 154 and 155), rewritten
as the sentences the claim readers read: a table (a row per run, a column per claim), and an
aside between a run's name and its claim.

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

_ROW = lazy(r"^\s*\|(.+)\|\s*$")
_RULE = lazy(r":?-{2,}:?")
_YES = frozenset("yes y true ✓ ✔ ○ ◯ はい あり 有 済".split())
_NO = frozenset("no n false ✗ ✘ × x いいえ なし 無 未".split())
_JAPANESE = lazy(r"[\u3040-\u30ff\u4e00-\u9fff]")


def laid_out(notes: str) -> str:
    """``notes`` with tables and asides rewritten (see the module's docstring)."""
    return _ASIDE().sub(_moved, untabled(notes))


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
    japanese = _JAPANESE().search(claim) is not None
    said = value.casefold()
    if said in _YES:
        return f"{run}は{claim}。" if japanese else f"{run}: {claim}."
    if said in _NO:
        return f"{run}は{claim}ということはない。" if japanese else f"{run}: not {claim}."
    return f"{run}の{claim}は{value}。" if japanese else f"{run} had {value} {claim}."
