"""The generation engine: the only module that imports torch and transformers.

Greedy decoding, batch size 1 (the canonical path), fp16 on CUDA and fp32 on CPU (marked as a
preview). Each model is loaded once per process, from local files only and never with
``trust_remote_code``. Every generation records its token ids, finish reason, per-token
top-1/top-2 logit margins and the environment fingerprint. :meth:`Engine.teacher_force` is one
forward pass over prompt + recorded output, for ``grader verify`` when the environment differs
from the recording. Batching and sampling are deliberately left out.
"""

from __future__ import annotations

import functools
import gc
import os
import time
from dataclasses import dataclass
from typing import Any, Literal

from grader.generate import fingerprint as fp
from grader.generate.device import dtype_for, out_of_memory, resolve_device
from grader.generate.pieces import pieces
from grader.load import model_files
from grader.plan import GenerationRequest
from grader.results import Fingerprint, Generation
from grader.util.errors import EnvironmentProblem, UserError
from grader.util.i18n import T

# Must be set before CUDA initialises for cuBLAS to be deterministic.
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", fp.CUBLAS_DEFAULT)
# Loading bars would interleave with the grader's own progress and pollute CI logs.
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

import torch
import transformers

transformers.utils.logging.set_verbosity_error()
transformers.utils.logging.disable_progress_bar()


@functools.cache
def _freeze_once() -> None:
    """Move what the process holds after its first model load out of the collector's way:
    torch, transformers and the modeling code that load imports leave ~350k objects that live as
    long as the process, and each full collection walks every tracked object (0.25 s on a 2-core
    VM, about once per 200 students graded; 0.03 s once frozen). Later objects are collected as
    before. Once only: each freeze also keeps the cyclic garbage of the moment for good."""
    gc.freeze()


@dataclass
class _Loaded:
    files: model_files.ModelFiles
    tokenizer: Any
    model: Any
    eos_ids: frozenset[int]


@dataclass(frozen=True)
class Forced:
    """Teacher-forced check of one recorded token (``runner_up``: the token ranked second)."""

    position: int
    recorded: int
    argmax: int
    gap: float
    """Logit of the argmax minus logit of the recorded token (0 when it is the argmax)."""
    margin: float
    """Top-1 minus top-2 logit here: what the recording's margin at this position should be."""
    runner_up: int


class Engine:
    """Loads models lazily (once each) and generates greedily."""

    def __init__(self, device: str = "auto") -> None:
        self.device = resolve_device(device)
        if self.device == "cuda" and not torch.cuda.is_available():
            raise EnvironmentProblem(
                T(
                    "CUDA was requested but torch sees no GPU",
                    "CUDA が指定されましたが GPU が見えません",
                ),
                T("use --device cpu for a preview", "プレビューなら --device cpu を使ってください"),
            )
        self.dtype = getattr(torch, dtype_for(self.device))
        self.loads = 0
        self._models: dict[tuple[str, str | None], _Loaded] = {}
        self._fingerprints: dict[tuple[object, ...], Fingerprint] = {}
        torch.use_deterministic_algorithms(True, warn_only=True)
        torch.backends.cudnn.benchmark = False

    def _load(self, name: str, revision: str | None) -> _Loaded:
        key = (name, revision)
        if key not in self._models:
            files = model_files.locate(name, revision)
            try:
                tokenizer = transformers.AutoTokenizer.from_pretrained(
                    files.folder, local_files_only=True
                )
                model = (
                    transformers.AutoModelForCausalLM.from_pretrained(
                        files.folder, dtype=self.dtype, local_files_only=True
                    )
                    .to(self.device)  # type: ignore[arg-type]
                    .eval()
                )
            except torch.OutOfMemoryError:
                raise out_of_memory(name) from None
            except Exception as exc:
                # Corrupt or incomplete files (safetensors raises its own error type), an
                # unsupported architecture: the model cannot run here, which fails the submissions
                # that need it, not the whole batch.
                raise model_files.unloadable(name, files.folder, exc) from None
            eos = model.generation_config.eos_token_id
            eos_ids = frozenset(eos if isinstance(eos, list) else [eos] if eos is not None else [])
            _freeze_once()
            self._models[key] = _Loaded(
                files, tokenizer, model, eos_ids | {tokenizer.eos_token_id} - {None}
            )
            self.loads += 1
        return self._models[key]

    def render(self, req: GenerationRequest) -> tuple[str, list[int]]:
        """The exact text and token ids the model sees for ``req``."""
        tok = self._load(req.model, req.revision).tokenizer
        if not req.chat:
            return req.prompt, list(tok(req.prompt)["input_ids"])
        template = req.chat_template or tok.chat_template
        if not template:
            raise UserError.simple(
                req.model,
                f"{req.model} has no chat template; use chat: false",
                f"{req.model} にはチャットテンプレートがありません。chat: false にしてください",
            )
        text = tok.apply_chat_template(
            [{"role": "user", "content": req.prompt}],
            chat_template=template,
            add_generation_prompt=True,
            tokenize=False,
        )
        return text, list(tok(text, add_special_tokens=False)["input_ids"])

    def fingerprint(self, req: GenerationRequest) -> Fingerprint:
        """The environment fingerprint of ``req`` (memoised: one per model)."""
        loaded = self._load(req.model, req.revision)
        template = (req.chat_template or loaded.tokenizer.chat_template) if req.chat else None
        known = fp.before_load(req.model, req.revision, self.device)
        memo = (req.model, req.revision, template, *known.values())
        if memo not in self._fingerprints:
            self._fingerprints[memo] = Fingerprint(
                model=req.model,
                chat_template_hash=fp.text_hash(template),
                attn_implementation=str(getattr(loaded.model.config, "_attn_implementation", "")),
                **known,
            )
        return self._fingerprints[memo]

    def _threads(self, fingerprint: Fingerprint) -> None:
        """Run with exactly the thread count the fingerprint records (it changes CPU float sums)."""
        if self.device == "cpu" and torch.get_num_threads() != int(fingerprint.threads):
            torch.set_num_threads(int(fingerprint.threads))

    def generate(self, req: GenerationRequest) -> Generation:
        """Greedy generation of one request, batch size 1."""
        loaded = self._load(req.model, req.revision)
        rendered, prompt_ids = self.render(req)
        budget = req.budget(len(prompt_ids))
        if budget < 1:
            raise UserError.simple(
                req.model,
                f"max_length {req.max_length} leaves no room after {len(prompt_ids)} prompt tokens",
                f"max_length {req.max_length} ではプロンプト {len(prompt_ids)} "
                "トークンの後に生成できません",
            )
        self._threads(self.fingerprint(req))
        started = time.perf_counter()
        try:
            ids, margins, runner_up = self._greedy(loaded, prompt_ids, budget)
        except torch.OutOfMemoryError:
            raise out_of_memory(req.model) from None
        elapsed = time.perf_counter() - started
        return self.assemble(req, (rendered, prompt_ids), ids, (margins, runner_up), elapsed)

    def assemble(
        self,
        req: GenerationRequest,
        prompt: tuple[str, list[int]],
        ids: list[int],
        ranks: tuple[list[float], list[int]],
        elapsed: float,
    ) -> Generation:
        """The generation of ``req`` whose rendered ``prompt`` (text, ids) was followed by
        ``ids``, with their ``ranks`` (margins, runner-up ids): decoded, its finish and pieces."""
        loaded = self._load(req.model, req.revision)
        finish: Literal["eos", "length"] = "eos" if ids and ids[-1] in loaded.eos_ids else "length"
        return Generation(
            request_key=req.request_key,
            model=req.model,
            prompt=req.prompt,
            chat=req.chat,
            rendered_prompt=prompt[0],
            prompt_ids=prompt[1],
            output_ids=ids,
            text=loaded.tokenizer.decode(ids, skip_special_tokens=True),
            pieces=pieces(loaded.tokenizer, ids),
            finish=finish,
            max_new_tokens=req.budget(len(prompt[1])),
            margins=ranks[0],
            runner_up_ids=ranks[1],
            generate_s=round(elapsed, 4),
            preview=self.device != "cuda",
            fingerprint=self.fingerprint(req),
        )

    def generation_config(self, loaded: _Loaded, budget: int) -> Any:
        """Greedy decoding with the model's own non-sampling settings (as the tutorial's
        ``pipeline(..., do_sample=False)`` applies them); sampling settings are dropped."""
        pad = loaded.model.generation_config.pad_token_id
        return transformers.GenerationConfig(
            do_sample=False,
            num_beams=1,
            max_new_tokens=budget,
            eos_token_id=sorted(loaded.eos_ids) or None,
            pad_token_id=pad if pad is not None else next(iter(sorted(loaded.eos_ids)), 0),
            bos_token_id=loaded.model.generation_config.bos_token_id,
            **fp.generation_settings(loaded.files.folder),
        )

    def _greedy(
        self, loaded: _Loaded, prompt_ids: list[int], budget: int
    ) -> tuple[list[int], list[float], list[int]]:
        inputs = torch.tensor([prompt_ids], device=self.device)
        with torch.inference_mode():
            out = loaded.model.generate(
                input_ids=inputs,
                attention_mask=torch.ones_like(inputs),
                generation_config=self.generation_config(loaded, budget),
                return_dict_in_generate=True,
                output_scores=True,
            )
        ids = out.sequences[0, len(prompt_ids) :].tolist()
        # The scores are after the logits processors (repetition penalty, ...): the margins are
        # those of the choice greedy decoding really made.
        scores = torch.stack(out.scores)[: len(ids), 0].float()
        top = scores.topk(2, dim=-1)
        margins = (top.values[:, 0] - top.values[:, 1]).tolist()
        return ids, [round(m, 4) for m in margins], top.indices[:, 1].tolist()

    def teacher_force(
        self, req: GenerationRequest, prompt_ids: list[int], output_ids: list[int]
    ) -> list[Forced]:
        """One forward pass over prompt + recorded output: how each recorded token ranks now.

        The logits go through the same processors as in generation (repetition penalty, ...),
        each step seeing the tokens before it, so the ranks compare with the recorded margins.
        """
        loaded = self._load(req.model, req.revision)
        self._threads(self.fingerprint(req))
        seq = torch.tensor([prompt_ids + output_ids], device=self.device)
        with torch.inference_mode():
            logits = (
                loaded.model(input_ids=seq, attention_mask=torch.ones_like(seq)).logits[0].float()
            )
            steps = logits[len(prompt_ids) - 1 : len(prompt_ids) - 1 + len(output_ids)]
            processors = (
                loaded.model._get_logits_processor(  # what generate() applies, built the same way
                    generation_config=self.generation_config(loaded, max(len(output_ids), 1)),
                    input_ids_seq_length=len(prompt_ids),
                    device=self.device,
                )
            )
            if len(processors):
                steps = torch.cat(
                    [
                        processors(seq[:, : len(prompt_ids) + i], steps[i : i + 1])
                        for i in range(len(output_ids))
                    ]
                )
        recorded = torch.tensor(output_ids, device=self.device)
        chosen = steps.gather(1, recorded[:, None])[:, 0]
        top = steps.topk(2, dim=-1)
        gaps = (top.values[:, 0] - chosen).tolist()
        margins = (top.values[:, 0] - top.values[:, 1]).tolist()
        first, second = top.indices[:, 0].tolist(), top.indices[:, 1].tolist()
        ranked = zip(first, second, gaps, margins, strict=True)
        return [
            Forced(i, output_ids[i], int(a), round(max(g, 0.0), 4), round(m, 4), int(b))
            for i, (a, b, g, m) in enumerate(ranked)
        ]
