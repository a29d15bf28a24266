"""HTML reports: the student's page (the class index is :mod:`grader.report.classpage`; the
template environment both share is :mod:`grader.report.templating`).

Both pages are pure functions of their inputs and self-contained (inline CSS, SVG and a little
JS; nothing fetched), so they can be mailed or opened from a USB stick. Everything a student or
a model wrote is escaped: the Jinja environment autoescapes, and the few fragments built here
(token spans, diff segments) go through :func:`markupsafe.escape` or
:meth:`markupsafe.Markup.format`, which escape their arguments. Writing the files, choosing
paths and deciding which students get a page is the caller's business.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from grader.load.controls import control_name
from grader.report.common import goal_table, grouped_criteria
from grader.report.templating import render_template
from grader.results import (
    Fingerprint,
    Generation,
    Result,
    RunResult,
)
from grader.util.i18n import Lang, T

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# One token per CJK character (Japanese has no spaces to split on), otherwise words, single
# punctuation marks ("sat." vs "sat" should differ by the dot only) and whitespace runs, which
# are kept as tokens so that the diff reproduces the text exactly.
_WORD_TOKENS = re.compile(rf"\s+|[{_CJK}]|\w+|[^\w\s]")


# ---------------------------------------------------------------------------- student report


@dataclass(frozen=True)
class RunCard:
    """What the student template shows for one run."""

    run: RunResult
    gen: Generation | None
    output: Markup
    compared_with: str | None
    diff: tuple[Markup, Markup] | None
    """The compared run's output and this one's, side by side, what differs highlighted."""
    fragile: int


def render_student(result: Result, lang: Lang = "en") -> str:
    """The student's report page."""
    runs = (
        [_run_card(result, run, lang) for run in result.runs] if result.status == "graded" else []
    )
    grouped = grouped_criteria(result)
    return render_template(
        "student.html.j2",
        lang,
        r=result,
        runs=runs,
        fingerprints=_fingerprints(result),
        goal_criteria=grouped,
        goal_runs=goal_table(grouped),
    )


def _run_card(result: Result, run: RunResult, lang: Lang) -> RunCard:
    gen = result.generations.get(run.generation)
    output = token_html(gen, result.fragile_margin, lang) if gen else Markup("")
    fragile = len(gen.fragile(result.fragile_margin)) if gen else 0
    if run.role != "run":
        return RunCard(run, gen, output, None, None, fragile)
    other_name = control_name(run.name, run.compare_to, {r.name for r in result.runs})
    other = next((r for r in result.runs if r.name == other_name), None)
    other_gen = result.generations.get(other.generation) if other else None
    diff = (
        diff_pair(other_gen.text.lstrip("\n"), gen.text.lstrip("\n")) if gen and other_gen else None
    )
    return RunCard(run, gen, output, other_name, diff, fragile)


def token_html(gen: Generation, fragile_margin: float, lang: Lang = "en") -> Markup:
    """The output token by token; tokens whose margin is below ``fragile_margin`` are marked."""
    if not gen.pieces:  # nothing recorded per token: show the text as is
        return Markup("{}").format(gen.text)
    out: list[str] = []
    # consecutive sure tokens are escaped in one go (a class has ~10^5 tokens)
    plain: list[str] = []
    leading = True  # Llama-style outputs start with blank lines: not shown as blank space
    for i, piece in enumerate(gen.pieces):
        margin = gen.margins[i] if i < len(gen.margins) else None
        sure = margin is None or margin >= fragile_margin
        if leading and sure and not piece.strip():
            continue
        leading = False
        if margin is None or margin >= fragile_margin:
            plain.append(piece)
            continue
        out.append(escape("".join(plain)))
        plain = []
        runner = gen.runner_up_ids[i] if i < len(gen.runner_up_ids) else "?"
        title = T(
            f"margin {margin:.3f} < {fragile_margin:g}; runner-up id {runner}",
            f"差 {margin:.3f} < {fragile_margin:g}; 次点のトークン id {runner}",
        ).get(lang)
        out.append(
            Markup('<span class="fragile" title="{}">{}</span>').format(title, piece or "\u2400")
        )
    out.append(escape("".join(plain)))
    return Markup("".join(out))


def diff_tokens(text: str) -> list[str]:
    """Diff units: words, punctuation and whitespace runs; characters for text without spaces."""
    if text and not re.search(r"\s", text.strip()):
        return list(text)
    return _WORD_TOKENS.findall(text)


@functools.lru_cache(maxsize=4096)  # a class's pages diff the same few outputs again and again
def diff_pair(before: str, after: str) -> tuple[Markup, Markup]:
    """``before`` with ``<del>`` on what only it has, ``after`` with ``<ins>`` on what is new."""
    a, b = diff_tokens(before), diff_tokens(after)
    left: list[Markup] = []
    right: list[Markup] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":  # escape() is what Markup("{}").format() does, without its Formatter
            left.append(escape("".join(a[i1:i2])))
            right.append(escape("".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            left.append(Markup(f"<del>{escape(''.join(a[i1:i2]))}</del>"))
        if op in ("insert", "replace"):
            right.append(Markup(f"<ins>{escape(''.join(b[j1:j2]))}</ins>"))
    return Markup("").join(left), Markup("").join(right)


def _fingerprints(result: Result) -> list[tuple[str, list[tuple[str, str]]]]:
    """Distinct environments the generations came from, in order of first use, each as its
    non-empty fields (a CPU has no CUDA version: no empty row for it)."""
    seen: dict[str, Fingerprint] = {}
    keyed: dict[int, str] = {}  # generations made in one process share their fingerprint object
    for gen in result.generations.values():
        fp = gen.fingerprint
        key = keyed.get(id(fp)) or keyed.setdefault(id(fp), fp.key())
        seen.setdefault(key, fp)
    return [
        (
            key,
            [
                (name, str(value))
                for name, value in f.model_dump().items()
                if value not in ("", None)
            ],
        )
        for key, f in seen.items()
    ]
