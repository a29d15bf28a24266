"""A synthetic class for ``grader bench``: N submissions shaped like a real class's.

About 60% of the runs share popular requests (the baseline and a few common prompts), the rest
are unique, and about half the students use the chat template in one run. Measuring is
:mod:`grader.commands.bench`'s business.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from grader.load.assignments import LoadedAssignment
from grader.load.validate import load_submission
from grader.plan import GenerationRequest, plan

_POPULAR = [
    ("bundled/tiny-terse", "Tell me a story about a dragon."),
    ("bundled/tiny-chatty", "Tell me a story about a dragon in one sentence."),
    ("bundled/tiny-chatty", "1+1=?"),
    ("bundled/tiny-terse", "ドラゴンの物語を聞かせてください。"),
]
BUDGET = 60
BUNDLED = ["bundled/tiny-chatty", "bundled/tiny-terse"]


def synthetic_class(
    folder: Path, n: int, models: list[str], assignment_id: str, seed: int = 0
) -> None:
    """N submissions of 3 runs; ~60% of runs are popular (shared) requests, the rest unique; the
    third run of about half the students uses the chat template (chat: true), as real classes do;
    notes of their own, one in twenty copied from a classmate."""
    rng = random.Random(seed)
    popular = [(models[i % len(models)], p) for i, (_, p) in enumerate(_POPULAR)]
    notes: list[str] = []
    for i in range(n):
        runs = []
        for j in range(3):
            model, prompt = (
                rng.choice(popular)
                if rng.random() < 0.6
                else (rng.choice(models), f"Tell me a story about a dragon named D{i}x{j}.")
            )
            chat = j == 2 and rng.random() < 0.5
            runs.append(
                f"  - name: r{j}\n    model: {model}\n    prompt: "
                f"{json.dumps(prompt, ensure_ascii=False)}\n"
                f"    max_new_tokens: {BUDGET}\n"
                + ("    goal: concise\n" if j == 1 else "")
                + ("    chat: true\n" if chat else "")
            )
        head = f'assignment: {assignment_id}\nstudent: {{id: "s{i:04d}"}}\nruns:\n'
        text = (
            head + "".join(runs) + f"notes: {json.dumps(_notes(rng, notes), ensure_ascii=False)}\n"
        )
        (folder / f"s{i:04d}.yaml").write_text(text, encoding="utf-8")


_WORDS = (
    "the model prompt output changed shorter longer story dragon answer sentence japanese "
    "english list token budget chat template concise steer control baseline grader tiny terse "
    "chatty asked once only when then because it was more less words lines ended eos cut"
).split()


_LATIN = "abcdefghijklmnopqrstuvwxyz"
_KANA_KANJI = "".join(map(chr, range(0x3041, 0x3097))) + "".join(map(chr, range(0x4E00, 0x5200)))


def _notes(rng: random.Random, earlier: list[str]) -> str:
    """A student's notes: common words of the exercise and words of their own, in English or,
    for every other student, Japanese (as free text has: a class's notes share a vocabulary,
    not their sentences, and their trigrams are many), or, one in twenty, a classmate's copied
    with one word changed, so the bench exercises the notes index too."""
    if earlier and rng.random() < 0.05:
        words = rng.choice(earlier).split()
        words[rng.randrange(len(words))] = rng.choice(_WORDS)
        text = " ".join(words)
    else:
        letters = _LATIN if len(earlier) % 2 else _KANA_KANJI
        own = ["".join(rng.choices(letters, k=rng.randint(3, 7))) for _ in range(7)]
        text = " ".join(rng.sample([*rng.sample(_WORDS, 7), *own], 14))
    earlier.append(text)
    return text


def requests_and_runs(
    folder: Path, loaded: LoadedAssignment
) -> tuple[list[GenerationRequest], list[tuple[str, str, bool]]]:
    """The class's unique requests (as grade plans them) and every run the naive way makes: each
    student's runs and the baseline once per student, as (model, prompt, chat)."""
    subs = [load_submission(p, loaded) for p in sorted(folder.glob("*.yaml"))]
    baseline = loaded.assignment.baseline
    runs = [(r.model, r.prompt, r.chat) for s in subs for r in s.submission.runs]
    runs += [(baseline.model, baseline.prompt, False)] * len(subs)
    return list(plan(loaded.assignment, subs).requests.values()), runs
