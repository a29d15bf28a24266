"""Tests for grader.report.html: escaping, banner, fragile tokens, diffs, hidden criteria, class
page."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from grader.report import html
from grader.results import Result, RunResult, RunStats
from grader.util.i18n import Lang, T

XSS = "<script>alert(1)</script>"

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def _set_prompt(r: Result) -> None:
    r.runs[1].prompt = XSS


def _set_name(r: Result) -> None:
    assert r.student is not None
    r.student = r.student.model_copy(update={"name": XSS})


def _set_notes(r: Result) -> None:
    r.notes = XSS


def _set_output(r: Result) -> None:
    gen = r.generations["kmine"]
    gen.pieces = ["<script>", "alert(1)", "</script>", "."]
    gen.text = "".join(gen.pieces)


def _set_goal(r: Result) -> None:
    r.runs[1].goal = XSS


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("inject", [_set_prompt, _set_name, _set_notes, _set_output, _set_goal])
def test_student_text_is_escaped(
    make_graded: Callable[..., Result], inject: Callable[[Result], None], lang: Lang
) -> None:
    result = make_graded()
    inject(result)
    page = html.render_student(result, lang)
    assert "<script>alert" not in page
    assert "<script" not in page  # the student page has no script of its own
    assert "alert(1)" in page and ("&lt;script&gt;" in page)


def test_output_tokens_are_escaped_inside_spans(make_graded: Callable[..., Result]) -> None:
    result = make_graded()
    _set_output(result)
    result.generations["kmine"].margins = [0.0, 0.0, 0.0, 0.0]
    page = html.render_student(result)
    assert (
        '<span class="fragile" title="margin 0.000 &lt; 0.5; runner-up id '
        '900">&lt;script&gt;</span>' in page
    )


@pytest.mark.parametrize(
    ("preview", "lang", "banner"),
    [
        (True, "en", "PREVIEW (CPU fp32) — not the official grade setting"),
        (False, "en", "PREVIEW (CPU fp32) — not the official grade setting"),
        (True, "ja", "プレビュー (CPU fp32)"),
        (False, "ja", "プレビュー (CPU fp32)"),
    ],
)
def test_preview_banner_iff_preview(
    make_graded: Callable[..., Result], preview: bool, lang: Lang, banner: str
) -> None:
    page = html.render_student(make_graded(preview=preview), lang)
    assert (banner in page) is preview
    assert ('class="banner"' in page) is preview


def test_header_shows_score_verdict_and_threshold(
    make_graded: Callable[..., Result], make_criterion: Callable[..., Any]
) -> None:
    page = html.render_student(make_graded(criteria=[make_criterion("c1"), make_criterion("c2")]))
    assert "s001" in page and "Taro" in page and "ex1" in page and "Prompt basics" in page
    assert "4 / 4" in page and "100.0%" in page and "PASSED" in page and "60%" in page


def test_fragile_token_is_marked(make_graded: Callable[..., Result]) -> None:
    page = html.render_student(make_graded())
    assert (
        '<span class="fragile" title="margin 0.100 &lt; 0.5; runner-up id 901"> dog</span>' in page
    )
    assert page.count('<span class="fragile" title=') == 1


def test_fragile_title_in_japanese(make_graded: Callable[..., Result]) -> None:
    assert "次点のトークン id 901" in html.render_student(make_graded(), "ja")


@pytest.mark.parametrize(
    ("lang", "eos", "cut"),
    [
        ("en", "ended by the model (EOS)", "cut off at 4 tokens"),
        ("ja", "モデルが終了 (EOS)", "4 トークンで打ち切り"),
    ],
)
def test_finish_reason_and_token_count(
    make_graded: Callable[..., Result], lang: Lang, eos: str, cut: str
) -> None:
    page = html.render_student(make_graded(), lang)
    assert eos in page and cut in page


def test_run_details_are_shown(make_graded: Callable[..., Result]) -> None:
    page = html.render_student(make_graded())
    for expected in (
        "Say something",
        "Say a dog",
        "max_length",
        "64",
        "max_new_tokens",
        "mention a dog",
        "Compared with",
        "bundled/tiny",
    ):
        assert expected in page


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The cat sat.", ["The", " ", "cat", " ", "sat", "."]),
        ("don't  stop\n", ["don", "'", "t", "  ", "stop", "\n"]),
        ("Tokyo は 東京", ["Tokyo", " ", "は", " ", "東", "京"]),
        ("猫が座った。", ["猫", "が", "座", "っ", "た", "。"]),
        ("猫 が", ["猫", " ", "が"]),
        ("abc", ["a", "b", "c"]),
        ("", []),
    ],
)
def test_diff_tokens(text: str, tokens: list[str]) -> None:
    assert html.diff_tokens(text) == tokens


@pytest.mark.parametrize(
    ("before", "after", "left", "right"),
    [
        ("The cat sat.", "The dog sat.", "The <del>cat</del> sat.", "The <ins>dog</ins> sat."),
        ("a b", "a b c", "a b", "a b<ins> c</ins>"),
        (
            "The cat sat.",
            "The big dog sat on the mat.",
            "The <del>cat</del> sat.",
            "The <ins>big dog</ins> sat<ins> on the mat</ins>.",
        ),
        ("a b c", "a c", "a <del>b </del>c", "a c"),
        ("猫が座った。", "犬が座った。", "<del>猫</del>が座った。", "<ins>犬</ins>が座った。"),
        ("x", "<b>", "<del>x</del>", "<ins>&lt;b&gt;</ins>"),
    ],
)
def test_diff_pair_side_by_side(before: str, after: str, left: str, right: str) -> None:
    assert tuple(str(m) for m in html.diff_pair(before, after)) == (left, right)


def test_diff_against_baseline_and_compare_to(make_graded: Callable[..., Result]) -> None:
    result = make_graded()
    page = html.render_student(result)
    # none for the baseline itself
    assert (
        "The <del>cat</del> sat." in page
        and "The <ins>dog</ins> sat." in page
        and page.count('class="side-by-side"') == 1
    )
    result.runs.append(
        RunResult(
            name="third",
            model="bundled/tiny",
            prompt="q",
            chat=False,
            max_new_tokens=8,
            max_length=None,
            compare_to="mine",
            goal=None,
            generation="kbase",
        )
    )
    page = html.render_student(result)
    assert "<del>dog</del>" in page and "<ins>cat</ins>" in page
    assert page.count('class="side-by-side"') == 2


def test_hidden_criterion_shows_title_and_points_only(
    make_graded: Callable[..., Result], make_criterion: Callable[..., Any]
) -> None:
    crits = [
        make_criterion("c1", evidence="public evidence"),
        make_criterion("h1", visibility="hidden", evaluated=False, points=3.0, evidence="SECRET-A"),
        make_criterion("h2", visibility="hidden", evidence="SECRET-B"),
    ]
    crits[2].details = {"threshold": "SECRET-PARAM"}
    page = html.render_student(make_graded(criteria=crits))
    assert "Title of h1" in page and "Title of h2" in page and "— / 3" in page
    assert "hidden — graded by TA" in page and "public evidence" in page
    assert "SECRET" not in page


@pytest.mark.parametrize("status", ["invalid", "error"])
def test_errors_replace_the_report_for_ungraded(
    make_invalid: Callable[..., Result], status: str
) -> None:
    result = make_invalid(status=status, message=f"broken {XSS}")
    page = html.render_student(result)
    assert "subs/bad.yaml:3:5: broken " + ESCAPED in page
    assert "hint: add it" in page
    assert 'class="criteria"' not in page and "PASSED" not in page and "FAILED" not in page
    assert "<script>alert" not in page


def test_notes_are_preformatted(make_graded: Callable[..., Result]) -> None:
    page = html.render_student(make_graded(notes="line1\n  line2 <i>"))
    assert '<pre class="notes">line1\n  line2 &lt;i&gt;</pre>' in page


def test_footer_lists_distinct_fingerprints(
    make_graded: Callable[..., Result], make_generation: Callable[..., Any]
) -> None:
    result = make_graded()
    result.generations["kcpu"] = make_generation("kcpu", ["x"], device="cpu")
    page = html.render_student(result)
    keys = {g.fingerprint.key() for g in result.generations.values()}
    assert len(keys) == 2 and all(k in page for k in keys)
    assert "NVIDIA H100" in page and "Fake CPU" in page and "attn_implementation" in page
    assert "llm-grader 0.1.0" in page and "2025-01-01T00:00:00+00:00" in page


@pytest.mark.parametrize("page_kind", ["student", "class"])
def test_pages_are_self_contained(
    make_graded: Callable[..., Result], class_results: list[Result], stats: RunStats, page_kind: str
) -> None:
    page = (
        html.render_student(make_graded())
        if page_kind == "student"
        else html.render_class(class_results, stats, "ex1", T("Prompt basics"))
    )
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def _class_page(results: list[Result], stats: RunStats, lang: Lang = "en") -> str:
    return html.render_class(results, stats, "ex1", T("Prompt basics", "プロンプトの基本"), lang)


def test_class_page_contents(class_results: list[Result], stats: RunStats) -> None:
    page = _class_page(class_results, stats)
    assert "<svg" in page and "Pass rate: 60.0%" in page and "3 / 5" in page
    assert (
        "Files that could not be graded" in page
        and "subs/bad.yaml:3:5: bad value " + ESCAPED in page
    )
    assert "<script>alert" not in page
    assert 'href="html/s001.html"' in page
    for expected in ("6 / 10", "200.0", "cuda (NVIDIA H100)", "0123456789abcdef"):
        assert expected in page


def test_class_page_shows_criterion_rates_and_clusters(
    class_results: list[Result], stats: RunStats
) -> None:
    from grader.results import Cluster, ClusterPair

    # c1 passed by s003, s005, s004; c2 by s003, s002, s004 (class_results)
    cluster = Cluster(
        files=["subs/s001.yaml", "subs/s002.yaml"],
        pairs=[ClusterPair(a="subs/s001.yaml", b="subs/s002.yaml", reason="contained")],
    )
    page = html.render_class(class_results, stats, "ex1", T("T"), "en", [cluster])
    rates = re.search(r'id="criteria-rates">(.*?)</section>', page, re.S)
    assert rates is not None and re.findall(
        r'<td class="mono">(c\d)</td>.*?<td class="num">(\d+ / \d+)</td>', rates.group(1), re.S
    ) == [("c1", "3 / 5"), ("c2", "3 / 5")]
    clusters = page[page.index('id="clusters"') :]
    assert "Cluster 1: 2 files" in clusters
    # each pair with its reason, both ids linked to their reports, both verdicts
    pair = re.search(r'<table class="pairs">(.*?)</table>', clusters, re.S)
    assert pair is not None
    assert re.findall(r'href="html/(s00\d).html">(s00\d)</a>', pair.group(1)) == [
        ("s001", "s001"),
        ("s002", "s002"),
    ]
    assert "runs of the first contained in the second&#39;s" in pair.group(1)
    assert pair.group(1).count("FAILED") + pair.group(1).count("PASSED") == 2
    assert 'id="clusters"' not in html.render_class(class_results, stats, "ex1", T("T"), "en", [])


def test_class_rows_sorted_by_id_with_criterion_columns(
    class_results: list[Result], stats: RunStats
) -> None:
    page = _class_page(class_results, stats)
    ids = re.findall(r'href="html/(s\d+)\.html"', page)
    assert ids == ["s001", "s002", "s003", "s004", "s005"]
    heads = re.findall(r'data-col="([^"]+)"', page)
    # total last, sticky
    assert heads == ["student", "file", "status", "c1", "c2", "percent", "passed", "total"]


def test_class_page_in_japanese(class_results: list[Result], stats: RunStats) -> None:
    page = _class_page(class_results, stats, "ja")
    assert "合格率" in page and "採点できなかったファイル" in page and "プロンプトの基本" in page


def test_class_page_without_graded_results(make_invalid: Callable[..., Result]) -> None:
    page = _class_page([make_invalid()], RunStats())
    assert "Pass rate: 0.0%" in page and "<svg" in page and "—" in page


@pytest.mark.parametrize(
    ("percents", "bins"),
    [
        ([], [0] * 10),
        ([0.0, 9.99, 10.0], [2, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
        ([100.0, 95.0, 90.0, 89.9], [0, 0, 0, 0, 0, 0, 0, 0, 1, 3]),
        ([60.0, 59.0], [0, 0, 0, 0, 0, 1, 1, 0, 0, 0]),
    ],
)
def test_histogram_bins(
    make_graded: Callable[..., Result], percents: list[float], bins: list[int]
) -> None:
    results = [make_graded(score=p, max_score=100.0) for p in percents]
    assert html.histogram(results) == bins


def test_invalid_rows_do_not_link_to_a_missing_report() -> None:
    from grader.load.schemas import Student
    from grader.report.html import render_class
    from grader.results import Result, RunStats
    from grader.util.i18n import T

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


def test_leading_blank_lines_are_not_shown(make_generation: Callable[..., Any]) -> None:
    gen = make_generation("k", ["\n", "\n", "Once", " upon"])
    assert str(html.token_html(gen, 0.5)) == "Once upon"
    fragile = make_generation("k", ["\n", "Once"], [0.1, 5.0])  # a fragile token is kept, marked
    assert 'class="fragile"' in str(html.token_html(fragile, 0.5))


def test_a_chat_run_shows_the_prompt_the_model_received(make_graded: Callable[..., Result]) -> None:
    result = make_graded()
    mine = next(r for r in result.runs if r.name == "mine")
    result.generations[mine.generation].rendered_prompt = "<s>[INST] Say a dog [/INST]"
    page = html.render_student(result)
    assert (
        "What the model received (the chat template applied)" in page
        and "&lt;s&gt;[INST] Say a dog [/INST]" in page
    )
