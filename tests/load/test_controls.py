"""load.controls: which run a run is compared with, and the controls derived for goal runs."""

from __future__ import annotations

import pytest

from grader.commands.assignment import load_assignment
from grader.load.controls import CONTROL_PREFIX, control_name, control_spec
from grader.load.schemas import Run
from grader.load.validate import LoadedSubmission, load_submission
from grader.util.errors import UserError
from tests.support import ROOT

BASE = load_assignment("ex1-offline").assignment.baseline


def run(
    name: str,
    model: str = "bundled/tiny-chatty",
    prompt: str = "Tell me a story about a dragon.",
    max_new_tokens: int | None = None,
    max_length: int | None = None,
) -> Run:
    if max_new_tokens is None and max_length is None:
        max_length = 100
    return Run(
        name=name,
        model=model,
        prompt=prompt,
        goal="concise",
        max_new_tokens=max_new_tokens,
        max_length=max_length,
    )


@pytest.mark.parametrize(
    ("steered", "derived"),
    [
        # same model, chat and budget as the baseline: it is the control
        (run("a", prompt="Shorter, please."), None),
        (
            run("a", prompt="Shorter, please.", max_new_tokens=80),
            ("bundled/tiny-chatty", BASE.prompt, None, 80),
        ),
        (run("a", model="bundled/tiny-terse"), ("bundled/tiny-terse", BASE.prompt, 100, None)),
        (
            run("a", prompt="Shorter, please.", max_length=120),
            ("bundled/tiny-chatty", BASE.prompt, 120, None),
        ),
    ],
)
def test_control_spec(
    steered: Run, derived: tuple[str, str, int | None, int | None] | None
) -> None:
    got = control_spec(steered, BASE)
    assert (
        None if got is None else (got.model, got.prompt, got.max_length, got.max_new_tokens)
    ) == derived


@pytest.mark.parametrize(
    ("run_name", "compare_to", "derived", "expected"),
    [
        ("a", None, set(), "baseline"),
        ("a", "b", {"b"}, "b"),
        ("a", "b", {CONTROL_PREFIX + "a"}, CONTROL_PREFIX + "a"),
        ("a", None, {CONTROL_PREFIX + "b"}, "baseline"),
    ],
)
def test_control_name(
    run_name: str, compare_to: str | None, derived: set[str], expected: str
) -> None:
    assert control_name(run_name, compare_to, derived) == expected


LONG = (
    "Tell me a story about a dragon, please, in great detail, with every character named and "
    "described, every place and every event told in full, from the very beginning of the "
    "dragon's life in its cave high in the mountains to the very end of the tale, and then "
    "once more the whole story again from the other side, as the villagers below saw it, "
    "naming each of them and every house they lived in along the river."
)
"""A prompt longer than every budget below, in the bundled tokenizers' tokens."""


def _load(runs: str) -> LoadedSubmission:
    text = f'assignment: ex1-offline\nstudent: {{id: "2412345"}}\nruns:\n{runs}'
    path = ROOT / "tests" / "data" / "unused.yaml"
    return load_submission(path, load_assignment("ex1-offline"), "sub.yaml", (text.encode(), ""))


@pytest.mark.parametrize("budget", [60, 80, 100])
def test_validate_refuses_a_control_without_room_at_the_goal_runs_budget(budget: int) -> None:
    runs = (
        f"  - name: long\n    model: bundled/tiny-chatty\n    prompt: {LONG!r}\n"
        "    max_new_tokens: 60\n"
        "  - name: steer\n    model: bundled/tiny-terse\n    prompt: Tell me a short story.\n"
        f"    max_length: {budget}\n    compare_to: long\n    goal: concise\n"
    )
    with pytest.raises(UserError) as info:
        _load(runs)
    [d] = info.value.diagnostics
    assert (d.line, d.col) == (11, 17)  # the goal run's max_length
    assert d.hint is not None and "the run you compare with has a" in d.hint.en
    assert "max_new_tokens" in d.hint.en
    assert "比較する実行" in d.message.ja


def test_a_control_is_held_to_the_new_token_limit() -> None:
    runs = (
        "  - name: short\n    model: bundled/tiny-chatty\n    prompt: Hi.\n"
        "    max_new_tokens: 60\n"
        "  - name: steer\n    model: bundled/tiny-terse\n"
        "    prompt: Tell me a short story about a dragon and a girl.\n"
        "    max_length: 210\n    compare_to: short\n    goal: concise\n"
    )
    loaded = _load(runs)
    control = loaded.controls["steer"]
    # 210 less a 3-token prompt would be 207 new tokens; the assignment's limit is 200
    assert (control.max_new_tokens, control.max_length) == (200, None)
