"""Command-line interface: parse arguments, call the library, print, return an exit status.

Commands: ``init``, ``schema``, ``validate``, ``check`` (student), ``grade`` and ``merge`` (TA),
``verify`` (course CI), ``bench``. This module holds no grading logic. User mistakes
(:class:`UserError`) print as ``file:line:col`` lines and exit 2; environment problems exit 3; a
damaged reference set (:class:`InvalidReference`) exits 5; none shows a traceback. Whatever it
prints of a user's or a model's text goes through :func:`grader.textsafe.visible`, so escape
sequences are shown, not run. Heavy imports happen inside the command that needs them, so ``--help``
and ``validate`` stay fast.
"""

from __future__ import annotations

import sys

from grader.cli import commands, parser
from grader.errors import EnvironmentProblem, InvalidReference, UserError
from grader.exits import ExitCode
from grader.i18n import Lang, default_lang
from grader.textsafe import visible


def main(argv: list[str] | None = None) -> int:
    args = parser.build().parse_args(argv)
    lang: Lang = args.lang or default_lang()
    try:
        return commands.COMMANDS[args.command](args, lang)
    except InvalidReference as exc:
        print(
            ("無効な参照セット: " if lang == "ja" else "invalid reference: ")
            + visible(exc.render(lang), keep="\n"),
            file=sys.stderr,
        )
        return ExitCode.INVALID_REFERENCE
    except UserError as exc:
        print(visible(exc.render(lang), keep="\n"), file=sys.stderr)
        return ExitCode.INVALID
    except EnvironmentProblem as exc:
        print(
            ("環境の問題: " if lang == "ja" else "environment problem: ")
            + visible(exc.render(lang), keep="\n"),
            file=sys.stderr,
        )
        return ExitCode.ENVIRONMENT
    except KeyboardInterrupt:
        print("interrupted; rerun the same command to resume", file=sys.stderr)
        return ExitCode.INTERRUPTED
