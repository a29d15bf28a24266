"""Prompt token counts for validation, with the model's tokenizer files only (no torch).

``grader validate`` must be instant, so it cannot import transformers. The fast tokenizer's
``tokenizer.json`` is read with the ``tokenizers`` library, and chat templates are rendered with
a sandboxed Jinja2 environment configured like transformers' own. The engine re-renders with
transformers at ``check`` time and that count is authoritative; the tests keep both equal on
the bundled models. When a model's files are not in the local cache the count is unknown
(``None``) and the limit is checked at ``check`` time instead.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from grader.errors import EnvironmentProblem
from grader.load.model_files import locate


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
    try:
        folder = locate(model, revision).folder
    except EnvironmentProblem:
        return None
    if not (folder / "tokenizer.json").is_file():
        return None
    tok = _tokenizer(folder)
    if not chat:
        return len(tok.encode(prompt, add_special_tokens=True).ids)
    template = chat_template or _config(folder).get("chat_template")
    if not template:
        return None
    return len(
        tok.encode(render_chat(template, prompt, _config(folder)), add_special_tokens=False).ids
    )
