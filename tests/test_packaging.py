"""pyproject.toml ships every package of grader/: a plain (non-editable) install has them all."""

from __future__ import annotations

import re

from tests.support import ROOT


def test_every_python_package_is_listed() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'"(grader[\w.]*)"', text[text.index("packages = [") :]))
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "grader").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert found - listed == set()
