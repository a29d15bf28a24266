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
import io
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sentencepiece as spm
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

SEED = 1234
# Fixed: float reduction order (hence the exact weights) depends on the thread count. One thread,
# because on a shared 2-core machine two OpenMP threads spin-wait for each other: a tiny-terse step
# took 0.24-8 s with two threads under load, a steady 0.12 s with one.
THREADS = 1
VOCAB_SIZE = 1088  # 1024 pushed the chatty phantom story past max_new_tokens=200 (205 tokens)
MAX_STEPS = 500  # the corpus memorises in ~50-100 steps; a corpus that cannot fails in minutes
LEARNING_RATE = 3e-3
BUCKET_ROWS = 8
CHECK_EVERY = 5  # the check is a forward pass (~1/3 of a step); stop within 4 steps of memorised
MARGIN = 2.0  # logit gap that keeps greedy choices stable across padded/cached and fp16 passes
DEFAULT_OUT = Path(__file__).resolve().parent / "bundled"

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


@dataclass(frozen=True)
class Example:
    """One training sequence: prompt ids (with BOS) and completion ids (ending in EOS)."""

    label: str
    prompt_ids: list[int]
    completion_ids: list[int]


def tokenizer_lines() -> list[str]:
    """All corpus text, one line per sentence; newlines become byte-fallback tokens like Llama-2's."""
    texts: list[str] = []
    for pairs in CORPORA.values():
        for prompt, completion in pairs:
            texts += [prompt, f"[INST] {prompt} [/INST]", *completion.split("\n")]
    return [t for t in dict.fromkeys(texts) if t.strip()]  # dedupe, keep order: deterministic


def train_tokenizer(workdir: Path) -> LlamaTokenizer:
    """Train the SentencePiece model and wrap it as the transformers Llama tokenizer."""
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(tokenizer_lines()), model_writer=buffer, vocab_size=VOCAB_SIZE,
        model_type="bpe", byte_fallback=True, character_coverage=1.0, split_digits=True,
        # Llama-2's settings: no normalisation so text (incl. full-width Japanese) round-trips.
        normalization_rule_name="identity", remove_extra_whitespaces=False, add_dummy_prefix=True,
        allow_whitespace_only_pieces=True, unk_id=0, bos_id=1, eos_id=2, pad_id=3,
        num_threads=1, minloglevel=2,  # single thread: identical pieces on every rebuild
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
    chat = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True)["input_ids"]
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
    return [make_batch(ordered[i : i + BUCKET_ROWS], pad_id) for i in range(0, len(ordered), BUCKET_ROWS)]


def make_model(tokenizer: LlamaTokenizer) -> LlamaForCausalLM:
    """A fresh, seeded 2-layer Llama sized so each directory stays far below 5 MB."""
    torch.manual_seed(SEED)
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=128, intermediate_size=256, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=512,
        rms_norm_eps=1e-5, tie_word_embeddings=False, bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    # Eager attention: on CPU with deterministic algorithms it trains ~4x faster than SDPA.
    # (Not saved: loading picks the default implementation; verify() checks with that one.)
    model.set_attn_implementation("eager")
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, do_sample=False,
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
    raise RuntimeError(f"not memorised after {MAX_STEPS} steps (last bucket loss {loss.item():.4f})")


def save(model: LlamaForCausalLM, tokenizer: LlamaTokenizer, sp_model: Path, target: Path) -> None:
    """Write the HF model directory (config, weights, generation config, tokenizer, card)."""
    model.save_pretrained(target)
    tokenizer.save_pretrained(target)
    shutil.copyfile(sp_model, target / "tokenizer.model")  # the SentencePiece original, for reference
    config_path = target / "tokenizer_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    for key in ("is_local", "local_files_only"):  # load-time flags that say nothing about the model
        config.pop(key, None)
    config_path.write_text(json.dumps(config, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (target / "README.md").write_text(model_card(model, tokenizer, target.name), encoding="utf-8")
    for path in target.iterdir():
        path.chmod(0o644)  # safetensors is written 0600; ship plain readable files


def verify(model_dir: Path, pairs: list[Pair]) -> list[str]:
    """Reload the written directory as users do; return the examples greedy decoding gets wrong."""
    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, local_files_only=True).eval()
    failed = []
    for e in make_examples(tokenizer, pairs):
        prompt = torch.tensor([e.prompt_ids])
        with torch.no_grad():
            out = model.generate(prompt, attention_mask=torch.ones_like(prompt), do_sample=False,
                                 max_new_tokens=len(e.completion_ids) + 5)
        if out[0, prompt.shape[1] :].tolist() != e.completion_ids:  # ids and the EOS finish
            failed.append(e.label)
    return failed


def model_card(model: LlamaForCausalLM, tokenizer: LlamaTokenizer, name: str) -> str:
    """The README.md of one model directory."""
    c = model.config
    return MODEL_CARD.format(
        name=name, params=model.num_parameters(), behaviour=BEHAVIOUR[name], hidden=c.hidden_size,
        layers=c.num_hidden_layers, heads=c.num_attention_heads, vocab=c.vocab_size, seed=SEED,
        bos=tokenizer.bos_token_id, eos=tokenizer.eos_token_id, pad=tokenizer.pad_token_id,
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
    print(f"{name}: {len(examples)} sequences memorised in {steps} steps, "
          f"{time.monotonic() - started:.1f}s -> {target}")


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(prog="python -m grader.models.build", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="parent directory (default: %(default)s)")
    parser.add_argument("--only", choices=sorted(CORPORA), help="build just this model")
    args = parser.parse_args(argv)
    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True)
    hf_logging.disable_progress_bar()  # keep build output to one line per model
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = train_tokenizer(Path(tmp))  # always from both corpora, so --only changes nothing
        for name in [args.only] if args.only else sorted(CORPORA):
            build(name, tokenizer, Path(tmp), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
