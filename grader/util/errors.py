"""The two exception types the library raises for things that are not bugs.

* :class:`UserError` -- a mistake in something a person wrote (a submission, an assignment, a
  command-line argument). It carries one or more :class:`Diagnostic` with ``file:line:col``, a
  message and a hint. The CLI prints it without a traceback and exits with status 2.
* :class:`EnvironmentProblem` -- the input is fine but this machine cannot do the work (a model
  is not in the local cache, CUDA ran out of memory, a read-only or full disk). Exit status 3.
* :class:`InvalidReference` -- ``verify``'s reference set itself is damaged or empty (a file or
  a field is wrong), which is not a divergence. Exit status 5.

Anything else escaping the library is a bug and keeps its traceback.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from grader.util.i18n import Lang, T, Text

HINT = T("hint", "ヒント")
"""The label of a hint line under a message."""


class Diagnostic(BaseModel):
    """One located problem in a user-written file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    """Path of the file as the user named it."""
    line: int = 0
    """1-based line, 0 when the problem concerns the whole file."""
    col: int = 0
    """1-based column, 0 when unknown."""
    message: Text
    """What is wrong."""
    hint: Text | None = None
    """How to fix it, where we can say."""

    def render(self, lang: Lang = "en") -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        text = f"{where}: {self.message.get(lang)}"
        if self.hint is not None:
            text += f"\n    {HINT.get(lang)}: {self.hint.get(lang)}"
        return text


class UserError(Exception):
    """A user mistake; rendered by the CLI as ``file:line:col: message`` lines, exit 2."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__(self.render("en"))

    @classmethod
    def simple(
        cls, file: str, en: str, ja: str | None = None, hint: Text | None = None
    ) -> UserError:
        return cls([Diagnostic(file=file, message=T(en, ja), hint=hint)])

    def render(self, lang: Lang = "en") -> str:
        return "\n".join(d.render(lang) for d in self.diagnostics)


class EnvironmentProblem(Exception):
    """This machine cannot do the work (missing model, out of memory, no CUDA); exit 3."""

    def __init__(self, message: Text, hint: Text | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message.en)

    def render(self, lang: Lang = "en") -> str:
        text = message = self.message.get(lang)
        if self.hint is not None:
            text = f"{message}\n    {HINT.get(lang)}: {self.hint.get(lang)}"
        return text


class InvalidReference(UserError):
    """A damaged or empty reference set; its diagnostics name the file and the field. Exit 5
    (the CLI catches it before :class:`UserError`)."""
