"""grader init and grader schema: a student's first file, and the schema editors check it with."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel

from grader.commands.assignment import load_assignment
from grader.commands.starter import (
    SCHEMA_FILE,
    field_docstrings,
    init,
    schema_file,
    schema_text,
)
from grader.load.schemas import Run, Student, Submission
from grader.load.validate import load_submission
from grader.util.errors import UserError
from tests.support import run_main

FILLED = {  # what a student writes over each placeholder
    "<<氏名（任意） / your name (optional)>>": "電通 太郎",
    (
        "<<同じ依頼を目標に合わせて言い換えたもの / "
        "the same request, asked so the answer reaches your goal>>"
    ): "Tell me a story about a dragon. Answer briefly.",
    (
        "<<モデルやプロンプトを変えて気づいたこと / "
        "what you observed when you changed the model and the prompt>>"
    ): "モデルを変えると物語が短くなり、簡潔にと頼むと一文で終わった。",
}


@pytest.mark.parametrize("assignment", ["ex1", "ex1-offline"])
def test_shipped_schema_is_current(assignment: str) -> None:
    loaded = load_assignment(assignment)
    assert (loaded.folder / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text(loaded)
    assert (
        (loaded.folder / "template.yaml")
        .read_text(encoding="utf-8")
        .startswith(f"# yaml-language-server: $schema=./{SCHEMA_FILE}\n")
    )


@pytest.mark.parametrize("assignment", ["ex1", "ex1-offline"])
def test_schema_lists_models_and_goals(assignment: str) -> None:
    loaded = load_assignment(assignment)
    schema = json.loads(schema_text(loaded))
    run = schema["$defs"]["Run"]
    assert run["properties"]["model"]["enum"] == [m.name for m in loaded.assignment.models]
    assert run["properties"]["goal"]["anyOf"][0]["enum"] == [
        "concise",
        "one_sentence",
        "japanese",
        "english",
        "list",
    ]
    assert schema["properties"]["assignment"]["const"] == assignment
    assert run["additionalProperties"] is False and "description" in run["properties"]["prompt"]
    for example in (loaded.folder / "examples").glob("*.yaml"):  # the shipped examples fit it
        for r in yaml.safe_load(example.read_text(encoding="utf-8"))["runs"]:
            assert r["model"] in run["properties"]["model"]["enum"] and r.get("goal") in [
                None,
                *loaded.goal_names,
            ]


def test_init_then_fill_then_validate(tmp_path: Path) -> None:
    loaded = load_assignment("ex1-offline")
    path, schema = init(loaded, tmp_path / "me.yaml", "1234567")
    assert schema == tmp_path / "ex1-offline.schema.json" == tmp_path / schema_file(loaded)
    assert schema.read_text(encoding="utf-8") == schema_text(loaded)
    text = path.read_text(encoding="utf-8")
    assert (
        text.startswith("# yaml-language-server: $schema=./ex1-offline.schema.json\n")
        and 'id: "1234567"' in text
    )
    with pytest.raises(UserError) as info:  # the remaining placeholders, each at its line
        load_submission(path, loaded)
    assert len(info.value.diagnostics) == len(FILLED)
    for placeholder, value in FILLED.items():
        text = text.replace(placeholder, value)
    path.write_text(text, encoding="utf-8")
    sub = load_submission(path, loaded).submission
    assert sub.student.id == "1234567" and [r.goal for r in sub.runs] == [None, "concise"]


@pytest.mark.parametrize(
    ("sid", "exists", "fragment"),
    [
        ("12 34", False, "is not a valid id"),
        ("1234567", True, "init never overwrites"),
    ],
)
def test_init_refuses(tmp_path: Path, sid: str, exists: bool, fragment: str) -> None:
    out = tmp_path / "me.yaml"
    if exists:
        out.write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match=fragment):
        init(load_assignment("ex1"), out, sid)
    assert not exists or out.read_text(encoding="utf-8") == "mine"


def test_cli_init_and_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)

    def grader(*args: str) -> subprocess.CompletedProcess[str]:
        return run_main(capsys, *args)

    made = grader("init", "-a", "ex1-offline", "--lang", "ja")
    assert (
        made.returncode == 0
        and "grader validate my_submission.yaml" in made.stdout
        and "作成しました" in made.stdout
    )
    again = grader("init", "-a", "ex1-offline")
    assert again.returncode == 2 and "Traceback" not in again.stderr and "-o" in again.stderr
    printed = grader("schema", "-a", "ex1")
    assert (
        printed.returncode == 0
        and json.loads(printed.stdout)["properties"]["assignment"]["const"] == "ex1"
    )


@pytest.mark.parametrize(
    ("lang", "words"), [("en", ["ok: me.yaml", "PASSED"]), ("ja", ["ok: me.yaml", "合格"])]
)
def test_a_students_first_hour_init_edit_validate_check(
    tmp_path: Path,
    lang: str,
    words: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The README's path, as a student walks it: init, replace the placeholders, validate, check
    (each in-process through main(), so the suite does not start or import torch once more)."""
    from grader.cli import main

    monkeypatch.chdir(tmp_path)

    def grader(*args: str) -> subprocess.CompletedProcess[str]:
        return run_main(capsys, *args, "--lang", lang)

    assert grader("init", "-a", "ex1-offline", "--id", "1234567", "-o", "me.yaml").returncode == 0
    assert grader("validate", "me.yaml").returncode == 2  # the placeholders are still there
    text = (tmp_path / "me.yaml").read_text(encoding="utf-8")
    for placeholder, value in FILLED.items():
        text = text.replace(placeholder, value)
    (tmp_path / "me.yaml").write_text(text, encoding="utf-8")
    valid = grader("validate", "me.yaml")
    rc = main(["check", "me.yaml", "--device", "cpu", "--no-cache", "--lang", lang])
    checked = capsys.readouterr()
    assert valid.returncode == 0 and rc == 0, valid.stderr + checked.out + checked.err
    assert all(w in valid.stdout + checked.out for w in words)
    assert (tmp_path / "reports" / "1234567.html").is_file()


@pytest.mark.parametrize("model", [Submission, Run, Student])
def test_every_submission_field_has_its_docstring_in_the_schema(model: type[BaseModel]) -> None:
    docs = field_docstrings(model)
    assert set(docs) == set(model.model_fields) and all(docs.values())  # inherited ones too
    schema = json.loads(schema_text(load_assignment("ex1")))
    props = (schema if model is Submission else schema["$defs"][model.__name__])["properties"]
    # 'assignment' becomes a const with its own words; a $ref (student) is described by its model
    shown = {n: p["description"] for n, p in props.items() if n != "assignment" and "$ref" not in p}
    # compare_to's also names the baseline (tests/commands/test_starter_cli.py)
    assert all(shown[n].startswith(docs[n]) for n in shown) and len(shown) >= 2
    assert {n: d for n, d in shown.items() if n != "compare_to"} == {
        n: d for n, d in docs.items() if n in shown and n != "compare_to"
    }
