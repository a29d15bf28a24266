"""Tests for grader.report.gradescope: the autograder payload (shape, hidden tests, languages)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.commands.outputs import write_student
from grader.report.gradescope import gradescope
from grader.results import Result
from grader.util.i18n import Lang

TOP_KEYS = {
    "score",
    "output",
    "output_format",
    "visibility",
    "stdout_visibility",
    "extra_data",
    "tests",
}
TEST_KEYS = {
    "name",
    "number",
    "score",
    "max_score",
    "status",
    "output",
    "output_format",
    "visibility",
    "tags",
}


def test_gradescope_shape(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    crits = [
        make_criterion("c1", points=3.0),
        make_criterion("c2", passed=False),
        make_criterion("h1", visibility="hidden", points=1.5),
        make_criterion("h2", visibility="hidden", evaluated=False, points=4.0),
    ]
    result = make_graded(criteria=crits)
    payload = gradescope(result)
    json.dumps(payload)  # serialisable as results.json
    assert set(payload) == TOP_KEYS
    tests = payload["tests"]
    assert all(set(t) == TEST_KEYS for t in tests)
    assert [t["tags"] for t in tests] == [["c1"], ["c2"], ["h1"]]  # not_evaluated h2 omitted
    assert [t["number"] for t in tests] == ["1", "2", "3"]
    assert [t["visibility"] for t in tests] == ["visible", "visible", "hidden"]
    assert [t["status"] for t in tests] == ["passed", "failed", "passed"]
    assert payload["score"] == pytest.approx(sum(t["score"] for t in tests)) == 4.5
    assert payload["extra_data"]["max_score"] == 6.5 == sum(t["max_score"] for t in tests)
    assert "graded separately by the TA" in payload["output"]


@pytest.mark.parametrize("preview", [True, False])
def test_gradescope_preview_is_stated(make_graded: Callable[..., Result], preview: bool) -> None:
    out = gradescope(make_graded(preview=preview))["output"]
    assert ("PREVIEW (CPU fp32)" in out) is preview


@pytest.mark.parametrize(
    ("lang", "head"), [("en", "could not be graded"), ("ja", "採点できませんでした")]
)
def test_gradescope_ungraded(make_invalid: Callable[..., Result], lang: Lang, head: str) -> None:
    payload = gradescope(make_invalid(), lang)
    assert payload["score"] == 0.0 and payload["tests"] == []
    assert head in payload["output"] and "subs/bad.yaml:3:5:" in payload["output"]
    assert payload["extra_data"]["status"] == "invalid"


def test_gradescope_test_names_in_japanese(make_graded: Callable[..., Result]) -> None:
    tests = gradescope(make_graded(), "ja")["tests"]
    assert tests[0]["name"] == "c1 の題 (c1)"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_written_payload_is_what_json_writes_readably(
    make_graded: Callable[..., Result], tmp_path: Path, lang: Lang
) -> None:
    """The file ``grade`` writes: the payload as ``json.dumps(indent=2, ensure_ascii=False)``
    writes it, Japanese readable rather than escaped."""
    result = make_graded()
    write_student(tmp_path, result, lang)
    written = (tmp_path / "gradescope" / result.file_key / "results.json").read_bytes()
    payload = gradescope(result, lang)
    assert written == json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
    if lang == "ja":
        assert "合格" in written.decode("utf-8") and "\\u" not in written.decode("utf-8")
