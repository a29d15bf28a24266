"""``original_work`` on a shipped submission lightly reworded (pass 107, rt107-06): the measure
that flags a published file lightly reworded flags a shipped one too, naming it, and honest
neighbours of the shipped files are not flagged.

Held out, written before the change: 6 of 17 right on the unchanged code (the four honest
neighbours; two rewordings the design mirror met), 16 after; the one left is a limit of the
measure, for published files alike (marked)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from grader.commands.assignment import load_assignment
from grader.load.controls import CONTROL_PREFIX
from grader.load.schemas import BASELINE
from grader.load.validate import load_submission
from grader.score import builtins
from grader.score.registry import Outcome
from grader.score.scorer import context
from tests.contexts import gen
from tests.support import DATA, ROOT

LOADED = load_assignment("ex1-offline")
PERSONA = "You are a friendly storyteller who writes for children in a small village library."
PERSONA_JA = "あなたは小さな村の図書館で子どもたちのためにお話を書いている、やさしい語り手です。"
AFTER = "I will read it aloud to the children at our village library tonight."
CHATTY, TERSE = "bundled/tiny-chatty", "bundled/tiny-terse"
Prompts = Callable[[str], str]


def _runs(path: str) -> list[dict[str, Any]]:
    return list(yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["runs"])


def _reworded(
    path: str, how: Prompts, models: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """The runs of ``path`` with each prompt put through ``how`` (and models moved: ``models``)."""
    moved = models or {}
    return [
        {**r, "prompt": how(r["prompt"]), "model": moved.get(r["model"], r["model"])}
        for r in _runs(path)
    ]


SYNONYMS = {
    "Tell me a story about a dragon.": "Tell me a tale about a dragon.",
    "Tell me a story about a dragon in one sentence.": "Tell me a tale about a dragon in just one "
    "sentence.",
    "Tell me a story about a dragon. Answer briefly.": "Tell me a tale about a dragon. Answer "
    "briefly, please.",
    "Tell me a story about a dragon in Japanese.": "Tell me a tale about a dragon in the Japanese "
    "language.",
}
NARRATE = "Could you narrate a tale featuring a dragon"
STEM = {  # the request every prompt makes, in synonyms
    "Tell me a story about a dragon.": f"{NARRATE}?",
    "Tell me a story about a dragon in one sentence.": f"{NARRATE} in one sentence?",
    "Tell me a story about a dragon. Answer briefly.": f"{NARRATE}? Answer briefly.",
    "Tell me a story about a dragon in Japanese.": f"{NARRATE} in Japanese?",
}
PASS = "assignments/ex1-offline/examples/pass.yaml"
REF_JA = "assignments/ex1-offline/reference/submissions/ref-ja.yaml"
REF_MATH = "assignments/ex1-offline/reference/submissions/ref-math.yaml"
EX1_PASS = "assignments/ex1/examples/pass.yaml"
ONTO_BUNDLED = {"Qwen/Qwen2.5-0.5B-Instruct": TERSE, "meta-llama/Llama-2-7b-chat-hf": CHATTY}


def _own(*runs: tuple[str, str, int | None, str | None, str | None]) -> list[dict[str, Any]]:
    """Runs of one's own: (name, prompt, max_new_tokens or None for max_length 100, goal,
    compare_to), on tiny-chatty."""
    out = []
    for name, prompt, budget, goal, compare in runs:
        run: dict[str, Any] = {"name": name, "model": CHATTY, "prompt": prompt}
        run.update({"max_new_tokens": budget} if budget else {"max_length": 100})
        out.append(
            run | ({"goal": goal} if goal else {}) | ({"compare_to": compare} if compare else {})
        )
    return out


TEAPOT = "Tell me a story about a dragon who collects old teapots."
PIRATE = "You are a pirate captain on a stormy sea. Tell me a story about a dragon."
CASES: list[Any] = [
    # (why, runs, the shipped file named in the review; None: not flagged)
    (
        "pass.yaml, persona before",
        _reworded(PASS, lambda p: f"{PERSONA} {p}"),
        "examples/pass.yaml",
    ),
    ("pass.yaml, sentence after", _reworded(PASS, lambda p: f"{p} {AFTER}"), "examples/pass.yaml"),
    (
        "pass.yaml, Japanese persona",
        _reworded(PASS, lambda p: PERSONA_JA + p),
        "examples/pass.yaml",
    ),
    ("pass.yaml, synonyms", _reworded(PASS, lambda p: SYNONYMS[p]), "examples/pass.yaml"),
    ("pass.yaml, its stem in synonyms", _reworded(PASS, lambda p: STEM[p]), "examples/pass.yaml"),
    pytest.param(
        "ref-ja, persona before",
        _reworded(REF_JA, lambda p: PERSONA_JA + p),
        "reference/submissions/ref-ja.yaml",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a limit of the one measure, published files alike: ref-ja has one goal run "
            "and no subject of its own, and the persona on every prompt reads as the copy's "
            "subject (grader.score.reworded: one usual request on two ideas, rt33-12/rt53-10)",
        ),
    ),
    (
        "ref-ja, sentence after",
        _reworded(REF_JA, lambda p: f"{p}{AFTER}"),
        "reference/submissions/ref-ja.yaml",
    ),
    (
        "ref-math, persona before",
        _reworded(REF_MATH, lambda p: f"{PERSONA} {p}"),
        "reference/submissions/ref-math.yaml",
    ),
    (
        "ref-math, sentence after",
        _reworded(REF_MATH, lambda p: f"{p} {AFTER}"),
        "reference/submissions/ref-math.yaml",
    ),
    (
        "ref-math, Japanese persona",
        _reworded(REF_MATH, lambda p: PERSONA_JA + p),
        "reference/submissions/ref-math.yaml",
    ),
    (
        "ex1 pass.yaml on the bundled models, persona before",
        _reworded(EX1_PASS, lambda p: f"{PERSONA} {p}", ONTO_BUNDLED),
        "ex1/examples/pass.yaml",
    ),
    (
        "ex1 pass.yaml on the bundled models, sentence after",
        _reworded(EX1_PASS, lambda p: f"{p} {AFTER}", ONTO_BUNDLED),
        "ex1/examples/pass.yaml",
    ),
    (
        "ex1 pass.yaml on the bundled models, Japanese persona",
        _reworded(EX1_PASS, lambda p: PERSONA_JA + p, ONTO_BUNDLED),
        "ex1/examples/pass.yaml",
    ),
    # honest neighbours
    (
        "own design sharing only the baseline prompt with pass.yaml",
        [
            _runs(PASS)[0],
            *_own(
                ("teapots", TEAPOT, 90, None, None),
                ("list", f"{TEAPOT} Write it as a numbered list of events.", 90, "list", "teapots"),
                ("short", f"{TEAPOT} Keep it under thirty words.", 90, "concise", "teapots"),
            ),
        ],
        None,
    ),
    (
        "the template's starter",
        [
            _runs("assignments/ex1-offline/template.yaml")[0],
            *_own(
                ("steer", "Tell me a story about a dragon. Keep it short.", None, "concise", None)
            ),
        ],
        None,
    ),
    (
        "a persona control of one's own, other goals and budgets",
        _own(
            ("pirate", PIRATE, 120, None, None),
            ("list", f"{PIRATE} Give it as a numbered list of five events.", 120, "list", "pirate"),
            ("english", f"{PIRATE} Answer in plain English only.", 120, "english", "pirate"),
        ),
        None,
    ),
    (
        "one goal run of one's own on the baseline's prompt",
        _own(("steer", "Tell me a story about a dragon in one line.", 80, "one_sentence", None)),
        None,
    ),
]


def original(runs: list[dict[str, Any]]) -> Outcome:
    """``original_work`` on a submission of ``runs``, every generation a distinct text."""
    text = yaml.safe_dump(
        {"assignment": "ex1-offline", "student": {"id": "2412345"}, "runs": runs},
        allow_unicode=True,
        sort_keys=False,
    ).encode()
    raw = (text, hashlib.sha256(text).hexdigest())
    sub = load_submission(DATA / "unused.yaml", LOADED, "sub.yaml", raw)
    names = [BASELINE, *(r["name"] for r in runs), *(CONTROL_PREFIX + n for n in sub.controls)]
    gens = {
        n: gen(f"Once upon a time there was story number {i} of a dragon.")
        for i, n in enumerate(names)
    }
    criterion = builtins.get("original_work")
    return criterion.fn(context(LOADED, sub, gens), criterion.params())


@pytest.mark.parametrize(
    ("why", "runs", "named"),
    CASES,
    ids=[(c.values if hasattr(c, "values") else c)[0] for c in CASES],
)
def test_a_shipped_file_lightly_reworded_is_flagged_naming_it(
    why: str, runs: list[dict[str, Any]], named: str | None
) -> None:
    outcome = original(runs)
    assert outcome.passed, outcome.evidence.en
    review = outcome.review.en if outcome.review else None
    if named is None:
        assert review is None, review
    else:
        assert review is not None and f"shipped {named}" in review, review
