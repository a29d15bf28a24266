"""Turn pydantic validation errors into located, bilingual diagnostics with hints.

Pydantic reports *what* is wrong at a ``loc`` path; :class:`~grader.load.strict_yaml.Located`
knows *where* that path was written. This module joins the two and adds the hints a student
needs (did-you-mean for unknown keys, "quote it" for numbers where text is expected). It does
not know the assignment; cross-file checks live in :mod:`grader.load.validate`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from grader.errors import Diagnostic
from grader.i18n import T, Text
from grader.load.strict_yaml import Located

_TYPE_WORDS = {
    "string_type": ("text", "文字列"),
    "int_type": ("a whole number", "整数"),
    "bool_type": ("true or false", "true か false"),
    "float_type": ("a number", "数値"),
    "list_type": ("a list (lines starting with '- ')", "リスト（'- ' で始まる行）"),
    "dict_type": ("a mapping (key: value lines)", "マッピング（key: value の行）"),
    "model_type": ("a mapping (key: value lines)", "マッピング（key: value の行）"),
}


def field_names(*models: type[BaseModel]) -> list[str]:
    """All field names of the given models and of the models nested in them."""
    names: set[str] = set()
    todo = list(models)
    while todo:
        model = todo.pop()
        for name, info in model.model_fields.items():
            names.add(name)
            for arg in _nested_models(info.annotation):
                if arg not in models:
                    todo.append(arg)
    return sorted(names)


def _nested_models(annotation: Any) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()):
        yield from _nested_models(arg)


def did_you_mean(word: str, choices: Iterable[str]) -> Text | None:
    """A hint naming the closest choices, or None when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6)
    if not close:
        return None
    names = ", ".join(close)
    return T(f"did you mean: {names}?", f"もしかして: {names}")


def diagnostics(exc: ValidationError, located: Located, known: list[str]) -> list[Diagnostic]:
    """One diagnostic per pydantic error, at the position the path was written."""
    result = []
    for err in exc.errors(include_url=False):
        path = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        result.append(_one(err, path, located, known))
    return sorted(result, key=lambda d: (d.line, d.col))


def _one(err: Any, path: tuple[str | int, ...], located: Located, known: list[str]) -> Diagnostic:
    kind = err["type"]
    label = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".") or "(top level)"
    if kind == "extra_forbidden":
        key = str(path[-1])
        return located.error(path, T(f"unknown key {key!r}", f"不明なキー {key!r}"),
                             did_you_mean(key, known) or T(f"valid keys: {', '.join(known)}",
                                                           f"使えるキー: {', '.join(known)}"), key=True)
    if kind == "missing":
        key = str(path[-1])
        return located.error(path[:-1], T(f"missing required key {key!r}", f"必須のキー {key!r} がありません"))
    if kind in _TYPE_WORDS:
        return _type_error(err, path, located, label)
    if kind == "string_pattern_mismatch":
        return located.error(path, T(f"{label}: {err['input']!r} is not allowed here",
                                     f"{label}: {err['input']!r} は使えません"),
                             T("use 1-32 letters, digits, '_' or '-'", "英数字・'_'・'-' の 1〜32 文字にしてください"))
    if kind == "value_error" and "budget" in str(err.get("msg", "")):
        return located.error(path, T("give exactly one of max_new_tokens or max_length",
                                     "max_new_tokens と max_length のどちらか一方だけを書いてください"),
                             T("max_new_tokens counts generated tokens only; max_length counts prompt + generated "
                               "tokens (the tutorial uses max_length=100)",
                               "max_new_tokens は生成するトークン数、max_length はプロンプトを含めた合計トークン数です"
                               "（チュートリアルは max_length=100）"))
    msg = err["msg"]
    return located.error(path, T(f"{label}: {msg}", f"{label}: {msg}"))


def _type_error(err: Any, path: tuple[str | int, ...], located: Located, label: str) -> Diagnostic:
    en, ja = _TYPE_WORDS[err["type"]]
    got = err["input"]
    hint = None
    if err["type"] == "string_type" and isinstance(got, (int, float, bool)):
        hint = T(f"YAML read this as {type(got).__name__}; put it in quotes: \"{got}\"",
                 f"YAML はこれを {type(got).__name__} と解釈しました。引用符で囲んでください: \"{got}\"")
    elif err["type"] == "int_type" and isinstance(got, str):
        hint = T("write the number without quotes", "数値は引用符なしで書いてください")
    return located.error(path, T(f"{label}: expected {en}, got {_show(got)}",
                                 f"{label}: {ja} を書いてください（{_show(got)} が書かれています）"), hint)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
