"""What the ``grader`` parser's commands share: the help-text picker, the whole-number argument
type, and the options several commands take (assignment, device, cache, the TA's files).

Only argparse: building the parser imports nothing that grades, so ``--help`` is instant.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

Add = Callable[[str, str], argparse.ArgumentParser]
"""Adds a subcommand (name, help) with the options every command shares."""
Words = Callable[[str, str], str]
"""Picks the help text of the chosen language: ``t(english, japanese)``."""


def at_least(minimum: int, t: Words = lambda en, ja: en) -> Callable[[str], int]:
    """An argument type: a whole number of at least ``minimum`` (argparse reports the mistake and
    exits 2, so ``bench -n 0`` never reaches a division by zero)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                t(f"{text!r} is not a whole number", f"{text!r} は整数ではありません")
            ) from None
        if value < minimum:
            raise argparse.ArgumentTypeError(
                t(
                    f"must be at least {minimum}, got {value}",
                    f"{minimum} 以上にしてください（{value} が指定されました）",
                )
            )
        return value

    parse.__name__ = t(f"whole number >= {minimum}", f"{minimum} 以上の整数")
    return parse


def gradebook_options(p: argparse.ArgumentParser, t: Words) -> None:
    """The TA's files: roster, overrides, the LMS's worksheet and folder pattern."""
    p.add_argument(
        "--roster",
        type=Path,
        help=t(
            "class list CSV (id/学籍番号, name/氏名, email, lms_id/Identifier): missing students "
            "get a row, unknown ids a flag",
            "名簿 CSV（id/学籍番号、name/氏名、email、lms_id/Identifier）。"
            "未提出の学生にも行を作り、"
            "名簿にない id には印を付けます",
        ),
    )
    p.add_argument(
        "--overrides",
        type=Path,
        help=t(
            "TA corrections (YAML), applied after scoring on every regrade; may set a late policy",
            "TA の修正（YAML）。採点のたびに適用します。遅延の規定も書けます",
        ),
    )
    p.add_argument(
        "--worksheet",
        type=Path,
        help=t(
            "the LMS's grading worksheet CSV: writes OUT/worksheet.csv with Grade and Feedback "
            "comments filled",
            "LMS の評定ワークシート CSV。評点とフィードバックを記入した "
            "OUT/worksheet.csv を書きます",
        ),
    )
    p.add_argument(
        "--lms-pattern",
        metavar="REGEX",
        help=t(
            "participant folder names of another LMS, with (?P<name>...) and (?P<lms_id>...) "
            "(default: Moodle's 'Full Name_12345_assignsubmission_file_')",
            "別の LMS の提出者フォルダ名の正規表現（(?P<name>...) と (?P<lms_id>...) を含む。"
            "既定: Moodle の 'Full Name_12345_assignsubmission_file_'）",
        ),
    )


def assignment_option(p: argparse.ArgumentParser, t: Words) -> None:
    p.add_argument(
        "-a",
        "--assignment",
        default="ex1",
        help=t("assignment id or path (default: ex1)", "課題の id かパス（既定: ex1）"),
    )


def file_assignment_option(p: argparse.ArgumentParser, t: Words) -> None:
    """-a for the commands that read a submission, which names its own assignment."""
    p.add_argument(
        "-a",
        "--assignment",
        help=t(
            "assignment id or path (default: the file's 'assignment:')",
            "課題の id かパス（既定: ファイルの 'assignment:'）",
        ),
    )


def device_option(p: argparse.ArgumentParser, t: Words) -> None:
    p.add_argument(
        "--device",
        choices=["auto", "cpu", "cuda"],
        default="auto",
        help=t(
            "cuda runs fp16 (official); cpu runs fp32 (preview)",
            "cuda は fp16（正式）、cpu は fp32（プレビュー）",
        ),
    )


def engine_options(p: argparse.ArgumentParser, t: Words) -> None:
    device_option(p, t)
    p.add_argument(
        "--cache", type=Path, help=t("generation cache file", "生成キャッシュのファイル")
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help=t("generate everything again", "すべて生成し直します"),
    )
