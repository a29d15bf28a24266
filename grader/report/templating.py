"""The Jinja environment the report pages share: autoescaping, strict undefined names, the
filters and globals the templates use, compiled templates kept between runs, and each template
served in one language.

A template writes its bilingual labels inline, ``{{ tr("Criteria", "評価基準") }}``. Called at
render time, that is a hundred calls a page; so each template is loaded once per language
(``en/student.html.j2``, ``ja/student.html.j2``), with every ``tr`` whose two arguments are string
literals replaced by the chosen literal, which Jinja then writes as constant text. ``tr`` on
anything else, and ``txt`` on a :class:`~grader.util.i18n.Text`, stay calls. What the pages say
is :mod:`grader.report.html`'s and :mod:`grader.report.classpage`'s business.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
)
from jinja2.bccache import Bucket

from grader.report.common import PREVIEW, REVIEW, VERDICT, number, pass_mark_words, verdict_reason
from grader.util.files import cache_folder
from grader.util.i18n import Lang, T, Text

TEMPLATES = Path(__file__).parent / "templates"

_LITERAL = r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_TR = re.compile(rf"(?<![\w.])tr\(\s*{_LITERAL}\s*,\s*{_LITERAL}\s*\)", re.DOTALL)
"""``tr("...", "...")`` with two Jinja string literals (either quote, backslash escapes)."""


def fold(source: str, lang: Lang) -> str:
    """``source`` with each literal ``tr(en, ja)`` replaced by the ``lang`` literal."""
    chosen = 2 if lang == "ja" else 1
    return _TR.sub(lambda m: m.group(chosen), source)


class _OneLanguage(BaseLoader):
    """Serves ``<lang>/<name>`` as the template ``name`` folded to ``lang``."""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        lang, _, name = template.partition("/")
        source, filename, uptodate = self.inner.get_source(environment, name)
        return fold(source, "ja" if lang == "ja" else "en"), filename, uptodate


class _Environment(Environment):
    def join_path(self, template: str, parent: str) -> str:
        """``{% extends "_base.html.j2" %}`` in ``ja/student.html.j2`` is ``ja/_base.html.j2``."""
        return f"{parent.partition('/')[0]}/{template}"


class _QuietCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache, for which a folder that cannot be read or written, or a damaged
    file, is a miss: the template is then compiled, as without a cache."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # unpickling a damaged file raises any of many types
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def template_cache(folder: Path) -> FileSystemBytecodeCache | None:
    """The compiled templates, kept in ``folder`` between runs (parsing and compiling the two
    pages costs about 0.14 s a process; loading them, a few ms). Jinja stores each template's
    source checksum with its code, so an edited template is compiled again. The files hold code
    that is run when loaded (and a pickled checksum), so the folder is used only when it is this
    user's own and nobody else can write in it, as Jinja checks for its default folder; None
    otherwise. Nothing a student writes reaches it: it holds the shipped templates only."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    # On Windows a folder's mode shows it writable by all (its ACL is not read here), so the
    # templates are compiled each time there: slower, never served from someone else's file.
    if not stat.S_ISDIR(info.st_mode) or info.st_mode & 0o022:
        return None
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return None
    return _QuietCache(str(folder))


def environment(loader: BaseLoader, cache: FileSystemBytecodeCache | None) -> Environment:
    """The pages' environment over ``loader`` (one language per template name)."""
    env = _Environment(
        loader=_OneLanguage(loader),
        bytecode_cache=cache,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = lambda x: number(x, places=2)
    env.globals.update(
        VERDICT=VERDICT,
        PREVIEW=PREVIEW,
        REVIEW=REVIEW,
        pass_mark_words=pass_mark_words,
        verdict_reason=verdict_reason,
    )
    return env


@lru_cache(maxsize=1)
def _env() -> Environment:
    return environment(FileSystemLoader(TEMPLATES), template_cache(cache_folder() / "templates"))


def template(name: str, lang: Lang) -> Template:
    """The template ``name`` in ``lang``."""
    return _env().get_template(f"{lang}/{name}")


def render_template(name: str, lang: Lang, **context: object) -> str:
    """The template ``name`` rendered in ``lang``, with ``tr``/``txt`` for bilingual text."""

    def tr(en: str, ja: str) -> str:
        return T(en, ja).get(lang)

    def txt(text: Text | None) -> str:
        return text.get(lang) if text is not None else ""

    return template(name, lang).render(lang=lang, tr=tr, txt=txt, **context)
