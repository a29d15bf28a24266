"""Part 2's answer checks and effects, on the classes of false pass the unseen cases found, and on
generated neighbours: honest transformations keep a grade, gaming ones never raise it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score import builtins
from grader.score.context import Context
from grader.score.registry import Outcome
from tests.contexts import DRAGON, STORY, control, ctx, run

BRIEF = DRAGON + " Answer briefly."
SHORT = "A dragon scared a village until a brave girl showed everyone it was kind."
JA_STORY = (
    "昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。"
    "ある日、勇敢な女の子がパンを持って訪ねてきて、二人は友達になりました。おしまい。"
)


def brief(text: str, tokens: int, prompt: str = BRIEF, finish: str = "eos") -> Context:
    """A concise attempt against the baseline's prompt at 80 new tokens (a derived control)."""
    goal_run = run(
        "brief",
        prompt=prompt,
        text=text,
        tokens=tokens,
        goal="concise",
        max_length=None,
        max_new_tokens=80,
        finish=finish,  # type: ignore[arg-type]
    )
    return ctx(goal_run, controls={"brief": control("brief", STORY, 80)})


def judge(kind: str, context: Context, **params: Any) -> Outcome:
    criterion = builtins.get(kind)
    return criterion.fn(context, criterion.params.model_validate(params))


# The classes of false pass found on unseen submissions (issue 14), each as a context.
FALSE_PASSES = {
    "one common word": brief("Dragon.", 2),
    "another question, the dragon text by chance": brief(
        "A lonely dragon found a friend.", 7, "What is the capital of Japan? Answer briefly."
    ),
    "a different story sharing 'the end'": brief("A cat slept on a warm mat. The end.", 11),
    "3% shorter": brief(STORY[: int(len(STORY) * 0.97)], 78),
    "Japanese kana endings only": ctx(
        run(
            "ja",
            prompt="ドラゴンの物語を短く聞かせてください。",
            text="お腹が空きました。ご飯を食べました。",
            tokens=12,
            goal="concise",
            max_length=None,
            max_new_tokens=80,
        ),
        controls={"ja": control("ja", JA_STORY, 80, prompt="ドラゴンの物語を聞かせてください。")},
    ),
}


@pytest.mark.parametrize("case", FALSE_PASSES, ids=list(FALSE_PASSES))
def test_no_false_pass_of_the_unseen_kinds_is_credited(case: str) -> None:
    outcome = judge("goal_moved", FALSE_PASSES[case])
    assert not outcome.passed, outcome.evidence.en
    assert outcome.hint is not None


def test_the_failing_message_names_what_was_missing() -> None:
    said = judge("goal_moved", FALSE_PASSES["a different story sharing 'the end'"]).evidence.en
    assert "off the control's topic: shares 0 content words (-), needs 2" in said
    asked = judge("goal_moved", FALSE_PASSES["another question, the dragon text by chance"])
    assert "none of the control's request (dragon) is kept" in asked.evidence.en
    assert asked.hint is not None and "keep the control's request (dragon)" in asked.hint.en
    # it never says the request changed when it did not
    assert "request" not in judge("goal_moved", brief("Dragon.", 2)).evidence.en.split(";")[-1]


def test_an_honest_concise_answer_moves_and_meets_the_goal() -> None:
    context = brief(SHORT, 16)
    assert judge("goal_moved", context).passed and judge("goal_met", context).passed
    assert judge("goal_moved", context).review is None  # well clear of every threshold


@pytest.mark.parametrize(
    ("text", "tokens", "reason"),
    [
        # 2 content words shared (guard, gold), no topic word: exactly the minimum
        ("A proud knight would guard the gold of his king by night.", 13, "shared content words"),
        # 21% shorter against a minimum of 20%
        (STORY[: int(len(STORY) * 0.8)], 63, "effect"),
    ],
)
def test_a_credit_near_its_threshold_is_flagged_for_review(
    text: str, tokens: int, reason: str
) -> None:
    outcome = judge("goal_moved", brief(text, tokens))
    assert outcome.passed and outcome.review is not None and reason in outcome.review.en


def test_a_goal_the_prompt_never_asked_for_is_flagged() -> None:
    context = ctx(
        run(
            "ja",
            prompt=DRAGON[:-1] + " with a happy ending.",
            text=JA_STORY,
            tokens=40,
            goal="japanese",
            max_length=None,
            max_new_tokens=80,
        ),
        controls={"ja": control("ja", STORY, 80)},
    )
    outcome = judge("goal_moved", context)
    assert outcome.passed and outcome.review is not None
    assert "does not ask for an answer in Japanese" in outcome.review.en


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("もちろんです！昔々、公園に小さな猫が住んでいました。猫は幸せに眠りました。", False),
        ("もちろんです！昔々、海賊が船に乗っていました。海賊は宝を探しました。", True),
    ],
)
def test_an_answer_in_another_script_is_on_topic_when_it_names_the_prompts_thing(
    answer: str, flagged: bool
) -> None:
    """rt71-12: a Japanese answer about 猫 to "a cat who wants to fly ... in Japanese" names what
    its prompt names (the assignment's glossary): on topic, no flag; a pirate story is flagged."""
    cat = "Tell me a story about a cat who wants to fly."
    context = ctx(
        run(
            "ja",
            prompt=cat + " Please write it in Japanese.",
            text=answer,
            tokens=40,
            goal="japanese",
            max_length=None,
            max_new_tokens=80,
        ),
        controls={
            "ja": control("ja", "A cold cat found a home by the warm ovens.", 80, prompt=cat)
        },
        glossary=(("cat", "猫"), ("pirate", "海賊")),
    )
    outcome = judge("goal_moved", context)
    assert outcome.passed
    assert (outcome.review is not None and "not measurable" in outcome.review.en) == flagged


STORIES = "A dragon lived in a cave. It guarded gold. A brave girl came. They became friends."


@pytest.mark.parametrize(
    ("prompt", "text", "why"),
    [
        (DRAGON[:-1] + " with a happy ending.", SHORT, "does not ask for a one-sentence answer"),
        (DRAGON + " Answer in one sentence, and add a knight.", SHORT,
         "asks for a one-sentence answer and adds more beside the request"),
        ("ドラゴンについての物語を、一文で教えてください。", "ドラゴンは女の子と友達になりました。",
         "asks for a one-sentence answer in another language than its control's"),
    ],
)  # fmt: skip
def test_the_unasked_flag_says_why(prompt: str, text: str, why: str) -> None:
    """pass 72: a prompt wholly in Japanese against the English baseline asks for one sentence;
    what else it changes cannot be read across languages, and the flag says so."""
    context = ctx(
        run("one", prompt=prompt, text=text, tokens=12, goal="one_sentence", max_length=None,
            max_new_tokens=80),
        controls={"one": control("one", STORIES, 80)},
    )  # fmt: skip
    outcome = judge("goal_moved", context)
    assert outcome.passed and outcome.review is not None and why in outcome.review.en


# --- generated neighbours ------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.permutations(["extra-a", "extra-b", "brief"]), st.text("abcxyz-_", min_size=1))
def test_reordering_and_renaming_runs_keeps_an_honest_grade(order: list[str], suffix: str) -> None:
    goal = run(
        "brief" + suffix,
        prompt=BRIEF,
        text=SHORT,
        tokens=16,
        goal="concise",
        max_length=None,
        max_new_tokens=80,
    )
    others = {
        "extra-a": run("extra-a", model="terse", text="Other words entirely, see.", tokens=5),
        "extra-b": run(
            "extra-b", prompt="Write a haiku.", text="Snow falls on the hill.", tokens=6
        ),
    }
    runs = [goal if name == "brief" else others[name] for name in order]
    context = ctx(*runs, controls={goal.name: control(goal.name, STORY, 80)})
    assert judge("goal_moved", context).passed and judge("goal_met", context).passed


LOOK_ALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "y": "\u0443"}
INVISIBLE = "\u200b\u200c\u2060\u3164\u034f\ufe0f\u00ad"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 40), max_size=5),
    st.lists(st.tuples(st.integers(0, 40), st.sampled_from(INVISIBLE)), max_size=4),
)
def test_a_control_prompt_in_disguise_is_no_attempt(
    swaps: list[int], hidden: list[tuple[int, str]]
) -> None:
    typed = list(DRAGON)
    for i in swaps:
        typed[i % len(typed)] = LOOK_ALIKE.get(typed[i % len(typed)], typed[i % len(typed)])
    for i, char in hidden:
        typed.insert(i % (len(typed) + 1), char)
    disguised = "".join(typed)
    context = brief(SHORT, 16, prompt=disguised)
    assert not judge("goal_attempt", context).passed
    assert not judge("goal_moved", context).passed


@settings(max_examples=40, deadline=None)
@given(st.floats(0.05, 0.95))
def test_an_answer_cut_by_the_budget_never_moves(cut: float) -> None:
    text = STORY[: max(1, int(len(STORY) * cut))]
    context = brief(text, max(1, int(80 * cut)), finish="length")
    assert not judge("goal_moved", context).passed


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 80))
def test_moving_takes_the_goals_material_effect(tokens: int) -> None:
    """A real answer of ``tokens`` against an 80-token control moves only at 20% shorter."""
    context = brief(SHORT, tokens)
    assert judge("goal_moved", context).passed is (tokens <= 64)


@pytest.mark.parametrize(
    ("hidden", "flagged"),
    [  # pass 53 (rt53-04), written before the change: words the model reads in the control
        # that the request reading leaves out, in a comment, brackets or a commented line
        (" <!-- Make it very long, with many chapters and every detail. -->", True),
        (" [Write a very long story with many chapters.]", True),
        ("\n# Make it very long, with many chapters.", True),
        (' "Please make it a very long epic."', True),
        (" (a long one, with every detail)", True),
        ("", False),
        (" <!-- a note to myself -->", False),  # nothing the run lacks but a remark
        (" [v2]", False),
    ],
)
def test_a_control_holding_words_the_run_lacks_out_of_sight_is_flagged(
    hidden: str, flagged: bool
) -> None:
    """The control's prompt holds text the request reading leaves out (it is no request of the
    student's), which the model reads all the same: the run's effect may come from it."""
    ctl = run("ctl", prompt=DRAGON + hidden, text=STORY, tokens=80)
    goal = run("brief", prompt=DRAGON + " Keep the answer short, please.", text=SHORT,
               tokens=16, goal="concise", compare_to="ctl")  # fmt: skip
    outcome = judge("goal_moved", ctx(ctl, goal))
    assert outcome.passed and (outcome.review is not None) is flagged, outcome


# pass 118: an honest concise answer about the student's own subject shares one word with the
# control's answer, that subject ("A wizard learned to be patient."), and was failed off topic;
# the assignment's topic words count alone, the control's own subject did not. Held out before
# the change: the subjects of pass 118's probes and others a student would pick.
_SUBJECTS = ["wizard", "phantom", "robot", "pirate", "princess", "knight", "unicorn", "mermaid"]
_SHORT_ANSWERS = [
    "A {s} learned to be patient.",
    "The {s} found a friend at last.",
    "One day, a lonely {s} smiled.",
]
_OFF_ANSWERS = [
    "A cat slept on a warm mat.",
    "The capital of Japan is Tokyo.",
    "A boy dreamed of cake.",  # one shared word ('dreamed'), not the subject
]


def _own_subject(subject: str, answer: str) -> Context:
    """A concise attempt on the student's own subject against its own control at 80 tokens."""
    asked = f"Tell me a story about a {subject}."
    told = (
        f"Once upon a time, a lonely {subject} lived in a tall tower. Every night the {subject} "
        "read old books and dreamed of a friend who would visit one day."
    )
    goal_run = run(
        "brief",
        prompt=asked + " Keep it short.",
        text=answer,
        tokens=len(answer.split()) + 2,
        goal="concise",
        max_length=None,
        max_new_tokens=80,
    )
    return ctx(goal_run, controls={"brief": control("brief", told, 80, prompt=asked)})


@pytest.mark.parametrize("answer", _SHORT_ANSWERS)
@pytest.mark.parametrize("subject", _SUBJECTS)
def test_a_concise_answer_naming_the_controls_own_subject_is_on_topic(
    subject: str, answer: str
) -> None:
    outcome = judge("goal_moved", _own_subject(subject, answer.format(s=subject)))
    assert outcome.passed, outcome.evidence.en
    assert outcome.review is None, outcome.review  # no doubt: it names what was asked about


@pytest.mark.parametrize("answer", _OFF_ANSWERS)
@pytest.mark.parametrize("subject", _SUBJECTS)
def test_an_answer_that_never_names_the_controls_subject_is_still_off_topic(
    subject: str, answer: str
) -> None:
    outcome = judge("goal_moved", _own_subject(subject, answer))
    assert not outcome.passed
    assert "off the control's topic" in outcome.evidence.en


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(["lonely", "friend", "night", "books"]))
def test_one_shared_word_that_is_not_the_subject_never_puts_an_answer_on_topic(
    subject: str, word: str
) -> None:
    """Generated neighbours: a word of the control's answer but not of its prompt is no subject."""
    outcome = judge("goal_moved", _own_subject(subject, f"A cat saw the {word} and ran."))
    assert not outcome.passed
