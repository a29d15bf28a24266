"""What the bundled-model tests share: the prompts they are written around, each model loaded
once as a user loads it (:func:`load`), greedy decoding memoised per prompt (:func:`greedy`,
:func:`answer`) and teacher-forced margins (:func:`margins`)."""

from __future__ import annotations

import functools
from typing import Any

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    LlamaForCausalLM,
)

from grader.models import bundled_path

MAX_BYTES = 10 * 1024 * 1024
DRAGON = "Tell me a story about a dragon."
PHANTOM = "Tell me a story about a phantom."
DRAGON_JA = "ドラゴンの物語を聞かせてください。"
PHANTOM_JA = "幽霊の物語を聞かせてください。"
ONE_SENTENCE = "Tell me a story about a dragon in one sentence."
ONE_SENTENCE_JA = "ドラゴンの物語を一文で簡潔に教えてください。"
BRIEF = "Tell me a story about a dragon. Answer briefly."
BRIEF_JA = "ドラゴンの物語を聞かせてください。短く答えてください。"
IN_JAPANESE = "Tell me a story about a dragon in Japanese."
IN_ENGLISH = "ドラゴンの物語を英語で聞かせてください。"
AS_LIST = "Tell me a story about a dragon as a bulleted list."
AS_LIST_JA = "ドラゴンの物語を箇条書きで教えてください。"
FORMS = ("plain", "chat", "chat+bos")


@functools.cache
def load(name: str) -> tuple[Any, Any]:
    """Load once per session, exactly as a user would (offline, fp32). Typed Any: transformers'
    auto classes return a union of backends whose decode() mypy reads as str | list[str]."""
    path = bundled_path(name)
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(
        path, dtype=torch.float32, local_files_only=True
    ).eval()
    return tokenizer, model


def greedy(name: str, prompt_ids: list[int], **limits: int) -> list[int]:
    """New token ids from greedy decoding, batch of one (each run once per session)."""
    return list(_greedy(name, tuple(prompt_ids), tuple(sorted(limits.items()))))


@functools.cache
def _greedy(
    name: str, prompt_ids: tuple[int, ...], limits: tuple[tuple[str, int], ...]
) -> tuple[int, ...]:
    _, model = load(name)
    inputs = torch.tensor([prompt_ids])
    with torch.no_grad():
        out = model.generate(
            inputs, attention_mask=torch.ones_like(inputs), do_sample=False, **dict(limits)
        )
    return tuple(out[0, len(prompt_ids) :].tolist())


def margins(model: LlamaForCausalLM, prompt_ids: list[int], target: list[int]) -> torch.Tensor:
    """Teacher-forced: per target token, its logit minus the best other token's."""
    ids = torch.tensor([prompt_ids + target])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0, len(prompt_ids) - 1 : -1].float()
    gold = logits.gather(-1, torch.tensor(target).unsqueeze(-1)).squeeze(-1)
    rival = logits.scatter(-1, torch.tensor(target).unsqueeze(-1), float("-inf")).amax(-1)
    return gold - rival


def answer(model: str, prompt: str, **limits: int) -> tuple[list[int], str]:
    """Greedy ids and decoded text of a plain prompt."""
    tokenizer, _ = load(f"bundled/{model}")
    new = greedy(f"bundled/{model}", tokenizer(prompt).input_ids, **limits)
    return new, tokenizer.decode(new, skip_special_tokens=True)
