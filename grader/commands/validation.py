"""``grader validate`` as a library call: every submission named (a file, or a folder searched as
``grade`` finds its files), each with its errors, or with the warnings of what ``check`` would
say early without generating anything:

* no run declares a ``goal:`` (part 2 of the exercise is missing);
* its runs are a shipped file's (the template, an example, a reference submission), by the very
  measure of the ``original_work`` criterion, which compares declared runs only.

Warnings never fail a file: a valid file keeps exit 0. Generation, scoring of outputs and the
rendering of the lines are left to ``check`` and to the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from grader.commands.assignment import assignment_for
from grader.load.assignments import LoadedAssignment
from grader.load.discover import Found, discover
from grader.load.reading import read_found
from grader.load.validate import LoadedSubmission, hashed, load_submission
from grader.score.experiment import OWN_WORK_HINT
from grader.score.similar import first_copy, itself, run_set, shipped_view
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T
from grader.util.textsafe import display_name


@dataclass
class Validated:
    """One file's outcome: its errors, or its runs and warnings."""

    shown: str
    """The file as the user sees it named."""
    runs: int = 0
    """How many runs it declares (0 when invalid)."""
    errors: UserError | None = None
    """Why it is invalid; None when valid."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """What ``check`` would say early (a valid file stays valid)."""


@dataclass
class Validation:
    """Every file validated, and the paths a folder search skipped (with why)."""

    files: list[Validated] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def bad(self) -> int:
        return sum(f.errors is not None for f in self.files)


def validate(paths: Iterable[Path], assignment: str | None = None) -> Validation:
    """Validate each of ``paths``: a file as named, a folder as ``grade`` searches it. The
    assignment is ``assignment`` or the one each file names."""
    out = Validation()
    for path in paths:
        if path.is_dir():
            found = discover(path)
            out.skipped += found.skipped
            # named from where the user stands: the folder they gave, then the name below it
            folder = display_name(str(path)).rstrip("/")
            out.files += [
                _one(replace(f, shown=f"{folder}/{f.shown}"), assignment) for f in found.files
            ]
        else:
            out.files.append(_one(Found.given(path), assignment))
    return out


def _one(found: Found, ref: str | None) -> Validated:
    try:
        loaded = assignment_for(found.path, ref, shown=found.shown)
        sub = load_submission(found.path, loaded, found.shown, raw=hashed(read_found(found)))
    except UserError as exc:
        return Validated(found.shown, errors=exc)
    warnings = [*sub.warnings, *_no_goal(sub, loaded.goal_names), *_copy(sub, loaded)]
    return Validated(found.shown, len(sub.submission.runs), warnings=warnings)


def _no_goal(sub: LoadedSubmission, goals: list[str]) -> list[Diagnostic]:
    if not goals or any(r.goal for r in sub.submission.runs):
        return []
    return [
        sub.located.error(
            ("runs",),
            T(
                "no run declares a goal: part 2 (steering by the prompt) is missing",
                "goal を書いた実行がありません: パート2（プロンプトだけで誘導する）がありません",
            ),
            T(
                f"add a run with goal: {goals[0]} (or {', '.join(goals[1:])}) that changes only "
                "the prompt of the run it is compared with",
                f"比較する実行からプロンプトだけを変えた実行を goal: {goals[0]}"
                f"（または {', '.join(goals[1:])}）付きで加えてください",
            ),
            key=True,
        )
    ]


def _copy(sub: LoadedSubmission, loaded: LoadedAssignment) -> list[Diagnostic]:
    """The own-work measure, as ``original_work`` takes it (declared runs only)."""
    view, mine = shipped_view(loaded), itself(loaded, sub.sha256)
    others = {n: runs for n, runs in view.runs.items() if n not in mine}
    runs = sub.submission.runs
    goals = run_set((r for r in runs if r.goal), view.common)
    rules = loaded.assignment.copies
    copy = first_copy(run_set(runs, view.common), others, rules, goals, view.designs)
    if copy is None:
        return []
    name = copy.name
    return [
        sub.located.error(
            ("runs",),
            T(
                f"these runs are those of the shipped {name}: check will fail the required "
                "criterion original (your own experiment)",
                f"この実行は配布された {name} のものです: check で必須の基準 original"
                "（自分の実験）を満たしません",
            ),
            OWN_WORK_HINT,
            key=True,
        )
    ]
