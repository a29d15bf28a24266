"""Progress off a terminal: a line every 10 s for grade (a batch log shows it is alive), nothing
for check; the clock is injected, so no test waits. check's step lines, in both languages."""

from __future__ import annotations

import io

import pytest

from grader.report.progress import ProgressBar, step_lines
from grader.results import Step
from grader.util.i18n import Lang


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_off_a_terminal_a_line_at_most_every_ten_seconds_and_at_the_end() -> None:
    clock, stream = FakeClock(), io.StringIO()
    with ProgressBar(every=10.0, stream=stream, clock=clock) as update:
        for done, at in [(1, 2.0), (2, 9.0), (3, 12.0), (4, 13.0), (5, 30.0), (6, 31.0)]:
            clock.now = 100.0 + at
            update(done, 6, done * 50)
    lines = stream.getvalue().splitlines()
    # 12 s (the first 10 s passed), 30 s (10 s after it), and the last request
    assert [line.split(" (")[0] for line in lines] == [
        "generating 3/6",
        "generating 5/6",
        "generating 6/6",
    ]
    assert "tok/s" in lines[0] and "s left" in lines[0]


def test_in_japanese() -> None:
    clock, stream = FakeClock(), io.StringIO()
    with ProgressBar(every=10.0, lang="ja", stream=stream, clock=clock) as update:
        clock.now += 11
        update(1, 2, 10)
    assert stream.getvalue().startswith("生成中 1/2")


def test_silent_off_a_terminal_when_not_asked() -> None:
    stream = io.StringIO()
    with ProgressBar(stream=stream) as update:
        update(1, 1, 10)
    assert stream.getvalue() == ""


@pytest.mark.parametrize(
    ("lang", "loading", "generated"),
    [
        ("en", "loading bundled/tiny-chatty…", "  baseline, control:brief: 91 tokens, 1.2 s"),
        (
            "ja",
            "bundled/tiny-chatty を読み込み中…",
            "  baseline, control:brief: 91 トークン、1.2 秒",
        ),
    ],
)
def test_check_steps_are_one_line_each(lang: Lang, loading: str, generated: str) -> None:
    out = io.StringIO()
    show = step_lines(lang, out)
    show(Step("loading", "bundled/tiny-chatty"))
    show(Step("generated", "bundled/tiny-chatty", ("baseline", "control:brief"), 91, 1.23))
    assert out.getvalue().splitlines() == [loading, generated]


def test_a_run_name_cannot_act_on_the_terminal() -> None:
    out = io.StringIO()
    step_lines("en", out)(Step("generated", "m", ("\x1b[2Jwipe",), 3, 0.1))
    assert "\x1b" not in out.getvalue() and "\\x1b[2Jwipe" in out.getvalue()
