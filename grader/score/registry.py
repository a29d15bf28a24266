"""The criterion registry: the ``@criterion`` decorator and the types it registered, by name.

A criterion type is a pure function ``(Context, Params) -> Outcome`` (:class:`CriterionFn`)
registered with ``@criterion("name", Params)`` under the name an assignment YAML uses. This
module imports no criterion; :mod:`grader.score.builtins` imports the built-in ones and is where
the rest of the grader looks a type up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict

from grader.score.context import Context
from grader.util.i18n import Text


class Params(BaseModel):
    """Parameters of a criterion type (this base takes none)."""

    # built when first used
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@dataclass(frozen=True)
class RunOutcome:
    """How one run fared under a criterion that judges runs one by one."""

    run: str
    """The run's name (``baseline``, a student's run)."""
    passed: bool
    evidence: Text
    hint: Text | None = None
    review: Text | None = None
    """Why a TA should look: the run passed, but near a threshold where no measure is sure."""


@dataclass(frozen=True)
class Outcome:
    """Pass/fail, the evidence shown to the student, the numbers behind it, what to try next;
    for a criterion that judges runs one by one, each run's own outcome (in file order)."""

    passed: bool
    evidence: Text
    details: dict[str, Any] = field(default_factory=dict)
    hint: Text | None = None
    review: Text | None = None
    """Why a TA should look at a credit that passed near its threshold (None: it is clear)."""
    runs: tuple[RunOutcome, ...] = ()


P_contra = TypeVar("P_contra", bound=Params, contravariant=True)
P = TypeVar("P", bound=Params)


class CriterionFn(Protocol[P_contra]):
    """A criterion type: pass/fail of one graded submission (``ctx``) under ``params``."""

    def __call__(self, ctx: Context, params: P_contra, /) -> Outcome: ...


@dataclass(frozen=True)
class Criterion:
    """A registered criterion type: its YAML name, its function and its parameter schema."""

    name: str
    fn: CriterionFn[Any]
    params: type[Params]


REGISTERED: dict[str, Criterion] = {}
"""Every criterion type registered so far, by name."""


def criterion(name: str, params: type[P]) -> Callable[[CriterionFn[P]], CriterionFn[P]]:
    """Register ``fn`` as criterion type ``name`` with parameter schema ``params``."""

    def register(fn: CriterionFn[P]) -> CriterionFn[P]:
        if name in REGISTERED:
            raise ValueError(f"criterion type {name!r} is registered twice")
        REGISTERED[name] = Criterion(name, fn, params)
        return fn

    return register
