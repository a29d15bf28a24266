"""The environment fingerprint names what decides the floats on this host, without torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader.generate import fingerprint as fp
from tests.support import ROOT


@pytest.mark.parametrize(
    ("env", "threads"),
    [
        ("1", "1"),
        ("3", "3"),
        ("", str(len(os.sched_getaffinity(0)))),
        ("zero", str(len(os.sched_getaffinity(0)))),
    ],
)
def test_cpu_threads_come_from_omp_num_threads(
    monkeypatch: pytest.MonkeyPatch, env: str, threads: str
) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", env)
    assert fp.environment("cpu")["threads"] == threads


def test_cpu_fields_name_the_instruction_set_and_are_empty_on_cuda() -> None:
    cpu, cuda = fp.environment("cpu"), fp.environment("cuda")
    flags = Path("/proc/cpuinfo").read_text().split()
    assert cpu["cpu_isa"] and all(f in flags for f in cpu["cpu_isa"].split())
    assert "avx512f" not in flags or "avx512f" in cpu["cpu_isa"].split()
    # On CUDA the CPU does not compute the logits: shards on nodes with other CPUs still merge.
    assert cuda["cpu_isa"] == cuda["threads"] == cuda["kernel_overrides"] == ""
    assert cuda["cublas_workspace"] == os.environ.get("CUBLAS_WORKSPACE_CONFIG", fp.CUBLAS_DEFAULT)
    assert cpu["cublas_workspace"] == cpu["compute_capability"] == ""


def _env_in_child(**overrides: str) -> dict[str, str]:
    code = (
        "import json, sys; from grader.generate import fingerprint as fp; "
        "print(json.dumps(fp.environment('cpu'))); "
        "print('torch' in sys.modules)"
    )
    env = {**os.environ, **overrides}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    )
    lines = out.stdout.splitlines()
    assert lines[1] == "False"  # computed without importing torch
    return json.loads(lines[0])


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("ATEN_CPU_CAPABILITY", "default"),
        ("ONEDNN_MAX_CPU_ISA", "AVX2"),
        ("MKL_ENABLE_INSTRUCTIONS", "AVX2"),
    ],
)
def test_kernel_overrides_are_recorded(var: str, value: str) -> None:
    assert f"{var}={value}" in _env_in_child(**{var: value})["kernel_overrides"].split()


def test_same_host_same_environment() -> None:
    assert _env_in_child() == _env_in_child()


@pytest.mark.parametrize("device", ["cpu", "cuda"])
def test_the_field_list_is_what_before_load_builds(device: str) -> None:
    """FIELDS (the order a divergence's likely cause is named in) is exactly what the fingerprint
    knows before loading, and every one of them is a field of the recorded Fingerprint."""
    from grader.results import Fingerprint

    built = fp.before_load("bundled/tiny-chatty", None, device)
    assert set(built) == set(fp.FIELDS) and len(fp.FIELDS) == len(built)
    assert set(fp.FIELDS) <= set(Fingerprint.model_fields)
    extra = set(Fingerprint.model_fields) - set(fp.FIELDS)
    assert extra == {"model", "chat_template_hash", "attn_implementation"}  # known after loading
