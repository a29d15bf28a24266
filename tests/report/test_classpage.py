"""Tests for grader.report.classpage: what a TA sees first, the histogram that agrees with the
pass rate, the sections a TA acts on (overrides, missing, late, withdrawn, clusters), escaping."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from grader.load.schemas import Student
from grader.report.classpage import histogram, render_class
from grader.results import (
    AppliedOverride,
    Cluster,
    ClusterPair,
    Identity,
    Lateness,
    Recorded,
    Result,
    RunStats,
)
from grader.util.i18n import Lang, T

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _page(
    results: list[Result],
    stats: RunStats,
    lang: Lang = "en",
    similar: list[Cluster] | None = None,
    withdrawn: Sequence[str] = (),
) -> str:
    title = T("Prompt basics", "プロンプトの基本")
    return render_class(results, stats, "ex1", title, lang, similar, withdrawn=withdrawn)


def test_the_page_is_self_contained(class_results: list[Result], stats: RunStats) -> None:
    page = _page(class_results, stats)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_class_page_contents(class_results: list[Result], stats: RunStats) -> None:
    page = _page(class_results, stats)
    assert "<svg" in page and "Pass rate: 60.0%" in page and "3 / 5" in page
    assert "3 passed, 2 failed, 1 invalid" in page
    assert "Files that could not be graded" in page
    assert "subs/bad.yaml:3:5: bad value " + ESCAPED in page and "<script>alert" not in page
    assert 'href="html/s001.html"' in page
    for expected in ("6 / 10", "200.0", "cuda (NVIDIA H100)", "0123456789abcdef"):
        assert expected in page


def test_each_row_starts_with_the_student_the_verdict_and_the_grade(
    class_results: list[Result], stats: RunStats
) -> None:
    page = _page(class_results, stats)
    heads = re.findall(r'data-col="([^"]+)"', page)
    assert heads[:3] == ["student", "verdict", "grade"]
    assert heads == ["student", "verdict", "grade", "flags", "total", "c1", "c2", "percent", "file"]
    ids = re.findall(r'href="html/(s\d+)\.html"', page)
    assert ids == ["s001", "s002", "s003", "s004", "s005"]
    # rows tinted by verdict; the invalid file by its status
    tints = re.findall(r'<tr class="row-(\w+)">', page)
    assert tints == ["failed", "failed", "passed", "passed", "passed", "invalid"]
    assert "Student s001</span>" in page  # the name under the id


def test_the_histogram_counts_failed_files_apart(
    make_graded: Callable[..., Result], make_criterion: Callable[..., object]
) -> None:
    def one(points: float, verdict: str) -> Result:
        return make_graded(
            score=points, max_score=100.0, verdict=verdict, passed=verdict == "passed"
        )

    # a copy with 100 points that failed a required criterion is not in the 90-100 column
    results = [one(100, "failed"), one(95, "passed"), one(62, "passed"), one(59, "failed")]
    results.append(one(70, "pending"))
    bins = histogram(results)
    assert bins.failed == 2
    assert bins.passed == [0, 0, 0, 0, 0, 0, 1, 0, 0, 1]
    assert bins.pending == [0, 0, 0, 0, 0, 0, 0, 1, 0, 0]
    assert sum(bins.passed) == sum(r.passed for r in results)  # the green columns are the passes


@pytest.mark.parametrize(
    ("percents", "passed"),
    [
        ([], [0] * 10),
        ([0.0, 9.99, 10.0], [2, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
        ([100.0, 95.0, 90.0, 89.9], [0, 0, 0, 0, 0, 0, 0, 0, 1, 3]),
    ],
)
def test_histogram_bins(
    make_graded: Callable[..., Result], percents: list[float], passed: list[int]
) -> None:
    results = [make_graded(score=p, max_score=100.0, verdict="passed") for p in percents]
    assert histogram(results).passed == passed and histogram(results).failed == 0


def test_criterion_rates_and_clusters(class_results: list[Result], stats: RunStats) -> None:
    # c1 passed by s003, s005, s004; c2 by s003, s002, s004 (class_results)
    cluster = Cluster(
        files=["subs/s001.yaml", "subs/s002.yaml"],
        pairs=[ClusterPair(a="subs/s001.yaml", b="subs/s002.yaml", reason="contained")],
    )
    page = _page(class_results, stats, similar=[cluster])
    rates = re.search(r'id="criteria-rates">(.*?)</section>', page, re.S)
    assert rates is not None and re.findall(
        r'<td class="mono">(c\d)</td>.*?<td class="num">(\d+ / \d+)</td>', rates.group(1), re.S
    ) == [("c1", "3 / 5"), ("c2", "3 / 5")]
    clusters = page[page.index('id="clusters"') :]
    assert "Cluster 1: 2 files" in clusters
    pair = re.search(r'<table class="pairs">(.*?)</table>', clusters, re.S)
    assert pair is not None
    assert re.findall(r'href="html/(s00\d).html">(s00\d)</a>', pair.group(1)) == [
        ("s001", "s001"),
        ("s002", "s002"),
    ]
    assert "runs of the first contained in the second&#39;s" in pair.group(1)
    assert 'id="clusters"' not in _page(class_results, stats, similar=[])


def test_the_sections_a_ta_acts_on(make_graded: Callable[..., Result], stats: RunStats) -> None:
    override = AppliedOverride(
        line=3, author="ta1", comment="on topic <b>", criterion="c1", before=0, after=2
    )
    late = Lateness(
        submitted_at="2026-12-12T10:00:00+09:00",
        source="zip",
        deadline="2026-12-10T23:59:00+09:00",
        days_late=2,
        penalty=2.4,
        cut_off=False,
    )
    fixed = make_graded(
        "s001",
        record=Recorded(grade=7, basis=T("passed"), flags=["override"], overrides=[override]),
    )
    slow = make_graded(
        "s002", record=Recorded(grade=3.6, basis=T("passed"), flags=["late"], late=late)
    )
    absent = Result(
        grader_version="0",
        status="missing",
        file="",
        sha256="",
        assignment="ex1",
        student=Student(id="s009", name="山田 花子"),
        record=Recorded(grade=None, basis=T("no file"), flags=["missing"], identity=Identity()),
    )
    page = _page([fixed, slow, absent], stats, withdrawn=["old/s007.yaml"])
    overrides = page[page.index('id="overrides"') :]
    assert "c1</span>: 0 → 2" in overrides and "on topic &lt;b&gt;" in overrides
    assert "ta1" in overrides
    missing = page[page.index('id="missing"') :]
    assert "s009</span> 山田 花子" in missing
    assert "2026-12-12T10:00:00+09:00" in page and "zip entry" in page and ">2.4<" in page
    assert "old/s007.yaml" in page[page.index('id="withdrawn"') :]
    assert re.search(r'<td class="num grade" data-sort="">—</td>', page)  # missing: no grade
    assert "1 missing" in page and "1 late" in page and "1 overridden" in page


def test_class_page_in_japanese(class_results: list[Result], stats: RunStats) -> None:
    page = _page(class_results, stats, "ja")
    assert "合格率" in page and "採点できなかったファイル" in page and "プロンプトの基本" in page
    assert "合格 3、不合格 2、不正なファイル 1" in page


def test_class_page_without_graded_results(make_invalid: Callable[..., Result]) -> None:
    page = _page([make_invalid()], RunStats())
    assert "Pass rate: 0.0%" in page and "<svg" in page and "—" in page


def test_invalid_rows_do_not_link_to_a_missing_report() -> None:
    row = Result(
        grader_version="0",
        status="invalid",
        file="dup.yaml",
        sha256="",
        assignment="ex1",
        student=Student(id="2412345"),
    )
    page = render_class([row], RunStats(), "ex1", T("Exercise 1"))
    assert "2412345" in page and 'href="html/2412345.html"' not in page
