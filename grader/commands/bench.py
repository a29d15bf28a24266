"""``grader bench``: how fast a class is graded, against the tutorial's naive way, in one run.

It writes a synthetic class of N submissions (about 60% of the runs share popular requests --
the baseline and a few common prompts -- the rest are unique) and measures, in this process and
on this machine:

(a) ``grade`` cold (fresh cache; model loading included; the torch import, which this process
    pays once, timed apart before anything else);
(b) the tutorial's naive way: a fresh ``pipeline("text-generation", ...)`` per run, as in the
    seed script (optionally timed on a sample of runs and extrapolated, which is then said);
(c) the floor: raw ``model.generate`` of the unique requests with the models preloaded, timed
    just before (a) and just after it (the mean is the figure), so that a machine whose speed
    drifts moves both alike;
(d) a warm-cache regrade in a fresh subprocess, which must not import torch.

One untimed request per model runs before (a), so the process's first torch calls weigh on
neither (a) nor (c). It returns the figures and their ratios (the CLI prints them); it asserts
nothing (timings are not tests).
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from grader.commands.assignment import load_assignment
from grader.commands.synthetic import BUDGET, BUNDLED, requests_and_runs, synthetic_class
from grader.generate.device import device_name, dtype_for, resolve_device
from grader.load import model_files
from grader.plan import GenerationRequest
from grader.util.files import class_cache

# what the seed script imports: torch, transformers, and from it the names below
_SEED_IMPORTS = ("torch", "transformers")
_SEED_NAMES = ("AutoModelForCausalLM", "AutoTokenizer", "GenerationConfig", "pipeline")


def timed_import(modules: tuple[str, ...], names: tuple[str, ...] = ()) -> float | None:
    """Seconds this process spends importing ``modules`` (then ``names`` from the last one),
    or None when one of them was imported already: a second import costs nothing, and timing a
    fresh process instead would cost ``grader bench`` those seconds a second time."""
    if any(module in sys.modules for module in modules):
        return None
    started = time.perf_counter()
    last = None
    for module in modules:
        last = importlib.import_module(module)
    for name in names:
        getattr(last, name)  # transformers imports these lazily, on first access
    return time.perf_counter() - started


def _preimport(models: list) -> float:
    """Import, in this process, what (a) would otherwise import lazily: the engine and each
    architecture's modeling code. Returns the seconds spent on the architectures."""
    from transformers import AutoConfig, AutoModelForCausalLM

    from grader.generate.engine import Engine  # noqa: F401  (torch and transformers: timed_import)

    started = time.perf_counter()
    for model in models:
        folder = model_files.locate(model.name, model.revision).folder
        # imports the modeling module
        AutoModelForCausalLM._model_mapping[type(AutoConfig.from_pretrained(folder))]
    return time.perf_counter() - started


def _floor(requests: list[GenerationRequest], device: str) -> tuple[float, int]:
    """Raw greedy model.generate over the unique requests, models preloaded."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    total, tokens, loaded = 0.0, 0, {}
    dtype = getattr(torch, dtype_for(device))
    for req in requests:
        if req.model not in loaded:
            folder = model_files.locate(req.model, req.revision).folder
            loaded[req.model] = (
                AutoTokenizer.from_pretrained(folder),
                AutoModelForCausalLM.from_pretrained(folder, dtype=dtype).to(device).eval(),  # type: ignore[arg-type]
            )
    for req in requests:
        tok, model = loaded[req.model]
        if req.chat:  # as the tutorial would: the chat template, then no second BOS
            text = tok.apply_chat_template(
                [{"role": "user", "content": req.prompt}],
                add_generation_prompt=True,
                tokenize=False,
            )
            ids = tok(text, add_special_tokens=False, return_tensors="pt").to(device)
        else:
            ids = tok(req.prompt, return_tensors="pt").to(device)
        started = time.perf_counter()
        with torch.inference_mode():
            budget = (
                {"max_new_tokens": req.max_new_tokens}
                if req.max_new_tokens
                else {"max_length": req.max_length}
            )
            out = model.generate(**ids, **budget, do_sample=False)
        total += time.perf_counter() - started
        tokens += out.shape[1] - ids["input_ids"].shape[1]
    return total, tokens


def _naive(runs: list[tuple[str, str, bool]], device: str, sample: int | None) -> tuple[float, int]:
    """The seed script per run: a fresh pipeline, then generate. Returns (seconds, runs timed)."""
    import torch
    from transformers import pipeline

    chosen = runs if sample is None else runs[:sample]
    started = time.perf_counter()
    for model, prompt, chat in chosen:
        folder = (
            str(model_files.locate(model, None).folder) if model.startswith("bundled/") else model
        )
        pipe = pipeline(
            "text-generation",
            model=folder,
            dtype=getattr(torch, dtype_for(device)),
            device=device,
        )
        pipe(
            [{"role": "user", "content": prompt}] if chat else prompt,
            max_new_tokens=BUDGET,
            do_sample=False,
        )
    return time.perf_counter() - started, len(chosen)


def _warm_regrade(folder: Path, assignment: str, out: Path) -> tuple[float, bool]:
    code = (
        "import sys, time; t=time.perf_counter(); from grader.commands.grade import grade; "
        f"grade(__import__('pathlib').Path({str(folder)!r}), {assignment!r}, "
        f"__import__('pathlib').Path({str(out)!r}), "
        f"cache_path=__import__('pathlib').Path({str(class_cache(out))!r})); "
        "print(time.perf_counter()-t, 'torch' in sys.modules)"
    )
    started = time.perf_counter()
    out_text = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return time.perf_counter() - started, out_text[-1] == "True"


@dataclass(frozen=True)
class Figures:
    """One bench run's measurements (seconds unless said); :meth:`lines` is how they read."""

    students: int
    device: str
    device_name: str
    runs: int
    """Runs in the class, one baseline per student included."""
    unique: int
    """Unique requests the plan found among them."""
    planned: int
    """Runs grade planned: ``runs`` plus the derived controls."""
    generated: int
    generate_s: float
    """Of ``cold``, the seconds inside ``model.generate``."""
    model_loads: int
    import_s: float | None
    """torch and transformers, imported in this process before anything is timed; None when
    they were imported before bench started (a library caller, the tests)."""
    model_code_s: float
    """Each architecture's modeling module, imported apart too."""
    cold: float
    """(a) grade with a fresh cache, model loading included."""
    floor: float
    """(c) raw ``model.generate`` of the unique requests, models preloaded: the mean of
    ``floors``."""
    floors: tuple[float, float]
    """(c) timed just before (a) and just after it."""
    tokens: int
    naive: float
    """(b) a fresh pipeline per run, extrapolated to every run when timed on a sample."""
    naive_timed: int
    warm: float
    """(d) a warm-cache regrade in a fresh process."""
    warm_torch: bool
    """Whether (d) imported torch (it must not)."""

    def _imports(self) -> str:
        torch = (
            "torch/transformers imported before bench, not timed"
            if self.import_s is None
            else f"torch/transformers import {self.import_s:.2f} s"
        )
        return f"{torch}, model code {self.model_code_s:.2f} s"

    def lines(self) -> list[str]:
        sampled = (
            f" (timed {self.naive_timed} runs, extrapolated)"
            if self.naive_timed < self.runs
            else ""
        )
        return [
            f"class: {self.students} students, {self.runs} runs (baseline included), {self.unique} "
            "unique requests",
            f"device: {self.device} ({self.device_name})",
            f"generations performed by grade: {self.generated} (unique requests {self.unique}; "
            "grade plans "
            f"{self.planned} runs: the {self.runs} above and {self.planned - self.runs} derived "
            "controls)",
            f"(a) grade, cold:              {self.cold:8.2f} s  (of which model.generate "
            f"{self.generate_s:.2f} s, {self.model_loads} model loads; "
            f"{self.cold - self.generate_s:.2f} s outside generate)",
            f"(b) naive pipeline per run:   {self.naive:8.2f} s{sampled}",
            f"(c) floor, raw generate:      {self.floor:8.2f} s  ({self.tokens} tokens; mean of "
            f"{self.floors[0]:.2f} s before (a) and {self.floors[1]:.2f} s after) + "
            f"{self._imports()}",
            f"(d) warm regrade:             {self.warm:8.2f} s  (torch imported: "
            f"{self.warm_torch})",
            f"ratios: a/c = {self.cold / self.floor:.2f}x   b/a speed-up = "
            f"{self.naive / self.cold:.1f}x   "
            f"d/a = {self.warm / self.cold:.3f}",
        ]


def bench(
    students: int = 200,
    models: list[str] | None = None,
    device: str = "auto",
    naive_sample: int | None = None,
) -> Figures:
    """Measure (a)-(d) on a synthetic class of ``students``; nothing is printed."""
    from grader.commands.grade import grade

    device = resolve_device(device)
    assignment_id = "ex1-offline" if not models else "ex1"
    loaded = load_assignment(assignment_id)
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "class", Path(tmp) / "out"
        folder.mkdir()
        synthetic_class(folder, students, models or BUNDLED, assignment_id)
        requests, runs = requests_and_runs(folder, loaded)
        import_s = timed_import(_SEED_IMPORTS, _SEED_NAMES)
        model_code_s = _preimport(loaded.assignment.models)
        from grader.generate.engine import Engine  # after timed_import: it imports torch

        # one untimed request per model first: torch's first calls in a process (kernel and
        # allocator set-up) would otherwise fall on whichever of (a) and (c) runs first
        Engine(device)  # the global torch settings (deterministic algorithms) (a) runs under
        _floor(list({r.model: r for r in requests}.values()), device)
        # (c) brackets (a), once before and once after: a VM whose speed drifts over the
        # minute of a run then moves both alike, and their ratio stays readable
        before, tokens = _floor(requests, device)
        started = time.perf_counter()
        stats = grade(folder, assignment_id, out, device=device, cache_path=class_cache(out)).stats
        cold = time.perf_counter() - started
        after, _ = _floor(requests, device)
        warm, warm_torch = _warm_regrade(folder, assignment_id, out)
        naive_s, timed = _naive(runs, device, naive_sample)
    return Figures(
        students=students,
        device=device,
        device_name=device_name(device),
        runs=len(runs),
        unique=len(requests),
        planned=stats.total_runs,
        generated=stats.generated,
        generate_s=stats.generate_s,
        model_loads=stats.model_loads,
        import_s=import_s,
        model_code_s=model_code_s,
        cold=cold,
        floor=(before + after) / 2,
        floors=(before, after),
        tokens=tokens,
        naive=naive_s * len(runs) / timed,
        naive_timed=timed,
        warm=warm,
        warm_torch=warm_torch,
    )
