"""score.published: a submission against the honest cases published in the project's tests.

Runs are not enough (honest students meet on the natural designs): the same runs, or runs
containing or contained in a published file's, are flagged; with near-identical notes too, a
copy. Runs merely near a published file's are one's own."""

from __future__ import annotations

import pytest

from grader.load.schemas import Copies
from grader.score.published import PublishedView, published_copy
from grader.score.reworded import own_runs
from grader.score.similar import RunSignature, note_grams

CHATTY, TERSE = "bundled/tiny-chatty", "bundled/tiny-terse"
NOTES = "On tiny-chatty the one-sentence request gave one line; on terse it ended by itself."


def runs(*prompts: str) -> frozenset[RunSignature]:
    return frozenset((CHATTY, p, False) for p in prompts)


def grams(text: str) -> frozenset[str]:
    return note_grams([text.lower()])


VIEW = PublishedView(
    runs={
        "tests/data/x/honest.yaml": runs("a story in one sentence", "a story in japanese"),
        "tests/data/y/other.yaml": runs("a cat as a list", "a cat in japanese"),
    },
    grams={"tests/data/x/honest.yaml": grams(NOTES), "tests/data/y/other.yaml": frozenset()},
    sha256={"tests/data/x/honest.yaml": "1" * 64, "tests/data/y/other.yaml": "3" * 64},
    owns={
        n: own_runs([], frozenset())
        for n in ("tests/data/x/honest.yaml", "tests/data/y/other.yaml")
    },
)


@pytest.mark.parametrize(
    ("why", "mine", "goals", "notes", "found"),
    [
        (
            "the same runs and notes",
            runs("a story in one sentence", "a story in japanese"),
            frozenset(),
            NOTES,
            ("same_runs", True),
        ),
        (
            "the same runs, own notes",
            runs("a story in one sentence", "a story in japanese"),
            frozenset(),
            "My own words about what the models did, at some length.",
            ("same_runs", False),
        ),
        (
            "a run added",
            runs("a story in one sentence", "a story in japanese", "a cat story"),
            frozenset(),
            NOTES,
            ("contained", True),
        ),
        (
            "its goal runs padded with decoys",
            runs("a story in one sentence", "a story in japanese", "x", "y", "z"),
            runs("a story in one sentence", "a story in japanese"),
            "Mine.",
            ("contained", False),
        ),
        (
            "near its runs only",
            runs("a story in one sentence", "a story as a list", "a cat story"),
            frozenset(),
            NOTES,
            None,
        ),
        ("one shared run", runs("a story in one sentence"), frozenset(), NOTES, None),
        (
            "chat switched on",
            frozenset(
                (CHATTY, p, True) for p in ("a story in one sentence", "a story in japanese")
            ),
            frozenset(),
            "Mine, at length, in my words.",
            ("same_runs", False),
        ),
    ],
)
def test_a_published_file_counts_only_by_its_runs_and_copies_only_with_its_notes(
    why: str,
    mine: frozenset[RunSignature],
    goals: frozenset[RunSignature],
    notes: str,
    found: tuple[str, bool] | None,
) -> None:
    got = published_copy(mine, goals, grams(notes), VIEW, Copies())
    assert (None if got is None else (got.how, got.notes_too)) == found, why


def test_the_file_itself_is_not_its_own_copy() -> None:
    mine = runs("a story in one sentence", "a story in japanese")
    assert published_copy(mine, frozenset(), grams(NOTES), VIEW.but("1" * 64), Copies()) is None
    assert VIEW.but("2" * 64) is VIEW


def test_a_published_file_lightly_reworded_is_found_and_one_meeting_part_of_it_is_not() -> None:
    from grader.load.schemas import Run
    from grader.score.published import published_rewording

    def file(*prompts: str) -> list[Run]:
        goals = [None, "concise", "list"]
        return [
            Run(name=f"r{i}", model=CHATTY, prompt=p, max_length=100, goal=goals[i])
            for i, p in enumerate(prompts)
        ]

    story = "Please tell me a story about a dragon."
    theirs = own_runs(
        file(story, story[:-1] + " in about 30 words.", story + " Put it in a numbered list."),
        frozenset(),
    )
    view = PublishedView({}, {}, {}, {"tests/data/x/honest.yaml": theirs})
    reworded = file(
        "Can you tell me a story about a dragon?",
        "Can you tell me a story about a dragon in about 30 words?",
        "Can you tell me a story about a dragon? Put it in a numbered list.",
    )
    assert (
        published_rewording(own_runs(reworded, frozenset()), view, Copies())
        == "tests/data/x/honest.yaml"
    )
    mine = file(story, story[:-1] + " in about 30 words.", story + " Answer in Japanese.")
    assert published_rewording(own_runs(mine, frozenset()), view, Copies()) is None


def test_passing_over_files_that_cannot_pair_finds_what_comparing_all_finds() -> None:
    """published_rewording skips the published files that share no goal design and no subject
    with the graded one; over every labelled file, it names what comparing with all names."""
    import yaml

    from grader.commands.assignment import load_assignment
    from grader.load.validate import load_submission
    from grader.score.published import published_rewording, published_view
    from grader.score.reworded import rewordings
    from grader.score.similar import shipped_view
    from grader.util.errors import UserError
    from tests.support import DATA

    loaded = load_assignment("ex1-offline")
    view, common = published_view(loaded), shipped_view(loaded).common
    found = 0
    for labels in sorted(DATA.glob("*/labels.yaml")):
        for case in yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]:
            try:
                sub = load_submission(labels.parent / f"{case}.yaml", loaded)
            except UserError:
                continue
            mine = own_runs(sub.submission.runs, common, loaded.assignment.topic)
            others = view.but(sub.sha256)
            every = next((n for n, o in others.owns.items() if rewordings(mine, o, Copies())), None)
            assert published_rewording(mine, others, Copies()) == every, case
            found += every is not None
    assert found > 20  # the labelled copies of published cases are among them
