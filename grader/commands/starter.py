"""``grader init`` and ``grader schema``: a student's first file, and the schema editors check it
with.

``init`` copies the assignment's template (placeholders included: ``validate`` rejects them
until they are replaced), fills in the student id when given, names the written file in the
template's commands, and writes the submission's JSON Schema beside it under a name per
assignment (``ex1-offline.schema.json``), so two assignments' files share a folder; the file's
first line points VS Code's YAML extension at that schema, so keys complete and mistakes are
underlined while typing. ``init`` never overwrites a file that differs from what it would write.
``schema`` is that JSON Schema, with the assignment's models and goal types as enums and the
baseline in its descriptions. Neither imports torch or runs a model; printing is the CLI's.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import shlex
import textwrap
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from grader.load.assignments import TEMPLATE_FILE, LoadedAssignment
from grader.load.schemas import NAME_PATTERN, Run, Student, Submission
from grader.util.errors import UserError
from grader.util.files import write_atomic
from grader.util.i18n import T, Text

SCHEMA_FILE = "submission.schema.json"
"""The schema's name inside an assignment's own folder (beside its template)."""
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=\S*\n")
ID_PLACEHOLDER = re.compile(r'"<<[^<>]*student number[^<>]*>>"')
TEMPLATE_NAME = re.compile(r"my_submission\.yaml( *)")
"""The file name the template's commands use, and the spaces that align their comments."""


def schema_file(loaded: LoadedAssignment) -> str:
    """The name ``init`` gives the schema beside a submission: one per assignment."""
    return f"{loaded.assignment.id}.schema.json"


def baseline_text(loaded: LoadedAssignment) -> Text:
    """The baseline's model, prompt and budget, as ``compare_to: baseline`` means them."""
    base = loaded.assignment.baseline
    key, value = base.budget()
    spec = f"model: {base.model}, prompt: {json.dumps(base.prompt, ensure_ascii=False)}"
    spec += f", {key}: {value}" + (", chat: true" if base.chat else "")
    return T(
        "The baseline (compare_to: baseline; a run without compare_to is compared with it): "
        + spec,
        f"ベースライン（compare_to: baseline。compare_to を書かない実行の比較対象）: {spec}",
    )


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
    baseline = baseline_text(loaded)
    compare_to = run["properties"]["compare_to"]
    compare_to["description"] += f"\n{baseline.en}\n{baseline.ja}"
    schema["title"] = f"Submission to {assignment.id}"
    schema["description"] = f"{schema.get('description', '')}\n{baseline.en}\n{baseline.ja}".strip()
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
    """Write a submission from the template, and its schema beside it (``schema_file``); never
    overwrites a file that differs from what it would write."""
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
    schema, schema_json = out.parent / schema_file(loaded), schema_text(loaded)
    _refuse_a_different(schema, schema_json, loaded.assignment.id)
    write_atomic(schema, schema_json)  # an identical file is left alone
    write_atomic(out, starter_text(loaded, out, student_id))
    return out, schema


def starter_text(loaded: LoadedAssignment, out: Path, student_id: str | None) -> str:
    """The template as ``init`` writes it to ``out``: its schema line, the id, the file's name."""
    text = SCHEMA_LINE.sub("", (loaded.folder / TEMPLATE_FILE).read_text(encoding="utf-8"))
    if student_id is not None:
        text = ID_PLACEHOLDER.sub(f'"{student_id}"', text)
    name = shlex.quote(str(out))

    def named(m: re.Match[str]) -> str:  # the comments after it stay aligned where they fit
        return name + " " * max(len(m.group(0)) - len(name), 1 if m.group(1) else 0)

    text = TEMPLATE_NAME.sub(named, text)
    return f"# yaml-language-server: $schema=./{schema_file(loaded)}\n" + text


def _refuse_a_different(schema: Path, text: str, assignment_id: str) -> None:
    """A user error when ``schema`` exists with other content (an older grader's, an edited
    one): init never overwrites it."""
    try:
        same = schema.read_text(encoding="utf-8") == text
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError):
        same = False
    if same:
        return
    raise UserError.simple(
        str(schema),
        "the file exists and differs from this assignment's schema; init never overwrites it",
        "ファイルがすでにあり、この課題のスキーマと内容が違います。init は上書きしません",
        T(
            f"to replace it (it is generated: 'grader schema -a {assignment_id}' prints it), "
            "delete it and run init again; or start in another folder with -o FOLDER/NAME.yaml",
            f"置き換えるには削除してから init をやり直してください（自動生成のファイルで、"
            f"'grader schema -a {assignment_id}' で同じものを出力できます）。"
            "または -o フォルダ/名前.yaml で別のフォルダに作成してください",
        ),
    )
