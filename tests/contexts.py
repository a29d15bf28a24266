"""Hand-written generations and criterion contexts for the pure score tests (no model runs):
a generation of a given text and length (:func:`gen`), run specs and views, controls, and the
:class:`~grader.score.context.Context` a criterion sees (:func:`ctx`)."""

from __future__ import annotations

from typing import Literal

from grader.load.schemas import GenerationSpec
from grader.results import Fingerprint, Generation
from grader.score.context import Context, RunView
from grader.score.notes import corpus_key
from grader.score.sounds import SoundView

FP = Fingerprint(
    model="m",
    revision="r",
    tokenizer_hash="t",
    chat_template_hash="",
    dtype="float32",
    device="cpu",
    device_name="cpu",
    torch="2",
    transformers="5",
    tokenizers="0",
    cuda="",
    attn_implementation="sdpa",
    grader="0",
)
DRAGON = "Tell me a story about a dragon."
STORY = (
    "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch who "
    "guarded gold"
)

Finish = Literal["eos", "length"]
"""How a generation ended."""


def gen(text: str, tokens: int | None = None, finish: Finish = "eos") -> Generation:
    """A generation of ``text``: ``tokens`` tokens (default: its word count), EOS when finished."""
    n = tokens if tokens is not None else len(text.split())
    ids = list(range(3, 3 + n)) + ([2] if finish == "eos" else [])
    return Generation(
        request_key=text[:8],
        model="m",
        prompt="p",
        chat=False,
        rendered_prompt="p",
        prompt_ids=[1],
        output_ids=ids,
        text=text,
        pieces=[text],
        finish=finish,
        max_new_tokens=80,
        margins=[1.0] * len(ids),
        runner_up_ids=[0] * len(ids),
        generate_s=0.0,
        preview=True,
        fingerprint=FP,
    )


def spec(
    model: str = "chatty",
    prompt: str = DRAGON,
    max_length: int | None = 100,
    max_new_tokens: int | None = None,
    chat: bool = False,
) -> GenerationSpec:
    return GenerationSpec(
        model=model,
        prompt=prompt,
        chat=chat,
        max_length=max_length if max_new_tokens is None else None,
        max_new_tokens=max_new_tokens,
    )


BASE = RunView("baseline", spec(), gen(STORY, 90, "length"), role="baseline")


def run(
    name: str = "r",
    model: str = "chatty",
    prompt: str = DRAGON,
    text: str = STORY,
    tokens: int | None = None,
    finish: Finish = "eos",
    goal: str | None = None,
    compare_to: str | None = None,
    max_length: int | None = 100,
    max_new_tokens: int | None = None,
    chat: bool = False,
) -> RunView:
    return RunView(
        name,
        spec(model, prompt, max_length, max_new_tokens, chat),
        gen(text, tokens, finish),
        goal=goal,
        compare_to=compare_to,
    )


def control(
    of: str,
    text: str = STORY,
    tokens: int | None = None,
    finish: Finish = "length",
    model: str = "chatty",
    prompt: str = DRAGON,
    max_new_tokens: int = 80,
) -> RunView:
    """A derived control (the compared run's prompt at the goal run's model and budget)."""
    return RunView(
        f"control:{of}",
        spec(model, prompt, None, max_new_tokens),
        gen(text, tokens, finish),
        role="control",
    )


def ctx(
    *runs: RunView,
    notes: str | None = None,
    controls: dict[str, RunView] | None = None,
    topic: tuple[str, ...] = ("dragon", "ドラゴン", "竜"),
    glossary: tuple[tuple[str, ...], ...] = (),
    shipped_notes: tuple[str, ...] = (),
    baseline: RunView = BASE,
    sounds: SoundView | None = None,
) -> Context:
    """A context of ``runs``; ``shipped_notes`` are texts whose sentences are not the student's."""
    return Context(
        runs=list(runs),
        baseline=baseline,
        controls=controls or {},
        notes=notes,
        topic=topic,
        glossary=glossary,
        corpus=corpus_key(shipped_notes),
        sounds=sounds or SoundView({}, {}, {}),
    )
