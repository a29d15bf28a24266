"""What was generated and where: a :class:`Generation` (token ids, text, per-token margins, finish
reason) and the :class:`Fingerprint` of the environment that produced it.

A generation is what the cache stores, what reference sets record and what a result embeds, so
a submission can be re-scored without a model. Nothing here imports torch.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict

MARGIN_TOLERANCE = 1e-3
"""Logits within which two recorded margins count as equal. Margins are stored to 4 decimals, and
the very same tokens computed with another thread count or kernel can move the 4th decimal (or
flip its rounding); token ids, in contrast, always compare exactly."""


class Strict(BaseModel):
    """Every result model forbids unknown keys: a misspelled field is an error, not data."""

    model_config = ConfigDict(extra="forbid")


class Fingerprint(Strict):
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


class Generation(Strict):
    """One greedy generation and everything needed to re-check it."""

    request_key: str
    """Content key of the request it answers (:attr:`grader.plan.GenerationRequest.request_key`)."""
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
