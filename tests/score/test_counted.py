"""score.counted: counts notes state of a named run, against its answer's own count.

Generated on two real files (tests/score/test_stated.py's KNIGHT and DRAGON): every run's real
count of each unit said as it is, off by one (an honest miscount), and far off (made up), in
English and Japanese, alone and after a lead-in with a request (the request is not the
count's: pass 177); only the far ones are flagged. A count in a request or of a
prompt is never read."""

from __future__ import annotations

from itertools import product

import pytest

from grader.score.context import RunView
from grader.score.counted import answer_count, counted_review
from tests.contexts import gen, spec
from tests.score.test_stated import DRAGON, KNIGHT

UNITS: dict[str, list[str]] = {
    "sentences": [
        "{run} wrote {n} sentences.",
        "{run}は{n}文だった。",
        "{run} wrote a {n}-sentence story.",  # pass 130: a hyphen, words between
        "{run} wrote {n} very short sentences.",
        "{run}は{n}個のセンテンスで書いた。",
        "{run}は文が{n}つあった。",  # pass 147: the count after its noun
        "{run}の文の数は{n}だった。",
        "{run}はセンテンスが{n}つあった。",  # pass 149
    ],
    "items": ["{run} gave {n} bullet points.", "{run}は{n}項目だった。"],
    "paragraphs": ["{run} wrote {n} paragraphs."],
    "characters": ["{run}の答えは{n}文字くらいだった。"],
    "words": [
        "{run} wrote about {n} words.",
        "{run}は{n}語くらいだった。",
        "{run}'s word count was about {n}.",  # pass 146
    ],
}


TOKENS = ["{run} used about {n} tokens.", "{run} は 200 トークン中 {n} トークンほど使っていた。"]
"""Tokens a run is said to have used: read against the answer's token count (pass 183)."""
_LEADS = (
    "",
    "箇条書きを指示したところ、",
    "箇条書きを頼んだところ",  # pass 187: no comma
    "After I asked for a short answer, ",
    "I asked for a short answer, and then ",
    "I asked for a short answer, and after a while ",
)
"""Before each count: nothing, and a request the count is not (pass 177)."""


def _cases() -> list[tuple[list[RunView], str, bool]]:
    out = []
    for runs in (KNIGHT, DRAGON):
        for run in [r for r in runs if r.role == "run"]:
            for unit, templates in UNITS.items():
                real = answer_count(run, unit)
                rough = unit in ("words", "characters")
                far = real * 4 + 12 if rough else real * 2 + 3
                near = round(real * 1.3) if rough else real + 1  # an estimate, a miscount
                for n, made_up in ((real, False), (near, False), (far, True)):
                    for template, lead in product(templates, _LEADS):
                        out.append((runs, lead + template.format(run=run.name, n=n), made_up))
            real = len(run.generation.output_ids)  # tokens said used (pass 183)
            for n, made_up in ((real, False), (real + 2, False), (real * 2 + 10, True)):
                out += [(runs, t.format(run=run.name, n=n), made_up) for t in TOKENS]
    return out


@pytest.mark.parametrize(("runs", "notes", "made_up"), _cases())
def test_a_count_is_flagged_only_when_far_from_the_answers(
    runs: list[RunView], notes: str, made_up: bool
) -> None:
    assert (counted_review(notes, runs) is not None) == made_up


@pytest.mark.parametrize(
    "notes",
    [
        "I asked knight-list for nine bullet points.",
        "My prompt for knight-terse had twelve sentences.",
        "knight-terseには十文で書くように頼んだ。",
        "knight-listには、九つの項目で書くように頼んだ。",
        "For knight-terse, my prompt asked for twelve sentences.",
        "I set max_new_tokens to 120 and knight-terse had a budget of 120 tokens.",
        "knight-terse was not twelve sentences long.",
    ],
)
def test_a_count_asked_for_or_denied_is_not_read(notes: str) -> None:
    assert counted_review(notes, KNIGHT) is None


@pytest.mark.parametrize(
    ("group", "value"),
    [("a dozen", 12), ("half a dozen", 6), ("a couple of", 2), ("a pair of", 2)]
    + [("a mere trio of", 3), ("a baker's dozen", 13), ("a score of", 20)],  # pass 143
)
@pytest.mark.parametrize("run", [r for r in KNIGHT + DRAGON if r.role == "run"], ids=str)
def test_a_count_by_a_group_word_is_its_number(group: str, value: int, run: RunView) -> None:
    """Pass 142: "a dozen sentences", "half a dozen sentences" are counts, read as their numbers
    (flagged where that number is far from the answer's)."""
    runs = KNIGHT if run in KNIGHT else DRAGON
    notes = f"{run.name} ran to {group} sentences."
    far = counted_review(f"{run.name} wrote {value} sentences.", runs) is not None
    assert (counted_review(notes, runs) is not None) == far
    assert (
        far == (counted_review(f"{run.name} wrote {value * 3 + 3} sentences.", runs) is None) or far
    )


SNAPPY = RunView(
    "snappy",
    spec("bundled/tiny-chatty", "Tell me a story about a princess. Please make it very short."),
    gen("\n\nA princess ran off to the sea.", 11, "eos"),
    role="run",
    goal="concise",
)
"""A one-sentence answer (rt188-07's concise run)."""


@pytest.mark.parametrize(
    ("notes", "made_up"),
    [
        ("snappy gave one short sentence.", False),
        ("snappy gave two short sentences.", False),  # a miscount by one
        ("The snappy one still gave three short sentences, but it stopped on its own.", True),
        ("snappy は 3 文で答えた。", True),
        ("snappy gave five sentences.", True),
        ("snappy は 2 文で答えた。", False),
    ],
)
def test_a_one_sentence_answer_said_to_be_three_is_made_up(notes: str, made_up: bool) -> None:
    """Three sentences of one is no miscount (rt188-07); two is (rt189-04)."""
    assert (counted_review(notes, [SNAPPY]) is not None) == made_up
