"""grader verify on copies of the shipped reference set: exact, teacher-forced, grades, JUnit."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from grader.commands.verify import verify
from grader.report.junit import junit_xml
from tests.refsets import edit, generation, retext
from tests.support import run_grader


def test_shipped_reference_set_verifies_on_any_host(ref: Path) -> None:
    """Exact where the recording's fingerprint is this host's, else teacher-forced; ok both ways."""
    report = verify(ref)
    same_host = report.why == "fingerprint matches the recording"
    assert report.ok and report.modes == ["exact" if same_host else "teacher-forced", "grades"]
    # 8 runs + 1 derived control
    assert len([c for c in report.cases if c.mode == report.modes[0]]) == 9


def test_recorded_here_verifies_exactly(recorded: Path) -> None:
    ref = recorded  # record_reference(ref, device="cpu"), once for the module
    report = verify(ref)
    assert report.modes == ["exact", "grades"] and report.ok, report.why
    assert len([c for c in report.cases if c.mode == "exact"]) == 9


def test_tampered_token_is_found_with_its_position(recorded: Path) -> None:
    ref = recorded  # recorded on this host, so that nothing but the token differs

    def tamper(data: dict) -> None:
        generation(data, "chatty")["output_ids"][5] += 1
        retext(generation(data, "chatty"))

    edit(ref / "recorded" / "ref-math.json", tamper)
    report = verify(ref, mode="exact")
    bad = [c for c in report.cases if not c.ok]
    assert [c.name for c in bad] == ["ref-math.chatty"]
    assert "diverged at token 5" in bad[0].message and "recorded margin" in bad[0].message
    assert "likely cause: nothing in the fingerprint changed" in bad[0].message


def _pretend_gpu(data: dict) -> None:
    for gen in data["generations"].values():
        gen["fingerprint"].update(
            dtype="float16", device="cuda", device_name="NVIDIA H100 80GB HBM3", cuda="12.8"
        )


def test_fingerprint_mismatch_routes_to_teacher_forcing(ref: Path) -> None:
    for path in (ref / "recorded").glob("*.json"):
        edit(path, _pretend_gpu)
    report = verify(ref)
    assert report.modes == ["teacher-forced", "grades"] and report.ok
    assert (
        "dtype float16 -> float32" in report.why
        and "device_name NVIDIA H100 80GB HBM3 -> " in report.why
    )
    forced = [c for c in report.cases if c.mode == "teacher-forced"]
    assert sum(c.counts["argmax"] for c in forced) == sum(c.counts["tokens"] for c in forced) > 0


@pytest.mark.parametrize(
    ("slack", "ok", "counter"), [(0.01, True, "fragile_tolerated"), (-0.01, False, "diverged")]
)
def test_token_within_delta_is_fragile_beyond_is_diverged(
    ref: Path, slack: float, ok: bool, counter: str
) -> None:
    recorded = ref / "recorded" / "ref-math.json"
    margin = generation(json.loads(recorded.read_text(encoding="utf-8")), "terse")["margins"][-1]

    def swap_last_for_runner_up(data: dict) -> None:
        _pretend_gpu(data)
        gen = generation(data, "terse")
        gen["output_ids"][-1] = gen["runner_up_ids"][-1]
        retext(gen)

    edit(recorded, swap_last_for_runner_up)
    assignment = ref.parent / "assignment.yaml"
    assignment.write_text(
        assignment.read_text(encoding="utf-8") + f"fragile_margin: {margin + slack}\n",
        encoding="utf-8",
    )
    case = next(c for c in verify(ref).cases if c.name == "ref-math.terse")
    assert case.ok is ok and case.counts[counter] == 1
    if not ok:
        assert "likely cause: dtype float16 -> float32" in case.message


def test_grades_mode_catches_a_changed_threshold(ref: Path) -> None:
    ex1 = ref.parent.parent / "ex1" / "assignment.yaml"
    ex1.write_text(
        ex1.read_text(encoding="utf-8").replace("ratio: 0.5", "ratio: 0.01"), encoding="utf-8"
    )
    report = verify(ref, mode="grades")
    assert report.modes == ["grades"]
    bad = [c for c in report.cases if not c.ok]
    assert bad and all("goal_met: ('passed', 2.0) -> ('failed', 0.0)" in c.message for c in bad)
    # the recorded generations were re-scored: the cause is named from the scoring signature
    assert all("likely cause: the criteria changed: assignment_sha256" in c.message for c in bad)


def test_junit_xml_parses(ref: Path) -> None:
    def tamper(data: dict) -> None:
        generation(data, "phantom")["output_ids"][0] = 7
        retext(generation(data, "phantom"))

    edit(ref / "recorded" / "ref-ja.json", tamper)
    root = ET.fromstring(junit_xml(verify(ref)))
    suite = root.find("testsuite")
    assert (
        suite is not None
        and int(suite.get("tests", "0")) == 11
        and int(suite.get("failures", "0")) == 1
    )
    failed = [tc for tc in suite.iter("testcase") if tc.find("failure") is not None]
    assert [tc.get("name") for tc in failed] == ["ref-ja.phantom"]


def test_record_restores_and_says_what_changed(recorded: Path) -> None:
    from grader.commands.reference import record_reference

    ref = recorded  # this host's recording (the shipped one may come from another host)
    assert record_reference(ref, device="cpu") == []  # stable on the same host
    edit(
        ref / "recorded" / "ref-math.json",
        lambda d: generation(d, "chatty")["output_ids"].__setitem__(3, 9),
    )
    assert record_reference(ref, device="cpu") == ["ref-math.json: chatty tokens changed"]
    assert verify(ref).ok
    # stale words with the same verdict (the scorer's wording changed) are named, not "formatting"
    edit(
        ref / "recorded" / "ref-math.json", lambda d: d["criteria"][0]["evidence"].update(en="old")
    )
    changes = record_reference(ref, device="cpu")
    assert len(changes) == 1 and changes[0].endswith(" evidence changed")


@pytest.mark.parametrize(
    ("drift", "changes"),
    [
        # a rounding flip in the 4th decimal, as another thread count gives: no change
        (0.0004, []),
        (0.05, ["ref-math.json: terse margins moved by up to 0.0500"]),
    ],
)
def test_margins_compare_within_the_stated_tolerance(
    recorded: Path, drift: float, changes: list[str]
) -> None:
    from grader.commands.reference import record_reference
    from grader.results import MARGIN_TOLERANCE

    assert (drift <= MARGIN_TOLERANCE) == (not changes)
    ref = recorded  # this host's recording
    path = ref / "recorded" / "ref-math.json"
    edit(
        path,
        lambda d: generation(d, "terse")["margins"].__setitem__(
            0, generation(d, "terse")["margins"][0] + drift
        ),
    )
    before = path.read_bytes()
    assert record_reference(ref, device="cpu") == changes
    # an equivalent recording is left as it is
    assert (path.read_bytes() == before) == (not changes)


def test_a_missing_model_means_cannot_check_here(ref: Path) -> None:
    """The recording names a model of the assignment that is not in this machine's cache."""
    hub, rev = "Qwen/Qwen2.5-0.5B-Instruct", "7ae557604adf67be50417f59c2c2f167def9a775"
    assignment = ref.parent / "assignment.yaml"
    assignment.write_text(
        assignment.read_text(encoding="utf-8").replace(
            "  - name: bundled/tiny-terse",
            f"  - name: {hub}\n    revision: {rev}\n  - name: bundled/tiny-terse",
        ),
        encoding="utf-8",
    )
    submission = ref / "submissions" / "ref-math.yaml"
    text = submission.read_text(encoding="utf-8")
    submission.write_text(text.replace("model: bundled/tiny-terse", f"model: {hub}"), "utf-8")

    def elsewhere(data: dict) -> None:
        run = next(r for r in data["runs"] if r["name"] == "terse")
        gen = data["generations"][run["generation"]]
        run["model"] = gen["model"] = gen["fingerprint"]["model"] = hub
        gen["fingerprint"]["revision"] = rev

    edit(ref / "recorded" / "ref-math.json", elsewhere)
    proc = run_grader(
        "verify",
        str(ref),
        env={**os.environ, "HF_HUB_CACHE": str(ref / "no-cache"), "HF_HUB_OFFLINE": "1"},
    )
    assert proc.returncode == 3, proc.stderr
    assert hub in proc.stderr and "hf download" in proc.stderr and "Traceback" not in proc.stderr


def test_forged_zero_margins_are_a_divergence_in_either_mode(ref: Path) -> None:
    """Zero margins are numbers, so the set is whole; the model says otherwise."""
    edit(
        ref / "recorded" / "ref-math.json",
        lambda d: generation(d, "chatty").update(
            margins=[0.0] * len(generation(d, "chatty")["margins"])
        ),
    )
    for mode in ("exact", "teacher-forced"):
        report = verify(ref, mode)
        bad = [c for c in report.cases if not c.ok]
        assert bad and all("margins" in c.message for c in bad), [c.message for c in bad]


@pytest.mark.parametrize("how", ["recorded id", "--assignment id", "--assignment path"])
def test_a_reference_set_copied_out_of_its_assignment_folder(
    ref: Path, tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from grader.cli import main

    copy = shutil.copytree(ref, tmp_path / "elsewhere" / "private-refs")
    extra = {
        "recorded id": [],
        "--assignment id": ["--assignment", "ex1-offline"],
        "--assignment path": ["--assignment", str(ref.parent)],
    }[how]
    rc = main(["verify", str(copy), "--mode", "grades", *extra])
    said = capsys.readouterr()
    assert rc == 0, said.err
    assert "2/2 verified" in said.out


def test_junit_parses_with_control_characters_in_fingerprint_fields(ref: Path) -> None:
    def odd(data: dict) -> None:
        generation(data, "chatty")["fingerprint"]["device_name"] = "cpu\x1b[31m\x00\x07name"

    edit(ref / "recorded" / "ref-math.json", odd)
    report = verify(ref, "grades")
    assert "device_name" in report.why
    root = ET.fromstring(junit_xml(report).encode())
    why = root.find(".//property[@name='why']")
    assert why is not None and "\\x1b[31m\\x00\\x07" in str(why.get("value"))
