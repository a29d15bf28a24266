"""Parity with the tutorial's script: the model's own non-sampling generation settings apply.

``pipeline("text-generation", ...)(prompt, do_sample=False)`` applies e.g. a
``repetition_penalty`` from the model's ``generation_config.json``. The grader must give the very
same tokens, record the setting in the fingerprint, and apply the same logits processors when
``verify`` teacher-forces, or it would report false divergences on such a model.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
import transformers

from grader.generate.engine import Engine
from grader.load import model_files
from grader.plan import GenerationRequest
from tests.classes import request
from tests.support import ROOT

DRAGON = "Tell me a story about a dragon."


@pytest.fixture(scope="module")
def penalised(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of tiny-chatty whose generation config sets repetition_penalty (and sampling keys,
    which greedy decoding must ignore), served under the name ``local/penalised``."""
    folder = tmp_path_factory.mktemp("models") / "penalised"
    shutil.copytree(ROOT / "grader" / "models" / "bundled" / "tiny-chatty", folder)
    config = json.loads((folder / "generation_config.json").read_text())
    config.update(repetition_penalty=2.0, temperature=0.6, top_p=0.9)
    (folder / "generation_config.json").write_text(json.dumps(config))
    original = model_files.locate

    def locate(name: str, revision: str | None) -> model_files.ModelFiles:
        return (
            model_files.ModelFiles(name, folder, "sha256:penalised")
            if name == "local/penalised"
            else original(name, revision)
        )

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(model_files, "locate", locate)
        yield folder


def _req(model: str) -> GenerationRequest:
    return request(model, DRAGON, max_new_tokens=60)


def test_tokens_equal_the_tutorials_pipeline(penalised: Path) -> None:
    engine = Engine("cpu")
    mine = engine.generate(_req("local/penalised"))
    pipe = transformers.pipeline(
        "text-generation", model=str(penalised), device="cpu", dtype=torch.float32
    )
    out = pipe(DRAGON, do_sample=False, max_new_tokens=60, return_tensors=True)[0][
        "generated_token_ids"
    ]
    assert list(out)[len(mine.prompt_ids) :] == mine.output_ids
    # ... and the setting matters, so this test can fail: without it the tokens differ.
    plain = engine.generate(_req("bundled/tiny-chatty"))
    assert plain.output_ids != mine.output_ids


def test_the_effective_setting_is_in_the_fingerprint(penalised: Path) -> None:
    gen = Engine("cpu").generate(_req("local/penalised"))
    # sampling keys dropped
    assert json.loads(gen.fingerprint.generation_config) == {"repetition_penalty": 2.0}
    assert Engine("cpu").generate(_req("bundled/tiny-chatty")).fingerprint.generation_config == ""


def test_teacher_forcing_applies_the_same_processors(penalised: Path) -> None:
    engine = Engine("cpu")
    gen = engine.generate(_req("local/penalised"))
    steps = engine.teacher_force(_req("local/penalised"), gen.prompt_ids, gen.output_ids)
    # its own output: every token the argmax
    assert all(s.gap == 0 and s.argmax == s.recorded for s in steps)
