"""One function per ``grader`` command: call the library, print what it returned, choose the exit
status. Each imports what its command needs inside itself, so ``--help`` and ``validate`` stay
fast; none holds grading logic.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from grader.cli.exits import VERDICT_EXIT, ExitCode
from grader.util.files import class_cache, user_cache
from grader.util.i18n import Lang, T
from grader.util.textsafe import display_name, visible

if TYPE_CHECKING:  # the commands are imported when they run (--help stays fast)
    from grader.commands.grade import Graded


def _validate(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.validation import validate
    from grader.load import tokens

    started = time.perf_counter()
    done = validate(args.files, args.assignment)
    for f in done.files:
        if f.errors is not None:
            print(visible(f.errors.render(lang), keep="\n"), file=sys.stderr)
            continue
        # a rendered diagnostic is the message, then its hint on the next line
        _warn([w.render(lang) for w in f.warnings], lang, keep="\n")
        runs = T(f"{f.runs} run" + "s" * (f.runs != 1), f"{f.runs} 件の実行").get(lang)
        print(f"ok: {f.shown} ({runs})")
    _warn([f"{name}: {why}" for name, why in done.skipped], lang)
    tokens.remembered().save()  # the next validate of these prompts skips the tokenizer
    elapsed, total = time.perf_counter() - started, len(done.files)
    ok = total - done.bad
    if not total:
        print(
            T(
                "no submission files (.yaml, .yml) found",
                "提出ファイル（.yaml, .yml）が見つかりません",
            ).get(lang),
            file=sys.stderr,
        )
    print(
        T(
            f"{ok}/{total} valid in {elapsed:.2f}s",
            f"{ok}/{total} 件が有効（{elapsed:.2f} 秒）",
        ).get(lang),
        file=sys.stderr,
    )
    return ExitCode.INVALID if done.bad or not total else ExitCode.PASSED


def _init(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.assignment import load_assignment
    from grader.commands.starter import baseline_text, init

    loaded = load_assignment(args.assignment)
    written, schema = init(loaded, args.out, args.id)
    path = shlex.quote(str(written))  # as the commands below are typed
    print(
        T(
            f"wrote {path} (schema: {schema})\n{baseline_text(loaded).en}\n"
            f"Replace every <<...>>, then:\n  grader validate {path}\n  grader check {path}",
            f"{path} を作成しました（スキーマ: {schema}）\n{baseline_text(loaded).ja}\n"
            f"<<...>> を書き換えてから:\n  grader validate {path}\n  grader check {path}",
        ).get(lang)
    )
    return ExitCode.PASSED


def _schema(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.assignment import load_assignment
    from grader.commands.starter import schema_text

    print(schema_text(load_assignment(args.assignment)), end="")
    return ExitCode.PASSED


def _cache_path(args: argparse.Namespace, default: Path | None) -> Path | None:
    return None if args.no_cache else (args.cache or default)


def _check(args: argparse.Namespace, lang: Lang) -> int:
    from rich.console import Console

    from grader.commands.assignment import assignment_for
    from grader.commands.check import check
    from grader.pipeline import unwatched
    from grader.report.progress import step_lines
    from grader.report.terminal import print_summary

    assignment = assignment_for(args.file, args.assignment)
    # its steps on a terminal only: off one, the output is the result alone
    watching = Console(stderr=True).is_terminal and not args.json
    checked = check(
        args.file,
        assignment,
        args.out,
        lang=lang,
        device=args.device,
        cache_path=_cache_path(args, user_cache()),
        on_step=step_lines(lang) if watching else unwatched,
    )
    _warn(checked.warnings, lang)
    if args.json:
        print(checked.result.model_dump_json(indent=2))
    else:
        print_summary(
            Console(),
            checked.result,
            lang,
            display_name(str(checked.html_path)),
            full=args.full,
        )
    return VERDICT_EXIT[checked.result.verdict]


def _grade(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.classlist import TaFiles
    from grader.commands.grade import grade, parse_shard
    from grader.report.progress import ProgressBar

    ta = TaFiles(args.roster, args.overrides, args.worksheet, args.lms_pattern)
    with ProgressBar(every=10.0, lang=lang) as on_progress:  # a batch log shows it is alive
        graded = grade(
            args.submissions,
            args.assignment,
            args.out,
            hidden=args.hidden,
            force=args.force,
            only=args.only,
            shard=parse_shard(args.shard),
            excel=args.excel,
            lang=lang,
            device=args.device,
            cache_path=_cache_path(args, class_cache(args.out)),
            on_progress=on_progress,
            add_class=args.add_class,
            ta=ta,
        )
    _warn(graded.notices, lang)
    stats = graded.stats
    if graded.shard:
        k, n = graded.shard
        print(
            f"shard {k}/{n}: {stats.generated} generated, {stats.cache_hits} cached",
            file=sys.stderr,
        )
    else:
        print("\n".join(class_summary(graded, lang)), file=sys.stderr)
    return ExitCode.PASSED if graded.complete else ExitCode.FAILED


def class_summary(graded: Graded, lang: Lang) -> list[str]:
    """What a grade run did, in ``lang``: the counts, what could not be graded, the outputs."""
    from grader.report.common import tally

    stats = graded.stats
    lines = [
        T(
            f"{len(graded.files)} files: {tally(graded.results).words('en')}",
            f"{len(graded.files)} ファイル: {tally(graded.results).words('ja')}",
        ).get(lang),
        T(
            f"{stats.unique_requests} unique requests for {stats.total_runs} runs, "
            f"{stats.generated} generated, {stats.cache_hits} cached",
            f"{stats.total_runs} 実行に一意なリクエスト {stats.unique_requests} 件、"
            f"生成 {stats.generated}、キャッシュ {stats.cache_hits}",
        ).get(lang),
    ]
    broken = [r for r in graded.files if r.status in ("invalid", "error")]
    if broken:
        lines.append(T("could not be graded:", "採点できなかったファイル:").get(lang))
        for r in broken:
            why = r.errors[0].message.get(lang) if r.errors else r.status
            lines.append(f"  {visible(r.file)}: {visible(why)}")
    if graded.withdrawn:
        gone = T("withdrawn (gone from this download):", "取り下げ（今回のダウンロードにない）:")
        lines.append(gone.get(lang))
        lines += [f"  {visible(f)}" for f in graded.withdrawn]
    if graded.worksheet is not None:
        w = graded.worksheet
        lines.append(
            T(
                f"worksheet: {w.filled} rows filled, {len(w.empty)} left empty",
                f"ワークシート: {w.filled} 行に記入、{len(w.empty)} 行は空欄",
            ).get(lang)
        )
    lines.append(f"-> {visible(str(graded.out / 'index.html'))}")
    return lines


def _merge(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.merge import merge

    merged = merge(args.out, args.shards, allow_mixed=args.allow_mixed_fingerprints)
    _warn(merged.notices, lang)
    for path, added in merged.added:
        print(visible(f"{path}: {added} new generations"), file=sys.stderr)
    print(
        visible(
            f"{merged.cache}: {merged.total} generations; now run `grader grade ... -o {args.out}`"
        ),
        file=sys.stderr,
    )
    return ExitCode.PASSED


def _verify(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.reference import record_reference
    from grader.commands.verify import verify, write_reports
    from grader.report.status import verify_lines

    if args.record:
        changes = record_reference(args.reference, args.device, args.assignment)
        print(
            visible("\n".join(changes), keep="\n") if changes else "recording unchanged",
            file=sys.stderr,
        )
        return ExitCode.PASSED
    report = verify(args.reference, args.mode, args.device, args.assignment)
    print("\n".join(verify_lines(report)))
    write_reports(report, args.junit, args.json)
    return ExitCode.PASSED if report.ok else ExitCode.FAILED


def _warn(notices: list[str], lang: Lang, keep: str = "") -> None:
    """Each notice on stderr as a warning; control characters escaped except those in ``keep``."""
    for notice in notices:
        print(
            T("warning: ", "警告: ").get(lang) + visible(notice, keep=keep),
            file=sys.stderr,
        )


def _bench(args: argparse.Namespace, lang: Lang) -> int:
    from grader.commands.bench import bench

    if args.no_generate:
        from grader.commands.scale import scale

        print("\n".join(scale(args.students).lines()))
        return ExitCode.PASSED

    figures = bench(
        students=args.students,
        models=args.model,
        device=args.device,
        naive_sample=args.naive_sample,
    )
    print("\n".join(figures.lines()))
    return ExitCode.PASSED


COMMANDS = {
    "init": _init,
    "schema": _schema,
    "validate": _validate,
    "check": _check,
    "grade": _grade,
    "merge": _merge,
    "verify": _verify,
    "bench": _bench,
}
