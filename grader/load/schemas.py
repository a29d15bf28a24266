"""Typed schemas of the two files people write: the student's submission and the assignment.

Both are pydantic models in strict mode with ``extra="forbid"``, so a typo is an error rather
than a silently ignored key. Field docstrings are the reference documentation of the formats
(``template.yaml`` mirrors them in Japanese and English). Cross-checks that need both files
(allowed models, limits, ``compare_to`` targets) live in :mod:`grader.load.rules`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from grader.load.policy import Grading, Late
from grader.util.i18n import Text

NAME_PATTERN = r"^[A-Za-z0-9_-]{1,32}$"
BASELINE = "baseline"
"""The assignment's reference run, as ``compare_to: baseline`` names it."""
GOAL_TYPES = ("concise", "one_sentence", "japanese", "english", "list")
"""The goal types a run may declare (their rules are :mod:`grader.score.goals`)."""
SAMPLING_KEYS = ("do_sample", "temperature", "top_p", "top_k", "num_beams", "typical_p", "seed")
"""Keys that would make decoding non-greedy; rejected with an explanation before schema checks."""


class _Strict(BaseModel):
    # built on first use: validate never needs the hidden file's models, and a nested model is
    # built inside its parent's schema
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class GenerationSpec(_Strict):
    """What to generate: one model, one prompt, one token budget. Greedy is implied."""

    model: str = Field(min_length=1, max_length=200)
    """Model name: a Hugging Face id (``Qwen/Qwen2.5-0.5B-Instruct``) or ``bundled/...``."""
    prompt: str = Field(min_length=1, max_length=4000)
    """The prompt text, exactly as the model sees it (the user message when ``chat`` is true)."""
    max_new_tokens: int | None = Field(default=None, ge=1)
    """Tokens to generate after the prompt (transformers' meaning)."""
    max_length: int | None = Field(default=None, ge=1)
    """Prompt tokens + generated tokens in total (transformers' meaning, as in the tutorial)."""
    chat: bool = False
    """Wrap the prompt with the model's chat template as a single user message."""

    @model_validator(mode="after")
    def _one_budget(self) -> GenerationSpec:
        if (self.max_new_tokens is None) == (self.max_length is None):
            raise ValueError("budget")
        return self

    @classmethod
    def of(cls, source: object, **changes: object) -> GenerationSpec:
        """The spec of ``source`` (a run, a result's run, any object with these fields), with
        ``changes`` applied: the one way a spec is copied."""
        fields = {name: getattr(source, name) for name in GenerationSpec.model_fields}
        return GenerationSpec.model_validate({**fields, **changes})

    def budget(self) -> tuple[str, int]:
        """The budget as declared: ``("max_new_tokens", 80)`` or ``("max_length", 100)``."""
        return declared_budget(self.max_new_tokens, self.max_length)


def declared_budget(max_new_tokens: int | None, max_length: int | None) -> tuple[str, int]:
    """A budget as declared, from its two fields (see :meth:`GenerationSpec.budget`)."""
    if max_new_tokens is not None:
        return "max_new_tokens", max_new_tokens
    return "max_length", max_length or 0


class Run(GenerationSpec):
    """One experiment of a submission."""

    name: str = Field(pattern=NAME_PATTERN)
    """Unique name within the file, used by ``compare_to`` and in reports."""
    compare_to: str | None = None
    """``baseline`` (the assignment's run) or the name of another run to compare with."""
    goal: str | None = Field(default=None, min_length=1, max_length=32)
    """What the student tried to achieve with this run: one of the assignment's goal types
    (``concise``, ``one_sentence``, ``japanese``, ``english``, ``list``); checked by validation."""


class Student(_Strict):
    """Who submits."""

    id: str = Field(pattern=NAME_PATTERN)
    """Student number; letters, digits, ``_`` and ``-`` only (it becomes a file name)."""
    name: str | None = Field(default=None, max_length=100)
    """Optional display name, free text (escaped wherever it is shown)."""


class Submission(_Strict):
    """A student's submission file (format v1)."""

    assignment: str = Field(pattern=NAME_PATTERN)
    """Assignment id, e.g. ``ex1``."""
    student: Student
    """Who submits."""
    runs: list[Run] = Field(min_length=1, max_length=64)
    """The experiments; the assignment's ``limits.max_runs`` is usually lower."""
    notes: str | None = Field(default=None, max_length=20_000)
    """Observations (考察), Japanese or English."""


class AllowedModel(_Strict):
    """A model students may use."""

    name: str = Field(min_length=1, max_length=200)
    """Hugging Face id or ``bundled/...`` name."""
    revision: str | None = None
    """Pinned commit (or tag) on the Hub; ``None`` only for bundled models."""
    chat_template: str | None = None
    """Chat template (Jinja) for ``chat: true`` when the tokenizer has none or a wrong one."""
    note: Text | None = None
    """Shown to students next to the name (e.g. "Japanese-capable")."""


class Limits(_Strict):
    """Resource limits that keep a class's grading bounded."""

    max_runs: int = Field(default=8, ge=1, le=64)
    """Runs per submission file."""
    max_prompt_tokens: int = Field(default=256, ge=1)
    """Prompt tokens after chat templating, checked with the model's own tokenizer."""
    max_new_tokens: int = Field(default=200, ge=1)
    """Generated tokens per run (``max_length`` is converted before this check)."""


class Copies(_Strict):
    """When two files count as copies of each other: for a submission against the shipped files
    (the ``original_work`` criterion) and across a class (the clusters a TA sees)."""

    min_shared_runs: int = Field(default=2, ge=1)
    """Runs two files must share (runs every honest student has aside)."""
    min_jaccard: float = Field(default=0.5, gt=0, le=1)
    """Shared runs over all their runs, when neither file's runs contain the other's."""
    notes_similarity: float = Field(default=0.8, gt=0, le=1)
    """Character-trigram Jaccard of two files' own notes that makes them near-identical."""
    natural_share: float = Field(default=0.005, gt=0, le=1)
    """A subject and requests' words at least this share of the published files have too make a
    natural design: a submission that meets a published file on it alone is not flagged."""


class CriterionSpec(_Strict):
    """One graded criterion as declared in the public assignment file."""

    id: str = Field(pattern=NAME_PATTERN)
    """Unique id; column name in the gradebook."""
    type: str | None = None
    """Criterion type from the registry; hidden criteria may leave it to the TA-only file."""
    title: Text
    """Shown to students (also for hidden criteria)."""
    points: float = Field(ge=0, le=1000)
    """Points awarded when the criterion passes."""
    visibility: Literal["public", "hidden"] = "public"
    """Hidden criteria show only their title and points to students."""
    required: bool = False
    """The submission cannot pass unless this criterion passes, whatever its points."""
    group: str | None = Field(default=None, pattern=NAME_PATTERN)
    """Criteria of one group are earned by one run: the run with the highest total over the
    group (the first in the file on a tie). Exercise 1's part 2 is a group."""
    params: dict[str, Any] = Field(default_factory=dict)
    """Parameters of the type (validated by the type's own schema)."""
    applies_to_goal: str | None = None
    """For a hidden criterion: the goal of the runs it judges, public while its parameters stay
    hidden. With ``applies_after`` it is earned only through a run of that goal that passes that
    public criterion: where there is none it counts 0 even without the TA's file, so ``check``
    says FAILED, not PENDING, where the hidden points cannot decide."""
    applies_after: str | None = None
    """The public criterion (one that judges runs one by one) a run of ``applies_to_goal`` must
    pass first, e.g. ``steer_moved``."""


class Assignment(_Strict):
    """An assignment, written by the instructor."""

    id: str = Field(pattern=NAME_PATTERN)
    """Id students write in ``assignment:``."""
    title: Text
    """Bilingual title."""
    description: Text | None = None
    """Bilingual instructions shown in reports."""
    models: list[AllowedModel] = Field(min_length=1)
    """The allowlist."""
    limits: Limits = Limits()
    """Resource limits."""
    baseline: GenerationSpec
    """The reference run (the tutorial's script) that ``compare_to: baseline`` means."""
    criteria: list[CriterionSpec] = Field(min_length=1)
    """What is graded."""
    goals: list[str] | None = None
    """Goal types students may declare with ``goal:`` (default: every built-in goal type)."""
    topic: list[str] = Field(default_factory=list)
    """Words that mark the baseline's topic in any language (e.g. dragon, ドラゴン, 竜): an
    answer that shares one with its control's output is on topic even across languages."""
    glossary: list[list[str]] = Field(default_factory=list)
    """Groups of words that name one thing in the course's languages (e.g. ``[cat, 猫, ネコ]``):
    an answer in another script than its prompt is on the prompt's topic when the two name one
    group's thing (a Japanese answer about 猫 to "a story about a cat")."""
    pass_threshold: float = Field(ge=0, le=1)
    """Fraction of the maximum points needed to pass."""
    fragile_margin: float = Field(default=0.5, gt=0)
    """δ in logits: a token whose top-1/top-2 margin is below it is marked fragile."""
    copies: Copies = Copies()
    """When two files count as copies (own work, and the clusters a TA sees)."""
    grading: Grading = Grading()
    """What the grade to record is, given the verdict (a failed verdict records 0 by default)."""
    late: Late | None = None
    """The deadline and the late penalty (None: lateness is not graded; a TA's
    ``grade --overrides`` file may set one)."""

    def model(self, name: str) -> AllowedModel | None:
        return next((m for m in self.models if m.name == name), None)


class HiddenCriterion(_Strict):
    """The TA-only content of a hidden criterion."""

    type: str
    """Criterion type from the registry."""
    params: dict[str, Any] = Field(default_factory=dict)
    """Secret parameters."""


class HiddenFile(_Strict):
    """The TA-only file with the content of hidden criteria (never shipped to students)."""

    assignment: str = Field(pattern=NAME_PATTERN)
    """Assignment id this file belongs to."""
    criteria: dict[str, HiddenCriterion]
    """Criterion id -> its hidden type and params."""
