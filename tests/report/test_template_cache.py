"""Tests for grader.report.html.template_cache: compiled templates kept between runs, never
served stale, never read from a folder someone else can write, and never in the way when the
folder is unusable."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader

from grader.report import html
from grader.results import Result
from grader.util.files import cache_folder


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
    _env(templates, html.template_cache(cache)).get_template("page.j2").render(name="a")


def test_a_second_run_loads_the_compiled_template(templates: Path, tmp_path: Path) -> None:
    first = _env(templates, html.template_cache(tmp_path / "cache"))
    assert first.get_template("page.j2").render(name="<b>") == "<p>&lt;b&gt; v1</p>"
    assert len(list((tmp_path / "cache").iterdir())) == 1
    second = _no_compile(_env(templates, html.template_cache(tmp_path / "cache")))
    assert second.get_template("page.j2").render(name="<b>") == "<p>&lt;b&gt; v1</p>"


def test_an_edited_template_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    _render_once(templates, tmp_path / "cache")
    (templates / "page.j2").write_text("<p>{{ name }} v2</p>", encoding="utf-8")
    again = _env(templates, html.template_cache(tmp_path / "cache"))
    assert again.get_template("page.j2").render(name="a") == "<p>a v2</p>"


def test_a_damaged_cache_file_is_compiled_again(templates: Path, tmp_path: Path) -> None:
    _render_once(templates, tmp_path / "cache")
    for bucket in (tmp_path / "cache").iterdir():
        bucket.write_bytes(bucket.read_bytes()[:40] + b"\x00garbage")
    again = _env(templates, html.template_cache(tmp_path / "cache"))
    assert again.get_template("page.j2").render(name="a") == "<p>a v1</p>"


def test_a_folder_others_can_write_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    assert html.template_cache(folder) is None
    folder.chmod(0o700)
    assert html.template_cache(folder) is not None


def test_a_folder_of_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(os, "getuid", lambda: folder.stat().st_uid + 1, raising=False)
    assert html.template_cache(folder) is None


def test_a_link_in_place_of_the_folder_is_not_used(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (tmp_path / "cache").symlink_to(target)
    assert html.template_cache(tmp_path / "cache") is None


def test_an_unusable_folder_renders_without_a_cache(templates: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    assert html.template_cache(tmp_path / "file" / "cache") is None
    # the folder vanishes after it was checked: writing the compiled code fails, quietly
    cache = html.template_cache(tmp_path / "cache")
    (tmp_path / "cache").rmdir()
    env = _env(templates, cache)
    assert env.get_template("page.j2").render(name="a") == "<p>a v1</p>"
    assert not (tmp_path / "cache").exists()


def test_the_report_pages_use_the_user_cache(make_graded: Callable[..., Result]) -> None:
    page = html.render_student(make_graded())
    env = html._env()
    assert isinstance(env.bytecode_cache, FileSystemBytecodeCache)
    assert Path(env.bytecode_cache.directory) == cache_folder() / "templates"
    assert list((cache_folder() / "templates").glob("__jinja2_*.cache"))
    cached = _no_compile(
        Environment(
            loader=env.loader,
            bytecode_cache=env.bytecode_cache,
            autoescape=True,
            undefined=env.undefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    )
    cached.filters.update(env.filters)
    cached.globals.update(env.globals)
    lru = html._env
    try:
        html._env = lambda: cached  # type: ignore[assignment]
        assert html.render_student(make_graded()) == page
    finally:
        html._env = lru
