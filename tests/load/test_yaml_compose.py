"""Composing YAML: libyaml's C composer and the limited Python composer give the same graph for
every text the C path is allowed, and every error comes from the Python path, at its position."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, SequenceNode

from grader.load import yaml_compose as yc
from grader.util.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    p
    for folder in (ROOT / "assignments", ROOT / "tests" / "data")
    for p in folder.rglob("*.y*ml")
    if p.suffix in (".yaml", ".yml")
)


def shape(node: Node) -> object:
    """Everything a node carries that the builder reads: kind, tag, value, style, positions."""
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node, MappingNode):
        inner: object = [(shape(k), shape(v)) for k, v in node.value]
    elif isinstance(node, SequenceNode):
        inner = [shape(n) for n in node.value]
    else:
        inner = (node.value, node.style)
    return (type(node).__name__, node.tag, marks, getattr(node, "flow_style", None), inner)


def outcome(compose: Callable[[str, str], Node], text: str) -> object:
    """The graph's shape, or the error as the user reads it."""
    try:
        return shape(compose(text, "f.yaml"))
    except UserError as exc:
        return [
            (d.line, d.col, d.message.en, d.hint.en if d.hint else None) for d in exc.diagnostics
        ]


def python(text: str, name: str) -> Node:
    return yc.compose_in_python(text, name)


def test_the_c_path_composes_the_shipped_files_as_python_does() -> None:
    texts = []
    for path in SHIPPED:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, ValueError):
            continue
    by_c = [t for t in texts if yc.c_may_compose(t) and yc.compose_in_c(t) is not None]
    assert len(by_c) > len(texts) // 2  # the fast path really runs on what students write
    for text in by_c:
        assert outcome(yc.compose, text) == outcome(python, text)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.sampled_from(["", "-", "a: b"]),
)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(
    doc=documents,
    flow=st.sampled_from([None, True, False]),
    unicode=st.booleans(),
    cut=st.integers(min_value=0, max_value=400),
    insert=st.sampled_from(["", "-", "?", ":", "[", "]", "{", "}", "'", '"', "#", "|", "\n", "\t"]),
)
def test_generated_texts_and_their_damaged_neighbours_compose_alike(
    doc: object, flow: bool | None, unicode: bool, cut: int, insert: str
) -> None:
    text = yaml.safe_dump(doc, default_flow_style=flow, allow_unicode=unicode)
    for variant in (text, text[:cut] + insert + text[cut:], text[:cut]):
        if not variant.strip():
            continue
        assert outcome(yc.compose, variant) == outcome(python, variant)


@pytest.mark.parametrize(
    "text",
    [
        "- " * 40 + "x\n",  # compact block sequences, one level per dash
        "[" * 40 + "]" * 40 + "\n",
        "a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 40)) + "  " * 40 + "v\n",
        "- " * 33 + "x\n",  # one level over
    ],
)
def test_nesting_over_the_limit_is_the_python_error(text: str) -> None:
    assert yc.c_may_compose(text)
    assert yc.compose_in_c(text) is None
    with pytest.raises(UserError) as err:
        yc.compose(text, "f.yaml")
    assert "nesting deeper than 32 levels" in err.value.diagnostics[0].message.en
    assert outcome(yc.compose, text) == outcome(python, text)


def test_at_the_limit_the_c_path_composes() -> None:
    text = "- " * 31 + "x\n"  # 32 levels: 31 sequences and the scalar
    assert yc.compose_in_c(text) is not None
    assert outcome(yc.compose, text) == outcome(python, text)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000,  # deep enough to overflow a recursive composer's stack
        "a: " + "- " * 600 + "x",
        "a: &x [1]\nb: *x\n",  # anchors and aliases: counted where they are written
        "p: 'Answer *briefly*'\n",  # a star in a prompt: the Python path, same result
    ],
)
def test_what_could_nest_deep_or_alias_is_composed_in_python(text: str) -> None:
    assert not yc.c_may_compose(text)
    assert outcome(yc.compose, text) == outcome(python, text)


def test_too_many_aliases_are_reported_at_the_alias() -> None:
    text = "a: &x 1\nb: [" + ", ".join(["*x"] * 70) + "]\n"
    with pytest.raises(UserError) as err:
        yc.compose(text, "f.yaml")
    diag = err.value.diagnostics[0]
    assert "more than 64 aliases" in diag.message.en
    assert (diag.line, diag.col) == (2, 5 + 4 * 64)  # the 65th alias, not the anchor
