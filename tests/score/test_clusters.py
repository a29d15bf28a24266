"""Clusters of identical or near-identical submissions across a class (flags for the TA, no
penalty): the measure's cases, and the index's clusters equal to comparing every pair."""

from __future__ import annotations

import itertools
import random
import string
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load.schemas import Copies, Student
from grader.results import Result, RunResult
from grader.score.clusters import _similar_pairs, clusters, flags
from grader.score.notes import corpus_key, jaccard, note_grams, notes_alike, own_keys
from grader.score.reworded import own_runs, rewordings
from grader.score.similar import run_set, runs_alike

TEMPLATE = corpus_key(["考察 / Observations:\n<<what you observed>>"])
BRIEF = "Tell me a story about a dragon. Answer briefly."
JA = "Tell me a story about a dragon in Japanese."


def result(
    sid: str,
    prompts: list[str],
    notes: str = "",
    status: Literal["graded", "invalid", "error"] = "graded",
    goals: list[str | None] | None = None,
) -> Result:
    """A graded file of one run per prompt (tiny-chatty, 80 new tokens)."""
    runs = [
        RunResult(
            name=f"r{i}-{sid}",
            model="bundled/tiny-chatty",
            prompt=prompt,
            chat=False,
            max_new_tokens=80,
            max_length=None,
            compare_to=None,
            goal=(goals or [])[i] if goals and i < len(goals) else "concise",
            generation=f"g{i}",
        )
        for i, prompt in enumerate(prompts)
    ]
    return Result(
        grader_version="0",
        status=status,
        file=f"{sid}.yaml",
        sha256="0" * 64,
        assignment="ex1-offline",
        student=Student(id=sid),
        runs=runs,
        notes=notes,
    )


def _own_words(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase + " ") for _ in range(60))


def test_a_class_of_60_with_36_copies_shows_one_cluster_of_36() -> None:
    copied = [result(f"c{i:02d}", [BRIEF, JA], f"自分の言葉で {i} 番目") for i in range(36)]
    own = [
        result(f"o{i:02d}", [f"Tell me a story about dragon number {i}.", JA], _own_words(i))
        for i in range(24)
    ]
    found = clusters(copied + own, corpus=TEMPLATE)
    assert [len(c.files) for c in found] == [36] and found[0].reasons == ["same_runs"]
    flagged = flags(found)
    assert len(flagged) == 36 and flagged["c00.yaml"] == "similar:1/36:same_runs"


def test_names_case_punctuation_and_look_alike_letters_do_not_hide_a_copy() -> None:
    a = result("a", [BRIEF, JA], "Notes A are mine and long enough.")
    b = result(
        "b",
        ["tell me a story about a dragon answer briefly", JA.replace("a", "\u0430")],
        "Totally different words written here by B.",
    )
    assert [c.files for c in clusters([a, b])] == [["a.yaml", "b.yaml"]]


def test_a_copy_plus_runs_of_ones_own_joins_and_says_which_contains_which() -> None:
    a = result("a", [BRIEF, JA])
    b = result("b", [BRIEF, JA, "Tell me about a cat.", "Tell me about a robot."])
    [cluster] = clusters([b, a])
    assert [(p.a, p.b, p.reason) for p in cluster.pairs] == [("a.yaml", "b.yaml", "contained")]


def test_a_relabelled_goal_is_the_same_run() -> None:
    a = result("a", [BRIEF, JA], goals=["concise", "japanese"])
    b = result("b", [BRIEF, JA], goals=["one_sentence", None])
    assert clusters([a, b])[0].reasons == ["same_runs"]


def test_one_shared_run_is_not_a_copy() -> None:
    a = result("a", [BRIEF, JA])
    b = result("b", [BRIEF, "Tell me about a cat."])
    assert clusters([a, b]) == []


def test_near_identical_notes_link_files_with_different_runs() -> None:
    notes = "モデルを変えると物語が短くなり、一文で答えるよう頼むと EOS で終わった。"
    a = result("a", ["Prompt one about a dragon."], notes)
    b = result("b", ["Prompt two about a dragon."], notes.replace("。", "！"))
    found = clusters([a, b])
    assert len(found) == 1 and found[0].reasons == ["near_notes"]


def test_shipped_sentences_alone_do_not_link_anyone() -> None:
    a = result("a", ["Prompt one."], "考察 / Observations:\nshort")
    b = result("b", ["Prompt two."], "考察 / Observations:\nshort")
    assert clusters([a, b], corpus=TEMPLATE) == []


STORY, STORY_JA = "Tell me a story about a dragon.", "ドラゴンの物語を聞かせてください。"
GOALS: list[str | None] = [None, "concise", "list"]
# (request, its light rewordings): a word swapped, a courtesy added, another spelling
REQUESTS = {
    "en": [
        (
            "Make it short and sweet!",
            ["Keep it short and sweet!", "Make it short and sweet please"],
        ),
        ("Can you write it as a numbered list?", ["Could you write it as a numbered list?"]),
    ],
    "ja": [
        ("短く答えてください。", ["短く答えて下さい。", "短く答えてくださいね。"]),
        ("箇条書きで書いてください。", ["箇条書きで書いて下さい。"]),
    ],
}


def _file(sid: str, lang: str, requests: list[str]) -> Result:
    story = STORY if lang == "en" else STORY_JA
    return result(sid, [story, *(f"{story} {r}" for r in requests)], goals=GOALS)


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (lang, a, b)
        for lang, ((_, firsts), (_, seconds)) in REQUESTS.items()
        for a, b in itertools.product([None, *firsts], [None, *seconds])
        if (a, b) != (None, None)
    ],
)
def test_a_classmates_file_with_its_requests_lightly_reworded_is_linked(
    lang: str, first: str | None, second: str | None
) -> None:
    """Every mix of the rewordings (one request reworded, or both) of a classmate's file."""
    (a, _), (b, _) = REQUESTS[lang]
    original = _file("a", lang, [a, b])
    copy = _file("b", lang, [first or a, second or b])
    common = run_set(original.runs[:1])  # the baseline's run, which every student has
    [cluster] = clusters([original, copy], common)
    assert cluster.reasons == ["reworded_runs"]


SWEET, LISTED = (req for req, _ in REQUESTS["en"])


@pytest.mark.parametrize(
    ("why", "theirs", "mine", "chat"),
    [
        (
            "a courtesy word swapped in a two-word request",
            ["short pls", "as a list pls"],
            ["short plz", "as a list plz"],
            False,
        ),
        ("the same prompts with chat switched on", [SWEET, LISTED], [SWEET, LISTED], True),
        ("the same prompts moved to the other model", [SWEET, LISTED], [SWEET, LISTED], "model"),
        ("a preamble pasted before every prompt", [SWEET, LISTED], [SWEET, LISTED], "preamble"),
        (
            "reworded, the budget nudged by a token",
            [SWEET, LISTED],
            ["Keep it short and sweet!", "Could you write it as a numbered list?"],
            None,
        ),
    ],
)
def test_a_copy_that_changes_only_what_asks_nothing_is_linked(
    why: str, theirs: list[str], mine: list[str], chat: bool | str | None
) -> None:
    original, copy = _file("a", "en", theirs), _file("b", "en", mine)
    for run in copy.runs:
        if chat is None:
            run.max_new_tokens = 81  # the files' budget is 80
        elif chat == "model":
            run.model = "bundled/tiny-terse"
        elif chat == "preamble":
            run.prompt = "Hello, I am a first-year student doing my homework today. " + run.prompt
        else:
            run.chat = bool(chat)
    common = run_set(original.runs[:1]) | run_set(copy.runs[:1])
    [cluster] = clusters([original, copy], common)
    assert cluster.reasons == ["reworded_runs"], why


def test_a_reworded_copy_with_a_run_added_is_linked_but_not_one_that_doubles_it() -> None:
    """A copy may add runs of its own up to as many as it copied (``min_jaccard``)."""
    (a, _), (b, _) = REQUESTS["en"]
    original = _file("a", "en", [a, b])
    reworded = [r for _, rs in REQUESTS["en"] for r in rs[:1]]
    padded = result(
        "b",
        [STORY, *(f"{STORY} {r}" for r in [*reworded, "Answer in Japanese."])],
        goals=[*GOALS, "japanese"],
    )
    common = run_set(original.runs[:1])
    assert [c.reasons for c in clusters([original, padded], common)] == [["reworded_runs"]]
    extra = ["Answer in Japanese.", "Answer in one sentence.", "Use three lines."]
    doubled = result(
        "c",
        [STORY, *(f"{STORY} {r}" for r in [*reworded, *extra])],
        goals=[*GOALS, "japanese", "one_sentence", "concise"],
    )
    assert clusters([original, doubled], common) == []


def test_a_reworded_copy_of_an_own_control_given_one_more_goal_is_linked() -> None:
    """rt24-07/08: the copy swaps a run for the template's (every student's, so no part of
    either side), rewords its control and a request ("make" / "keep": both ask nothing, also as
    the prompt keys spell them, "rnake") and adds a goal run of a new design."""
    original = result(
        "a", [FIRE, FIRE, *list(GOALS_OF)[2:5:2]], goals=[None, None, "concise", "list"]
    )
    other = FIRE.replace("who", "that")
    copy = result(
        "b",
        [
            STORY,
            other,
            *(
                f"{other} {r}"
                for r in (
                    "Please keep it short.",
                    "Write it as a bullet list.",
                    "Please write it in Japanese.",
                )
            ),
        ],
        goals=[None, None, "concise", "list", "japanese"],
    )
    common = run_set(copy.runs[:1])
    assert [c.reasons for c in clusters([original, copy], common)] == [["reworded_runs"]]


@pytest.mark.parametrize("change", ["number", "synonym"])
def test_a_copy_of_an_own_control_with_one_run_changed_is_linked(change: str) -> None:
    """rt26-07/08: the copy keeps the control, its model swap and one goal run, and changes the
    other goal run's stated number (50 words to 35) or a word of it."""
    tea = "Tell me a story about a dragon who runs a tea shop."
    concise = "Please answer in under 50 words." if change == "number" else "Answer briefly."
    original = result(
        "a",
        [tea, tea, f"{tea} {concise}", f"{tea} Put the events in a numbered list."],
        goals=[None, None, "concise", "list"],
    )
    changed = "Please answer in under 35 words." if change == "number" else "Answer tersely."
    copy = result(
        "b",
        [tea, f"{tea} Put the events into a numbered list, please.", tea, f"{tea} {changed}"],
        goals=[None, "list", None, "concise"],
    )
    assert [c.reasons for c in clusters([original, copy])] == [["reworded_runs"]]


def test_a_copy_with_a_number_pasted_into_every_prompt_is_linked() -> None:
    """rt27-09: "80s" added to every prompt of a copy; a number every own run states is part
    of what they share, not of each run's design (which pairs the runs)."""
    runs = [f"{STORY} Answer briefly.", f"{STORY} Put it in a numbered list."]
    original = result("a", runs, goals=["concise", "list"])
    copy = result(
        "b", [r.replace("a dragon", "an 80s dragon") for r in runs], goals=["concise", "list"]
    )
    assert [c.reasons for c in clusters([original, copy])] == [["reworded_runs"]]


def test_files_that_meet_only_on_a_natural_control_and_its_swap_are_not_linked() -> None:
    """With one run left unmatched, a goal run must match: a natural Japanese control and its
    model swap are every Japanese-writing student's (rt12-13 and rt17-14)."""
    ja = "ドラゴンの話をしてください。"
    first = result("a", [ja, ja, ja + "英語でお願いします。"], goals=[None, None, "english"])
    second = result("b", [ja, ja, ja + "箇条書きでお願いします。"], goals=[None, None, "list"])
    assert clusters([first, second]) == []


def test_two_files_on_every_students_prompt_with_its_usual_requests_are_not_linked() -> None:
    """rt2-19 and u06: the baseline's prompt with "Answer briefly." and "in Japanese", one of them
    with a list run too. With no control of their own the whole files must be alike."""
    first = result(
        "a",
        [f"{STORY} Answer briefly.", f"{STORY} Answer in Japanese."],
        goals=["concise", "japanese"],
    )
    second = result(
        "b",
        [
            f"Briefly, {STORY.lower()}",
            f"{STORY} Please answer in Japanese.",
            f"{STORY} As a numbered list of events.",
        ],
        goals=["concise", "japanese", "list"],
    )
    assert clusters([first, second], run_set(result("c", [STORY]).runs)) == []


@pytest.mark.parametrize(
    ("why", "theirs", "mine"),
    [
        ("other requests", [SWEET, LISTED], ["Answer in one sentence.", "Use bullet points."]),
        ("one request met", [SWEET, LISTED], [SWEET, "Answer as a list in Japanese."]),
        (
            "another request in Japanese (one character apart; a third of the pairs alike)",
            ["一行で書いてください。", "箇条書きで書いてください。"],
            ["一文で書いてください。", "箇条書きで書いてください。"],
        ),
        (
            "other counts",
            ["Answer in 2 sentences.", "Use 3 bullet points."],
            ["Answer in 3 sentences.", "Use 5 bullet points."],
        ),
    ],
)
def test_honest_classmates_who_meet_in_part_are_not_linked(
    why: str, theirs: list[str], mine: list[str]
) -> None:
    """Only the whole design, reworded to the same requests, links: one shared wording, other
    requests for the same goals or another count is one's own experiment."""
    lang = "en" if theirs[0].isascii() else "ja"
    original, other = _file("a", lang, theirs), _file("b", lang, mine)
    assert clusters([original, other], run_set(original.runs[:1])) == [], why


@pytest.mark.parametrize(("budget", "linked"), [(80, True), (84, True), (88, True), (100, False)])
def test_a_budget_nudged_is_the_same_setting_another_budget_is_not(
    budget: int, linked: bool
) -> None:
    """Budgets within 10% are one setting (a copy nudged by a token); 80 against 100 are two."""
    original = _file("a", "en", [SWEET, LISTED])
    copy = _file("b", "en", ["Keep it short and sweet!", "Could you write it as a numbered list?"])
    for run in copy.runs:
        run.max_new_tokens = budget
    common = run_set(original.runs[:1]) | run_set(copy.runs[:1])
    assert bool(clusters([original, copy], common)) is linked


def test_only_graded_files_are_compared() -> None:
    a = result("a", [BRIEF, JA])
    b = result("b", [BRIEF, JA], status="invalid")
    assert clusters([a, b]) == []


def _exhaustive(results: list[Result], rules: Copies) -> dict[frozenset[str], set[str]]:
    """Clusters by comparing every pair with the measure (what the index must equal), each with
    the kinds of link found between any two of its files."""
    graded = [r for r in results if r.status == "graded"]
    runs = [run_set(x.spec() for x in r.runs if x.role == "run") for r in graded]
    grams = [note_grams(own_keys(r.notes, "")) for r in graded]
    parent = list(range(len(graded)))
    kinds: list[tuple[int, str]] = []

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(graded)), 2):
        notes = "near_notes" if notes_alike(grams[i], grams[j], rules) else None
        for kind in filter(None, [runs_alike(runs[i], runs[j], rules), notes]):
            parent[root(j)] = root(i)
            kinds.append((i, kind))
    owns = [own_runs((x for x in r.runs if x.role == "run"), frozenset()) for r in graded]
    for i, j in itertools.combinations(range(len(graded)), 2):
        if root(i) != root(j) and rewordings(
            owns[i], owns[j], rules
        ):  # only where nothing else links
            parent[root(j)] = root(i)
            kinds.append((i, "reworded_runs"))
    groups: dict[int, set[str]] = {}
    for i, r in enumerate(graded):
        groups.setdefault(root(i), set()).add(r.file)
    reasons: dict[int, set[str]] = {}
    for i, kind in kinds:
        reasons.setdefault(root(i), set()).add(kind)
    return {frozenset(g): reasons[k] for k, g in groups.items() if len(g) > 1}


PROMPTS = [f"Tell me a story about a dragon, variant {i}." for i in range(5)] + [
    f"{STORY} {request}"
    for request in ("Make it short!", "Keep it short!", "Please keep it short!")
]
FIRE = "Tell me a story about a dragon who lost its fire."
GOALS_OF = {  # a control of one's own and its goal runs: designs that nest (rt24-07/08)
    FIRE: None,
    FIRE.replace("who", "that"): None,
    f"{FIRE} Please make it short.": "concise",
    f"{FIRE} Please keep it short.": "concise",
    f"{FIRE} Write it as a bulleted list.": "list",
    f"{FIRE} Please write it in Japanese.": "japanese",
    f"{STORY} Answer in Japanese.": "japanese",
}
PROMPTS += list(GOALS_OF)
NOTES = ["", _own_words(1), _own_words(1) + "!", _own_words(2), _own_words(3)[:40] + "xyz"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sets(st.sampled_from(PROMPTS), max_size=5), st.sampled_from(NOTES)),
        min_size=2,
        max_size=18,
    ),
    st.sampled_from([(2, 0.5, 0.8), (1, 0.3, 0.6), (3, 0.7, 0.9)]),
)
def test_the_index_finds_exactly_the_exhaustive_clusters(
    files: list[tuple[set[str], str]], rules: tuple[int, float, float]
) -> None:
    copies = Copies(min_shared_runs=rules[0], min_jaccard=rules[1], notes_similarity=rules[2])
    results = [
        result(f"s{i:02d}", sorted(p), n, goals=[GOALS_OF.get(x) for x in sorted(p)])
        for i, (p, n) in enumerate(files)
    ]
    found = {frozenset(c.files): set(c.reasons) for c in clusters(results, rules=copies)}
    assert found == _exhaustive(results, copies)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.frozensets(st.integers(0, 30), max_size=24), max_size=40),
    st.sampled_from([0.3, 0.5, 2 / 3, 0.8, 0.9, 1.0]),
)
def test_the_notes_join_finds_exactly_the_pairs_at_the_threshold(
    sets: list[frozenset[int]], t: float
) -> None:
    """Any sizes (tiny sets fall back to one shared prefix token), thresholds that fall on exact
    ratios, duplicates and empty sets."""
    grams = [frozenset(str(n) for n in s) for s in sets]
    found = {frozenset(pair) for pair in _similar_pairs(grams, t)}
    every = {
        frozenset((i, j))
        for i, j in itertools.combinations(range(len(grams)), 2)
        if grams[i] and grams[j] and len(grams[i] & grams[j]) / len(grams[i] | grams[j]) >= t
    }
    assert found == every


SOCKS = "Tell me a story about a dragon who collects lost socks."
OTHERS = [  # runs a copy may add around the experiment it took
    (
        "bundled/tiny-chatty",
        "Tell me a story about a dragon. Be succinct, please.",
        "baseline",
        "concise",
    ),
    ("bundled/tiny-terse", "Tell me a story about a dragon.", "baseline", None),
    ("bundled/tiny-chatty", "Tell me a story about a cat.", None, None),
    ("bundled/tiny-chatty", "Tell me a story about a dragon in Japanese.", "baseline", "japanese"),
    ("bundled/tiny-chatty", "ドラゴンの話を短くして。", None, "concise"),
]


def _experiment_file(sid: str, runs: list[tuple[str, str, str | None, str | None]]) -> Result:
    """A graded file of named runs r0, r1, ... (a run's compare_to gives the prompt of the run it
    is compared with, or the baseline)."""
    names: dict[str, str] = {}
    for i, (_, prompt, _, _) in enumerate(runs):
        names.setdefault(prompt, f"r{i}")  # compared with the first run of that prompt
    return result(sid, []).model_copy(
        update={
            "runs": [
                RunResult(
                    name=f"r{i}",
                    model=model,
                    prompt=prompt,
                    chat=False,
                    max_new_tokens=76,
                    max_length=None,
                    compare_to=names.get(to, to) if to else None,
                    goal=goal,
                    generation=f"g{i}",
                )
                for i, (model, prompt, to, goal) in enumerate(runs)
            ]
        }
    )


SOURCE = [
    ("bundled/tiny-chatty", SOCKS, None, None),
    ("bundled/tiny-terse", SOCKS, SOCKS, None),
    ("bundled/tiny-chatty", SOCKS + " Please be brief.", SOCKS, "concise"),
    ("bundled/tiny-chatty", SOCKS + " Write it as a numbered list.", SOCKS, "list"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([2, 3]), st.lists(st.sampled_from(OTHERS), min_size=1, max_size=3, unique=True)
)
def test_a_copy_of_one_experiment_of_ones_own_is_clustered_whatever_it_adds(
    goal_run: int, added: list[tuple[str, str, str | None, str | None]]
) -> None:
    """rt29-07/08: the control of one's own and one of its goal runs taken word for word, other
    runs added (Jaccard 2/5 and below): the two files share an experiment."""
    copy = [SOURCE[0], SOURCE[goal_run], *added]
    found = clusters(
        [_experiment_file("src", SOURCE), _experiment_file("copy", copy)], corpus=TEMPLATE
    )
    assert [sorted(c.files) for c in found] == [["copy.yaml", "src.yaml"]]


def test_classmates_who_meet_on_a_control_only_are_not_clustered() -> None:
    """The contrast: the same control of one's own with goals of each one's own is no shared
    experiment, and no copy."""
    mine = [SOURCE[0], ("bundled/tiny-chatty", SOCKS + " Keep it short.", SOCKS, "concise")]
    theirs = [SOURCE[0], ("bundled/tiny-chatty", SOCKS + " Answer in Japanese.", SOCKS, "japanese")]
    assert (
        clusters([_experiment_file("a", mine), _experiment_file("b", theirs)], corpus=TEMPLATE)
        == []
    )


TALE = SOCKS.replace("story", "tale")
WORDINGS = {  # a goal's requests in other words, each one asked for where the control is not
    "concise": [" Please be brief.", " Keep it short.", " Make it brief, please."],
    "list": [" Write it as a numbered list.", " Use bullet points.", " Answer as a list."],
}


def _idea_file(sid: str, control: str, goal: str, wording: str) -> Result:
    """A control of one's own, its model swap, and one goal run compared with it."""
    runs = [
        ("bundled/tiny-chatty", control, None, None),
        ("bundled/tiny-terse", control, control, None),
    ]
    return _experiment_file(sid, [*runs, ("bundled/tiny-chatty", control + wording, control, goal)])


def test_one_idea_with_its_request_in_other_words_is_clustered() -> None:
    """rt43-08: a classmate's control told as a "tale", its one request in synonyms; the words the
    two add share too little for the prefix filter, so the files are paired by their idea."""
    found = clusters(
        [_idea_file("src", SOCKS, "concise", " Please be brief."),
         _idea_file("copy", TALE, "concise", " Keep it short.")],
        corpus=TEMPLATE,
    )  # fmt: skip
    assert [(sorted(c.files), c.reasons) for c in found] == [
        (["copy.yaml", "src.yaml"], ["reworded_runs"])
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([SOCKS, TALE, "Tell me a story about a dragon who sings at night."]),
            st.sampled_from(sorted(WORDINGS)),
            st.integers(0, 2),
        ),
        min_size=2,
        max_size=10,
    )
)
def test_the_idea_pairs_find_exactly_the_exhaustive_clusters(
    files: list[tuple[str, str, int]],
) -> None:
    """Generated classes of one or two ideas, each file's request in one of three wordings: the
    clusters are those every pair compared by the measure gives."""
    results = [
        _idea_file(f"s{i:02d}", control, goal, WORDINGS[goal][k])
        for i, (control, goal, k) in enumerate(files)
    ]
    found = {frozenset(c.files): set(c.reasons) for c in clusters(results, corpus=TEMPLATE)}
    assert found == _exhaustive(results, Copies())


def test_one_experiment_reworded_from_each_of_two_classmates_links_all_three() -> None:
    """rt49-07: a control and one goal run from one classmate, "who" made "that" and the request
    reworded, and the same from another, in Japanese; every run set and word measure misses it."""
    station = "Tell me a story about a dragon who works at a train station."
    sweets = "ドラゴンとお菓子屋さんの話を書いてください。"
    first = [
        ("bundled/tiny-chatty", station, None, None),
        ("bundled/tiny-chatty", station + " Please keep it short.", station, "concise"),
        ("bundled/tiny-chatty", station + " Write it as a numbered list.", station, "list"),
    ]
    second = [
        ("bundled/tiny-chatty", sweets, None, None),
        ("bundled/tiny-chatty", sweets + "英語で答えてください。", sweets, "english"),
        ("bundled/tiny-chatty", sweets + "箇条書きでお願いします。", sweets, "list"),
    ]
    that, okashi = station.replace("who", "that"), sweets.replace("話", "お話")
    patch = [
        ("bundled/tiny-chatty", that, None, None),
        ("bundled/tiny-chatty", that + " Keep it short, please.", that, "concise"),
        ("bundled/tiny-chatty", okashi, None, None),
        ("bundled/tiny-chatty", okashi + "英語で答えてね。", okashi, "english"),
    ]
    files = [_experiment_file(n, r) for n, r in (("a", first), ("b", second), ("c", patch))]
    found = clusters(files, corpus=TEMPLATE, topic=("dragon", "ドラゴン"))
    assert [sorted(c.files) for c in found] == [["a.yaml", "b.yaml", "c.yaml"]]
    assert clusters(files[:2], corpus=TEMPLATE, topic=("dragon", "ドラゴン")) == []


@given(
    st.frozensets(st.text("abc", min_size=3, max_size=3)),
    st.frozensets(st.text("abc", min_size=3, max_size=3)),
)
def test_jaccard_is_shared_over_all(x: frozenset[str], y: frozenset[str]) -> None:
    """The union's size taken from the two sizes gives the same float as the union itself."""
    assert jaccard(x, y) == (len(x & y) / len(x | y) if x | y else 0.0)
