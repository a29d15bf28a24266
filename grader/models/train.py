"""Training one bundled model: the seeded Llama it starts from, the schedule (AdamW, warm-up
and cosine decay, clipped gradients) on the exact pairs and fresh draws of generated requests,
then polishing rounds until every exact pair is memorised with a logit margin (:class:`Trainer`),
and the teacher-forced margin checks the build verifies with (:func:`memorised`,
:func:`min_margin`).

Writing, verifying and publishing a model directory, and the command line, are
:mod:`grader.models.build`.
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass
from typing import Any

import torch
import torch.nn.functional as F
from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM, LlamaTokenizer

from grader.models import corpus, data
from grader.models.corpus import CORPORA
from grader.models.data import Batch, Example

SEED = 1234
# Fixed: float reduction order (hence the exact weights) depends on the thread count. One thread
# per model, because on a shared 2-core machine two OpenMP threads spin-wait for each other; the
# two models train in two processes instead.
THREADS = 1
HIDDEN, LAYERS, HEADS, INTERMEDIATE = 192, 2, 6, 512
LEARNING_RATE = 3e-3
FINAL_LR = 3e-4
POLISH_LR = 5e-4
WARMUP = 50
WEIGHT_DECAY = 0.05
CLIP = 1.0  # gradient norm: keeps the high learning rate stable
MAX_TOKENS = 512  # padded tokens per batch
MARGIN = 2.0  # logit gap that keeps greedy choices stable across padded/cached and fp16 passes
EXACT_REPEATS = 2  # the exact pairs come this many times in each round
POLISH_ROUNDS = 40  # after the schedule: rounds on the exact pairs not yet memorised
POLISH_EXTRA = 2  # each round: every exact pair, the ones not memorised this many times more
POLISH_REPLAY = 64  # and this many generated requests
VALIDATION = 400  # requests in wordings kept out of training, to report generalisation


@dataclass(frozen=True)
class Schedule:
    """How long to train: steps of the main schedule and generated requests per round."""

    steps: int
    requests: int


FULL = Schedule(steps=1000, requests=1200)
QUICK = Schedule(steps=450, requests=300)


def make_model(tokenizer: LlamaTokenizer) -> LlamaForCausalLM:
    """A fresh, seeded Llama sized so each directory stays below 10 MB."""
    torch.manual_seed(SEED)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=HIDDEN,
        intermediate_size=INTERMEDIATE,
        num_hidden_layers=LAYERS,
        num_attention_heads=HEADS,
        num_key_value_heads=HEADS,
        max_position_embeddings=512,
        rms_norm_eps=1e-5,
        tie_word_embeddings=False,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    # Eager attention: on CPU with deterministic algorithms it trains ~4x faster than SDPA.
    # (Not saved: loading picks the default implementation; verify() checks with that one.)
    model.set_attn_implementation("eager")
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
    )
    return model


def completion_logits(model: LlamaForCausalLM, batch: Batch) -> tuple[torch.Tensor, torch.Tensor]:
    """Logits at the positions that predict a completion token, and those tokens.

    The output layer runs on those positions only (prompts and padding are most of a batch).
    """
    ids, mask, labels = batch
    hidden = model.model(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]
    targets = labels[:, 1:]
    keep = targets != -100
    return model.lm_head(hidden[keep]), targets[keep]


def memorised(model: LlamaForCausalLM, batches: list[Batch]) -> list[bool]:
    """Per batch row: teacher-forced argmax hits every completion token with a safe margin.

    By induction that means greedy decoding reproduces each completion; the margin guards
    against the tiny numeric differences of an unpadded, KV-cached generate() pass.
    """
    return _teacher_forced(model, batches, MARGIN)


def _teacher_forced(model: LlamaForCausalLM, batches: list[Batch], margin: float) -> list[bool]:
    model.eval()
    out = []
    with torch.no_grad():
        for ids, mask, labels in batches:
            logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1]
            targets, keep = labels[:, 1:], labels[:, 1:] != -100
            gold = logits.gather(-1, targets.clamp(min=0).unsqueeze(-1)).squeeze(-1)
            rival = logits.scatter(-1, targets.clamp(min=0).unsqueeze(-1), float("-inf")).amax(-1)
            ok = ((gold - rival) > margin) | ~keep
            out += ok.all(-1).tolist()
    model.train()
    return out


def learning_rate(step: int, steps: int) -> float:
    """Linear warm-up, then cosine decay to ``FINAL_LR``."""
    if step < WARMUP:
        return LEARNING_RATE * (step + 1) / WARMUP
    progress = min(1.0, (step - WARMUP) / max(1, steps - WARMUP))
    return FINAL_LR + (LEARNING_RATE - FINAL_LR) * 0.5 * (1 + math.cos(math.pi * progress))


class Trainer:
    """One model's training: the data of each round and the optimiser steps."""

    def __init__(
        self, name: str, tokenizer: LlamaTokenizer, schedule: Schedule, verbose: bool = False
    ) -> None:
        self.name, self.tokenizer, self.schedule = name, tokenizer, schedule
        self.verbose = verbose
        self.model = make_model(tokenizer)
        self.exact = data.make_examples(tokenizer, CORPORA[name])
        self.answers = data.Answers(tokenizer)
        self.optimizer = torch.optim.AdamW(
            self.model.parameters(), lr=LEARNING_RATE, betas=(0.9, 0.95), weight_decay=WEIGHT_DECAY
        )
        self.rounds = 0

    def round(self, requests: int) -> list[Batch]:
        """The exact pairs and a fresh draw of generated requests, in shuffled batches."""
        seed = SEED * 1000 + self.rounds
        self.rounds += 1
        reqs = data.requests(seed, requests)
        examples = self.exact * EXACT_REPEATS + data.request_examples(
            self.tokenizer, self.answers, self.name, reqs, seed
        )
        batches = data.make_batches(examples, self.tokenizer.pad_token_id, MAX_TOKENS)
        random.Random(seed).shuffle(batches)
        return batches

    def step(self, batch: Batch, lr: float) -> float:
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        self.optimizer.zero_grad()
        logits, targets = completion_logits(self.model, batch)
        loss = F.cross_entropy(logits, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), CLIP)
        self.optimizer.step()
        return float(loss.detach())

    def train(self) -> tuple[int, int]:
        """The schedule, then polishing rounds until every exact pair is memorised.

        Returns the steps of each phase; raises when the exact pairs do not memorise.
        """
        self.model.train()
        steps, total = 0, self.schedule.steps
        while steps < total:
            for batch in self.round(self.schedule.requests):
                if steps == total:
                    break
                loss = self.step(batch, learning_rate(steps, total))
                steps += 1
                if self.verbose and steps % 100 == 0:
                    print(f"{self.name}: step {steps}, loss {loss:.3f}", file=sys.stderr)
        return steps, self.polish()

    def polish(self) -> int:
        """Train on the exact examples, those not yet memorised more often, with a few requests
        (so as not to forget the rest) until all are memorised; returns the steps taken."""
        exact = data.make_batches(self.exact, self.tokenizer.pad_token_id, MAX_TOKENS)
        steps = 0
        for _ in range(POLISH_ROUNDS):
            ok = self.memorised_rows(exact)
            if all(ok):
                return steps
            seed = SEED * 1000 + self.rounds
            self.rounds += 1
            replay = data.request_examples(
                self.tokenizer, self.answers, self.name, data.requests(seed, POLISH_REPLAY), seed
            )
            missed = [e for e, k in zip(self.exact, ok, strict=True) if not k]
            examples = self.exact + missed * POLISH_EXTRA + replay
            batches = data.make_batches(examples, self.tokenizer.pad_token_id, MAX_TOKENS)
            random.Random(seed).shuffle(batches)
            for batch in batches:
                self.step(batch, POLISH_LR)
                steps += 1
            if self.verbose:
                print(f"{self.name}: polish, {len(missed)} not memorised", file=sys.stderr)
        missed_labels = [
            e.label for e, k in zip(self.exact, self.memorised_rows(exact), strict=True) if not k
        ]
        raise RuntimeError(
            f"{self.name}: not memorised after polishing:\n  " + "\n  ".join(missed_labels)
        )

    def memorised_rows(self, batches: list[Batch]) -> list[bool]:
        """Per exact example, in ``self.exact`` order (batches are length-sorted)."""
        ok = memorised(self.model, batches)
        order = sorted(
            range(len(self.exact)),
            key=lambda i: len(self.exact[i].prompt_ids) + len(self.exact[i].completion_ids),
        )
        rows = [False] * len(self.exact)
        for position, i in enumerate(order):
            rows[i] = ok[position]
        return rows

    def generalisation(self) -> float:
        """Share of validation requests (unseen wordings) answered exactly as intended."""
        reqs = data.requests(SEED + 7, VALIDATION, validation=True)
        examples = []
        for r in reqs:
            target = data.completion_ids(
                self.tokenizer, corpus.answer(self.name, r.topic, r.kind, r.lang)
            )
            examples.append(Example(r.prompt, self.tokenizer(r.prompt).input_ids, target[:40]))
        batches = data.make_batches(examples, self.tokenizer.pad_token_id, MAX_TOKENS)
        ok = _teacher_forced(self.model, batches, 0.0)
        return sum(ok) / len(ok)


def min_margin(model: Any, e: Example) -> float:
    """The smallest logit gap between each completion token and its best rival, teacher-forced."""
    ids = torch.tensor([e.prompt_ids + e.completion_ids])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0, len(e.prompt_ids) - 1 : -1].float()
    target = torch.tensor(e.completion_ids).unsqueeze(-1)
    gold = logits.gather(-1, target).squeeze(-1)
    rival = logits.scatter(-1, target, float("-inf")).amax(-1)
    return float((gold - rival).min())
