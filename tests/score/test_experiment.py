"""Exercise 1's criteria (score/experiment.py: part 1, score/steering.py: part 2) on hand-written
generations: for each, a way to earn it without doing the exercise (must fail) and an honest way
to do the exercise (must pass)."""

from __future__ import annotations

from typing import Any

import pytest

from grader.score import builtins
from grader.score.context import Context, RunView
from grader.score.similar import run_set
from tests.contexts import BASE, DRAGON, STORY, control, ctx, run

TERSE_STORY = (
    "A dragon guarded its gold in a cave, and one day it shared it with a lost child. The end."
)
ONE = "A lonely dragon found a friend in a brave girl who brought it bread."
JA_STORY = (
    "昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。"
    "ある日、女の子が訪ねてきて、二人は友達になりました。おしまい。"
)
LIST = "- A dragon lived alone in a cave.\n- A brave girl brought it bread.\n- They became friends."

# the control is the compared run itself: same model (terse), same budget, prompt changed only
TERSE = run("terse", model="terse", text=TERSE_STORY, tokens=33)
STEER = run(
    "steer",
    model="terse",
    prompt=DRAGON[:-1] + " in one sentence.",
    text=ONE,
    tokens=19,
    goal="concise",
    compare_to="terse",
)
# a goal run against the baseline with another budget: compared with the derived control
DERIVED = control("brief", tokens=80)
BRIEF = run(
    "brief",
    prompt=DRAGON + " Answer briefly.",
    text="A dragon scared a village until a girl showed it was kind.",
    tokens=17,
    goal="concise",
    max_length=None,
    max_new_tokens=80,
)

# type, params, context, expected pass
CASES: list[tuple[str, dict[str, Any], Context, bool]] = [
    # part 1 -- honest: another model, same prompt and budget, the output changed
    ("controlled_change", {}, ctx(run(model="terse", text=TERSE_STORY)), True),
    (
        "controlled_change",
        {},
        ctx(run(prompt="ドラゴンの物語を聞かせてください。", text=JA_STORY)),
        True,
    ),
    # part 1 -- gaming: a budget-only change (truncation is not a change)
    ("controlled_change", {}, ctx(run(text=STORY[:30], max_length=None, max_new_tokens=10)), False),
    (
        "controlled_change",
        {},
        ctx(run(model="terse", text=TERSE_STORY, max_length=None, max_new_tokens=80)),
        False,
    ),
    # ... a prompt that differs in case, punctuation or a zero-width space only
    (
        "controlled_change",
        {},
        ctx(run(prompt="tell me a story about a dragon!", text=TERSE_STORY)),
        False,
    ),
    (
        "controlled_change",
        {},
        ctx(run(prompt="Tell me a story\u200b about a dragon.", text=TERSE_STORY)),
        False,
    ),
    # ... the model changed in one run, the output in another
    (
        "controlled_change",
        {},
        ctx(run("a", model="terse"), run("b", max_length=120, text=TERSE_STORY)),
        False,
    ),
    # ... the same model and prompt: output cut short by the budget
    ("controlled_change", {}, ctx(run(model="terse", text=STORY[:50], finish="length")), False),
    # ... honest: another model that stops earlier by itself (EOS) changed its answer
    ("controlled_change", {}, ctx(run(model="terse", text=STORY[:50], finish="eos")), True),
    # part 2, the attempt -- honest: prompt changed only
    ("goal_attempt", {}, ctx(TERSE, STEER), True),
    ("goal_attempt", {}, ctx(BRIEF, controls={"brief": DERIVED}), True),
    # ... gaming: a model swap declared "concise" (prompt unchanged against its control)
    (
        "goal_attempt",
        {},
        ctx(
            run("swap", model="terse", text=TERSE_STORY, goal="concise"),
            controls={"swap": control("swap", TERSE_STORY, 33, "eos", model="terse")},
        ),
        False,
    ),
    (
        "goal_attempt",
        {},
        ctx(run("s", prompt="TELL ME A STORY ABOUT A DRAGON", goal="concise")),
        False,
    ),
    ("goal_attempt", {}, ctx(TERSE), False),  # no goal declared
    # part 2, the effect -- honest: two sentences became one, ended by EOS (33 -> 19 tokens)
    ("goal_moved", {}, ctx(TERSE, STEER), True),
    ("goal_moved", {}, ctx(BRIEF, controls={"brief": DERIVED}), True),
    (
        "goal_moved",
        {},
        ctx(
            run(
                "ja",
                prompt=DRAGON + " in Japanese",
                text=JA_STORY,
                goal="japanese",
                max_length=None,
                max_new_tokens=80,
            ),
            controls={"ja": control("ja")},
        ),
        True,
    ),
    (
        "goal_moved",
        {},
        ctx(
            run(
                "li",
                prompt=DRAGON + " as a list",
                text=LIST,
                goal="list",
                max_length=None,
                max_new_tokens=80,
            ),
            controls={"li": control("li")},
        ),
        True,
    ),
    # ... gaming: a different question (1+1=?) is off the control's topic
    (
        "goal_moved",
        {},
        ctx(
            run(
                "q", prompt="1+1=? Answer with just the number.", text="2", tokens=1, goal="concise"
            )
        ),
        False,
    ),
    # ... the answer put in the prompt: echoed back, or an empty "OK."
    (
        "goal_moved",
        {},
        ctx(
            run(
                "c",
                prompt="Repeat after me: A lonely dragon found a friend.",
                text="A lonely dragon found a friend.",
                goal="concise",
            )
        ),
        False,
    ),
    (
        "goal_moved",
        {},
        ctx(
            run(
                "ok",
                prompt="A lonely dragon found a friend. Reply with just OK.",
                text="OK.",
                tokens=2,
                goal="concise",
            )
        ),
        False,
    ),
    (
        "goal_moved",
        {},
        ctx(run("e", prompt="Tell me nothing about a dragon.", text="", tokens=0, goal="concise")),
        False,
    ),
    # ... off-task text
    (
        "goal_moved",
        {},
        ctx(
            run(
                "who",
                prompt="Who are you? Answer briefly.",
                text="A tiny test model.",
                tokens=5,
                goal="concise",
            )
        ),
        False,
    ),
    # ... shorter, but cut off by the budget rather than ended
    (
        "goal_moved",
        {},
        ctx(
            TERSE,
            run(
                "cut",
                model="terse",
                prompt=DRAGON + " Be brief.",
                text=ONE,
                tokens=10,
                finish="length",
                goal="concise",
                compare_to="terse",
            ),
        ),
        False,
    ),
    # the goal reached -- 33 -> 19 tokens moves toward concise but is not half: this fails, and the
    # honest run still passes overall
    ("goal_met", {"ratio": 0.5}, ctx(TERSE, STEER), False),
    ("goal_met", {"ratio": 0.6}, ctx(TERSE, STEER), True),
    ("goal_met", {}, ctx(BRIEF, controls={"brief": DERIVED}), True),
    # ... a Japanese answer against an English control is measured in sentences, not tokens
    (
        "goal_met",
        {},
        ctx(
            run(
                "jc",
                prompt="ドラゴンの物語を一文で。",
                text="ドラゴンは女の子と友達になりました。",
                tokens=40,
                goal="concise",
                max_length=None,
                max_new_tokens=80,
            ),
            controls={"jc": control("jc", STORY + ". The end. It was fun.", 60, "eos")},
        ),
        True,
    ),
    (
        "goal_met",
        {},
        ctx(
            run(
                "one",
                model="terse",
                prompt=DRAGON + " One sentence.",
                text=ONE,
                tokens=19,
                goal="one_sentence",
                compare_to="terse",
            ),
            TERSE,
        ),
        True,
    ),
    # the hidden strict check: absolute limits on a controlled, real answer
    ("concise", {"max": 20}, ctx(TERSE, STEER), True),
    ("concise", {"max": 10}, ctx(TERSE, STEER), False),
    ("concise", {"ratio": 0.5}, ctx(BRIEF, controls={"brief": DERIVED}), True),
    (
        "concise",
        {"max": 30},
        ctx(
            run(
                "q", prompt="1+1=? Answer with just the number.", text="2", tokens=1, goal="concise"
            )
        ),
        False,
    ),
    # require_eos (the hidden file's documented key): an answer the budget cut off is no answer,
    # unless the TA's file says a cut-off one will do
    (
        "concise",
        {"max": 30},
        ctx(
            TERSE,
            run(
                "cut",
                model="terse",
                prompt=DRAGON + " Short.",
                text=ONE,
                tokens=19,
                finish="length",
                goal="concise",
                compare_to="terse",
            ),
        ),
        False,
    ),
    (
        "concise",
        {"max": 30, "require_eos": False},
        ctx(
            TERSE,
            run(
                "cut",
                model="terse",
                prompt=DRAGON + " Short.",
                text=ONE,
                tokens=19,
                finish="length",
                goal="concise",
                compare_to="terse",
            ),
        ),
        True,
    ),
    ("original_work", {}, ctx(TERSE), True),  # nothing shipped to copy (copies: test_original_work)
]


@pytest.mark.parametrize(
    ("kind", "params", "context", "expected"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_criterion(kind: str, params: dict[str, Any], context: Context, expected: bool) -> None:
    criterion = builtins.get(kind)
    outcome = criterion.fn(context, criterion.params.model_validate(params))
    assert outcome.passed is expected, outcome.evidence.en
    assert outcome.evidence.en and outcome.evidence.ja
    assert (outcome.hint is None) is expected  # a failure always says what to try


def test_failed_evidence_names_the_condition_and_the_numbers() -> None:
    criterion = builtins.get("goal_met")
    outcome = criterion.fn(ctx(TERSE, STEER), criterion.params.model_validate({"ratio": 0.5}))
    assert (
        "19 vs control 33 tokens" in outcome.evidence.en and "goal not met" in outcome.evidence.en
    )
    assert outcome.details["runs"]["steer (goal: concise)"]["measured"] == {
        "own": 19,
        "control": 33,
        "unit": "tokens",
    }
    change = builtins.get("controlled_change")
    budget = change.fn(
        ctx(run(model="terse", text=TERSE_STORY, max_length=None, max_new_tokens=80)),
        change.params.model_validate({}),
    )
    assert "budget max_new_tokens 80 vs max_length 100" in budget.evidence.en
    assert budget.hint is not None and "max_length 100" in budget.hint.en


def _copy_ctx(runs: list[RunView], shipped_runs: list[RunView]) -> Context:
    shipped = {"examples/pass.yaml": run_set(r.spec for r in shipped_runs)}
    return Context(runs=runs, baseline=BASE, shipped=shipped)


def _relabel(view: RunView, goal: str | None) -> RunView:
    return RunView(view.name, view.spec, view.generation, goal=goal, compare_to=view.compare_to)


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ([TERSE, STEER], False),  # the shipped example's runs under a student's id
        (
            [
                run("t2", model="terse", prompt="tell me a story about a dragon", tokens=33),
                run("s2", model="terse", prompt=STEER.prompt, goal="concise", compare_to="t2"),
            ],
            False,  # renamed runs, another case
        ),
        ([STEER, TERSE], False),  # reordered
        ([TERSE, _relabel(STEER, "one_sentence")], False),  # a goal relabelled
        ([TERSE, STEER, BRIEF], False),  # the example plus a run of one's own
        ([TERSE], True),  # one run in common with an example is fine
        ([TERSE, BRIEF], True),
        ([BRIEF], True),
    ],
)
def test_original_work(runs: list[RunView], expected: bool) -> None:
    criterion = builtins.get("original_work")
    outcome = criterion.fn(_copy_ctx(runs, [TERSE, STEER]), criterion.params())
    assert outcome.passed is expected, outcome.evidence.en
    if not expected:
        assert "examples/pass.yaml" in outcome.evidence.en


def test_the_shipped_file_itself_is_not_compared_with_itself() -> None:
    """The scorer leaves the shipped file out of its own comparison (``make demo``)."""
    criterion = builtins.get("original_work")
    alone = Context(runs=[TERSE, STEER], baseline=BASE, shipped={})
    assert criterion.fn(alone, criterion.params()).passed


def test_every_experiment_criterion_is_covered() -> None:
    exercise = ("grader.score.experiment", "grader.score.steering")
    mine = {n for n in builtins.names() if builtins.get(n).fn.__module__ in exercise}
    assert {c[0] for c in CASES} == mine


def test_every_goal_type_has_its_rules() -> None:
    from grader.load.schemas import GOAL_TYPES
    from grader.score.goals import GOALS

    assert tuple(GOALS) == GOAL_TYPES
