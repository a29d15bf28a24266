"""score.asides: a published file copied with a sentence of one's own at an edge of each prompt
(pass 81: rt81-08 copied rt71-11 with "Maps are my hobby." before its prompts) is found; an
aside that carries the run's request, or a sentence the file's prompts share, is no aside."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.published import Published, published
from grader.load.schemas import Run
from grader.score.asides import aside_copy, aside_runs
from grader.score.context import Context, RunView
from grader.score.published import PublishedView
from grader.score.similar import shipped_view
from grader.score.stored import published_view
from tests.contexts import BASE, run

ASIDES = [
    *("Maps are my hobby.", "Second try now.", "Trying again.", "Okay, here goes.", "Run three."),
    *("I love this one.", "Next idea.", "Almost done.", "Here is another.", "Last but one."),
]
ASIDES_JA = [
    *("地図が趣味です。", "二回目です。", "もう一度。", "では、どうぞ。", "三つ目。"),
    *("これが好きです。", "次の案。", "もうすぐ終わり。", "もう一つ。", "最後から二番目。"),
]


@functools.cache
def _published() -> tuple[PublishedView, dict[str, Published], frozenset[tuple[str, str, bool]]]:
    from grader.commands.assignment import load_assignment

    loaded = load_assignment("ex1-offline")
    files = {f.name: f for f in published(loaded.folder) if not f.notes_only}
    return published_view(loaded), files, shipped_view(loaded).common


def _view(r: Run, prompt: str) -> RunView:
    """``r`` as a criterion sees it, with ``prompt``."""
    return run(
        r.name,
        model=r.model,
        prompt=prompt,
        goal=r.goal,
        compare_to=r.compare_to,
        max_length=r.max_length,
        max_new_tokens=r.max_new_tokens,
        chat=r.chat,
    )


def _views(file: Published, asides: list[str], at_end: bool = False) -> list[RunView]:
    """``file``'s runs, each prompt with the next of ``asides`` at its start (or end): one of
    its own for each prompt, as rt81-08 wrote them."""
    views = []
    for i, r in enumerate(file.runs):
        aside = asides[i % len(asides)]
        if any("\u3040" <= c <= "\u30ff" for c in r.prompt):  # an aside in the prompt's language
            aside = ASIDES_JA[ASIDES.index(aside)] if aside in ASIDES else aside
        prompt = f"{r.prompt} {aside}" if at_end else f"{aside} {r.prompt}"
        views.append(_view(r, prompt))
    return views


def _context(views: list[RunView], notes: str) -> Context:
    view, _, common = _published()
    return Context(runs=views, baseline=BASE, notes=notes, common=common, published=view)


def test_rt69_11_with_asides_like_rt81_08s_is_found() -> None:
    _, files, _ = _published()
    source = files["tests/data/redteam69/rt69-11.yaml"]
    found = aside_copy(_context(_views(source, ASIDES), "Mine."), frozenset())
    assert found is not None and found.aside and found.name == source.name


@settings(max_examples=150, deadline=None)
@given(st.data(), st.booleans())
def test_a_published_file_with_an_aside_on_each_prompt_is_found(
    data: st.DataObject, at_end: bool
) -> None:
    view, files, _ = _published()
    # files with two own runs or more, each prompt ending a sentence (an aside after "...\nA:"
    # or "short pls 🙏" reads as part of its last sentence: left out)
    names = [
        n
        for n, runs in view.runs.items()
        if 2 <= len(runs)
        and len(files[n].runs) <= len(ASIDES)
        and all(r.prompt.rstrip()[-1:] in ".!?。！？" for r in files[n].runs)
    ]
    source = files[data.draw(st.sampled_from(names))]
    asides = data.draw(st.permutations(ASIDES))
    found = aside_copy(_context(_views(source, asides, at_end), "Mine."), frozenset())
    assert found is not None and found.aside, source.name


@pytest.mark.parametrize(
    ("asides", "found"),
    [
        (ASIDES, True),
        (["Answer in one sentence.", "One sentence please.", "Be brief.", "In one line."], False),
        (["Maps are my hobby."], False),  # the same sentence in every prompt: the file's own
    ],
)
def test_only_a_runs_own_sentence_that_asks_for_nothing_is_an_aside(
    asides: list[str], found: bool
) -> None:
    view, files, common = _published()
    source = files["tests/data/redteam69/rt69-11.yaml"]
    assert view.index is not None
    got = aside_runs(_views(source, asides), common, view.index.by_run)
    assert (got is not None) is found


def test_a_request_in_another_script_is_no_aside() -> None:
    """rt82-14, honest: 'Please write the story in English.' after its own Japanese control is
    the run's request, not an aside, so the file is not rt12-11 (same control) with asides."""
    from grader.load.schemas import Submission
    from grader.load.strict_yaml import load_file
    from tests.support import DATA

    honest = Submission.model_validate(load_file(DATA / "redteam82" / "rt82-14.yaml").data)
    views = [_view(r, r.prompt) for r in honest.runs]
    assert aside_copy(_context(views, honest.notes or ""), frozenset()) is None
