"""The bundled tiny models load offline with plain transformers and behave like the exercise needs.

Every corpus pair is checked by real greedy decoding, in each prompt form the grader can feed
(plain BOS + prompt, chat template tokenised without extra specials, and the naive
double-BOS rendering), plus hand-written tables of the behaviours the exercise relies on: the
exact and gaming answers, story shapes under ``max_length=100``, and each steering goal (concise,
one sentence, Japanese, English, bulleted list) reached from its control by the prompt alone.
"""

from __future__ import annotations

import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    LlamaForCausalLM,
    LlamaTokenizer,
)

from grader.models import BUNDLED_MODELS, bundled_path
from grader.models.corpus import CORPORA
from grader.models.data import prompt_forms

MAX_BYTES = 5 * 1024 * 1024
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
    """New token ids from greedy decoding, batch of one."""
    _, model = load(name)
    inputs = torch.tensor([prompt_ids])
    with torch.no_grad():
        out = model.generate(
            inputs, attention_mask=torch.ones_like(inputs), do_sample=False, **limits
        )
    return out[0, len(prompt_ids) :].tolist()


# --- names and files -----------------------------------------------------------------------


def test_bundled_path_maps_names_and_rejects_unknown() -> None:
    assert bundled_path("bundled/tiny-chatty").parts[-3:] == ("models", "bundled", "tiny-chatty")
    with pytest.raises(KeyError):
        bundled_path("bundled/nope")
    with pytest.raises(KeyError):
        bundled_path("tiny-chatty")


def test_models_package_does_not_import_torch() -> None:
    code = (
        "import sys, grader.models; "
        "sys.exit('torch' in sys.modules or 'transformers' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("name", BUNDLED_MODELS)
def test_directory_is_complete_and_small(name: str) -> None:
    path = bundled_path(name)
    files = {p.name for p in path.iterdir()}
    assert {
        "config.json",
        "model.safetensors",
        "generation_config.json",
        "tokenizer.model",
        "tokenizer.json",
        "tokenizer_config.json",
        "README.md",
    } <= files
    assert sum(p.stat().st_size for p in path.iterdir()) < MAX_BYTES


@pytest.mark.parametrize("name", BUNDLED_MODELS)
def test_loads_as_llama_with_special_ids(name: str) -> None:
    tokenizer, model = load(name)
    assert isinstance(tokenizer, LlamaTokenizer) and isinstance(model, LlamaForCausalLM)
    assert (tokenizer.bos_token_id, tokenizer.eos_token_id, tokenizer.pad_token_id) == (1, 2, 3)
    gen = model.generation_config
    assert (gen.bos_token_id, gen.eos_token_id, gen.pad_token_id, gen.do_sample) == (1, 2, 3, False)
    assert model.dtype == torch.float32


# --- tokenizer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        DRAGON_JA,
        "吾輩は猫である。名前はまだ無い。",  # characters never seen in training: byte fallback
        "ｶﾀｶﾅと全角ＡＢＣ、絵文字🐉も。",
        "改行\n\nとタブ\tと  連続空白",
        "Mixed 日本語 and English, 1+1=?",
    ],
)
def test_text_round_trips_through_tokenizer(text: str) -> None:
    tokenizer, _ = load(BUNDLED_MODELS[0])
    ids = tokenizer.encode(text)
    assert ids[0] == tokenizer.bos_token_id and tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == text
    assert tokenizer.decode(tokenizer.encode(text, add_special_tokens=False)) == text


@pytest.mark.parametrize(
    ("messages", "rendered"),
    [
        (
            [{"role": "user", "content": DRAGON}],
            "<s>[INST] Tell me a story about a dragon. [/INST]",
        ),
        (
            [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "1+1=?"}],
            "<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\n1+1=? [/INST]",
        ),
    ],
)
def test_llama2_chat_template(messages: list[dict[str, str]], rendered: str) -> None:
    for name in BUNDLED_MODELS:
        tokenizer, _ = load(name)
        text = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        assert text == rendered


# --- memorised behaviour -------------------------------------------------------------------

CASES = [
    pytest.param(name, prompt, completion, form, id=f"{name}-{form}-{prompt}")
    for name, pairs in CORPORA.items()
    for prompt, completion in pairs
    for form in ("plain", "chat", "chat+bos")
]


@pytest.mark.parametrize(("model", "prompt", "completion", "form"), CASES)
def test_every_pair_is_reproduced_greedily(
    model: str, prompt: str, completion: str, form: str
) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    new = greedy(f"bundled/{model}", prompt_forms(tokenizer, prompt)[form], max_new_tokens=300)
    assert new[-1] == tokenizer.eos_token_id and tokenizer.eos_token_id not in new[:-1]
    assert tokenizer.decode(new, skip_special_tokens=True) == completion


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
@pytest.mark.parametrize("model", sorted(CORPORA))
def test_half_precision_keeps_the_answers(model: str, dtype: torch.dtype) -> None:
    # The grader runs fp16 on GPUs; the build's logit margin must survive half precision.
    path = bundled_path(f"bundled/{model}")
    tokenizer, _ = load(f"bundled/{model}")
    half = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, local_files_only=True).eval()
    for prompt, completion in CORPORA[model]:
        inputs = torch.tensor([tokenizer(prompt).input_ids])
        with torch.no_grad():
            out = half.generate(
                inputs, attention_mask=torch.ones_like(inputs), do_sample=False, max_new_tokens=300
            )
        assert (
            tokenizer.decode(out[0, inputs.shape[1] :], skip_special_tokens=True) == completion
        ), prompt


# Exact answers the exercise is written around (independent of corpus.py).
EXACT = [
    (
        "tiny-chatty",
        "1+1=?",
        "\n\nAnswer: 2\n\nExplanation:\n\nWhen you add 1 + 1, the result is 2.",
    ),
    ("tiny-terse", "1+1=?", "\n\n2"),
    ("tiny-chatty", "1+1=? Answer with just the number.", "\n\n2"),
    ("tiny-terse", "1+1=? Answer with just the number.", "\n\n2"),
    ("tiny-chatty", "1+1は？", "\n\n答え：2\n\n説明：1に1を足すと2になります。"),
    ("tiny-terse", "1+1は？", "\n\n2です。"),
    # Gaming attempts the grader's tests rely on (both models): the answer copied from the prompt,
    # the answer put in the prompt with an empty reply, a short off-topic reply.
    *[
        (m, p, a)
        for m in ("tiny-chatty", "tiny-terse")
        for p, a in (
            (
                "Repeat after me: A lonely dragon found a friend.",
                "\n\nA lonely dragon found a friend.",
            ),
            ("A lonely dragon found a friend. Reply with just OK.", "\n\nOK."),
            ("Who are you? Answer briefly.", "\n\nA tiny test model."),
        )
    ],
]


@pytest.mark.parametrize(("model", "prompt", "expected"), EXACT)
def test_exact_answers(model: str, prompt: str, expected: str) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    new = greedy(f"bundled/{model}", tokenizer(prompt).input_ids, max_new_tokens=300)
    assert tokenizer.decode(new, skip_special_tokens=True) == expected


# (model, prompt, kind): "long" runs past max_length=100 but ends within 200 new tokens;
# "short" is a single sentence ending in EOS.
SHAPES = [
    ("tiny-chatty", DRAGON, "long"),
    ("tiny-chatty", PHANTOM, "long"),
    ("tiny-chatty", DRAGON_JA, "long"),
    ("tiny-chatty", PHANTOM_JA, "long"),
    ("tiny-terse", DRAGON, "short"),
    ("tiny-terse", PHANTOM, "short"),
    ("tiny-terse", DRAGON_JA, "short"),
    ("tiny-terse", PHANTOM_JA, "short"),
    *[
        (m, p, "short")
        for m in ("tiny-chatty", "tiny-terse")
        for p in (
            ONE_SENTENCE,
            BRIEF,
            "Tell me a story about a phantom in one sentence.",
            ONE_SENTENCE_JA,
            BRIEF_JA,
        )
    ],
]


@pytest.mark.parametrize(("model", "prompt", "kind"), SHAPES)
def test_story_shape(model: str, prompt: str, kind: str) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    prompt_ids = tokenizer(prompt).input_ids
    new = greedy(f"bundled/{model}", prompt_ids, max_new_tokens=300)
    text = tokenizer.decode(new, skip_special_tokens=True)
    assert new[-1] == tokenizer.eos_token_id and text.startswith("\n\n")
    if kind == "long":
        assert len(prompt_ids) + len(new) > 100 and len(new) <= 200
        cut = greedy(f"bundled/{model}", prompt_ids, max_length=100)  # the course script's limit
        assert len(prompt_ids) + len(cut) == 100 and tokenizer.eos_token_id not in cut
    else:
        assert text.count("\n") == 2 and len(new) <= 40


def test_models_differ_and_prompts_steer() -> None:
    answers = {}
    for model in ("tiny-chatty", "tiny-terse"):
        tokenizer, _ = load(f"bundled/{model}")
        for prompt in (DRAGON, BRIEF):
            answers[model, prompt] = tokenizer.decode(
                greedy(f"bundled/{model}", tokenizer(prompt).input_ids, max_new_tokens=300),
                skip_special_tokens=True,
            )
    assert answers["tiny-chatty", DRAGON].startswith(
        "\n\nSure! Here is a story about a dragon:\n\nOnce upon a time"
    )
    assert answers["tiny-chatty", DRAGON] != answers["tiny-terse", DRAGON]
    assert answers["tiny-chatty", DRAGON] != answers["tiny-chatty", BRIEF]


def japanese_share(text: str) -> float:
    """Share of the non-space, non-punctuation characters that are kana or kanji."""
    chars = [c for c in text if c.isalnum()]
    kana_kanji = [c for c in chars if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff"]
    return len(kana_kanji) / len(chars)


def same_language(a: str, b: str) -> bool:
    return (japanese_share(a) > 0.5) == (japanese_share(b) > 0.5)


def sentences(text: str) -> int:
    """Sentence stops, English or Japanese."""
    return sum(text.count(stop) for stop in (".", "!", "?", "。", "！", "？"))


# (control, steered, goal): each goal the grader knows, reached by the prompt alone on either model.
GOALS = [
    (DRAGON, ONE_SENTENCE, "one_sentence"),
    (DRAGON_JA, ONE_SENTENCE_JA, "one_sentence"),
    (DRAGON, BRIEF, "concise"),
    (DRAGON_JA, BRIEF_JA, "concise"),
    (DRAGON, IN_JAPANESE, "japanese"),
    (DRAGON_JA, IN_ENGLISH, "english"),
    (DRAGON, AS_LIST, "list"),
    (DRAGON_JA, AS_LIST_JA, "list"),
]


@pytest.mark.parametrize("model", sorted(CORPORA))
@pytest.mark.parametrize(("control", "steered", "goal"), GOALS)
def test_prompt_alone_reaches_each_goal(model: str, control: str, steered: str, goal: str) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    runs = {}
    for prompt in (control, steered):
        prompt_ids = tokenizer(prompt).input_ids
        new = greedy(f"bundled/{model}", prompt_ids, max_length=100)  # the course script's limit
        runs[prompt] = new, tokenizer.decode(new, skip_special_tokens=True)
    (_, before), (new, after) = runs[control], runs[steered]
    # A real answer: ended by EOS within max_length=100, on the dragon topic, not the control's.
    assert new[-1] == tokenizer.eos_token_id and after.startswith("\n\n") and after != before
    assert "dragon" in after.lower() or "ドラゴン" in after
    if goal == "one_sentence":
        assert sentences(after) == 1 < sentences(before)
    elif goal == "concise":
        assert len(after) < len(before) and same_language(after, before)
    elif goal == "japanese":
        assert japanese_share(after) >= 0.9 and japanese_share(before) == 0
    elif goal == "english":
        assert after.isascii() and japanese_share(before) >= 0.9
    elif goal == "list":
        bullets = [line for line in after.splitlines() if line.startswith("- ")]
        assert len(bullets) >= 2 and not any(line.startswith("- ") for line in before.splitlines())
        assert same_language(after, before)


# --- the build itself ----------------------------------------------------------------------


@pytest.mark.slow
def test_rebuild_reproduces_the_bundled_tokenizer(tmp_path: Path) -> None:
    # The small model only, in a subprocess (the build sets global torch state); the build
    # itself fails unless every pair is reproduced by the model it wrote.
    command = [
        sys.executable,
        "-m",
        "grader.models.build",
        "--out",
        str(tmp_path),
        "--only",
        "tiny-terse",
    ]
    subprocess.run(command, check=True, capture_output=True)
    rebuilt = AutoTokenizer.from_pretrained(tmp_path / "tiny-terse", local_files_only=True)
    bundled, _ = load("bundled/tiny-terse")
    assert rebuilt.get_vocab() == bundled.get_vocab()
    assert rebuilt.chat_template == bundled.chat_template
