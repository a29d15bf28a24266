"""Clusters of identical or near-identical submissions across a class (flags for the TA, no
penalty)."""

from __future__ import annotations

import random
import string
from typing import Literal

from grader.load.schemas import Student
from grader.results import Result, RunResult
from grader.score.similar import clusters, flags

TEMPLATE_NOTES = "考察 / Observations:\n<<what you observed>>"


def result(
    sid: str,
    prompt: str,
    notes: str,
    model: str = "bundled/tiny-chatty",
    status: Literal["graded", "invalid", "error"] = "graded",
) -> Result:
    runs = [
        RunResult(
            name="baseline",
            role="baseline",
            model=model,
            prompt="Tell me a story about a dragon.",
            chat=False,
            max_new_tokens=None,
            max_length=100,
            compare_to=None,
            goal=None,
            generation="b",
        ),
        RunResult(
            name=f"run-{sid}",
            model=model,
            prompt=prompt,
            chat=False,
            max_new_tokens=80,
            max_length=None,
            compare_to=None,
            goal="concise",
            generation="r",
        ),
    ]
    return Result(
        grader_version="0",
        status=status,
        file=f"{sid}.yaml",
        sha256="0" * 64,
        assignment="ex1-offline",
        student=Student(id=sid),
        runs=runs,
        notes=notes,
    )


def _own_words(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase + " ") for _ in range(60))


def test_a_class_of_60_with_36_copies_shows_one_cluster_of_36() -> None:
    copied = [
        result(
            f"c{i:02d}",
            "Tell me a story about a dragon. Answer briefly.",
            f"考察 / Observations:\n自分の言葉で {i} 番目",
        )
        for i in range(36)
    ]
    own = [
        result(f"o{i:02d}", f"Tell me a story about a dragon number {i}.", _own_words(i))
        for i in range(24)
    ]
    found = clusters(copied + own, TEMPLATE_NOTES)
    assert [len(c.files) for c in found] == [36] and found[0].same_runs
    flagged = flags(found)
    assert len(flagged) == 36 and flagged["c00.yaml"] == "similar:1/36:runs"


def test_run_names_case_and_punctuation_do_not_hide_a_copy() -> None:
    a = result(
        "a", "Tell me a story about a dragon. Answer briefly.", "Notes A are mine and long enough."
    )
    b = result(
        "b",
        "tell me a story about a dragon answer briefly",
        "Totally different words written here by B.",
    )
    assert [c.files for c in clusters([a, b])] == [["a.yaml", "b.yaml"]]


def test_near_identical_notes_link_files_with_different_runs() -> None:
    notes = "モデルを変えると物語が短くなり、一文で答えるよう頼むと EOS で終わった。"
    a = result("a", "Prompt one about a dragon.", notes)
    b = result("b", "Prompt two about a dragon.", notes.replace("。", "！"))
    found = clusters([a, b])
    assert len(found) == 1 and found[0].similar_notes and not found[0].same_runs


def test_the_templates_notes_alone_do_not_link_anyone() -> None:
    a = result("a", "Prompt one.", "考察 / Observations:\nshort")
    b = result("b", "Prompt two.", "考察 / Observations:\nshort")
    assert clusters([a, b], TEMPLATE_NOTES) == []


def test_only_graded_files_are_compared() -> None:
    a = result("a", "Same prompt.", "n")
    b = result("b", "Same prompt.", "n", status="invalid")
    assert clusters([a, b]) == []
