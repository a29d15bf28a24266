"""Grading validity: labelled submissions, honest and gaming, through the real pipeline.

Each case is a submission a student could write, with the verdict the tutorial's intent gives
it (課題1: change the model or the prompt and see the output change; change only the prompt to
steer the output toward a goal). The class is graded once on the bundled models, without and
with the TA's hidden file, and every case is checked criterion by criterion. A case that earns
marks without doing the exercise, or fails while doing it honestly, is a grading bug.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml

from grader.commands.grade import grade
from tests.support import ROOT
from tests.validity_cases import CASES
from tests.validity_runs import HIDDEN, write_case


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation cache for the module's three classes: they share the baseline, the
    controls and some runs."""
    return tmp_path_factory.mktemp("validity-cache") / "cache.sqlite"


@pytest.fixture(scope="module")
def graded(
    tmp_path_factory: pytest.TempPathFactory, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    """The whole table graded as one class: public (what check says) and with the hidden file."""
    root = tmp_path_factory.mktemp("validity")
    folder = root / "class"
    folder.mkdir()
    for sid, runs, notes, *_ in CASES:
        write_case(folder, sid, runs, notes)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for label, hidden in (("public", None), ("hidden", HIDDEN)):
        grade(
            folder,
            "ex1-offline",
            root / label,
            hidden=hidden,
            device="cpu",
            cache_path=cache,
        )
        out[label] = {
            p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in (root / label / "results").glob("*.json")
        }
    return out


@pytest.mark.parametrize(
    ("sid", "runs", "notes", "expected", "public", "with_hidden"), CASES, ids=[c[0] for c in CASES]
)
def test_case(
    graded: dict[str, dict[str, dict[str, Any]]],
    sid: str,
    runs: list[dict[str, Any]],
    notes: str | None,
    expected: dict[str, str],
    public: str,
    with_hidden: str,
) -> None:
    got = graded["hidden"][sid]
    statuses = {c["id"]: c["status"] for c in got["criteria"]}
    assert {k: statuses[k] for k in expected} == expected, [
        c["evidence"]["en"] for c in got["criteria"]
    ]
    assert (graded["public"][sid]["verdict"], got["verdict"]) == (public, with_hidden)


def test_check_never_promises_what_grade_takes_back(
    graded: dict[str, dict[str, dict[str, Any]]],
) -> None:
    for sid, result in graded["public"].items():
        if result["verdict"] == "passed":
            assert graded["hidden"][sid]["verdict"] == "passed", sid


# --- labelled held-out sets, graded as written, each with labels.yaml beside its files:
# unseen: 20 cases written from the exercise text alone, before the criteria changed;
# redteam: 20 attempts to earn the marks without doing the exercise, written after;
# redteam2 to redteam27: 26 more red-team passes (20, 12 and 24 of 15 files; attempts, and
# honest files a first-year would write), each written after the fixes of the pass before.
SETS = ["unseen", "redteam", *(f"redteam{n}" for n in range(2, 28))]


def _labels(folder: Path) -> dict[str, dict[str, str]]:
    cases: dict[str, dict[str, str]] = yaml.safe_load(
        (folder / "labels.yaml").read_text(encoding="utf-8")
    )["cases"]
    return cases


LABELS = {name: _labels(ROOT / "tests" / "data" / name) for name in SETS}


def _grade_labelled(
    source: Path, names: Iterable[str], root: Path, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    """The files ``names`` of ``source`` graded as a class (labels.yaml left out), public and
    with the hidden file."""
    folder = root / "class"
    folder.mkdir()
    for name in names:
        (folder / f"{name}.yaml").write_bytes((source / f"{name}.yaml").read_bytes())
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for label, hidden in (("public", None), ("hidden", HIDDEN)):
        grade(folder, "ex1-offline", root / label, hidden=hidden, device="cpu", cache_path=cache)
        out[label] = {}
        for path in (root / label / "results").glob("*.json"):
            result = json.loads(path.read_text(encoding="utf-8"))
            out[label][Path(result["file"]).stem] = result
        summary = json.loads((root / label / "summary.json").read_text(encoding="utf-8"))
        for row in summary["files"]:  # an invalid file has its row here, and no result
            if row["status"] == "invalid":
                out[label][Path(row["file"]).stem] = {**row, "criteria": []}
        for cluster in summary["clusters"]:  # a classmate's copy is flagged class-wide
            for file in cluster["files"]:
                out[label][Path(file).stem]["clustered"] = True
    return out


def _check_labelled(
    graded: dict[str, dict[str, dict[str, Any]]], label: dict[str, str], name: str
) -> None:
    """The intended verdict (or the accepted one, where labels.yaml says why it differs), or, for
    a false pass a measure cannot rule out, a review flag (a criterion's, or a class-wide cluster
    for a classmate's copy); and check never promises more than grade gives."""
    got = graded["hidden"][name]
    # a disagreement kept in the open: the label as written, and what is accepted and why
    intended = label.get("accepted", label["intended"])
    flagged = any(c.get("review") for c in got["criteria"]) or got.get("clustered", False)
    assert got["verdict"] == intended or (intended == "failed" and flagged), (
        label["why"],
        [c["evidence"]["en"] for c in got["criteria"]],
    )
    public = graded["public"][name]["verdict"]
    assert public != "passed" or got["verdict"] == "passed"


class _LabelledSets:
    """A share of the labelled sets, graded in a class-scoped fixture. Split in two classes,
    the sets spread over pytest-xdist's workers (``--dist loadscope`` sends a class to one
    worker); graded in one module fixture they kept one worker busy for most of the suite."""

    sets: ClassVar[tuple[str, ...]] = ()

    @pytest.fixture(scope="class")
    @classmethod
    def labelled(
        cls, tmp_path_factory: pytest.TempPathFactory, cache: Path
    ) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
        """Each of this share's sets graded as its own class."""
        return {
            name: _grade_labelled(
                ROOT / "tests" / "data" / name, LABELS[name], tmp_path_factory.mktemp(name), cache
            )
            for name in cls.sets
        }

    def test_a_labelled_case_gets_its_verdict_or_a_review_flag(
        self,
        labelled: dict[str, dict[str, dict[str, dict[str, Any]]]],
        labelled_set: str,
        name: str,
    ) -> None:
        _check_labelled(labelled[labelled_set], LABELS[labelled_set][name], name)

    def test_few_honest_cases_are_flagged_for_review(
        self, labelled: dict[str, dict[str, dict[str, dict[str, Any]]]]
    ) -> None:
        """A review flag is for the doubtful: at most 1 in 10 honest, passing cases carries one
        (in each share of the sets, so in all of them too)."""
        _few_flagged(
            [
                labelled[s]["hidden"][n]
                for s in self.sets
                for n, label in LABELS[s].items()
                if label["kind"] == "honest" and labelled[s]["hidden"][n]["verdict"] == "passed"
            ]
        )


class TestLabelledSetsA(_LabelledSets):
    sets = tuple(SETS[0::2])


class TestLabelledSetsB(_LabelledSets):
    sets = tuple(SETS[1::2])


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each share's cases, one test each, named ``set-file``."""
    if metafunc.cls is not None and issubclass(metafunc.cls, _LabelledSets):
        if "labelled_set" in metafunc.fixturenames:
            cases = [(s, n) for s in metafunc.cls.sets for n in sorted(LABELS[s])]
            metafunc.parametrize(
                ("labelled_set", "name"), cases, ids=[f"{s}-{n}" for s, n in cases]
            )


def _few_flagged(passing_honest: list[dict[str, Any]]) -> None:
    """At most one in ten, rounded up: each share is a part of the whole, so a share may hold
    one flag more than a tenth of its own (in all, 10 of 139 at 2026-12-02's pass 26)."""
    flagged = [r["file"] for r in passing_honest if any(c.get("review") for c in r["criteria"])]
    assert len(flagged) <= math.ceil(len(passing_honest) / 10), flagged


def test_few_honest_table_cases_are_flagged_for_review(
    graded: dict[str, dict[str, dict[str, Any]]],
) -> None:
    """The same limit for the table's honest, passing cases."""
    _few_flagged([r for r in graded["hidden"].values() if r["verdict"] == "passed"])


def test_an_unfilled_template_is_invalid() -> None:
    from grader.commands.assignment import load_assignment
    from grader.load.validate import load_submission
    from grader.util.errors import UserError

    with pytest.raises(UserError) as info:
        load_submission(
            ROOT / "assignments" / "ex1-offline" / "template.yaml", load_assignment("ex1-offline")
        )
    assert all("is not filled in" in d.message.en for d in info.value.diagnostics)
