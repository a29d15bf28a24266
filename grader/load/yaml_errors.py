"""What a YAML mistake reads as: the file's encoding, and each syntax error at the line to fix.

PyYAML notices many mistakes a line late and words them for people who know parsers. This module
recognises what students really type on the line itself (a full-width space or colon, a tab,
Python's ``key=value``) and gives that hint; other parser messages get a Japanese translation and
a general hint. It reads no files; :mod:`grader.load.strict_yaml` calls it.
"""

from __future__ import annotations

import re

import yaml

from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text


def decode(raw: bytes, name: str) -> str:
    """The text of a UTF-8 file (a BOM allowed); a UserError at the first byte that is not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise UserError(
            [
                Diagnostic(
                    file=name,
                    line=line,
                    col=col,
                    message=T(
                        f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                        f"ファイルが UTF-8 ではありません（バイト 0x{raw[exc.start]:02x}）",
                    ),
                    hint=T(
                        "save the file as UTF-8 (Shift_JIS is not accepted)",
                        "UTF-8 で保存し直してください（Shift_JIS は使えません）",
                    ),
                )
            ]
        ) from None


# YAML's printable set: what PyYAML's reader accepts ("unacceptable character" otherwise).
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def printable(text: str, name: str) -> None:
    """A UserError at the first character YAML cannot hold (NUL, ESC, DEL, a C1 control,
    U+FFFE...), at its line and column, instead of the reader's position in the stream."""
    found = _UNPRINTABLE.search(text.removeprefix("\ufeff"))
    if found is None:
        return
    at = found.start() + (1 if text.startswith("\ufeff") else 0)
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    code = f"U+{ord(found.group()):04X}"
    raise UserError(
        [
            Diagnostic(
                file=name,
                line=line,
                col=col,
                message=T(
                    f"an invisible control character ({code}) is in the file",
                    f"ファイルに見えない制御文字（{code}）が入っています",
                ),
                hint=T(
                    f"delete the character at line {line}, column {col} (it often comes from "
                    "copying out of a terminal, a PDF or a chat); retype the text around it",
                    f"{line} 行 {col} 列目の文字を削除してください（端末・PDF・チャットからの"
                    "コピーで入りがちです）。周りの文字を打ち直してください",
                ),
            )
        ]
    )


# What students really type, recognised on the line itself: the parser only notices one line later.
_CULPRITS: list[tuple[re.Pattern[str], Text, Text]] = [
    (
        re.compile(r"^[ \t]*\u3000"),
        T(
            "a full-width space (U+3000) in the indentation",
            "インデントに全角スペース（U+3000）があります",
        ),
        T(
            "indent with ASCII spaces only (turn off the Japanese input mode)",
            "インデントは半角スペースだけで書いてください（日本語入力をオフに）",
        ),
    ),
    (
        re.compile(r"^ *\t"),
        T("a tab in the indentation", "インデントにタブがあります"),
        T(
            "YAML indents with spaces: replace the tab with spaces",
            "YAML のインデントは半角スペースです。タブをスペースに置き換えてください",
        ),
    ),
    (
        re.compile(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*\uff1a"),
        T("a full-width colon '：' after the key", "キーの後ろが全角コロン「：」です"),
        T(
            "write a half-width ':' followed by a space, e.g. model: ...",
            "半角の ':' とスペースで書いてください（例: model: ...）",
        ),
    ),
    (
        re.compile(r"^\s*(?:-\s+)?[A-Za-z_][A-Za-z0-9_]*\s*=(?!=)"),
        T("Python 'key=value' syntax", "Python の 'key=value' の書き方です"),
        T(
            "YAML writes 'key: value' (a colon and a space), e.g. max_length: 50",
            "YAML では 'key: value'（コロンとスペース）と書きます（例: max_length: 50）",
        ),
    ),
]
_PARSER_JA = {
    "could not find expected ':'": "':' が見つかりません",
    "did not find expected key": "キーがあるべき位置にありません（インデントのずれ）",
    "mapping values are not allowed here": (
        "ここに 'キー: 値' は書けません（': ' を含む文字列は引用符で囲んでください）"
    ),
    "found character that cannot start any token": (
        "値の先頭に使えない文字があります（引用符で囲んでください）"
    ),
    "found a tab character that violates indentation": "インデントにタブがあります",
    "did not find expected '-' indicator": (
        "リストの '-' があるべき位置にありません（インデントのずれ）"
    ),
    "found unexpected end of stream": "引用符が閉じられないままファイルが終わりました",
}


def syntax_error(text: str, name: str, exc: yaml.MarkedYAMLError) -> UserError:
    """A located syntax error at the line the student must fix, with the specific hint."""
    problem = exc.problem or "YAML syntax error"
    end = exc.problem_mark.line if exc.problem_mark else 0
    start = exc.context_mark.line if exc.context_mark and exc.context_mark.line <= end else end
    lines = text.splitlines()
    for i in range(start, min(end, len(lines) - 1) + 1):
        for pattern, what, hint in _CULPRITS:
            if pattern.match(lines[i]):
                # a key-level mistake points at the key, an indentation one at the line's start
                col = 1 if "indentation" in what.en else len(lines[i]) - len(lines[i].lstrip()) + 1
                return UserError(
                    [
                        Diagnostic(
                            file=name,
                            line=i + 1,
                            col=col,
                            message=T(
                                f"YAML syntax error: {what.en}",
                                f"YAML の構文エラー: {what.ja}（parser: {problem}）",
                            ),
                            hint=hint,
                        )
                    ]
                )
    # "could not find expected ':'" is noticed a line late; the key it scanned starts the mistake
    mark = (
        exc.context_mark
        if problem.startswith("could not find expected ':'") and exc.context_mark
        else exc.problem_mark
    )
    ja = _PARSER_JA.get(problem, "書き方に誤りがあります")
    return located(
        name,
        mark,
        T(
            f"YAML syntax error: {problem}" + (f" ({exc.context})" if exc.context else ""),
            f"YAML の構文エラー: {ja}（parser: {problem}）",
        ),
        T(
            "check indentation (spaces, not tabs) and quote text that contains ': ' or '#'",
            "インデント（タブではなく空白）を確認し、': ' や '#' "
            "を含む文字列は引用符で囲んでください",
        ),
    )


def located(
    name: str, mark: yaml.Mark | None, message: Text, hint: Text | None = None
) -> UserError:
    """A UserError at ``mark`` (1-based line and column)."""
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    return UserError([Diagnostic(file=name, line=line, col=col, message=message, hint=hint)])
