"""Bilingual (English/Japanese) text and the choice of language.

Every message a user reads is a :class:`Text` with both languages, so a report can be rendered
in either without re-running anything. This module leaves translation of free text (student
notes, model output) alone: that is shown as written.
"""

from __future__ import annotations

import functools
import locale
import os
from typing import Literal

from pydantic import BaseModel, ConfigDict

Lang = Literal["en", "ja"]


class Text(BaseModel):
    """A message in English and Japanese."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    """English wording."""
    ja: str
    """Japanese wording (falls back to English where a translation would add nothing)."""

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


def T(en: str, ja: str | None = None) -> Text:
    """Shorthand constructor; ``ja`` defaults to the English text."""
    return _text(en, ja if ja is not None else en)


@functools.lru_cache(maxsize=4096)
def _text(en: str, ja: str) -> Text:
    """One shared instance per wording (a Text is frozen): a class's pages and criteria build the
    same hints and labels thousands of times, and validating each is most of their cost."""
    return Text(en=en, ja=ja)


def default_lang() -> Lang:
    """Japanese when the locale says so, English otherwise: GRADER_LANG, then LANGUAGE (its first
    entry, as gettext reads it), LC_ALL, LC_MESSAGES and LANG."""
    for var in ("GRADER_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(":")[0]
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    loc = locale.getlocale()[0] or ""
    return "ja" if loc.lower().startswith("ja") else "en"
