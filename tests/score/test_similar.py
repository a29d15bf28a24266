"""score.similar: one measure of "a copy", against generated neighbours of a shipped file.

A copy stays a copy when only what does not decide the answer changes (the budgets, nudged by
any amount or declared the other way), and a file that mirrors a shipped one run for run with
its prompts reworded is recognised (for a review flag); honest designs of one's own are not.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.schemas import Copies, Run
from grader.score.similar import design, first_copy, mirrors, run_set, runs_alike
from tests.support import OFFLINE

PASS: list[dict[str, Any]] = yaml.safe_load(
    (OFFLINE / "examples" / "pass.yaml").read_text(encoding="utf-8")
)["runs"]
REWORDED = {  # each instruction of the example in other words
    "in one sentence": "in a single sentence",
    "Answer briefly": "Be brief",
    "in Japanese": "in the Japanese language",
}


def _runs(raw: list[dict[str, Any]]) -> list[Run]:
    return [Run.model_validate(r) for r in raw]


def _designs(raw: list[dict[str, Any]]) -> frozenset[Any]:
    return frozenset(design(r, r.goal, r.compare_to) for r in _runs(raw))


def _rebudget(run: dict[str, Any], budget: int, as_length: bool) -> dict[str, Any]:
    out = {k: v for k, v in run.items() if k not in ("max_length", "max_new_tokens")}
    return {**out, ("max_length" if as_length else "max_new_tokens"): budget}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(20, 200), st.booleans()), min_size=4, max_size=4))
def test_a_copy_with_its_budgets_changed_is_still_a_copy(budgets: list[tuple[int, bool]]) -> None:
    copy = [_rebudget(r, n, as_length) for r, (n, as_length) in zip(PASS, budgets, strict=True)]
    mine, shipped = run_set(_runs(copy)), run_set(_runs(PASS))
    assert runs_alike(mine, shipped, Copies()) == "same_runs"


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(REWORDED)), st.integers(0, 2))
def test_a_reworded_copy_mirrors_the_example(order: list[str], extra: int) -> None:
    """Reworded in any order, with runs of one's own added: still the example's experiment."""
    reworded = []
    for run in PASS:
        prompt = run["prompt"]
        for old in order:
            prompt = prompt.replace(old, REWORDED[old])
        reworded.append({**run, "name": run["name"] + "-mine", "prompt": prompt})
    own = [
        {"name": f"own{i}", "model": "bundled/tiny-terse", "prompt": f"{i}+{i}=?", "max_length": 60}
        for i in range(extra)
    ]
    assert mirrors(_designs(reworded + own), _designs(PASS))


def test_an_own_design_of_the_same_shape_does_not_mirror() -> None:
    """The reference's shape (control, model swap, a goal), on another request: one's own."""
    ref = yaml.safe_load((OFFLINE / "reference" / "submissions" / "ref-math.yaml").read_text())
    story = [{**r, "prompt": "Tell me a short story about a cat."} for r in ref["runs"]]
    story[0]["prompt"] = story[1]["prompt"] = "Tell me a story about a cat."
    assert not mirrors(_designs(story), _designs(ref["runs"]))


MODELS = ["bundled/tiny-chatty", "bundled/tiny-terse"]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_the_examples_goal_runs_on_other_settings_mirror_it(data: st.DataObject) -> None:
    """The shipped requests for each goal, moved onto another model, chat setting, budget or
    comparison (as written, or with a word of their own added), with the part-1 run changed
    too: still the example's experiment (red team: chat added, models swapped, budget kinds
    flipped)."""
    moved = []
    for run in PASS:
        prompt = run["prompt"]
        if data.draw(st.booleans()):
            prompt = prompt.rstrip(".") + ", please."
        budget = data.draw(st.integers(20, 200))
        moved.append(
            {
                **_rebudget(run, budget, data.draw(st.booleans())),
                "name": run["name"] + "-moved",
                "prompt": prompt,
                "model": data.draw(st.sampled_from(MODELS)),
                "chat": data.draw(st.booleans()),
            }
        )
    assert mirrors(_designs(moved), _designs(PASS))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["a cat", "a robot", "the sea", "猫"]), st.booleans())
def test_the_same_goals_asked_of_ones_own_request_do_not_mirror(topic: str, chat: bool) -> None:
    """The example's goals with one's own request for them: one's own experiment."""
    own = [
        {
            **r,
            "name": r["name"] + "-own",
            "prompt": r["prompt"].replace("Tell me a story about a dragon", f"Describe {topic}"),
            "chat": chat,
        }
        for r in PASS
    ]
    assert not mirrors(_designs(own), _designs(PASS))


TOPICS = ["a cat", "a knight", "a princess", "the sea", "a robot"]


def _goal_runs(names: list[str]) -> list[dict[str, Any]]:
    return [r for r in PASS if r.get("goal") and r["name"] in names]


@settings(max_examples=60, deadline=None)
@given(
    st.sets(st.sampled_from(["one-sentence", "concise", "japanese"]), min_size=2),
    st.lists(st.tuples(st.sampled_from(TOPICS), st.sampled_from(MODELS)), max_size=5),
)
def test_the_examples_goal_runs_padded_with_other_requests_are_a_copy(
    names: set[str], padding: list[tuple[str, str]]
) -> None:
    """The example's goal runs word for word, however many runs of other requests pad the file
    (the third red team: three topic runs brought the run sets' Jaccard to 0.33)."""
    goals = _goal_runs(sorted(names))
    pads = [
        {"name": f"pad{i}", "model": m, "prompt": f"Tell me a story about {t}.", "max_length": 100}
        for i, (t, m) in enumerate(padding)
    ]
    runs = _runs(goals + pads)
    copy = first_copy(
        run_set(runs),
        {"pass.yaml": run_set(_runs(PASS))},
        Copies(),
        run_set([r for r in runs if r.goal]),
    )
    assert copy is not None and copy[0] == "pass.yaml", copy


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["one-sentence", "concise", "japanese"]),
    st.lists(st.tuples(st.sampled_from(TOPICS), st.sampled_from(MODELS)), min_size=2, max_size=4),
)
def test_one_goal_run_of_the_example_among_ones_own_is_not_a_copy(
    name: str, own: list[tuple[str, str]]
) -> None:
    """One of the example's requests beside goal runs on one's own requests: one's own work."""
    goals = _goal_runs([name]) + [
        {
            "name": f"own{i}",
            "model": m,
            "prompt": f"Tell me a story about {t} in one sentence.",
            "max_length": 100,
            "goal": "one_sentence",
        }
        for i, (t, m) in enumerate(dict(own).items())
    ]
    runs = _runs(goals)
    shipped = {"pass.yaml": run_set(_runs(PASS))}
    assert first_copy(run_set(runs), shipped, Copies(), run_set(runs)) is None


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([(2, 0), (2, 1), (3, 0), (3, 1), (3, 2), (3, 3)]),
    st.lists(st.tuples(st.sampled_from(TOPICS), st.sampled_from(MODELS)), min_size=3, max_size=3),
)
def test_the_examples_goal_runs_beside_decoy_goal_runs_are_a_copy(
    counts: tuple[int, int], decoys: list[tuple[str, str]]
) -> None:
    """The example's goal runs with decoy goal runs of other requests beside them, as long as
    the goal runs are alike by the copy measure (the fourth red team: one junk goal run)."""
    copied, extra = counts
    names = ["one-sentence", "concise", "japanese"][:copied]
    runs = _runs(
        _goal_runs(names)
        + [
            {
                "name": f"decoy{i}",
                "model": m,
                "prompt": f"About {t} {i}.",
                "goal": "list",
                "max_length": 9,
            }
            for i, (t, m) in enumerate(decoys[:extra])
        ]
    )
    goals = run_set([r for r in runs if r.goal])
    shipped = {"pass.yaml": run_set(_runs(PASS))}
    copy = first_copy(run_set(runs), shipped, Copies(), goals, {"pass.yaml": _designs(PASS)})
    assert copy is not None and copy[0] == "pass.yaml", (counts, copy)


def test_the_baseline_and_template_runs_are_common_with_or_without_chat() -> None:
    """Two students who both run the baseline's request through the chat template share only
    what every student may write (the sixth red team's clusters of two independent files)."""
    from grader.commands.assignment import load_assignment
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    plain = [(m, k, c) for m, k, c in view.common if not c]
    assert plain and all((m, k, True) in view.common for m, k, _ in plain)


def test_ones_own_wording_of_the_examples_three_goals_does_not_mirror_it() -> None:
    """The three goals every student sees in the example, asked in one's own words on other
    settings (the seventh red team's honest file), are one's own experiment; the example's own
    requests moved there are not (test above)."""
    own = {
        "one-sentence": "Can you tell me a story about a dragon in just one sentence?",
        "concise": "Tell me a story about a dragon. Keep it short please.",
        "japanese": "Tell me a story about a dragon. Please write it in Japanese.",
    }
    runs = [
        {
            **r,
            "name": r["name"] + "-own",
            "prompt": own.get(r["name"], r["prompt"]),
            "max_length": 100,
        }
        for r in PASS
    ]
    runs = [{k: v for k, v in r.items() if k != "max_new_tokens"} for r in runs]
    assert not mirrors(_designs(runs), _designs(PASS))


REFERENCES = OFFLINE / "reference" / "submissions"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["one-sentence", "concise", "japanese"]), st.booleans())
def test_goal_runs_taken_from_several_shipped_files_are_a_copy(name: str, compared: bool) -> None:
    """A patchwork: one goal run of the example and one of a reference submission (the eighth
    red team), whatever the comparison each declares."""
    ref = yaml.safe_load((REFERENCES / "ref-ja.yaml").read_text(encoding="utf-8"))["runs"]
    theirs = next(r for r in ref if r.get("goal"))
    if not compared:
        theirs = {k: v for k, v in theirs.items() if k != "compare_to"}
    runs = _runs([*_goal_runs([name]), {**theirs, "name": "mine"}])
    shipped = {"pass.yaml": run_set(_runs(PASS)), "ref-ja.yaml": run_set(_runs(ref))}
    copy = first_copy(run_set(runs), shipped, Copies(), run_set([r for r in runs if r.goal]))
    both = shipped["pass.yaml"] | shipped["ref-ja.yaml"]
    assert copy == ("pass.yaml + ref-ja.yaml", "contained", both), copy
