"""Full-width typing anywhere a Japanese input method leaves it, at generated positions: U+3000
in the indentation, after a colon, after a value; full-width digits in numbers and ids;
full-width letters in model names and keys. Each is reported at its own line and column, with
a hint that says 全角 and shows the half-width form, and never "without quotes" when there were
none. Also syntax errors at their cause: an unclosed quote or bracket where it opens, pasted
Python."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.commands.assignment import load_assignment
from grader.load.validate import load_submission
from grader.util.errors import Diagnostic, UserError
from tests.support import OFFLINE

BASE = (OFFLINE / "examples" / "pass.yaml").read_text(encoding="utf-8")
BASE = BASE.replace("example-0001", "2412345")
LINES = BASE.splitlines()
WIDE_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
WIDE_LETTERS = {chr(c): chr(c + 0xFEE0) for c in range(0x61, 0x7B)}


def _problems(text: str) -> list[Diagnostic]:
    loaded = load_assignment("ex1-offline")
    with pytest.raises(UserError) as info:
        load_submission(Path("x.yaml"), loaded, "x.yaml", (text.encode("utf-8"), ""))
    return info.value.diagnostics


def _keyed(kind: str) -> list[int]:
    """Lines (0-based) of a kind: key lines, number values, quoted ids, model values."""
    patterns = {
        "key": r"^\s*(?:- )?[a-z_]+:",
        "number": r"^\s*max_(?:length|new_tokens): \d+$",
        "id": r'^\s*id: "\d+"$',
        "model": r"^\s*model: bundled/tiny-\w+$",
    }
    return [n for n, line in enumerate(LINES) if re.match(patterns[kind], line)]


def _edit(n: int, new: str) -> str:
    return "\n".join([*LINES[:n], new, *LINES[n + 1 :]]) + "\n"


def _assert_wide(problems: list[Diagnostic], line: int, col: int, half: str | None) -> None:
    first = problems[0]
    assert (first.line, first.col) == (line, col), first.render("en")
    assert first.hint is not None and "全角" in (first.message.ja + first.hint.ja)
    assert "full-width" in first.message.en + first.hint.en
    assert "without quotes" not in first.hint.en and "引用符なし" not in first.hint.ja
    if half is not None:
        assert first.hint.en.endswith(half) and first.hint.ja.endswith(half)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_full_width_space_in_the_indentation(data: st.DataObject) -> None:
    n = data.draw(st.sampled_from(_keyed("key")))
    line = LINES[n]
    indent = len(line) - len(line.lstrip())
    at = data.draw(st.integers(0, indent))
    problems = _problems(_edit(n, line[:at] + "\u3000" + line[at:]))
    assert problems[0].line == n + 1 and problems[0].col == at + 1
    assert "全角スペース" in problems[0].message.ja and "U+3000" in problems[0].message.en


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_full_width_space_after_a_colon(data: st.DataObject) -> None:
    n = data.draw(st.sampled_from([i for i in _keyed("key") if ": " in LINES[i]]))
    line = LINES[n]
    colon = line.index(": ")
    edited = line[: colon + 1] + "\u3000" + line[colon + 2 :]
    problems = _problems(_edit(n, edited))
    assert (problems[0].line, problems[0].col) == (n + 1, colon + 2)
    assert "コロンの後に全角スペース" in problems[0].message.ja


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_a_full_width_space_after_a_number(data: st.DataObject) -> None:
    n = data.draw(st.sampled_from(_keyed("number")))
    problems = _problems(_edit(n, LINES[n] + "\u3000"))
    value = LINES[n].split(": ")[1]
    _assert_wide(problems, n + 1, len(LINES[n]) + 1, value)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_full_width_digits_in_a_number(data: st.DataObject) -> None:
    n = data.draw(st.sampled_from(_keyed("number")))
    key, value = LINES[n].split(": ")
    which = data.draw(st.integers(0, len(value) - 1))  # one digit or all of them
    wide = value[:which] + value[which:].translate(WIDE_DIGITS)
    problems = _problems(_edit(n, f"{key}: {wide}"))
    _assert_wide(problems, n + 1, len(key) + 3 + which, value)


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 6))
def test_full_width_digits_in_an_id(which: int) -> None:
    (n,) = _keyed("id")
    line = LINES[n]
    start = line.index('"') + 1
    value = line[start:-1]
    wide = value[:which] + value[which].translate(WIDE_DIGITS) + value[which + 1 :]
    problems = _problems(_edit(n, line[:start] + wide + '"'))
    _assert_wide(problems, n + 1, start + 1 + which, value)


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_full_width_letters_in_a_model_name(data: st.DataObject) -> None:
    n = data.draw(st.sampled_from(_keyed("model")))
    line = LINES[n]
    start = line.index("bundled/")
    at = data.draw(st.integers(start, len(line) - 1).filter(lambda i: line[i] in WIDE_LETTERS))
    problems = _problems(_edit(n, line[:at] + WIDE_LETTERS[line[at]] + line[at + 1 :]))
    _assert_wide(problems, n + 1, at + 1, line[start:])


def test_a_key_in_full_width_letters() -> None:
    (n, *_) = [i for i in _keyed("number")]
    line = LINES[n]
    indent = len(line) - len(line.lstrip())
    edited = line[:indent] + WIDE_LETTERS[line[indent]] + line[indent + 1 :]
    first = _problems(_edit(n, edited))[0]
    assert (first.line, first.col) == (n + 1, indent + 1)
    assert first.hint is not None and first.hint.ja.endswith(line.strip().split(":")[0])


def test_quotes_are_named_only_when_there_were_some() -> None:
    (n, *_) = _keyed("number")
    key, value = LINES[n].split(": ")
    quoted = _problems(_edit(n, f'{key}: "{value}"'))[0]
    assert quoted.hint is not None and "without quotes" in quoted.hint.en
    word = _problems(_edit(n, f"{key}: {value}tokens"))[0]
    assert word.hint is not None and "without quotes" not in word.hint.en


@pytest.mark.parametrize(
    ("opening", "closing", "says"),
    [('"', '"', "quote"), ("'", "'", "quote"), ("[", "]", "'['"), ("{", "}", "'{'")],
)
@pytest.mark.parametrize("which", [0, 1, 3])
def test_an_unclosed_quote_or_bracket_is_reported_where_it_opens(
    opening: str, closing: str, says: str, which: int
) -> None:
    prompts = [i for i, line in enumerate(LINES) if line.strip().startswith("prompt:")]
    n = prompts[which]
    line = LINES[n]
    col = line.index('"')
    body = line[col + 1 : line.rindex('"')]
    edited = line[:col] + opening + body  # never closed
    problems = _problems(_edit(n, edited))
    assert (problems[0].line, problems[0].col) == (n + 1, col + 1), problems[0].render("en")
    assert says in problems[0].message.en and "never closed" in problems[0].message.en
    assert problems[0].hint is not None and "閉じ" in problems[0].hint.ja


@pytest.mark.parametrize(
    "python",
    [
        "import torch",
        "from transformers import pipeline",
        'pipe = pipeline("text-generation", model=model)',
        'print(pipe("Tell me a story"))',
        "model = AutoModelForCausalLM.from_pretrained(name)",
    ],
)
@pytest.mark.parametrize("at", [0, 4, -1])
def test_pasted_python_gets_its_own_hint(python: str, at: int) -> None:
    lines = list(LINES)
    where = at if at >= 0 else len(lines)
    lines.insert(where, python)
    problems = _problems("\n".join(lines) + "\n")
    assert (problems[0].line, problems[0].col) == (where + 1, 1)
    assert problems[0].hint is not None
    assert "Python code does not go in this file" in problems[0].hint.en
    assert "Python のコードはこのファイルに書きません" in problems[0].hint.ja


def _cli_case(kind: str) -> tuple[str, int]:
    """An edited pass example of ``kind`` and the 1-based line of its mistake."""
    number = _keyed("number")[0]
    if kind == "indent":  # the first space of the indentation typed full-width
        return _edit(number, "\u3000" + LINES[number][1:]), number + 1
    if kind == "digits":
        return _edit(number, LINES[number].translate(WIDE_DIGITS)), number + 1
    if kind == "python":
        return "import torch\n" + BASE, 1
    prompt = next(i for i, line in enumerate(LINES) if line.strip().startswith("prompt:"))
    return _edit(prompt, LINES[prompt].rstrip('"')), prompt + 1  # an unclosed quote


@pytest.mark.parametrize(
    ("kind", "en", "ja"),
    [
        ("indent", "full-width space (U+3000)", "全角スペース（U+3000）"),
        ("digits", "full-width", "全角"),
        (
            "python",
            "Python code does not go in this file",
            "Python のコードはこのファイルに書きません",
        ),
        ("quote", "never closed", "閉じ"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_through_the_cli_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, en: str, ja: str, lang: str
) -> None:
    from grader.cli import main

    text, line = _cli_case(kind)
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}:" in err and (en if lang == "en" else ja) in err, err
    assert "Traceback" not in err
