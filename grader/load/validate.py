"""Load a submission file and check it against its assignment.

This is ``grader validate`` and the first step of ``check`` and ``grade``: strict YAML, the
schema, greedy-only decoding, then the cross-checks that need the assignment (allowed models,
limits, ``compare_to`` targets and cycles) and the prompt token counts from the tokenizer files.
All problems of a file are collected and reported together, each at its ``file:line:col``.
It never imports torch and never runs a model.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from grader.errors import Diagnostic, UserError
from grader.i18n import T, Text
from grader.load import errors_map, strict_yaml, tokens
from grader.load.assignments import LoadedAssignment
from grader.load.schemas import BASELINE, SAMPLING_KEYS, Assignment, Run, Submission
from grader.load.strict_yaml import Located, load_bytes


@dataclass(frozen=True)
class LoadedSubmission:
    """A valid submission and where it came from."""

    submission: Submission
    file: str
    sha256: str
    located: Located
    warnings: list[Diagnostic] = field(default_factory=list)
    """What validation could not check here (e.g. a model's tokenizer is not cached)."""


def read(path: Path, display: str | None = None) -> tuple[bytes, str]:
    """The file's bytes and sha256 (the gradebook records what was graded)."""
    raw = strict_yaml.read(path, display or str(path))
    return raw, hashlib.sha256(raw).hexdigest()


def load_submission(path: Path, assignment: LoadedAssignment, display: str | None = None,
                    raw: tuple[bytes, str] | None = None) -> LoadedSubmission:
    """Parse and fully validate one submission; raises :class:`UserError` listing every problem.
    ``raw`` is the file's bytes and sha256 when the caller has read them already (read once)."""
    content, sha = raw or read(path, display)
    located = load_bytes(content, display or str(path))
    placeholders = _placeholders(located, located.data, ())
    if placeholders:  # an unfilled template: say that, not the id pattern its placeholder breaks
        raise UserError(placeholders)
    problems = _sampling_keys(located)
    data = _without_sampling(located.data)
    try:
        sub = Submission.model_validate(data)
    except ValidationError as exc:
        problems += errors_map.diagnostics(exc, located, errors_map.field_names(Submission))
        raise UserError(sorted(problems, key=lambda d: (d.line, d.col))) from None
    problems += cross_check(sub, located, assignment.assignment)
    problems += _goals(sub, located, assignment.goal_names)
    if problems:
        raise UserError(sorted(problems, key=lambda d: (d.line, d.col)))
    return LoadedSubmission(submission=sub, file=located.file, sha256=sha, located=located,
                            warnings=_unchecked(sub, located, assignment.assignment))


def _unchecked(sub: Submission, located: Located, assignment: Assignment) -> list[Diagnostic]:
    """Runs whose prompt length could not be checked here (the model's tokenizer is not cached)."""
    warned: list[Diagnostic] = []
    for i, run in enumerate(sub.runs):
        allowed = assignment.model(run.model)
        if allowed is not None and tokens.count(run.model, allowed.revision, run.prompt, run.chat,
                                                allowed.chat_template if run.chat else None) is None:
            warned.append(located.error(("runs", i, "prompt"), T(
                f"the prompt length could not be checked: {run.model} is not in the local cache",
                f"プロンプトの長さを確認できません: {run.model} がローカルキャッシュにありません"),
                T("check (on a machine with the model) checks it, and the max_length budget",
                  "モデルのある環境で check を実行すると、長さと max_length の予算を確認します")))
    return warned


PLACEHOLDER = re.compile(r"<<[^<>]*>>")
"""How templates mark what a student must fill in: ``<<your prompt / あなたのプロンプト>>``."""


def _placeholders(located: Located, value: object, path: tuple[str | int, ...]) -> list[Diagnostic]:
    if isinstance(value, dict):
        return [d for k, v in value.items() for d in _placeholders(located, v, path + (k,))]
    if isinstance(value, list):
        return [d for i, v in enumerate(value) for d in _placeholders(located, v, path + (i,))]
    match = PLACEHOLDER.search(value) if isinstance(value, str) else None
    if match is None:
        return []
    return [located.error(path, T(f"placeholder {match.group()} is not filled in",
                                  f"プレースホルダー {match.group()} が書き換えられていません"),
                          T("replace each <<...>> of the template with your own text (your student number, "
                            "your prompts, your observations)",
                            "テンプレートの <<...>> を自分の内容（学籍番号、プロンプト、考察）に書き換えてください"))]


def _goals(sub: Submission, located: Located, allowed: list[str]) -> list[Diagnostic]:
    problems = []
    for i, run in enumerate(sub.runs):
        if run.goal is not None and run.goal not in allowed:
            problems.append(located.error(("runs", i, "goal"), T(
                f"goal {run.goal!r} is not a goal of this assignment", f"goal {run.goal!r} はこの課題の目標にありません"),
                _with_list(errors_map.did_you_mean(run.goal, allowed), allowed)))
    return problems


def _with_list(close: Text | None, allowed: list[str]) -> Text:
    listed = T(f"accepted goals: {', '.join(allowed)}", f"使える目標: {', '.join(allowed)}")
    return T(f"{close.en}; {listed.en}", f"{close.ja}。{listed.ja}") if close else listed


def _sampling_keys(located: Located) -> list[Diagnostic]:
    runs = located.data.get("runs") if isinstance(located.data, dict) else None
    problems = []
    for i, run in enumerate(runs if isinstance(runs, list) else []):
        for key in SAMPLING_KEYS:
            if isinstance(run, dict) and key in run:
                problems.append(located.error(("runs", i, key), T(
                    f"{key!r} is not allowed: grading uses greedy decoding (do_sample=False)",
                    f"{key!r} は使えません: 採点は貪欲法（do_sample=False）で行います"), T(
                    "sampling makes the output random, so it could not be graded reproducibly; steer the "
                    "output with the prompt instead (exercise 1)",
                    "サンプリングでは出力が毎回変わり、再現可能な採点ができません。プロンプトで出力を誘導してください（課題1）"),
                    key=True))
    return problems


def _without_sampling(data: object) -> object:
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        return data
    runs = [{k: v for k, v in r.items() if k not in SAMPLING_KEYS} if isinstance(r, dict) else r for r in data["runs"]]
    return {**data, "runs": runs}


def cross_check(sub: Submission, located: Located, assignment: Assignment) -> list[Diagnostic]:
    """Checks that need the assignment; returns every problem found."""
    problems: list[Diagnostic] = []
    if sub.assignment != assignment.id:
        problems.append(located.error(("assignment",), T(
            f"this file is for assignment {sub.assignment!r}, but it is graded as {assignment.id!r}",
            f"このファイルは課題 {sub.assignment!r} 用ですが、{assignment.id!r} として採点しようとしています"),
            T(f"write assignment: {assignment.id}, or pass the right --assignment",
              f"assignment: {assignment.id} と書くか、正しい --assignment を指定してください")))
    if len(sub.runs) > assignment.limits.max_runs:
        problems.append(located.error(("runs", assignment.limits.max_runs), T(
            f"{len(sub.runs)} runs; at most {assignment.limits.max_runs} are allowed",
            f"実行が {len(sub.runs)} 件あります（上限 {assignment.limits.max_runs} 件）"),
            T("keep the runs that make your comparisons", "比較に使う実行だけを残してください")))
    problems += _names_and_targets(sub, located)
    for i, run in enumerate(sub.runs):
        problems += _run_checks(run, ("runs", i), located, assignment)
    return problems


def _names_and_targets(sub: Submission, located: Located) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    names: dict[str, int] = {}
    for i, run in enumerate(sub.runs):
        if run.name == BASELINE or run.name in names:
            problems.append(located.error(("runs", i, "name"), T(
                f"run name {run.name!r} is used twice" if run.name != BASELINE else "'baseline' is reserved",
                f"実行名 {run.name!r} が重複しています" if run.name != BASELINE else "'baseline' は予約名です"),
                T("give every run its own name (compare_to refers to runs by name)",
                  "実行ごとに別の名前を付けてください（compare_to は名前で実行を指します）")))
        names.setdefault(run.name, i)
    targets = {r.name: r.compare_to for r in sub.runs}
    for i, run in enumerate(sub.runs):
        target = run.compare_to
        if target is None or target == BASELINE:
            continue
        if target not in targets or target == run.name:
            problems.append(located.error(("runs", i, "compare_to"), T(
                f"compare_to {target!r} names no other run", f"compare_to {target!r} という別の実行はありません"),
                errors_map.did_you_mean(target, [BASELINE, *(n for n in targets if n != run.name)])
                or T(f"use 'baseline' or one of: {', '.join(n for n in targets if n != run.name)}",
                     f"'baseline' か次のいずれかを指定してください: {', '.join(n for n in targets if n != run.name)}")))
        elif _cycle(run.name, targets):
            problems.append(located.error(("runs", i, "compare_to"), T(
                f"compare_to forms a cycle through {run.name!r}", f"compare_to が {run.name!r} を通って循環しています"),
                T("one run in the chain must compare to 'baseline'", "どれか一つは 'baseline' と比較してください")))
    return problems


def _cycle(start: str, targets: dict[str, str | None]) -> bool:
    seen, current = set(), targets.get(start)
    while current is not None and current in targets:
        if current == start:
            return True
        if current in seen:
            return False
        seen.add(current)
        current = targets[current]
    return False


def _run_checks(run: Run, path: tuple[str | int, ...], located: Located, assignment: Assignment) -> list[Diagnostic]:
    allowed = assignment.model(run.model)
    if allowed is None:
        names = [m.name for m in assignment.models]
        return [located.error(path + ("model",), T(
            f"model {run.model!r} is not allowed in {assignment.id}", f"モデル {run.model!r} は {assignment.id} では使えません"),
            errors_map.did_you_mean(run.model, names) or T(f"allowed: {', '.join(names)}", f"使えるモデル: {', '.join(names)}"))]
    limits = assignment.limits
    problems = []
    if run.max_new_tokens is not None and run.max_new_tokens > limits.max_new_tokens:
        problems.append(located.error(path + ("max_new_tokens",), T(
            f"max_new_tokens {run.max_new_tokens} is over the limit {limits.max_new_tokens}",
            f"max_new_tokens {run.max_new_tokens} が上限 {limits.max_new_tokens} を超えています"),
            T(f"use at most {limits.max_new_tokens} (a concise answer needs far fewer)",
              f"{limits.max_new_tokens} 以下にしてください（簡潔な回答ならずっと少なくて済みます）")))
    n = tokens.count(run.model, allowed.revision, run.prompt, run.chat, allowed.chat_template if run.chat else None)
    if n is None:
        return problems
    if n > limits.max_prompt_tokens:
        problems.append(located.error(path + ("prompt",), T(
            f"the prompt is {n} tokens; the limit is {limits.max_prompt_tokens}",
            f"プロンプトが {n} トークンあります（上限 {limits.max_prompt_tokens}）"),
            T("shorten the prompt", "プロンプトを短くしてください")))
    if run.max_length is not None:
        problems += _max_length(run.max_length, n, path, located, limits.max_new_tokens)
    return problems


def _max_length(max_length: int, n: int, path: tuple[str | int, ...], located: Located, limit: int) -> list[Diagnostic]:
    if max_length <= n:
        return [located.error(path + ("max_length",), T(
            f"max_length {max_length} leaves no room: the prompt alone is {n} tokens",
            f"max_length {max_length} では生成できません: プロンプトだけで {n} トークンあります"), T(
            f"max_length counts the prompt too (the tutorial's tip); write max_new_tokens: N to generate N tokens "
            f"after the prompt, or max_length > {n}",
            f"max_length はプロンプトを含めた長さです（チュートリアルの Tip 参照）。プロンプトの後に N トークン生成するには "
            f"max_new_tokens: N と書くか、max_length を {n} より大きくしてください"))]
    if max_length - n > limit:
        return [located.error(path + ("max_length",), T(
            f"max_length {max_length} allows {max_length - n} new tokens; the limit is {limit}",
            f"max_length {max_length} では {max_length - n} トークン生成されます（上限 {limit}）"),
            T(f"use max_length <= {n + limit}", f"max_length を {n + limit} 以下にしてください"))]
    return []
