"""Requests a student writes for each goal, shared by the tests of :mod:`grader.score.asks` and
:mod:`grader.score.negation`."""

from __future__ import annotations

# Requests a student writes for each goal (English and Japanese)
REQUESTS: dict[str, list[str]] = {
    "concise": [
        "Answer briefly",
        "Keep it short",
        "in just a few words",
        "Be concise",
        "短く答えて",
    ],
    "one_sentence": ["in one sentence", "Please keep it to a single sentence", "一文で答えて"],
    "japanese": ["Answer in Japanese", "in the Japanese language", "日本語で答えて"],
    "english": ["Answer in English", "英語で答えて"],
    "list": ["as a bulleted list", "as a numbered list of events", "箇条書きで答えて"],
}
ENGLISH = {g: [r for r in REQUESTS[g] if r.isascii()] for g in REQUESTS}


def askable(goal: str) -> list[str]:
    """The goal's requests that ask of a control in the other language (English asked in
    English of an English control asks nothing to begin with)."""
    return [r for r in REQUESTS[goal] if goal != "english" or not r.isascii()]


def join(base: str, request: str) -> str:
    """``request`` as a sentence after ``base`` (a Japanese request glued on, as Japanese is)."""
    return base + (request if not request.isascii() else " " + request + ".")
