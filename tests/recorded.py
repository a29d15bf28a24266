"""The labelled submissions' generations, recorded once and replayed after a teacher-forced check.

Grading the table of cases and the labelled sets (:mod:`tests.labelled`) asks for about 740
generations: some 80 s of greedy decoding on 2 cores, most of the suite's time, spent on
tests that are about the criteria, not the decoding. ``make labelled-generations`` grades each
set from a cold cache and writes :data:`RECORDING`: a line per request, with the request, its
output token ids and text, and the sets that ask for it.

Replaying checks each line against the bundled model here, by one forward pass over prompt and
output (:meth:`grader.generate.engine.Engine.teacher_force`): the prompt renders to the same
ids, every recorded token is the argmax after the tokens before it, the output stops where
greedy decoding stops (at its first end-of-sequence token, or at the budget), and the ids decode
to the recorded text. A line that passes becomes this host's generation in the test's cache:
its fingerprint, pieces and margins are computed here, so the cache's own audit serves it like
any row. A line that fails (a host where a near-tie falls the other way) is left out, and
grading generates it. Left out: the margins are the teacher-forced ones (within 0.001 logits
of ``generate``'s on the recording machine), and ``generate_s`` is 0.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.support import DATA

if TYPE_CHECKING:
    from grader.generate.engine import Engine
    from grader.plan import GenerationRequest
    from grader.results import Generation

RECORDING = DATA / "labelled-generations.jsonl"
"""The recorded generations of the labelled submissions, one JSON object a line."""


@dataclass
class Seeded:
    """What :func:`seed` put in a cache."""

    rows: int = 0
    """Lines of the recording that the sets ask for."""
    served: int = 0
    """Lines that passed their check here and are in the cache."""
    dropped: list[str] = field(default_factory=list)
    """Request keys of the lines that failed their check here (grading generates them)."""


def replay(
    engine: Engine, req: GenerationRequest, output_ids: list[int], text: str
) -> Generation | None:
    """The generation greedy decoding gives ``req`` here, built from recorded output ids, or None
    when the ids are not what it gives (see the module's docstring)."""
    prompt = engine.render(req)
    budget = req.budget(len(prompt[1]))
    eos_ids = engine._load(req.model, req.revision).eos_ids  # where generate would stop
    stops = [i for i, t in enumerate(output_ids) if t in eos_ids]
    last = len(output_ids) - 1
    if not output_ids or (stops[:1] != [last] if stops else last + 1 != budget):
        return None
    steps = engine.teacher_force(req, prompt[1], output_ids)
    ranks = ([s.margin for s in steps], [s.runner_up for s in steps])
    gen = engine.assemble(req, prompt, output_ids, ranks, 0.0)
    if gen.text != text or len(output_ids) > budget or any(s.gap > 0 for s in steps):
        return None
    return gen


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def seed(cache_path: Path, sets: Iterable[str], path: Path = RECORDING) -> Seeded:
    """The recorded generations that ``sets`` ask for, checked here and put in the cache at
    ``cache_path`` under this host's keys (device ``cpu``)."""
    from grader.generate.audit import cache_key
    from grader.generate.cache import Cache
    from grader.generate.engine import Engine
    from grader.plan import GenerationRequest

    wanted, engine, cache, seeded = set(sets), Engine("cpu"), Cache(cache_path), Seeded()
    try:
        for line in _lines(path):
            if wanted.isdisjoint(line["sets"]):
                continue
            seeded.rows += 1
            req = GenerationRequest.model_validate(line["request"])
            gen = replay(engine, req, line["output_ids"], line["text"])
            if gen is None:
                seeded.dropped.append(req.request_key)
                continue
            cache.put(cache_key(req, "cpu"), req, gen)
            seeded.served += 1
    finally:
        cache.close()
    return seeded


def record(path: Path = RECORDING) -> int:
    """Grade every labelled set from a cold cache and write what each generated to ``path``
    (atomically); returns the number of lines."""
    import sqlite3
    from contextlib import closing

    from tests.labelled import every_set, grade_set

    lines: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in every_set():
            cache = Path(tmp) / f"{name}.sqlite"
            grade_set(name, Path(tmp) / name, cache)
            with closing(sqlite3.connect(cache)) as db:
                rows = db.execute("SELECT request, generation FROM generations").fetchall()
            for request, generation in rows:
                gen = json.loads(generation)
                line = lines.setdefault(
                    gen["request_key"],
                    {"request": json.loads(request), "output_ids": gen["output_ids"]}
                    | {"text": gen["text"], "sets": []},
                )
                line["sets"].append(name)
    text = "".join(
        json.dumps(lines[k], ensure_ascii=False, sort_keys=True) + "\n" for k in sorted(lines)
    )
    partial = path.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return len(lines)


if __name__ == "__main__":
    print(f"{record()} generations recorded in {RECORDING.relative_to(DATA.parents[1])}")
