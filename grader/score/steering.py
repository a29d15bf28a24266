"""Exercise 1, part 2: steer the output by the prompt alone toward a goal.

* ``goal_attempt``: a run with a ``goal:`` changes only the prompt against its control (the
  compared run, or a derived ``control:<run>`` when more than the prompt differs);
* ``goal_moved``: its answer is a real one to the control's request (:mod:`grader.score.answers`)
  and better than the control on the goal's measure by at least the goal's material effect;
* ``goal_met``: it also passes the goal's threshold;
* ``concise``: the goal ``concise`` with absolute or relative limits (used by hidden checks).

Every goal run is judged, each with its own outcome; the assignment groups the three part-2
criteria so that one run earns all of part 2 (:mod:`grader.score.scorer`). The goals themselves
(what "moved" and "met" mean for each) are :mod:`grader.score.goals`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from grader.score import text
from grader.score.answers import AnswerParams, near, real_answer
from grader.score.asks import adds, asks_for
from grader.score.context import Context, RunView
from grader.score.disguises import disguised, hidden
from grader.score.goals import GOALS, UNITS_JA, Goal, Measured, Thresholds
from grader.score.prompts import same_prompt
from grader.score.registry import Outcome, criterion
from grader.score.requests import OPPOSITES, REQUESTS
from grader.score.steps import Trace, conclude
from grader.util.i18n import T, Text


def _attempt(ctx: Context, run: RunView, trace: Trace) -> RunView | None:
    """The control of a prompt-only attempt (None, with the reason added, when it is not one)."""
    control = ctx.control(run)
    derived = control.role == "control"
    trace.details["control"] = {"name": control.name, "derived": derived, "prompt": control.prompt}
    where = (
        T(
            f"control: the prompt of {ctx.compared(run).name} at this run's model, chat and budget",
            f"コントロール: {ctx.compared(run).name} "
            "のプロンプトをこの実行のモデル・chat・予算で生成",
        )
        if derived
        else T(f"control: {control.name}", f"コントロール: {control.name}")
    )
    if not same_prompt(run.prompt, control.prompt):
        trace.add(
            True,
            T(
                f"{where.en}; only the prompt differs ({run.model}, chat {run.spec.chat}, "
                f"{run.budget_text()})",
                f"{where.ja}。プロンプトだけが違う（{run.model}、chat "
                f"{run.spec.chat}、{run.budget_text()}）",
            ),
        )
        return control
    trivial = run.prompt != control.prompt  # the same prompt, however it was typed
    trace.add(
        False,
        T(
            f"{where.en}; the prompt is "
            + (
                "the same (only case, spaces, punctuation, invisible characters or look-alike "
                "letters differ)"
                if trivial
                else "the same"
            ),
            f"{where.ja}。プロンプトが"
            + (
                "同じです（大文字・空白・句読点・見えない文字・形の似た文字しか違いません）"
                if trivial
                else "同じです"
            ),
        ),
        T(
            "change the wording of the prompt, keep the model and the budget",
            "モデルと予算はそのままで、プロンプトの内容を変えてください",
        ),
    )
    return None


def _goal_traces(
    ctx: Context,
    p: AnswerParams,
    until: Literal["attempt", "moved", "met"],
    thresholds: Thresholds | None = None,
) -> list[Trace]:
    thresholds = thresholds or Thresholds()
    traces = []
    for run in ctx.goal_runs(p.goal):
        goal = GOALS[run.goal or ""]
        trace = Trace(run.name, label=f"{run.name} (goal: {goal.name})")
        traces.append(trace)
        control = _attempt(ctx, run, trace)
        if control is None or until == "attempt" or not real_answer(ctx, run, control, p, trace):
            continue
        m = trace.measured = goal.measure(run, control)
        trace.details["measured"] = {"own": m.own, "control": m.control, "unit": m.unit}
        trace.unasked = _unasked(goal, run.prompt, control.prompt, run.model)
        trace.plain_control = not (
            disguised(control.prompt, run.prompt) or hidden(control.prompt, run.prompt)
        )
        if _moved(trace, goal, m, p) and until == "met":
            _met(trace, goal.met(m, thresholds), goal.rule(thresholds), goal.hint)
    return traces


def _moved(trace: Trace, goal: Goal, m: Measured, p: AnswerParams) -> bool:
    """Strictly better than the control on the goal's measure, by at least the goal's effect."""
    effect = goal.effect(m)
    need = getattr(p.min_effect, goal.name)
    trace.details["effect"] = {"value": round(effect, 4), "needed": need}
    moved = goal.moved(m) and effect >= need
    said, needed = goal.effect_text(effect, m.unit), goal.effect_text(need, m.unit)
    return trace.add(
        moved,
        T(
            f"{m.show().en}, {said.en} (needs {needed.en}): "
            f"{'moved toward' if moved else 'not moved toward'} {goal.title.en}",
            f"{m.show().ja}、{said.ja}（必要 {needed.ja}）："
            f"{goal.title.ja}に{'近づいた' if moved else '近づいていない'}",
        ),
        goal.hint,
        _effect_review(near(effect, need, p.review_margin), said, needed, trace, goal),
    )


def _effect_review(close: bool, said: Text, needed: Text, trace: Trace, goal: Goal) -> Text | None:
    """Why a TA should look at an effect: near its threshold, a prompt that never asked, or a
    control written in disguise (the effect may be the disguise's)."""
    reasons = []
    if close:
        reasons.append(
            T(
                f"near the threshold: effect {said.en}, needs {needed.en}",
                f"基準すれすれ: 効果 {said.ja}（必要 {needed.ja}）",
            )
        )
    if not trace.plain_control:
        reasons.append(
            T(
                "the control's prompt is written in disguise (look-alike letters, invisible or "
                "combining characters, odd spacing) or holds a request out of sight (in a "
                "comment, brackets or quotes) where this run's does not: the effect may come "
                "from that, not the request",
                "コントロールのプロンプトが偽装されているか（形の似た文字・見えない文字・結合文字・"
                "不自然な空白）、コメント・括弧・引用の中に依頼を含んでいます。効果は依頼ではなく"
                "それによるものかもしれません",
            )
        )
    if trace.unasked is not None:  # not a threshold: whether the prompt makes a request at all
        reasons.append(trace.unasked)
    if not reasons:
        return None
    return T("; ".join(r.en for r in reasons), "、".join(r.ja for r in reasons))


def _unasked(goal: Goal, prompt: str, control: str, model: str) -> Text | None:
    """Why ``prompt``, run on ``model``, is not read as asking for ``goal`` (None when it asks):
    no request for it, or a request with more beside it or said to someone else by name, which
    across languages cannot be read (pass 72: a prompt wholly in Japanese against the English
    baseline)."""
    if asks_for(goal.name, prompt, control, model):
        return None
    if adds(OPPOSITES.get(goal.name, ()), prompt, control, bounded=False) or not adds(
        REQUESTS.get(goal.name, ()), prompt, control
    ):
        return T(
            f"the prompt does not ask for {goal.title.en}",
            f"プロンプトが{goal.title.ja}を求めていません",
        )
    if text.main_script(prompt) != text.main_script(control):
        return T(
            f"the prompt asks for {goal.title.en} in another language than its control's: what "
            "else it changes cannot be read across languages",
            f"プロンプトは{goal.title.ja}を求めていますが、コントロールと別の言語です。ほかに何を変えたかは"
            "言語をまたいで読めません",
        )
    return T(
        f"the prompt asks for {goal.title.en} and adds more beside the request (a plot, another "
        "task or a remark)",
        f"プロンプトは{goal.title.ja}を求めていますが、依頼のほかにも足しています（筋・別の課題・一言）",
    )


def _met(trace: Trace, ok: bool, rule: Text, hint: Text) -> None:
    trace.add(
        ok,
        T(
            f"goal {'met' if ok else 'not met'}: needs {rule.en}",
            f"目標{'達成' if ok else '未達'}：{rule.ja}が必要",
        ),
        hint,
    )


_NO_GOAL = (
    T("no run declares a goal", "goal を書いた実行がありません"),
    T(
        "add a run with goal: concise (or one_sentence, japanese, english, list) that changes only "
        "the prompt",
        "プロンプトだけを変えた実行に goal: concise（または one_sentence, japanese, english, "
        "list）を書いてください",
    ),
)


@criterion("goal_attempt", AnswerParams)
def goal_attempt(ctx: Context, p: AnswerParams) -> Outcome:
    """Part 2, the attempt: a run with a goal differs from its control in the prompt only."""
    return conclude(_goal_traces(ctx, p, "attempt"), *_NO_GOAL)


@criterion("goal_moved", AnswerParams)
def goal_moved(ctx: Context, p: AnswerParams) -> Outcome:
    """Part 2, the effect: a real answer, strictly better than the control on the goal's measure."""
    return conclude(_goal_traces(ctx, p, "moved"), *_NO_GOAL)


class MetParams(AnswerParams, Thresholds):
    """The answer traces plus the goals' thresholds."""


@criterion("goal_met", MetParams)
def goal_met(ctx: Context, p: MetParams) -> Outcome:
    """Part 2, the goal reached: moved toward it and past the goal's threshold."""
    return conclude(
        _goal_traces(
            ctx, p, "met", Thresholds(ratio=p.ratio, share=p.share, min_items=p.min_items)
        ),
        *_NO_GOAL,
    )


class ConciseParams(AnswerParams):
    goal: str | None = "concise"
    unit: Literal["tokens", "chars", "sentences"] = "tokens"
    """What ``max`` counts."""
    max: int | None = Field(default=None, ge=1)
    """Absolute limit on the answer's length."""
    ratio: float | None = Field(default=None, gt=0)
    """Relative limit: at most this share of the control's length (as the goal measures it)."""

    @model_validator(mode="after")
    def _some_limit(self) -> ConciseParams:
        if self.max is None and self.ratio is None:
            raise ValueError("give max, ratio or both")
        return self


@criterion("concise", ConciseParams)
def concise(ctx: Context, p: ConciseParams) -> Outcome:
    """A controlled, real, concise answer within absolute and/or relative limits."""
    traces = _goal_traces(ctx, p, "moved")
    for trace, run in zip(traces, ctx.goal_runs(p.goal), strict=True):
        if trace.ok and (m := trace.measured) is not None:
            own = {
                "tokens": run.tokens,
                "chars": text.chars(run.text),
                "sentences": text.sentences(run.text),
            }[p.unit]
            trace.add(
                (p.max is None or own <= p.max)
                and (p.ratio is None or m.own <= p.ratio * m.control),
                T(
                    f"{own} {p.unit}; limit{' <= ' + str(p.max) + ' ' + p.unit if p.max else ''}"
                    f"{' <= ' + format(p.ratio, 'g') + 'x control' if p.ratio else ''}",
                    f"{UNITS_JA[p.unit]} {own}、上限{' ' + str(p.max) if p.max else ''}"
                    f"{' コントロールの ' + format(p.ratio, 'g') + ' 倍' if p.ratio else ''}",
                ),
                GOALS["concise"].hint,
            )
    return conclude(traces, *_NO_GOAL)
