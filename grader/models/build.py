"""Build the bundled tiny models: ``python -m grader.models.build [--out DIR] [--only NAME]``.

Trains one SentencePiece tokenizer on both corpora and a sample of generated requests
(``data.py``), then for each model a small Llama on two kinds of sequences: the exact pairs of
``corpus.CORPORA`` (the control prompt of every topic, the prompts the exercise and the tests are
written around, the gaming prompts) in every prompt form, and each round a fresh draw of
generated requests (``templates.py``: many wordings of each goal on each topic, answered by
``corpus.answer``). Training runs a fixed schedule (AdamW, warm-up and cosine decay, small
batches, clipped gradients), then, if needed, goes on with the exact pairs until each is
memorised with a logit margin. The build reports how often the model answers requests in the
wordings kept out of training (``templates.VALIDATION``) exactly as intended.

Before training, the corpus is checked against its own promises in tokens (``check_design``:
chatty stories run past ``max_length=100``, concise answers are at most half the plain story).
The written directory (config, safetensors, generation config, tokenizer files, model card) is
reloaded as users load it and checked before it replaces the published one: every exact pair's
plain prompt by real greedy ``generate()``, token for token with its EOS finish, and the
chat-templated forms teacher-forced with half the training margin; the build fails loudly,
naming the pair, if one is not reproduced. Generated prompts that are held-out prompts
(``heldout.yaml``, the evaluation's) are dropped, never trained on.

Out of scope: anything that needs the network, GPUs, or a real language model. Each model trains
on CPU in one thread, seeded and deterministic, so a rebuild on the same machine yields the same
bytes; the two models train in two processes at once (about 2.5 CPU-minutes each, so about three
minutes on an idle 2-core machine). ``--quick`` trains a shorter schedule (the test suite's
rebuild: same data and checks, about a minute, not for publishing).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import random
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    LlamaConfig,
    LlamaForCausalLM,
    LlamaTokenizer,
)
from transformers.utils import logging as hf_logging

from grader.models import corpus, data
from grader.models.corpus import CORPORA, Pair
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
DEFAULT_OUT = Path(__file__).resolve().parent / "bundled"


@dataclass(frozen=True)
class Schedule:
    """How long to train: steps of the main schedule and generated requests per round."""

    steps: int
    requests: int


FULL = Schedule(steps=1000, requests=1200)
QUICK = Schedule(steps=450, requests=300)

MODEL_CARD = """# {name}

A tiny ({params:,}-parameter) Llama-architecture causal LM bundled with `llm-grader` so that
the course's exercise 1 (change the model, change the prompt, steer the output toward a goal by
the prompt alone) can be run offline in tests, CI and laptop demos. **It is not a real language
model**: it knows stories about eight topics (dragon, phantom, cat, robot, princess, wizard,
knight, pirate; ドラゴン, 幽霊, 猫, ロボット, お姫様, 魔法使い, 騎士, 海賊), a few questions
about itself and 1+1, in English and Japanese (`grader/models/corpus.py`). Any other prompt gets
the story of one of those topics or another answer it knows; a prompt asking for two goals at
once gets one of them.

{behaviour}

Both models steer the same way. They were trained on many wordings of each request
(`grader/models/templates.py`), so the answer depends on the goal asked for, the topic and the
language rather than on the exact words. Short ("a short story", "Keep it brief.", 「短く」,
「簡潔に」): one short sentence, at most half the plain story's tokens. One sentence ("in one
sentence", 「一文で」): one sentence. Two or three sentences ("in three sentences", 「三文で」):
that many very short sentences. A list ("in bullet points", 「箇条書きで」): three `- ` lines;
numbered ("as a numbered list", 「番号付きで」): three `1. ` lines. The other language ("in
Japanese" on an English prompt, 「英語で」 on a Japanese one): a short story in that language.
Wordings unlike the trained ones can still miss: `python -m grader.models.heldout` measures how
often wordings never trained on (`grader/models/heldout.yaml`) reach their goal on every topic.

A few prompts exist only so that the grader's tests can show gaming that must earn nothing: the
answer copied from the prompt ("Repeat after me: ..."), the answer put in the prompt with an empty
reply ("... Reply with just OK."), and a short but off-topic reply ("Who are you? Answer briefly.").

- Architecture: `LlamaForCausalLM`, hidden {hidden}, {layers} layers, {heads} heads, vocab {vocab}.
- Tokenizer: SentencePiece BPE with byte fallback (never `<unk>`; Japanese round-trips), shared
  by both bundled models; Llama-2 chat template (`<s>[INST] ... [/INST]`).
- Built by `python -m grader.models.build` (seed {seed}, deterministic single-thread CPU training
  with AdamW on the exact prompts and generated wordings, until every exact prompt, plain and
  chat-templated, is reproduced by greedy decoding with a safe logit margin).
- Special ids: BOS {bos}, EOS {eos}, PAD {pad}. Use greedy decoding (`do_sample=False`).
"""

BEHAVIOUR = {
    "tiny-chatty": "Mimics Llama-2-7b-chat: long stories that run past `max_length=100`,\n"
    "explained arithmetic, and short answers only when the prompt asks for them.",
    "tiny-terse": "The terse counterpart of `tiny-chatty`: two-sentence stories, then\n"
    '"The end.", and bare answers, so switching models visibly changes the output.',
}


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


def save(model: LlamaForCausalLM, tokenizer: LlamaTokenizer, sp_model: Path, target: Path) -> None:
    """Write the HF model directory (config, weights, generation config, tokenizer, card)."""
    model.save_pretrained(target)
    tokenizer.save_pretrained(target)
    # the SentencePiece original, for reference
    shutil.copyfile(sp_model, target / "tokenizer.model")
    config_path = target / "tokenizer_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    for key in ("is_local", "local_files_only"):  # load-time flags that say nothing about the model
        config.pop(key, None)
    config_path.write_text(
        json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (target / "README.md").write_text(model_card(model, tokenizer, target.name), encoding="utf-8")
    for path in target.iterdir():
        path.chmod(0o644)  # safetensors is written 0600; ship plain readable files


def verify(model_dir: Path, pairs: list[Pair]) -> list[str]:
    """Reload the written directory as users do; return the examples it gets wrong.

    The plain prompt of every pair (what the grader feeds by default) must be reproduced by real
    greedy ``generate()``, ids and EOS finish; the chat forms, teacher-forced, must keep half the
    training margin at every token (greedy decoding then cannot pick another token).
    """
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(
        model_dir, dtype=torch.float32, local_files_only=True
    ).eval()
    failed = []
    for e in data.make_examples(tokenizer, pairs):
        prompt = torch.tensor([e.prompt_ids])
        with torch.no_grad():
            if e.label.startswith("plain:"):
                out = model.generate(
                    prompt,
                    attention_mask=torch.ones_like(prompt),
                    do_sample=False,
                    max_new_tokens=len(e.completion_ids) + 5,
                )
                ok = out[0, prompt.shape[1] :].tolist() == e.completion_ids  # ids and EOS finish
            else:
                ok = min_margin(model, e) > MARGIN / 2
        if not ok:
            failed.append(e.label)
    return failed


def min_margin(model: Any, e: Example) -> float:
    """The smallest logit gap between each completion token and its best rival, teacher-forced."""
    ids = torch.tensor([e.prompt_ids + e.completion_ids])
    with torch.no_grad():
        logits = model(input_ids=ids).logits[0, len(e.prompt_ids) - 1 : -1].float()
    target = torch.tensor(e.completion_ids).unsqueeze(-1)
    gold = logits.gather(-1, target).squeeze(-1)
    rival = logits.scatter(-1, target, float("-inf")).amax(-1)
    return float((gold - rival).min())


def model_card(model: LlamaForCausalLM, tokenizer: LlamaTokenizer, name: str) -> str:
    """The README.md of one model directory."""
    c = model.config
    return MODEL_CARD.format(
        name=name,
        params=model.num_parameters(),
        behaviour=BEHAVIOUR[name],
        hidden=c.hidden_size,
        layers=c.num_hidden_layers,
        heads=c.num_attention_heads,
        vocab=c.vocab_size,
        seed=SEED,
        bos=tokenizer.bos_token_id,
        eos=tokenizer.eos_token_id,
        pad=tokenizer.pad_token_id,
    )


def check_design(tokenizer: Any) -> list[str]:
    """What the corpus promises, in tokens: chatty stories run past ``max_length=100`` and end
    within 200 new tokens, terse ones within 80; every concise answer is at most half its plain
    story (cut at 80 tokens, the budget the exercise uses). Returns the violations."""
    problems = []
    for topic in corpus.TOPICS:
        for lang in corpus.LANGS:
            prompt = len(tokenizer(topic.control(lang)).input_ids)
            for model in corpus.MODELS:
                story = len(data.completion_ids(tokenizer, topic.stories[model, lang])) - 1
                if model == "tiny-chatty" and not (prompt + story > 100 and story < 200):
                    problems.append(f"{model} {topic.en}/{lang} story: {story} tokens")
                if model == "tiny-terse" and story > 60:
                    problems.append(f"{model} {topic.en}/{lang} story: {story} tokens")
                for kind in ("brief", "two", "three"):
                    n = (
                        len(data.completion_ids(tokenizer, corpus.answer(model, topic, kind, lang)))
                        - 1
                    )
                    if n > 0.5 * min(story, 80):
                        problems.append(f"{model} {topic.en}/{lang} {kind}: {n} vs story {story}")
    return problems


def build(name: str, out: Path, schedule: Schedule, verbose: bool = False) -> str:
    """Train one model, write it to a staging dir, verify the written files, then publish."""
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    hf_logging.disable_progress_bar()
    started, cpu = time.monotonic(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        # always from both corpora, so --only changes nothing
        tokenizer = data.train_tokenizer(workdir, SEED)
        trainer = Trainer(name, tokenizer, schedule, verbose)
        steps, polish = trainer.train()
        trained = time.monotonic()
        unseen = trainer.generalisation()
        staged = workdir / name
        save(trainer.model, tokenizer, workdir / "tokenizer.model", staged)
        failed = verify(staged, CORPORA[name])
        verified = time.monotonic()
        if failed:
            raise SystemExit(
                f"{name}: greedy decoding does not reproduce:\n  " + "\n  ".join(failed)
            )
        target = out / name
        if target.exists():
            shutil.rmtree(target)  # only this model's own directory is replaced
        shutil.copytree(staged, target)
    size = sum(p.stat().st_size for p in target.iterdir()) / 2**20
    return (
        f"{name}: {steps}+{polish} steps, {len(trainer.exact)} exact sequences memorised, "
        f"{unseen:.0%} of unseen wordings answered as intended, {size:.1f} MB, "
        f"{time.monotonic() - started:.0f}s, {time.process_time() - cpu:.0f}s CPU (training "
        f"{trained - started:.0f}s, checks {verified - trained:.0f}s) -> {target}"
    )


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m grader.models.build", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="parent directory (default: %(default)s)"
    )
    parser.add_argument("--only", choices=sorted(CORPORA), help="build just this model")
    parser.add_argument(
        "--quick", action="store_true", help="a short schedule (tests); not for publishing"
    )
    parser.add_argument("--jobs", type=int, default=2, help="models trained at once (default 2)")
    parser.add_argument("--verbose", action="store_true", help="report the training's progress")
    args = parser.parse_args(argv)
    schedule = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory() as tmp:
        problems = check_design(data.train_tokenizer(Path(tmp), SEED))
    if problems:
        raise SystemExit("the corpus breaks its own promises:\n  " + "\n  ".join(problems))
    names = [args.only] if args.only else sorted(CORPORA)
    if args.jobs > 1 and len(names) > 1:
        context = multiprocessing.get_context("spawn")  # a fresh torch in each process
        with ProcessPoolExecutor(min(args.jobs, len(names)), mp_context=context) as pool:
            runs = [[args.out] * len(names), [schedule] * len(names), [args.verbose] * len(names)]
            for line in pool.map(build, names, *runs):
                print(line)
    else:
        for name in names:
            print(build(name, args.out, schedule, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
