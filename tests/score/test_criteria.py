"""Every built-in criterion type on hand-written generations (pure functions: no model needed)."""

from __future__ import annotations

from typing import Any

import pytest

from grader.results import Fingerprint, Generation
from grader.score import registry
from grader.score.criteria import Context, RunView, chrf, measure

FP = Fingerprint(model="m", revision="r", tokenizer_hash="t", chat_template_hash="", dtype="float32", device="cpu",
                 device_name="cpu", torch="2", transformers="5", tokenizers="0", cuda="", attn_implementation="sdpa",
                 grader="0")
STORY = "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch who guarded gold"


def gen(text: str, tokens: int | None = None, finish: str = "eos") -> Generation:
    n = tokens if tokens is not None else len(text.split())
    ids = list(range(3, 3 + n)) + ([2] if finish == "eos" else [])
    return Generation(key=text[:8], model="m", prompt="p", chat=False, rendered_prompt="p", prompt_ids=[1],
                      output_ids=ids, text=text, pieces=[text], finish=finish, max_new_tokens=80,  # type: ignore[arg-type]
                      margins=[1.0] * len(ids), runner_up_ids=[0] * len(ids), generate_s=0.0, preview=True, fingerprint=FP)


BASE = RunView("baseline", "chatty", "Tell me a story about a dragon.", gen(STORY, 90, "length"))


def ctx(*runs: RunView, notes: str | None = None) -> Context:
    return Context(runs=list(runs), baseline=BASE, notes=notes)


def run(name: str = "r", model: str = "chatty", prompt: str = "Tell me a story about a dragon.", text: str = STORY,
        tokens: int | None = None, finish: str = "eos", goal: str | None = None, compare_to: str | None = None) -> RunView:
    return RunView(name, model, prompt, gen(text, tokens, finish), goal, compare_to)


SHORT = run("short", prompt="Tell me a story about a dragon in one sentence.", text="A dragon slept.", goal="concise")

# type, params, context, expected pass
CASES: list[tuple[str, dict[str, Any], Context, bool]] = [
    ("model_changed", {}, ctx(run(model="terse")), True),
    ("model_changed", {}, ctx(run()), False),
    ("model_changed", {}, ctx(run("a", model="terse"), run("b", model="terse", compare_to="a")), True),
    ("prompt_changed", {}, ctx(run(prompt="Tell me a story about a phantom.")), True),
    ("prompt_changed", {}, ctx(run(prompt="  Tell me a story   about a dragon. ")), False),  # whitespace only
    ("output_changed", {}, ctx(run(text="A short different answer.")), True),
    ("output_changed", {}, ctx(run(text=STORY)), False),
    ("output_changed", {}, ctx(run(text=STORY + ".")), False),  # near-identical: chrF above 90
    ("output_changed", {"max_chrf": 100.1}, ctx(run(text=STORY + ".")), True),
    ("output_changed", {"require": "all"}, ctx(run("a", text="Other."), run("b")), False),
    ("concise", {"ratio": 0.5}, ctx(SHORT), True),
    ("concise", {"ratio": 0.5}, ctx(run(goal="concise", tokens=80)), False),  # not short enough
    ("concise", {"ratio": 0.5}, ctx(run(text="A dragon.", goal="concise", finish="length")), False),  # cut off
    ("concise", {"ratio": 0.5, "require_eos": False}, ctx(run(text="A dragon.", goal="concise", finish="length")), True),
    ("concise", {"ratio": 0.5}, ctx(run(text="A dragon slept.")), False),  # no run declares the goal
    ("concise", {"max": 2, "unit": "tokens"}, ctx(SHORT), False),
    ("concise", {"max": 1, "unit": "sentences"}, ctx(SHORT), True),
    ("concise", {"max": 20, "unit": "chars"}, ctx(run(text="竜が眠った。おしまい。", goal="concise")), True),
    ("concise", {"max": 1, "unit": "sentences"}, ctx(run(text="竜が眠った。おしまい。", goal="concise")), False),
    ("max_tokens", {"limit": 3}, ctx(SHORT), True),  # EOS not counted
    ("max_tokens", {"limit": 2}, ctx(SHORT), False),
    ("max_tokens", {"limit": 3, "goal": "concise"}, ctx(SHORT, run(tokens=50)), True),
    ("max_chars", {"limit": 13}, ctx(SHORT), True),  # spaces not counted: "Adragonslept."
    ("max_chars", {"limit": 12}, ctx(SHORT), False),
    ("contains", {"text": "DRAGON"}, ctx(SHORT), True),
    ("contains", {"text": "DRAGON", "case_sensitive": True}, ctx(SHORT), False),
    ("contains", {"text": "竜"}, ctx(run(text="竜が眠った。")), True),
    ("regex", {"pattern": r"^A \w+ slept\.$"}, ctx(SHORT), True),
    ("regex", {"pattern": r"^a dragon", "ignore_case": True}, ctx(SHORT), True),
    ("regex", {"pattern": r"phantom"}, ctx(SHORT), False),
    ("notes_length", {"min_chars": 5}, ctx(SHORT, notes="出力が 変わった。"), True),
    ("notes_length", {"min_chars": 50}, ctx(SHORT, notes="short"), False),
    ("notes_length", {"min_chars": 1}, ctx(SHORT), False),
    ("notes_length", {"min_chars": 1, "max_chars": 3}, ctx(SHORT, notes="too long"), False),
]


@pytest.mark.parametrize(("kind", "params", "context", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_criterion(kind: str, params: dict[str, Any], context: Context, expected: bool) -> None:
    criterion = registry.get(kind)
    outcome = criterion.fn(context, criterion.params.model_validate(params))
    assert outcome.passed is expected
    assert outcome.evidence.en and outcome.evidence.ja


def test_every_builtin_is_covered() -> None:
    assert {c[0] for c in CASES} == set(registry.names())


@pytest.mark.parametrize(("kind", "params", "fragment"), [
    ("concise", {}, "give max, ratio or both"),
    ("regex", {"pattern": "("}, "pattern"),
    ("max_tokens", {"limit": 3, "limt": 4}, "limt"),
    ("nonexistent", {}, "valid types: concise, contains"),
])
def test_bad_params_are_explained(kind: str, params: dict[str, Any], fragment: str) -> None:
    message = registry.check_params(kind, params)
    assert message is not None and fragment in message.en


def test_unknown_type_lists_valid_ones() -> None:
    with pytest.raises(KeyError, match="valid: concise"):
        registry.get("conscise")


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("One. Two! Three?", "sentences", 3),
    ("竜が眠った。おしまい。", "sentences", 2),
    ("「竜だ。」と言った。", "sentences", 2),
    ("a b  c", "chars", 3),
])
def test_measure(text: str, unit: str, expected: int) -> None:
    assert measure(run(text=text), unit) == expected  # type: ignore[arg-type]


def test_chrf_is_language_neutral() -> None:
    assert chrf("竜が眠った", "竜が眠った") == pytest.approx(100.0)
    assert chrf("竜が眠った", "幽霊が笑った") < 50
