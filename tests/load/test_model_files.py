"""Where a model's files are: the bundled ones always, a Hub model only in the local cache;
``missing`` lists the absent ones once each, in order, for one block of download commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.load import model_files
from grader.load.model_files import download_command, folder_of, locate, missing
from grader.util.errors import EnvironmentProblem

QWEN = ("Qwen/Qwen2.5-0.5B-Instruct", "7ae557604adf67be50417f59c2c2f167def9a775")
LLAMA = ("meta-llama/Llama-2-7b-chat-hf", None)


@pytest.mark.parametrize(
    ("models", "expected"),
    [
        ([("bundled/tiny-chatty", None), ("bundled/tiny-terse", None)], []),
        ([("bundled/tiny-chatty", None), QWEN, LLAMA, QWEN], [QWEN, LLAMA]),
        ([LLAMA, ("bundled/tiny-terse", None), LLAMA], [LLAMA]),
    ],
)
def test_missing_lists_the_absent_models_once_in_order(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    models: list[tuple[str, str | None]],
    expected: list[tuple[str, str | None]],
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    assert missing(models) == expected


@pytest.mark.parametrize(
    ("model", "command"),
    [
        (QWEN, f"hf download {QWEN[0]} --revision {QWEN[1]}"),
        (LLAMA, f"hf download {LLAMA[0]}"),
    ],
)
def test_download_command(model: tuple[str, str | None], command: str) -> None:
    assert download_command(*model) == command


@pytest.mark.parametrize("name", ["bundled/tiny-chatty", "bundled/tiny-terse"])
def test_folder_of_a_bundled_model_is_locates_folder_without_hashing_its_weights(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Validation counts tokens with the folder alone; only ``locate`` hashes the weights."""
    model_files._folder.cache_clear()
    hashed: list[list[Path]] = []
    real = model_files.sha256_files

    def counting(paths: list[Path]) -> str:
        hashed.append(paths)
        return real(paths)

    monkeypatch.setattr(model_files, "sha256_files", counting)
    folder = folder_of(name, None)
    assert hashed == []
    assert (folder / "tokenizer.json").is_file()
    model_files._locate.cache_clear()
    files = locate(name, None)
    assert files.folder == folder
    assert hashed == [[folder / "model.safetensors"]]
    assert files.revision == "sha256:" + real([folder / "model.safetensors"])[:16]


@pytest.mark.parametrize("model", [("bundled/no-such-model", None), QWEN, LLAMA])
def test_folder_of_an_absent_model_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model: tuple[str, str | None]
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(EnvironmentProblem) as raised:
        folder_of(*model)
    assert model[0] in raised.value.message.en
