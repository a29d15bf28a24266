"""The ``grader`` argument parser: every command, its arguments and their help, in the user's
language (argparse's own words through :mod:`grader.cli.argparse_ja`). The student's commands
are here; the TA's and the CI's are :mod:`grader.cli.staff`.

Only argparse and the version string: building it imports nothing that grades, so ``--help`` is
instant.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from grader import __version__
from grader.cli.options import (
    Add,
    Words,
    assignment_option,
    engine_options,
    file_assignment_option,
)
from grader.cli.staff import ci_commands, ta_commands
from grader.util.i18n import Lang


def build(lang: Lang = "en") -> argparse.ArgumentParser:
    """The parser, its help texts in ``lang`` (argparse's own words: :mod:`.argparse_ja`)."""

    def t(en: str, ja: str) -> str:
        return en if lang == "en" else ja

    parser = argparse.ArgumentParser(
        prog="grader",
        description=t(
            "Deterministic grader for the UEC LLM tutorial exercises.",
            "UEC LLM チュートリアルの課題を決定的に採点します。",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"llm-grader {__version__}",
        help=t("show the version and exit", "バージョンを表示して終了します"),
    )
    sub = parser.add_subparsers(dest="command", required=True, title=t("commands", "コマンド"))

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--lang",
            choices=["en", "ja"],
            default=None,
            help=t(
                "message language (default: from the locale)", "表示の言語（既定: ロケールから）"
            ),
        )
        return p

    _student_commands(add, t)
    ta_commands(add, t)
    ci_commands(add, t)
    return parser


def _student_commands(add: Add, t: Words) -> None:
    """validate, init, schema, check."""
    _validate(add, t)
    _init(add, t)
    _schema(add, t)
    _check(add, t)


def _validate(add: Add, t: Words) -> None:
    p = add(
        "validate",
        t(
            "check submission files without running any model (instant)",
            "提出ファイルの形式を確認します（モデルは動かさないので一瞬）",
        ),
    )
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help=t(
            "submission files; a folder: every submission below it, as grade finds them",
            "提出ファイル。フォルダなら、その下の提出物すべて（grade と同じ探し方）",
        ),
    )
    file_assignment_option(p, t)


def _init(add: Add, t: Words) -> None:
    p = add(
        "init",
        t(
            "start a submission from the assignment's template (placeholders to fill in)",
            "課題のテンプレートから提出ファイルを作ります（<<...>> を書き換えて使います）",
        ),
    )
    assignment_option(p, t)
    p.add_argument(
        "--id",
        help=t(
            "your student number (fills in the placeholder)", "学籍番号（テンプレートに記入します）"
        ),
    )
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("my_submission.yaml"),
        help=t("default: my_submission.yaml", "既定: my_submission.yaml"),
    )


def _schema(add: Add, t: Words) -> None:
    p = add(
        "schema",
        t(
            "print the JSON Schema of a submission (editors use it to complete and check keys)",
            "提出ファイルの JSON Schema を表示します（エディタがキーの補完と確認に使います）",
        ),
    )
    assignment_option(p, t)


def _check(add: Add, t: Words) -> None:
    p = add(
        "check",
        t(
            "grade one submission as the TA will, and write its JSON and HTML reports",
            "提出ファイルを TA と同じように採点し、JSON と HTML のレポートを書きます",
        ),
    )
    p.add_argument("file", type=Path, help=t("your submission (.yaml)", "提出ファイル（.yaml）"))
    file_assignment_option(p, t)
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("reports"),
        help=t("output folder (default: reports)", "出力フォルダ（既定: reports）"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=t(
            "print the JSON result instead of the summary", "結果の要約の代わりに JSON を表示します"
        ),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=t("print every output in full (default: shortened)", "出力を省略せずに表示します"),
    )
    engine_options(p, t)
