"""Full-width typing: what a Japanese input method leaves in a number, an id, a model name or a
key (全角 digits and letters, U+3000 spaces), found in the value as written and reported at the
character's own line and column with its half-width form.

A full-width character is fine in a prompt or in notes; it is only named when a value fails to
validate, and then it is almost always the cause. Syntax errors (U+3000 in the indentation or
after a colon) are :mod:`grader.load.yaml_errors`'.
"""

from __future__ import annotations

import re
import unicodedata

from grader.load.strict_yaml import Located, Path_
from grader.util.errors import Diagnostic
from grader.util.i18n import T

WIDE = re.compile("[\u3000\uff01-\uff5e]")
"""U+3000 (the ideographic space) and the full-width forms of ASCII (U+FF01-U+FF5E)."""


def half(text: str) -> str:
    """``text`` as half-width characters (NFKC maps each full-width form to its ASCII one)."""
    return unicodedata.normalize("NFKC", text).strip()


def wide_value(located: Located, path: Path_, label: str) -> Diagnostic | None:
    """A diagnostic at the first full-width character of the value at ``path``, or None."""
    written = located.raw.get(path)
    found = WIDE.search(written) if written is not None else None
    if written is None or found is None:
        return None
    line, col = located.where(path)
    col += found.start() + (1 if path in located.quoted else 0)  # the opening quote
    return Diagnostic(
        file=located.file,
        line=line,
        col=col,
        message=T(
            f"{label}: {written!r} has full-width characters",
            f"{label}: 「{written}」に全角文字があります",
        ),
        hint=T(
            f"write it in half-width characters (Japanese input off): {half(written)}",
            f"全角ではなく半角で書いてください（日本語入力をオフに）: {half(written)}",
        ),
    )


def wide_key(key: str) -> str | None:
    """The half-width form of a key typed in full-width letters, or None."""
    return half(key) if WIDE.search(key) else None
