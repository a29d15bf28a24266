"""Where a model's files are: the bundled ones always, a Hub model only in the local cache;
``missing`` lists the absent ones once each, in order, for one block of download commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.load.model_files import download_command, missing

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
