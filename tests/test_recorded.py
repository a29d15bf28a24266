"""The replay of recorded generations (tests.recorded), which the validity tests grade from: a
recorded line is served only as what greedy decoding gives here, and a line that is not is
refused, whatever was changed in it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from grader.generate.engine import Engine
from grader.plan import GenerationRequest
from grader.results import Generation
from tests.recorded import replay

DRAGON = "Tell me a story about a dragon."


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine("cpu")


@pytest.fixture(scope="module", params=[("chatty", 100), ("terse", 100), ("chatty", 12)])
def generated(
    request: pytest.FixtureRequest, engine: Engine
) -> tuple[GenerationRequest, Generation]:
    """A request and what ``generate`` gives it: stopped at end-of-sequence, or at the budget."""
    model, budget = request.param
    req = GenerationRequest(
        model=f"bundled/tiny-{model}",
        revision=None,
        prompt=DRAGON,
        chat=False,
        chat_template=None,
        max_new_tokens=None,
        max_length=budget,
    )
    return req, engine.generate(req)


def test_a_true_recording_replays_as_the_generation(
    engine: Engine, generated: tuple[GenerationRequest, Generation]
) -> None:
    req, gen = generated
    got = replay(engine, req, gen.output_ids, gen.text)
    assert got is not None
    same = ("output_ids", "text", "pieces", "finish", "max_new_tokens", "prompt_ids", "fingerprint")
    assert {k: getattr(got, k) for k in same} == {k: getattr(gen, k) for k in same}
    assert got.runner_up_ids == gen.runner_up_ids
    assert max(abs(a - b) for a, b in zip(got.margins, gen.margins, strict=True)) <= 1e-3


def _swap(ids: list[int], at: int) -> list[int]:
    """Another token at ``at`` (its neighbour in the vocabulary)."""
    return [*ids[:at], ids[at] + 1 if ids[at] > 3 else ids[at] + 7, *ids[at + 1 :]]


IDS_CHANGED: dict[str, Callable[[list[int]], list[int]]] = {
    "first token changed": lambda ids: _swap(ids, 0),
    "a middle token changed": lambda ids: _swap(ids, len(ids) // 2),
    "last token changed": lambda ids: _swap(ids, len(ids) - 1),
    "cut short": lambda ids: ids[: len(ids) // 2],
    "one token more": lambda ids: [*ids, ids[-1]],
    "nothing generated": lambda ids: [],
}


@pytest.mark.parametrize("change", IDS_CHANGED.values(), ids=list(IDS_CHANGED))
def test_changed_ids_are_refused(
    engine: Engine,
    generated: tuple[GenerationRequest, Generation],
    change: Callable[[list[int]], list[int]],
) -> None:
    """Ids that greedy decoding does not give, recorded with the text they decode to."""
    req, gen = generated
    ids = change(gen.output_ids)
    text = engine._load(req.model, req.revision).tokenizer.decode(ids, skip_special_tokens=True)
    assert replay(engine, req, ids, text) is None


def test_an_edited_text_is_refused(
    engine: Engine, generated: tuple[GenerationRequest, Generation]
) -> None:
    req, gen = generated
    assert replay(engine, req, gen.output_ids, gen.text + " The end.") is None


def test_a_recording_of_another_prompt_is_refused(
    engine: Engine, generated: tuple[GenerationRequest, Generation]
) -> None:
    req, gen = generated
    other = req.model_copy(update={"prompt": DRAGON + " Answer briefly."})
    assert replay(engine, other, gen.output_ids, gen.text) is None
