"""The criterion registry: criterion types by the name an assignment YAML uses.

A criterion type is a pure function ``(Context, Params) -> Outcome`` registered with
``@criterion("name", Params)``. The built-ins live in :mod:`grader.score.criteria` (generic) and
:mod:`grader.score.experiment` (exercise 1's controlled experiments); :data:`BUILTIN_MODULES`
names them, and they register when the registry is first asked.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from grader.i18n import T, Text

BUILTIN_MODULES = ("grader.score.criteria", "grader.score.experiment")


class Params(BaseModel):
    """Parameters of a criterion type (this base takes none)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class Outcome:
    """Pass/fail, the evidence shown to the student, the numbers behind it, what to try next."""

    passed: bool
    evidence: Text
    details: dict[str, Any] = field(default_factory=dict)
    hint: Text | None = None


@dataclass(frozen=True)
class Criterion:
    name: str
    fn: Callable[..., Outcome]
    params: type[BaseModel]


_REGISTRY: dict[str, Criterion] = {}


def criterion(name: str, params: type[BaseModel]) -> Callable[[Callable[..., Outcome]], Callable[..., Outcome]]:
    """Register ``fn`` as criterion type ``name`` with parameter schema ``params``."""
    def register(fn: Callable[..., Outcome]) -> Callable[..., Outcome]:
        _REGISTRY[name] = Criterion(name, fn, params)
        return fn
    return register


def names() -> list[str]:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
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
