"""The training data of the bundled models: one SentencePiece tokenizer trained on both corpora
(``corpus.py``), and every ``(prompt, completion)`` pair in every prompt form an inference path
produces (plain, chat-templated, and the naive chat text with a second BOS), as padded batches.

Deterministic: single-threaded tokenizer training and sorted, order-preserving inputs. Building
and checking the models is :mod:`grader.models.build`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sentencepiece as spm
import torch
from transformers import LlamaTokenizer

from grader.models.corpus import CORPORA, Pair

VOCAB_SIZE = 1088  # 1024 pushed the chatty phantom story past max_new_tokens=200 (205 tokens)
BUCKET_ROWS = 8

# Llama-2-chat's template (as on the Hub), so `chat: true` renders "<s>[INST] ... [/INST]".
CHAT_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}"
    "{% set system_message = false %}{% endif %}{% for message in loop_messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{% if loop.index0 == 0 and system_message != false %}"
    "{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}"
    "{% else %}{% set content = message['content'] %}{% endif %}"
    "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}"
    "{% endif %}{% endfor %}"
)


@dataclass(frozen=True)
class Example:
    """One training sequence: prompt ids (with BOS) and completion ids (ending in EOS)."""

    label: str
    prompt_ids: list[int]
    completion_ids: list[int]


def tokenizer_lines() -> list[str]:
    """All corpus text, a line per sentence; newlines become byte-fallback tokens, as in Llama-2."""
    texts: list[str] = []
    for pairs in CORPORA.values():
        for prompt, completion in pairs:
            texts += [prompt, f"[INST] {prompt} [/INST]", *completion.split("\n")]
    return [t for t in dict.fromkeys(texts) if t.strip()]  # dedupe, keep order: deterministic


def train_tokenizer(workdir: Path) -> LlamaTokenizer:
    """Train the SentencePiece model and wrap it as the transformers Llama tokenizer."""
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(tokenizer_lines()),
        model_writer=buffer,
        vocab_size=VOCAB_SIZE,
        model_type="bpe",
        byte_fallback=True,
        character_coverage=1.0,
        split_digits=True,
        # Llama-2's settings: no normalisation so text (incl. full-width Japanese) round-trips.
        normalization_rule_name="identity",
        remove_extra_whitespaces=False,
        add_dummy_prefix=True,
        allow_whitespace_only_pieces=True,
        unk_id=0,
        bos_id=1,
        eos_id=2,
        pad_id=3,
        num_threads=1,
        minloglevel=2,  # single thread: identical pieces on every rebuild
    )
    (workdir / "tokenizer.model").write_bytes(buffer.getvalue())
    tokenizer = LlamaTokenizer.from_pretrained(
        workdir, pad_token="<pad>", add_bos_token=True, add_eos_token=False, model_max_length=512
    )
    tokenizer.chat_template = CHAT_TEMPLATE
    return tokenizer


def completion_ids(tokenizer: LlamaTokenizer, completion: str) -> list[int]:
    """Ids the model must emit after a prompt, ending in EOS.

    Tokenised on its own, a completion starts with the dummy-prefix "▁"; Llama-2 emits the
    newline bytes directly, so that piece is dropped.
    """
    ids = tokenizer(completion, add_special_tokens=False).input_ids
    if tokenizer.convert_ids_to_tokens(ids[0]) == "▁":
        ids = ids[1:]
    if tokenizer.decode(ids) != completion:
        raise ValueError(f"completion does not round-trip through the tokenizer: {completion!r}")
    return ids + [tokenizer.eos_token_id]


def prompt_forms(tokenizer: Any, prompt: str) -> dict[str, list[int]]:
    # Any: the built LlamaTokenizer and the one AutoTokenizer reloads are different classes
    """The prompt ids as each inference path produces them (checked, not assumed)."""
    messages = [{"role": "user", "content": prompt}]
    rendered = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    chat = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)[
        "input_ids"
    ]
    if chat != tokenizer(rendered, add_special_tokens=False).input_ids:
        raise ValueError(f"chat template tokenises inconsistently for {prompt!r}")
    return {
        "plain": tokenizer(prompt).input_ids,  # BOS + prompt
        "chat": chat,  # what apply_chat_template(tokenize=True) and pipelines feed the model
        "chat+bos": tokenizer(rendered).input_ids,  # naive tokenizer(rendered): BOS twice
    }


def make_examples(tokenizer: Any, pairs: list[Pair]) -> list[Example]:
    """Every pair in every prompt form."""
    examples = []
    for prompt, completion in pairs:
        target = completion_ids(tokenizer, completion)
        for form, ids in prompt_forms(tokenizer, prompt).items():
            examples.append(Example(f"{form}: {prompt!r}", ids, target))
    return examples


Batch = tuple[torch.Tensor, torch.Tensor, torch.Tensor]


def make_batch(examples: list[Example], pad_id: int) -> Batch:
    """Right-padded input ids, attention mask and labels (loss on completions only)."""
    width = max(len(e.prompt_ids) + len(e.completion_ids) for e in examples)
    ids = torch.full((len(examples), width), pad_id)
    labels = torch.full((len(examples), width), -100)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, e in enumerate(examples):
        seq, start = e.prompt_ids + e.completion_ids, len(e.prompt_ids)
        ids[row, : len(seq)] = torch.tensor(seq)
        labels[row, start : len(seq)] = torch.tensor(e.completion_ids)
        mask[row, : len(seq)] = 1
    return ids, mask, labels


def make_batches(examples: list[Example], pad_id: int) -> list[Batch]:
    """Length-sorted buckets: stories and one-liners padded together would waste ~2/3 of compute."""
    ordered = sorted(examples, key=lambda e: len(e.prompt_ids) + len(e.completion_ids))
    return [
        make_batch(ordered[i : i + BUCKET_ROWS], pad_id)
        for i in range(0, len(ordered), BUCKET_ROWS)
    ]
