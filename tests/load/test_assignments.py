"""Shipped assignments, the offline twin, hidden criteria and the assignment file's own errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.commands.assignment import load_assignment
from grader.load import assignments
from grader.load.assignments import read_assignment
from grader.load.validate import load_submission
from grader.util.errors import UserError
from tests.support import DATA, ROOT

EXAMPLES = sorted((ROOT / "assignments").glob("*/examples/*.yaml"))
TEMPLATES = sorted((ROOT / "assignments").glob("*/template.yaml"))


def test_shipped_assignments_resolve_by_id() -> None:
    assert assignments.shipped_ids() == ["ex1", "ex1-offline"]
    assert load_assignment("ex1").assignment.baseline.model == "meta-llama/Llama-2-7b-chat-hf"


def test_offline_twin_grades_the_same_criteria() -> None:
    real, twin = load_assignment("ex1").assignment, load_assignment("ex1-offline").assignment
    assert twin.criteria == real.criteria and twin.pass_threshold == real.pass_threshold
    assert {m.name for m in twin.models} == {"bundled/tiny-chatty", "bundled/tiny-terse"}
    assert all(m.revision for m in real.models)  # real models are pinned


@pytest.mark.parametrize(
    "path", EXAMPLES, ids=[f"{p.parent.parent.name}/{p.name}" for p in EXAMPLES]
)
def test_shipped_examples_validate_with_reserved_ids(path: Path) -> None:
    sub = load_submission(path, load_assignment(path.parent.parent.name))
    # obviously not a student
    assert sub.submission.runs and sub.submission.student.id.startswith("example-")


@pytest.mark.parametrize("path", TEMPLATES, ids=[p.parent.name for p in TEMPLATES])
def test_an_unfilled_template_is_rejected_at_each_placeholder(path: Path) -> None:
    with pytest.raises(UserError) as info:
        load_submission(path, load_assignment(path.parent.name))
    lines = path.read_text(encoding="utf-8").splitlines()
    # id, name, the goal run's prompt, notes (the part 1 run comes filled in with the baseline's)
    assert len(info.value.diagnostics) == 4
    for d in info.value.diagnostics:  # each at its own value (a block scalar at its key)
        assert "<<" in lines[d.line - 1] or lines[d.line - 1].startswith("notes:")
    for d in info.value.diagnostics:
        assert "is not filled in" in d.message.en and "書き換えられていません" in d.message.ja
        assert d.hint is not None and "<<...>>" in d.hint.en and "<<...>>" in d.hint.ja


def test_hidden_criteria_stay_hidden_until_the_ta_file_is_given() -> None:
    public = load_assignment("ex1").assignment
    hidden = next(c for c in public.criteria if c.visibility == "hidden")
    assert hidden.type is None and hidden.params == {}
    full = load_assignment("ex1", DATA / "ex1-hidden.yaml").assignment
    assert next(c for c in full.criteria if c.id == hidden.id).type == "concise"


@pytest.mark.parametrize(
    ("twin", "hidden_for", "fits"),
    [
        ("ex1-offline", "ex1", True),  # the shipped twin takes its parent's hidden file
        ("course-b", "ex1", True),  # any twin: the parent is read from `extends`, not the name
        ("course-b", "course-b", True),
        ("ex9-offline", "ex9", False),  # a name that merely looks like a twin's is not one
    ],
)
def test_a_twin_takes_the_hidden_file_of_the_assignment_it_extends(
    tmp_path: Path, twin: str, hidden_for: str, fits: bool
) -> None:
    text = (ROOT / "assignments" / "ex1-offline" / "assignment.yaml").read_text(encoding="utf-8")
    folder = tmp_path / twin
    folder.mkdir()
    (folder / "assignment.yaml").write_text(
        text.replace("id: ex1-offline", f"id: {twin}"), encoding="utf-8"
    )
    hidden = tmp_path / "hidden.yaml"
    hidden.write_text(
        (DATA / "ex1-hidden.yaml")
        .read_text(encoding="utf-8")
        .replace("assignment: ex1\n", f"assignment: {hidden_for}\n"),
        encoding="utf-8",
    )
    if fits:
        full = load_assignment(folder, hidden).assignment
        assert next(c for c in full.criteria if c.id == "concise_strict").type == "concise"
    else:
        with pytest.raises(UserError, match=f"hidden file is for '{hidden_for}'"):
            load_assignment(folder, hidden)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "assignment: ex1\ncriteria:\n  nope: {type: concise, params: {max: 3}}\n",
            "'nope' is not a hidden criterion",
        ),
        ("assignment: ex2\ncriteria: {}\n", "hidden file is for 'ex2'"),
        (
            "assignment: ex1\ncriteria:\n  concise_strict: {type: concise, params: {}}\n",
            "give max, ratio or both",
        ),
        ("assignment: ex1\ncriteria:\n  concise_strict: {type: consice}\n", "valid types: concise"),
    ],
)
def test_bad_hidden_files(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "hidden.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_assignment("ex1", path)
    assert fragment in info.value.render("en")


@pytest.mark.parametrize(
    ("edit", "fragment"),
    [
        (
            ("type: goal_moved", "type: goal_move"),
            "unknown criterion type 'goal_move'; valid types",
        ),
        (("params: {max_chrf: 90}", "params: {max_chrf: 90, typo: 1}"), "typo"),
        (
            ("    visibility: hidden", "    visibility: hidden\n    type: concise"),
            "shows its type/params in the public file",
        ),
        (("pass_threshold: 0.6", "pass_threshold: 6"), "pass_threshold"),
        (
            ("  - id: steer_moved", "  - id: steer_attempt"),
            "duplicate criterion id 'steer_attempt'",
        ),
        (("applies_to_goal: concise", "applies_to_goal: brief"), "unknown goal 'brief'"),
        (
            ("applies_after: steer_moved", "applies_after: concise_strict"),
            "'concise_strict' is not a public criterion",
        ),
        (("applies_after: steer_moved", "applies_after: moved"), "'moved' is not a public"),
    ],
)
def test_assignment_mistakes_are_located(
    tmp_path: Path, edit: tuple[str, str], fragment: str
) -> None:
    text = (ROOT / "assignments" / "ex1" / "assignment.yaml").read_text(encoding="utf-8")
    assert edit[0] in text
    path = tmp_path / "ex1" / "assignment.yaml"
    path.parent.mkdir()
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_assignment(path)
    assert fragment in info.value.render("en")
    assert info.value.diagnostics[0].line > 0


def test_unknown_assignment_suggests_the_shipped_ones() -> None:
    with pytest.raises(UserError, match="no assignment 'ex2' found"):
        load_assignment("ex2")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            "assignment: ex1\n# a comment\n\ncriteria:\n  concise_strict:\n    type: concise\n    "
            "params: {}\n",
            7,
            "give max, ratio or both",
        ),
        (
            "assignment: ex1\ncriteria:\n\n\n  concise_strict: {type: consice}\n",
            5,
            "valid types: concise",
        ),
    ],
)
def test_hidden_file_errors_are_reported_at_its_own_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    path = tmp_path / "ta-hidden.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_assignment("ex1", path)
    first = info.value.diagnostics[0]
    assert (first.file, first.line) == (str(path), line) and fragment in first.render("en")


def test_the_params_check_is_the_grading_layers(tmp_path: Path) -> None:
    """Reading alone does not know the criterion registry: it checks with what the caller passes,
    and the commands' loader passes the registry's check."""
    text = (ROOT / "assignments" / "ex1" / "assignment.yaml").read_text(encoding="utf-8")
    path = tmp_path / "ex1" / "assignment.yaml"
    path.parent.mkdir()
    path.write_text(
        text.replace("params: {max_chrf: 90}", "params: {max_chrf: 900}"), encoding="utf-8"
    )
    assert read_assignment(path, None, lambda kind, params: None).assignment.id == "ex1"
    with pytest.raises(UserError, match="max_chrf"):
        load_assignment(path)


def test_the_hidden_file_is_named_by_a_keyed_hash_never_a_plain_one(tmp_path: Path) -> None:
    """A plain sha256 of a hidden file in the documented format could be reversed by hashing
    candidate parameters; the keyed one cannot be tested without the TA's key."""
    import hashlib
    import stat

    hidden = tmp_path / "ex1-hidden.yaml"
    raw = (DATA / "ex1-hidden.yaml").read_bytes()
    hidden.write_bytes(raw)
    loaded = load_assignment("ex1", hidden)
    key = tmp_path / "ex1-hidden.yaml.key"
    assert key.is_file() and stat.S_IMODE(key.stat().st_mode) == 0o600  # made on first use
    assert loaded.hidden_hmac.startswith("hmac-sha256:")
    assert hashlib.sha256(raw).hexdigest() not in loaded.hidden_hmac
    # the same file and key give the same value (verify tells a changed file); another key not
    assert load_assignment("ex1", hidden).hidden_hmac == loaded.hidden_hmac
    key.write_bytes(b"another key" * 3)
    hidden.write_bytes(raw + b"\n")  # a new mtime, so the assignment is read again
    assert load_assignment("ex1", hidden).hidden_hmac != loaded.hidden_hmac


SHIPPED_WITH_IDS = [
    *EXAMPLES,
    *sorted((ROOT / "assignments" / "ex1-offline" / "reference" / "submissions").glob("*.yaml")),
]


@pytest.mark.parametrize(
    "path", SHIPPED_WITH_IDS, ids=[f"{p.parent.name}/{p.name}" for p in SHIPPED_WITH_IDS]
)
def test_a_shipped_file_copied_byte_for_byte_under_its_id_is_refused(
    tmp_path: Path, path: Path
) -> None:
    """At its own path the shipped file is itself; anywhere else its id is not a student's (the
    sixth red team copied a reference submission, id and all, and its copy check skipped it)."""
    assignment = path.parents[2].name if path.parent.name == "submissions" else path.parents[1].name
    loaded = load_assignment(assignment)
    assert load_submission(path, loaded).submission.runs
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes())
    with pytest.raises(UserError) as info:
        load_submission(copy, loaded)
    assert any("is the id of the shipped file" in d.message.en for d in info.value.diagnostics)
