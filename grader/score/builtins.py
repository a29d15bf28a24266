"""The built-in criterion types, by the name an assignment YAML uses (like sacrebleu's ``METRICS``).

Importing this module registers the generic types (:mod:`grader.score.criteria`) and exercise 1's
(:mod:`grader.score.experiment`, :mod:`grader.score.steering`). Lookups go through here, so an
unknown name always lists the valid ones. Adding a type is a decorated function in one of those
modules.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from grader.score import criteria, experiment, steering  # noqa: F401  (importing them registers their types)
from grader.score.registry import REGISTERED, Criterion
from grader.util.i18n import T, Text

BUILTINS: Mapping[str, Criterion] = MappingProxyType(REGISTERED)
"""Every built-in criterion type by name (read-only)."""


def names() -> list[str]:
    return sorted(BUILTINS)


def get(name: str) -> Criterion:
    """The criterion type ``name``; ``KeyError`` names the valid ones."""
    if name not in BUILTINS:
        raise KeyError(f"unknown criterion type {name!r}; valid: {', '.join(names())}")
    return BUILTINS[name]


def param_problem(name: str, params: dict[str, Any]) -> Text | None:
    """None when ``params`` fit type ``name``, else a message (unknown type lists valid ones)."""
    if name not in BUILTINS:
        valid = ", ".join(names())
        return T(
            f"unknown criterion type {name!r}; valid types: {valid}",
            f"不明な基準タイプ {name!r}。使えるタイプ: {valid}",
        )
    try:
        BUILTINS[name].params.model_validate(params)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        return T(
            f"params of {name}: {where}: {first['msg']}",
            f"{name} の params: {where}: {first['msg']}",
        )
    return None
