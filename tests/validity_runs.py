"""What the labelled validity cases are written with: the run builder :func:`r`, the shared
runs and notes, the TA's hidden file, and :func:`write_case`, which writes a case as a student's
submission file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.support import ROOT

HIDDEN = ROOT / "tests" / "data" / "ex1-hidden.yaml"
DRAGON, DRAGON_JA = "Tell me a story about a dragon.", "ドラゴンの物語を聞かせてください。"
NOTES = (
    "モデルを変えると物語の長さが変わり、"
    "プロンプトで一文や簡潔さを指示すると回答が短くなって EOS で終わった。"
)


def r(
    name: str,
    model: str = "chatty",
    prompt: str = DRAGON,
    budget: tuple[str, int] = ("max_length", 100),
    **extra: Any,
) -> dict[str, Any]:
    return {
        "name": name,
        "model": f"bundled/tiny-{model}",
        "prompt": prompt,
        budget[0]: budget[1],
        **extra,
    }


PART1 = r("terse", "terse", compare_to="baseline")  # another model, same prompt and budget
PASS_EXAMPLE = yaml.safe_load(
    (ROOT / "assignments" / "ex1-offline" / "examples" / "pass.yaml").read_text(encoding="utf-8")
)


def write_case(folder: Path, sid: str, runs: list[dict[str, Any]], notes: str | None) -> None:
    """Case ``sid`` as a submission file in ``folder``."""
    data: dict[str, Any] = {"assignment": "ex1-offline", "student": {"id": sid}, "runs": runs}
    if notes is not None:
        data["notes"] = notes
    (folder / f"{sid}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
