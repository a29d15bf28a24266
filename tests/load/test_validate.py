"""Submission validation: every hostile or mistaken file gives file:line:col, a message and a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.check import assignment_for
from grader.errors import UserError
from grader.load.validate import load_submission

DATA = Path(__file__).parents[1] / "data"

# file, line, col, fragment of the first message, fragment of its hint (None: no hint expected)
CASES = [
    ("sampling.yaml", 8, 5, "'do_sample' is not allowed", "steer the output with the prompt"),
    ("typo_key.yaml", 4, 5, "missing required key 'prompt'", None),
    ("model_typo.yaml", 5, 12, "is not allowed in ex1-offline", "did you mean: bundled/tiny-terse"),
    ("both_budgets.yaml", 4, 5, "exactly one of max_new_tokens or max_length", "max_length counts prompt"),
    ("max_length_trap.yaml", 7, 17, "max_length 5 leaves no room", "max_new_tokens: N"),
    ("unquoted_id.yaml", 3, 7, "expected text, got 2412345", 'put it in quotes: "2412345"'),
    ("bad_id.yaml", 3, 7, "is not allowed here", "1-32 letters"),
    ("duplicate_key.yaml", 7, 5, "duplicate key 'prompt' (first at line 6)", "silently keep only the last"),
    ("python_tag.yaml", 2, 15, "python/object/apply:os.system' is not allowed", "plain YAML"),
    ("compare_cycle.yaml", 8, 17, "compare_to forms a cycle", "'baseline'"),
    ("compare_missing.yaml", 8, 17, "compare_to 'baseilne' names no other run", "did you mean: baseline"),
    ("duplicate_run.yaml", 8, 11, "run name 'a' is used twice", None),
    ("too_many_tokens.yaml", 7, 21, "max_new_tokens 5000 is over the limit 200", None),
    ("wrong_type.yaml", 7, 21, "expected a whole number, got 'eighty'", "without quotes"),
    ("unknown_assignment.yaml", 1, 13, "no assignment 'ex9' found", "did you mean: ex1"),
    ("syntax.yaml", 6, 1, "YAML syntax error", "spaces, not tabs"),
    ("runs_not_list.yaml", 3, 7, "expected a list", None),
    ("not_utf8.yaml", 2, 18, "not UTF-8", "Shift_JIS"),
    ("empty.yaml", 0, 0, "the file is empty", "template.yaml"),
    ("billion_laughs.yaml", 9, 14, "more than 64 aliases", None),
    ("deep.yaml", 1, 35, "nesting deeper than 32 levels", None),
]


def _load(path: Path) -> object:
    return load_submission(path, assignment_for(path, None))


@pytest.mark.parametrize(("name", "line", "col", "message", "hint"), CASES, ids=[c[0] for c in CASES])
def test_bad_submission_is_located(name: str, line: int, col: int, message: str, hint: str | None) -> None:
    path = DATA / "bad" / name
    with pytest.raises(UserError) as info:
        _load(path)
    first = info.value.diagnostics[0]
    assert (first.file, first.line, first.col) == (str(path), line, col)
    assert message in first.message.en
    assert first.message.ja  # every message is bilingual
    if hint is None:
        assert first.hint is None or first.hint.en
    else:
        assert first.hint is not None and hint in first.hint.en


def test_all_problems_of_a_file_are_reported() -> None:
    with pytest.raises(UserError) as info:
        _load(DATA / "bad" / "sampling.yaml")
    keys = [d.message.en.split("'")[1] for d in info.value.diagnostics]
    assert keys == ["do_sample", "temperature"]


def test_valid_submission_loads() -> None:
    loaded = load_submission(DATA / "valid.yaml", assignment_for(DATA / "valid.yaml", None))
    sub = loaded.submission
    assert sub.student.id == "2412345" and sub.student.name == "電通 太郎"
    assert [r.name for r in sub.runs] == ["terse", "concise"]
    assert len(loaded.sha256) == 64


def test_japanese_messages() -> None:
    with pytest.raises(UserError) as info:
        _load(DATA / "bad" / "typo_key.yaml")
    assert "もしかして: prompt" in info.value.render("ja")


def test_a_huge_file_is_refused_by_its_size_without_reading_it(tmp_path: Path, offline, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from grader.pipeline import validate_all

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024 ** 3)
    reads: list[int] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: reads.append(1) or real_open(self, *a, **k))  # type: ignore[func-returns-value]
    subs, rows = validate_all([(huge, "huge.yaml")], offline)
    assert not subs and reads == [] and rows[0].sha256 == ""
    assert "file is 2147483648 bytes; the limit is" in rows[0].errors[0].render("en")


def test_a_file_is_read_once_and_its_hash_is_of_the_bytes_read(tmp_path: Path, offline, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from grader.pipeline import validate_all

    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_bytes((Path(__file__).parents[2] / "assignments" / "ex1-offline" / "examples" / "pass.yaml").read_bytes())
    bad.write_bytes(b"assignment: ex1-offline\nstudent: {id: 1}\n")
    reads: list[str] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: reads.append(self.name) or real_open(self, *a, **k))  # type: ignore[func-returns-value]
    subs, rows = validate_all([(good, "good.yaml"), (bad, "bad.yaml")], offline)
    assert sorted(r for r in reads if r.endswith(".yaml")) == ["bad.yaml", "good.yaml"]  # (tokenizer files aside)
    assert next(iter(subs.values())).sha256 == hashlib.sha256(good.read_bytes()).hexdigest()
    assert rows[0].sha256 == hashlib.sha256(bad.read_bytes()).hexdigest()
