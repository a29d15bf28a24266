"""The engine on the bundled models, through the real transformers code path."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import torch

from grader.generate.engine import Engine
from grader.load import tokens
from grader.util.errors import EnvironmentProblem, UserError
from tests.classes import request as req

DRAGON = "Tell me a story about a dragon."


def test_two_engines_give_identical_tokens(engine: Engine) -> None:
    first = engine.generate(req())
    second = Engine("cpu").generate(req())
    assert first.output_ids == second.output_ids
    assert first.margins == second.margins
    assert first.fingerprint == second.fingerprint


def test_what_lives_as_long_as_the_process_is_out_of_the_collectors_way(engine: Engine) -> None:
    """After the first model load, torch's and the modeling code's objects are frozen (a full
    collection no longer walks them), and only once: a later load freezes nothing new."""
    from transformers.models.llama import modeling_llama

    engine.generate(req())  # a model loaded in this process
    tracked = {id(o) for o in gc.get_objects()}
    assert id(torch.nn.Linear) not in tracked and id(modeling_llama.LlamaForCausalLM) not in tracked
    frozen = gc.get_freeze_count()
    made_since = [[i] for i in range(1000)]  # tracked objects a second freeze would take
    Engine("cpu").generate(req("bundled/tiny-terse"))
    assert gc.get_freeze_count() == frozen and len(made_since) == 1000


@pytest.mark.parametrize(
    ("model", "prompt", "finish", "starts"),
    [
        ("bundled/tiny-chatty", DRAGON, "eos", "Sure! Here is a story about a dragon"),
        ("bundled/tiny-terse", DRAGON, "eos", "A dragon"),
        ("bundled/tiny-chatty", "1+1=?", "eos", "Answer: 2"),
        ("bundled/tiny-terse", "1+1は？", "eos", "2です。"),
    ],
)
def test_bundled_models_behave(
    engine: Engine, model: str, prompt: str, finish: str, starts: str
) -> None:
    gen = engine.generate(req(model, prompt))
    assert gen.finish == finish
    assert gen.text.strip().startswith(starts)
    assert len(gen.margins) == len(gen.runner_up_ids) == len(gen.output_ids) == len(gen.pieces)
    assert "".join(gen.pieces) == gen.text


def test_max_length_keeps_its_transformers_meaning(engine: Engine) -> None:
    gen = engine.generate(req(max_new_tokens=None, max_length=100))
    assert len(gen.prompt_ids) + len(gen.output_ids) == 100
    assert gen.finish == "length" and gen.max_new_tokens == 100 - len(gen.prompt_ids)


def test_max_length_without_room_is_a_user_error(engine: Engine) -> None:
    with pytest.raises(UserError, match="leaves no room"):
        engine.generate(req(max_new_tokens=None, max_length=3))


def test_chat_template_is_applied(engine: Engine) -> None:
    plain = engine.generate(req(model="bundled/tiny-terse"))
    chat = engine.generate(req(model="bundled/tiny-terse", chat=True))
    assert "[INST]" in chat.rendered_prompt and "[INST]" not in plain.rendered_prompt
    assert chat.fingerprint.chat_template_hash and not plain.fingerprint.chat_template_hash
    assert chat.finish == "eos" and chat.text.strip()


def test_fingerprint_marks_cpu_preview(engine: Engine) -> None:
    gen = engine.generate(req(max_new_tokens=5))
    fp = gen.fingerprint
    assert gen.preview and fp.dtype == "float32" and fp.device == "cpu"
    assert fp.revision.startswith("sha256:") and fp.tokenizer_hash and fp.torch and fp.transformers
    assert fp.attn_implementation


@pytest.mark.parametrize(
    ("prompt", "chat"),
    [
        (DRAGON, False),
        (DRAGON, True),
        ("ドラゴンの物語を聞かせてください。", False),
        ("ドラゴンの物語を一文で簡潔に教えてください。", True),
        ("1+1=?", False),
    ],
)
def test_validation_token_count_matches_transformers(
    engine: Engine, prompt: str, chat: bool
) -> None:
    _, ids = engine.render(req(prompt=prompt, chat=chat))
    assert tokens.count("bundled/tiny-chatty", None, prompt, chat, None) == len(ids)


def test_teacher_forcing_own_output_is_all_argmax(engine: Engine) -> None:
    gen = engine.generate(req(model="bundled/tiny-terse"))
    steps = engine.teacher_force(req(model="bundled/tiny-terse"), gen.prompt_ids, gen.output_ids)
    assert [s.recorded for s in steps] == gen.output_ids
    assert all(s.argmax == s.recorded and s.gap == 0 for s in steps)


def test_missing_model_names_it_and_how_to_download(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EnvironmentProblem) as info:
        engine.generate(req(model="Qwen/Qwen2.5-0.5B-Instruct-not-cached"))
    assert "Qwen/Qwen2.5-0.5B-Instruct-not-cached" in info.value.message.en
    assert info.value.hint is not None and "hf download" in info.value.hint.en


@pytest.mark.gpu
def test_cuda_fp16_is_official_and_deterministic() -> None:
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU: not yet run on a GPU (pytest -m gpu on a CUDA machine)")
    first = Engine("cuda").generate(req())
    second = Engine("cuda").generate(req())
    assert not first.preview and first.fingerprint.dtype == "float16"
    assert first.output_ids == second.output_ids
