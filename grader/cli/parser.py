"""The ``grader`` argument parser: every command, its arguments and their help.

Only argparse and the version string: building it imports nothing that grades, so ``--help`` is
instant.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from grader import __version__

Add = Callable[[str, str], argparse.ArgumentParser]


def at_least(minimum: int) -> Callable[[str], int]:
    """An argument type: a whole number of at least ``minimum`` (argparse reports the mistake and
    exits 2, so ``bench -n 0`` never reaches a division by zero)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {value}")
        return value

    parse.__name__ = f"whole number >= {minimum}"
    return parse


"""Adds a subcommand (name, help) with the options every command shares."""


def build() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="grader", description="Deterministic grader for the UEC LLM tutorial exercises."
    )
    parser.add_argument("--version", action="version", version=f"llm-grader {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--lang",
            choices=["en", "ja"],
            default=None,
            help="message language (default: from the locale)",
        )
        return p

    _student_commands(add)
    _ta_commands(add)
    _ci_commands(add)
    return parser


def _student_commands(add: Add) -> None:
    """validate, init, schema, check."""
    p = add("validate", "check submission files without running any model (instant)")
    p.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help="submission files; a folder: every submission below it, as grade finds them",
    )
    p.add_argument(
        "-a", "--assignment", help="assignment id or path (default: the file's 'assignment:')"
    )

    p = add("init", "start a submission from the assignment's template (placeholders to fill in)")
    p.add_argument("-a", "--assignment", default="ex1", help="assignment id or path (default: ex1)")
    p.add_argument("--id", help="your student number (fills in the placeholder)")
    p.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("my_submission.yaml"),
        help="default: my_submission.yaml",
    )

    p = add(
        "schema",
        "print the JSON Schema of a submission (editors use it to complete and check keys)",
    )
    p.add_argument("-a", "--assignment", default="ex1", help="assignment id or path (default: ex1)")

    p = add("check", "grade one submission as the TA will, and write its JSON and HTML reports")
    p.add_argument("file", type=Path)
    p.add_argument("-a", "--assignment")
    p.add_argument(
        "-o", "--out", type=Path, default=Path("reports"), help="output folder (default: reports)"
    )
    p.add_argument(
        "--json", action="store_true", help="print the JSON result instead of the summary"
    )
    p.add_argument(
        "--full", action="store_true", help="print every output in full (default: shortened)"
    )
    _engine_options(p)


def _ta_commands(add: Add) -> None:
    """grade, merge."""
    p = add(
        "grade",
        "grade a class: a folder, or an LMS's submissions zip (resumable; a bad file never stops "
        "the batch)",
    )
    p.add_argument("submissions", type=Path, help="class folder, or the LMS's download (.zip)")
    p.add_argument("-a", "--assignment", required=True)
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--hidden", type=Path, help="TA-only file with the hidden criteria's parameters")
    p.add_argument("--force", action="store_true", help="regenerate even what the cache has")
    p.add_argument("--only", nargs="+", metavar="ID", help="grade only these student ids")
    p.add_argument("--shard", help="K/N: generate only the K-th of N slices of the unique requests")
    p.add_argument("--excel", action="store_true", help="write grades.csv with a BOM for Excel")
    p.add_argument(
        "--add-class",
        action="store_true",
        help="grade another class into an output folder that already grades one (grades.csv "
        "then covers both)",
    )
    _gradebook_options(p)
    _engine_options(p)

    p = add("merge", "merge shard caches into OUT/cache.sqlite (then run grade on OUT)")
    p.add_argument("out", type=Path)
    p.add_argument("shards", nargs="+", type=Path, help="shard output folders or cache files")
    p.add_argument(
        "--allow-mixed-fingerprints",
        action="store_true",
        help="merge shards made in different environments (their tokens may differ)",
    )


def _ci_commands(add: Add) -> None:
    """verify (the course CI) and bench."""
    p = add("verify", "re-verify a reference set (exact, teacher-forced or grades)")
    p.add_argument("reference", type=Path)
    p.add_argument(
        "-a",
        "--assignment",
        help="assignment id or path (default: the folder above the reference set, "
        "else the id recorded in its results)",
    )
    p.add_argument("--mode", choices=["auto", "exact", "teacher-forced", "grades"], default="auto")
    p.add_argument("--record", action="store_true", help="(re)record the reference outputs")
    p.add_argument("--junit", type=Path, help="write JUnit XML here")
    p.add_argument("--json", type=Path, help="write the JSON report here")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")

    p = add("bench", "measure grading speed against the tutorial's naive way")
    p.add_argument("-n", "--students", type=at_least(1), default=200)
    p.add_argument(
        "--model", action="append", help="real model names (GPU); default: the bundled models"
    )
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    p.add_argument(
        "--naive-sample",
        type=at_least(1),
        default=None,
        help="time the naive way on this many runs and extrapolate",
    )
    p.add_argument(
        "--no-generate",
        action="store_true",
        help="time only the class-wide work (validate, score, clusters, pages) with stand-in "
        "answers: how it scales to large classes (e.g. -n 5000)",
    )


def _gradebook_options(p: argparse.ArgumentParser) -> None:
    """The TA's files: roster, overrides, the LMS's worksheet and folder pattern."""
    p.add_argument(
        "--roster",
        type=Path,
        help="class list CSV (id/学籍番号, name/氏名, email, lms_id/Identifier): missing students "
        "get a row, unknown ids a flag",
    )
    p.add_argument(
        "--overrides",
        type=Path,
        help="TA corrections (YAML), applied after scoring on every regrade; may set a late policy",
    )
    p.add_argument(
        "--worksheet",
        type=Path,
        help="the LMS's grading worksheet CSV: writes OUT/worksheet.csv with Grade and Feedback "
        "comments filled",
    )
    p.add_argument(
        "--lms-pattern",
        metavar="REGEX",
        help="participant folder names of another LMS, with (?P<name>...) and (?P<lms_id>...) "
        "(default: Moodle's 'Full Name_12345_assignsubmission_file_')",
    )


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--device",
        choices=["auto", "cpu", "cuda"],
        default="auto",
        help="cuda runs fp16 (official); cpu runs fp32 (preview)",
    )
    p.add_argument("--cache", type=Path, help="generation cache file")
    p.add_argument("--no-cache", action="store_true", help="generate everything again")
