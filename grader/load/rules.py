"""The rules of a submission that its schema cannot state, because they need the assignment or
the whole file: the assignment id, the number of runs, unique run names, ``compare_to`` targets
that exist and form no cycle, allowed models, the token budgets and the prompt's length in the
model's own tokens (when its tokenizer is cached; :mod:`grader.load.validate` warns otherwise).

Every problem is a located :class:`~grader.util.errors.Diagnostic` with a hint; nothing here raises.
"""

from __future__ import annotations

from grader.load import fullwidth, pydantic_errors, tokens
from grader.load.schemas import BASELINE, Assignment, Run, Submission
from grader.load.strict_yaml import Located
from grader.util.errors import Diagnostic
from grader.util.i18n import T


def assignment_problems(
    sub: Submission, located: Located, assignment: Assignment
) -> list[Diagnostic]:
    """Checks that need the assignment; returns every problem found."""
    problems: list[Diagnostic] = []
    if sub.assignment != assignment.id:
        problems.append(
            located.error(
                ("assignment",),
                T(
                    f"this file is for assignment {sub.assignment!r}, but it is graded as "
                    f"{assignment.id!r}",
                    f"このファイルは課題 {sub.assignment!r} 用ですが、{assignment.id!r} "
                    "として採点しようとしています",
                ),
                T(
                    f"write assignment: {assignment.id}, or pass the right --assignment",
                    f"assignment: {assignment.id} と書くか、正しい --assignment を指定してください",
                ),
            )
        )
    if len(sub.runs) > assignment.limits.max_runs:
        problems.append(
            located.error(
                ("runs", assignment.limits.max_runs),
                T(
                    f"{len(sub.runs)} runs; at most {assignment.limits.max_runs} are allowed",
                    f"実行が {len(sub.runs)} 件あります（上限 {assignment.limits.max_runs} 件）",
                ),
                T("keep the runs that make your comparisons", "比較に使う実行だけを残してください"),
            )
        )
    problems += _names(sub, located) + _targets(sub, located)
    for i, run in enumerate(sub.runs):
        problems += _run_checks(run, ("runs", i), located, assignment)
    return problems


def _names(sub: Submission, located: Located) -> list[Diagnostic]:
    """Every run has its own name, and none is the reserved ``baseline``."""
    problems: list[Diagnostic] = []
    names: set[str] = set()
    for i, run in enumerate(sub.runs):
        if run.name == BASELINE:
            says = T("'baseline' is reserved", "'baseline' は予約名です")
        elif run.name in names:
            says = T(
                f"run name {run.name!r} is used twice", f"実行名 {run.name!r} が重複しています"
            )
        else:
            names.add(run.name)
            continue
        hint = T(
            "give every run its own name (compare_to refers to runs by name)",
            "実行ごとに別の名前を付けてください（compare_to は名前で実行を指します）",
        )
        problems.append(located.error(("runs", i, "name"), says, hint))
    return problems


def _targets(sub: Submission, located: Located) -> list[Diagnostic]:
    """Every ``compare_to`` names ``baseline`` or another run, and no chain of them loops."""
    problems: list[Diagnostic] = []
    targets = {r.name: r.compare_to for r in sub.runs}
    for i, run in enumerate(sub.runs):
        target, where = run.compare_to, ("runs", i, "compare_to")
        others = [n for n in targets if n != run.name]
        if target is None or target == BASELINE:
            continue
        if target not in others:
            says = T(
                f"compare_to {target!r} names no other run",
                f"compare_to {target!r} という別の実行はありません",
            )
            hint = pydantic_errors.did_you_mean(target, [BASELINE, *others]) or T(
                f"use 'baseline' or one of: {', '.join(others)}",
                f"'baseline' か次のいずれかを指定してください: {', '.join(others)}",
            )
            problems.append(located.error(where, says, hint))
        elif _cycle(run.name, targets):
            says = T(
                f"compare_to forms a cycle through {run.name!r}",
                f"compare_to が {run.name!r} を通って循環しています",
            )
            hint = T(
                "one run in the chain must compare to 'baseline'",
                "どれか一つは 'baseline' と比較してください",
            )
            problems.append(located.error(where, says, hint))
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


def _run_checks(
    run: Run, path: tuple[str | int, ...], located: Located, assignment: Assignment
) -> list[Diagnostic]:
    """An allowed model, a budget within the limits, a prompt that fits (when countable here)."""
    allowed = assignment.model(run.model)
    if allowed is None:
        label = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
        wide = fullwidth.wide_value(located, path + ("model",), f"{label}.model")
        if wide is not None:
            return [wide]
        names = [m.name for m in assignment.models]
        says = T(
            f"model {run.model!r} is not allowed in {assignment.id}",
            f"モデル {run.model!r} は {assignment.id} では使えません",
        )
        hint = pydantic_errors.did_you_mean(run.model, names) or T(
            f"allowed: {', '.join(names)}", f"使えるモデル: {', '.join(names)}"
        )
        return [located.error(path + ("model",), says, hint)]
    limits = assignment.limits
    problems = []
    if run.max_new_tokens is not None and run.max_new_tokens > limits.max_new_tokens:
        says = T(
            f"max_new_tokens {run.max_new_tokens} is over the limit {limits.max_new_tokens}",
            f"max_new_tokens {run.max_new_tokens} が上限 {limits.max_new_tokens} を超えています",
        )
        hint = T(
            f"use at most {limits.max_new_tokens} (a concise answer needs far fewer)",
            f"{limits.max_new_tokens} 以下にしてください（簡潔な回答ならずっと少なくて済みます）",
        )
        problems.append(located.error(path + ("max_new_tokens",), says, hint))
    template = allowed.chat_template if run.chat else None
    n = tokens.count(run.model, allowed.revision, run.prompt, run.chat, template)
    if n is not None:
        problems += _prompt_length(run, n, path, located, assignment)
    return problems


def _prompt_length(
    run: Run, n: int, path: tuple[str | int, ...], located: Located, assignment: Assignment
) -> list[Diagnostic]:
    """The prompt's ``n`` tokens within the limit, and room for ``max_length`` after them."""
    limits = assignment.limits
    problems = []
    if n > limits.max_prompt_tokens:
        says = T(
            f"the prompt is {n} tokens; the limit is {limits.max_prompt_tokens}",
            f"プロンプトが {n} トークンあります（上限 {limits.max_prompt_tokens}）",
        )
        hint = T("shorten the prompt", "プロンプトを短くしてください")
        problems.append(located.error(path + ("prompt",), says, hint))
    if run.max_length is not None:
        problems += _max_length(run.max_length, n, path, located, limits.max_new_tokens)
    return problems


def _max_length(
    max_length: int, n: int, path: tuple[str | int, ...], located: Located, limit: int
) -> list[Diagnostic]:
    if max_length <= n:
        return [
            located.error(
                path + ("max_length",),
                T(
                    f"max_length {max_length} leaves no room: the prompt alone is {n} tokens",
                    f"max_length {max_length} では生成できません: プロンプトだけで {n} "
                    "トークンあります",
                ),
                T(
                    "max_length counts the prompt too (the tutorial's tip); write max_new_tokens: "
                    "N to generate N tokens "
                    f"after the prompt, or max_length > {n}",
                    "max_length はプロンプトを含めた長さです（チュートリアルの Tip "
                    "参照）。プロンプトの後に N トークン生成するには "
                    f"max_new_tokens: N と書くか、max_length を {n} より大きくしてください",
                ),
            )
        ]
    if max_length - n > limit:
        return [
            located.error(
                path + ("max_length",),
                T(
                    f"max_length {max_length} allows {max_length - n} new tokens; the limit is "
                    f"{limit}",
                    f"max_length {max_length} では {max_length - n} トークン生成されます（上限 "
                    f"{limit}）",
                ),
                T(
                    f"use max_length <= {n + limit}",
                    f"max_length を {n + limit} 以下にしてください",
                ),
            )
        ]
    return []
