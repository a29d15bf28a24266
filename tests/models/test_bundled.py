"""The bundled tiny models as files: their names and folders, loading offline with plain
transformers, the shared tokenizer and chat template, the held-out wordings never trained on and
their steering rate (``grader.models.heldout``), and the build (its promises in tokens, a rebuild
reproducing the tokenizer). What the models do is :mod:`tests.models.test_behaviour`.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from transformers import (
    AutoTokenizer,
    LlamaForCausalLM,
    LlamaTokenizer,
)

from grader.models import BUNDLED_MODELS, bundled_path, corpus, heldout, templates
from grader.models.build import FULL, SEED
from grader.models.corpus import CORPORA, TOPICS
from grader.models.data import completion_ids, requests
from grader.score import text
from tests.models.bundled import (
    DRAGON,
    DRAGON_JA,
    MAX_BYTES,
    load,
)

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
    "text_",
    [
        DRAGON_JA,
        "吾輩は猫である。名前はまだ無い。",  # characters never seen in training: byte fallback
        "ｶﾀｶﾅと全角ＡＢＣ、絵文字🐉も。",
        "改行\n\nとタブ\tと  連続空白",
        "Mixed 日本語 and English, 1+1=?",
    ],
)
def test_text_round_trips_through_tokenizer(text_: str) -> None:
    tokenizer, _ = load(BUNDLED_MODELS[0])
    ids = tokenizer.encode(text_)
    assert ids[0] == tokenizer.bos_token_id and tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == text_
    assert tokenizer.decode(tokenizer.encode(text_, add_special_tokens=False)) == text_


def test_topic_nouns_are_tokens_of_their_own() -> None:
    # Japanese is cut into script runs for the tokenizer: no piece joins a topic and its particle.
    tokenizer, _ = load(BUNDLED_MODELS[0])
    pieces = tokenizer.convert_ids_to_tokens(tokenizer("海賊の物語を聞かせてください。").input_ids)
    assert pieces[1:5] == ["▁海賊", "の", "物語", "を"]


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
        text_ = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        assert text_ == rendered


@pytest.mark.parametrize("topic", TOPICS, ids=[t.en for t in TOPICS])
def test_every_topic_has_its_stories(topic: corpus.Topic) -> None:
    # Memorised (test_every_pair_is_memorised_in_every_form), so their token counts are the
    # lengths greedy decoding produces: chatty runs past max_length=100 and ends within 200 new
    # tokens, terse tells two sentences ending within 60; both name the topic.
    tokenizer, _ = load("bundled/tiny-chatty")
    for lang in corpus.LANGS:
        prompt = len(tokenizer(topic.control(lang)).input_ids)
        chatty, terse = (topic.stories[m, lang] for m in corpus.MODELS)
        assert prompt + len(completion_ids(tokenizer, chatty)) > 101
        assert len(completion_ids(tokenizer, chatty)) <= 200
        closing = "The end." if lang == "en" else "おしまい。"
        assert len(completion_ids(tokenizer, terse)) <= 60 and terse.endswith(closing)
        assert text.sentences(terse.removesuffix(closing)) <= 2
        for story in (chatty, terse):
            assert heldout.mentions(story, (topic.en, topic.ja))
            assert text.main_script(story) == ("latin" if lang == "en" else "japanese")


# --- held-out wordings -------------------------------------------------------------------------

# The exercise's own prompts that a held-out wording happens to spell for its topic: they were in
# the corpus before the held-out file was written, and stay (the exercise and tests use them).
EXACT_AND_HELDOUT = {
    "Tell me a story about a dragon in one sentence.",
    "Tell me a story about a phantom in one sentence.",
    "Tell me a story about a dragon in Japanese.",
}


def test_heldout_prompts_are_never_trained() -> None:
    exact = {p for pairs in CORPORA.values() for p, _ in pairs}
    assert {p for p in exact if heldout.is_heldout(p)} == EXACT_AND_HELDOUT
    # The wording lists can spell some held-out prompts; the build's draws drop them.
    drawn = templates.sample(random.Random(0), 5000)
    assert any(heldout.is_heldout(r.prompt) for r in drawn)
    for seed in (SEED * 1000 + r for r in range(3)):  # the build's first rounds
        assert not any(heldout.is_heldout(r.prompt) for r in requests(seed, FULL.requests))


@pytest.mark.models
def test_heldout_rate() -> None:
    # Every held-out wording on every topic and both models, as `python -m grader.models.heldout`.
    outcomes = heldout.evaluate(BUNDLED_MODELS, heldout.topics(), heldout.wordings())
    rates = heldout.summary(outcomes)
    assert rates["overall"] >= 0.9 and rates["tiny-chatty"] >= 0.8 and rates["tiny-terse"] >= 0.8
    assert all(rates[f"goal {g}"] >= 0.7 for g in heldout.GOALS)


# --- the build itself ----------------------------------------------------------------------


def test_corpus_keeps_its_promises_in_tokens() -> None:
    from grader.models.build import check_design

    tokenizer, _ = load("bundled/tiny-terse")
    assert check_design(tokenizer) == []


@pytest.mark.models
def test_rebuild_reproduces_the_bundled_tokenizer(tmp_path: Path) -> None:
    # The small model on the short schedule, in a subprocess (the build sets global torch state);
    # the build itself fails unless every exact pair is reproduced by the model it wrote.
    command = [
        sys.executable,
        "-m",
        "grader.models.build",
        "--out",
        str(tmp_path),
        "--only",
        "tiny-terse",
        "--quick",
    ]
    subprocess.run(command, check=True, capture_output=True)
    rebuilt = AutoTokenizer.from_pretrained(tmp_path / "tiny-terse", local_files_only=True)
    bundled, _ = load("bundled/tiny-terse")
    assert rebuilt.get_vocab() == bundled.get_vocab()
    assert rebuilt.chat_template == bundled.chat_template
