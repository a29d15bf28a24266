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
    """A located syntax error at the line the student must fix, with the specific hint: pasted
    Python, a quote or bracket never closed (at the line it opens), a full-width space outside
    quotes (at its column), a tab, a full-width colon, Python's key=value; else the parser's
    message, translated."""
    problem = exc.problem or "YAML syntax error"
    lines = text.splitlines()
    end = exc.problem_mark.line if exc.problem_mark else 0
    found = (
        _python(name, lines)
        or _unclosed(name, exc, problem)
        or _open_quote(name, lines[: end + 1], problem)
    )
    if found is not None:
        return UserError([found])
    start = exc.context_mark.line if exc.context_mark and exc.context_mark.line <= end else end
    # the parser notices a mistake a line late at most: look from the line before
    for i in range(max(start - 1, 0), min(end, len(lines) - 1) + 1):
        hit = _wide_space(name, i, lines[i], problem) or _culprit(name, i, lines[i], problem)
        if hit is not None:
            return UserError([hit])
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


def _error(name: str, line: int, col: int, what: Text, problem: str, hint: Text) -> Diagnostic:
    return Diagnostic(
        file=name,
        line=line,
        col=col,
        message=T(
            f"YAML syntax error: {what.en}", f"YAML の構文エラー: {what.ja}（parser: {problem}）"
        ),
        hint=hint,
    )


_PYTHON = re.compile(r"^(?:import \w|from [\w.]+ import |print\(|[A-Za-z_]\w*\s*=\s*[\w.]+\()")
"""A line of Python at the start of a line (inside a block of text it would be indented)."""


def _python(name: str, lines: list[str]) -> Diagnostic | None:
    at = next((n for n, line in enumerate(lines) if _PYTHON.match(line)), None)
    if at is None:
        return None
    return _error(
        name,
        at + 1,
        1,
        T("this is Python code", "Python のコードです"),
        "python",
        T(
            "Python code does not go in this file: write the run's settings as YAML keys, e.g. "
            'model: bundled/tiny-chatty, prompt: "...", max_length: 100 (see template.yaml)',
            "Python のコードはこのファイルに書きません。実行の設定を YAML のキーで書いてください"
            '（例: model: bundled/tiny-chatty、prompt: "..."、max_length: 100。'
            "template.yaml 参照）",
        ),
    )


_NEVER_CLOSED = (
    T("a quote opened here is never closed", "ここで開いた引用符が閉じられていません"),
    T(
        "close the text with the same quote it opens with, on the same line",
        "開いたのと同じ引用符で、同じ行のうちに閉じてください",
    ),
)


def _unclosed(name: str, exc: yaml.MarkedYAMLError, problem: str) -> Diagnostic | None:
    """A quote or a bracket that opens and is never closed, at the line where it opens."""
    context, mark = exc.context or "", exc.context_mark
    if mark is None:
        return None
    if "quoted scalar" in context and "end of stream" in problem:
        what, hint = _NEVER_CLOSED
    elif "flow sequence" in context or "flow mapping" in context:
        bracket = "[ ]" if "sequence" in context else "{ }"
        what = T(
            f"a '{bracket[0]}' opened here is never closed",
            f"ここで開いた「{bracket[0]}」が閉じられていません",
        )
        hint = T(
            f"close it with '{bracket[2]}' on the same line, or write the items on their own lines",
            f"同じ行で「{bracket[2]}」で閉じるか、項目を行に分けて書いてください",
        )
    else:
        return None
    return _error(name, mark.line + 1, mark.column + 1, what, problem, hint)


_OPENS = re.compile(r"""^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])""")
"""A value that starts with a quote (a quote inside plain text, as in "don't", is no opening)."""


def _open_quote(name: str, lines: list[str], problem: str) -> Diagnostic | None:
    """The first value that opens a quote and does not close it on its line: YAML lets a quoted
    text run on over lines, so the parser fails only lines later, at the next quote."""
    for n, line in enumerate(lines):
        opened = _OPENS.match(line)
        if opened is None:
            continue
        quote, at = opened.group(1), opened.end(1)
        rest = (
            line[at:].replace("\\\\", "").replace('\\"', "")
            if quote == '"'
            else line[at:].replace("''", "")
        )
        if quote not in rest:
            return _error(name, n + 1, at, *_NEVER_CLOSED[:1], problem, _NEVER_CLOSED[1])
    return None


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'')


def _wide_space(name: str, i: int, line: str, problem: str) -> Diagnostic | None:
    """A full-width space (U+3000) outside quotes and comments, at its column."""
    bare = _QUOTED.sub(lambda m: " " * len(m.group()), line).split("#", 1)[0]
    at = bare.find("\u3000")
    if at < 0:
        return None
    where = (
        T("in the indentation", "インデントに")
        if not bare[:at].strip()
        else T("after a colon", "コロンの後に")
        if bare[:at].rstrip().endswith(":")
        else T("in the line", "行の中に")
    )
    return _error(
        name,
        i + 1,
        at + 1,
        T(f"a full-width space (U+3000) {where.en}", f"{where.ja}全角スペース（U+3000）があります"),
        problem,
        T(
            "type a half-width space instead (turn off the Japanese input mode)",
            "全角スペースを半角スペースにしてください（日本語入力をオフに）",
        ),
    )


def _culprit(name: str, i: int, line: str, problem: str) -> Diagnostic | None:
    for pattern, what, hint in _CULPRITS:
        if pattern.match(line):
            # a key-level mistake points at the key, an indentation one at the line's start
            col = 1 if "indentation" in what.en else len(line) - len(line.lstrip()) + 1
            return _error(name, i + 1, col, what, problem, hint)
    return None


def located(
    name: str, mark: yaml.Mark | None, message: Text, hint: Text | None = None
) -> UserError:
    """A UserError at ``mark`` (1-based line and column)."""
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
    return UserError([Diagnostic(file=name, line=line, col=col, message=message, hint=hint)])
