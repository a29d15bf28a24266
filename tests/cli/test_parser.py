"""The parser in both languages: every command's and option's help, argparse's own words
(usage, options, errors) through the catalogue, and ``--lang`` known before parsing."""

from __future__ import annotations

import argparse
import re

import pytest

from grader.cli import _lang_option, main
from grader.cli.argparse_ja import JA, translated
from grader.cli.parser import build
from grader.util.i18n import Lang
from tests.support import locale_only

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
COMMANDS = ["validate", "init", "schema", "check", "grade", "merge", "verify", "bench"]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_has_help_in_japanese(command: str) -> None:
    sub = _subparsers(build("ja"))[command]
    assert JAPANESE.search(sub.description or "")
    for action in sub._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and JAPANESE.search(action.help), (command, action.dest)


@pytest.mark.parametrize("command", COMMANDS)
def test_english_help_stays_english(command: str) -> None:
    sub = _subparsers(build("en"))[command]
    helps = [a.help or "" for a in sub._actions] + [sub.description or ""]
    assert not any(JAPANESE.search(h) for h in helps if "学籍番号" not in h)


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_in_japanese_from_the_locale(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locale_only(monkeypatch, "ja")
    out = _help([*command, "--help"], capsys)
    assert out.startswith("使い方: grader") and "オプション:" in out
    assert "このヘルプを表示して終了します" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


def test_lang_en_wins_over_a_japanese_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GRADER_LANG", "ja")
    out = _help(["check", "--lang", "en", "--help"], capsys)
    assert out.startswith("usage: grader check") and "show this help message" in out


@pytest.mark.parametrize(
    ("argv", "en", "ja"),
    [
        (["check"], "the following arguments are required: file", "次の引数が必要です: file"),
        (["check", "x.yaml", "--device", "gpu"], "invalid choice: 'gpu'", "無効な値です: 'gpu'"),
        (
            ["validate", "x.yaml", "--colour"],
            "unrecognized arguments: --colour",
            "認識できない引数",
        ),
        (["bench", "-n", "0"], "must be at least 1, got 0", "1 以上にしてください"),
        (["bench", "-n", "two"], "'two' is not a whole number", "'two' は整数ではありません"),
        (["grade", "class", "-a", "ex1"], "required: -o/--out", "次の引数が必要です: -o/--out"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_usage_errors_in_both_languages(
    argv: list[str], en: str, ja: str, lang: Lang, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--lang", lang])
    err = capsys.readouterr().err
    assert done.value.code == 2
    assert (en if lang == "en" else ja) in err
    assert ("error:" in err) == (lang == "en") and ("エラー:" in err) == (lang == "ja")


def test_the_catalogue_is_restored_after_parsing() -> None:
    before = vars(argparse)["_"]
    with translated("ja"):
        assert argparse._("usage: ") == JA["usage: "]  # type: ignore[attr-defined]
    assert vars(argparse)["_"] is before


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["check", "f.yaml", "--lang", "ja"], "ja"),
        (["--lang=en", "check"], "en"),
        (["check", "--lang"], None),
        (["check", "--lang", "fr"], None),
        (["check", "f.yaml"], None),
    ],
)
def test_lang_is_read_before_parsing(argv: list[str], lang: str | None) -> None:
    assert _lang_option(argv) == lang


@pytest.mark.parametrize(
    ("command", "lang", "default"),
    [
        ("check", "en", "default: the file's 'assignment:'"),
        ("check", "ja", "既定: ファイルの 'assignment:'"),
        ("validate", "en", "default: the file's 'assignment:'"),
        ("init", "en", "default: ex1"),
        ("schema", "ja", "既定: ex1"),
    ],
)
def test_the_assignment_option_says_its_default(command: str, lang: Lang, default: str) -> None:
    """-a means the same everywhere, and each command's help says where it comes from unless
    given (grade, which has no default, requires it)."""
    (action,) = [a for a in _subparsers(build(lang))[command]._actions if a.dest == "assignment"]
    assert default in (action.help or "")
