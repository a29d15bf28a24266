"""Which device runs the models, and what it is, without importing torch.

``auto`` picks CUDA when torch was built with it and a GPU is visible, else the CPU. The dtype
follows the device: fp16 on CUDA (the official setting), fp32 on a CPU (a preview). The GPU's
name and compute capability come from ``nvidia-smi``, the CPU's from ``/proc/cpuinfo``, so the
fingerprint (:mod:`grader.generate.fingerprint`) and the class page can name the hardware
before any model loads. Loading onto the device is the engine's business.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import platform
import re
import subprocess
from pathlib import Path

from grader.util.errors import EnvironmentProblem
from grader.util.i18n import T


@functools.lru_cache(maxsize=1)
def torch_cuda_version() -> str:
    """The CUDA version torch was built with, read from torch/version.py without importing torch."""
    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        return ""
    text = (Path(spec.origin).parent / "version.py").read_text(encoding="utf-8")
    match = re.search(r"^cuda\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", text, re.MULTILINE)
    return match.group(1) if match else ""


def resolve_device(requested: str) -> str:
    """``auto`` -> ``cuda`` when torch has CUDA and a GPU is visible, else ``cpu``."""
    if requested != "auto":
        return requested
    has_gpu = Path("/dev/nvidia0").exists() or Path("/proc/driver/nvidia/gpus").is_dir()
    return (
        "cuda"
        if torch_cuda_version() and has_gpu and os.environ.get("CUDA_VISIBLE_DEVICES") != ""
        else "cpu"
    )


def _nvidia_smi(field: str) -> str | None:
    """One property of GPU 0 from nvidia-smi (torch-free), or None when it cannot be read."""
    try:
        out = subprocess.run(
            ["nvidia-smi", f"--query-gpu={field}", "--format=csv,noheader", "-i", "0"],
            capture_output=True,
            text=True,
            timeout=20,
            check=True,
        ).stdout
        return out.strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return None


@functools.lru_cache(maxsize=2)
def device_name(device: str) -> str:
    """GPU model (nvidia-smi) or CPU model (/proc/cpuinfo)."""
    if device == "cuda":
        return _nvidia_smi("name") or "cuda"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return f"{platform.machine()} {line.split(':', 1)[1].strip()}"
    except OSError:
        pass
    return platform.machine() or "cpu"


def dtype_for(device: str) -> str:
    """fp16 is the official dtype on CUDA; CPU runs in fp32 and is a preview."""
    return "float16" if device == "cuda" else "float32"


@functools.lru_cache(maxsize=1)
def compute_capability() -> str:
    """The GPU's compute capability (nvidia-smi), e.g. ``9.0``; empty when unknown."""
    return _nvidia_smi("compute_cap") or ""


def out_of_memory(name: str) -> EnvironmentProblem:
    """The device ran out of memory running the model ``name``: exit 3, with what to try."""
    return EnvironmentProblem(
        T(f"out of memory while running {name}", f"{name} の実行中にメモリ不足になりました"),
        T("use a smaller model or a larger GPU", "より小さいモデルか大きい GPU を使ってください"),
    )
