"""Strict, located YAML loading for files that students and instructors write.

PyYAML's ``safe_load`` is close but not enough for a grader: it silently keeps the last of two
duplicate keys, it forgets where each value came from, and a small file with nested aliases
("billion laughs") or deep nesting can exhaust memory or the stack. The YAML node graph is
composed by :mod:`grader.load.yaml_compose` (depth and aliases bounded there); this module builds
plain Python values from it itself, so that:

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
from grader.load.yaml_compose import PLAIN, compose
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text

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
    root = compose(text, name)
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
                PLAIN,
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
