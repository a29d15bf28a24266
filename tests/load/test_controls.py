"""load.controls: which run a run is compared with, and the controls derived for goal runs."""

from __future__ import annotations

import pytest

from grader.commands.assignment import load_assignment
from grader.load.controls import CONTROL_PREFIX, control_name, control_spec
from grader.load.schemas import Run

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
