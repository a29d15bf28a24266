"""Build the bundled tiny models: ``python -m grader.models.build [--out DIR] [--only NAME]``.

Trains one SentencePiece tokenizer on both corpora and a sample of generated requests
(``data.py``), then for each model a small Llama on two kinds of sequences: the exact pairs of
``corpus.CORPORA`` (the control prompt of every topic, the prompts the exercise and the tests are
written around, the gaming prompts) in every prompt form, and each round a fresh draw of
generated requests (``templates.py``: many wordings of each goal on each topic, answered by
``corpus.answer``). Training runs a fixed schedule (AdamW, warm-up and cosine decay, small
batches, clipped gradients), then, if needed, goes on with the exact pairs until each is
memorised with a logit margin (the training itself is :mod:`grader.models.train`). The build
reports how often the model answers requests in the wordings kept out of training
(``templates.VALIDATION``) exactly as intended.

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
import multiprocessing
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaForCausalLM, LlamaTokenizer
from transformers.utils import logging as hf_logging

from grader.models import corpus, data
from grader.models.corpus import CORPORA, Pair
from grader.models.train import FULL, MARGIN, QUICK, SEED, THREADS, Schedule, Trainer, min_margin

__all__ = ["FULL", "QUICK", "SEED", "build", "check_design", "main"]

DEFAULT_OUT = Path(__file__).resolve().parent / "bundled"


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
