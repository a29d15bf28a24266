"""Command-line interface: parse arguments, call the library, print, return an exit status.

Commands: ``init``, ``schema``, ``validate``, ``check`` (student), ``grade`` and ``merge`` (TA),
``verify`` (course CI), ``bench``. This module holds no grading logic. User mistakes
(:class:`UserError`) print as ``file:line:col`` lines and exit 2; environment problems exit 3; a
damaged reference set (:class:`InvalidReference`) exits 5; none shows a traceback. Whatever it
prints of a user's or a model's text goes through :func:`grader.util.textsafe.visible`, so escape
sequences are shown, not run. Heavy imports happen inside the command that needs them, so ``--help``
and ``validate`` stay fast.
"""

from __future__ import annotations

import sys

from grader.cli import parser, render
from grader.cli.argparse_ja import translated
from grader.cli.exits import ExitCode
from grader.util.errors import EnvironmentProblem, InvalidReference, UserError
from grader.util.i18n import Lang, T, default_lang
from grader.util.textsafe import visible


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # the language is known before parsing, so --help and usage errors are in it too
    lang: Lang = _lang_option(argv) or default_lang()
    with translated(lang):
        args = parser.build(lang).parse_args(argv)
    try:
        return render.COMMANDS[args.command](args, lang)
    except InvalidReference as exc:
        print(
            T("invalid reference: ", "無効な参照セット: ").get(lang)
            + visible(exc.render(lang), keep="\n"),
            file=sys.stderr,
        )
        return ExitCode.INVALID_REFERENCE
    except UserError as exc:
        print(visible(exc.render(lang), keep="\n"), file=sys.stderr)
        return ExitCode.INVALID
    except EnvironmentProblem as exc:
        print(
            T("environment problem: ", "環境の問題: ").get(lang)
            + visible(exc.render(lang), keep="\n"),
            file=sys.stderr,
        )
        return ExitCode.ENVIRONMENT
    except KeyboardInterrupt:
        print(
            T(
                "interrupted; rerun the same command to resume",
                "中断しました。同じコマンドをもう一度実行すると続きから再開します",
            ).get(lang),
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED


def _lang_option(argv: list[str]) -> Lang | None:
    """``--lang ja`` / ``--lang=ja`` wherever it stands (the parser validates it again)."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("en", "ja"):
            return value  # type: ignore[return-value]
    return None
