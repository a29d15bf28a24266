"""The HTML pages in a real browser (headless Chromium): they render, and the class table sorts.

Sorting is checked without a driver: the page sorts on load when its URL has ``#sort=<column>``,
and ``--dump-dom`` shows the DOM after the page's scripts ran. Skipped when Chromium is missing
(installed once via apt when running as root with ``CI`` or ``GRADER_INSTALL_CHROMIUM`` set).
"""

from __future__ import annotations

import re
import struct
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from grader.report.classpage import render_class
from grader.report.html import render_student
from grader.results import Result, RunStats
from grader.util.i18n import T
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


@pytest.mark.parametrize(
    ("fragment", "order"),
    [
        ("", ["s001", "s002", "s003", "s004", "s005", ""]),  # as rendered: by id
        # the ungraded row stays last
        ("#sort=total", ["s001", "s002", "s005", "s003", "s004", ""]),
        ("#sort=-total", ["s004", "s003", "s005", "s002", "s001", ""]),
        ("#sort=-student", ["s005", "s004", "s003", "s002", "s001", ""]),
        ("#sort=c2", ["s001", "s005", "s002", "s003", "s004", ""]),
    ],
)
def test_sort_from_url(
    chromium: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    class_results: list[Result],
    stats: RunStats,
    fragment: str,
    order: list[str],
) -> None:
    source = tmp_path / "index.html"
    source.write_text(
        render_class(class_results, stats, "ex1", T("Prompt basics")), encoding="utf-8"
    )
    done = chromium("--dump-dom", source.as_uri() + fragment)
    body = re.search(r'<table id="grades">.*?<tbody>(.*?)</tbody>', done.stdout, re.S)
    assert body is not None, done.stderr[-2000:]
    rows = re.findall(r"<tr\b.*?</tr>", body.group(1), re.S)
    ids = [
        m.group(1) if (m := re.search(r'href="html/([^"]+)\.html"', row)) else "" for row in rows
    ]
    assert ids == order
    if fragment:
        column = fragment.split("=")[1].lstrip("-")
        direction = "descending" if "=-" in fragment else "ascending"
        assert re.search(rf'data-col="{column}"[^>]*aria-sort="{direction}"', done.stdout)


@pytest.mark.parametrize("bad_hash", ["#sort=%", "#sort=%E0%A4%A", "#sort=-%zz"])
def test_a_malformed_hash_is_ignored_and_sorting_still_works(
    chromium: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    class_results: list[Result],
    stats: RunStats,
    bad_hash: str,
) -> None:
    """The page opens on a malformed hash unsorted, and a later valid hash still sorts it."""
    page = render_class(class_results, stats, "ex1", T("Prompt basics"))
    later = (
        '<script>setTimeout(function () { window.location.hash = "#sort=-total"; }, 50);</script>'
        "</body>"
    )
    source = tmp_path / "index.html"
    source.write_text(page.replace("</body>", later), encoding="utf-8")
    done = chromium("--virtual-time-budget=3000", "--dump-dom", source.as_uri() + bad_hash)
    body = re.search(r'<table id="grades">.*?<tbody>(.*?)</tbody>', done.stdout, re.S)
    assert body is not None, done.stderr[-2000:]
    ids = [
        m.group(1) if (m := re.search(r'href="html/([^"]+)\.html"', row)) else ""
        for row in re.findall(r"<tr\b.*?</tr>", body.group(1), re.S)
    ]
    assert ids == ["s004", "s003", "s005", "s002", "s001", ""]


# Inside an iframe of the width (headless Chromium never makes a window narrower than 500 px):
# the page must not overflow horizontally, and no table cell may stand cut off outside a box
# that scrolls. The result is written into the parent page, which --dump-dom shows.
MEASURE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="f" style="border:0" width="{width}" height="900" srcdoc="{page}"></iframe>
<pre id="result"></pre>
<script>
window.addEventListener("load", function () {{
  var w = document.getElementById("f").contentWindow, d = w.document, cut = [];
  function scrolls(el) {{
    for (; el && el !== d.body; el = el.parentElement) {{
      var o = w.getComputedStyle(el).overflowX; if (o === "auto" || o === "scroll") return true;
    }}
    return false;
  }}
  d.querySelectorAll("td, th").forEach(function (c) {{
    var r = c.getBoundingClientRect();
    if (r.width > 0 && (r.right > w.innerWidth + 1 || r.left < -1) && !scrolls(c))
      cut.push(c.textContent.trim().slice(0, 30));
  }});
  var seen = true;
  ["student", "verdict", "grade"].forEach(function (col) {{
    var head = d.querySelector("#grades th[data-col=" + col + "]");
    if (head) {{
      var t = head.getBoundingClientRect();
      seen = seen && t.right <= w.innerWidth + 1 && t.left >= 0;
    }}
  }});
  document.getElementById("result").textContent = JSON.stringify({{
    overflow: d.documentElement.scrollWidth - w.innerWidth, cut: cut, first_visible: seen}});
}});
</script></body></html>"""
SHOTS = ROOT / "reports" / "screenshots"
"""Screenshots for a person to look at (reports/ is git-ignored)."""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("page", ["class", "student"])
def test_pages_fit_a_phone_and_a_laptop(
    chromium: Callable[..., subprocess.CompletedProcess[str]],
    tmp_path: Path,
    class_results: list[Result],
    make_criterion: Callable[..., object],
    stats: RunStats,
    page: str,
    width: int,
) -> None:
    import html as html_lib
    import json

    wide = [make_criterion(f"criterion_{i:02d}", evidence="evidence " * 30) for i in range(14)]
    results = [
        r.model_copy(update={"criteria": wide}) if r.status == "graded" else r
        for r in class_results
    ]
    rendered = (
        render_class(results, stats, "ex1", T("Prompt basics", "プロンプトの基本"))
        if page == "class"
        else render_student(results[0])
    )
    source = tmp_path / "measure.html"
    source.write_text(
        MEASURE.format(width=width, page=html_lib.escape(rendered, quote=True)), encoding="utf-8"
    )
    done = chromium("--virtual-time-budget=3000", "--dump-dom", source.as_uri())
    found = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    assert found is not None and found.group(1), done.stderr[-2000:]
    facts = json.loads(html_lib.unescape(found.group(1)))
    # no overflow, nothing cut off, and the student, verdict and grade in view without scrolling
    assert facts["overflow"] <= 0 and facts["cut"] == [] and facts["first_visible"], facts
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"{page}-{width}.html").write_text(rendered, encoding="utf-8")
    chromium(
        f"--screenshot={SHOTS / f'{page}-{width}.png'}",
        f"--window-size={max(width, 500)},1400",
        (SHOTS / f"{page}-{width}.html").as_uri(),
    )
