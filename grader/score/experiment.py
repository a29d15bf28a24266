"""Exercise 1, part 1: a grade credits a controlled comparison, never one output alone.

* ``controlled_change``: a run changes the model or the prompt against the run it is compared
  with, under the same budget and chat setting, and its output really changed.
* ``original_work``: the runs are not a shipped submission's (:mod:`grader.score.similar`);
  runs that mirror one's design run for run, or its goal runs on other settings, prompts
  reworded, or that are its runs lightly reworded by the measure a published file is met by
  (:mod:`grader.score.shipped_reworded`), are flagged for review.

Part 2 (steering the output by the prompt toward a goal) is :mod:`grader.score.steering`.
"""

from __future__ import annotations

from pydantic import Field

from grader.score import text
from grader.score.additions import run_addition_review
from grader.score.asides import aside_copy
from grader.score.context import Context, RunView
from grader.score.disguises import change_review, padded_only, symbols
from grader.score.notes import note_grams, own_keys
from grader.score.prompts import same_prompt
from grader.score.published import (
    Found,
    any_model,
    published_copy,
    published_notes,
    published_rewording,
    unless_natural,
)
from grader.score.registry import Outcome, Params, criterion
from grader.score.reworded import Own, own_runs
from grader.score.shipped_reworded import shipped_rewording
from grader.score.similar import first_copy, mirrors
from grader.score.steps import Trace, conclude
from grader.util.i18n import T, Text


def _changes(run: RunView, other: RunView) -> list[str]:
    changed = [f"model {other.model} -> {run.model}"] if run.model != other.model else []
    if not same_prompt(run.prompt, other.prompt):
        changed.append("prompt")
    elif symbols(run.prompt) != symbols(other.prompt):
        changed.append("prompt (symbols only)")
    return changed


_SYMBOLS_ONLY = T(
    "to review: the prompts differ only in symbols (an operator, an emoji): a change if they carry "
    "its meaning, decoration if not",
    "確認が必要: プロンプトの違いは記号（演算子・絵文字）だけです。"
    "意味を担うなら変更、飾りなら変更ではありません",
)


class ChangeParams(Params):
    max_chrf: float = Field(default=90.0, gt=0, le=100)
    """chrF (0-100) against the compared output must be below this: a change, not a typo."""


@criterion("controlled_change", ChangeParams)
def controlled_change(ctx: Context, p: ChangeParams) -> Outcome:
    """Part 1: a run changes the model or the prompt (same budget and chat); its output changed."""
    traces = [_change_trace(ctx, run, p) for run in ctx.runs]
    return conclude(
        traces,
        T("no run", "実行がありません"),
        T(
            "add a run that changes the model or the prompt",
            "モデルかプロンプトを変えた実行を追加してください",
        ),
    )


def _change_trace(ctx: Context, run: RunView, p: ChangeParams) -> Trace:
    """Model or prompt changed, everything else the same, and the output changed with them."""
    other = ctx.compared(run)
    trace = Trace(run.name, label=f"{run.name} vs {other.name}")
    changed = _changes(run, other)
    if not trace.add(
        bool(changed),
        T(
            f"changes {', '.join(changed) or 'neither the model nor the prompt'}",
            "変更: "
            f"{', '.join(changed) or 'モデルもプロンプトも同じ（大文字・空白・句読点は無視）'}",
        ),
        T(
            "change the model or the wording of the prompt (case, spaces and punctuation do not "
            "count)",
            "モデルかプロンプトの内容を変えてください（大文字小文字・空白・句読点の違いは変更に数えません）",
        ),
        _SYMBOLS_ONLY
        if "prompt (symbols only)" in changed
        else ("prompt" in changed and padded_only(run.prompt, other.prompt))
        or change_review(run.prompt, other.prompt, run.text, other.text, "prompt" in changed)
        or (run_addition_review(run, other) if "prompt" in changed else None),
    ):
        return trace
    if _same_setting(run, other, trace):
        _output_changed(run, other, p, trace, changed)
    return trace


def _same_setting(run: RunView, other: RunView, trace: Trace) -> bool:
    """A fair comparison: the same token budget and chat setting as the compared run."""
    budget, chat = other.budget_text(), str(other.spec.chat).lower()
    return trace.add(
        run.spec.budget() == other.spec.budget() and run.spec.chat == other.spec.chat,
        T(
            f"budget {run.budget_text()} vs {budget}, chat {run.spec.chat} vs {other.spec.chat}",
            f"予算 {run.budget_text()} と {budget}、chat {run.spec.chat} と {other.spec.chat}",
        ),
        T(
            f"compare under the same budget and chat setting: give this run {budget} and "
            f"chat: {chat}, like {other.name}",
            f"同じ予算・chat 設定で比べてください: {other.name} と同じ {budget}、"
            f"chat: {chat} にしてください",
        ),
    )


def _output_changed(
    run: RunView, other: RunView, p: ChangeParams, trace: Trace, changed: list[str]
) -> None:
    """The output really changed: not equal, not one cut short by the budget, chrF below the
    limit."""
    score = round(text.chrf(run.text, other.text), 2)
    cut = text.cut_short(run.text, run.generation.finish, other.text, other.generation.finish)
    trace.details = {"chrf": score, "prefix": cut, "changed": changed}
    became = (
        T("cut short, not changed", "途中で切れただけ")
        if cut
        else T("changed", "変化した")
        if score < p.max_chrf
        else T("nearly the same", "ほとんど同じ")
    )
    trace.add(
        run.text != other.text and score < p.max_chrf and not cut,
        T(
            f"output {became.en} (chrF {score:g}, limit < {p.max_chrf:g})",
            f"出力は{became.ja}（chrF {score:g}、基準 < {p.max_chrf:g}）",
        ),
        T(
            "a bigger change (another model, another request) changes the output more",
            "より大きな変更（別のモデル、別の依頼）を試してください",
        ),
    )


@criterion("original_work", Params)
def original_work(ctx: Context, p: Params) -> Outcome:
    """The runs are not a shipped submission's (the template, an example, a reference one):
    not the same runs, not contained in them or containing them, not nearly the same
    (:func:`grader.score.similar.runs_alike`; the runs every student has aside). Runs that
    mirror a shipped file's design for design, prompts reworded, or are its runs lightly
    reworded (a sentence before every prompt), are credited and flagged."""
    mine = ctx.run_set()
    copy = first_copy(mine, ctx.shipped, ctx.copies, ctx.goal_run_set(), ctx.designs)
    if copy is None:
        return _not_a_copy(ctx)
    name, how, theirs = copy
    shared, words = len(mine & theirs), _ALIKE[how]
    return Outcome(
        False,
        T(
            f"the runs {words.en} those of the shipped {name} ({shared} shared)",
            f"実行が配布された {name} の実行{words.ja}（共通 {shared} 件）",
        ),
        {"copy_of": name, "alike": how, "shared": shared},
        OWN_WORK_HINT,
    )


OWN_WORK_HINT = T(
    "design your own experiment: another model, another prompt, another goal",
    "自分の実験を考えてください（別のモデル、別のプロンプト、別の目標）",
)
"""What to do about a copy: ``original_work``'s hint, and ``validate``'s early warning's."""


def _not_a_copy(ctx: Context) -> Outcome:
    """Credit for one's own runs, flagged where they come from a shipped file (named first:
    :func:`_shipped_review`) or a published one; a published file's runs and notes: a copy."""
    grams = note_grams(own_keys(ctx.notes, ctx.corpus))
    found = published_copy(ctx.run_set(), ctx.goal_run_set(), grams, ctx.published, ctx.copies)
    found = found or aside_copy(ctx, grams)
    if found is not None and found.notes_too:
        return _published(found)
    designs, own = ctx.design_set(), own_runs(ctx.runs, ctx.common, ctx.topic)
    found = unless_natural(found, own, ctx.published, ctx.copies)
    mirrored = sorted(n for n, d in ctx.designs.items() if mirrors(designs, d))
    reworded = shipped_rewording(own, ctx.shipped_owns, ctx.copies)
    review = _shipped_review(ctx, mirrored, reworded) or _published_review(ctx, found, grams, own)
    details = {"mirrors": mirrored[0]} if mirrored else {"reworded": reworded} if reworded else {}
    return Outcome(
        True,
        T(
            f"not a copy of the {len(ctx.shipped)} shipped submissions (template, examples, "
            "references)",
            f"配布された提出物（テンプレート・例・参照、{len(ctx.shipped)} 件）"
            "の写しではありません",
        ),
        details,
        review=review,
    )


def _shipped_review(ctx: Context, mirrored: list[str], reworded: str | None) -> Text | None:
    """Why a TA should look at runs drawn from a shipped file: moved onto other models or chat,
    mirroring its design with prompts reworded, or lightly reworded
    (:mod:`grader.score.shipped_reworded`, the measure a published file is met by)."""
    # rt42-07: ref-math with chat on every run; rt47-07: the parent assignment's example moved
    # onto this one's models (the parent's models are not this one's, so no run matched)
    switched = {n: any_model(r) for n, r in ctx.shipped.items()}
    flipped = first_copy(
        any_model(ctx.run_set()), switched, ctx.copies, any_model(ctx.goal_run_set())
    )
    if flipped is not None:
        return T(
            f"to review: the runs are those of the shipped {flipped.name} with chat switched "
            "or on other models",
            f"確認が必要: 実行が配布された {flipped.name} の実行の chat かモデルを変えたものです",
        )
    if mirrored:
        return T(
            f"to review: the runs mirror the shipped {mirrored[0]}: each of its runs, or each of "
            "its goal runs on other settings (model, chat, budget), has one here with the same "
            "or a reworded prompt",
            f"確認が必要: 実行が配布された {mirrored[0]} をなぞっています。その各実行（または各"
            "目標の実行を別の設定〔モデル・chat・予算〕で）に、同じか言い換えたプロンプトの実行があります",
        )
    if reworded:
        return T(
            f"to review: the runs are those of the shipped {reworded}, lightly reworded (a "
            "sentence before or after every prompt, words swapped)",
            f"確認が必要: 実行が配布された {reworded} の実行を少し言い換えたもの（全プロンプトの"
            "前後に一文を足す、語を替える）です",
        )
    return None


def _case(name: str, honest: bool = True) -> Text:
    return T(
        f"{name}, {'an honest' if honest else 'a'} case published in this project's tests",
        f"このプロジェクトのテストで公開されている{'正直な' if honest else ''}例 {name}",
    )


def _published_review(
    ctx: Context, found: Found | None, grams: frozenset[str], own: Own
) -> Text | None:
    """Why a TA should look at a file that draws on a published case: its runs (the notes its
    own), its runs (``own``) lightly reworded, or its notes."""
    if found is not None:
        alike, case = _ALIKE["aside" if found.aside else found.how], _case(found.name)
        return T(
            f"to review: the runs {alike.en} those of {case.en} (the notes are the student's own)",
            f"確認が必要: 実行が{case.ja}の実行{alike.ja}（考察は本人のものです）",
        )
    if name := published_rewording(own, ctx.published, ctx.copies):
        case = _case(name)
        return T(
            f"to review: the runs are those of {case.en}, lightly reworded",
            f"確認が必要: 実行が{case.ja}の実行を少し言い換えたものです",
        )
    if name := published_notes(grams, ctx.published, ctx.copies):
        case = _case(name, honest=name in ctx.published.runs)  # a failing one's notes only
        return T(
            f"to review: the notes are near-identical to those of {case.en}",
            f"確認が必要: 考察が{case.ja}の考察とほぼ同じです",
        )
    return None


def _published(found: Found) -> Outcome:
    """A published file's runs and its notes: a copy."""
    alike = _ALIKE["aside" if found.aside else found.how]
    return Outcome(
        False,
        T(
            f"the runs {alike.en} those of {found.name}, published in this "
            "project's tests, and the notes are near-identical to its",
            f"実行がこのプロジェクトのテストで公開されている {found.name} の実行"
            f"{alike.ja}。考察もほぼ同じです",
        ),
        {"copy_of": found.name, "alike": found.how, "published": True},
        OWN_WORK_HINT,
    )


_ALIKE = {
    "same_runs": T("are", "と同じです"),
    "contained": T("contain or are contained in", "を含むか、それに含まれます"),
    "near_runs": T("are nearly", "とほぼ同じです"),
    "aside": T(
        "are, with a sentence added at the start or end of prompts,",
        "に、プロンプトの最初か最後に一文を足したものです",
    ),
}
