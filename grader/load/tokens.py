"""Prompt token counts for validation, with the model's tokenizer files only (no torch).

``grader validate`` must be instant, so it cannot import transformers. The fast tokenizer's
``tokenizer.json`` is read with the ``tokenizers`` library, and chat templates are rendered with
a sandboxed Jinja2 environment configured like transformers' own. The engine re-renders with
transformers at ``check`` time and that count is authoritative; the tests keep both equal on
the bundled models. When a model's files are not in the local cache the count is unknown
(``None``) and the limit is checked at ``check`` time instead.

Counts are also remembered across runs (:class:`Remembered`, in the user's cache folder), keyed
by the prompt, the template and the size and mtime of the tokenizer files: a student validates
the same file again and again, and importing Jinja2 and the tokenizer is most of what a repeated
``validate`` would otherwise spend. A damaged or unwritable file is ignored; it is only a cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from grader import __version__
from grader.load.model_files import folder_of
from grader.util.errors import EnvironmentProblem
from grader.util.files import cache_folder, write_atomic

_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja")


class Remembered:
    """Prompt token counts kept in one small JSON file between runs (at most :attr:`LIMIT`)."""

    LIMIT = 20_000
    """Entries kept; the oldest go first (a class of 300 has about a thousand prompts)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.new: dict[str, int] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            known = data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            known = {}
        self.known = {k: v for k, v in known.items() if isinstance(v, int)}

    def get(self, key: str) -> int | None:
        return self.new.get(key, self.known.get(key))

    def put(self, key: str, value: int) -> None:
        self.new[key] = value

    def save(self) -> None:
        """Write the new counts (atomically; any failure leaves the old file as it was)."""
        if not self.new:
            return
        merged = {**self.known, **self.new}
        kept = dict(list(merged.items())[-self.LIMIT :])
        try:  # no fsync: a cache that a power loss damages is ignored and written again
            write_atomic(self.path, json.dumps(kept), sync=False)
        except EnvironmentProblem:
            return
        self.known, self.new = kept, {}


@functools.lru_cache(maxsize=1)
def remembered() -> Remembered:
    """This process's view of the remembered counts (read once)."""
    return Remembered(cache_folder() / "token-counts.json")


def _key(folder: Path, prompt: str, chat: bool, template: str | None) -> str:
    """What a count depends on: the tokenizer files as they are now, the template, the prompt (and
    the grader's version, which fixes how it counts)."""
    stamps = []
    for name in _TOKENIZER_FILES:
        try:
            info = (folder / name).stat()
            stamps.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
        except OSError:
            stamps.append(f"{name}:-")
    parts = [__version__, str(folder), *stamps, str(chat), template or "", prompt]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


@functools.lru_cache(maxsize=16)
def _tokenizer(folder: Path) -> Any:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(folder / "tokenizer.json"))


@functools.lru_cache(maxsize=16)
def _config(folder: Path) -> dict[str, Any]:
    path = folder / "tokenizer_config.json"
    config = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    template = folder / "chat_template.jinja"
    if template.is_file():
        config["chat_template"] = template.read_text(encoding="utf-8")
    return config


def _token_text(value: Any) -> str:
    return value.get("content", "") if isinstance(value, dict) else (value or "")


@functools.lru_cache(maxsize=16)
def _compiled(template: str) -> Any:
    """A chat template compiled once per process: a class names the same few templates
    thousands of times, and compiling is what made validating chat runs slow."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message: str) -> None:
        raise ValueError(message)

    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    env.filters["tojson"] = lambda x, **kw: json.dumps(x, ensure_ascii=False, **kw)
    env.globals["raise_exception"] = raise_exception
    return env.from_string(template)


def render_chat(template: str, prompt: str, config: dict[str, Any]) -> str:
    """Render a chat template for one user message, as transformers' apply_chat_template does."""
    return str(
        _compiled(template).render(
            messages=[{"role": "user", "content": prompt}],
            add_generation_prompt=True,
            bos_token=_token_text(config.get("bos_token")),
            eos_token=_token_text(config.get("eos_token")),
        )
    )


@functools.lru_cache(maxsize=4096)  # a class repeats its prompts; validation asks twice per run
def count(
    model: str, revision: str | None, prompt: str, chat: bool, chat_template: str | None
) -> int | None:
    """Prompt tokens the model will see, or None when its tokenizer is not available locally."""
    folder = _tokenizer_folder(model, revision)
    if folder is None:
        return None
    key = _key(folder, prompt, chat, chat_template)
    known = remembered().get(key)
    if known is not None:
        return known
    counted = _count(folder, prompt, chat, chat_template)
    if counted is not None:
        remembered().put(key, counted)
    return counted


def _count(folder: Path, prompt: str, chat: bool, chat_template: str | None) -> int | None:
    tok = _tokenizer(folder)
    if not chat:
        return len(tok.encode(prompt, add_special_tokens=True).ids)
    template = chat_template or _config(folder).get("chat_template")
    if not template:
        return None
    rendered = render_chat(template, prompt, _config(folder))
    return len(tok.encode(rendered, add_special_tokens=False).ids)


def decode(model: str, revision: str | None, ids: list[int]) -> str | None:
    """``ids`` decoded as the engine decodes an output (special tokens skipped), with the model's
    own tokenizer files and no torch; None when they are not here."""
    folder = _tokenizer_folder(model, revision)
    if folder is None:
        return None
    return str(_tokenizer(folder).decode(ids, skip_special_tokens=True))


def _tokenizer_folder(model: str, revision: str | None) -> Path | None:
    """Where the model's ``tokenizer.json`` is, or None when it is not here."""
    try:
        folder = folder_of(model, revision)
    except EnvironmentProblem:
        return None
    return folder if (folder / "tokenizer.json").is_file() else None
