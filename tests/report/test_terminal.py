"""Tests for grader.report.terminal: the rich summary rendered without colour to a string."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rich.console import Console

from grader.report.terminal import print_summary, summary
from grader.results import Result
from grader.util.i18n import Lang


def _text(result: Result, lang: Lang = "en", html_path: str | None = None) -> str:
    console = Console(no_color=True, width=100)
    with console.capture() as cap:
        console.print(summary(result, lang, html_path))
    return cap.get()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "criterion",
                "points",
                "total",
                "FAILED",
                "2 / 4 (50.0%)",
                "pass threshold 60%",
                "Runs:",
                "EOS",
                "cut off at 4",
                "4 tokens",
                "1 fragile",
            ],
        ),
        (
            "ja",
            [
                "基準",
                "得点",
                "合計",
                "不合格",
                "合格基準 60%",
                "実行:",
                "4 で打ち切り",
                "4 トークン",
                "1 不安定",
            ],
        ),
    ],
)
def test_graded_summary(make_graded: Callable[..., Result], lang: Lang, words: list[str]) -> None:
    out = _text(make_graded(), lang)
    for word in words:
        assert word in out
    assert "✓" in out and "✗" in out and "baseline" in out and "bundled/tiny" in out


def test_hidden_criterion_and_report_path(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    crits = [
        make_criterion("c1"),
        make_criterion("h1", visibility="hidden", evaluated=False, evidence="SECRET"),
    ]
    out = _text(make_graded(criteria=crits), "en", "reports/ex1/html/s001.html")
    # 2 public points of 4: the hidden 2 decide, so check cannot promise PASSED
    assert (
        "hidden" in out
        and "— / 2" in out
        and "SECRET" not in out
        and "PENDING" in out
        and "PASSED" not in out
    )
    assert "the hidden criteria decide it: Title of h1 (2)" in out
    assert "Report: reports/ex1/html/s001.html" in out
    decided = [
        make_criterion("c1", points=8.0),
        make_criterion("h1", visibility="hidden", evaluated=False),
    ]
    assert "PASSED" in _text(make_graded(criteria=decided), "en")  # 8 of 10 public alone reach 60%


@pytest.mark.parametrize(
    ("preview", "lang", "marker"),
    [
        (True, "en", "PREVIEW (CPU fp32)"),
        (False, "en", "PREVIEW (CPU fp32)"),
        (True, "ja", "プレビュー (CPU fp32)"),
        (False, "ja", "プレビュー (CPU fp32)"),
    ],
)
def test_preview_marker(
    make_graded: Callable[..., Result], preview: bool, lang: Lang, marker: str
) -> None:
    assert (marker in _text(make_graded(preview=preview), lang)) is preview


def test_errors_for_invalid(make_invalid: Callable[..., Result]) -> None:
    out = _text(make_invalid())
    assert "NOT GRADED (invalid)" in out and "subs/bad.yaml:3:5: runs: field required" in out
    assert "hint: add it" in out and "criterion" not in out


def test_student_text_is_not_markup(make_graded: Callable[..., Result]) -> None:
    out = _text(make_graded(name="[bold red]x[/bold red]"))
    assert "[bold red]x[/bold red]" in out


def test_plain_output_has_no_escape_codes(make_graded: Callable[..., Result]) -> None:
    assert "\x1b[" not in _text(make_graded(preview=True))


def test_print_summary_writes_to_the_console(make_graded: Callable[..., Result]) -> None:
    console = Console(no_color=True, width=100)
    with console.capture() as cap:
        print_summary(console, make_graded(), "en", "out/s001.html")
    assert cap.get() == _text(make_graded(), "en", "out/s001.html")


def test_failed_public_criteria_show_their_evidence() -> None:
    from grader.results import CriterionResult
    from grader.util.i18n import T

    failed = CriterionResult(
        id="concise",
        title=T("Concise"),
        type="concise",
        visibility="public",
        status="failed",
        points=0,
        max_points=3,
        evidence=T("no run declares goal: concise"),
    )
    result = Result(
        grader_version="0",
        status="graded",
        file="s.yaml",
        sha256="",
        assignment="ex1",
        criteria=[failed],
        max_score=3,
    )
    console = Console(no_color=True, width=100, record=True)
    console.print(summary(result, "en"))
    assert "no run declares goal: concise" in console.export_text()


@pytest.mark.parametrize("field", ["name", "file"])
def test_control_characters_are_shown_as_escapes(
    make_graded: Callable[..., Result], field: str
) -> None:
    result = make_graded(**({"name": "\x1b]0;owned\x07\x1b[2J"} if field == "name" else {}))
    if field == "file":
        result = result.model_copy(update={"file": "sub/\x1b]0;owned\x07\x1b[2J.yaml"})
    out = _text(result)
    assert "\x1b" not in out and "\x07" not in out and r"\x1b]0;owned\x07\x1b[2J" in out


@pytest.mark.parametrize(
    ("text", "keep", "shown"),
    [
        ("a\x1b[2Jb", "", r"a\x1b[2Jb"),
        ("line 1\nline 2\tx\r", "\n\t", "line 1\nline 2\tx\\x0d"),
        ("bidi \u202egnp.yaml", "", r"bidi \u202egnp.yaml"),
        ("日本語", "", "日本語"),
    ],
)
def test_visible(text: str, keep: str, shown: str) -> None:
    from grader.util.textsafe import visible

    assert visible(text, keep) == shown


@pytest.mark.parametrize(
    ("full", "shown", "hidden"),
    [
        (False, ["mine: The dog … ", "shortened; --full shows all"], ["tail-end"]),
        (True, ["tail-end", "line two"], ["shortened"]),
    ],
)
def test_the_terminal_shows_what_the_model_said(
    make_graded: Callable[..., Result], full: bool, shown: list[str], hidden: list[str]
) -> None:
    from grader.report.terminal import SHORT_OUTPUT

    pieces = ["\n\n", "The dog … ", "x" * SHORT_OUTPUT, "\nline two\n", "tail-end"]
    console = Console(record=True, width=400, no_color=True)
    console.print(summary(make_graded(run_pieces=pieces), "en", None, full=full))
    out = console.export_text()
    assert all(s in out for s in shown) and not any(h in out for h in hidden)
    assert "mine: \n" not in out  # leading blank lines are not shown as blank space


def _narrow(result: Result, lang: Lang, width: int) -> str:
    console = Console(no_color=True, width=width)
    with console.capture() as cap:
        console.print(summary(result, lang))
    return cap.get()


@pytest.mark.parametrize("width", [40, 50, 60, 80])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_model_names_and_ids_are_never_split_mid_word(
    make_graded: Callable[..., Result], make_criterion: Callable[..., Any], lang: Lang, width: int
) -> None:
    result = make_graded(criteria=[make_criterion("steer_attempt"), make_criterion("goal_met")])
    runs = [r.model_copy(update={"model": "bundled/tiny-chatty"}) for r in result.runs]
    out = _narrow(result.model_copy(update={"runs": runs}), lang, width)
    lines = out.splitlines()
    assert sum("bundled/tiny-chatty" in line for line in lines) == len(runs)
    assert any("steer_attempt" in line for line in lines) and any(
        "goal_met" in line for line in lines
    )


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_each_distinct_hint_is_printed_once(
    make_graded: Callable[..., Result], make_criterion: Callable[..., Any], lang: Lang
) -> None:
    from grader.util.i18n import T

    same = T("add a run with goal: concise", "goal: concise の実行を加えてください")
    other = T("write your notes", "考察を書いてください")
    crits = [
        make_criterion(cid, passed=False).model_copy(update={"hint": hint})
        for cid, hint in (("a", same), ("b", same), ("c", other), ("d", same))
    ]
    out = _text(make_graded(criteria=crits), lang)
    assert out.count(same.get(lang)) == 1 and out.count(other.get(lang)) == 1
    assert out.count("→") == 2
