"""Progress while models generate: a rich progress bar on a terminal; off a terminal, a plain line
every ``every`` seconds when asked (``grade`` under Slurm or nohup), else nothing.

The pipeline calls a callback after each request; this module makes that callback. ``check``
asks for no lines off a terminal (its output is the result), ``grade`` for one every 10 s, so a
batch job's log shows it is alive without being flooded. On a terminal ``check`` shows its steps
instead of a bar (:func:`step_lines`): which model loads, then one line per generation with the
runs it serves, so a student waiting ten seconds sees why.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from rich.console import Console

from grader.results import Step
from grader.util.i18n import Lang, T
from grader.util.textsafe import visible

Clock = Callable[[], float]


class ProgressBar:
    """A rich progress bar for generation on a terminal; off a terminal, a line to ``stream``
    at most every ``every`` seconds (None: silent). Entering it gives the callback the pipeline
    calls after each request."""

    def __init__(
        self,
        every: float | None = None,
        lang: Lang = "en",
        stream: TextIO | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.every, self.lang, self.clock = every, lang, clock
        self.stream = stream or sys.stderr
        self._bar: object | None = None

    def __enter__(self) -> Callable[[int, int, int], None]:
        console = Console(stderr=True)
        if console.is_terminal and self.stream is sys.stderr:
            return self._rich(console)
        if self.every is None:
            return lambda done, total, tokens: None
        return self._lines()

    def _lines(self) -> Callable[[int, int, int], None]:
        started = last = self.clock()
        every = self.every or 0.0

        def update(done: int, total: int, tokens: int) -> None:
            nonlocal last
            now = self.clock()
            if now - last < every and done < total:
                return
            last = now
            elapsed = max(now - started, 1e-9)
            left = (total - done) * elapsed / done if done else 0.0
            rate = tokens / elapsed
            line = T(
                f"generating {done}/{total} ({rate:.0f} tok/s, about {left:.0f} s left)",
                f"生成中 {done}/{total}（{rate:.0f} トークン/秒、残り約 {left:.0f} 秒）",
            )
            print(line.get(self.lang), file=self.stream, flush=True)

        return update

    def _rich(self, console: Console) -> Callable[[int, int, int], None]:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        bar = Progress(
            TextColumn(T("generating", "生成中").get(self.lang)),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[tps]}"),
            TimeRemainingColumn(),
            console=console,
        )
        self._bar = bar
        bar.start()
        task = bar.add_task("gen", total=None, tps="")

        def update(done: int, total: int, tokens: int) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(
                task,
                completed=done,
                total=total,
                tps=f"{tokens / elapsed:.0f} " + T("tok/s", "トークン/秒").get(self.lang),
            )

        return update

    def __exit__(self, *exc: object) -> None:
        from rich.progress import Progress

        if isinstance(self._bar, Progress):
            self._bar.stop()


def step_lines(lang: Lang = "en", stream: TextIO | None = None) -> Callable[[Step], None]:
    """A watcher of the generation loop that prints each step as one line to ``stream``
    (stderr by default): ``loading bundled/tiny-chatty…``, then ``  baseline: 91 tokens, 1.2 s``.
    The caller decides whether anyone watches (``check`` on a terminal)."""
    out = stream or sys.stderr

    def show(step: Step) -> None:
        model = visible(step.model)
        if step.kind == "loading":
            line = T(f"loading {model}…", f"{model} を読み込み中…").get(lang)
        else:
            runs = ", ".join(visible(r) for r in step.runs) or "—"
            line = T(
                f"  {runs}: {step.tokens} tokens, {step.seconds:.1f} s",
                f"  {runs}: {step.tokens} トークン、{step.seconds:.1f} 秒",
            ).get(lang)
        print(line, file=out, flush=True)

    return show
