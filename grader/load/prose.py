"""The project's own prose, which a student may paste as notes and which is never their own:
built into each assignment's index (``make published``, :mod:`grader.load.published`) from a
source tree, so that scoring reads it from one file and ``validate`` never reads it at all.

It holds the docstrings and comment blocks of the code (``tests/`` and ``grader/``; pass 87 and
89 pasted the tests', pass 91 the package's), the comments of the package's and the assignments'
YAML files, the quoted strings of the report's templates (pass 97), and the
source tree's other texts whole: its Markdown files outside the tests and the package, the
files at its top and in ``.ci/`` (the Makefile, ``pyproject.toml``, the import contracts, the CI
script; passes 84 and 95), the test fixtures outside the labelled sets (pass 84), and the
package's licences and its text data files' headers (pass 105). Left out:
the READMEs, the course files and the model cards, read on their own
(:func:`grader.load.shipped.guide_texts`); ``grader/score``, whose rules quote what students
write, quoted or not ("rt53: 出力が変わった。 six times"); and the tests' other strings, the
cases, whose notes and prompts an honest student's words may stand within, and the labelled
sets' comments, which quote them (pass 109 pasted one: a limit).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from grader.load.shipped import COURSE_FILES, comments


def project_prose(root: Path) -> list[str]:
    """The prose of the source tree at ``root`` (module docstring), sorted, each once."""
    package = [p for p in (root / "grader").iterdir() if p.is_dir() and p.name != "score"]
    code = {*_code_prose(root / "tests"), *(t for p in package for t in _code_prose(p))}
    # a YAML file's comments as one text: a sentence may run over several lines (pass 97); and
    # the assignment files' too (the source tree's assignments/ is the package's)
    yaml_files = [*(root / "grader").rglob("*.yaml"), *(root / "assignments").rglob("*.yaml")]
    code |= {comments(p).replace("\n", " ") for p in sorted(yaml_files)}
    # quoted words are examples of what students write ("出力が変わった"), not the prose's own,
    # and code is read as its text, as a page shows it ("``max_length=100``" as max_length=100)
    unquoted = {_QUOTED.sub(" ", c).replace("`", "") for c in code}
    texts = {p.read_text(encoding="utf-8", errors="replace") for p in _tree_texts(root)}
    texts |= _data_texts(root / "grader")
    # the notes the tests' code writes are fixtures too, as its files are (pass 87 pasted
    # tests/classes.py's), line by line; short ones ("too long", 「出力が変わった。」) are anyone's
    lines = {line.strip() for t in _code_notes(root / "tests") for line in t.splitlines()}
    lines = {t for t in lines if not t.endswith(":")}  # a heading ("考察 / Observations:")
    texts |= {t for t in lines if len(t.split()) >= 4 or (not t.isascii() and len(t) >= 12)}
    # the pages' sentences, Japanese ones (no spaces) by their length
    pages = _template_strings(root / "grader" / "report" / "templates")
    ui = {t for t in pages if len(t.split()) >= 4 or (not t.isascii() and len(t) >= 12)}
    return sorted({c for c in unquoted if len(c.split()) >= 4} | texts | ui)


_QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”|「[^」]*」|『[^』]*』')


def _code_prose(folder: Path) -> set[str]:
    """Every docstring and comment block of the Python files under ``folder``."""
    found: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, _DOCUMENTED) and (doc := ast.get_docstring(node)):
                found.add(doc)
        found.update(_comments(text))
    return found


_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _code_notes(folder: Path) -> set[str]:
    """The notes the Python files under ``folder`` write: a submission's text after its
    ``notes:`` key, and the strings given to a name or an argument called notes."""
    found: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and "notes" in t.id.lower() for t in node.targets
            )
            named = named or (isinstance(node, ast.keyword) and "notes" in (node.arg or ""))
            value = getattr(node, "value", None)
            if named and isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(value.value.strip())
            elif isinstance(node, ast.Constant) and "notes:" in str(node.value):
                after = str(node.value).split("notes:", 1)[1].lstrip(" |\n")
                found.add(" ".join(line.strip() for line in after.splitlines()).strip())
    return found - {""}


_TR = re.compile(r'\btr\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"')


def _template_strings(folder: Path) -> set[str]:
    """The report pages' own sentences: the words of their templates' ``tr("en", "ja")`` calls,
    each language's (pass 97 pasted "They may change on other hardware." as notes)."""
    texts = (p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.j2")))
    return {text for source in texts for m in _TR.finditer(source) for text in m.groups()}


def _comments(source: str) -> list[str]:
    """The comment blocks of Python ``source``, each block's lines joined."""
    blocks: list[list[str]] = [[]]
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            blocks[-1].append(token.string.lstrip("#").strip())
        elif token.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
            blocks.append([])
    return [" ".join(b) for b in blocks if b]


def _tree_texts(root: Path) -> list[Path]:
    """The source tree's other texts: its Markdown files outside the tests and the package (the
    course files aside), the files at its top (the Makefile, ``pyproject.toml``, the import
    contracts, the licence; pass 95 pasted ``.importlinter``) and in ``.ci/`` (the CI script's
    comments, pass 95), and the test fixtures outside the labelled sets."""
    data = root / "tests" / "data"
    labelled = {p.parent for p in data.glob("*/labels.yaml")}
    fixtures = [p for p in data.rglob("*.yaml") if not labelled & set(p.parents)]
    docs = [
        p
        for p in root.glob("[!.]*/**/*.md")
        if not {"tests", "grader"} & set(p.relative_to(root).parts) and p.name not in COURSE_FILES
    ]
    # the top's files but the READMEs (guides, read on their own) and anything not text
    top = [
        p
        for p in [*root.glob("*"), *root.glob(".ci/*")]
        if p.name not in COURSE_FILES and not p.name.startswith("README")
    ]
    return sorted({p for p in [*docs, *top, *fixtures] if p.is_file() and _text(p)})


def _data_texts(package: Path) -> set[str]:
    """The package's data files' own words: each licence whole, and a text data file's header,
    its leading comment lines (pass 105 pasted confusables.txt's terms of use); its entries are
    data, not prose."""
    found = {p.read_text(encoding="utf-8") for p in package.rglob("LICENSE*") if _text(p)}
    for path in sorted(package.rglob("*.txt")):
        with path.open(encoding="utf-8-sig") as fh:
            header = []
            for line in fh:
                if not line.startswith("#"):
                    break
                header.append(line.lstrip("#").strip())
        found.add("\n".join(header))
    return found - {""}


def _text(path: Path) -> bool:
    """A small UTF-8 text file (a stray binary or a large log at the top is no prose)."""
    try:
        return path.stat().st_size <= 200_000 and b"\0" not in path.read_bytes()
    except OSError:
        return False
