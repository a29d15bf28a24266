"""Strict, located YAML loading for files that students and instructors write.

PyYAML's ``safe_load`` is close but not enough for a grader: it silently keeps the last of two
duplicate keys, it forgets where each value came from, and a small file with nested aliases
("billion laughs") or deep nesting can exhaust memory or the stack. This module composes the
YAML node graph with PyYAML's safe machinery and then builds plain Python values itself, so that:

* only the standard scalar tags are accepted (``!!python/...`` and custom tags are errors);
* duplicate keys are errors;
* file size, nesting depth, alias count and the number of built values are bounded;
* every value's ``(line, col)`` is kept in a :class:`Located` map keyed by its path.

It leaves schema checking to :mod:`grader.load.schemas`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from grader.load import yaml_errors
from grader.load.reading import MAX_BYTES, read, too_big
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text

MAX_DEPTH = 32
MAX_ALIASES = 64
MAX_VALUES = 20_000
"""Bounds the values built from aliases, so a tiny file cannot expand into gigabytes."""

_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}

_STR = "tag:yaml.org,2002:str"

Path_ = tuple[str | int, ...]


@dataclass
class Located:
    """Plain data loaded from YAML plus where each path (and each mapping key) was written."""

    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path_, str] = field(default_factory=dict)
    """Each scalar as written (``0123456`` stays ``0123456`` here, whatever YAML made of it)."""
    quoted: set[Path_] = field(default_factory=set)
    """The scalars written in quotes (a hint about quotes names them only when there were)."""

    def where(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """Line/col of ``path``; falls back to the nearest written ancestor."""
        table = self.keys if key else self.values
        for cut in range(len(path), -1, -1):
            sub = tuple(path[:cut])
            if sub in table:
                return table[sub]
            if sub in self.values:
                return self.values[sub]
        return (1, 1)

    def error(
        self, path: Path_, message: Text, hint: Text | None = None, key: bool = False
    ) -> Diagnostic:
        line, col = self.where(path, key=key)
        return Diagnostic(file=self.file, line=line, col=col, message=message, hint=hint)


if yaml.__with_libyaml__:
    from yaml.composer import Composer
    from yaml.cyaml import CParser
    from yaml.resolver import Resolver

    class _SafeBase(Composer, CParser, SafeConstructor, Resolver):
        """libyaml scans and parses (about 10x faster); Python composes, so the limits apply."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
else:  # pragma: no cover - PyYAML built without libyaml
    _SafeBase = yaml.SafeLoader  # type: ignore[misc]


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
                    _PLAIN,
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
                    _PLAIN,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_PLAIN = T(
    "a submission is a few plain keys and values: start from the template, without anchors (&) or "
    "aliases (*)",
    "提出物は数個のキーと値だけです。アンカー（&）やエイリアス（*）を使わず、テンプレートから書いてください",
)


class _Limit(Exception):
    """A composing limit was hit at ``mark``."""

    def __init__(self, mark: yaml.Mark, message: Text, hint: Text | None = None) -> None:
        self.mark = mark
        self.message = message
        self.hint = hint


def load_file(path: Path, display: str | None = None) -> Located:
    """Read ``path`` and return its located data, or raise :class:`UserError`."""
    name = display or str(path)
    return load_bytes(read(path, name), name)


@functools.lru_cache(maxsize=4)  # check, grade and validate read a file's assignment, then the file
def load_bytes(raw: bytes, name: str) -> Located:
    """Decode and load YAML bytes named ``name`` (for messages)."""
    if len(raw) > MAX_BYTES:
        raise too_big(name, len(raw))
    text = yaml_errors.decode(raw, name)
    yaml_errors.printable(text, name)
    if not text.strip() or all(
        ln.lstrip().startswith("#") or not ln.strip() for ln in text.splitlines()
    ):
        raise UserError.simple(
            name,
            "the file is empty",
            "ファイルが空です",
            hint=T(
                "start from the assignment's template.yaml",
                "課題の template.yaml をコピーして書き始めてください",
            ),
        )
    root = _compose(text, name)
    builder = _Builder(name)
    data = builder.build(root, ())
    return Located(
        file=name,
        data=data,
        values=builder.values,
        keys=builder.keys,
        raw=builder.raw,
        quoted=builder.quoted,
    )


def _compose(text: str, name: str) -> Node:
    loader = _LimitedLoader(text)
    try:
        node = loader.get_single_node()
    except _Limit as exc:
        raise yaml_errors.located(name, exc.mark, exc.message, exc.hint) from None
    except yaml.MarkedYAMLError as exc:
        raise yaml_errors.syntax_error(text, name, exc) from None
    except yaml.YAMLError as exc:
        raise UserError.simple(name, f"YAML error: {exc}", f"YAML エラー: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        raise UserError.simple(name, "the file is empty", "ファイルが空です")
    return node


class _Builder:
    """Turns a composed node graph into plain values, recording positions and enforcing limits."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[Path_, tuple[int, int]] = {}
        self.keys: dict[Path_, tuple[int, int]] = {}
        self.raw: dict[Path_, str] = {}
        self.quoted: set[Path_] = set()
        self.count = 0
        # only its scalar constructors (a whole SafeLoader costs ~40 us)
        self._scalars = SafeConstructor()

    def build(self, node: Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise self._error(
                node,
                T(
                    f"more than {MAX_VALUES} values (alias expansion?)",
                    f"値が多すぎます（上限 {MAX_VALUES}、エイリアスの展開？）",
                ),
                _PLAIN,
            )
        self.values.setdefault(path, _pos(node))
        if node.tag not in _STANDARD_TAGS:
            raise self._error(
                node,
                T(f"tag {node.tag!r} is not allowed", f"タグ {node.tag!r} は使えません"),
                T(
                    "only plain YAML values are accepted; remove the '!' tag",
                    "通常の YAML の値だけが使えます。'!' で始まるタグを消してください",
                ),
            )
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(child, path + (i,)) for i, child in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        self.raw[path] = node.value
        if node.style in ('"', "'"):
            self.quoted.add(path)
        if node.tag == _STR:
            return node.value  # what construct_yaml_str returns, without its dispatch
        if node.tag.endswith(":timestamp"):
            return node.value  # a date-looking prompt or id stays the text the user wrote
        try:
            return self._scalars.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            raise self._error(node, T(f"invalid value: {exc}", f"不正な値です: {exc}")) from None

    def _mapping(self, node: MappingNode, path: Path_) -> dict[str, Any]:
        if any(k.tag == "tag:yaml.org,2002:merge" for k, _ in node.value):
            raise self._error(
                node, T("merge keys ('<<') are not supported", "マージキー（'<<'）は使えません")
            )
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, path + ("<key>",))
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                first = self.keys[path + (key,)]
                raise self._error(
                    key_node,
                    T(
                        f"duplicate key {key!r} (first at line {first[0]})",
                        f"キー {key!r} が重複しています（最初は {first[0]} 行目）",
                    ),
                    T(
                        "YAML would silently keep only the last one; merge them",
                        "YAML は最後の値だけを黙って使うため、一つにまとめてください",
                    ),
                )
            self.keys[path + (key,)] = _pos(key_node)
            result[key] = self.build(value_node, path + (key,))
        return result

    def _error(self, node: Node, message: Text, hint: Text | None = None) -> UserError:
        line, col = _pos(node)
        return UserError(
            [Diagnostic(file=self.name, line=line, col=col, message=message, hint=hint)]
        )


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1
