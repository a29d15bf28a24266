"""grader bench --no-generate: the class-wide stages on stand-in answers (what is asserted is
what was done, never how fast)."""

from __future__ import annotations

import json
import subprocess
import sys

from grader.commands.scale import scale, stand_in
from tests.classes import request


def test_scale_scores_and_clusters_a_synthetic_class_without_a_model() -> None:
    # a fresh interpreter: nothing of the suite has imported torch there
    code = (
        "import json, sys; from grader.commands.scale import scale; s = scale(60); "
        "print(json.dumps([s.students, s.clusters, 'torch' in sys.modules, s.lines()]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    students, found, torch, lines = json.loads(out.stdout)
    assert students == 60 and torch is False
    assert found >= 1  # one note in twenty is a classmate's, so some files must cluster
    assert any(line.startswith("clusters:") and "% of the wall time" in line for line in lines)


def test_a_stand_in_answer_is_a_preview_that_names_its_request() -> None:
    req = request("bundled/tiny-terse", "Tell me a story.", max_new_tokens=20)
    made = stand_in(req)
    assert made.request_key == req.request_key and made.preview
    assert len(made.margins) == len(made.output_ids) == len(made.pieces)


def test_scale_in_process_reports_every_student() -> None:
    figures = scale(12)
    assert figures.students == 12 and len(figures.lines()) == 6
