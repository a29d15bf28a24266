"""Real (non-bundled) models load through the same code path, from a local Hugging Face cache.

A copy of a bundled model laid out as a Hub cache entry (``models--org--name/snapshots/<rev>``)
stands in for a course model; nothing is downloaded. HF_HUB_CACHE is read when huggingface_hub
is imported, so each case runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
REV = "0123456789abcdef0123456789abcdef01234567"
SCRIPT = """
import json, sys
from grader.errors import EnvironmentProblem
from grader.generate.engine import Engine
from grader.plan import GenerationRequest
req = GenerationRequest(model=sys.argv[1], revision=sys.argv[2], prompt="1+1=?", chat=False, chat_template=None,
                        max_new_tokens=20, max_length=None)
try:
    gen = Engine("cpu").generate(req)
except EnvironmentProblem as exc:
    print(json.dumps({"problem": exc.message.en, "hint": exc.hint.en if exc.hint else ""}))
else:
    print(json.dumps({"ids": gen.output_ids, "revision": gen.fingerprint.revision}))
"""


def _hub(tmp_path: Path, corrupt: bool = False) -> Path:
    cache = tmp_path / "hub"
    snapshot = cache / "models--uec--tiny-terse" / "snapshots" / REV
    shutil.copytree(ROOT / "grader" / "models" / "bundled" / "tiny-terse", snapshot)
    (cache / "models--uec--tiny-terse" / "refs").mkdir()
    (cache / "models--uec--tiny-terse" / "refs" / "main").write_text(REV)
    if corrupt:
        (snapshot / "model.safetensors").write_bytes(b"not a safetensors file")
    return cache


def _run(cache: Path, model: str, revision: str) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "HF_HUB_CACHE": str(cache), "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, model, revision], capture_output=True, text=True, env=env, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_cached_hub_model_generates_like_its_bundled_twin(tmp_path: Path) -> None:
    hub = _run(_hub(tmp_path), "uec/tiny-terse", REV)
    bundled = _run(tmp_path, "bundled/tiny-terse", "")
    assert hub["revision"] == REV and hub["ids"] == bundled["ids"]


@pytest.mark.parametrize(("corrupt", "revision", "fragment"), [
    (False, "f" * 40, "is not in the local cache"),
    (True, REV, "cannot load uec/tiny-terse"),
])
def test_missing_or_broken_models_are_environment_problems(tmp_path: Path, corrupt: bool, revision: str, fragment: str) -> None:
    result = _run(_hub(tmp_path, corrupt), "uec/tiny-terse", revision)
    assert fragment in result["problem"]
