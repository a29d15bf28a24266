"""grader verify on a damaged reference set: each damage is found before any mode runs
(invalid, exit 5), and an earlier schema says how to re-record."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.commands.verify import verify
from tests.refsets import edit, generation


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:500])


def _rename_run(data: dict) -> None:
    data["runs"][1]["name"] = "renamed"


def _remove_run(data: dict) -> None:
    del data["runs"][1]


def _out_of_vocabulary(data: dict) -> None:
    generation(data, "chatty")["output_ids"][3] = 10**6


def _control_removed(data: dict) -> None:
    data["runs"] = [r for r in data["runs"] if r["role"] != "control"]


def _student_changed(data: dict) -> None:
    data["student"]["id"] = "someone-else"


def _fingerprint_model_swapped(data: dict) -> None:
    generation(data, "chatty")["fingerprint"]["model"] = "bundled/tiny-terse"


def _model_outside(data: dict) -> None:
    data["runs"][1]["model"] = "../../../../etc"


def _orphan(path: Path) -> None:
    shutil.copy(path, path.with_name("ref-gone.json"))


# each damage is found before any mode runs: one case each, through the CLI in-process
DAMAGES: dict[str, tuple[Callable[[Path], object], str]] = {
    "truncated": (_truncate, "not valid JSON"),
    "missing-field": (lambda p: edit(p, lambda d: d.pop("sha256")), "field sha256"),
    "extra-key": (lambda p: edit(p, lambda d: d.update(surprise=1)), "field surprise"),
    "run-renamed": (lambda p: edit(p, _rename_run), "field runs"),
    "run-removed": (lambda p: edit(p, _remove_run), "field runs"),
    "derived-control-removed": (
        lambda p: edit(p.with_name("ref-ja.json"), _control_removed),
        "derived control",
    ),
    "out-of-vocabulary": (lambda p: edit(p, _out_of_vocabulary), "output_ids[3]"),
    "removed": (lambda p: p.unlink(), "no recording"),
    "earlier-schema": (
        lambda p: edit(p, lambda d: d.update(schema_version=1)),
        "recorded in result schema 1",
    ),
    "total-edited": (lambda p: edit(p, lambda d: d.update(score=d["score"] + 1)), "field score"),
    "passed-edited": (
        lambda p: edit(p, lambda d: d.update(passed=not d["passed"])),
        "field passed",
    ),
    "text-forged": (
        lambda p: edit(p, lambda d: generation(d, "chatty").update(text="A forged answer.")),
        "field text",
    ),
    "nan-margin": (
        lambda p: edit(
            p, lambda d: generation(d, "chatty")["margins"].__setitem__(0, float("nan"))
        ),
        "not a finite number",
    ),
    "fingerprint-model-swapped": (
        lambda p: edit(p, _fingerprint_model_swapped),
        "fingerprint model",
    ),
    "student-changed": (lambda p: edit(p, _student_changed), "field student.id"),
    "model-outside-the-assignment": (
        lambda p: edit(p, _model_outside),
        "is not a model of the assignment",
    ),
    "orphan-recording": (_orphan, "recordings without their submission: ref-gone.json"),
}


@pytest.mark.parametrize("kind", DAMAGES, ids=list(DAMAGES))
def test_a_damaged_reference_is_invalid_not_diverged(
    ref: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from grader.cli import main

    damage, names = DAMAGES[kind]
    damage(ref / "recorded" / "ref-math.json")
    assert main(["verify", str(ref), "--lang", "en"]) == 5
    err = capsys.readouterr().err
    assert "invalid reference" in err and names in err, err
    assert "Traceback" not in err


def test_an_earlier_schema_says_how_to_re_record(
    ref: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from grader.cli import main
    from grader.commands.reference import record_reference

    edit(ref / "recorded" / "ref-math.json", lambda d: d.update(schema_version=1))
    rc = main(["verify", str(ref)])
    assert rc == 5 and "grader verify REFERENCE --record" in capsys.readouterr().err
    assert record_reference(ref, device="cpu")[-1].startswith(
        "ref-math.json: replaced (field schema_version"
    )
    assert verify(ref).ok


def test_an_empty_reference_set_fails(ref: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from grader.cli import main

    for path in (ref / "submissions").glob("*.yaml"):
        path.unlink()
    rc = main(["verify", str(ref)])
    assert rc == 5 and "empty reference set" in capsys.readouterr().err
