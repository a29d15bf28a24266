"""``grader init`` and ``grader schema`` through the CLI, in English and under ``LANG=ja``: the
baseline stated wherever a student starts (the template, init's output, the schema, both
READMEs), and init never overwriting a file that differs from what it would write."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from grader.commands.assignment import load_assignment
from grader.commands.starter import schema_text, starter_text
from grader.load.assignments import TEMPLATE_FILE
from tests.support import ROOT, locale_only, run_main

SAID = {  # words only that language's message has
    "baseline": {
        "en": "The baseline (compare_to: baseline;",
        "ja": "ベースライン（compare_to: baseline。",
    },
    "wrote": {"en": "wrote offline.yaml", "ja": "offline.yaml を作成しました"},
    "differs": {
        "en": "differs from this assignment's schema",
        "ja": "この課題のスキーマと内容が違います",
    },
}


Grader = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def grader(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Grader:
    """``grader ARGS`` run from ``cwd`` with the language chosen by the locale alone, as a
    student's shell does (in process through the CLI's ``main``)."""

    def run(lang: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        locale_only(monkeypatch, lang)
        monkeypatch.chdir(cwd)
        return run_main(capsys, *args)

    return run


def baseline_words(assignment: str) -> list[str]:
    """The baseline's model, prompt and budget as YAML writes them."""
    base = load_assignment(assignment).assignment.baseline
    key, value = base.budget()
    return [f"model: {base.model}", f'prompt: "{base.prompt}"', f"{key}: {value}"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_init_states_the_baseline_and_the_files_it_wrote(
    tmp_path: Path, lang: str, grader: Grader
) -> None:
    made = grader(lang, "init", "-a", "ex1-offline", "-o", "offline.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    out = made.stdout
    assert SAID["baseline"][lang] in out and SAID["wrote"][lang] in out
    assert all(w in out for w in baseline_words("ex1-offline")), out
    assert "ex1-offline.schema.json" in out and "grader validate offline.yaml" in out
    # the template's own commands name the file init wrote
    text = (tmp_path / "offline.yaml").read_text(encoding="utf-8")
    assert "my_submission" not in text
    assert "grader validate offline.yaml" in text and "grader check offline.yaml" in text


@pytest.mark.parametrize("assignment", ["ex1", "ex1-offline"])
def test_the_template_states_and_prefills_the_baseline(assignment: str) -> None:
    loaded = load_assignment(assignment)
    text = (loaded.folder / TEMPLATE_FILE).read_text(encoding="utf-8")
    assert all(f"#   {w}\n" in text for w in baseline_words(assignment))
    base = loaded.assignment.baseline
    part1 = yaml.safe_load(text)["runs"][0]  # the part 1 run, compared with the baseline
    assert part1["compare_to"] == "baseline" and part1["prompt"] == base.prompt
    assert part1.get("chat", False) == base.chat
    assert {k: part1.get(k) for k in ("max_length", "max_new_tokens")} == {
        "max_length": base.max_length,
        "max_new_tokens": base.max_new_tokens,
    }


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("assignment", ["ex1", "ex1-offline"])
def test_the_schema_describes_the_baseline(
    tmp_path: Path, lang: str, assignment: str, grader: Grader
) -> None:
    printed = grader(lang, "schema", "-a", assignment, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    schema = json.loads(printed.stdout)
    compare_to = schema["$defs"]["Run"]["properties"]["compare_to"]["description"]
    for described in (schema["description"], compare_to):  # both languages, whatever the locale
        assert all(w in described for w in baseline_words(assignment))
        assert SAID["baseline"]["en"] in described and SAID["baseline"]["ja"] in described


@pytest.mark.parametrize("readme", ["README.md", "README.ja.md"])
def test_the_readmes_state_the_baseline(readme: str) -> None:
    text = (ROOT / readme).read_text(encoding="utf-8")
    start = text.index("grader init")  # where a student starts, before the first check
    near = text[start : text.index("grader check", start) + 2000]
    for assignment in ("ex1", "ex1-offline"):
        base = load_assignment(assignment).assignment.baseline
        assert base.model in near, (readme, assignment)
    assert all(f"`{w}`" in near for w in baseline_words("ex1")), readme


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_two_assignments_share_a_folder(tmp_path: Path, lang: str, grader: Grader) -> None:
    for assignment, name in (("ex1-offline", "offline.yaml"), ("ex1", "online.yaml")):
        made = grader(lang, "init", "-a", assignment, "-o", name, cwd=tmp_path)
        assert made.returncode == 0, made.stderr
        first = (tmp_path / name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=./{assignment}.schema.json"
        written = (tmp_path / f"{assignment}.schema.json").read_text(encoding="utf-8")
        assert written == schema_text(load_assignment(assignment))
    again = grader(lang, "init", "-a", "ex1", "-o", "second.yaml", cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # the same schema again: nothing to overwrite
    assert json.loads((tmp_path / "ex1-offline.schema.json").read_text())["title"].endswith(
        "ex1-offline"
    )


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_init_refuses_to_overwrite_a_different_schema(
    tmp_path: Path, lang: str, grader: Grader
) -> None:
    mine = tmp_path / "ex1.schema.json"
    mine.write_text('{"title": "an older one"}\n', encoding="utf-8")
    refused = grader(lang, "init", "-a", "ex1", "-o", "me.yaml", cwd=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert SAID["differs"][lang] in refused.stderr and "grader schema -a ex1" in refused.stderr
    assert mine.read_text(encoding="utf-8") == '{"title": "an older one"}\n'
    assert not (tmp_path / "me.yaml").exists()  # nothing half-written
    mine.unlink()  # as the hint says: delete it and run init again
    assert grader(lang, "init", "-a", "ex1", "-o", "me.yaml", cwd=tmp_path).returncode == 0


def test_a_name_with_a_space_is_quoted_in_the_templates_commands() -> None:
    text = starter_text(load_assignment("ex1"), Path("my sub.yaml"), None)
    assert "#   grader validate 'my sub.yaml'  " in text and "my_submission" not in text
