"""score.reworded on every labelled file: no two honest files are each other's rewordings, and
the labelled copies (classmates', published cases') are. The measure's cases and its index are
tests/score/test_clusters.py."""

from __future__ import annotations

import itertools

import pytest
import yaml

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
]
MET = [("redteam12/rt12-13", "redteam24/rt24-15")]
"""Honest files the measure links: the baseline's request in Japanese with 英語でお願いします on
the same budget (a review flag on the later one; the limit is in score.reworded's docstring)."""


@pytest.fixture(scope="module")
def labelled() -> dict[str, tuple[str, Own]]:
    """Every labelled file that validates: name -> (kind, own runs)."""
    loaded = load_assignment("ex1-offline")
    common = shipped_view(loaded).common
    out = {}
    for labels in sorted((ROOT / "tests" / "data").glob("*/labels.yaml")):
        cases = yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]
        for case, label in cases.items():
            try:
                sub = load_submission(labels.parent / f"{case}.yaml", loaded)
            except UserError:
                continue
            out[f"{labels.parent.name}/{case}"] = (
                label["kind"],
                own_runs(sub.submission.runs, common),
            )
    return out


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
