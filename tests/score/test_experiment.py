"""Exercise 1's criteria (score/experiment.py: part 1, score/steering.py: part 2) on hand-written
generations: for each, a way to earn it without doing the exercise (must fail) and an honest way
to do the exercise (must pass)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score import builtins
from grader.score.context import Context, RunView
from grader.score.similar import run_set
from tests.contexts import BASE, DRAGON, ctx, run
from tests.score.experiment_cases import CASES
from tests.score.experiment_runs import BRIEF, JA_STORY, ONE, STEER, TERSE, TERSE_STORY


@pytest.mark.parametrize(
    ("kind", "params", "context", "expected"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_criterion(kind: str, params: dict[str, Any], context: Context, expected: bool) -> None:
    criterion = builtins.get(kind)
    outcome = criterion.fn(context, criterion.params.model_validate(params))
    assert outcome.passed is expected, outcome.evidence.en
    assert outcome.evidence.en and outcome.evidence.ja
    assert (outcome.hint is None) is expected  # a failure always says what to try


def test_failed_evidence_names_the_condition_and_the_numbers() -> None:
    criterion = builtins.get("goal_met")
    outcome = criterion.fn(ctx(TERSE, STEER), criterion.params.model_validate({"ratio": 0.5}))
    assert (
        "19 vs control 33 tokens" in outcome.evidence.en and "goal not met" in outcome.evidence.en
    )
    assert outcome.details["runs"]["steer (goal: concise)"]["measured"] == {
        "own": 19,
        "control": 33,
        "unit": "tokens",
    }
    change = builtins.get("controlled_change")
    budget = change.fn(
        ctx(run(model="terse", text=TERSE_STORY, max_length=None, max_new_tokens=80)),
        change.params.model_validate({}),
    )
    assert "budget max_new_tokens 80 vs max_length 100" in budget.evidence.en
    assert budget.hint is not None and "max_length 100" in budget.hint.en


def _copy_ctx(runs: list[RunView], shipped_runs: list[RunView]) -> Context:
    shipped = {"examples/pass.yaml": run_set(r.spec for r in shipped_runs)}
    return Context(runs=runs, baseline=BASE, shipped=shipped)


def _relabel(view: RunView, goal: str | None) -> RunView:
    return RunView(view.name, view.spec, view.generation, goal=goal, compare_to=view.compare_to)


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ([TERSE, STEER], False),  # the shipped example's runs under a student's id
        (
            [
                run("t2", model="terse", prompt="tell me a story about a dragon", tokens=33),
                run("s2", model="terse", prompt=STEER.prompt, goal="concise", compare_to="t2"),
            ],
            False,  # renamed runs, another case
        ),
        ([STEER, TERSE], False),  # reordered
        ([TERSE, _relabel(STEER, "one_sentence")], False),  # a goal relabelled
        ([TERSE, STEER, BRIEF], False),  # the example plus a run of one's own
        ([TERSE], True),  # one run in common with an example is fine
        ([TERSE, BRIEF], True),
        ([BRIEF], True),
    ],
)
def test_original_work(runs: list[RunView], expected: bool) -> None:
    criterion = builtins.get("original_work")
    outcome = criterion.fn(_copy_ctx(runs, [TERSE, STEER]), criterion.params())
    assert outcome.passed is expected, outcome.evidence.en
    if not expected:
        assert "examples/pass.yaml" in outcome.evidence.en


def test_the_shipped_file_itself_is_not_compared_with_itself() -> None:
    """The scorer leaves the shipped file out of its own comparison (``make demo``)."""
    criterion = builtins.get("original_work")
    alone = Context(runs=[TERSE, STEER], baseline=BASE, shipped={})
    assert criterion.fn(alone, criterion.params()).passed


def test_every_experiment_criterion_is_covered() -> None:
    exercise = ("grader.score.experiment", "grader.score.steering")
    mine = {n for n in builtins.names() if builtins.get(n).fn.__module__ in exercise}
    assert {c[0] for c in CASES} == mine


def test_every_goal_type_has_its_rules() -> None:
    from grader.load.schemas import GOAL_TYPES
    from grader.score.goals import GOALS

    assert tuple(GOALS) == GOAL_TYPES


@pytest.mark.parametrize(
    ("prompt", "text", "flagged"),
    [  # pass 47, written before the change: 2 of 4 right, 4 after
        ("Dijv qc k wryvw kfmex y nvyqsl.", TERSE_STORY, True),  # Vigenère
        ("Tell me a story about a knight.", TERSE_STORY, False),
        ("Tell me a story about a knight.", "", True),  # an empty answer is no change to read
        ("Give us a fable about a wizard.", TERSE_STORY, False),
    ],
)
def test_a_part_1_change_enciphered_or_answered_with_nothing_is_flagged(
    prompt: str, text: str, flagged: bool
) -> None:
    """rt47-01: the control's prompt in a Vigenère cipher keeps its word lengths and changes
    every word; rt47-04's probes: an answer of nothing counted as a changed output."""
    outcome = builtins.BUILTINS["controlled_change"].fn(
        ctx(run(prompt=prompt, text=text)), builtins.BUILTINS["controlled_change"].params()
    )
    assert (outcome.review is not None) is flagged, outcome


UPSIDE = "˙uoɓɐɹp ɐ ʇnoqɐ ʎɹoʇs ɐ ǝɯ llǝ⊥"
KEYPAD = "8355 63 2 78679 22688 2 372466"
POLYBIUS = "44 15 31 31 32 15 11 43 44 34 42 54"


@pytest.mark.parametrize(
    ("compared", "compared_text", "prompt", "text", "model", "flagged"),
    [  # pass 53, written before the change
        (UPSIDE, TERSE_STORY, DRAGON, ONE, "chatty", True),  # the disguise in the compared run
        ("⠞⠑⠇⠇ ⠍⠑ ⠁ ⠎⠞⠕⠗⠽", TERSE_STORY, "Tell me a story", ONE, "chatty", True),
        (DRAGON + " #story #dragon", TERSE_STORY, DRAGON, ONE, "chatty", True),
        ("Tell me a story about a knight.", "", DRAGON, ONE, "chatty", True),  # it said nothing
        (DRAGON, TERSE_STORY, DRAGON, "", "terse", True),  # the other model said nothing
        (DRAGON, TERSE_STORY, KEYPAD, ONE, "chatty", True),  # no word: a code
        (DRAGON, TERSE_STORY, POLYBIUS, ONE, "chatty", True),
        ("Tell me a story about a knight.", TERSE_STORY, DRAGON, ONE, "chatty", False),
        (DRAGON, TERSE_STORY, "Tell me a story about a knight.", ONE, "chatty", False),
        (DRAGON, TERSE_STORY, DRAGON, ONE, "terse", False),
        (DRAGON, TERSE_STORY, "ドラゴンの話を書いて。", JA_STORY, "chatty", False),
    ],
)
def test_a_part_1_change_against_a_disguised_or_silent_run_is_flagged(
    compared: str, compared_text: str, prompt: str, text: str, model: str, flagged: bool
) -> None:
    """rt53-03: the compared run is the disguised one (upside down) and the changed run the
    plain prompt; rt53-10: another model that answers nothing; rt53-01's probes: a prompt of
    digits only (a phone keypad, a Polybius square)."""
    first = run("first", prompt=compared, text=compared_text)
    second = run("second", model=model, prompt=prompt, text=text, compare_to="first")
    spec = builtins.BUILTINS["controlled_change"]
    outcome = spec.fn(ctx(first, second), spec.params())
    mine = next(r for r in outcome.runs if r.run == "second")
    assert (mine.review is not None) is flagged, mine


@pytest.mark.parametrize(
    ("compared", "prompt", "changed", "flagged"),
    [  # pass 55, written before the change: the compared prompt quoted in code or speech; a
        # change of symbols only (an operator, an emoji) is a change, for the TA to look at
        (DRAGON, f'prompt = "{DRAGON}"', True, True),
        (DRAGON, f'print("{DRAGON}")', True, True),
        (DRAGON, f'My little brother said: "{DRAGON}"', True, True),
        (DRAGON, f"echo '{DRAGON}'", True, True),
        ("12-5=?", "12+5=?", True, True),
        ("Tell me a story about a 🐱.", "Tell me a story about a 🐉.", True, True),
        (DRAGON, f"✨ {DRAGON} ✨", True, True),
        (DRAGON, 'Tell me a story about a dragon called "Ember".', True, False),
        (DRAGON, "Tell me a story about a knight.", True, False),
        (DRAGON, DRAGON.upper(), False, False),
        # spoken fillers and courtesy words alone: a change (a word more is another prompt) that
        # only pads the compared one, for the TA to judge
        (DRAGON, "Um, tell me, like, a story about, um, a dragon.", True, True),
        (DRAGON, "Okay, so, tell me a story about a dragon, you know?", True, True),
        (DRAGON, "Please tell me a story about a dragon, thank you.", True, True),
        (DRAGON, "Hi! Tell me a story about a dragon, thanks.", True, True),
        (DRAGON, "Tell me a story about a dragon who likes tea.", True, False),
        (DRAGON, "Tell me a story about a dragon I like.", True, False),
        # pass 57, written before the change: a mail or messenger footer after the request
        (DRAGON, DRAGON + "\n\nSent from my iPhone", True, True),
        (DRAGON, DRAGON + "\n\nGet Outlook for Android", True, True),
        (DRAGON, DRAGON + " (sent via LINE)", True, True),
        (DRAGON, DRAGON + "\n\niPhoneから送信", True, True),
        (DRAGON, DRAGON + " Send it to my phone as a text.", True, False),
        (DRAGON, DRAGON + " Sent from my iPad", True, True),
        ("ドラゴンの話をして。", "ドラゴンの話をして。iPhoneから送信", True, True),
        (
            "Tell me a story about a letter.",
            "Tell me a story about a letter sent from my home.",
            True,
            False,
        ),
        # pass 59, written before the change: the model addressed by name, courtesy in other
        # languages, a Japanese request's politeness ending: the same request, padded
        (DRAGON, "Hey Gemini, tell me a story about a dragon.", True, True),
        (DRAGON, "Tell me a story about a dragon, Alexa.", True, True),
        (DRAGON, "Assistant, tell me a story about a dragon.", True, True),
        (DRAGON, "Yo bot, tell me a story about a dragon.", True, True),
        (DRAGON, "Tell me a story about a dragon, dear AI.", True, True),
        (DRAGON, "OK tiny-chatty, tell me a story about a dragon.", True, True),
        ("ドラゴンの話をして。", "ねえAIさん、ドラゴンの話をして。", True, True),
        ("ドラゴンの話をして。", "チャットボットくん、ドラゴンの話をして。", True, True),
        (DRAGON, "Tell me a story about a dragon, grazie.", True, True),
        (DRAGON, "Bitte tell me a story about a dragon.", True, True),
        (DRAGON, "Tell me a story about a dragon, obrigado.", True, True),
        (DRAGON, "Tell me a story about a dragon, onegai.", True, True),
        (DRAGON, "Tell me a story about a dragon. よろしくお願いします。", True, True),
        ("ドラゴンの話をして。", "ドラゴンの話をしてください。", True, True),
        ("ドラゴンの話をして。", "ドラゴンの話をしてちょうだい。", True, True),
        ("ドラゴンの話をしてください。", "ドラゴンの話をしてくれ。", True, True),
        (DRAGON, "Tell me a story about a dragon and a robot.", True, False),
        (DRAGON, "Tell me a story about a dragon named Claude.", True, False),
        (DRAGON, "Tell me a story about a dragon, briefly.", True, False),
        ("ドラゴンの話をして。", "ドラゴンの話を短くして。", True, False),
        (DRAGON, "Computer, tell me a story about a robot.", True, False),
        # pass 61, written before the change: greetings, apologies, closings, a line about the
        # student and the honorific お around the unchanged request
        (DRAGON, "Sorry, but tell me a story about a dragon.", True, True),
        (DRAGON, "Excuse me, tell me a story about a dragon.", True, True),
        (DRAGON, "Pardon me, but tell me a story about a dragon.", True, True),
        (DRAGON, "If you don't mind, tell me a story about a dragon.", True, True),
        (DRAGON, DRAGON + " Have a nice day!", True, True),
        (DRAGON, DRAGON + " Sorry for the trouble.", True, True),
        (DRAGON, DRAGON + " Good night.", True, True),
        (DRAGON, "Good morning! " + DRAGON, True, True),
        (DRAGON, "I'm a first-year student. " + DRAGON, True, True),
        (DRAGON, "My name is Taro. " + DRAGON, True, True),
        ("ドラゴンの話をして。", "すみません、ドラゴンの話をして。", True, True),
        ("ドラゴンの話をして。", "こんにちは！ドラゴンの話をして。", True, True),
        ("ドラゴンの話をして。", "お疲れ様です。ドラゴンの話をして。", True, True),
        ("竜の話をして。", "竜のお話をして。", True, True),
        (DRAGON, "I'm scared of dragons. Tell me a story about a friendly dragon.", True, False),
        (DRAGON, "Sorry, tell me a story about a knight instead.", True, False),
        (DRAGON, DRAGON + " Make it a sad one.", True, False),
        # pass 63, written before the change: laughter added to the unchanged request
        ("ドラゴンの話をして。", "ドラゴンの話をして（笑）", True, True),
        ("ドラゴンの物語を書いて。", "（笑）ドラゴンの物語を書いて。", True, True),
        (DRAGON, DRAGON + " haha", True, True),
        (DRAGON, DRAGON + " lol", True, True),
        (DRAGON, DRAGON + " (lmao)", True, True),
        (DRAGON, "Tell me a funny story about a dragon, haha.", True, False),
        # pass 65: a softener or a tag question added to the unchanged request
        ("ドラゴンの話をして。", "ちょっとドラゴンの話をして。", True, True),
        ("ドラゴンの話をして。", "ちょっと、ドラゴンの話をして。", True, True),
        (DRAGON, DRAGON[:-1] + ", will you?", True, True),
        (DRAGON, DRAGON[:-1] + ", could you?", True, True),
        ("ドラゴンの話をして。", "ちょっと怖いドラゴンの話をして。", True, False),
        (DRAGON, "Will you tell me a story about a knight?", True, False),
        # pass 67: an @-mention of the model (written after the change; 0 of 3 flagged before)
        (DRAGON, "@chatty " + DRAGON, True, True),
        (DRAGON, "@tiny-chatty " + DRAGON, True, True),
        (DRAGON, DRAGON + " @chatty", True, True),
        (DRAGON, "Tell me a story about a dragon named @ember.", True, False),
        # pass 73, written before the change: role labels typed round the request (a completion
        # template by hand), a date or a time stamped on it, a number in another numeral system,
        # text-speak: the same request, padded (flagged) or the same prompt (no change)
        (DRAGON, f"Q: {DRAGON}\nA:", True, True),
        (DRAGON, f"Input: {DRAGON}\nOutput:", True, True),
        (DRAGON, f"Human: {DRAGON}\nAI:", True, True),
        (DRAGON, f"### Instruction:\n{DRAGON}\n### Response:", True, True),
        (DRAGON, f"Question: {DRAGON} Answer:", True, True),
        (DRAGON, f"User: {DRAGON}\nAssistant:", True, True),
        (DRAGON, f"Prompt: {DRAGON}", True, True),
        ("ドラゴンの話をして。", "質問：ドラゴンの話をして。\n回答：", True, True),
        (DRAGON, "Q: Tell me a story about a dragon. A: Make it about a knight.", True, False),
        (DRAGON, "Tell me a story about a dragon who answers every question.", True, False),
        (DRAGON, f"2025-05-12 14:03 {DRAGON}", True, True),
        (DRAGON, f"Monday, 12 May 2025: {DRAGON}", True, True),
        (DRAGON, f"14:03 {DRAGON}", True, True),
        (DRAGON, f"{DRAGON} (sent 12 May 2025)", False, False),  # a label in brackets
        ("ドラゴンの話をして。", "2025年5月12日 ドラゴンの話をして。", True, True),
        (DRAGON, "Tell me a story about a dragon born on 12 May 2025.", True, False),
        (
            "Tell me about 3 dragons and 2 knights.",
            "Tell me about III dragons and II knights.",
            False,
            False,
        ),
        ("Tell me about 3 dragons.", "Tell me about \u0663 dragons.", False, False),
        ("Tell me about 12 dragons.", "Tell me about a dozen dragons.", False, False),
        ("Tell me about 3 dragons.", "Tell me about 4 dragons.", True, False),
        (
            "Can you tell me a story about a dragon?",
            "Can u tell me a story abt a dragon?",
            False,
            False,
        ),
        (
            "That's a story about a dragon and a knight.",
            "thats a story abt a dragon & a knight",
            False,
            False,
        ),
        (
            "Tell me a story with a dragon, because I'm bored.",
            "Tell me a story w/ a dragon bc im bored.",
            False,
            False,
        ),
        ("Tell me a story about a dragon.", "Tell me a story about a dragon king.", True, False),
        # pass 75, written before the change: katakana spelling variants of one loanword (a
        # word-final long vowel, ヴ for バ) are the same prompt; another word is another prompt
        ("コンピューターの話をして。", "コンピュータの話をして。", False, False),
        (
            "ヴァイオリンを弾くドラゴンの話をして。",
            "バイオリンを弾くドラゴンの話をして。",
            False,
            False,
        ),
        ("ドラゴンとプリンターの話をして。", "ドラゴンとプリンタの話をして。", False, False),
        ("ボールで遊ぶドラゴンの話をして。", "ベルで遊ぶドラゴンの話をして。", True, False),
        # pass 77, written before the change: English short forms (contractions, abbreviations
        # with a period) are the words they stand for; another word is another prompt
        (
            "Tell me a story about a dragon that will not fly. It is sad.",
            "Tell me a story about a dragon that won't fly. It's sad.",
            False,
            False,
        ),
        (
            "Tell me about a dragon who does not sleep.",
            "Tell me about a dragon who doesn't sleep.",
            False,
            False,
        ),
        (
            "Tell me about Doctor Smith and Mount Fuji.",
            "Tell me about Dr. Smith and Mt. Fuji.",
            False,
            False,
        ),
        (
            "Tell me about dragons, for example red ones, approximately ten.",
            "Tell me about dragons, e.g. red ones, approx. ten.",
            False,
            False,
        ),
        (
            "Tell me about a knight versus a dragon.",
            "Tell me about a knight vs. a dragon.",
            False,
            False,
        ),
        (
            "A dragon flies 300 kilometres to Mount Aso.",
            "A dragon flies 300 km to Mt. Aso.",
            False,
            False,
        ),
        # pass 79, written before the change: a change of function words or word forms alone
        # (an article, a relative pronoun, a plural) or a bracketed aside the model should ignore
        # is flagged for the TA; a negation is a change, flagged too (the TA judges)
        (
            "Tell me a story about a dragon in a castle.",
            "Tell me a story about the dragon in the castle.",
            True,
            True,
        ),
        (
            "Tell me about a dragon who guards gold.",
            "Tell me about a dragon that guards gold.",
            True,
            True,
        ),
        ("Tell me a story about a dragon.", "Tell me stories about a dragon.", True, True),
        (DRAGON, DRAGON + " (no need to answer)", True, True),
        (DRAGON, DRAGON + " (just curious)", True, True),
        (DRAGON, "Tell me a story about a dragon and a castle.", True, False),
        (
            "Tell me about a dragon that cannot fly.",
            "Tell me about a dragon that can't fly.",
            False,
            False,
        ),
        (
            "Tell me about a dragon who does not sleep.",
            "Tell me about a dragon who does sleep.",
            True,
            False,
        ),
    ],
)
def test_a_part_1_change_that_quotes_or_only_swaps_symbols(
    compared: str, prompt: str, changed: bool, flagged: bool
) -> None:
    first = run("first", prompt=compared, text=TERSE_STORY)
    second = run("second", prompt=prompt, text=ONE, compare_to="first")
    spec = builtins.BUILTINS["controlled_change"]
    mine = next(r for r in spec.fn(ctx(first, second), spec.params()).runs if r.run == "second")
    assert mine.passed is changed and (mine.review is not None) is flagged, mine


PADS = ["Hey {n}, {p}.", "{N}, {p}.", "{P}, {n}.", "{P}. Danke.", "{P}, grazie!", "{P} (gracias)"]
NAMES = ["Siri", "assistant", "bot", "computer", "Gemini", "buddy", "tiny-chatty", "Claude"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PADS), st.sampled_from(NAMES))
def test_a_part_1_change_that_only_addresses_the_model_or_thanks_it_is_flagged(
    pad: str, name: str
) -> None:
    """pass 59: "Hey tiny-chatty, ...", "..., por favor.": the same request, only padded."""
    request = DRAGON[:-1]  # "Tell me a story about a dragon"
    prompt = pad.format(
        p=request[0].lower() + request[1:], P=request, n=name, N=name[:1].upper() + name[1:]
    )
    first = run("first", prompt=DRAGON, text=TERSE_STORY)
    second = run("second", prompt=prompt, text=ONE, compare_to="first")
    spec = builtins.BUILTINS["controlled_change"]
    mine = next(r for r in spec.fn(ctx(first, second), spec.params()).runs if r.run == "second")
    assert mine.passed and mine.review is not None, prompt
