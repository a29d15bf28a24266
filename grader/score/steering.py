"""Exercise 1, part 2: steer the output by the prompt alone toward a goal.

* ``goal_attempt``: a run with a ``goal:`` changes only the prompt against its control (the
  compared run, or a derived ``control:<run>`` when more than the prompt differs);
* ``goal_moved``: its answer is a real one (not empty, ended by EOS, not copied from the prompt,
  on the control's topic) and strictly better than the control on the goal's measure;
* ``goal_met``: it also passes the goal's threshold;
* ``concise``: the goal ``concise`` with absolute or relative limits (used by hidden checks).

The goals themselves (what "moved" and "met" mean for each) are :mod:`grader.score.goals`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from grader.score import text
from grader.score.context import Context, RunView
from grader.score.goals import GOALS, Thresholds
from grader.score.registry import Outcome, Params, criterion
from grader.score.steps import Trace, conclude
from grader.util.i18n import T, Text


class AnswerParams(Params):
    goal: str | None = None
    """Only runs declaring this goal (every goal when omitted)."""
    min_overlap: float = Field(default=0.1, ge=0, le=1)
    """On topic: this share of the answer's content words also in the control's output (or a
    shared topic word of the assignment)."""
    max_copied: float = Field(default=0.8, gt=0, le=1)
    """An answer whose 4-grams stand in the prompt at this share or more was copied from it."""
    require_eos: bool = True
    """A real answer ends by itself (EOS); false also accepts one the budget cut off."""


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
    if text.normalise(run.prompt) != text.normalise(control.prompt):
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
    trivial = run.prompt != control.prompt  # differs only in case, spaces or punctuation
    trace.add(
        False,
        T(
            f"{where.en}; the prompt is "
            f"{'changed (only in case, spaces or punctuation)' if trivial else 'the same'}",
            f"{where.ja}。"
            f"プロンプトが{'大文字・空白・句読点しか違いません' if trivial else '同じです'}",
        ),
        T(
            "change the wording of the prompt, keep the model and the budget",
            "モデルと予算はそのままで、プロンプトの内容を変えてください",
        ),
    )
    return None


def _real_answer(
    ctx: Context, run: RunView, control: RunView, p: AnswerParams, trace: Trace
) -> bool:
    """The run's output is an answer: not empty, ended by itself, the model's own, on topic."""
    copied = round(text.copied_share(run.text, run.prompt), 2)
    overlap = round(text.overlap(run.text, control.text), 2)
    on_control_topic = text.topic_words_in(control.text, ctx.topic)
    topic = text.topic_words_in(run.text, ctx.topic) if on_control_topic else []
    finish = run.generation.finish
    trace.details.update(finish=finish, copied=copied, overlap=overlap, topic_words=topic)
    return _answered(run, trace, p.require_eos) and _own_and_on_topic(
        copied, overlap, topic, p, trace
    )


def _answered(run: RunView, trace: Trace, require_eos: bool) -> bool:
    content = text.has_content(run.text)
    budget = run.budget_text()
    ended = (
        T("ended by EOS", "EOS で終了")
        if run.generation.finish == "eos"
        else T(f"ended by the budget ({budget}): cut off", f"予算（{budget}）で打ち切り")
    )
    return trace.add(
        content,
        T("an answer", "回答あり") if content else T("the answer is empty", "回答が空です"),
        T(
            "ask for an answer, do not write it into the prompt",
            "答えをプロンプトに書かず、モデルに答えさせてください",
        ),
    ) and trace.add(
        run.generation.finish == "eos" or not require_eos,
        ended if require_eos else T(f"{ended.en} (allowed)", f"{ended.ja}（許容）"),
        T(
            "the answer must end by itself: ask for less, or raise the budget",
            "回答が自然に終わる必要があります。短く求めるか予算を増やしてください",
        ),
    )


def _own_and_on_topic(
    copied: float, overlap: float, topic: list[str], p: AnswerParams, trace: Trace
) -> bool:
    on_topic = overlap >= p.min_overlap or bool(topic)
    word = T(f", topic word {topic[0]}", f"、話題語 {topic[0]}") if topic else T("", "")
    return trace.add(
        copied < p.max_copied,
        T(
            f"{copied:.0%} of the answer stands in the prompt (limit {p.max_copied:.0%})",
            f"回答の {copied:.0%} がプロンプトにあります（上限 {p.max_copied:.0%}）",
        ),
        T(
            "the model must produce the answer; do not put it in the prompt",
            "答えはモデルに作らせてください。プロンプトに書かないでください",
        ),
    ) and trace.add(
        on_topic,
        T(
            f"on the control's topic (overlap {overlap:.0%}{word.en})",
            f"コントロールと同じ話題（重なり {overlap:.0%}{word.ja}）",
        )
        if on_topic
        else T(
            f"off the control's topic (overlap {overlap:.0%} < {p.min_overlap:.0%})",
            f"コントロールと話題が違います（重なり {overlap:.0%} < {p.min_overlap:.0%}）",
        ),
        T(
            "keep the control's request and change how it is asked",
            "コントロールと同じ依頼のまま、頼み方を変えてください",
        ),
    )


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
        trace = Trace(f"{run.name} (goal: {goal.name})")
        traces.append(trace)
        control = _attempt(ctx, run, trace)
        if control is None or until == "attempt" or not _real_answer(ctx, run, control, p, trace):
            continue
        m = trace.measured = goal.measure(run, control)
        trace.details["measured"] = {"own": m.own, "control": m.control, "unit": m.unit}
        moved = goal.moved(m)
        if (
            trace.add(
                moved,
                T(
                    f"{m.show()}: {'moved toward' if moved else 'no closer to'} {goal.title.en}",
                    f"{m.show()}：{goal.title.ja}に{'近づいた' if moved else '近づいていない'}",
                ),
                goal.hint,
            )
            and until == "met"
        ):
            _met(trace, goal.met(m, thresholds), goal.rule(thresholds), goal.hint)
    return traces


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
                    f"{own} {p.unit}、上限{' ' + str(p.max) + ' ' + p.unit if p.max else ''}"
                    f"{' コントロールの ' + format(p.ratio, 'g') + ' 倍' if p.ratio else ''}",
                ),
                GOALS["concise"].hint,
            )
    return conclude(traces, *_NO_GOAL)
