"""Generic built-in criterion types: small pure functions over a submission's generations.

Each function takes a :class:`Context` (the runs with their generations, the baseline, the
notes) and its validated parameters, and returns an :class:`Outcome` with a bilingual evidence
message. No model, file or clock is touched here, so every criterion can be tested with a
table of hand-written generations and re-applied to recorded ones (``grader verify``). The
exercise's controlled-experiment criteria live in :mod:`grader.score.experiment` and
:mod:`grader.score.steering`.

Runs are compared with the run named by ``compare_to``, or with the baseline when they name
none. Lengths count generated tokens without the final EOS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from pydantic import field_validator

from grader.score import text
from grader.score.claims import claims_review
from grader.score.context import Context, RunView
from grader.score.grounded import grounded_review
from grader.score.intended import intended_review
from grader.score.laid_out import laid_out
from grader.score.narrated import narrated_review
from grader.score.notes import corpus_key, own_keys, own_text
from grader.score.observed import observed_review
from grader.score.patched import patched_review
from grader.score.predicted import predicted_review
from grader.score.prompts import same_prompt
from grader.score.registry import Outcome, Params, criterion
from grader.score.shared_only import shared_only_review
from grader.score.sounds import sounded_review
from grader.score.stated import stated_review
from grader.util.i18n import T, Text


class Selection(Params):
    goal: str | None = None
    """Only runs declaring this goal (all runs when omitted)."""
    require: Literal["any", "all"] = "any"
    """Pass when any / all selected runs satisfy the check."""


def _verdict(
    runs: list[RunView], ok: Callable[[RunView], bool], require: str, what: Text
) -> Outcome:
    good = [r.name for r in runs if ok(r)]
    if not runs:
        return Outcome(
            False, T(f"no run to check ({what.en})", f"対象の実行がありません（{what.ja}）")
        )
    passed = bool(good) if require == "any" else len(good) == len(runs)
    names = ", ".join(good) or "-"
    return Outcome(
        passed,
        T(
            f"{what.en}: {names} ({len(good)}/{len(runs)} runs)",
            f"{what.ja}: {names}（{len(good)}/{len(runs)} 件）",
        ),
        {"matching_runs": good},
    )


@criterion("model_changed", Params)
def model_changed(ctx: Context, p: Params) -> Outcome:
    """Some run uses another model than the run it is compared with."""
    return _verdict(
        ctx.runs,
        lambda r: r.model != ctx.compared(r).model,
        "any",
        T("runs using a different model", "モデルを変更した実行"),
    )


@criterion("prompt_changed", Params)
def prompt_changed(ctx: Context, p: Params) -> Outcome:
    """Some run uses another prompt than the run it is compared with (the same prompt however it
    is typed: see :mod:`grader.score.prompts`)."""
    return _verdict(
        ctx.runs,
        lambda r: not same_prompt(r.prompt, ctx.compared(r).prompt),
        "any",
        T("runs using a different prompt", "プロンプトを変更した実行"),
    )


class OutputChangedParams(Selection):
    max_chrf: float = 90.0
    """chrF (0-100) against the compared output must be below this: a change, not a typo."""


@criterion("output_changed", OutputChangedParams)
def output_changed(ctx: Context, p: OutputChangedParams) -> Outcome:
    """The output differs from the compared run's: not equal, chrF below ``max_chrf``, and not one
    cut short of the other (truncation is not a change)."""
    runs = ctx.select(p.goal)
    scores = {r.name: round(text.chrf(r.text, ctx.compared(r).text), 2) for r in runs}

    def changed(r: RunView) -> bool:
        other = ctx.compared(r).text
        return (
            r.text != other
            and scores[r.name] < p.max_chrf
            and not text.cut_short(
                r.text, r.generation.finish, other, ctx.compared(r).generation.finish
            )
        )

    outcome = _verdict(
        runs,
        changed,
        p.require,
        T(
            f"outputs changed (chrF < {p.max_chrf:g}, not cut short)",
            f"出力が変化（chrF < {p.max_chrf:g}、切れただけではない）",
        ),
    )
    return Outcome(outcome.passed, outcome.evidence, {**outcome.details, "chrf": scores})


class LimitParams(Selection):
    limit: int
    """Upper bound (inclusive)."""
    require: Literal["any", "all"] = "all"


@criterion("max_tokens", LimitParams)
def max_tokens(ctx: Context, p: LimitParams) -> Outcome:
    """Selected runs generate at most ``limit`` tokens (EOS not counted)."""
    return _verdict(
        ctx.select(p.goal),
        lambda r: r.tokens <= p.limit,
        p.require,
        T(f"runs within {p.limit} tokens", f"{p.limit} トークン以内の実行"),
    )


@criterion("max_chars", LimitParams)
def max_chars(ctx: Context, p: LimitParams) -> Outcome:
    """Selected runs' outputs have at most ``limit`` characters (whitespace not counted)."""
    return _verdict(
        ctx.select(p.goal),
        lambda r: text.chars(r.text) <= p.limit,
        p.require,
        T(f"runs within {p.limit} characters", f"{p.limit} 文字以内の実行"),
    )


class ContainsParams(Selection):
    text: str
    """Text that must appear in the output."""
    case_sensitive: bool = False


@criterion("contains", ContainsParams)
def contains(ctx: Context, p: ContainsParams) -> Outcome:
    """Selected runs' outputs contain ``text``."""

    def norm(s: str) -> str:
        return s if p.case_sensitive else s.casefold()

    return _verdict(
        ctx.select(p.goal),
        lambda r: norm(p.text) in norm(r.text),
        p.require,
        T(f"outputs containing {p.text!r}", f"{p.text!r} を含む出力"),
    )


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
    return _verdict(
        ctx.select(p.goal),
        lambda r: compiled.search(r.text) is not None,
        p.require,
        T(f"outputs matching /{p.pattern}/", f"/{p.pattern}/ に一致する出力"),
    )


class NotesParams(Params):
    min_chars: int = 1
    """Minimum characters of notes (whitespace not counted)."""
    max_chars: int | None = None
    """Optional maximum."""


@criterion("notes_length", NotesParams)
def notes_length(ctx: Context, p: NotesParams) -> Outcome:
    """The notes (考察) have ``min_chars`` to ``max_chars`` characters of the student's own:
    sentences that stand in the READMEs, the description, the template (its comments too) or a
    shipped file, and the model's own answers pasted (rt34), aside."""
    # the shipped sentences first, then the answers: no copy of the class-wide corpus per file
    answers = corpus_key(r.text for r in ctx.by_name.values())
    own = own_text(own_text(ctx.notes, ctx.corpus), answers)
    # every sentence but the answers' own, a table's rows and asides as sentences (pass 154)
    said = own_text(laid_out(ctx.notes or ""), answers)
    n = text.chars(own)
    ok = n >= p.min_chars and (p.max_chars is None or n <= p.max_chars)
    bound = f">= {p.min_chars}" + (f", <= {p.max_chars}" if p.max_chars else "")
    hint = (
        None
        if ok
        else T(
            "write what you observed in your own words (sentences from the template, the "
            "examples or the README do not count)",
            "気づいたことを自分の言葉で書いてください（テンプレート・例・README の文は数えません）",
        )
    )
    return Outcome(
        ok,
        T(
            f"notes have {n} characters of your own (needed {bound})",
            f"考察は自分の文が {n} 文字（必要: {bound}）",
        ),
        {"chars": n},
        hint,
        review=(
            observed_review(own, ctx.by_name.values(), ctx.topic)
            or narrated_review(own, ctx.by_name.values(), ctx.topic)
            or patched_review(own_keys(own, ""), ctx.published.said, ctx.published.sha256)
            or sounded_review(own, ctx.sounds)
            or shared_only_review(own, ctx.by_name.values(), ctx.topic, ctx.notes or "")
            or predicted_review(own)
            or intended_review(own)
            # a claim is checked wherever its sentence came from (a published one too, rt143-05,
            # rt150-09)
            or claims_review(said, ctx.by_name.values())
            or stated_review(said, ctx.notes or "", ctx.by_name.values())
            or grounded_review(own, ctx.by_name.values(), ctx.topic, ctx.notes or "")
        )
        if ok
        else None,
    )
