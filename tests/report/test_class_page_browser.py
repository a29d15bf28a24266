"""The HTML pages in a real browser (headless Chromium): they render, and the class table sorts.

Sorting is checked without a driver: the page sorts on load when its URL has ``#sort=<column>``,
and ``--dump-dom`` shows the DOM after the page's scripts ran. Skipped when Chromium is missing
(installed once via apt when running as root with ``CI`` or ``GRADER_INSTALL_CHROMIUM`` set).
"""

from __future__ import annotations

import os
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from grader.report.classpage import render_class
from grader.report.html import render_student
from grader.results import Result, RunStats
from grader.util.i18n import T
from tests.factories import criterion
from tests.report.conftest import five_students, run_stats
from tests.report.frames import Browser, in_frames
from tests.support import ROOT


def _png_facts(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the decoded image data."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.parametrize("page", ["class", "student"])
def test_screenshot(
    chromium: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    class_results: list[Result],
    stats: RunStats,
    page: str,
) -> None:
    html = (
        render_class(class_results, stats, "ex1", T("Prompt basics", "プロンプトの基本"))
        if page == "class"
        else render_student(class_results[0])
    )
    source, png = tmp_path / f"{page}.html", tmp_path / f"{page}.png"
    source.write_text(html, encoding="utf-8")
    done = chromium(f"--screenshot={png}", "--window-size=1280,1600", source.as_uri())
    assert png.exists(), done.stderr[-2000:]
    width, height, distinct = _png_facts(png.read_bytes())
    assert (width, height) == (1280, 1600)
    assert png.stat().st_size > 10_000 and distinct > 32  # not a blank page


SORTS = [
    ("", ["s001", "s002", "s003", "s004", "s005", ""]),  # as rendered: by id
    # the ungraded row stays last
    ("#sort=total", ["s001", "s002", "s005", "s003", "s004", ""]),
    ("#sort=-total", ["s004", "s003", "s005", "s002", "s001", ""]),
    ("#sort=-student", ["s005", "s004", "s003", "s002", "s001", ""]),
    ("#sort=c2", ["s001", "s005", "s002", "s003", "s004", ""]),
]
BAD_HASHES = ["#sort=%", "#sort=%E0%A4%A", "#sort=-%zz"]
# Each row's student (the link to its page, "" for the ungraded row) and the sorted column.
ROWS = """function (w, d) {
  var ids = [], sorted = {};
  d.querySelectorAll("#grades tbody tr").forEach(function (row) {
    var a = row.querySelector('a[href^="html/"]');
    var m = a && /^html\\/(.+)\\.html$/.exec(a.getAttribute("href"));
    ids.push(m ? m[1] : "");
  });
  d.querySelectorAll("#grades th[data-col][aria-sort]").forEach(function (th) {
    sorted[th.dataset.col] = th.getAttribute("aria-sort");
  });
  return {ids: ids, sorted: sorted};
}"""


@pytest.fixture(scope="module")
def sorts(module_chromium: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The class page opened at each URL below in one browser start: the good fragments as they
    are, the malformed ones on a page whose script sets ``#sort=-total`` 50 ms later."""
    folder = tmp_path_factory.mktemp("sorts")
    page = render_class(five_students(), run_stats(), "ex1", T("Prompt basics"))
    later = (
        '<script>setTimeout(function () { window.location.hash = "#sort=-total"; }, 50);</script>'
        "</body>"
    )
    (folder / "index.html").write_text(page, encoding="utf-8")
    (folder / "later.html").write_text(page.replace("</body>", later), encoding="utf-8")
    frames = {f"good{f}": (1280, f"index.html{f}") for f, _ in SORTS}
    frames |= {f"bad{h}": (1280, f"later.html{h}") for h in BAD_HASHES}
    return in_frames(module_chromium, folder, frames, ROWS, wait_ms=500)


@pytest.mark.parametrize(("fragment", "order"), SORTS)
def test_sort_from_url(sorts: dict[str, Any], fragment: str, order: list[str]) -> None:
    """The page sorts on load by the column its URL names, and marks that column."""
    got = sorts[f"good{fragment}"]
    assert got["ids"] == order
    if fragment:
        column = fragment.split("=")[1].lstrip("-")
        direction = "descending" if "=-" in fragment else "ascending"
        assert got["sorted"] == {column: direction}
    else:
        assert got["sorted"] == {}


@pytest.mark.parametrize("bad_hash", BAD_HASHES)
def test_a_malformed_hash_is_ignored_and_sorting_still_works(
    sorts: dict[str, Any], bad_hash: str
) -> None:
    """The page opens on a malformed hash unsorted, and a later valid hash still sorts it."""
    assert sorts[f"bad{bad_hash}"]["ids"] == ["s004", "s003", "s005", "s002", "s001", ""]


# The page must not overflow horizontally, and no table cell may stand cut off outside a box
# that scrolls; the student, verdict and grade columns are in view without scrolling.
FIT = """function (w, d) {
  var cut = [], seen = true;
  function scrolls(el) {
    for (; el && el !== d.body; el = el.parentElement) {
      var o = w.getComputedStyle(el).overflowX; if (o === "auto" || o === "scroll") return true;
    }
    return false;
  }
  d.querySelectorAll("td, th").forEach(function (c) {
    var r = c.getBoundingClientRect();
    if (r.width > 0 && (r.right > w.innerWidth + 1 || r.left < -1) && !scrolls(c))
      cut.push(c.textContent.trim().slice(0, 30));
  });
  ["student", "verdict", "grade"].forEach(function (col) {
    var head = d.querySelector("#grades th[data-col=" + col + "]");
    if (head) {
      var t = head.getBoundingClientRect();
      seen = seen && t.right <= w.innerWidth + 1 && t.left >= 0;
    }
  });
  return {overflow: d.documentElement.scrollWidth - w.innerWidth, cut: cut, first_visible: seen};
}"""
SHOTS = ROOT / "reports" / "screenshots"
"""Screenshots for a person to look at (reports/ is git-ignored), taken when the environment
sets GRADER_SCREENSHOTS: each is one more browser start, and no test reads them."""
PAGES, WIDTHS = ["class", "student"], [390, 1280]


@pytest.fixture(scope="module")
def fits(module_chromium: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Both pages, with 14 criteria of long evidence, at a phone's and a laptop's width, in one
    browser start."""
    folder = tmp_path_factory.mktemp("fits")
    wide = [criterion(f"criterion_{i:02d}", evidence="evidence " * 30) for i in range(14)]
    results = [
        r.model_copy(update={"criteria": wide}) if r.status == "graded" else r
        for r in five_students()
    ]
    pages = {
        "class": render_class(results, run_stats(), "ex1", T("Prompt basics", "プロンプトの基本")),
        "student": render_student(results[0]),
    }
    for page, rendered in pages.items():
        (folder / f"{page}.html").write_text(rendered, encoding="utf-8")
    frames = {f"{page}-{width}": (width, f"{page}.html") for page in PAGES for width in WIDTHS}
    measured = in_frames(module_chromium, folder, frames, FIT)
    if os.environ.get("GRADER_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        for key, (width, src) in frames.items():
            (SHOTS / f"{key}.html").write_text(pages[src.removesuffix(".html")], encoding="utf-8")
            module_chromium(
                f"--screenshot={SHOTS / f'{key}.png'}",
                f"--window-size={max(width, 500)},1400",
                (SHOTS / f"{key}.html").as_uri(),
            )
    return measured


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", PAGES)
def test_pages_fit_a_phone_and_a_laptop(fits: dict[str, Any], page: str, width: int) -> None:
    facts = fits[f"{page}-{width}"]
    assert facts["overflow"] <= 0 and facts["cut"] == [] and facts["first_visible"], facts
