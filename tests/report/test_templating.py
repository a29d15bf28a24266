"""Tests for grader.report.templating: compiled templates kept between runs (never served stale,
never read from a folder someone else can write, never in the way when the folder is unusable),
and each template served in one language with its literal labels folded in, byte for byte the
page the calls would give."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from grader.report import html, templating
from grader.report.classpage import render_class
from grader.results import Result, RunStats
from grader.util.files import cache_folder
from grader.util.i18n import Lang, T


def _env(templates: Path, cache: FileSystemBytecodeCache | None) -> Environment:
    return Environment(loader=FileSystemLoader(templates), bytecode_cache=cache, autoescape=True)


def _no_compile(env: Environment) -> Environment:
    """``env``, made to fail if it compiles anything: what it renders came from the cache."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled, not loaded from the cache")

    env.compile = refuse  # type: ignore[method-assign,assignment]
    return env


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "page.j2").write_text("<p>{{ name }} v1</p>", encoding="utf-8")
    return folder


def _render_once(templates: Path, cache: Path) -> None:
    _env(templates, templating.template_cache(cache)).get_template("page.j2").render(name="a")


def test_a_second_run_loads_the_compiled_template(templates: Path, tmp_path: Path) -> None:
    first = _env(templates, templating.template_cache(tmp_path / "cache"))
    assert first.get_template("page.j2").render(name="<b>") == "<p>&lt;b&gt; v1</p>"
    assert len(list((tmp_path / "cache").iterdir())) == 1
    second = _no_compile(_env(templates, templating.template_cache(tmp_path / "cache")))
    assert second.get_template("page.j2").render(name="<b>") == "<p>&lt;b&gt; v1</p>"


def test_an_edited_template_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    _render_once(templates, tmp_path / "cache")
    (templates / "page.j2").write_text("<p>{{ name }} v2</p>", encoding="utf-8")
    again = _env(templates, templating.template_cache(tmp_path / "cache"))
    assert again.get_template("page.j2").render(name="a") == "<p>a v2</p>"


def test_a_damaged_cache_file_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    _render_once(templates, tmp_path / "cache")
    for bucket in (tmp_path / "cache").iterdir():
        bucket.write_bytes(bucket.read_bytes()[:40] + b"\x00garbage")
    again = _env(templates, templating.template_cache(tmp_path / "cache"))
    assert again.get_template("page.j2").render(name="a") == "<p>a v1</p>"


def test_a_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    assert templating.template_cache(folder) is None
    folder.chmod(0o700)
    assert templating.template_cache(folder) is not None


def test_a_folder_of_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1, raising=False)
    assert templating.template_cache(folder) is None


def test_a_link_in_place_of_the_folder_is_not_used(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (tmp_path / "cache").symlink_to(target)
    assert templating.template_cache(tmp_path / "cache") is None


def test_an_unusable_folder_renders_without_a_cache(templates: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert templating.template_cache(tmp_path / "file" / "cache") is None
    # the folder vanishes after it was checked: writing the compiled code fails, quietly
    cache = templating.template_cache(tmp_path / "cache")
    (tmp_path / "cache").rmdir()
    env = _env(templates, cache)
    assert env.get_template("page.j2").render(name="a") == "<p>a v1</p>"
    assert not (tmp_path / "cache").exists()


def test_the_report_pages_use_the_user_cache(
    make_graded: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = html.render_student(make_graded())
    env = templating._env()
    assert isinstance(env.bytecode_cache, FileSystemBytecodeCache)
    assert Path(env.bytecode_cache.directory) == cache_folder() / "templates"
    assert list((cache_folder() / "templates").glob("__jinja2_*.cache"))
    cached = _no_compile(
        templating.environment(FileSystemLoader(templating.TEMPLATES), env.bytecode_cache)
    )
    monkeypatch.setattr(templating, "_env", lambda: cached)
    assert html.render_student(make_graded()) == page


@pytest.mark.parametrize(
    ("source", "en", "ja"),
    [
        ('{{ tr("Run", "実行") }}', '{{ "Run" }}', '{{ "実行" }}'),
        ("{{ tr('a \\' b', 'い') }}", "{{ 'a \\' b' }}", "{{ 'い' }}"),  # an escaped quote
        ('{{ tr("x, y", "(z)") }}', '{{ "x, y" }}', '{{ "(z)" }}'),  # separators inside
        (
            '{{ tr("%d late",\n   "%d 遅れ")|format(n) }}',
            '{{ "%d late"|format(n) }}',
            '{{ "%d 遅れ"|format(n) }}',
        ),  # across lines, a filter after it
        ("{{ tr(a, 'b') }}", "{{ tr(a, 'b') }}", "{{ tr(a, 'b') }}"),  # not two literals: a call
        ('{{ attr("a", "b") }} {{ x.tr("a", "b") }}', None, None),  # other names: untouched
    ],
)
def test_literal_labels_are_folded_and_nothing_else(
    source: str, en: str | None, ja: str | None
) -> None:
    assert templating.fold(source, "en") == (source if en is None else en)
    assert templating.fold(source, "ja") == (source if ja is None else ja)


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Serve the templates unfolded: every label a tr() call at render time, as written."""
    plain = Environment(
        loader=FileSystemLoader(templating.TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    plain.filters.update(templating._env().filters)
    plain.globals.update(templating._env().globals)
    monkeypatch.setattr(templating, "template", lambda name, lang: plain.get_template(name))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_folded_pages_are_the_pages_the_calls_give(
    lang: Lang,
    make_graded: Callable[..., Result],
    make_invalid: Callable[..., Result],
    class_results: list[Result],
    stats: RunStats,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    results = [make_graded(), make_graded(preview=False), make_invalid(), *class_results]
    title = T("Prompt basics", "プロンプトの基本")

    def pages() -> list[str]:
        students = [html.render_student(r, lang) for r in results]
        return [*students, render_class(class_results, stats, "ex1", title, lang)]

    folded = pages()
    _plain(monkeypatch)
    assert pages() == folded
    assert "評価基準" in folded[0] if lang == "ja" else "Criteria" in folded[0]


@pytest.mark.parametrize("name", ["student.html.j2", "class.html.j2"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_label_of_the_shipped_pages_is_folded(name: str, lang: Lang) -> None:
    source = (templating.TEMPLATES / name).read_text(encoding="utf-8")
    assert "tr(" in source
    assert "tr(" not in templating.fold(source, lang).replace("attr(", "")
