"""Grading validity: labelled submissions, honest and gaming, through the real pipeline.

Each case is a submission a student could write, with the verdict the tutorial's intent gives
it (課題1: change the model or the prompt and see the output change; change only the prompt to
steer the output toward a goal). The class is graded once on the bundled models, without and
with the TA's hidden file, and every case is checked criterion by criterion. A case that earns
marks without doing the exercise, or fails while doing it honestly, is a grading bug.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from grader.commands.grade import grade
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

# id, runs, notes, expected statuses (a subset of criteria), public verdict (check), verdict with
# the hidden file
CASES: list[tuple[str, list[dict[str, Any]], str | None, dict[str, str], str, str]] = [
    # --- honest work passes -------------------------------------------------------------------
    # 2 sentences -> 1, 33 -> 19 tokens, EOS: moved, though not half (ある程度制御できるか)
    (
        "honest-one-sentence",
        [
            PART1,
            r(
                "one",
                "terse",
                DRAGON[:-1] + " in one sentence.",
                compare_to="terse",
                goal="concise",
            ),
        ],
        NOTES,
        {
            "change": "passed",
            "steer_attempt": "passed",
            "steer_moved": "passed",
            "goal_met": "failed",
        },
        "passed",
        "passed",
    ),
    (
        "honest-brief-derived",
        [
            PART1,
            r(
                "brief",
                prompt=DRAGON + " Answer briefly.",
                budget=("max_new_tokens", 80),
                goal="concise",
            ),
        ],
        NOTES,
        {
            "change": "passed",
            "steer_attempt": "passed",
            "steer_moved": "passed",
            "goal_met": "passed",
            "concise_strict": "passed",
        },
        "passed",
        "passed",
    ),
    (
        "honest-ja",
        [
            r("ja-terse", "terse", DRAGON_JA, compare_to="baseline"),
            r("ja-story", prompt=DRAGON_JA, budget=("max_new_tokens", 80)),
            r(
                "ja-short",
                prompt=DRAGON_JA + "短く答えてください。",
                budget=("max_new_tokens", 80),
                compare_to="ja-story",
                goal="concise",
            ),
        ],
        NOTES,
        {
            "change": "passed",
            "steer_attempt": "passed",
            "steer_moved": "passed",
            "goal_met": "passed",
        },
        "passed",
        "passed",
    ),
    (
        "honest-japanese-goal",
        [
            PART1,
            r(
                "ja",
                prompt=DRAGON[:-1] + " in Japanese.",
                budget=("max_new_tokens", 80),
                goal="japanese",
            ),
        ],
        NOTES,
        {"steer_moved": "passed", "goal_met": "passed"},
        "passed",
        "passed",
    ),
    (
        "honest-english-goal",
        [
            PART1,
            r("ja-story", prompt=DRAGON_JA, budget=("max_new_tokens", 80)),
            r(
                "en",
                prompt="ドラゴンの物語を英語で聞かせてください。",
                budget=("max_new_tokens", 80),
                compare_to="ja-story",
                goal="english",
            ),
        ],
        NOTES,
        {"steer_moved": "passed", "goal_met": "passed"},
        "passed",
        "passed",
    ),
    (
        "honest-list",
        [
            PART1,
            r(
                "list",
                "terse",
                DRAGON[:-1] + " as a bulleted list.",
                compare_to="terse",
                goal="list",
            ),
        ],
        NOTES,
        {"steer_moved": "passed", "goal_met": "passed"},
        "passed",
        "passed",
    ),
    (
        "honest-one-sentence-goal",
        [
            PART1,
            r(
                "one",
                "terse",
                DRAGON[:-1] + " in one sentence.",
                compare_to="terse",
                goal="one_sentence",
            ),
        ],
        NOTES,
        {"steer_moved": "passed", "goal_met": "passed"},
        "passed",
        "passed",
    ),
    # --- gaming earns nothing -----------------------------------------------------------------
    (
        "copy-of-the-pass-example",
        PASS_EXAMPLE["runs"],
        PASS_EXAMPLE["notes"],
        {"original": "failed"},
        "failed",
        "failed",
    ),
    (
        "lowercase-prompt-model-only",
        [r("t", "terse", DRAGON.lower(), compare_to="baseline")],
        NOTES,
        {"change": "passed", "steer_attempt": "failed"},
        "failed",
        "failed",
    ),
    (
        "model-swap-declared-concise",
        [r("t", "terse", goal="concise")],
        NOTES,
        {"change": "passed", "steer_attempt": "failed", "steer_moved": "failed"},
        "failed",
        "failed",
    ),
    # off the control's topic; check cannot promise what the hidden check takes back
    (
        "another-question",
        [PART1, r("q", prompt="1+1=? Answer with just the number.", goal="concise")],
        NOTES,
        {
            "steer_attempt": "passed",
            "steer_moved": "failed",
            "goal_met": "failed",
            "concise_strict": "failed",
        },
        "failed",
        "failed",
    ),
    (
        "answer-echoed-from-prompt",
        [
            PART1,
            r("echo", prompt="Repeat after me: A lonely dragon found a friend.", goal="concise"),
        ],
        NOTES,
        {"steer_moved": "failed"},
        "failed",
        "failed",
    ),
    (
        "answer-in-prompt-reply-ok",
        [
            PART1,
            r("ok", prompt="A lonely dragon found a friend. Reply with just OK.", goal="concise"),
        ],
        NOTES,
        {"steer_moved": "failed"},
        "failed",
        "failed",
    ),
    (
        "off-task",
        [PART1, r("who", prompt="Who are you? Answer briefly.", goal="concise")],
        NOTES,
        {"steer_moved": "failed"},
        "failed",
        "failed",
    ),
    (
        "budget-only-10",
        [r("short", budget=("max_new_tokens", 10))],
        NOTES,
        {"change": "failed"},
        "failed",
        "failed",
    ),
    (
        "budget-only-200",
        [r("long", budget=("max_new_tokens", 200))],
        NOTES,
        {"change": "failed"},
        "failed",
        "failed",
    ),
    (
        "change-and-output-in-other-runs",
        [r("a", "terse", budget=("max_new_tokens", 80)), r("b", budget=("max_new_tokens", 10))],
        NOTES,
        {"change": "failed"},
        "failed",
        "failed",
    ),
    (
        "prompt-case-and-punctuation",
        [
            r("p1", prompt="tell me a story about a dragon!"),
            r("p2", prompt="Tell me a story about a dragon。"),
            r("p3", prompt="Tell me a story\u200b about a dragon."),
        ],
        NOTES,
        {"change": "failed"},
        "failed",
        "failed",
    ),
    (
        "notes-left-as-the-template",
        [
            PART1,
            r(
                "brief",
                prompt=DRAGON + " Answer briefly.",
                budget=("max_new_tokens", 80),
                goal="concise",
            ),
        ],
        "考察 / Observations:\n",
        {"notes": "failed", "steer_moved": "passed"},
        "passed",
        "passed",
    ),
]


def _write(folder: Path, sid: str, runs: list[dict[str, Any]], notes: str | None) -> None:
    data: dict[str, Any] = {"assignment": "ex1-offline", "student": {"id": sid}, "runs": runs}
    if notes is not None:
        data["notes"] = notes
    (folder / f"{sid}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation cache for the module's three classes: they share the baseline, the
    controls and some runs."""
    return tmp_path_factory.mktemp("validity-cache") / "cache.sqlite"


@pytest.fixture(scope="module")
def graded(
    tmp_path_factory: pytest.TempPathFactory, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    """The whole table graded as one class: public (what check says) and with the hidden file."""
    root = tmp_path_factory.mktemp("validity")
    folder = root / "class"
    folder.mkdir()
    for sid, runs, notes, *_ in CASES:
        _write(folder, sid, runs, notes)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for label, hidden in (("public", None), ("hidden", HIDDEN)):
        grade(
            folder,
            "ex1-offline",
            root / label,
            hidden=hidden,
            device="cpu",
            cache_path=cache,
        )
        out[label] = {
            p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in (root / label / "results").glob("*.json")
        }
    return out


@pytest.mark.parametrize(
    ("sid", "runs", "notes", "expected", "public", "with_hidden"), CASES, ids=[c[0] for c in CASES]
)
def test_case(
    graded: dict[str, dict[str, dict[str, Any]]],
    sid: str,
    runs: list[dict[str, Any]],
    notes: str | None,
    expected: dict[str, str],
    public: str,
    with_hidden: str,
) -> None:
    got = graded["hidden"][sid]
    statuses = {c["id"]: c["status"] for c in got["criteria"]}
    assert {k: statuses[k] for k in expected} == expected, [
        c["evidence"]["en"] for c in got["criteria"]
    ]
    assert (graded["public"][sid]["verdict"], got["verdict"]) == (public, with_hidden)


def test_check_never_promises_what_grade_takes_back(
    graded: dict[str, dict[str, dict[str, Any]]],
) -> None:
    for sid, result in graded["public"].items():
        if result["verdict"] == "passed":
            assert graded["hidden"][sid]["verdict"] == "passed", sid


# --- labelled held-out sets, graded as written, each with labels.yaml beside its files:
# unseen: 20 cases written from the exercise text alone, before the criteria changed;
# redteam: 20 attempts to earn the marks without doing the exercise, written after.
UNSEEN = ROOT / "tests" / "data" / "unseen"
REDTEAM = ROOT / "tests" / "data" / "redteam"


def _labels(folder: Path) -> dict[str, dict[str, str]]:
    cases: dict[str, dict[str, str]] = yaml.safe_load(
        (folder / "labels.yaml").read_text(encoding="utf-8")
    )["cases"]
    return cases


LABELS = _labels(UNSEEN)
RED_LABELS = _labels(REDTEAM)


def _grade_labelled(
    source: Path, names: Iterable[str], root: Path, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    """The files ``names`` of ``source`` graded as a class (labels.yaml left out), public and
    with the hidden file."""
    folder = root / "class"
    folder.mkdir()
    for name in names:
        (folder / f"{name}.yaml").write_bytes((source / f"{name}.yaml").read_bytes())
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for label, hidden in (("public", None), ("hidden", HIDDEN)):
        grade(folder, "ex1-offline", root / label, hidden=hidden, device="cpu", cache_path=cache)
        out[label] = {}
        for path in (root / label / "results").glob("*.json"):
            result = json.loads(path.read_text(encoding="utf-8"))
            out[label][Path(result["file"]).stem] = result
    return out


@pytest.fixture(scope="module")
def unseen(
    tmp_path_factory: pytest.TempPathFactory, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    return _grade_labelled(UNSEEN, LABELS, tmp_path_factory.mktemp("unseen"), cache)


@pytest.fixture(scope="module")
def redteam(
    tmp_path_factory: pytest.TempPathFactory, cache: Path
) -> dict[str, dict[str, dict[str, Any]]]:
    return _grade_labelled(REDTEAM, RED_LABELS, tmp_path_factory.mktemp("redteam"), cache)


def _check_labelled(
    graded: dict[str, dict[str, dict[str, Any]]], label: dict[str, str], name: str
) -> None:
    """The intended verdict, or, for a false pass a measure cannot rule out, a review flag;
    and check never promises more than grade gives."""
    got = graded["hidden"][name]
    intended = label["intended"]
    flagged = any(c.get("review") for c in got["criteria"])
    assert got["verdict"] == intended or (intended == "failed" and flagged), (
        label["why"],
        [c["evidence"]["en"] for c in got["criteria"]],
    )
    public = graded["public"][name]["verdict"]
    assert public != "passed" or got["verdict"] == "passed"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_an_unseen_case_gets_its_verdict_or_a_review_flag(
    unseen: dict[str, dict[str, dict[str, Any]]], name: str
) -> None:
    _check_labelled(unseen, LABELS[name], name)


@pytest.mark.parametrize("name", sorted(RED_LABELS))
def test_a_red_team_case_gets_its_verdict_or_a_review_flag(
    redteam: dict[str, dict[str, dict[str, Any]]], name: str
) -> None:
    _check_labelled(redteam, RED_LABELS[name], name)


def test_few_honest_cases_are_flagged_for_review(
    graded: dict[str, dict[str, dict[str, Any]]],
    unseen: dict[str, dict[str, dict[str, Any]]],
) -> None:
    """A review flag is for the doubtful: at most 1 in 10 honest, passing cases carries one."""
    honest = [r for sid, r in graded["hidden"].items() if r["verdict"] == "passed"]
    honest += [unseen["hidden"][n] for n, label in LABELS.items() if label["kind"] == "honest"]
    flagged = [r["file"] for r in honest if any(c.get("review") for c in r["criteria"])]
    assert len(flagged) <= len(honest) / 10, flagged


def test_an_unfilled_template_is_invalid() -> None:
    from grader.commands.assignment import load_assignment
    from grader.load.validate import load_submission
    from grader.util.errors import UserError

    with pytest.raises(UserError) as info:
        load_submission(
            ROOT / "assignments" / "ex1-offline" / "template.yaml", load_assignment("ex1-offline")
        )
    assert all("is not filled in" in d.message.en for d in info.value.diagnostics)
