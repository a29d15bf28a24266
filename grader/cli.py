"""Command-line interface: parse arguments, call the library, print, return an exit status.

Commands: ``init``, ``schema``, ``validate``, ``check`` (student), ``grade`` and ``merge`` (TA), ``verify`` (course
CI), ``bench``. This module holds no grading logic. User mistakes (:class:`UserError`) print as
``file:line:col`` lines and exit 2; environment problems exit 3; a damaged reference set
(:class:`InvalidReference`) exits 5; none shows a traceback. Whatever it prints of a user's or a
model's text goes through :func:`grader.textsafe.visible`, so escape sequences are shown, not run.
Heavy imports happen inside the command that needs them, so ``--help`` and ``validate`` stay fast.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from grader import __version__
from grader.errors import EnvironmentProblem, InvalidReference, UserError
from grader.exits import ExitCode
from grader.i18n import Lang, default_lang
from grader.textsafe import display_name, visible


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grader", description="Deterministic grader for the UEC LLM tutorial exercises.")
    parser.add_argument("--version", action="version", version=f"llm-grader {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--lang", choices=["en", "ja"], default=None, help="message language (default: from the locale)")
        return p

    p = add("validate", "check submission files without running any model (instant)")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("-a", "--assignment", help="assignment id or path (default: the file's 'assignment:')")

    p = add("init", "start a submission from the assignment's template (placeholders to fill in)")
    p.add_argument("-a", "--assignment", default="ex1", help="assignment id or path (default: ex1)")
    p.add_argument("--id", help="your student number (fills in the placeholder)")
    p.add_argument("-o", "--out", type=Path, default=Path("my_submission.yaml"), help="default: my_submission.yaml")

    p = add("schema", "print the JSON Schema of a submission (editors use it to complete and check keys)")
    p.add_argument("-a", "--assignment", default="ex1", help="assignment id or path (default: ex1)")

    p = add("check", "grade one submission as the TA will, and write its JSON and HTML reports")
    p.add_argument("file", type=Path)
    p.add_argument("-a", "--assignment")
    p.add_argument("-o", "--out", type=Path, default=Path("reports"), help="output folder (default: reports)")
    p.add_argument("--json", action="store_true", help="print the JSON result instead of the summary")
    p.add_argument("--full", action="store_true", help="print every output in full (default: shortened)")
    _engine_options(p)

    p = add("grade", "grade a class directory (resumable; a bad file never stops the batch)")
    p.add_argument("submissions", type=Path)
    p.add_argument("-a", "--assignment", required=True)
    p.add_argument("-o", "--out", type=Path, required=True)
    p.add_argument("--hidden", type=Path, help="TA-only file with the hidden criteria's parameters")
    p.add_argument("--force", action="store_true", help="regenerate even what the cache has")
    p.add_argument("--only", nargs="+", metavar="ID", help="grade only these student ids")
    p.add_argument("--shard", help="K/N: generate only the K-th of N slices of the unique requests")
    p.add_argument("--excel", action="store_true", help="write grades.csv with a BOM for Excel")
    _engine_options(p)

    p = add("merge", "merge shard caches into OUT/cache.sqlite (then run grade on OUT)")
    p.add_argument("out", type=Path)
    p.add_argument("shards", nargs="+", type=Path, help="shard output folders or cache files")

    p = add("verify", "re-verify a reference set (exact, teacher-forced or grades)")
    p.add_argument("reference", type=Path)
    p.add_argument("-a", "--assignment", help="assignment id or path (default: the folder above the reference set, "
                   "else the id recorded in its results)")
    p.add_argument("--mode", choices=["auto", "exact", "teacher-forced", "grades"], default="auto")
    p.add_argument("--record", action="store_true", help="(re)record the reference outputs")
    p.add_argument("--junit", type=Path, help="write JUnit XML here")
    p.add_argument("--json", type=Path, help="write the JSON report here")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")

    p = add("bench", "measure grading speed against the tutorial's naive way")
    p.add_argument("-n", "--students", type=int, default=200)
    p.add_argument("--model", action="append", help="real model names (GPU); default: the bundled models")
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")
    p.add_argument("--naive-sample", type=int, default=None, help="time the naive way on this many runs and extrapolate")
    return parser


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto",
                   help="cuda runs fp16 (official); cpu runs fp32 (preview)")
    p.add_argument("--cache", type=Path, help="generation cache file")
    p.add_argument("--no-cache", action="store_true", help="generate everything again")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang: Lang = args.lang or default_lang()
    try:
        return _COMMANDS[args.command](args, lang)
    except InvalidReference as exc:
        print(("無効な参照セット: " if lang == "ja" else "invalid reference: ") + visible(exc.render(lang), keep="\n"), file=sys.stderr)
        return ExitCode.INVALID_REFERENCE
    except UserError as exc:
        print(visible(exc.render(lang), keep="\n"), file=sys.stderr)
        return ExitCode.INVALID
    except EnvironmentProblem as exc:
        print(("環境の問題: " if lang == "ja" else "environment problem: ") + visible(exc.render(lang), keep="\n"), file=sys.stderr)
        return ExitCode.ENVIRONMENT
    except KeyboardInterrupt:
        print("interrupted; rerun the same command to resume", file=sys.stderr)
        return ExitCode.INTERRUPTED


def _validate(args: argparse.Namespace, lang: Lang) -> int:
    from grader.load.validate import load_submission
    from grader.score.assignment import assignment_for

    started, bad = time.perf_counter(), 0
    for path in args.files:
        try:
            loaded = load_submission(path, assignment_for(path, args.assignment), display_name(str(path)))
        except UserError as exc:
            bad += 1
            print(visible(exc.render(lang), keep="\n"), file=sys.stderr)
            continue
        runs = len(loaded.submission.runs)
        for warning in loaded.warnings:
            print(("警告: " if lang == "ja" else "warning: ") + visible(warning.render(lang), keep="\n"), file=sys.stderr)
        print(f"ok: {display_name(str(path))} ({runs} {'件の実行' if lang == 'ja' else 'runs'})")
    elapsed = time.perf_counter() - started
    ok = len(args.files) - bad
    print(f"{ok}/{len(args.files)} 件が有効（{elapsed:.2f} 秒）" if lang == "ja" else
          f"{ok}/{len(args.files)} valid in {elapsed:.2f}s", file=sys.stderr)
    return ExitCode.INVALID if bad else ExitCode.PASSED


def _init(args: argparse.Namespace, lang: Lang) -> int:
    from grader.score.assignment import load
    from grader.starter import init

    path, schema = init(load(args.assignment), args.out, args.id)
    if lang == "ja":
        print(f"{path} を作成しました（スキーマ: {schema}）。<<...>> を書き換えてから:\n"
              f"  grader validate {path}\n  grader check {path}")
    else:
        print(f"wrote {path} (schema: {schema}). Replace every <<...>>, then:\n"
              f"  grader validate {path}\n  grader check {path}")
    return ExitCode.PASSED


def _schema(args: argparse.Namespace, lang: Lang) -> int:
    from grader.score.assignment import load
    from grader.starter import schema_text

    print(schema_text(load(args.assignment)), end="")
    return ExitCode.PASSED


def _cache_path(args: argparse.Namespace, default: Path | None) -> Path | None:
    return None if args.no_cache else (args.cache or default)


def _check(args: argparse.Namespace, lang: Lang) -> int:
    from rich.console import Console

    from grader.check import check, default_cache_path
    from grader.report.terminal import print_summary
    from grader.score.assignment import assignment_for

    assignment = assignment_for(args.file, args.assignment)
    checked = check(args.file, assignment, args.out, lang=lang, device=args.device,
                    cache_path=_cache_path(args, default_cache_path()))
    _warn(checked.warnings, lang)
    if args.json:
        print(checked.result.model_dump_json(indent=2))
    else:
        print_summary(Console(), checked.result, lang, display_name(str(checked.html_path)) if checked.html_path else None,
                      full=args.full)
    return checked.exit_code


def _grade(args: argparse.Namespace, lang: Lang) -> int:
    from grader.grade import grade, parse_shard
    from grader.report.terminal import ProgressBar

    with ProgressBar() as on_progress:
        graded = grade(args.submissions, args.assignment, args.out, hidden=args.hidden, force=args.force,
                       only=args.only, shard=parse_shard(args.shard), excel=args.excel, lang=lang,
                       device=args.device, cache_path=_cache_path(args, args.out / "cache.sqlite"),
                       on_progress=on_progress)
    _warn(graded.notices, lang)
    stats = graded.stats
    if graded.shard:
        k, n = graded.shard
        print(f"shard {k}/{n}: {stats.generated} generated, {stats.cache_hits} cached", file=sys.stderr)
    else:
        print(f"graded {graded.graded}/{len(graded.results)} files; {stats.unique_requests} unique requests for "
              f"{stats.total_runs} runs, {stats.generated} generated, {stats.cache_hits} cached "
              f"-> {visible(str(graded.out / 'index.html'))}", file=sys.stderr)
    return ExitCode.PASSED if graded.complete else ExitCode.FAILED


def _merge(args: argparse.Namespace, lang: Lang) -> int:
    from grader.merge import merge

    merged = merge(args.out, args.shards)
    _warn(merged.notices, lang)
    for path, added in merged.added:
        print(visible(f"{path}: {added} new generations"), file=sys.stderr)
    print(visible(f"{merged.cache}: {merged.total} generations; now run `grader grade ... -o {args.out}`"),
          file=sys.stderr)
    return ExitCode.PASSED


def _verify(args: argparse.Namespace, lang: Lang) -> int:
    from grader.reference import record_reference
    from grader.report.terminal import verify_lines
    from grader.verify import verify, write_reports

    if args.record:
        changes = record_reference(args.reference, args.device, args.assignment)
        print(visible("\n".join(changes), keep="\n") if changes else "recording unchanged", file=sys.stderr)
        return ExitCode.PASSED
    report = verify(args.reference, args.mode, args.device, args.assignment)
    print("\n".join(verify_lines(report)))
    write_reports(report, args.junit, args.json)
    return ExitCode.PASSED if report.ok else ExitCode.FAILED


def _warn(notices: list[str], lang: Lang) -> None:
    for notice in notices:
        print(("警告: " if lang == "ja" else "warning: ") + visible(notice), file=sys.stderr)


def _bench(args: argparse.Namespace, lang: Lang) -> int:
    from grader.bench import bench

    figures = bench(students=args.students, models=args.model, device=args.device, naive_sample=args.naive_sample)
    print("\n".join(figures.lines()))
    return ExitCode.PASSED


_COMMANDS = {"init": _init, "schema": _schema, "validate": _validate, "check": _check, "grade": _grade, "merge": _merge,
             "verify": _verify, "bench": _bench}
