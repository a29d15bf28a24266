"""The canonical results: what was generated and how it was graded.

The JSON form of :class:`Result` is the source of truth for one submission; the terminal
summary, the HTML report, the gradebook CSV, Gradescope and JUnit files are renderings of it.
:class:`Generation` is also what the cache stores and what reference sets record, so a result
can be re-scored without a model. What a whole command did (a grading run's statistics,
verify's report) is :mod:`grader.summaries`. Nothing here imports torch.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.errors import Diagnostic
from grader.i18n import Text
from grader.load.schemas import GenerationSpec, Student

MARGIN_TOLERANCE = 1e-3
"""Logits within which two recorded margins count as equal. Margins are stored to 4 decimals, and
the very same tokens computed with another thread count or kernel can move the 4th decimal (or
flip its rounding); token ids, in contrast, always compare exactly."""


SCHEMA_VERSION: Literal[2] = 2


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Fingerprint(_Model):
    """Everything that can change a generated token. Same fingerprint => same token ids."""

    model: str
    """Model name as requested."""
    revision: str
    """Resolved revision: Hub commit hash, or ``sha256:...`` of a local/bundled weights file."""
    tokenizer_hash: str
    """sha256 over the tokenizer files."""
    chat_template_hash: str
    """sha256 of the chat template used (empty string when none)."""
    generation_config: str = ""
    """The model's own greedy-relevant generation settings, applied as ``pipeline(...,
    do_sample=False)`` does (JSON, e.g. ``{"repetition_penalty": 1.1}``; empty when none)."""
    dtype: str
    """``float16`` on CUDA (official), ``float32`` on CPU (preview)."""
    device: str
    """``cuda`` or ``cpu``."""
    device_name: str
    """GPU model or CPU model name."""
    compute_capability: str = ""
    """CUDA compute capability of the GPU (empty on CPU)."""
    cpu_isa: str = ""
    """CPU instruction-set extensions kernels dispatch on, e.g. ``avx2 avx512f`` (empty on CUDA)."""
    threads: str = ""
    """Intra-op CPU threads the generation ran with (empty on CUDA)."""
    kernel_overrides: str = ""
    """Kernel-dispatch overrides set in the environment, e.g. ``ATEN_CPU_CAPABILITY=default``."""
    cublas_workspace: str = ""
    """``CUBLAS_WORKSPACE_CONFIG`` on CUDA (empty on CPU)."""
    torch: str
    """torch version."""
    transformers: str
    """transformers version."""
    tokenizers: str
    """tokenizers version."""
    cuda: str
    """CUDA version torch was built with (empty on CPU builds)."""
    attn_implementation: str
    """Attention kernel the model runs with (``sdpa``, ``eager``...)."""
    grader: str
    """llm-grader version."""

    def key(self) -> str:
        canonical = json.dumps(self.model_dump(), sort_keys=True).encode()
        return hashlib.sha256(canonical).hexdigest()[:16]


class Generation(_Model):
    """One greedy generation and everything needed to re-check it."""

    key: str
    """Content key of the request (see :mod:`grader.plan`)."""
    model: str
    """Model name."""
    prompt: str
    """Prompt as written."""
    chat: bool
    """Whether the chat template was applied."""
    rendered_prompt: str
    """The exact text tokenized (after the chat template)."""
    prompt_ids: list[int]
    """Prompt token ids, special tokens included."""
    output_ids: list[int]
    """Generated token ids (EOS included when the model stopped)."""
    text: str
    """Generated text, special tokens skipped."""
    pieces: list[str]
    """Per generated token, the text it added (for display: fragile tokens are marked on these)."""
    finish: Literal["eos", "length"]
    """Whether the model ended by itself (EOS) or hit the token budget."""
    max_new_tokens: int
    """Effective budget (``max_length`` minus prompt tokens when the run gave max_length)."""
    margins: list[float]
    """Per generated token: top-1 minus top-2 logit."""
    runner_up_ids: list[int]
    """Per generated token: the top-2 token id."""
    generate_s: float = 0.0
    """Seconds spent in ``model.generate`` (not part of the determinism contract)."""
    preview: bool
    """True when not produced in the official setting (CUDA, fp16)."""
    fingerprint: Fingerprint
    """The environment it was produced in."""

    @property
    def tokens(self) -> int:
        """Generated tokens without the final EOS: the one count every criterion and report uses."""
        return len(self.output_ids) - (1 if self.finish == "eos" and self.output_ids else 0)

    def fragile(self, delta: float) -> list[int]:
        """Positions whose margin is below ``delta``."""
        return [i for i, m in enumerate(self.margins) if m < delta]

    def margin_drift(self, other: Generation) -> float:
        """Largest difference between the two generations' margins (inf when lengths differ)."""
        if len(self.margins) != len(other.margins):
            return float("inf")
        return max(
            (abs(a - b) for a, b in zip(self.margins, other.margins, strict=True)), default=0.0
        )

    def matches(self, other: Generation, tolerance: float = MARGIN_TOLERANCE) -> bool:
        """Same generation: every field equal (timing aside), margins within ``tolerance``."""
        volatile = {"generate_s", "margins"}
        return (
            self.model_dump(exclude=volatile) == other.model_dump(exclude=volatile)
            and self.margin_drift(other) <= tolerance
        )


class RunResult(_Model):
    """A run of the submission (or the baseline, or a derived control) and its generation."""

    name: str
    """Run name (``baseline`` for the assignment's, ``control:<run>`` for a derived control)."""
    role: Literal["baseline", "run", "control"] = "run"
    """``control``: generated by the grader as the prompt-only control of the named goal run."""
    model: str
    """Model name."""
    prompt: str
    """Prompt as written."""
    chat: bool
    """Chat template applied."""
    max_new_tokens: int | None
    """As written."""
    max_length: int | None
    """As written."""
    compare_to: str | None
    """Run compared with."""
    goal: str | None
    """Declared goal."""
    generation: str
    """Key into :attr:`Result.generations`."""

    def spec(self) -> GenerationSpec:
        """What was generated for this run (model, prompt, chat, budget as declared)."""
        return GenerationSpec(
            model=self.model,
            prompt=self.prompt,
            chat=self.chat,
            max_new_tokens=self.max_new_tokens,
            max_length=self.max_length,
        )


class CriterionResult(_Model):
    """The outcome of one criterion."""

    id: str
    """Criterion id."""
    title: Text
    """Title shown to students."""
    type: str | None
    """Criterion type (``None`` for hidden criteria not evaluated here)."""
    visibility: Literal["public", "hidden"]
    """Visibility."""
    status: Literal["passed", "failed", "not_evaluated"]
    """``not_evaluated``: hidden, graded by the TA with the TA-only file."""
    points: float
    """Points awarded."""
    max_points: float
    """Points available."""
    evidence: Text
    """Why it passed or failed, with the numbers."""
    hint: Text | None = None
    """What to try next (failed criteria)."""
    required: bool = False
    """The submission cannot pass unless this criterion passes."""
    details: dict[str, Any] = Field(default_factory=dict)
    """Measured values behind the evidence."""


class ScoringSignature(_Model):
    """Everything besides the generations that decides a grade: with it, ``verify`` tells "the
    criteria changed" apart from "the generation changed"."""

    assignment_sha256: str
    """sha256 of the assignment file(s) (its own and the one it extends)."""
    hidden_sha256: str
    """sha256 of the TA-only hidden-criteria file ("" when none was given)."""
    sacrebleu: str
    """sacrebleu version (chrF)."""
    chrf: str
    """sacrebleu's chrF signature."""
    grader: str
    """llm-grader version."""


class Result(_Model):
    """The canonical result of grading one submission file."""

    schema_version: Literal[2] = SCHEMA_VERSION
    """Format version of this JSON (2: controlled experiments, verdicts, scoring signature)."""
    grader_version: str
    """llm-grader version that produced it."""
    status: Literal["graded", "invalid", "error"]
    """``invalid``: the file has mistakes; ``error``: it could not be graded here."""
    file: str
    """Submission file as named on the command line."""
    sha256: str
    """sha256 of the submission bytes."""
    assignment: str
    """Assignment id."""
    assignment_title: Text | None = None
    """Assignment title."""
    student: Student | None = None
    """The student (None when the file did not validate)."""
    errors: list[Diagnostic] = Field(default_factory=list)
    """Problems that stopped grading."""
    runs: list[RunResult] = Field(default_factory=list)
    """Baseline first, then the student's runs."""
    generations: dict[str, Generation] = Field(default_factory=dict)
    """Generation key -> generation."""
    criteria: list[CriterionResult] = Field(default_factory=list)
    """Criterion outcomes in assignment order."""
    score: float = 0.0
    """Points awarded."""
    max_score: float = 0.0
    """Points available, hidden criteria included even where not evaluated here."""
    pending_points: float = 0.0
    """Points of hidden criteria not evaluated here (graded by the TA)."""
    pass_threshold: float = 0.0
    """Fraction of max_score needed."""
    verdict: Literal["passed", "pending", "failed"] = "failed"
    """``passed``: score >= threshold x max_score and every required criterion passed;
    ``pending``: that depends on hidden criteria not evaluated here."""
    passed: bool = False
    """verdict == passed."""
    scoring: ScoringSignature | None = None
    """What decided the grade besides the generations."""
    preview: bool = False
    """Any generation made outside the official setting (CPU fp32)."""
    fragile_margin: float = 0.0
    """δ used to mark fragile tokens."""
    notes: str | None = None
    """The student's notes."""
    graded_at: str = ""
    """UTC timestamp (ISO 8601)."""

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0
