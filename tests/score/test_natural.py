"""score.natural: a design as common as "a cat" asked for "in Japanese" is no evidence of a copy
of the published file that has it too; a published file's rare wording, copied onto a common
subject, still is.

The rows were written before the measure (pass 120's honest students met published files on the
obvious designs: rt120-01 and rt120-06 a cat in Japanese as u07, rt120-08 a robot in one sentence
as rt55-15; rt119-12 "a cat who loves fish" in Japanese as rt51-13's dragon who loves rain). A row
of "a cat who loves fish" with "Could you answer in Japanese?" (rt51-13's one wording) was a known
limit; since pass 119 is published, that subject is rt119-12's own and the row left."""

from __future__ import annotations

import itertools

import pytest

from grader.commands.assignment import load_assignment
from grader.load.schemas import Copies, Run
from grader.score.natural import Commonness, whole
from grader.score.published import published_copy, published_rewording, unless_natural
from grader.score.reworded import Own, own_runs
from grader.score.similar import run_set, shipped_view
from grader.score.stored import published_view

LOADED = load_assignment("ex1-offline")
VIEW, SHIPPED = published_view(LOADED), shipped_view(LOADED)
TOPIC = tuple(LOADED.assignment.topic)
CHATTY, TERSE = "bundled/tiny-chatty", "bundled/tiny-terse"

SUBJECTS = {  # subjects at least one published file in a hundred is about
    "en": ["a cat", "a robot", "a knight", "a dragon and a knight"],
    "ja": ["猫の話をしてください。", "猫のお話を聞かせて。"],
}
REQUESTS = {  # the first wording a student reaches for, per goal and language
    "en": [
        ("japanese", "Please answer in Japanese."),
        ("japanese", "Answer in Japanese."),
        ("japanese", "Could you answer in Japanese?"),
        ("one_sentence", "Answer in one sentence."),
        ("one_sentence", "Please answer in one sentence."),
        ("list", "Use bullet points."),
        ("list", "Please answer with bullet points."),
        ("concise", "Keep it short."),
        ("concise", "Please answer briefly."),
    ],
    "ja": [
        ("english", "英語で答えてください。"),
        ("concise", "短く答えてください。"),
        ("one_sentence", "一文で答えてください。"),
    ],
}


def run(name: str, model: str, prompt: str, goal: str | None = None, budget: int = 80) -> Run:
    compare = None if name == "control" else "control"
    return Run(
        name=name,
        model=model,
        prompt=prompt,
        max_new_tokens=budget,
        goal=goal,
        compare_to=compare,
    )


def natural(lang: str, subject: str, asks: list[tuple[str, str]], budget: int) -> list[Run]:
    """An honest student's file on ``subject``: the control on both models, one goal run each."""
    control = subject if lang == "ja" else f"Tell me a story about {subject}."
    space = " " if lang == "en" else ""
    return [
        run("control", CHATTY, control, budget=budget),
        run("terse", TERSE, control, budget=budget),
        *(
            run(f"goal{i}", CHATTY, f"{control}{space}{text}", g, budget)
            for i, (g, text) in enumerate(asks)
        ),
    ]


RARE = {  # (subject, requests, budget): a known limit, a wording one published file has
    ("猫のお話を聞かせて。", "英語で答えてください。+一文で答えてください。", 80): (
        "rt100-14's 一文だけでいいよ shares 一文で and a だ with it: Japanese words are character "
        "pairs, so an unrelated pair makes the shared request rare"
    ),
    **{
        (subject, "一文で答えてください。", budget): (
            "rt123-14 (pass 123, honest) is 猫の話をしてください。 asked 一文で, and "
            "fewer than one published file in two hundred words a Japanese request so: the "
            "published Japanese wordings are too varied for the plainest one to count as common"
        )
        for subject, budget in [
            ("猫の話をしてください。", 80),
            ("猫の話をしてください。", 100),
            ("猫のお話を聞かせて。", 80),
        ]
    },
}
"""Two words common alone are rare together in a corpus this size: "a cat who loves the sea"
meets rt119-12's "a cat who loves fish" on both, a fair doubt (rt38-12/rt57-13 share a verb)."""


def _joined(asks: tuple[tuple[str, str], ...]) -> str:
    return "+".join(a for _, a in asks)


def _row(lang: str, subject: str, asks: tuple[tuple[str, str], ...], budget: int) -> object:
    limits = [
        why
        for (s, text, b), why in RARE.items()
        if (s, b) == (subject, budget) and text in (*(a for _, a in asks), _joined(asks))
    ]
    marks = [pytest.mark.xfail(strict=True, reason=limits[0])] if limits else []
    label = f"{lang}-{subject}-{_joined(asks)}-{budget}"
    return pytest.param(lang, subject, list(asks), budget, marks=marks, id=label)


NATURAL = [
    (lang, subject, asks, budget)
    for lang in ("en", "ja")
    for subject in SUBJECTS[lang]
    for n in (1, 2)
    for asks in itertools.combinations(REQUESTS[lang], n)
    if len({g for g, _ in asks}) == n
    for budget in (80, 100)
]


def _flag(runs: list[Run]) -> str | None:
    """The published file ``original_work`` would name for these runs (its two measures)."""
    mine = run_set(runs, SHIPPED.common)
    goals = run_set([r for r in runs if r.goal], SHIPPED.common)
    own = own_runs(runs, SHIPPED.common, TOPIC)
    found = published_copy(mine, goals, frozenset(), VIEW, Copies())
    found = unless_natural(found, own, VIEW, Copies())
    return found.name if found else published_rewording(own, VIEW, Copies())


@pytest.mark.parametrize(("lang", "subject", "asks", "budget"), [_row(*r) for r in NATURAL])
def test_a_natural_design_on_a_common_subject_is_nobody_s_copy(
    lang: str, subject: str, asks: list[tuple[str, str]], budget: int
) -> None:
    assert _flag(natural(lang, subject, asks, budget)) is None


def _copy(source: str, edit: str) -> list[Run]:
    """A published file's runs with one light disguise (``edit``)."""
    from grader.load.validate import load_submission
    from tests.support import ROOT

    runs = list(load_submission(ROOT / "tests" / "data" / f"{source}.yaml", LOADED).submission.runs)
    if edit == "stop word":
        edited = (r.prompt.replace(" a ", " the ", 1).replace("話を", "お話を") for r in runs)
        return [r.model_copy(update={"prompt": p}) for r, p in zip(runs, edited, strict=True)]
    if edit == "budget":
        return [r.model_copy(update={"max_new_tokens": (r.max_new_tokens or 80) + 1}) for r in runs]
    if edit == "run added":
        last = runs[-1]
        extra = (
            f"{runs[0].prompt} Use bullet points."
            if runs[0].prompt.isascii()
            else (runs[0].prompt + "箇条書きにしてください。")
        )
        return [*runs, last.model_copy(update={"name": "extra", "prompt": extra, "goal": "list"})]
    if edit == "courtesy":
        return [r.model_copy(update={"prompt": f"{r.prompt} Thanks!"}) for r in runs]
    raise AssertionError(edit)


COPIED = [  # published honest files on a common subject, each with a wording of its own
    ("redteam118/rt118-02", "短めにしていただけますでしょうか"),
    ("redteam45/rt45-13", "Answer briefly, in one sentence."),
    ("redteam97/rt97-14", "Put the events in a numbered list."),
    ("redteam103/rt103-11", "Please write it in Japanese."),
]


@pytest.mark.parametrize("edit", ["stop word", "budget", "run added", "courtesy"])
@pytest.mark.parametrize(("source", "wording"), COPIED)
def test_a_copied_wording_on_a_common_subject_is_still_a_copy(
    source: str, wording: str, edit: str
) -> None:
    runs = _copy(source, edit)
    assert any(wording in r.prompt for r in runs)
    assert _flag(runs) == f"tests/data/{source}.yaml"


def _own(subject: str, request: str, goal_model: str = CHATTY, name: str = "goal") -> Own:
    control = f"Tell me a story about {subject}."
    runs = [
        run("control", CHATTY, control),
        run("terse", TERSE, control),
        run(name, goal_model, f"{control} {request}", "one_sentence"),
    ]
    return own_runs(runs, SHIPPED.common, TOPIC)


CORPUS = Commonness.of(
    [_own("a cat", "Answer in one sentence.") for _ in range(3)]
    + [_own(s, "Reply with a single line, thanks.") for s in ("a ship", "a tree")]
    + [_own(s, "Answer in one sentence.") for s in ("a moon", "a bell", "a lamp", "a kite")]
    + [_own("a fox", "Answer in one sentence.")]
)
"""Ten files: a cat in three, 'in one sentence' in eight, the rest in two or fewer."""


@pytest.mark.parametrize(
    ("a", "b", "natural"),
    [
        # a common subject and a common request, each's own models: nobody's copy
        (("a cat", "Answer in one sentence.", TERSE), ("a cat", "Answer in one sentence."), True),
        (("a cat", "Please answer in one sentence."), ("a cat", "Answer in one sentence.", TERSE),
         True),
        # a rare subject shared: evidence
        (("a ship", "Answer in one sentence.", TERSE), ("a ship", "Answer in one sentence."),
         False),
        # a rare wording shared: evidence, however common the subject
        (("a cat", "Reply with a single line, thanks.", TERSE),
         ("a cat", "Reply with a single line, thanks."), False),
        # two ideas apart with a common request share the empty subject: the request decides
        (("a moon", "Answer in one sentence.", TERSE), ("a kite", "Answer in one sentence."), True),
        (("a moon", "Reply with a single line.", TERSE), ("a fox", "Reply with a single line."),
         False),
        # the file whole, a prompt touched: its names, models and budgets are no one's choice
        (("a cat", "Answer in one sentence."), ("a cat", "Answer in one sentence."), False),
    ],
)  # fmt: skip
def test_a_design_is_natural_when_what_both_share_is_common(
    a: tuple[str, ...], b: tuple[str, ...], natural: bool
) -> None:
    assert CORPUS.natural(_own(*a), _own(*b), 0.3) is natural


def test_a_file_touched_in_every_prompt_is_the_file_whole() -> None:
    mine = own_runs(
        [r.model_copy(update={"prompt": r.prompt.replace("Tell me", "Tell me, as usual,")})
         for r in natural("en", "a lighthouse", [("list", "Use bullet points.")], 80)],
        SHIPPED.common,
        TOPIC,
    )  # fmt: skip
    theirs = own_runs(
        natural("en", "a lighthouse", [("list", "Use bullet points.")], 80), SHIPPED.common, TOPIC
    )
    renamed = theirs._replace(places=tuple((f"{n}2", m) for n, m in theirs.places))
    assert whole(mine, theirs)
    assert not whole(mine, renamed)
    assert not whole(mine, theirs._replace(runs=theirs.runs[:2]))
