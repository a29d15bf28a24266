"""Progress off a terminal: a line every 10 s for grade (a batch log shows it is alive), nothing
for check; the clock is injected, so no test waits."""

from __future__ import annotations

import io

from grader.report.progress import ProgressBar


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
