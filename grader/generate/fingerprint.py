"""The environment fingerprint -- without importing torch.

Everything that can change a generated token is recorded (the README's determinism section).
It is computed from files and package metadata only, so the generation cache can be looked up
and a warm regrade can run without the 2 s torch import. The engine adds the one thing known
only after loading (the attention implementation). Where a model's files are is
:mod:`grader.load.model_files`' business, and which device runs them
:mod:`grader.generate.device`'s.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import platform
from pathlib import Path

from grader import __version__
from grader.generate.device import (
    compute_capability,
    device_name,
    dtype_for,
    torch_cuda_version,
)
from grader.load import model_files
from grader.load.model_files import sha256_files

TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer.model",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
)

# CPU instruction-set extensions that decide which kernels ATen, MKL and oneDNN dispatch to, and
# so the float reduction order: an AVX-512 host and an AVX2 host give (slightly) different logits.
ISA_FLAGS = (
    "sse4_2",
    "avx",
    "avx2",
    "fma",
    "f16c",
    "avx512f",
    "avx512dq",
    "avx512bw",
    "avx512vl",
    "avx512_vnni",
    "avx512_bf16",
    "avx512_fp16",
    "avx_vnni",
    "amx_tile",
    "amx_bf16",
    "amx_int8",
    "asimd",
    "sve",
    "sve2",
)
# Environment variables that override that dispatch (or the float mode) when set.
KERNEL_OVERRIDES = (
    "ATEN_CPU_CAPABILITY",
    "MKL_ENABLE_INSTRUCTIONS",
    "MKL_CBWR",
    "ONEDNN_MAX_CPU_ISA",
    "DNNL_MAX_CPU_ISA",
    "ONEDNN_DEFAULT_FPMATH_MODE",
)
CUBLAS_DEFAULT = ":4096:8"
"""cuBLAS workspace the engine sets when the user has not: required for deterministic cuBLAS."""
# Fingerprint fields in the order a likely cause of a divergence is named: model files first,
# then numerics, hardware and its kernels, libraries.
FIELDS = (
    "revision",
    "tokenizer_hash",
    "generation_config",
    "dtype",
    "device",
    "device_name",
    "compute_capability",
    "cpu_isa",
    "threads",
    "kernel_overrides",
    "cublas_workspace",
    "cuda",
    "torch",
    "transformers",
    "tokenizers",
    "grader",
)


# The model's own generation settings that greedy decoding keeps, with transformers' defaults:
# pipeline(..., do_sample=False) applies them, so the grader must too (sampling ones are dropped).
GREEDY_SETTINGS: dict[str, object] = {
    "repetition_penalty": 1.0,
    "no_repeat_ngram_size": 0,
    "encoder_repetition_penalty": 1.0,
    "encoder_no_repeat_ngram_size": 0,
    "bad_words_ids": None,
    "min_length": 0,
    "min_new_tokens": None,
    "suppress_tokens": None,
    "begin_suppress_tokens": None,
    "forced_bos_token_id": None,
    "forced_eos_token_id": None,
    "exponential_decay_length_penalty": None,
    "sequence_bias": None,
    "renormalize_logits": False,
    "remove_invalid_values": False,
    "guidance_scale": None,
}


@functools.lru_cache(maxsize=64)
def generation_settings(folder: Path) -> dict[str, object]:
    """The non-default greedy-relevant settings of the model's ``generation_config.json``."""
    path = folder / "generation_config.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError):
        data = {}
    return {
        k: data[k] for k in sorted(GREEDY_SETTINGS) if k in data and data[k] != GREEDY_SETTINGS[k]
    }


@functools.lru_cache(maxsize=64)
def tokenizer_hash(folder: Path) -> str:
    return sha256_files([folder / f for f in TOKENIZER_FILES if (folder / f).is_file()])[:16]


def text_hash(text: str | None) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16] if text else ""


def version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


@functools.lru_cache(maxsize=1)
def _cpu_flags() -> frozenset[str]:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return frozenset(line.split(":", 1)[1].split())
    except OSError:
        pass
    return frozenset()


def cpu_isa() -> str:
    """The dispatch-relevant instruction-set extensions of this CPU, e.g. ``avx avx2 fma``."""
    flags = _cpu_flags()
    return " ".join(f for f in ISA_FLAGS if f in flags) or platform.machine()


def cpu_threads() -> int:
    """Intra-op threads for CPU generation: ``OMP_NUM_THREADS`` when set, else the usable cores.

    The engine sets torch to exactly this number, so the fingerprint states the thread count
    that ran rather than guessing torch's default.
    """
    value = os.environ.get("OMP_NUM_THREADS", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@functools.lru_cache(maxsize=1)
def kernel_overrides() -> str:
    """The kernel-dispatch overrides set in the environment, e.g. ``ATEN_CPU_CAPABILITY=default``.

    Read once: the libraries read them when they start, so a later change does not apply.
    """
    return " ".join(f"{k}={os.environ[k]}" for k in KERNEL_OVERRIDES if os.environ.get(k))


@functools.lru_cache(maxsize=1)
def _versions() -> tuple[str, str, str]:
    return version("torch"), version("transformers"), version("tokenizers")


def environment(device: str) -> dict[str, str]:
    """The machine/library part of the fingerprint, without importing torch.

    On a CPU the instruction set, the thread count and any kernel override decide the floats; on
    CUDA they do not (so Slurm shards on different nodes with the same GPU still merge), while
    the compute capability and the cuBLAS workspace do.
    """
    torch_v, transformers_v, tokenizers_v = _versions()
    cuda = device == "cuda"
    return {
        "dtype": dtype_for(device),
        "device": device,
        "device_name": device_name(device),
        "compute_capability": compute_capability() if cuda else "",
        "cpu_isa": "" if cuda else cpu_isa(),
        "threads": "" if cuda else str(cpu_threads()),
        "kernel_overrides": "" if cuda else kernel_overrides(),
        "cublas_workspace": os.environ.get("CUBLAS_WORKSPACE_CONFIG", CUBLAS_DEFAULT)
        if cuda
        else "",
        "torch": torch_v,
        "transformers": transformers_v,
        "tokenizers": tokenizers_v,
        "cuda": torch_cuda_version() if cuda else "",
        "grader": __version__,
    }


def before_load(model: str, revision: str | None, device: str) -> dict[str, str]:
    """Every fingerprint field knowable without loading the model (all but the attention kernel).

    The cache key, the engine's fingerprint and ``verify``'s comparison all use this one function,
    so a cache hit always means the same fingerprint.
    """
    files = model_files.locate(model, revision)
    settings = generation_settings(files.folder)
    return {
        "revision": files.revision,
        "tokenizer_hash": tokenizer_hash(files.folder),
        "generation_config": json.dumps(settings, sort_keys=True) if settings else "",
        **environment(device),
    }
