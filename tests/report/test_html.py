"""Tests for grader.report.html: escaping, banner, fragile tokens, diffs, hidden criteria, the
grade recorded (the class page is test_classpage)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from grader.report import html
from grader.results import Result, RunResult
from grader.util.i18n import Lang

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


def test_the_student_page_is_self_contained(make_graded: Callable[..., Result]) -> None:
    page = html.render_student(make_graded())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


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


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_hidden_criterion_closed_by_public_work_shows_why_and_the_fix(
    make_graded: Callable[..., Result], make_criterion: Callable[..., Any], lang: Lang
) -> None:
    """A hidden criterion whose gate closed says why in public (nothing hidden is in it); one
    judged by the TA's parameters shows only that it is hidden."""
    from grader.util.i18n import T

    closed = make_criterion("h1", passed=False, visibility="hidden", evidence="no concise run")
    closed = closed.model_copy(update={"hint": T("add a concise run", "簡潔な実行を加える")})
    judged = make_criterion("h2", passed=False, visibility="hidden", evidence="SECRET")
    page = html.render_student(make_graded(criteria=[make_criterion("c1"), closed, judged]), lang)
    assert (
        "no concise run" in page
        and ("add a concise run" if lang == "en" else "簡潔な実行を加える") in page
    )
    assert "SECRET" not in page
    assert ("below the pass mark" if lang == "en" else "合格基準に届きません") in page
