"""The registry: the decorator records a type under its YAML name, once; the built-in table is
read-only and complete (every decorated function in the built-in modules is in it)."""

from __future__ import annotations

import inspect

import pytest

from grader.score import criteria, experiment, registry, steering
from grader.score.builtins import BUILTINS
from grader.score.context import Context
from grader.score.registry import Outcome, Params, criterion
from grader.util.i18n import T


def test_a_name_registers_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "REGISTERED", {})

    @criterion("always", Params)
    def always(ctx: Context, p: Params) -> Outcome:
        return Outcome(True, T("yes", "はい"))

    assert (
        registry.REGISTERED["always"].fn is always
        and registry.REGISTERED["always"].params is Params
    )
    with pytest.raises(ValueError, match="registered twice"):
        criterion("always", Params)(always)


def test_the_builtin_table_is_read_only_and_names_every_criterion_function() -> None:
    with pytest.raises(TypeError):
        BUILTINS["mine"] = BUILTINS["regex"]  # type: ignore[index]
    decorated = {c.fn for c in BUILTINS.values()}
    for module in (criteria, experiment, steering):
        public = [
            fn
            for name, fn in inspect.getmembers(module, inspect.isfunction)
            if fn.__module__ == module.__name__
            and not name.startswith("_")
            and list(inspect.signature(fn).parameters) == ["ctx", "p"]
        ]
        assert public and set(public) <= decorated
