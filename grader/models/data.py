"""The training data of the bundled models, as token ids.

One SentencePiece tokenizer is trained on both corpora (``corpus.py``) and on a sample of the
generated requests (``templates.py``). Japanese is cut into runs of one script (kanji, hiragana,
katakana) while training it, so no piece spans a topic noun and the particle after it
(「ドラゴン」「の」「物語」「を」, not 「ドラゴンの物語を」): a model that sees the topic and the
goal as tokens of their own can recombine them.

Two kinds of sequences (``Example``): the exact pairs in every prompt form an inference path
produces (plain, chat-templated, and the naive chat text with a second BOS), and generated
requests with their templated answers (plain prompts, a few chat-templated). Generated prompts
that are held-out prompts (``heldout.is_heldout``, up to case, spaces and punctuation) are
dropped: the evaluation must measure wordings the models never saw. Deterministic:
single-threaded tokenizer training, seeded sampling, order-preserving inputs. Building and
checking the models is :mod:`grader.models.build`.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sentencepiece as spm
import torch
from transformers import LlamaTokenizer

from grader.models import corpus, templates
from grader.models.corpus import CORPORA, TOPICS, Pair
from grader.models.heldout import is_heldout

VOCAB_SIZE = 2048
TOKENIZER_REQUESTS = 6000  # generated prompts the tokenizer sees besides the corpus
CHAT_SHARE = 0.1  # generated requests given in a chat form (the rest plain)
STORY_PREFIX = 24  # a chatty story asked for in other words: trained on its first tokens only
_SEGMENT = "\t"  # never in the corpus: marks where Japanese script runs end for the tokenizer
_RUN = re.compile(
    r"[\u3041-\u309f]+|[\u30a0-\u30ff]+|[\u4e00-\u9fff\u3005]+|[^\u3041-\u30ff\u4e00-\u9fff\u3005]+"
)

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
    """One training sequence: prompt ids (with BOS) and the completion ids to learn.

    The completion ends in EOS unless it is a story's opening only (``STORY_PREFIX``).
    """

    label: str
    prompt_ids: list[int]
    completion_ids: list[int]


def requests(seed: int, n: int, validation: bool = False) -> list[templates.Request]:
    """``n`` generated requests (training or validation wordings), held-out prompts dropped."""
    rng = random.Random(seed)
    out: list[templates.Request] = []
    while len(out) < n:
        out += [
            r for r in templates.sample(rng, n - len(out), validation) if not is_heldout(r.prompt)
        ]
    return out


def _segmented(text: str) -> str:
    return _SEGMENT.join(_RUN.findall(text))


def tokenizer_lines(seed: int) -> list[str]:
    """All corpus text and sample prompts, a line per sentence, Japanese cut into script runs."""
    texts: list[str] = []
    prompts = [p for pairs in CORPORA.values() for p, _ in pairs]
    prompts += [r.prompt for r in requests(seed, TOKENIZER_REQUESTS)]
    for prompt in prompts:
        texts += [prompt, f"[INST] {prompt} [/INST]"]
    completions = [c for pairs in CORPORA.values() for _, c in pairs]
    for topic in TOPICS:
        for model in corpus.MODELS:
            for lang in corpus.LANGS:
                completions += [corpus.answer(model, topic, kind, lang) for kind in corpus.KINDS]
    for completion in completions:
        texts += completion.split("\n")
    # dedupe, keep order: deterministic
    return [_segmented(t) for t in dict.fromkeys(texts) if t.strip()]


def train_tokenizer(workdir: Path, seed: int) -> LlamaTokenizer:
    """Train the SentencePiece model and wrap it as the transformers Llama tokenizer."""
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(tokenizer_lines(seed)),
        model_writer=buffer,
        vocab_size=VOCAB_SIZE,
        model_type="bpe",
        byte_fallback=True,
        character_coverage=1.0,
        split_digits=True,
        pretokenization_delimiter=_SEGMENT,
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


def completion_ids(tokenizer: Any, completion: str) -> list[int]:
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


class Answers:
    """Completion ids per (model, topic, kind, language), tokenised once."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.memo: dict[tuple[str, str, str, str], list[int]] = {}

    def __call__(self, model: str, r: templates.Request) -> list[int]:
        key = (model, r.topic.en, r.kind, r.lang)
        if key not in self.memo:
            ids = completion_ids(self.tokenizer, corpus.answer(model, r.topic, r.kind, r.lang))
            if r.kind == "story" and len(ids) > 2 * STORY_PREFIX:
                ids = ids[:STORY_PREFIX]  # a long story: its opening is what the wording decides
            self.memo[key] = ids
        return self.memo[key]


def request_examples(
    tokenizer: Any, answers: Answers, model: str, reqs: list[templates.Request], seed: int
) -> list[Example]:
    """Generated requests as sequences: the plain prompt, or now and then a chat form."""
    rng = random.Random(seed)
    examples = []
    for r in reqs:
        if rng.random() < CHAT_SHARE:
            ids = prompt_forms(tokenizer, r.prompt)[rng.choice(("chat", "chat+bos"))]
        else:
            ids = tokenizer(r.prompt).input_ids
        examples.append(Example(f"{r.kind}: {r.prompt!r}", ids, answers(model, r)))
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


def make_batches(examples: list[Example], pad_id: int, max_tokens: int) -> list[Batch]:
    """Length-sorted buckets of at most ``max_tokens`` padded tokens each (little padding)."""
    ordered = sorted(examples, key=lambda e: len(e.prompt_ids) + len(e.completion_ids))
    batches: list[Batch] = []
    bucket: list[Example] = []
    width = 0
    for e in ordered:
        size = len(e.prompt_ids) + len(e.completion_ids)
        if bucket and max(width, size) * (len(bucket) + 1) > max_tokens:
            batches.append(make_batch(bucket, pad_id))
            bucket, width = [], 0
        bucket.append(e)
        width = max(width, size)
    if bucket:
        batches.append(make_batch(bucket, pad_id))
    return batches
