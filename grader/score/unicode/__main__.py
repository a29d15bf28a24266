"""``python -m grader.score.unicode``: derive prototypes.json from confusables.txt.

Run it after replacing confusables.txt with a newer release; a test holds the two equal."""

from __future__ import annotations

import json

from grader.score.prompts import UNICODE, read_prototypes


def prototypes_json() -> str:
    """What prototypes.json holds: every mapping of confusables.txt, keys in code point order."""
    table = read_prototypes((UNICODE / "confusables.txt").read_text("utf-8-sig"))
    return json.dumps(dict(sorted(table.items())), ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    path = UNICODE / "prototypes.json"
    with open(str(path), "w", encoding="utf-8") as out:
        out.write(prototypes_json() + "\n")
    print(f"wrote {path}")
