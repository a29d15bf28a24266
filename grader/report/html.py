"""HTML reports: one page per student and a class index, rendered from :class:`Result` objects.

Both pages are pure functions of their inputs and self-contained (inline CSS, SVG and a little
JS; nothing fetched), so they can be mailed or opened from a USB stick. Everything a student or
a model wrote is escaped: the Jinja environment autoescapes, and the few fragments built here
(token spans, diff segments) go through :func:`markupsafe.escape` or
:meth:`markupsafe.Markup.format`, which escape their arguments. Writing the files, choosing
paths and deciding which students get a page is the caller's business.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from grader.load.controls import control_name
from grader.report.common import PREVIEW, REVIEW, VERDICT, goal_table, grouped_criteria, number
from grader.report.gradebook import criterion_ids, sort_key
from grader.results import (
    Cluster,
    Fingerprint,
    Generation,
    Result,
    RunResult,
    RunStats,
)
from grader.util.i18n import Lang, T, Text

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# One token per CJK character (Japanese has no spaces to split on), otherwise words, single
# punctuation marks ("sat." vs "sat" should differ by the dot only) and whitespace runs, which
# are kept as tokens so that the diff reproduces the text exactly.
_WORD_TOKENS = re.compile(rf"\s+|[{_CJK}]|\w+|[^\w\s]")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = lambda x: number(x, places=2)
    env.globals.update(VERDICT=VERDICT, PREVIEW=PREVIEW, REVIEW=REVIEW)
    return env


def _render(template: str, lang: Lang, **context: object) -> str:
    def tr(en: str, ja: str) -> str:
        return T(en, ja).get(lang)

    def txt(text: Text | None) -> str:
        return text.get(lang) if text is not None else ""

    return _env().get_template(template).render(lang=lang, tr=tr, txt=txt, **context)


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
    return _render(
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


def _fingerprints(result: Result) -> list[tuple[str, Fingerprint]]:
    """Distinct environments the generations came from, in order of first use."""
    seen: dict[str, Fingerprint] = {}
    for gen in result.generations.values():
        seen.setdefault(gen.fingerprint.key(), gen.fingerprint)
    return list(seen.items())


# ---------------------------------------------------------------------------- class page


@dataclass(frozen=True)
class ClassRow:
    """One line of the class table; ``points`` maps criterion id -> points (None: not evaluated)."""

    result: Result
    points: dict[str, float | None]


def render_class(
    results: list[Result],
    stats: RunStats,
    assignment_id: str,
    title: Text,
    lang: Lang = "en",
    similar: list[Cluster] | None = None,
    skipped: Sequence[tuple[str, str]] = (),
) -> str:
    """The class index: sortable gradebook, histogram, pass rates (overall and per criterion),
    clusters of near-identical submissions, student ids several files claim (side by side),
    ungradable files, the paths that were skipped, run stats."""
    ordered = sorted(results, key=sort_key)
    criteria = criterion_order(ordered)
    rows = [_class_row(r) for r in ordered]
    conflicts: dict[str, list[ClassRow]] = {}
    for row in rows:
        if row.result.conflicted and row.result.student:
            conflicts.setdefault(row.result.student.id, []).append(row)
    graded = [r for r in ordered if r.status == "graded"]
    passed = sum(r.passed for r in graded)
    rate = 100.0 * passed / len(graded) if graded else 0.0
    tps = stats.new_tokens / stats.generate_s if stats.generate_s > 0 else None
    return _render(
        "class.html.j2",
        lang,
        assignment_id=assignment_id,
        title=title,
        rows=rows,
        criteria=criteria,
        graded=len(graded),
        passed=passed,
        rate=rate,
        bins=histogram(graded),
        stats=stats,
        tps=tps,
        threshold=graded[0].pass_threshold if graded else 1.0,
        broken=[r for r in ordered if r.status != "graded"],
        rates=criterion_rates(graded),
        clusters=similar or [],
        by_file={r.file: r for r in ordered},
        reviews=[r for r in ordered if r.reviews],
        conflicts=conflicts,
        skipped=skipped,
    )


def _class_row(r: Result) -> ClassRow:
    """A gradebook row: points by criterion id (None where hidden)."""
    points = {c.id: (c.points if c.status != "not_evaluated" else None) for c in r.criteria}
    return ClassRow(r, points)


def criterion_rates(graded: list[Result]) -> dict[str, tuple[int, int]]:
    """Criterion id -> (passed, evaluated) across the class: which part the class struggled with."""
    rates: dict[str, tuple[int, int]] = {}
    for r in graded:
        for c in r.criteria:
            if c.status != "not_evaluated":
                passed, seen = rates.get(c.id, (0, 0))
                rates[c.id] = (passed + (c.status == "passed"), seen + 1)
    return rates


def criterion_order(results: list[Result]) -> list[tuple[str, Text]]:
    """Criterion ids (in the gradebook's order) with their titles."""
    titles: dict[str, Text] = {}
    for r in results:
        for c in r.criteria:
            titles.setdefault(c.id, c.title)
    return [(cid, titles[cid]) for cid in criterion_ids(results)]


def histogram(results: list[Result]) -> list[int]:
    """Counts per 10% bin of the percentage; 100% falls in the last bin."""
    bins = [0] * 10
    for r in results:
        bins[min(max(int(r.percent // 10), 0), 9)] += 1
    return bins
