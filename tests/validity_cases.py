"""The labelled submissions of :mod:`tests.test_validity`: each case a submission a student could
write (its runs and notes), the statuses it must get on some criteria, and its verdict from
``check`` and with the TA's hidden file. Honest work passes; gaming earns nothing."""

from __future__ import annotations

from typing import Any

from tests.validity_runs import DRAGON, DRAGON_JA, NOTES, PART1, PASS_EXAMPLE, r

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
