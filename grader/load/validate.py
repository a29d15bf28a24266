"""Load a submission file and check it against its assignment.

This is ``grader validate`` and the first step of ``check`` and ``grade``: strict YAML, the
schema, greedy-only decoding, then the rules that need the assignment (:mod:`grader.load.rules`:
allowed models, limits, ``compare_to`` targets and cycles, prompt token counts), unfilled
template placeholders and the declared goals.
All problems of a file are collected and reported together, each at its ``file:line:col``.
It never imports torch and never runs a model.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import ValidationError

from grader.load import pydantic_errors, reading, rules, tokens
from grader.load.assignments import LoadedAssignment
from grader.load.controls import derived_controls, settle
from grader.load.schemas import (
    NAME_PATTERN,
    SAMPLING_KEYS,
    Assignment,
    GenerationSpec,
    Student,
    Submission,
)
from grader.load.strict_yaml import Located, load_bytes
from grader.util.errors import Diagnostic, UserError
from grader.util.i18n import T, Text


@dataclass(frozen=True)
class LoadedSubmission:
    """A valid submission and where it came from."""

    submission: Submission
    file: str
    """The file's name as shown."""
    sha256: str
    """sha256 of the bytes that were read and graded."""
    located: Located
    controls: dict[str, GenerationSpec] = field(default_factory=dict)
    """The derived control of each goal run that needs one (:mod:`grader.load.controls`)."""
    file_key: str = ""
    """Name of this file's outputs: the student id, unless several files of a class claim it
    (:func:`grader.util.files.file_key`)."""
    warnings: list[Diagnostic] = field(default_factory=list)
    """What validation could not check here (e.g. a model's tokenizer is not cached)."""
    written_id: str | None = None
    """The id the file wrote, when the LMS's identity replaced it (``id-mismatch``)."""

    def as_student(self, student: Student) -> LoadedSubmission:
        """This submission graded under ``student`` (the roster's, for the LMS participant who
        uploaded it): the id the file wrote is kept in :attr:`written_id` when it differs."""
        mine = self.submission.student
        if mine == student:
            return self
        written = mine.id if mine.id != student.id else None
        sub = self.submission.model_copy(update={"student": student})
        return replace(self, submission=sub, file_key=student.id, written_id=written)


def read(path: Path, display: str | None = None) -> tuple[bytes, str]:
    """The file's bytes and sha256 (the gradebook records what was graded)."""
    return hashed(reading.read(path, display or str(path)))


def hashed(raw: bytes) -> tuple[bytes, str]:
    """``raw`` with its sha256, as :func:`load_submission` takes a file already read."""
    return raw, hashlib.sha256(raw).hexdigest()


def load_submission(
    path: Path,
    assignment: LoadedAssignment,
    display: str | None = None,
    raw: tuple[bytes, str] | None = None,
    reference: bool = False,
) -> LoadedSubmission:
    """Parse and fully validate one submission; raises :class:`UserError` listing every problem.
    ``raw`` is the file's bytes and sha256 when the caller has read them already (read once).
    ``reference``: a reference set's submission (``verify``, ``reference``), which may carry a
    shipped reference's id wherever the set was copied to; a student's may not."""
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
        problems += pydantic_errors.diagnostics(
            exc, located, pydantic_errors.field_names(Submission)
        )
        raise UserError(sorted(problems, key=lambda d: (d.line, d.col))) from None
    problems += rules.assignment_problems(sub, located, assignment.assignment)
    problems += _goals(sub, located, assignment.goal_names)
    problems += _reserved_id(sub, located, assignment, path, sha, reference)
    controls, no_room = settle(
        derived_controls(assignment.assignment, sub), sub, located, assignment.assignment
    )
    problems += no_room
    if problems:
        raise UserError(sorted(problems, key=lambda d: (d.line, d.col)))
    return LoadedSubmission(
        submission=sub,
        file=located.file,
        sha256=sha,
        located=located,
        controls=controls,
        file_key=sub.student.id,
        warnings=_unchecked(sub, located, assignment.assignment),
    )


def readable_id(raw: bytes, shown: str) -> str | None:
    """The student id an invalid file still states clearly (valid YAML, ``student.id`` a valid
    id), so its gradebook row keeps the id; None when it cannot be read."""
    try:
        data = load_bytes(raw, shown).data
    except UserError:
        return None
    student = data.get("student") if isinstance(data, dict) else None
    sid = student.get("id") if isinstance(student, dict) else None
    return sid if isinstance(sid, str) and re.fullmatch(NAME_PATTERN, sid) else None


def _unchecked(sub: Submission, located: Located, assignment: Assignment) -> list[Diagnostic]:
    """Runs whose prompt length could not be checked here (the model's tokenizer is not cached)."""
    warned: list[Diagnostic] = []
    for i, run in enumerate(sub.runs):
        allowed = assignment.model(run.model)
        if (
            allowed is not None
            and tokens.count(
                run.model,
                allowed.revision,
                run.prompt,
                run.chat,
                allowed.chat_template if run.chat else None,
            )
            is None
        ):
            warned.append(
                located.error(
                    ("runs", i, "prompt"),
                    T(
                        f"the prompt length could not be checked: {run.model} is not in the local "
                        "cache",
                        f"プロンプトの長さを確認できません: {run.model} "
                        "がローカルキャッシュにありません",
                    ),
                    T(
                        "check (on a machine with the model) checks it, and the max_length budget",
                        "モデルのある環境で check を実行すると、長さと max_length "
                        "の予算を確認します",
                    ),
                )
            )
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
    return [
        located.error(
            path,
            T(
                f"placeholder {match.group()} is not filled in",
                f"プレースホルダー {match.group()} が書き換えられていません",
            ),
            T(
                "replace each <<...>> of the template with your own text (your student number, "
                "your prompts, your observations)",
                "テンプレートの <<...>> "
                "を自分の内容（学籍番号、プロンプト、考察）に書き換えてください",
            ),
        )
    ]


def _goals(sub: Submission, located: Located, allowed: list[str]) -> list[Diagnostic]:
    problems = []
    for i, run in enumerate(sub.runs):
        if run.goal is not None and run.goal not in allowed:
            problems.append(
                located.error(
                    ("runs", i, "goal"),
                    T(
                        f"goal {run.goal!r} is not a goal of this assignment",
                        f"goal {run.goal!r} はこの課題の目標にありません",
                    ),
                    _with_list(pydantic_errors.did_you_mean(run.goal, allowed), allowed),
                )
            )
    return problems


def _reserved_id(
    sub: Submission,
    located: Located,
    assignment: LoadedAssignment,
    path: Path,
    sha: str,
    reference: bool,
) -> list[Diagnostic]:
    """A shipped example's or reference's id belongs to that very file (its path in the package
    and its bytes), never to a student's: a copy of it under its own id is refused here."""
    examples = [
        s
        for s in assignment.reserved_ids.get(sub.student.id, [])
        if not (reference and s.kind == "reference")
    ]
    if not examples or any(path.resolve() == e.path and sha == e.sha256 for e in examples):
        return []
    name = examples[0].name
    return [
        located.error(
            ("student", "id"),
            T(
                f"{sub.student.id!r} is the id of the shipped file {name}, not a student's",
                f"{sub.student.id!r} は配布されたファイル {name} の ID で、"
                "学生の ID ではありません",
            ),
            T(
                "write your own student number, in quotes (the shipped file's runs are not your "
                "experiment either: design your own)",
                "自分の学籍番号を引用符で囲んで書いてください（配布されたファイルの実行も自分の実験では"
                "ありません。自分で考えてください）",
            ),
        )
    ]


def _with_list(close: Text | None, allowed: list[str]) -> Text:
    listed = T(f"accepted goals: {', '.join(allowed)}", f"使える目標: {', '.join(allowed)}")
    return T(f"{close.en}; {listed.en}", f"{close.ja}。{listed.ja}") if close else listed


def _sampling_keys(located: Located) -> list[Diagnostic]:
    runs = located.data.get("runs") if isinstance(located.data, dict) else None
    problems = []
    for i, run in enumerate(runs if isinstance(runs, list) else []):
        for key in SAMPLING_KEYS:
            if isinstance(run, dict) and key in run:
                problems.append(
                    located.error(
                        ("runs", i, key),
                        T(
                            f"{key!r} is not allowed: grading uses greedy decoding "
                            "(do_sample=False)",
                            f"{key!r} は使えません: 採点は貪欲法（do_sample=False）で行います",
                        ),
                        T(
                            "sampling makes the output random, so it could not be graded "
                            "reproducibly; steer the "
                            "output with the prompt instead (exercise 1)",
                            "サンプリングでは出力が毎回変わり、再現可能な採点ができません。プロンプトで出力を誘導してください（課題1）",
                        ),
                        key=True,
                    )
                )
    return problems


def _without_sampling(data: object) -> object:
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        return data
    runs = [
        {k: v for k, v in r.items() if k not in SAMPLING_KEYS} if isinstance(r, dict) else r
        for r in data["runs"]
    ]
    return {**data, "runs": runs}
