"""score.published: a submission against the honest cases published in the project's tests.

Runs are not enough (honest students meet on the natural designs): the same runs, or runs
containing or contained in a published file's, are flagged; with near-identical notes too, a
copy. Runs merely near a published file's are one's own."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from grader.load.schemas import Copies, Run
from grader.score.notes import note_grams, notes_alike
from grader.score.published import (
    Found,
    PublishedView,
    _any_chat,
    published_copy,
    published_notes,
)
from grader.score.reworded import own_runs
from grader.score.similar import Alike, RunSignature, patchwork, runs_alike
from tests.support import ROOT

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


def _compare_with_all(
    view: PublishedView,
    rules: Copies,
    runs: tuple[frozenset[RunSignature], frozenset[RunSignature]],
    grams: frozenset[str],
) -> Found | None:
    """published_copy without the index: every published file, in name order (``runs``: all
    the runs and the goal runs)."""
    mine, goals = _any_chat(runs[0]), _any_chat(runs[1])

    def how(theirs: frozenset[RunSignature]) -> Alike | None:
        alike = runs_alike(mine, theirs, rules)
        if alike not in (None, "near_runs"):
            return alike
        return "contained" if len(goals) >= rules.min_shared_runs and goals <= theirs else None

    first = next(((n, h) for n, r in view.runs.items() if (h := how(r))), None)
    if first is not None:
        return Found(*first, notes_alike(grams, view.grams[first[0]], rules))
    copy = patchwork(goals, view.runs, rules)
    return Found(copy.name, copy.how, False) if copy is not None else None


def test_the_index_finds_what_comparing_with_every_published_file_finds() -> None:
    """The view's index passes over the published files that cannot match (no run shared, notes
    of another size, no goal design or subject shared); over every labelled file, each lookup
    names what comparing with all the files, in name order, names."""
    import yaml

    from grader.commands.assignment import load_assignment
    from grader.load.validate import load_submission
    from grader.score.notes import notes_alike, own_keys
    from grader.score.published import published_rewording
    from grader.score.reworded import rewordings
    from grader.score.similar import run_set, shipped_view
    from grader.score.stored import published_view
    from grader.util.errors import UserError
    from tests.support import DATA

    loaded = load_assignment("ex1-offline")
    view, shipped = published_view(loaded), shipped_view(loaded)
    rules, corpus, found = Copies(), shipped.corpus(), {"copy": 0, "notes": 0, "reworded": 0}
    for labels in sorted(DATA.glob("*/labels.yaml")):
        for case in yaml.safe_load(labels.read_text(encoding="utf-8"))["cases"]:
            try:
                sub = load_submission(labels.parent / f"{case}.yaml", loaded)
            except UserError:
                continue
            runs = sub.submission.runs
            mine = own_runs(runs, shipped.common, loaded.assignment.topic)
            others = view.but(sub.sha256)
            assert view.index is not None  # built by PublishedView.__post_init__
            natural = view.index.commonness.natural
            every = next(
                (
                    n
                    for n, o in others.owns.items()
                    if rewordings(mine, o, rules) and not natural(mine, o, rules.natural_share)
                ),
                None,
            )
            assert published_rewording(mine, others, rules) == every, case
            found["reworded"] += every is not None
            notes = note_grams(own_keys(sub.submission.notes, corpus))
            every = next((n for n, g in others.grams.items() if notes_alike(notes, g, rules)), None)
            assert published_notes(notes, others, rules) == every, case
            found["notes"] += every is not None
            signatures = run_set(runs, shipped.common)
            goals = run_set([r for r in runs if r.goal], shipped.common)
            every_copy = _compare_with_all(others, rules, (signatures, goals), notes)
            assert published_copy(signatures, goals, notes, others, rules) == every_copy, case
            found["copy"] += every_copy is not None
    # the labelled copies of published cases are among them
    assert found["reworded"] > 20 and found["notes"] >= 2 and found["copy"] >= 10, found


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=10), max_size=12),
    st.frozensets(st.sampled_from("abcdefghij"), max_size=10),
    st.sampled_from([0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0]),
)
def test_notes_found_by_prefix_are_those_found_by_comparing_all(
    published: list[frozenset[str]], mine: frozenset[str], t: float
) -> None:
    """Notes of every size around the Jaccard bound's edges: the prefix filter loses none."""
    names = [f"tests/data/g/{i:02d}.yaml" for i in range(len(published))]
    view = PublishedView(
        {n: frozenset() for n in names},
        dict(zip(names, published, strict=True)),
        {n: str(i) * 64 for i, n in enumerate(names)},
        {n: own_runs([], frozenset()) for n in names},
    )
    rules = Copies(notes_similarity=t)
    every = next((n for n, g in view.grams.items() if notes_alike(mine, g, rules)), None)
    assert published_notes(mine, view, rules) == every


def test_notes_of_a_failing_published_file_are_not_ones_own() -> None:
    """pass 75: notes pasted word for word from a published file that fails (rt73-06, a gaming
    case) earned the notes point; its notes are published now, its runs are not. A failing
    file's notes alike a passing file's (a copy of them) are left out: they would make the
    honest original look copied."""
    from grader.commands.assignment import load_assignment
    from grader.load.published import published
    from grader.score.notes import own_keys
    from grader.score.similar import shipped_view
    from grader.score.stored import published_view

    loaded = load_assignment("ex1-offline")
    view, corpus, rules = published_view(loaded), shipped_view(loaded).corpus(), Copies()
    files = {f.name: f for f in published(loaded.folder)}
    source = "tests/data/redteam73/rt73-06.yaml"  # rt75-10 pasted its notes
    assert files[source].notes_only and source not in view.runs
    pasted = note_grams(own_keys(files[source].notes, corpus))
    assert published_notes(pasted, view, rules) is not None
    failing = [n for n in view.grams if n not in view.runs]
    assert len(failing) > 100 and all(files[n].notes_only for n in failing)
    assert all(published_notes(view.grams[n], view, rules) is not None for n in failing[::10])
    # none alike a passing file's: those are left out (the original's copies)
    assert not any(
        notes_alike(view.grams[n], view.grams[p], rules) for n in failing for p in view.runs
    )


@pytest.mark.parametrize(
    "source",
    ["tests/data/valid.yaml", "tests/data/verdicts/concise-unmoved.yaml"],
)
def test_notes_pasted_from_a_fixture_outside_the_labelled_sets_are_not_ones_own(
    source: str,
) -> None:
    """pass 81: notes copied from a test fixture that has no label earned the notes point.
    Every submission under tests/data with notes is in the index, its runs left out, and the
    fixtures' text is shipped prose."""
    from grader.commands.assignment import load_assignment
    from grader.load.published import published
    from grader.score.notes import own_keys
    from grader.score.similar import shipped_view
    from grader.score.stored import published_view

    loaded = load_assignment("ex1-offline")
    view, corpus = published_view(loaded), shipped_view(loaded).corpus()
    files = {f.name: f for f in published(loaded.folder)}
    assert files[source].notes_only and not files[source].runs
    notes = files[source].notes
    assert notes and notes == yaml.safe_load((ROOT / source).read_text())["notes"]
    # no sentence of them is one's own (the fixtures' text is shipped prose, pass 84), and were
    # they reworded past that, the published index still finds them alike
    assert not own_keys(notes, corpus)
    assert published_notes(note_grams(own_keys(notes, "")), view, Copies()) is not None


def test_a_reworded_copy_with_a_goal_relabelled_to_one_its_words_do_not_ask_for_is_found() -> None:
    """pass 84: rt84-06 copied rt30-11 lightly reworded, its Japanese request labelled list;
    each of its goal labels, swapped for any other, is still the same copy."""
    from grader.commands.assignment import load_assignment
    from grader.load.schemas import Run
    from grader.score.published import published_rewording
    from grader.score.similar import shipped_view
    from grader.score.stored import published_view

    loaded = load_assignment("ex1-offline")
    view, common = published_view(loaded), shipped_view(loaded).common
    story = "Tell me a story about a dragon who is scared of heights."
    prompts = [
        (story, None, None),
        (story, None, "cliff"),
        (story + " Please tell it in just one sentence.", "one_sentence", "cliff"),
        (story + " If possible, could you write it in Japanese?", "japanese", "cliff"),
    ]
    for swapped in ("list", "concise", "english", "one_sentence"):
        runs = [
            Run(
                name="cliff" if i == 0 else f"r{i}",
                model=TERSE if i == 1 else CHATTY,
                prompt=p,
                max_new_tokens=84,
                goal=swapped if goal == "japanese" else goal,
                compare_to=to,
            )
            for i, (p, goal, to) in enumerate(prompts)
        ]
        found = published_rewording(own_runs(runs, common, loaded.assignment.topic), view, Copies())
        assert found == "tests/data/redteam30/rt30-11.yaml", swapped


def test_no_unlabelled_fixture_has_runs_worth_indexing_as_a_copy_source() -> None:
    """pass 115 copied tests/data/verdicts/concise-unmoved.yaml and tests/data/tokens/chat_run.yaml,
    which the index holds for their notes only. Their runs need no index: past the template swap
    every honest student has, each fixture under tests/data outside the labelled sets has one run
    at most, and a file that shares one run is no copy (``min_shared_runs``, as for a published
    case). A fixture with more would be a copy source: index its runs before adding it."""
    from grader.commands.assignment import load_assignment
    from grader.load.strict_yaml import load_file
    from grader.score.similar import run_set, shipped_view
    from grader.util.errors import UserError

    loaded = load_assignment("ex1-offline")
    common, rules = shipped_view(loaded).common, loaded.assignment.copies
    data = ROOT / "tests" / "data"
    labelled = {labels.parent for labels in data.glob("*/labels.yaml")}
    sizes = {}
    for path in sorted(data.rglob("*.yaml")):
        try:
            submission = load_file(path).data
        except UserError:
            continue
        if labelled & set(path.parents) or not isinstance(submission, dict):
            continue
        runs = [r for r in submission.get("runs") or [] if isinstance(r, dict) and "prompt" in r]
        if submission.get("assignment") == "ex1-offline" and runs:
            specs = [s for i, r in enumerate(runs) if (s := _valid_run(r | {"name": f"r{i}"}))]
            sizes[path.relative_to(data).as_posix()] = len(run_set(specs, common))
    assert {"verdicts/concise-unmoved.yaml", "tokens/chat_run.yaml", "valid.yaml"} <= set(sizes)
    assert max(sizes.values()) < rules.min_shared_runs, sizes


def _valid_run(raw: dict[str, object]) -> Run | None:
    """A fixture's run, or None for one made malformed on purpose (tests/data/bad)."""
    try:
        return Run.model_validate(raw)
    except ValidationError:
        return None
