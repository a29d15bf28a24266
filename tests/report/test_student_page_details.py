"""The student page's details, in English and under ``LANG=ja``: the pass mark as a whole score
where points are whole (the terminal saying the same), the environment collapsed without empty
rows, and criterion titles that wrap between words at 390 px in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from grader.commands.assignment import load_assignment
from grader.report.classpage import render_class
from grader.report.common import pass_mark, pass_mark_words
from grader.report.html import render_student
from grader.results import CriterionResult, Result
from grader.util.i18n import Lang, T, Text
from tests.factories import graded
from tests.report.conftest import run_stats
from tests.report.frames import Browser, in_frames
from tests.support import OFFLINE, locale_only

WHOLE = {"en": "pass threshold 60% (8 points)", "ja": "合格基準 60%（8 点）"}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_check_shows_the_smallest_whole_passing_score(
    tmp_path: Path,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    warm_cache: Path,
) -> None:
    """12 whole points at 60%: 8 passes, not 7.2; the terminal and the page say it alike (in
    process through main(), with the language from the locale alone; the runs from the warm
    cache)."""
    from grader.cli import main

    locale_only(monkeypatch, lang)
    example = OFFLINE / "examples" / "pass.yaml"
    args = ["check", str(example), "-o", str(tmp_path / "out"), "--device", "cpu"]
    rc = main([*args, "--cache", str(warm_cache)])
    out = capsys.readouterr().out
    assert rc == 0 and WHOLE[lang] in out and "7.2" not in out, out
    page = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    assert WHOLE[lang] in page and "7.2" not in page
    # the environment is there, collapsed, and every row of it has a value
    footer = page[page.index("<footer>") :]
    assert '<details class="environment">' in footer and "<details open" not in footer
    rows = re.findall(r'<tr><th>(\w+)</th><td class="mono">(.*?)</td></tr>', footer)
    assert len(rows) >= 8 and all(value.strip() for _, value in rows), rows
    assert "compute_capability" not in dict(rows) or dict(rows)["compute_capability"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_fractional_pass_mark_stays_as_it_is(
    make_graded: Callable[..., Result], make_criterion: Callable[..., CriterionResult], lang: Lang
) -> None:
    whole = make_graded(criteria=[make_criterion("c1", points=4.0), make_criterion("c2", points=8)])
    half = make_graded(criteria=[make_criterion("c1", points=2.5), make_criterion("c2", points=9)])
    assert pass_mark(whole) == 8.0 and pass_mark(half) == pytest.approx(6.9)
    assert (
        pass_mark_words(half).get(lang)
        == {
            "en": "pass threshold 60% (6.9 points)",
            "ja": "合格基準 60%（6.9 点）",
        }[lang]
    )
    assert WHOLE[lang] in render_student(whole, lang)


# Each criterion title cell's width and font size, and the Latin words in it that a line
# break split.
TITLES = """function (w, d) {
  var cells = [];
  d.querySelectorAll("table.criteria td.title").forEach(function (c) {
    var split = [], walk = d.createTreeWalker(c, NodeFilter.SHOW_TEXT), node;
    while ((node = walk.nextNode())) {
      var re = /[A-Za-z0-9]+/g, m;
      while ((m = re.exec(node.data))) {
        var r = d.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
        if (r.getClientRects().length > 1) split.push(m[0]);
      }
    }
    cells.push({text: c.textContent.trim(), width: c.getBoundingClientRect().width,
                font: parseFloat(w.getComputedStyle(c).fontSize), split: split});
  });
  return cells;
}"""
LANGS: list[Lang] = ["en", "ja"]
PAGES = ["student", "class"]


def _ex1_criteria() -> list[CriterionResult]:
    """Exercise 1's criteria as a report shows them, each beside a long evidence sentence."""
    evidence = (  # long, with a run name that cannot break (as control:<run> reads)
        "3 vs control:model-change-with-a-long-name 40 tokens, ended by EOS, shares dragon, "
        "cave and gold with it; コントロールより短く、同じ話題の内容語を共有しています。" * 2
    )
    return [
        CriterionResult(
            id=spec.id,
            title=spec.title,
            type=spec.type,
            visibility="public",
            status="passed",
            points=spec.points,
            max_points=spec.points,
            evidence=Text(en=evidence, ja=evidence),
            details={},
            required=spec.required,
        )
        for spec in load_assignment("ex1").assignment.criteria
    ]


@pytest.fixture(scope="module")
def titles(module_chromium: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Exercise 1's criterion titles on both pages in both languages at 390 px, measured in one
    browser start."""
    folder = tmp_path_factory.mktemp("titles")
    result = graded(criteria=_ex1_criteria())
    for lang in LANGS:
        (folder / f"student-{lang}.html").write_text(render_student(result, lang), "utf-8")
        (folder / f"class-{lang}.html").write_text(
            render_class([result], run_stats(), "ex1", T("Exercise 1", "課題1"), lang), "utf-8"
        )
    frames = {f"{page}-{lang}": (390, f"{page}-{lang}.html") for page in PAGES for lang in LANGS}
    return in_frames(module_chromium, folder, frames, TITLES)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_criterion_titles_wrap_at_words_at_390px(
    titles: dict[str, Any], lang: Lang, page: str
) -> None:
    cells = titles[f"{page}-{lang}"]
    assert len(cells) == len(_ex1_criteria())  # every title measured
    for cell in cells:  # a readable column: at least 8 em, no word broken across lines
        assert cell["width"] >= 8 * cell["font"] and cell["split"] == [], cell
