"""The criterion registry: criterion types by the name an assignment YAML uses.

A criterion type is a pure function ``(Context, Params) -> Outcome`` registered with
``@criterion("name", Params)``. Built-ins live in :mod:`grader.score.criteria`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from grader.i18n import T, Text


@dataclass(frozen=True)
class Criterion:
    name: str
    fn: Callable[..., Any]
    params: type[BaseModel]


_REGISTRY: dict[str, Criterion] = {}


def criterion(name: str, params: type[BaseModel]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``fn`` as criterion type ``name`` with parameter schema ``params``."""
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        _REGISTRY[name] = Criterion(name, fn, params)
        return fn
    return register


def names() -> list[str]:
    import grader.score.criteria  # noqa: F401  (registers the built-ins)
    return sorted(_REGISTRY)


def get(name: str) -> Criterion:
    """The criterion type ``name``; ``KeyError`` names the valid ones."""
    if name not in names():
        raise KeyError(f"unknown criterion type {name!r}; valid: {', '.join(names())}")
    return _REGISTRY[name]


def check_params(name: str, params: dict[str, Any]) -> Text | None:
    """None when ``params`` fit type ``name``, else a message (unknown type lists valid ones)."""
    if name not in names():
        valid = ", ".join(names())
        return T(f"unknown criterion type {name!r}; valid types: {valid}", f"不明な基準タイプ {name!r}。使えるタイプ: {valid}")
    try:
        _REGISTRY[name].params.model_validate(params)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        return T(f"params of {name}: {where}: {first['msg']}", f"{name} の params: {where}: {first['msg']}")
    return None
