"""Real (non-bundled) models load through the same code path, from a local Hugging Face cache.

A copy of a bundled model laid out as a Hub cache entry (``models--org--name/snapshots/<rev>``)
stands in for a course model; nothing is downloaded. The grader reads HF_HUB_CACHE when it
locates a model (:func:`grader.load.model_files.hub_cache`), so the cases run in this process,
on a fresh engine, with one cache that holds a good model and a corrupt one.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.classes import request
from tests.support import ROOT

REV = "0123456789abcdef0123456789abcdef01234567"
CASES = [
    ("uec/tiny-terse", REV),
    ("bundled/tiny-terse", ""),
    ("uec/tiny-terse", "f" * 40),
    ("uec/broken", REV),
]


def _entry(cache: Path, name: str, corrupt: bool = False) -> None:
    snapshot = cache / f"models--uec--{name}" / "snapshots" / REV
    shutil.copytree(ROOT / "grader" / "models" / "bundled" / "tiny-terse", snapshot)
    (cache / f"models--uec--{name}" / "refs").mkdir()
    (cache / f"models--uec--{name}" / "refs" / "main").write_text(REV)
    if corrupt:
        (snapshot / "model.safetensors").write_bytes(b"not a safetensors file")


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], dict[str, Any]]:
    """Each case generated on a fresh engine (what it returned, or the problem it raised)."""
    from grader.generate.engine import Engine
    from grader.util.errors import EnvironmentProblem

    cache = tmp_path_factory.mktemp("hub")
    _entry(cache, "tiny-terse")
    _entry(cache, "broken", corrupt=True)
    engine = Engine("cpu")
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HF_HUB_CACHE", str(cache))
        env.setenv("HF_HUB_OFFLINE", "1")
        for model, revision in CASES:
            req = request(model, "1+1=?", max_new_tokens=20)
            req = req.model_copy(update={"revision": revision or None})
            try:
                gen = engine.generate(req)
            except EnvironmentProblem as exc:
                hint = exc.hint.en if exc.hint else ""
                out[model, revision] = {"problem": exc.message.en, "hint": hint}
            else:
                out[model, revision] = {"ids": gen.output_ids, "revision": gen.fingerprint.revision}
    return out


def test_a_cached_hub_model_generates_like_its_bundled_twin(
    results: dict[tuple[str, str], dict[str, Any]],
) -> None:
    hub, bundled = results["uec/tiny-terse", REV], results["bundled/tiny-terse", ""]
    assert hub["revision"] == REV and hub["ids"] == bundled["ids"]


@pytest.mark.parametrize(
    ("case", "fragment"),
    [
        (("uec/tiny-terse", "f" * 40), "is not in the local cache"),
        (("uec/broken", REV), "cannot load uec/broken"),
    ],
)
def test_missing_or_broken_models_are_environment_problems(
    results: dict[tuple[str, str], dict[str, Any]], case: tuple[str, str], fragment: str
) -> None:
    assert fragment in results[case]["problem"]
