"""The terminal rendering of one result: a rich renderable the caller prints. Whole commands'
lines (``verify``, ``grade``) are :mod:`grader.report.status`, progress is
:mod:`grader.report.progress`.

Shows the verdict, the criteria with points, a line per run and where the HTML report is; the
report itself has the details (outputs, diffs, fragile tokens). Every student- or model-written
string goes in as :class:`rich.text.Text`, never as markup, so ``[bold]`` in a name stays
literal, and through :func:`grader.util.textsafe.visible`, so an escape sequence in a name, file
name or message is shown as ``\\x1b`` instead of acting on the terminal. Colours are decoration
only: with ``no_color`` the symbols and words carry the meaning.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text as RichText

from grader.report.common import (
    PREVIEW,
    REVIEW,
    VERDICT,
    goal_table,
    grouped_criteria,
    number,
    pass_mark_words,
    verdict_reason,
)
from grader.results import CriterionResult, Result, RunResult
from grader.util.i18n import Lang, T
from grader.util.textsafe import visible

SHORT_OUTPUT = 160
"""Characters of each output shown unless ``full``: enough to see what the model said."""


def summary(
    result: Result, lang: Lang = "en", html_path: str | None = None, full: bool = False
) -> RenderableType:
    """Verdict, criteria, runs with what the model said, and the report path of ``result`` (errors
    instead when not graded). Outputs are cut to :data:`SHORT_OUTPUT` characters unless ``full``."""
    parts: list[RenderableType] = [_header(result, lang)]
    if result.preview:
        parts.append(RichText(PREVIEW.get(lang), style="bold black on yellow"))
    if result.status != "graded":
        verdict = T(f"NOT GRADED ({result.status})", f"採点不可 ({result.status})").get(lang)
        parts.append(RichText(verdict, style="bold red"))
        parts.extend(
            RichText(visible(d.render(lang), keep="\n"), style="red") for d in result.errors
        )
    else:
        goals = _goal_runs(result, lang)
        parts += [_criteria(result, lang), *([goals] if goals else [])]
        parts += [_verdict(result, lang), _runs(result, lang, full)]
    if html_path:
        parts.append(
            RichText.assemble(
                T("Report: ", "レポート: ").get(lang), (visible(html_path), "underline")
            )
        )
    return Group(*parts)


def print_summary(
    console: Console,
    result: Result,
    lang: Lang = "en",
    html_path: str | None = None,
    full: bool = False,
) -> None:
    """Print :func:`summary` to ``console``."""
    console.print(summary(result, lang, html_path, full))


def _header(result: Result, lang: Lang) -> RichText:
    title = result.assignment + (
        f" — {result.assignment_title.get(lang)}" if result.assignment_title else ""
    )
    who = result.student.id if result.student else "?"
    if result.student and result.student.name:
        who += f" ({result.student.name})"
    return RichText.assemble(
        (visible(title), "bold"), "  ", visible(who), "  ", (visible(result.file), "dim")
    )


def _criteria(result: Result, lang: Lang) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_footer=True, pad_edge=False)
    table.add_column("", footer="")
    table.add_column(
        T("criterion", "基準").get(lang), footer=T("total", "合計").get(lang), overflow="fold"
    )
    # ids and model names are words: never folded mid-word, their column keeps their width
    table.add_column(
        "id", style="dim", no_wrap=True, min_width=_widest(c.id for c in result.criteria)
    )
    table.add_column(
        T("points", "得点").get(lang),
        justify="right",
        footer=f"{number(result.score)} / {number(result.max_score)}",
    )
    shown: set[str] = set()
    for c in result.criteria:
        title = RichText(
            visible(c.title.get(lang))
            + (T(" (required)", "（必須）").get(lang) if c.required else "")
        )
        # the numbers behind every verdict, and what to try when it failed (a hidden criterion
        # has a hint only where public work decides it: its gate closed)
        if c.visibility == "public" or c.hint is not None:
            title.append(
                "\n" + visible(c.evidence.get(lang), keep="\n\t"),
                style="dim" if c.status == "passed" else "",
            )
            hint = c.hint.get(lang) if c.hint is not None else None
            if hint is not None and hint not in shown:  # each distinct hint once
                shown.add(hint)
                title.append("\n→ " + visible(hint, keep="\n\t"), style="yellow")
        if c.review is not None:
            title.append(f"\n{REVIEW.get(lang)}: {visible(c.review.get(lang))}", style="magenta")
        table.add_row(_mark(c, lang), title, RichText(c.id), _points(c))
    return table


def _widest(words: Iterable[str], cap: int = 32) -> int:
    """The width of the widest of ``words`` (at most ``cap``): a column of names or ids."""
    return min(cap, max((len(visible(w)) for w in words), default=1))


def _goal_runs(result: Result, lang: Lang) -> RenderableType | None:
    """Every run judged by a group of criteria (exercise 1's goal runs), one row each: a mark
    per criterion of the group, and which run earned the group."""
    grouped = grouped_criteria(result)
    rows = goal_table(grouped)
    if not rows:
        return None
    grid = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    grid.add_column(T("goal run", "目標の実行").get(lang))
    for c in grouped:
        grid.add_column(c.id, justify="center")
    for name, cells, earned in rows:
        marks = ["—" if v is None else "✓" if v.passed else "✗" for v in cells]
        grid.add_row(RichText(visible(name) + (" ★" if earned else "")), *marks)
    note = T(
        "★ the run that earns the group (the highest total; the first on a tie)",
        "★ グループの点を得る実行（合計が最も高いもの。同点なら先のもの）",
    )
    return Group(grid, RichText(note.get(lang), style="dim"))


def _mark(c: CriterionResult, lang: Lang) -> RichText:
    if c.status == "not_evaluated":
        return RichText(T("hidden", "非公開").get(lang), style="dim italic")
    return (
        RichText("✓", style="bold green")
        if c.status == "passed"
        else RichText("✗", style="bold red")
    )


def _points(c: CriterionResult) -> str:
    got = "—" if c.status == "not_evaluated" else number(c.points)
    return f"{got} / {number(c.max_points)}"


_STYLES = {"passed": "bold green", "pending": "bold yellow", "failed": "bold red"}


def _verdict(result: Result, lang: Lang) -> RenderableType:
    line = RichText.assemble(
        (VERDICT[result.verdict].get(lang), _STYLES[result.verdict]),
        f"  {number(result.score)} / {number(result.max_score)} ({result.percent:.1f}%)  ",
        (pass_mark_words(result).get(lang), "dim"),
    )
    why = _verdict_reason(result, lang)
    return Group(line, RichText(why, style="dim")) if why else line


def _verdict_reason(result: Result, lang: Lang) -> str:
    """Why the verdict is not simply the score against the threshold."""
    why = verdict_reason(result)
    return why.get(lang) if why else ""


def output_text(text: str, full: bool) -> str:
    """What the model said, as a terminal shows it: leading blank lines dropped, control characters
    escaped; unless ``full``, one line of :data:`SHORT_OUTPUT` characters (newlines as ⏎)."""
    text = visible(text.strip("\n"), keep="\n\t")
    if full:
        return text
    flat = " ⏎ ".join(line.strip() for line in text.splitlines() if line.strip())
    return flat if len(flat) <= SHORT_OUTPUT else flat[: SHORT_OUTPUT - 1] + "…"


def _runs(result: Result, lang: Lang, full: bool = False) -> RenderableType:
    grid = Table.grid(padding=(0, 2), pad_edge=True)
    grid.add_column(style="bold", no_wrap=True, min_width=_widest(r.name for r in result.runs))
    grid.add_column(style="cyan", no_wrap=True, min_width=_widest(r.model for r in result.runs))
    grid.add_column(overflow="fold")
    grid.add_column(justify="right", overflow="fold")
    grid.add_column(style="yellow")
    for run in result.runs:
        grid.add_row(*_run_row(result, run, lang))
    more = (
        ""
        if full
        else T(" (shortened; --full shows all)", "（省略表示。--full ですべて表示）").get(lang)
    )
    said = [
        RichText.assemble((visible(run.name), "bold"), ": ", (output_text(gen.text, full), "dim"))
        for run in result.runs
        if (gen := result.generations.get(run.generation)) is not None
    ]
    return Group(
        RichText(T("Runs:", "実行:").get(lang)),
        grid,
        RichText(T("What the model said", "モデルの出力").get(lang) + more + ":"),
        *said,
    )


def _run_row(result: Result, run: RunResult, lang: Lang) -> list[RenderableType]:
    """Name, model, how it ended, tokens, fragile tokens (if any)."""
    name = run.name
    if run.role == "control":
        name = T(f"{run.name} (derived)", f"{run.name}（自動生成）").get(lang)
    gen = result.generations.get(run.generation)
    if gen is None:
        return [
            RichText(visible(name)),
            RichText(visible(run.model)),
            T("no generation", "生成なし").get(lang),
            "",
            "",
        ]
    finish = (
        "EOS"
        if gen.finish == "eos"
        else T(f"cut off at {gen.max_new_tokens}", f"{gen.max_new_tokens} で打ち切り").get(lang)
    )
    fragile = len(gen.fragile(result.fragile_margin))
    return [
        RichText(visible(name)),
        RichText(visible(run.model)),
        finish,
        f"{gen.tokens} {T('tokens', 'トークン').get(lang)}",
        f"{fragile} {T('fragile', '不安定').get(lang)}" if fragile else "",
    ]
