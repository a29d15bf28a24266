"""The strict YAML loader: safe values only, duplicates and resource abuse rejected, positions
kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.reading import MAX_BYTES
from grader.load.strict_yaml import load_bytes
from grader.util.errors import UserError


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (b"a: 1\nb: [x, y]\n", {"a": 1, "b": ["x", "y"]}),
        (b"\xef\xbb\xbfa: bom\n", {"a": "bom"}),  # a UTF-8 BOM (Windows Notepad) is fine
        (b"d: 2024-01-01\n", {"d": "2024-01-01"}),  # dates stay the text that was written
        (b"p: |\n  line 1\n  line 2\n", {"p": "line 1\nline 2\n"}),
        ("名前: 電通\n".encode(), {"名前": "電通"}),
    ],
)
def test_plain_values(source: bytes, expected: object) -> None:
    assert load_bytes(source, "f.yaml").data == expected


def test_positions_are_kept() -> None:
    located = load_bytes(b"runs:\n  - name: a\n    prompt: hi\n", "f.yaml")
    assert located.where(("runs", 0, "prompt")) == (3, 13)
    assert located.where(("runs", 0, "prompt"), key=True) == (3, 5)
    assert located.where(("runs", 0, "missing")) == (2, 5)  # nearest written ancestor


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        (b"a: 1\na: 2\n", "duplicate key 'a'"),
        (b"a: !!python/name:os.system\n", "is not allowed"),
        (b"a: !custom x\n", "is not allowed"),
        (b"base: &b {x: 1}\nother:\n  <<: *b\n", "merge keys"),
        (b"a: [" + b"[" * 40 + b"]" * 41 + b"\n", "nesting deeper"),
        (b"x" * (MAX_BYTES + 1), "the limit is"),
        (b"   \n\n", "empty"),
        (b"a: \x81\x40\n", "not UTF-8"),
    ],
)
def test_rejected(source: bytes, fragment: str) -> None:
    with pytest.raises(UserError) as info:
        load_bytes(source, "f.yaml")
    assert fragment in info.value.render("en")


def test_alias_expansion_is_bounded() -> None:
    # 30 aliases of a 30-element list of 30-element lists would be 27,000 values.
    lines = [
        "a: &a [" + ",".join(["x"] * 30) + "]",
        "b: &b [" + ",".join(["*a"] * 30) + "]",
        "c: [" + ",".join(["*b"] * 30) + "]",
    ]
    with pytest.raises(UserError) as info:
        load_bytes("\n".join(lines).encode(), "f.yaml")
    assert "values" in info.value.render("en") or "aliases" in info.value.render("en")


VALID = (
    'assignment: ex1-offline\nstudent: {id: "2412345"}\nruns:\n  - name: a\n'
    '    model: bundled/tiny-terse\n    prompt: "Tell me a story."\n    max_length: 100\n'
)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, len(VALID)),
    st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x80", "\x9f", "\ufffe", "\uffff"]),
)
def test_a_raw_control_character_is_reported_at_its_line_and_column(at: int, char: str) -> None:
    text = VALID[:at] + char + VALID[at:]
    with pytest.raises(UserError) as info:
        load_bytes(text.encode("utf-8", "surrogatepass"), "sub.yaml")
    [d] = info.value.diagnostics
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    assert (d.line, d.col) == (line, col)
    assert f"U+{ord(char):04X}" in d.message.en and f"U+{ord(char):04X}" in d.message.ja
    assert d.hint is not None and "制御文字" in d.message.ja and "delete" in d.hint.en
