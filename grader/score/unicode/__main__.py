"""``python -m grader.score.unicode``: derive prototypes.json from confusables.txt.

Run it after replacing confusables.txt with a newer release; a test holds the two equal."""

from __future__ import annotations

import json
import re

from grader.score.prompts import UNICODE

MAPPING = re.compile(r"^([0-9A-F]+) ;\t([0-9A-F ]+) ;", re.MULTILINE)
"""A confusables.txt line that maps one code point: ``source ;\ttarget code points ;``."""


def read_prototypes(text: str) -> dict[str, str]:
    """Every mapping of confusables.txt ``text``: character -> its prototype (one or more
    characters)."""
    return {
        chr(int(source, 16)): "".join(chr(int(c, 16)) for c in target.split())
        for source, target in MAPPING.findall(text)
    }


def prototypes_json() -> str:
    """What prototypes.json holds: every mapping of confusables.txt, keys in code point order."""
    table = read_prototypes((UNICODE / "confusables.txt").read_text("utf-8-sig"))
    return json.dumps(dict(sorted(table.items())), ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    path = UNICODE / "prototypes.json"
    with open(str(path), "w", encoding="utf-8") as out:
        out.write(prototypes_json() + "\n")
    print(f"wrote {path}")
