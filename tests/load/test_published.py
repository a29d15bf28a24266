"""load.published: the index of the honest cases this project publishes in its tests."""

from __future__ import annotations

from grader.load.published import INDEX, build, published
from tests.support import ROOT

FOLDER = ROOT / "assignments" / "ex1-offline"


def test_the_shipped_index_is_the_index_of_the_labelled_sets_as_they_are() -> None:
    """A labelled case added, changed or relabelled without ``make published`` fails here."""
    shipped = (FOLDER / INDEX).read_text(encoding="utf-8")
    assert shipped == build(ROOT / "tests" / "data", "ex1-offline"), "run: make published"


def test_the_index_holds_the_passing_cases_each_with_its_runs() -> None:
    files = {f.name: f for f in published(FOLDER)}
    assert "tests/data/redteam5/rt5-14.yaml" in files  # honest
    assert "tests/data/redteam17/rt17-07.yaml" in files  # gaming, accepted as passing
    # gaming (its copy): its notes only, a student may paste them (pass 75)
    assert files["tests/data/redteam6/rt6-08.yaml"].notes_only
    assert not files["tests/data/redteam6/rt6-08.yaml"].runs
    # honest, but modelled on rt69-11 by its writer: left out, so rt69-11 is not its copy
    assert "tests/data/redteam71/rt71-11.yaml" not in files
    assert "tests/data/redteam69/rt69-11.yaml" in files
    assert all((f.runs or f.notes_only) and len(f.sha256) == 64 for f in files.values())
    assert all(f.notes for f in files.values() if f.notes_only)


def test_a_folder_without_an_index_publishes_nothing() -> None:
    assert published(ROOT / "assignments" / "ex1") == ()
