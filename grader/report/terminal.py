"""The terminal summary of one result, as a rich renderable (the caller prints it).

Shows the verdict, the criteria with points, a line per run and where the HTML report is; the
report itself has the details (outputs, diffs, fragile tokens). Every student- or model-written
string goes in as :class:`rich.text.Text`, never as markup, so ``[bold]`` in a name stays
literal, and through :func:`grader.textsafe.visible`, so an escape sequence in a name, file name
or message is shown as ``\\x1b`` instead of acting on the terminal. Colours are decoration only:
with ``no_color`` the symbols and words carry the meaning.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text as RichText

from grader.i18n import Lang
from grader.textsafe import visible
from grader.report.tables import number
from grader.results import CriterionResult, Result


def _tr(lang: Lang, en: str, ja: str) -> str:
    return ja if lang == "ja" else en


def summary(result: Result, lang: Lang = "en", html_path: str | None = None) -> RenderableType:
    """Verdict, criteria, runs and the report path of ``result`` (errors instead when not graded)."""
    parts: list[RenderableType] = [_header(result, lang)]
    if result.preview:
        marker = _tr(lang, "PREVIEW (CPU fp32) — not the official grade setting",
                     "プレビュー (CPU fp32) — 正式な採点環境ではありません")
        parts.append(RichText(marker, style="bold black on yellow"))
    if result.status != "graded":
        verdict = _tr(lang, f"NOT GRADED ({result.status})", f"採点不可 ({result.status})")
        parts.append(RichText(verdict, style="bold red"))
        parts.extend(RichText(visible(d.render(lang), keep="\n"), style="red") for d in result.errors)
    else:
        parts += [_criteria(result, lang), _verdict(result, lang), _runs(result, lang)]
    if html_path:
        parts.append(RichText.assemble(_tr(lang, "Report: ", "レポート: "), (visible(html_path), "underline")))
    return Group(*parts)


def print_summary(console: Console, result: Result, lang: Lang = "en", html_path: str | None = None) -> None:
    """Print :func:`summary` to ``console``."""
    console.print(summary(result, lang, html_path))


def _header(result: Result, lang: Lang) -> RichText:
    title = result.assignment + (f" — {result.assignment_title.get(lang)}" if result.assignment_title else "")
    who = result.student.id if result.student else "?"
    if result.student and result.student.name:
        who += f" ({result.student.name})"
    return RichText.assemble((visible(title), "bold"), "  ", visible(who), "  ", (visible(result.file), "dim"))


def _criteria(result: Result, lang: Lang) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_footer=True, pad_edge=False)
    table.add_column("", footer="")
    table.add_column(_tr(lang, "criterion", "基準"), footer=_tr(lang, "total", "合計"), overflow="fold")
    table.add_column("id", style="dim", overflow="fold")
    table.add_column(_tr(lang, "points", "得点"), justify="right",
                     footer=f"{number(result.score)} / {number(result.max_score)}")
    for c in result.criteria:
        title = RichText(visible(c.title.get(lang)))
        if c.status == "failed" and c.visibility == "public":  # say why, so the student knows what to change
            title.append("\n" + visible(c.evidence.get(lang), keep="\n\t"), style="dim")
        table.add_row(_mark(c, lang), title, RichText(c.id), _points(c))
    return table


def _mark(c: CriterionResult, lang: Lang) -> RichText:
    if c.status == "not_evaluated":
        return RichText(_tr(lang, "hidden", "非公開"), style="dim italic")
    return RichText("✓", style="bold green") if c.status == "passed" else RichText("✗", style="bold red")


def _points(c: CriterionResult) -> str:
    got = "—" if c.status == "not_evaluated" else number(c.points)
    return f"{got} / {number(c.max_points)}"


def _verdict(result: Result, lang: Lang) -> RichText:
    word = _tr(lang, "PASSED", "合格") if result.passed else _tr(lang, "FAILED", "不合格")
    return RichText.assemble(
        (word, "bold green" if result.passed else "bold red"),
        f"  {number(result.score)} / {number(result.max_score)} ({result.percent:.1f}%)  ",
        (_tr(lang, "pass threshold", "合格基準") + f" {result.pass_threshold * 100:.0f}%", "dim"),
    )


def _runs(result: Result, lang: Lang) -> RenderableType:
    grid = Table.grid(padding=(0, 2), pad_edge=True)
    grid.add_column(style="bold")
    grid.add_column(style="cyan", overflow="fold")
    grid.add_column()
    grid.add_column(justify="right")
    grid.add_column(style="yellow")
    for run in result.runs:
        gen = result.generations.get(run.generation)
        if gen is None:
            grid.add_row(RichText(visible(run.name)), RichText(visible(run.model)), _tr(lang, "no generation", "生成なし"), "", "")
            continue
        finish = "EOS" if gen.finish == "eos" else _tr(lang, f"cut off at {gen.max_new_tokens}",
                                                       f"{gen.max_new_tokens} で打ち切り")
        fragile = len(gen.fragile(result.fragile_margin))
        grid.add_row(RichText(visible(run.name)), RichText(visible(run.model)), finish,
                     f"{len(gen.output_ids)} {_tr(lang, 'tokens', 'トークン')}",
                     f"{fragile} {_tr(lang, 'fragile', '不安定')}" if fragile else "")
    return Group(RichText(_tr(lang, "Runs:", "実行:")), grid)
