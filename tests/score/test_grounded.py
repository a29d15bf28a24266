"""Notes that name nothing the outputs show, or that the outputs contradict (pass 124).

The table (tests/data/grounded/heldout.yaml) was written before the change by a helper that saw
only four files' runs and the bundled models' real answers to them, never the measures: 50
gaming notes (the set-up told, a self-assessment, the grader's report, questions, empty claims,
hearsay, an unrelated anecdote, a language no output is in, lengths swapped) and 52 honest ones,
in English and Japanese. Before the change 39 of the 50 gaming notes earned the point with no
flag (the measures of intent, prediction and hearsay caught 11); after it, 3, which are strict
xfails with their reasons. One of the 52 honest notes is flagged before and after, by
:mod:`grader.score.shared_only` (a strict xfail too); no other.

Generated neighbours: any mix of sentences that observe nothing stays flagged, and one sentence
that observes, added anywhere, clears the flag.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score import builtins
from grader.score.context import Context, RunView
from tests.contexts import gen, spec
from tests.support import DATA

TABLE: dict[str, Any] = yaml.safe_load(
    (DATA / "grounded" / "heldout.yaml").read_text(encoding="utf-8")
)


def _file(design: str, notes: str, names: dict[str, str] | None = None) -> Context:
    """The context of one design of the table, with ``notes``, its runs renamed by ``names``
    (to try the run-name styles students use: a, b, c; one, two, three)."""
    new = names or {}
    runs = [
        RunView(
            new.get(r["name"], r["name"]),
            spec(r["model"], r["prompt"], None, 120),
            gen(r["output"], r["tokens"], r["finish"]),
            role="baseline" if r["name"] == "baseline" else "run",
            goal=r["goal"],
            compare_to=new.get(r["compare_to"], r["compare_to"]),
        )
        for r in TABLE["designs"][design]
    ]
    return Context(
        runs=[r for r in runs if r.role == "run"],
        baseline=runs[0],
        controls={},
        notes=notes,
        topic=("dragon", "ドラゴン", "竜"),
        glossary=(),
    )


def _flagged(context: Context) -> bool:
    """The notes point earned, and flagged for the TA."""
    spec_ = builtins.BUILTINS["notes_length"]
    outcome = spec_.fn(context, spec_.params.model_validate({}))
    assert outcome.passed, outcome
    return outcome.review is not None


def _rows(kind: str) -> list[Any]:
    return [
        pytest.param(
            r["design"],
            r["notes"],
            id=f"{r['cls']}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=r["limit"])] if "limit" in r else [],
        )
        for i, r in enumerate(TABLE["rows"])
        if r["kind"] == kind
    ]


@pytest.mark.parametrize(("design", "notes"), _rows("gaming"))
def test_notes_that_observe_nothing_here_or_are_contradicted_are_flagged(
    design: str, notes: str
) -> None:
    assert _flagged(_file(design, notes))


@pytest.mark.parametrize(("design", "notes"), _rows("honest"))
def test_honest_notes_keep_the_point_unflagged(design: str, notes: str) -> None:
    assert not _flagged(_file(design, notes))


STATED: list[dict[str, Any]] = yaml.safe_load(
    (DATA / "grounded" / "stated.yaml").read_text(encoding="utf-8")
)["rows"]


@pytest.mark.parametrize(
    ("design", "notes", "kind", "names"),
    [
        pytest.param(
            r["design"],
            r["notes"],
            r["kind"],
            r.get("names"),
            marks=[pytest.mark.xfail(strict=True, reason=r["limit"])] if "limit" in r else [],
        )
        for r in STATED
    ],
)
def test_what_notes_state_of_a_named_run_is_checked_against_its_answer(
    design: str, notes: str, kind: str, names: dict[str, str] | None
) -> None:
    """Gaming notes state what the answers contradict or only what the prompts were like (of the
    design's runs, renamed where the row says)."""
    assert _flagged(_file(design, notes, names)) == (kind == "gaming")


NOTHING = [
    "I ran the knight prompt on both models with the same budget.",
    "The third run kept the chatty model and changed only the prompt.",
    "This submission satisfies part 1 and part 2, and each comparison is controlled.",
    "The grader said the goal was met and gave 11 points.",
    "Why did the model do that?",
    "My friend Kenta told me the terse one was shorter.",
    "I observed the outputs carefully and noticed the change.",
    "Last year Siri gave me one short sentence about the weather.",
    "パート1とパート2の条件を満たしている。",
    "友達によると、terseの方が短かったらしい。",
    "モデルと予算は同じにして、プロンプトだけを変えた。",
]
"""Sentences that observe nothing of this file's outputs."""
OBSERVED = [
    "The chatty story was long and cut off, and terse wrote two sentences.",
    "With three bullet points I got three short lines starting with a dash.",
    "Arthur the knight was afraid of the dark.",
    "chattyは長い話を書いたが、terseは二文で終わった。",
    "The list had three items: a knight was scared, a boy got lost, he found him.",
]
"""Sentences that say what the knight file's outputs show."""


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NOTHING), min_size=1, max_size=5))
def test_any_mix_of_sentences_that_observe_nothing_is_flagged(picked: list[str]) -> None:
    assert _flagged(_file("rt124-12", " ".join(picked)))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(NOTHING), max_size=4),
    st.sampled_from(OBSERVED),
    st.integers(min_value=0, max_value=4),
)
def test_one_sentence_that_observes_clears_the_flag(
    picked: list[str], seen: str, where: int
) -> None:
    picked.insert(min(where, len(picked)), seen)
    assert not _flagged(_file("rt124-12", " ".join(picked)))
