"""Progress while models generate: a rich progress bar on a terminal, nothing elsewhere.

The pipeline calls a callback after each request; this module makes that callback. It prints
nothing by itself off a terminal (CI logs, cron); what a batch job shows there is the caller's.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console


class ProgressBar:
    """A rich progress bar for generation on a terminal; silent otherwise (CI logs, cron).
    Entering it gives the callback the pipeline calls after each request."""

    def __enter__(self) -> Callable[[int, int, int], None]:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        console = Console(stderr=True)
        self._bar: Progress | None = None
        if not console.is_terminal:
            return lambda done, total, tokens: None
        bar = self._bar = Progress(
            TextColumn("generating"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[tps]}"),
            TimeRemainingColumn(),
            console=console,
        )
        bar.start()
        task = bar.add_task("gen", total=None, tps="")

        def update(done: int, total: int, tokens: int) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, completed=done, total=total, tps=f"{tokens / elapsed:.0f} tok/s")

        return update

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
