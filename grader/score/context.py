"""What a criterion sees: the runs of one submission, their controls, and the assignment's context.

:class:`RunView` is a run with its generation; :class:`Context` holds the student's runs, the
baseline, the control of every run that declares a goal, the notes and what the assignment
ships (topic words, the sentences that are not a student's own, the run sets of its shipped
submissions). Building a context is the scorer's business; this module only defines it, so
criteria and scorer share one type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from grader.load.controls import control_name
from grader.load.schemas import BASELINE, Copies, GenerationSpec
from grader.score.published import PublishedView
from grader.score.reworded import Own
from grader.score.similar import Design, RunSignature, design, run_set
from grader.score.sounds import SoundView

if TYPE_CHECKING:  # annotations only: validate need not import the result models
    from grader.results import Generation

Role = Literal["baseline", "run", "control"]


@dataclass(frozen=True)
class RunView:
    """A run as the criteria see it."""

    name: str
    spec: GenerationSpec
    generation: Generation
    role: Role = "run"
    goal: str | None = None
    compare_to: str | None = None

    @property
    def model(self) -> str:
        return self.spec.model

    @property
    def prompt(self) -> str:
        return self.spec.prompt

    @property
    def chat(self) -> bool:
        return self.spec.chat

    @property
    def max_new_tokens(self) -> int | None:
        return self.spec.max_new_tokens

    @property
    def max_length(self) -> int | None:
        return self.spec.max_length

    @property
    def tokens(self) -> int:
        return self.generation.tokens

    @property
    def text(self) -> str:
        return self.generation.text.strip()

    def budget_text(self) -> str:
        key, value = self.spec.budget()
        return f"{key} {value}"


@dataclass(frozen=True)
class Context:
    """Everything a criterion may look at."""

    runs: list[RunView]
    baseline: RunView
    controls: dict[str, RunView] = field(default_factory=dict)
    """Run name -> its control: the run it is compared with when that differs in the prompt only,
    else that run's prompt generated at this run's model, chat setting and budget."""
    notes: str | None = None
    corpus: str = ""
    """The keys of every shipped sentence (READMEs, description, template and shipped notes): a
    sentence of the notes found there is not the student's own
    (:func:`grader.score.notes.own_text`)."""
    topic: tuple[str, ...] = ()
    """The assignment's topic words (e.g. dragon, ドラゴン, 竜)."""
    glossary: tuple[tuple[str, ...], ...] = ()
    """The assignment's groups of words that name one thing across languages."""
    shipped: dict[str, frozenset[RunSignature]] = field(default_factory=dict)
    """Shipped submission (template, example, reference) -> its runs, common ones aside."""
    designs: dict[str, frozenset[Design]] = field(default_factory=dict)
    """Shipped submission -> the designs of all its runs (:func:`grader.score.similar.design`)."""
    shipped_owns: dict[str, Own] = field(default_factory=dict)
    """Shipped submission -> its own runs, as a lightly reworded copy is compared
    (:mod:`grader.score.shipped_reworded`)."""
    common: frozenset[RunSignature] = frozenset()
    """The runs every honest student has (the baseline's, the one the template fills in)."""
    copies: Copies = field(default_factory=Copies)
    """When two files count as copies."""
    published: PublishedView = field(default_factory=lambda: PublishedView({}, {}, {}, {}))
    """The honest submissions published in this project's tests, the graded file aside."""
    sounds: SoundView = field(default_factory=lambda: SoundView({}, {}, {}))
    """The shipped and published notes as they sound, the graded file aside (:mod:`.sounds`)."""
    by_name: dict[str, RunView] = field(init=False)

    def __post_init__(self) -> None:
        views = [self.baseline, *self.runs, *self.controls.values()]
        object.__setattr__(self, "by_name", {r.name: r for r in views})

    def compared(self, run: RunView) -> RunView:
        """The run ``run`` names in ``compare_to`` (the baseline by default)."""
        return self.by_name.get(run.compare_to or BASELINE, self.baseline)

    def control(self, run: RunView) -> RunView:
        """The run ``run`` is judged against: its derived control, else the compared run."""
        return self.by_name.get(
            control_name(run.name, run.compare_to, self.by_name)
        ) or self.compared(run)

    def select(self, goal: str | None) -> list[RunView]:
        """The runs declaring ``goal`` (all runs when it is None)."""
        return [r for r in self.runs if goal is None or r.goal == goal]

    def goal_runs(self, goal: str | None = None) -> list[RunView]:
        """The runs declaring a goal (``goal`` when given)."""
        return [r for r in self.runs if r.goal is not None and (goal is None or r.goal == goal)]

    def run_set(self) -> frozenset[RunSignature]:
        """The student's runs as copies are compared (common runs aside)."""
        return run_set((r.spec for r in self.runs), self.common)

    def goal_run_set(self) -> frozenset[RunSignature]:
        """The student's goal runs alone, as copies are compared (common runs aside)."""
        return run_set((r.spec for r in self.goal_runs()), self.common)

    def design_set(self) -> frozenset[Design]:
        """The designs of the student's runs (:func:`grader.score.similar.design`)."""
        return frozenset(design(r.spec, r.goal, r.compare_to) for r in self.runs)
