"""``grader init`` and ``grader schema``: a student's first file, and the schema editors check it
with.

``init`` copies the assignment's template (placeholders included: ``validate`` rejects them
until they are replaced), fills in the student id when given, and writes the submission's JSON
Schema beside it; the file's first line points VS Code's YAML extension at that schema, so keys
complete and mistakes are underlined while typing. ``schema`` is that JSON Schema, with the
assignment's models and goal types as enums. Neither imports torch or runs a model.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import textwrap
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from grader.load.assignments import TEMPLATE_FILE, LoadedAssignment
from grader.load.schemas import NAME_PATTERN, Run, Student, Submission
from grader.util.errors import UserError
from grader.util.files import write_atomic
from grader.util.i18n import T

SCHEMA_FILE = "submission.schema.json"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=\S*\n")
ID_PLACEHOLDER = re.compile(r'"<<[^<>]*student number[^<>]*>>"')


def submission_schema(loaded: LoadedAssignment) -> dict[str, Any]:
    """JSON Schema of a submission to ``loaded``: allowed models and goals as enums."""
    assignment = loaded.assignment
    schema = Submission.model_json_schema()
    _describe(schema, Submission)
    for model in (Run, Student):
        _describe(schema["$defs"][model.__name__], model)
    run = schema["$defs"]["Run"]
    run["properties"]["model"]["enum"] = [m.name for m in assignment.models]
    run["properties"]["goal"] = {
        "anyOf": [{"enum": loaded.goal_names}, {"type": "null"}],
        "default": None,
        "description": run["properties"]["goal"].get("description", ""),
    }
    run["oneOf"] = [
        {"required": ["max_new_tokens"], "not": {"required": ["max_length"]}},
        {"required": ["max_length"], "not": {"required": ["max_new_tokens"]}},
    ]
    schema["properties"]["assignment"] = {"const": assignment.id, "description": "Assignment id."}
    schema["title"] = f"Submission to {assignment.id}"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def _describe(schema: dict[str, Any], model: type[BaseModel]) -> None:
    """Each property's description from its field's docstring (editors show it on hover), keys
    sorted as pydantic sorts them. Read from the source here, for the schema only: pydantic's
    ``use_attribute_docstrings`` would read it whenever the schemas are imported, and that was
    about 16 ms of every ``validate``."""
    docs = field_docstrings(model)
    for name, prop in schema["properties"].items():
        if name in docs and "$ref" not in prop:  # a model's own description says it
            schema["properties"][name] = dict(sorted({**prop, "description": docs[name]}.items()))


def field_docstrings(model: type[BaseModel]) -> dict[str, str]:
    """Field name -> the docstring under it in the class body, for ``model`` and its bases."""
    docs: dict[str, str] = {}
    for cls in reversed(model.__mro__):
        if not issubclass(cls, BaseModel) or cls.__module__.startswith("pydantic"):
            continue
        body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
        assert isinstance(body, ast.ClassDef)
        for stmt, after in zip(body.body, body.body[1:], strict=False):
            if (
                isinstance(stmt, ast.AnnAssign)
                and isinstance(stmt.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[stmt.target.id] = inspect.cleandoc(after.value.value)
    return docs


def schema_text(loaded: LoadedAssignment) -> str:
    return json.dumps(submission_schema(loaded), indent=2, ensure_ascii=False) + "\n"


def init(loaded: LoadedAssignment, out: Path, student_id: str | None = None) -> tuple[Path, Path]:
    """Write a submission from the template (and its schema beside it); never overwrites a file."""
    if student_id is not None and not re.match(NAME_PATTERN, student_id):
        raise UserError.simple(
            "--id",
            f"{student_id!r} is not a valid id: letters, digits, '_' and '-', at most 32",
            f"{student_id!r} は ID に使えません（英数字・'_'・'-'、32 文字以内）",
        )
    if out.exists():
        raise UserError.simple(
            str(out),
            "the file exists already; init never overwrites a submission",
            "ファイルがすでにあります。init は提出物を上書きしません",
            T(
                "choose another name with -o, e.g. -o my_submission2.yaml",
                "-o で別の名前を指定してください（例: -o my_submission2.yaml）",
            ),
        )
    template = (loaded.folder / TEMPLATE_FILE).read_text(encoding="utf-8")
    text = SCHEMA_LINE.sub("", template)
    if student_id is not None:
        text = ID_PLACEHOLDER.sub(f'"{student_id}"', text)
    schema = out.parent / SCHEMA_FILE
    write_atomic(schema, schema_text(loaded))
    write_atomic(out, f"# yaml-language-server: $schema=./{SCHEMA_FILE}\n" + text)
    return out, schema
