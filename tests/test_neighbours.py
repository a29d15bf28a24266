"""Neighbours of an honest submission, through the real pipeline and the bundled models.

Transformations that keep honest work honest (runs reordered or renamed, another id, notes of
one's own) keep its grade. Transformations that turn it into a game never raise it and lose the
credit they aim at: a goal prompt that is its control's in disguise (look-alike letters,
invisible characters, at generated positions), a copy of the shipped example with a run added,
a goal relabelled or its budgets nudged, a model change inside a "prompt-only" run, an answer
cut by the budget.
All variants are graded as one class, so each request is generated once.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from grader.commands.grade import grade
from tests.classes import passing_text
from tests.support import DATA, OFFLINE

DRAGON = "Tell me a story about a dragon."
# its own notes: tests/classes.py's are the project's prose, which earns nothing (pass 87)
BASE = {
    **yaml.safe_load(passing_text("2412100")),
    "notes": "chatty に短くと頼むと一文で終わり、terse に変えると物語がずっと短くなった。",
}
PASS = yaml.safe_load((OFFLINE / "examples" / "pass.yaml").read_text(encoding="utf-8"))
LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "y": "\u0443"}  # Cyrillic
INVISIBLE = ["\u200b", "\u3164", "\u034f", "\ufe0f", "\u00ad", "\u2060"]


def honest() -> dict[str, dict[str, Any]]:
    """Variants that keep the work honest, by name."""
    reordered = {**BASE, "runs": list(reversed(BASE["runs"]))}
    renamed = {**BASE, "runs": [{**r, "name": f"{r['name']}-v2"} for r in BASE["runs"]]}
    other_id = {**BASE, "student": {"id": "2412199"}}
    notes = {
        **BASE,
        "notes": "私は tiny-terse と tiny-chatty を比べ、短くと頼んだ回答が一文で終わるのを見た。",
    }
    return {"reordered": reordered, "renamed": renamed, "other-id": other_id, "notes": notes}


def disguised(control: str, seed: int) -> str:
    """``control`` with look-alike letters or invisible characters at seeded positions."""
    rng = random.Random(seed)
    chars = list(control)
    if seed % 2:
        spots = [i for i, c in enumerate(chars) if c in LOOKALIKE]
        for i in rng.sample(spots, k=min(3, len(spots))):
            chars[i] = LOOKALIKE[chars[i]]
    else:
        for _ in range(3):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(INVISIBLE))
    return "".join(chars)


def _nudged(run: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``run`` with its budget moved by a token or two, most of the time."""
    key = "max_length" if "max_length" in run else "max_new_tokens"
    return {**run, key: run[key] + rng.choice([-2, -1, 0, 1, 2])}


def games() -> dict[str, tuple[dict[str, Any], str]]:
    """Variants that try to earn marks without the work, by name, with the criterion they aim at
    (which must not pass)."""
    part1 = BASE["runs"][0]
    out: dict[str, tuple[dict[str, Any], str]] = {}
    for seed in range(6):  # the goal run's prompt is the derived control's, in disguise
        goal = {
            "name": "same",
            "model": "bundled/tiny-chatty",
            "prompt": disguised(DRAGON, seed),
            "max_new_tokens": 60,
            "goal": "concise",
        }
        out[f"disguised-{seed}"] = ({**BASE, "runs": [part1, goal]}, "steer_attempt")
    extra = {"name": "extra", "model": "bundled/tiny-terse", "prompt": "1+1=?", "max_length": 60}
    copy = {**PASS, "student": {"id": "2412150"}}
    out["copy-plus-run"] = ({**copy, "runs": [*PASS["runs"], extra]}, "original")
    relabelled = [
        {**r, "goal": "one_sentence"} if r.get("goal") == "concise" else r for r in PASS["runs"]
    ]
    out["copy-relabelled"] = ({**copy, "runs": relabelled}, "original")
    for seed in range(2):  # budgets nudged at seeded runs, by seeded amounts: still a copy
        nudged = [_nudged(r, random.Random(seed * 10 + i)) for i, r in enumerate(PASS["runs"])]
        out[f"copy-budgets-{seed}"] = ({**copy, "runs": nudged}, "original")
    # the same prompt as the compared run, on another model: nothing but the model changed
    swap = {**part1, "name": "swap", "model": "bundled/tiny-chatty", "compare_to": "terse"}
    out["model-swap-as-goal"] = (
        {**BASE, "runs": [part1, {**swap, "goal": "concise"}]},
        "steer_attempt",
    )
    cut = {**BASE["runs"][1], "name": "cut", "max_new_tokens": 6}
    out["cut-by-budget"] = ({**BASE, "runs": [part1, cut]}, "steer_moved")
    return out


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    root = tmp_path_factory.mktemp("neighbours")
    folder = root / "class"
    folder.mkdir()
    variants = {"base": BASE, **honest(), **{k: v for k, (v, _) in games().items()}}
    for name, data in variants.items():
        (folder / f"{name}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    grade(folder, "ex1-offline", root / "out", hidden=DATA / "ex1-hidden.yaml", device="cpu")
    results = {}
    for path in (root / "out" / "results").glob("*.json"):
        result = json.loads(path.read_text(encoding="utf-8"))
        results[Path(result["file"]).stem] = result
    return results


def test_the_base_passes(graded: dict[str, dict[str, Any]]) -> None:
    assert graded["base"]["verdict"] == "passed"


@pytest.mark.parametrize("name", sorted(honest()))
def test_an_honest_neighbour_keeps_the_grade(graded: dict[str, dict[str, Any]], name: str) -> None:
    base, got = graded["base"], graded[name]
    assert (got["verdict"], got["score"]) == (base["verdict"], base["score"])


@pytest.mark.parametrize("name", sorted(games()))
def test_a_game_never_raises_the_grade_nor_earns_its_aim(
    graded: dict[str, dict[str, Any]], name: str
) -> None:
    _, aim = games()[name]
    got = graded[name]
    assert got["score"] <= graded["base"]["score"]
    status = {c["id"]: c["status"] for c in got["criteria"]}
    assert status[aim] == "failed", [c["evidence"]["en"] for c in got["criteria"]]
