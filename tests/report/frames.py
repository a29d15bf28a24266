"""Several pages measured in one headless Chromium start: each page in an iframe of its own width
(headless Chromium makes no window under 500 px, an iframe can be 390), one JavaScript function
run on every frame once the pages have loaded and their scripts have run, and what it returned
read back from the DOM that ``--dump-dom`` prints. A browser start costs about a second; a
module's cases share one."""

from __future__ import annotations

import html
import json
import re
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

Browser = Callable[..., subprocess.CompletedProcess[str]]
"""Headless Chromium started with these arguments (the ``chromium`` fixtures)."""

OUTER = """<!DOCTYPE html><html><body style="margin:0">
{frames}
<pre id="result"></pre>
<script>
var measure = {measure};
window.addEventListener("load", function () {{
  setTimeout(function () {{
    var out = {{}};
    document.querySelectorAll("iframe").forEach(function (f) {{
      out[f.dataset.key] = measure(f.contentWindow, f.contentWindow.document);
    }});
    document.getElementById("result").textContent = JSON.stringify(out);
  }}, {wait_ms});
}});
</script></body></html>"""


def in_frames(
    chromium: Browser,
    folder: Path,
    frames: Mapping[str, tuple[int, str]],
    measure: str,
    wait_ms: int = 0,
) -> dict[str, Any]:
    """``measure(window, document)`` of each frame, by key. ``frames`` maps a key to the frame's
    width and its address relative to ``folder`` (a page written there, with a ``#fragment``
    where wanted). The frames are file pages read from a file page, so the browser is told to
    let file pages read each other (``--allow-file-access-from-files``)."""
    tags = "\n".join(
        f'<iframe data-key="{html.escape(key)}" style="border:0;display:block" width="{width}" '
        f'height="900" src="{html.escape(src)}"></iframe>'
        for key, (width, src) in frames.items()
    )
    outer = folder / "frames.html"
    outer.write_text(OUTER.format(frames=tags, measure=measure, wait_ms=wait_ms), encoding="utf-8")
    done = chromium(
        "--allow-file-access-from-files",
        "--virtual-time-budget=5000",
        "--dump-dom",
        outer.as_uri(),
    )
    found = re.search(r'<pre id="result">(.*?)</pre>', done.stdout, re.S)
    assert found is not None and found.group(1), done.stderr[-2000:]
    measured: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    assert sorted(measured) == sorted(frames), measured  # every frame measured
    return measured
