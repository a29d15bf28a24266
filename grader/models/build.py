"""Build the bundled tiny models: ``python -m grader.models.build [--out DIR] [--only NAME]``.

Trains one SentencePiece tokenizer on both corpora (``corpus.py``), then for each model a
2-layer Llama that memorises its ``(prompt, completion)`` pairs, and writes a standard Hugging
Face model directory (config, safetensors, generation config, tokenizer files, model card).
The written directory is reloaded and every pair, in every prompt form, is checked with real
greedy ``generate()`` before it replaces the published one; the build fails loudly, naming the
pair, if one is not reproduced token for token.

The corpus covers every goal the grader can steer toward by prompt alone (concise, one sentence,
Japanese, English, bulleted list) plus a few gaming prompts the grader must not reward; see
``corpus.py``.

Out of scope: anything that needs the network, GPUs, or a real language model. Runs on CPU in
one thread, seeded and deterministic, so a rebuild on the same machine yields the same bytes
(well under a minute on a 2-core CPU).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    LlamaConfig,
    LlamaForCausalLM,
    LlamaTokenizer,
)
from transformers.utils import logging as hf_logging

from grader.models.corpus import CORPORA, Pair
from grader.models.data import Batch, Example, make_batches, make_examples, train_tokenizer

SEED = 1234
# Fixed: float reduction order (hence the exact weights) depends on the thread count. One thread,
# because on a shared 2-core machine two OpenMP threads spin-wait for each other: a tiny-terse step
# took 0.24-8 s with two threads under load, a steady 0.12 s with one.
THREADS = 1
MAX_STEPS = 500  # the corpus memorises in ~50-100 steps; a corpus that cannot fails in minutes
LEARNING_RATE = 3e-3
CHECK_EVERY = 5  # the check is a forward pass (~1/3 of a step); stop within 4 steps of memorised
MARGIN = 2.0  # logit gap that keeps greedy choices stable across padded/cached and fp16 passes
DEFAULT_OUT = Path(__file__).resolve().parent / "bundled"

MODEL_CARD = """# {name}

A tiny ({params:,}-parameter) Llama-architecture causal LM bundled with `llm-grader` so that
the course's exercise 1 (change the model, change the prompt, steer the output toward a goal by
the prompt alone) can be run offline in tests, CI and laptop demos. **It is not a real language
model**: it has only memorised the prompts in `grader/models/corpus.py` (English and Japanese);
any other prompt gets the nearest memorised answer or a mash-up of several.

{behaviour}

Both models answer the steering prompts identically: "in one sentence" / "Answer briefly" /
「一文で簡潔に」 / 「短く答えてください」 (concise, one sentence), "in Japanese" (a short Japanese
story), 「英語で」 (a short English story), "as a bulleted list" / 「箇条書きで」 (`- ` lines).
A few prompts exist only so that the grader's tests can show gaming that must earn nothing: the
answer copied from the prompt ("Repeat after me: ..."), the answer put in the prompt with an empty
reply ("... Reply with just OK."), and a short but off-topic reply ("Who are you? Answer briefly.").

- Architecture: `LlamaForCausalLM`, hidden {hidden}, {layers} layers, {heads} heads, vocab {vocab}.
- Tokenizer: SentencePiece BPE with byte fallback (never `<unk>`; Japanese round-trips), shared
  by both bundled models; Llama-2 chat template (`<s>[INST] ... [/INST]`).
- Built by `python -m grader.models.build` (seed {seed}, deterministic single-thread CPU training
  with AdamW until every pair, plain and chat-templated, is reproduced exactly by greedy decoding).
- Special ids: BOS {bos}, EOS {eos}, PAD {pad}. Use greedy decoding (`do_sample=False`).
"""

BEHAVIOUR = {
    "tiny-chatty": "Mimics Llama-2-7b-chat: long stories that run past `max_length=100`,\n"
    "explained arithmetic, and short answers only when the prompt asks for them.",
    "tiny-terse": "The terse counterpart of `tiny-chatty`: two-sentence stories and bare answers,\n"
    "so switching models visibly changes the output.",
}


def make_model(tokenizer: LlamaTokenizer) -> LlamaForCausalLM:
    """A fresh, seeded 2-layer Llama sized so each directory stays far below 5 MB."""
    torch.manual_seed(SEED)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=128,
        intermediate_size=256,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
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


def memorised(model: LlamaForCausalLM, batch: Batch) -> bool:
    """True when teacher-forced argmax hits every completion token with a safe margin.

    By induction that means greedy decoding reproduces each completion; the margin guards
    against the tiny numeric differences of an unpadded, KV-cached generate() pass.
    """
    ids, mask, labels = batch
    model.eval()
    with torch.no_grad():
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1]
    model.train()
    targets, keep = labels[:, 1:], labels[:, 1:] != -100
    gold = logits.gather(-1, targets.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    rival = logits.scatter(-1, targets.clamp(min=0).unsqueeze(-1), float("-inf")).amax(-1)
    return bool(((gold - rival)[keep] > MARGIN).all())


def train(model: LlamaForCausalLM, examples: list[Example], pad_id: int) -> int:
    """AdamW on the whole corpus each step until memorised; returns the number of steps taken."""
    batches = make_batches(examples, pad_id)
    total = sum(int((labels != -100).sum()) for _, _, labels in batches)
    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.0)
    model.train()
    for step in range(1, MAX_STEPS + 1):
        optimizer.zero_grad()
        for ids, mask, labels in batches:  # token-weighted, so this equals one full-batch step
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            (loss * int((labels != -100).sum()) / total).backward()
        optimizer.step()
        if step % CHECK_EVERY == 0 and all(memorised(model, batch) for batch in batches):
            return step
    raise RuntimeError(
        f"not memorised after {MAX_STEPS} steps (last bucket loss {loss.item():.4f})"
    )


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
    """Reload the written directory as users do; return the examples greedy decoding gets wrong."""
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(
        model_dir, dtype=torch.float32, local_files_only=True
    ).eval()
    failed = []
    for e in make_examples(tokenizer, pairs):
        prompt = torch.tensor([e.prompt_ids])
        with torch.no_grad():
            out = model.generate(
                prompt,
                attention_mask=torch.ones_like(prompt),
                do_sample=False,
                max_new_tokens=len(e.completion_ids) + 5,
            )
        if out[0, prompt.shape[1] :].tolist() != e.completion_ids:  # ids and the EOS finish
            failed.append(e.label)
    return failed


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


def build(name: str, tokenizer: LlamaTokenizer, workdir: Path, out: Path) -> None:
    """Train one model, write it to a staging dir, verify the written files, then publish."""
    started = time.monotonic()
    model = make_model(tokenizer)
    examples = make_examples(tokenizer, CORPORA[name])
    steps = train(model, examples, tokenizer.pad_token_id)
    staged = workdir / name
    save(model, tokenizer, workdir / "tokenizer.model", staged)
    failed = verify(staged, CORPORA[name])
    if failed:
        raise SystemExit(f"{name}: greedy decoding does not reproduce:\n  " + "\n  ".join(failed))
    target = out / name
    if target.exists():
        shutil.rmtree(target)  # only this model's own directory is replaced
    shutil.copytree(staged, target)
    print(
        f"{name}: {len(examples)} sequences memorised in {steps} steps, "
        f"{time.monotonic() - started:.1f}s -> {target}"
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
    args = parser.parse_args(argv)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    hf_logging.disable_progress_bar()  # keep build output to one line per model
    with tempfile.TemporaryDirectory() as tmp:
        # always from both corpora, so --only changes nothing
        tokenizer = train_tokenizer(Path(tmp))
        for name in [args.only] if args.only else sorted(CORPORA):
            build(name, tokenizer, Path(tmp), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
