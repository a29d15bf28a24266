"""Submission validation: every hostile or mistaken file gives file:line:col, a message and a
hint."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from grader.commands.assignment import assignment_for
from grader.load import reading
from grader.load.assignments import LoadedAssignment
from grader.load.discover import Found
from grader.load.validate import load_submission
from grader.util.errors import UserError
from tests.support import DATA, ROOT

# file, line, col, fragment of the first message, fragment of its hint (every mistake has one)
CASES = [
    ("sampling.yaml", 8, 5, "'do_sample' is not allowed", "steer the output with the prompt"),
    ("typo_key.yaml", 4, 5, "missing required key 'prompt'", "add 'prompt: ...'"),
    ("model_typo.yaml", 5, 12, "is not allowed in ex1-offline", "did you mean: bundled/tiny-terse"),
    (
        "both_budgets.yaml",
        4,
        5,
        "exactly one of max_new_tokens or max_length",
        "max_length counts prompt",
    ),
    ("max_length_trap.yaml", 7, 17, "max_length 5 leaves no room", "max_new_tokens: N"),
    ("unquoted_id.yaml", 3, 7, "expected text, got 2412345", 'put it in quotes: "2412345"'),
    ("bad_id.yaml", 3, 7, "is not allowed here", "1-32 letters"),
    (
        "duplicate_key.yaml",
        7,
        5,
        "duplicate key 'prompt' (first at line 6)",
        "silently keep only the last",
    ),
    ("python_tag.yaml", 2, 15, "python/object/apply:os.system' is not allowed", "plain YAML"),
    ("compare_cycle.yaml", 8, 17, "compare_to forms a cycle", "'baseline'"),
    (
        "compare_missing.yaml",
        8,
        17,
        "compare_to 'baseilne' names no other run",
        "did you mean: baseline",
    ),
    ("duplicate_run.yaml", 8, 11, "run name 'a' is used twice", "its own name"),
    ("too_many_tokens.yaml", 7, 21, "max_new_tokens 5000 is over the limit 200", "use at most 200"),
    ("wrong_type.yaml", 7, 21, "expected a whole number, got 'eighty'", "without quotes"),
    ("unknown_assignment.yaml", 1, 13, "no assignment 'ex9' found", "did you mean: ex1"),
    (
        "syntax.yaml",
        6,
        1,
        "YAML syntax error: a tab in the indentation",
        "replace the tab with spaces",
    ),
    # the line the student must fix (the parser notices one line later), with the specific hint
    ("key_equals.yaml", 8, 5, "Python 'key=value' syntax", "max_length: 50"),
    ("prompt_equals.yaml", 7, 5, "Python 'key=value' syntax", "'key: value'"),
    ("fullwidth_colon.yaml", 6, 5, "full-width colon", "half-width ':'"),
    ("fullwidth_space.yaml", 7, 1, "full-width space (U+3000)", "half-width space"),
    ("runs_not_list.yaml", 3, 7, "expected a list", "write a list"),
    ("not_utf8.yaml", 2, 18, "not UTF-8", "Shift_JIS"),
    ("empty.yaml", 0, 0, "the file is empty", "template.yaml"),
    ("billion_laughs.yaml", 9, 14, "more than 64 aliases", "without anchors"),
    ("deep.yaml", 1, 35, "nesting deeper than 32 levels", "without anchors"),
]


def _load(path: Path) -> object:
    return load_submission(path, assignment_for(path, None))


@pytest.mark.parametrize(
    ("name", "line", "col", "message", "hint"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_submission_is_located(name: str, line: int, col: int, message: str, hint: str) -> None:
    path = DATA / "bad" / name
    with pytest.raises(UserError) as info:
        _load(path)
    first = info.value.diagnostics[0]
    assert (first.file, first.line, first.col) == (str(path), line, col)
    assert message in first.message.en
    assert first.message.ja  # every message is bilingual
    assert first.hint is not None and hint in first.hint.en


@pytest.mark.parametrize(
    "name", ["syntax.yaml", "key_equals.yaml", "fullwidth_colon.yaml", "fullwidth_space.yaml"]
)
def test_syntax_errors_are_japanese_in_japanese(name: str) -> None:
    with pytest.raises(UserError) as info:
        _load(DATA / "bad" / name)
    first = info.value.diagnostics[0]
    assert (
        first.message.ja.startswith("YAML の構文エラー: ")
        and first.message.ja[11:12] not in "abcdefghijklmnopqrstuvwxyz"
    )
    assert first.hint is not None and first.hint.ja != first.hint.en


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


_QUOTED = re.compile(
    r"'[^']*'|\"[^\"]*\"|「[^」]*」|（parser: [^）]*）|\([^)]*\)|[\w./-]*[_/.][\w./-]*"
)
_ENGLISH = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}")


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "bad").glob("*.yaml")))
def test_every_mistake_reads_in_japanese_with_a_hint(name: str) -> None:
    """In --lang ja no English sentence comes through (names, quoted input and the parser's marked
    words aside), and every message has a hint."""
    with pytest.raises(UserError) as info:
        _load(DATA / "bad" / name)
    for d in info.value.diagnostics:
        message = _QUOTED.sub("", d.message.ja)
        assert not _ENGLISH.search(message), d.message.ja
        assert d.hint is not None and not _ENGLISH.search(_QUOTED.sub("", d.hint.ja)), d.render(
            "ja"
        )


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        # as typed
        (
            "assignment: ex1-offline\nstudent:\n  id: 0123456\nruns: []\n",
            3,
            'put it in quotes: "0123456"',
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nname: a\nmodel: bundled/tiny-terse\n',
            3,
            "under 'runs:'",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: ["a", "b"]\n    max_new_tokens: 9\n',
            6,
            "several runs",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: "a"\n    max_new_tokens: 9\n    torch_dtype: float16\n',
            8,
            "fp16 on the course GPU",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: "a"\n    max_new_tokens: 9\n    trust_remote_code: true\n',
            8,
            "never",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: "a"\n    max_new_tokens: 9\n    goal: short\n',
            8,
            "accepted goals: concise, one_sentence",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: "a"\n    max_new_tokens: 9\n    goal: 簡潔\n',
            8,
            "accepted goals: concise, one_sentence",
        ),
        (
            'assignment: ex1-offline\nstudent: {id: "1"}\nruns:\n  - name: a\n    model: '
            "bundled/tiny-terse\n"
            '    prompt: "a"\n    max_new_tokens: 9\n    goal: consise\n',
            8,
            "did you mean: concise",
        ),
    ],
)
def test_the_hint_fits_the_mistake(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        _load(path)
    first = next(d for d in info.value.diagnostics if d.line == line)
    assert first.hint is not None and fragment in first.hint.en, first.render("en")


def test_an_uncached_tokenizer_is_a_warning_not_a_silent_ok(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "empty-cache"))
    real = DATA.parent.parent / "assignments" / "ex1" / "examples" / "pass.yaml"
    loaded = load_submission(real, assignment_for(real, None))
    assert len(loaded.warnings) == len(loaded.submission.runs)
    assert "could not be checked" in loaded.warnings[0].message.en and loaded.warnings[0].line == 11
    offline = DATA.parent.parent / "assignments" / "ex1-offline" / "examples" / "pass.yaml"
    # bundled: checked
    assert load_submission(offline, assignment_for(offline, None)).warnings == []


def test_a_huge_file_is_refused_by_its_size_without_reading_it(
    tmp_path: Path, offline: LoadedAssignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grader.pipeline import validate_all

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024**3)
    reads: list[int] = []
    real_fdopen = os.fdopen

    class Spy:
        """The opened file, remembering every read."""

        def __init__(self, fd: int, mode: str) -> None:
            self.fh = real_fdopen(fd, mode)

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def read(self, n: int) -> bytes:
            reads.append(n)
            return self.fh.read(n)

    monkeypatch.setattr(os, "fdopen", Spy)
    subs, rows = validate_all([Found(huge, "huge.yaml", b"huge.yaml")], offline)
    assert not subs and reads == [] and rows[0].sha256 == ""
    assert "file is 2147483648 bytes; the limit is" in rows[0].errors[0].render("en")


def test_a_file_is_read_once_and_its_hash_is_of_the_bytes_read(
    tmp_path: Path, offline: LoadedAssignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from grader.pipeline import validate_all

    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    example = ROOT / "assignments" / "ex1-offline" / "examples" / "pass.yaml"
    good.write_bytes(example.read_bytes().replace(b"example-0001", b"2412345"))
    bad.write_bytes(b"assignment: ex1-offline\nstudent: {id: 1}\n")
    reads: list[str] = []

    def named(path: str, flags: int) -> int:
        reads.append(Path(path).name)
        return os.open(path, flags)

    monkeypatch.setattr(reading, "_open", named)
    subs, rows = validate_all([Found.given(good), Found.given(bad)], offline)
    # (tokenizer files aside)
    assert sorted(r for r in reads if r.endswith(".yaml")) == ["bad.yaml", "good.yaml"]
    assert subs[0].sha256 == hashlib.sha256(good.read_bytes()).hexdigest()
    assert rows[0].sha256 == hashlib.sha256(bad.read_bytes()).hexdigest()
