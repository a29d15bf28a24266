"""Where a model's files are: bundled names to the package's folders, Hub ids to the local cache.

Models are resolved strictly locally: ``bundled/...`` names to the package's own folders, Hub
ids to a snapshot in the Hugging Face cache (``HF_HUB_CACHE``, else ``HF_HOME``/hub), read when
a model is located rather than once at import as huggingface_hub reads them. Nothing is ever
downloaded here, and nothing imports torch: validation counts prompt tokens with these files,
and the fingerprint hashes them.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from grader.models import BUNDLED_PREFIX, bundled_path
from grader.util.errors import EnvironmentProblem
from grader.util.i18n import T, Text


@dataclass(frozen=True)
class ModelFiles:
    """A model resolved to a local folder."""

    name: str
    folder: Path
    revision: str
    """Hub commit hash, or ``sha256:<weights>`` for bundled/local models."""


def hub_cache() -> str:
    """The Hugging Face cache folder as huggingface_hub resolves it, read from the environment
    now: a process that set ``HF_HOME`` after importing huggingface_hub still gets it. (A string:
    :func:`locate` runs a few times per generation, and pathlib was most of its cost.)"""
    env = os.environ
    explicit = env.get("HF_HUB_CACHE") or env.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return os.path.expanduser(explicit)
    home = env.get("HF_HOME") or os.path.join(
        env.get("XDG_CACHE_HOME") or "~/.cache", "huggingface"
    )
    return os.path.join(os.path.expanduser(home), "hub")


def locate(name: str, revision: str | None) -> ModelFiles:
    """Resolve a model name to its local files, or raise :class:`EnvironmentProblem`."""
    return _locate(name, revision, hub_cache())


def folder_of(name: str, revision: str | None) -> Path:
    """The model's local folder alone, or raise :class:`EnvironmentProblem`: what validation
    needs to count tokens, without hashing a bundled model's weights for its revision."""
    return _folder(name, revision, hub_cache())


@functools.lru_cache(maxsize=64)
def _locate(name: str, revision: str | None, cache: str) -> ModelFiles:
    folder = _folder(name, revision, cache)
    if name.startswith(BUNDLED_PREFIX):
        return ModelFiles(
            name, folder, "sha256:" + sha256_files([folder / "model.safetensors"])[:16]
        )
    return ModelFiles(name, folder, folder.name)


@functools.lru_cache(maxsize=64)
def _folder(name: str, revision: str | None, cache: str) -> Path:
    if name.startswith(BUNDLED_PREFIX):
        try:
            folder = bundled_path(name)
        except KeyError:
            raise _missing(name, revision, cache) from None
        if not (folder / "model.safetensors").is_file():
            raise EnvironmentProblem(
                T(
                    f"bundled model {name} is missing from {folder}",
                    f"同梱モデル {name} が {folder} にありません",
                ),
                T(
                    "rebuild it: python -m grader.models.build",
                    "再構築してください: python -m grader.models.build",
                ),
            )
        return folder
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(
            str(
                snapshot_download(
                    name, revision=revision, local_files_only=True, cache_dir=str(cache)
                )
            )
        )
    except (LocalEntryNotFoundError, OSError, ValueError):
        raise _missing(name, revision, cache) from None


def missing(models: Iterable[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The ``(name, revision)`` pairs that are not in the local cache, each once, in order."""
    absent = []
    for name, revision in dict.fromkeys(models):
        try:
            locate(name, revision)
        except EnvironmentProblem:
            absent.append((name, revision))
    return absent


def download_command(name: str, revision: str | None) -> str:
    return f"hf download {name}" + (f" --revision {revision}" if revision else "")


GATED = ("meta-llama/",)
"""Hub organisations whose models need a login and an accepted licence before downloading."""


def _missing(name: str, revision: str | None, cache: str) -> EnvironmentProblem:
    return EnvironmentProblem(
        T(
            f"model {name}{' @ ' + revision if revision else ''} is not in the local cache "
            f"({cache})",
            f"モデル {name}{' @ ' + revision if revision else ''} "
            f"がローカルキャッシュ（{cache}）にありません",
        ),
        download_hint([(name, revision)]),
    )


def download_hint(models: list[tuple[str, str | None]]) -> Text:
    """How to get ``models`` into the local cache: one ``hf download`` command for one model, a
    block of them for several, and the login that gated ones need first."""
    gated = any(name.startswith(GATED) for name, _ in models)
    commands = [download_command(n, r) for n, r in models]
    if len(commands) == 1:
        en_do = f"download it once where there is network: {commands[0]} (set HF_HOME to the "
        en_do += "shared cache)"
        ja_do = f"ネットワークのある環境で一度ダウンロードしてください: {commands[0]}"
        ja_do += "（共有キャッシュは HF_HOME で指定）"
        en_login = "; this model needs 'hf auth login' and its licence accepted on the Hub first"
        ja_login = "。このモデルは事前に 'hf auth login' と Hub でのライセンス同意が必要です"
    else:
        block = "\n      " + "\n      ".join(commands)
        en_do = "download them once where there is network (set HF_HOME to the shared cache):"
        en_do += block
        ja_do = "ネットワークのある環境で一度ダウンロードしてください（共有キャッシュは HF_HOME "
        ja_do += "で指定）:" + block
        en_login = "\n    meta-llama models need 'hf auth login' and their licence accepted on "
        en_login += "the Hub first"
        ja_login = (
            "\n    meta-llama のモデルは事前に 'hf auth login' と Hub でのライセンス同意が必要です"
        )
    return T(en_do + (en_login if gated else ""), ja_do + (ja_login if gated else ""))


def sha256_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def unloadable(name: str, folder: Path, exc: Exception) -> EnvironmentProblem:
    """The model ``name`` in ``folder`` cannot be loaded here (``exc``: why): exit 3, with what to
    try. The engine raises it, so one model's damage fails only the submissions that need it."""
    return EnvironmentProblem(
        T(
            f"cannot load {name} from {folder}: {exc}",
            f"{name} を {folder} から読み込めません: {exc}",
        ),
        T(
            "re-download the model, or check that this transformers version supports it",
            "モデルを再ダウンロードするか、この transformers が対応しているか確認してください",
        ),
    )
