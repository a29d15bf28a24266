"""Turn pydantic validation errors into located, bilingual diagnostics with hints.

Pydantic reports *what* is wrong at a ``loc`` path; :class:`~grader.load.strict_yaml.Located`
knows *where* that path was written. This module joins the two and adds the hints a student
needs (did-you-mean for unknown keys, "quote it" for numbers where text is expected). It does
not know the assignment; cross-file checks live in :mod:`grader.load.rules`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from grader.load.error_words import LIMITS, PYTHON_KEYS, TYPE_WORDS
from grader.load.fullwidth import wide_key, wide_value
from grader.load.schemas import Run
from grader.load.strict_yaml import Located
from grader.util.errors import Diagnostic
from grader.util.i18n import T, Text

_WIDTH_KINDS = frozenset(
    [*TYPE_WORDS, "string_pattern_mismatch", "literal_error", "enum", "int_parsing"]
)
"""Errors that a full-width character in the value explains."""

_RUN_KEYS = frozenset(Run.model_fields)
"""A run's keys: written at the top level, they get the hint to put them under ``runs:``."""


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
    errors = [
        (err, tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p)))
        for err in exc.errors(include_url=False)
    ]
    # a key typed with a full-width letter or space is reported once, as that key: the required
    # key it was meant to be is not also "missing"
    meant = {
        path[:-1] + (narrow,)
        for err, path in errors
        if err["type"] == "extra_forbidden" and (narrow := wide_key(str(path[-1]))) is not None
    }
    result = [
        _one(err, path, located, known)
        for err, path in errors
        if not (err["type"] == "missing" and path in meant)
    ]
    return sorted(result, key=lambda d: (d.line, d.col))


def _one(err: Any, path: tuple[str | int, ...], located: Located, known: list[str]) -> Diagnostic:
    kind = err["type"]
    label = (
        "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        or "(top level)"
    )
    if kind == "extra_forbidden":
        return _extra_key(str(path[-1]), path, located, known)
    if kind == "missing":
        return _missing_key(path, located)
    wide = wide_value(located, path, label) if kind in _WIDTH_KINDS else None
    if wide is not None:  # 全角 digits, letters or spaces: the likely cause, at its column
        return wide
    if kind in TYPE_WORDS:
        return _type_error(err, path, located, label)
    if kind == "string_pattern_mismatch":
        return located.error(
            path,
            T(
                f"{label}: {err['input']!r} is not allowed here",
                f"{label}: {err['input']!r} は使えません",
            ),
            T(
                "use 1-32 letters, digits, '_' or '-'",
                "英数字・'_'・'-' の 1〜32 文字にしてください",
            ),
        )
    if kind == "value_error" and "budget" in str(err.get("msg", "")):
        return located.error(path, *_ONE_BUDGET)
    if kind in LIMITS:
        en, ja, hint_en, hint_ja = LIMITS[kind]
        ctx = {k: v for k, v in (err.get("ctx") or {}).items()}
        return located.error(
            path,
            T(f"{label}: " + en.format(**ctx), f"{label}: " + ja.format(**ctx)),
            T(hint_en.format(**ctx), hint_ja.format(**ctx)),
        )
    msg = err["msg"]  # pydantic's own words for the rare rest; Japanese leads, its text in brackets
    return located.error(
        path,
        T(f"{label}: {msg}", f"{label}: 値が正しくありません（{_show(err.get('input'))}）"),
        T("compare with the assignment's template.yaml", "課題の template.yaml と見比べてください"),
    )


def _missing_key(path: tuple[str | int, ...], located: Located) -> Diagnostic:
    key = str(path[-1])
    return located.error(
        path[:-1],
        T(f"missing required key {key!r}", f"必須のキー {key!r} がありません"),
        T(
            f"add '{key}: ...' here, as in the assignment's template.yaml",
            f"ここに '{key}: ...' を書いてください（課題の template.yaml を参照）",
        ),
    )


_ONE_BUDGET = (
    T(
        "give exactly one of max_new_tokens or max_length",
        "max_new_tokens と max_length のどちらか一方だけを書いてください",
    ),
    T(
        "max_new_tokens counts generated tokens only; max_length counts prompt + generated "
        "tokens (the tutorial uses max_length=100)",
        "max_new_tokens は生成するトークン数、max_length はプロンプトを含めた合計トークン数です"
        "（チュートリアルは max_length=100）",
    ),
)


def _extra_key(
    key: str, path: tuple[str | int, ...], located: Located, known: list[str]
) -> Diagnostic:
    """An unknown key: a run's key at the top level, a Python argument, or a likely typo."""
    if len(path) == 1 and key in _RUN_KEYS:  # a run's keys written at the top level
        return located.error(
            path,
            T(
                f"{key!r} belongs to a run, not to the top level",
                f"{key!r} は実行（run）のキーです",
            ),
            T(
                "put each run under 'runs:' as a list item: runs: / - name: ... / model: ...",
                "各実行は 'runs:' の下にリストとして書いてください（runs: / - name: ... / "
                "model: ...）",
            ),
            key=True,
        )
    if key in PYTHON_KEYS:
        return located.error(
            path,
            T(
                f"{key!r} is a Python argument the grader sets itself",
                f"{key!r} は採点側が決める Python の引数です",
            ),
            PYTHON_KEYS[key],
            key=True,
        )
    narrow = wide_key(key)
    if narrow is not None:
        return _wide_key(key, narrow, path, located)
    return located.error(
        path,
        T(f"unknown key {key!r}", f"不明なキー {key!r}"),
        did_you_mean(key, known)
        or T(f"valid keys: {', '.join(known)}", f"使えるキー: {', '.join(known)}"),
        key=True,
    )


def _wide_key(key: str, narrow: str, path: tuple[str | int, ...], located: Located) -> Diagnostic:
    """A key typed with full-width characters, or indented with U+3000 (which YAML reads as part
    of the key): the half-width form it meant."""
    if key.startswith("\u3000"):
        return located.error(
            path,
            T(
                "a full-width space (U+3000) in the indentation",
                "インデントに全角スペース（U+3000）があります",
            ),
            T(
                f"indent with half-width spaces only (Japanese input off): {narrow}",
                f"インデントは半角スペースだけにしてください（日本語入力をオフに）: {narrow}",
            ),
            key=True,
        )
    return located.error(
        path,
        T(f"unknown key {key!r}: it has full-width letters", f"不明なキー {key!r}（全角文字）"),
        T(
            f"write it in half-width characters: {narrow}",
            f"全角ではなく半角で書いてください: {narrow}",
        ),
        key=True,
    )


def _type_error(err: Any, path: tuple[str | int, ...], located: Located, label: str) -> Diagnostic:
    en, ja = TYPE_WORDS[err["type"]]
    got = err["input"]
    # as typed: 0123456, not the octal number YAML made of it
    written = located.raw.get(path, str(got))
    hint = T(f"write {en} here", f"ここには{ja}を書いてください")
    if err["type"] == "string_type" and isinstance(got, (int, float, bool)):
        hint = T(
            f'YAML read this as {type(got).__name__}; put it in quotes: "{written}"',
            f"YAML はこれを {type(got).__name__} と解釈しました。引用符で囲んでください: "
            f'"{written}"',
        )
    elif err["type"] == "string_type" and isinstance(got, list):
        hint = T(
            "write one text in quotes; for several prompts, write several runs",
            "引用符で囲んだ一つの文字列にしてください。複数のプロンプトは実行を分けて書きます",
        )
    elif err["type"] == "int_type" and isinstance(got, str) and path in located.quoted:
        hint = T("write the number without quotes", "数値は引用符なしで書いてください")
    elif err["type"] == "int_type" and isinstance(got, str):
        hint = T("write digits only, e.g. 100", "数字だけで書いてください（例: 100）")
    return located.error(
        path,
        T(
            f"{label}: expected {en}, got {_show(got)}",
            f"{label}: {ja}を書いてください（{_show(got)} が書かれています）",
        ),
        hint,
    )


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
