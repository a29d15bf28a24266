"""Composing YAML text into PyYAML's node graph, within limits: the first half of
:mod:`grader.load.strict_yaml`, which builds plain values from the graph.

libyaml always parses. The graph is composed in C when the text cannot hold what the limits are
for (no anchor or alias, nesting too shallow for C's recursion to matter) and no error occurs;
otherwise, and for every error, it is composed in Python, where nesting depth and alias count
are bounded while composing and each error gets its position. Both compose the same graph from
the same events, so which one ran never shows; C is about twice as fast, which a class of
hundreds of files reads once per file. Building values, tags and duplicate keys are
:mod:`grader.load.strict_yaml`'s business.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import CollectionNode, MappingNode, Node

from grader.load import yaml_errors
from grader.util.errors import UserError
from grader.util.i18n import T, Text

MAX_DEPTH = 32
MAX_ALIASES = 64
C_INDICATORS = 500
"""At most this many ``- ? : [ {`` for C to compose. Each collection needs at least one of them,
so they bound the nesting, which C composes by recursion (a thread's stack can be small)."""

PLAIN = T(
    "a submission is a few plain keys and values: start from the template, without anchors (&) or "
    "aliases (*)",
    "提出物は数個のキーと値だけです。アンカー（&）やエイリアス（*）を使わず、テンプレートから書いてください",
)

if yaml.__with_libyaml__:
    from yaml.composer import Composer
    from yaml.cyaml import CParser
    from yaml.resolver import Resolver

    class _CLoader(CParser, SafeConstructor, Resolver):
        """libyaml parses and composes; Python only resolves the implicit tags."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    class _SafeBase(Composer, _CLoader):
        """The same, but Python composes (Composer comes first), so the limits apply."""

        def __init__(self, stream: str) -> None:
            _CLoader.__init__(self, stream)
            Composer.__init__(self)

else:  # pragma: no cover - PyYAML built without libyaml
    _SafeBase = yaml.SafeLoader  # type: ignore[misc]
    _CLoader = None  # type: ignore[assignment,misc]


class _LimitedLoader(_SafeBase):
    """A safe loader that bounds nesting depth and alias count while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                raise _Limit(
                    self.peek_event().start_mark,
                    T(
                        f"more than {MAX_ALIASES} aliases (*name)",
                        f"エイリアス（*name）が多すぎます（上限 {MAX_ALIASES}）",
                    ),
                )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Limit(
                    self.peek_event().start_mark,
                    T(
                        f"nesting deeper than {MAX_DEPTH} levels",
                        f"入れ子が深すぎます（上限 {MAX_DEPTH}）",
                    ),
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Limit(Exception):
    """A composing limit was hit at ``mark``."""

    def __init__(self, mark: yaml.Mark, message: Text) -> None:
        self.mark = mark
        self.message = message


def compose(text: str, name: str) -> Node:
    """The node graph of ``text`` (one document), or a :class:`UserError` at its position."""
    node = compose_in_c(text) if c_may_compose(text) else None
    return node if node is not None else compose_in_python(text, name)


def c_may_compose(text: str) -> bool:
    """Whether ``text`` can hold no anchor or alias (no ``&`` or ``*`` anywhere, quoted or not)
    and too few indicators to nest deeply (:data:`C_INDICATORS`)."""
    if _CLoader is None or "&" in text or "*" in text:
        return False
    return sum(text.count(c) for c in "-?:[{") <= C_INDICATORS


def compose_in_c(text: str) -> Node | None:
    """The graph composed by libyaml, or None where Python must compose (and tell the error):
    a YAML error, an empty document or nesting deeper than :data:`MAX_DEPTH`."""
    loader = _CLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return node if node is not None and _depth(node) <= MAX_DEPTH else None


def _depth(root: Node) -> int:
    """How deep the graph nests (the root is level 1), without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(node, MappingNode):
            stack += [(n, level + 1) for pair in node.value for n in pair]
        elif isinstance(node, CollectionNode):
            stack += [(n, level + 1) for n in node.value]
    return deepest


def compose_in_python(text: str, name: str) -> Node:
    """The graph composed in Python, the limits checked as it grows; every error located."""
    loader = _LimitedLoader(text)
    try:
        node = loader.get_single_node()
    except _Limit as exc:
        raise yaml_errors.located(name, exc.mark, exc.message, PLAIN) from None
    except yaml.MarkedYAMLError as exc:
        raise yaml_errors.syntax_error(text, name, exc) from None
    except yaml.YAMLError as exc:
        raise UserError.simple(name, f"YAML error: {exc}", f"YAML エラー: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        raise UserError.simple(name, "the file is empty", "ファイルが空です")
    return node
