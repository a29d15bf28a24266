"""score.reworded on every labelled file: no two honest files are each other's rewordings, and
the labelled copies (classmates', published cases') are. The measure's cases and its index are
tests/score/test_clusters.py."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.commands.assignment import load_assignment
from grader.load.schemas import Copies
from grader.load.validate import load_submission
from grader.score.reworded import Own, own_runs, rewordings
from grader.score.similar import shipped_view
from grader.util.errors import UserError
from tests.support import ROOT

COPIES = [  # (a copy, what it copies): each written by a red-team pass as a disguised copy
    ("redteam5/rt5-08", "redteam5/rt5-10"),
    ("redteam14/rt14-08", "redteam13/rt13-15"),
    ("redteam14/rt14-09", "redteam14/rt14-08"),
    ("redteam14/rt14-09", "redteam13/rt13-15"),
    ("redteam13/rt13-08", "redteam12/rt12-14"),
    ("redteam15/rt15-09", "redteam15/rt15-08"),
    ("redteam16/rt16-07", "redteam16/rt16-06"),
    ("redteam16/rt16-09", "redteam16/rt16-08"),
    ("redteam17/rt17-09", "redteam9/rt9-12"),
    ("redteam18/rt18-08", "redteam18/rt18-07"),
    ("redteam20/rt20-08", "redteam20/rt20-07"),
    ("redteam20/rt20-09", "redteam18/rt18-14"),
    ("redteam22/rt22-08", "redteam22/rt22-07"),
    ("redteam22/rt22-09", "redteam9/rt9-13"),
    ("redteam23/rt23-09", "redteam23/rt23-08"),
    ("redteam24/rt24-08", "redteam24/rt24-07"),
    ("redteam26/rt26-08", "redteam26/rt26-07"),
    ("redteam27/rt27-09", "redteam26/rt26-15"),
    ("redteam28/rt28-08", "redteam27/rt27-15"),
]
MET = [("redteam12/rt12-13", "redteam24/rt24-15")]
"""Honest files the measure links: the baseline's request in Japanese with 英語でお願いします on
the same budget (a review flag on the later one; the limit is in score.reworded's docstring)."""


@pytest.fixture(scope="module")
def files() -> dict[str, tuple[str, list[Any]]]:
    """Every labelled file that validates: name -> (kind, runs)."""
    loaded = load_assignment("ex1-offline")
    out = {}
    for labels in sorted((ROOT / "tests" / "data").glob("*/labels.yaml")):
        cases = yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]
        for case, label in cases.items():
            try:
                sub = load_submission(labels.parent / f"{case}.yaml", loaded)
            except UserError:
                continue
            out[f"{labels.parent.name}/{case}"] = (label["kind"], list(sub.submission.runs))
    return out


@pytest.fixture(scope="module")
def common() -> Any:
    return shipped_view(load_assignment("ex1-offline")).common


@pytest.fixture(scope="module")
def labelled(files: dict[str, tuple[str, list[Any]]], common: Any) -> dict[str, tuple[str, Own]]:
    """Every labelled file that validates: name -> (kind, own runs)."""
    return {name: (kind, own_runs(runs, common)) for name, (kind, runs) in files.items()}


def test_no_two_honest_labelled_files_are_rewordings_but_the_known_pair(
    labelled: dict[str, tuple[str, Own]],
) -> None:
    honest = sorted(n for n, (kind, _) in labelled.items() if kind == "honest")
    assert len(honest) > 80
    linked = [
        (a, b)
        for a, b in itertools.combinations(honest, 2)
        if rewordings(labelled[a][1], labelled[b][1], Copies())
    ]
    assert linked == MET


@pytest.mark.parametrize(("copy", "original"), COPIES)
def test_every_labelled_disguised_copy_is_a_rewording(
    labelled: dict[str, tuple[str, Own]], copy: str, original: str
) -> None:
    assert rewordings(labelled[copy][1], labelled[original][1], Copies())


TAGS = ["({n})", "[{n}]", "#{n}", "(try {n})", "Run {n}:", "{n})", "v{n}", "v.{n}", "(take {n})"]
TAGS += [
    "— {n}",
    "({n}/4)",
    "(attempt {n} of 4)",
    "-- try {n}!",
    "Try {n} -",
    "その{n}",
    "（{n}回目）",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(TAGS), st.booleans(), st.integers(0, 20), st.data())
def test_a_copy_numbering_its_prompts_is_still_a_copy(
    files: dict[str, tuple[str, list[Any]]],
    labelled: dict[str, tuple[str, Own]],
    common: Any,
    tag: str,
    before: bool,
    start: int,
    data: st.DataObject,
) -> None:
    """rt28-08: a published case with another number on each prompt ("(try 1)" .. "(try 4)"). A
    number that labels a prompt says nothing of its request, wherever it stands."""
    mine = sorted(
        n for n, (k, own) in labelled.items() if k == "honest" and rewordings(own, own, Copies())
    )
    name = data.draw(st.sampled_from(mine))
    runs = [
        r.model_copy(
            update={
                "prompt": f"{tag.format(n=start + i)} {r.prompt}"
                if before
                else f"{r.prompt} {tag.format(n=start + i)}"
            }
        )
        for i, r in enumerate(files[name][1])
    ]
    assert rewordings(own_runs(runs, common), labelled[name][1], Copies()), (name, runs[-1].prompt)


@pytest.mark.parametrize(
    ("count", "other"),
    [
        ("in {n} sentences", 2),
        ("in under {n} words", 40),
        ("as a {n}-word story", 30),
        ("in {n} short sentences", 4),
        ("{n}文で", 3),
        ("in {n} lines (try 1)", 2),
    ],
)
def test_a_stated_count_stays_part_of_the_design(
    files: dict[str, tuple[str, list[Any]]], common: Any, count: str, other: int
) -> None:
    """The contrast: a number that counts something (a word follows it) is the run's request, so
    the same prompts with another count are another design (honest students choose their own)."""
    runs = files["redteam27/rt27-15"][1]

    def counted(n: int) -> list[Any]:
        return [
            r.model_copy(update={"prompt": f"{r.prompt} {count.format(n=n)}"}) if r.goal else r
            for r in runs
        ]

    a, b = own_runs(counted(other), common), own_runs(counted(other + 3), common)
    assert a.designs != b.designs
