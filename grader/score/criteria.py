"""Built-in criterion types: small pure functions over a submission's generations.

Each function takes a :class:`Context` (the runs with their generations, the baseline, the
notes) and its validated parameters, and returns an :class:`Outcome` with a bilingual evidence
message. No model, file or clock is touched here, so every criterion can be tested with a
table of hand-written generations and re-applied to recorded ones (``grader verify``).

Runs are compared with the run named by ``compare_to``, or with the baseline when they name
none. Lengths count generated tokens without the final EOS.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from grader.i18n import T, Text
from grader.results import Generation
from grader.score.registry import criterion


@dataclass(frozen=True)
class RunView:
    """A run as the criteria see it."""

    name: str
    model: str
    prompt: str
    generation: Generation
    goal: str | None = None
    compare_to: str | None = None

    @property
    def tokens(self) -> int:
        ids = self.generation.output_ids
        return len(ids) - 1 if self.generation.finish == "eos" and ids else len(ids)

    @property
    def text(self) -> str:
        return self.generation.text.strip()


@dataclass(frozen=True)
class Context:
    """Everything a criterion may look at."""

    runs: list[RunView]
    baseline: RunView
    notes: str | None = None
    by_name: dict[str, RunView] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {r.name: r for r in [self.baseline, *self.runs]})

    def compared(self, run: RunView) -> RunView:
        return self.by_name.get(run.compare_to or "baseline", self.baseline)

    def select(self, goal: str | None) -> list[RunView]:
        return [r for r in self.runs if goal is None or r.goal == goal]


@dataclass(frozen=True)
class Outcome:
    """Pass/fail plus the evidence shown to the student."""

    passed: bool
    evidence: Text
    details: dict[str, Any] = field(default_factory=dict)


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoParams(Params):
    """This type takes no parameters."""


class Selection(Params):
    goal: str | None = None
    """Only runs declaring this goal (all runs when omitted)."""
    require: Literal["any", "all"] = "any"
    """Pass when any / all selected runs satisfy the check."""


def _verdict(runs: list[RunView], ok: Callable[[RunView], bool], require: str, what: Text) -> Outcome:
    good = [r.name for r in runs if ok(r)]
    if not runs:
        return Outcome(False, T(f"no run to check ({what.en})", f"対象の実行がありません（{what.ja}）"))
    passed = bool(good) if require == "any" else len(good) == len(runs)
    names = ", ".join(good) or "-"
    return Outcome(passed, T(f"{what.en}: {names} ({len(good)}/{len(runs)} runs)",
                             f"{what.ja}: {names}（{len(good)}/{len(runs)} 件）"), {"matching_runs": good})


@criterion("model_changed", NoParams)
def model_changed(ctx: Context, p: NoParams) -> Outcome:
    """Some run uses another model than the run it is compared with."""
    return _verdict(ctx.runs, lambda r: r.model != ctx.compared(r).model, "any",
                    T("runs using a different model", "モデルを変更した実行"))


@criterion("prompt_changed", NoParams)
def prompt_changed(ctx: Context, p: NoParams) -> Outcome:
    """Some run uses another prompt (ignoring whitespace) than the run it is compared with."""
    def norm(s: str) -> str:
        return " ".join(s.split())
    return _verdict(ctx.runs, lambda r: norm(r.prompt) != norm(ctx.compared(r).prompt), "any",
                    T("runs using a different prompt", "プロンプトを変更した実行"))


class OutputChangedParams(Selection):
    max_chrf: float = 90.0
    """chrF (0-100) against the compared output must be below this: a change, not a typo."""


@functools.lru_cache(maxsize=4096)  # a class compares the same popular outputs many times
def chrf(hypothesis: str, reference: str) -> float:
    """Character n-gram F-score (sacrebleu's chrF), language-neutral; 100 for identical text."""
    from sacrebleu.metrics import CHRF  # imported here: only scoring needs it

    return float(CHRF().sentence_score(hypothesis, [reference]).score)


@criterion("output_changed", OutputChangedParams)
def output_changed(ctx: Context, p: OutputChangedParams) -> Outcome:
    """The output differs from the compared run's: not equal, and chrF below ``max_chrf``."""
    scores = {r.name: round(chrf(r.text, ctx.compared(r).text), 2) for r in ctx.select(p.goal)}
    outcome = _verdict(ctx.select(p.goal), lambda r: r.text != ctx.compared(r).text and scores[r.name] < p.max_chrf,
                       p.require, T(f"outputs changed (chrF < {p.max_chrf:g})", f"出力が変化（chrF < {p.max_chrf:g}）"))
    return Outcome(outcome.passed, outcome.evidence, {**outcome.details, "chrf": scores})


Unit = Literal["tokens", "chars", "sentences"]
# Western stops need a following space (so "1.5" is one number); CJK stops end a sentence anywhere.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$|[」』）)\"'])|[。！？]+")


def measure(run: RunView, unit: Unit) -> int:
    """Length of a run's output in tokens, characters (non-space) or sentences."""
    if unit == "tokens":
        return run.tokens
    if unit == "chars":
        return len("".join(run.text.split()))
    parts = [s for s in _SENTENCE_END.split(run.text) if s.strip()]
    return len(parts)


class ConciseParams(Params):
    goal: str = "concise"
    """Runs declaring this goal are checked (at least one must pass)."""
    unit: Unit = "tokens"
    """What is counted."""
    max: int | None = None
    """Absolute limit on the length."""
    ratio: float | None = None
    """Relative limit: length <= ratio x the compared run's length."""
    require_eos: bool = True
    """The model must have finished by itself (EOS), not been cut off by the budget."""

    @model_validator(mode="after")
    def _some_limit(self) -> ConciseParams:
        if self.max is None and self.ratio is None:
            raise ValueError("give max, ratio or both")
        return self


@criterion("concise", ConciseParams)
def concise(ctx: Context, p: ConciseParams) -> Outcome:
    """A run declared ``goal: concise`` answers shortly and finishes by EOS."""
    runs = ctx.select(p.goal)
    if not runs:
        return Outcome(False, T(f"no run declares goal: {p.goal}", f"goal: {p.goal} の実行がありません"))
    lengths = {r.name: (measure(r, p.unit), measure(ctx.compared(r), p.unit)) for r in runs}

    def ok(r: RunView) -> bool:
        own, other = lengths[r.name]
        return ((not p.require_eos or r.generation.finish == "eos")
                and (p.max is None or own <= p.max) and (p.ratio is None or own <= p.ratio * other))

    limit = " and ".join(x for x in (f"<= {p.max} {p.unit}" if p.max else "",
                                     f"<= {p.ratio:g}x compared" if p.ratio else "") if x)
    outcome = _verdict(runs, ok, "any", T(f"concise runs ({limit}{', ended by EOS' if p.require_eos else ''})",
                                          f"簡潔な実行（{limit}{'、EOS で終了' if p.require_eos else ''}）"))
    details = {n: {"length": a, "compared_length": b, "finish": ctx.by_name[n].generation.finish}
               for n, (a, b) in lengths.items()}
    return Outcome(outcome.passed, outcome.evidence, {**outcome.details, "lengths": details})


class LimitParams(Selection):
    limit: int
    """Upper bound (inclusive)."""
    require: Literal["any", "all"] = "all"


@criterion("max_tokens", LimitParams)
def max_tokens(ctx: Context, p: LimitParams) -> Outcome:
    """Selected runs generate at most ``limit`` tokens (EOS not counted)."""
    return _verdict(ctx.select(p.goal), lambda r: r.tokens <= p.limit, p.require,
                    T(f"runs within {p.limit} tokens", f"{p.limit} トークン以内の実行"))


@criterion("max_chars", LimitParams)
def max_chars(ctx: Context, p: LimitParams) -> Outcome:
    """Selected runs' outputs have at most ``limit`` characters (whitespace not counted)."""
    return _verdict(ctx.select(p.goal), lambda r: measure(r, "chars") <= p.limit, p.require,
                    T(f"runs within {p.limit} characters", f"{p.limit} 文字以内の実行"))


class ContainsParams(Selection):
    text: str
    """Text that must appear in the output."""
    case_sensitive: bool = False


@criterion("contains", ContainsParams)
def contains(ctx: Context, p: ContainsParams) -> Outcome:
    """Selected runs' outputs contain ``text``."""
    def norm(s: str) -> str:
        return s if p.case_sensitive else s.casefold()
    return _verdict(ctx.select(p.goal), lambda r: norm(p.text) in norm(r.text), p.require,
                    T(f"outputs containing {p.text!r}", f"{p.text!r} を含む出力"))


class RegexParams(Selection):
    pattern: str
    """Python regular expression searched in the output."""
    ignore_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression: {exc}") from None
        return value


@criterion("regex", RegexParams)
def regex(ctx: Context, p: RegexParams) -> Outcome:
    """Selected runs' outputs match ``pattern``."""
    compiled = re.compile(p.pattern, re.IGNORECASE if p.ignore_case else 0)
    return _verdict(ctx.select(p.goal), lambda r: compiled.search(r.text) is not None, p.require,
                    T(f"outputs matching /{p.pattern}/", f"/{p.pattern}/ に一致する出力"))


class NotesParams(Params):
    min_chars: int = 1
    """Minimum characters of notes (whitespace not counted)."""
    max_chars: int | None = None
    """Optional maximum."""


@criterion("notes_length", NotesParams)
def notes_length(ctx: Context, p: NotesParams) -> Outcome:
    """The notes (考察) have between ``min_chars`` and ``max_chars`` characters."""
    n = len("".join((ctx.notes or "").split()))
    ok = n >= p.min_chars and (p.max_chars is None or n <= p.max_chars)
    bound = f">= {p.min_chars}" + (f", <= {p.max_chars}" if p.max_chars else "")
    return Outcome(ok, T(f"notes have {n} characters (needed {bound})", f"考察は {n} 文字（必要: {bound}）"),
                   {"chars": n})
