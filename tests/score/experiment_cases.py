"""The table of :mod:`tests.score.test_experiment`: for each of exercise 1's criteria, contexts
that earn it without doing the exercise (must fail) and honest ones (must pass), on hand-written
generations."""

from __future__ import annotations

from typing import Any

from grader.score.context import Context
from tests.contexts import DRAGON, STORY, control, ctx, run
from tests.score.experiment_runs import (
    BRIEF,
    DERIVED,
    JA_STORY,
    LIST,
    ONE,
    STEER,
    TERSE,
    TERSE_STORY,
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
