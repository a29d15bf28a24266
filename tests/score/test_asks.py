"""score.asks: does a goal run's prompt ask for its goal? Listed cases and generated neighbours.

A request for the goal, written anywhere in the prompt and in either language, asks. What only
looks like one does not: function words that happen to spell part of a cue ("a", "one", "up"),
a goal's word that is a name, a detail of the story, part of a longer word or the subject of a
judgement (the second red team's false passes), a quoted request, a request negated in its
clause ("not as a list"), one the control already made, or one that also asks for the opposite
("a long story", "at least 300 words", "in English" for Japanese); nor does a request that
comes with a plot, another task or a remark the control did not have (the fourth red team).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for

DRAGON = "Tell me a story about a dragon."
DRAGON_JA = "ドラゴンの物語を聞かせてください。"
# Requests a student writes for each goal (English and Japanese)
REQUESTS: dict[str, list[str]] = {
    "concise": [
        "Answer briefly",
        "Keep it short",
        "in just a few words",
        "Be concise",
        "短く答えて",
    ],
    "one_sentence": ["in one sentence", "Please keep it to a single sentence", "一文で答えて"],
    "japanese": ["Answer in Japanese", "in the Japanese language", "日本語で答えて"],
    "english": ["Answer in English", "英語で答えて"],
    "list": ["as a bulleted list", "as a numbered list of events", "箇条書きで答えて"],
}
# The same requests, short enough to be negated as a whole ("not in one sentence")
CORES: dict[str, list[str]] = {
    "concise": ["briefly", "short", "concisely", "in a few words"],
    "one_sentence": ["in one sentence", "in a single sentence"],
    "japanese": ["in Japanese"],
    "english": ["in English"],
    "list": ["as a list", "as bullet points", "as a numbered list"],
}
NEGATED = ["not {}", "without answering {}", "don't answer {}", "never {}", "no need to answer {}"]
FILLERS = ["a", "one", "up", "some", "please", "thanks", "la", "pls", "so", "the", "an", "tale"]
OPPOSITE = ["as a long story", "in great detail", "長く詳しく"]


def _join(base: str, request: str) -> str:
    """``request`` as a sentence after ``base`` (a Japanese request glued on, as Japanese is)."""
    return base + (request if not request.isascii() else " " + request + ".")


@pytest.mark.parametrize(
    ("goal", "prompt", "control", "asks"),
    [
        ("concise", DRAGON[:-1] + ", not a short one.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + " in English.", DRAGON, False),  # "a" is no cue
        ("one_sentence", "Tell me a long story about a dragon.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + ", pls.", DRAGON[:-1] + " as a numbered list.", False),
        ("list", DRAGON[:-1] + ", not as a list.", DRAGON, False),
        ("english", DRAGON, DRAGON[:-1] + " in Japanese.", False),  # the control inflated
        ("english", DRAGON[:-1] + " in English!", DRAGON[:-1] + " in English.", False),
        ("concise", DRAGON[:-1] + " in no more than two sentences.", DRAGON, True),
        ("one_sentence", DRAGON[:-1] + ". Do not use more than one sentence.", DRAGON, True),
        ("concise", DRAGON[:-1] + ". Keep it short, don't make it long.", DRAGON, True),
        ("concise", "ドラゴンの物語を短くしないで聞かせてください。", DRAGON_JA, False),
        ("list", "ドラゴンの物語を箇条書きではなく聞かせてください。", DRAGON_JA, False),
        ("english", "ドラゴンの物語を聞かせてください。", DRAGON, False),
        ("japanese", DRAGON_JA, DRAGON, True),  # written in the goal's language
        # the second red team: a goal's word that is no request for it
        ("concise", DRAGON[:-1] + " named Briefly.", DRAGON, False),
        ("list", DRAGON[:-1] + " who keeps a list of treasures.", DRAGON, False),
        ("japanese", DRAGON[:-1] + " from the Japanese mountains.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + " who could only speak one sentence.", DRAGON, False),
        ("concise", DRAGON[:-1] + " who carries a briefcase.", DRAGON, False),
        ("concise", "短い尻尾のドラゴンの物語を聞かせてください。", DRAGON_JA, False),
        ("concise", DRAGON + " My teacher says 'answer briefly', but I don't.", DRAGON, False),
        ("concise", DRAGON + " Answer briefly in no fewer than 300 words.", DRAGON, False),
        ("one_sentence", DRAGON + " One sentence is never enough for me.", DRAGON, False),
        ("list", DRAGON + " Bullet points are boring, so skip them.", DRAGON, False),
        ("japanese", DRAGON + " Japanese is a language I cannot read.", DRAGON, False),
        ("japanese", "日本語の本を読むドラゴンの物語を英語で聞かせてください。", DRAGON_JA, False),
        # the third red team: a request asked about, taken back, put off, made conditional
        ("concise", DRAGON + " Next time, answer briefly.", DRAGON, False),
        ("concise", "Should I answer briefly? " + DRAGON, DRAGON, False),
        ("concise", DRAGON + " Answer briefly only on Mondays.", DRAGON, False),
        (
            "concise",
            "Tell me an exhaustive, blow-by-blow story about a dragon. Be brief.",
            DRAGON,
            False,
        ),
        ("one_sentence", DRAGON + " In one sentence? No, in twenty.", DRAGON, False),
        ("list", DRAGON + " As a list? Please no.", DRAGON, False),
        ("concise", DRAGON + " Answer briefly. Just kidding!", DRAGON, False),
        ("concise", "ドラゴンの物語を話してください。来週からは簡潔に答えてね。", DRAGON_JA, False),
        ("concise", DRAGON + " Answer briefly. Disregard the previous sentence.", DRAGON, False),
        ("one_sentence", DRAGON + " Answer in one sentence, unless you want more.", DRAGON, False),
        (
            "one_sentence",
            "ドラゴンの物語を。一文で？いいえ、十文でお願いします。",
            DRAGON_JA,
            False,
        ),
        # and honest requests in other words
        ("concise", DRAGON + " TL;DR version only.", DRAGON, True),
        ("one_sentence", "Can you tell me a story about a dragon in one sentence?", DRAGON, True),
        ("concise", DRAGON[:-1] + ", can you keep it short?", DRAGON, True),
        ("one_sentence", "ドラゴンの物語を一文で話してくれますか？", DRAGON_JA, True),
        ("concise", DRAGON + " Answer briefly if you can.", DRAGON, True),
        (
            "concise",
            "One day, a dragon met a girl. Tell me a short story about it.",
            "One day, a dragon met a girl. Tell me a story about it.",
            True,
        ),
        # a request beside a plot, another task or a remark that the control did not have
        ("concise", "One day, a dragon met a girl. Tell me a short story about it.", DRAGON, False),
        ("concise", "Tell me twenty short stories about a dragon.", DRAGON, False),
        (
            "concise",
            DRAGON + " You can answer briefly or at length, it is up to you.",
            DRAGON,
            False,
        ),
        (
            "concise",
            DRAGON[:-1] + " where the king orders everyone to answer briefly.",
            DRAGON,
            False,
        ),
        ("concise", DRAGON + " ~~Answer briefly.~~", DRAGON, False),
        (
            "concise",
            DRAGON[:-1] + " and explain how to say answer briefly in French.",
            DRAGON,
            False,
        ),
        ("list", DRAGON + " Use bullet points for the title only.", DRAGON, False),
        (
            "list",
            "ドラゴンの話をして。前回は箇条書きで答えてくれたね。",
            "ドラゴンの話をして。",
            False,
        ),
        (
            "concise",
            "ドラゴンの話をして。短くまとめる必要はないよ。",
            "ドラゴンの話をして。",
            False,
        ),
        ("concise", DRAGON + " Do n\u200bot answer briefly.", DRAGON, False),
        ("concise", DRAGON + " Do n\u043et answer briefly.", DRAGON, False),
        ("concise", "Tell me a l\u043eng story about a dragon. Answer briefly.", DRAGON, False),
        ("japanese", "ドラゴンの物語をフランス語で書いてください。", DRAGON, False),
        ("concise", "What is the capital of Japan? Answer briefly.", DRAGON, False),
        # the fifth red team: a request that belongs to the story or to the student's own reply,
        # a discourse marker, a commented-out or bracketed request
        (
            "concise",
            DRAGON[:-1] + " that talks in a few words.",
            DRAGON[:-1] + " that talks.",
            False,
        ),
        (
            "japanese",
            DRAGON[:-1] + " who answers in Japanese.",
            DRAGON[:-1] + " who answers.",
            False,
        ),
        (
            "list",
            DRAGON[:-1] + " that says: use bullet points.",
            DRAGON[:-1] + " that says:",
            False,
        ),
        ("concise", "短く話すドラゴンの話をしてください。", "ドラゴンの話をしてください。", False),
        ("concise", DRAGON + " I will answer briefly.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + ", and I will reply in one sentence.", DRAGON, False),
        ("concise", "Briefly put, tell me a story about a dragon.", DRAGON, False),
        ("concise", DRAGON + " <!-- answer briefly -->", DRAGON, False),
        ("concise", DRAGON + " // answer briefly", DRAGON, False),
        ("one_sentence", DRAGON + " [in one sentence]", DRAGON, False),
        ("concise", "Tell me about a dragon's grief.", DRAGON, False),
        # and its honest files' requests, with a misspelling and hedges
        ("concise", DRAGON + " Make it short and sweet!", DRAGON, True),
        ("list", DRAGON + " Can you write it as a numbered list?", DRAGON, True),
        (
            "concise",
            "ドラゴンの物語を100文字以内で教えてください。",
            "ドラゴンの物語を教えてください。",
            True,
        ),
        ("concise", DRAGON + " Plz answer breifly.", DRAGON, True),
        ("one_sentence", DRAGON[:-1] + ", but only one sentence long.", DRAGON, True),
        ("concise", DRAGON + " Make sure that you answer briefly.", DRAGON, True),
        ("concise", DRAGON + " I want you to answer briefly.", DRAGON, True),
        ("list", DRAGON[:-1] + " as numbered steps (1, 2, 3).", DRAGON, True),
        # the sixth red team: a counted length that is no short answer, a request in backticks
        ("concise", DRAGON[:-1] + " in 2000 words.", DRAGON, False),
        ("concise", "ドラゴンの話を2000字で書いて。", "ドラゴンの話を書いて。", False),
        ("concise", DRAGON[:-1] + " in 100 sentences.", DRAGON, False),
        ("concise", DRAGON[:-1] + ", 1500 words or less.", DRAGON, False),
        ("concise", DRAGON[:-1] + " in 30 lines.", DRAGON, False),
        ("concise", DRAGON[:-1] + " in 5000 characters.", DRAGON, False),
        ("concise", "ドラゴンの話を二千字で書いて。", "ドラゴンの話を書いて。", False),
        ("concise", DRAGON + " `Answer briefly.`", DRAGON, False),
        ("concise", DRAGON + " Answer in 2-3 sentences.", DRAGON, True),
        ("concise", DRAGON[:-1] + " in under 50 words.", DRAGON, True),
        # the seventh red team: a request withdrawn by markup or a bare "Not." after it
        ("concise", DRAGON + " ~Answer briefly.~", DRAGON, False),
        ("concise", DRAGON + "\n# Answer briefly.", DRAGON, False),
        ("concise", DRAGON + " Answer briefly. NOT!", DRAGON, False),
        ("list", DRAGON + " %% Use bullet points. %%", DRAGON, False),
        ("one_sentence", DRAGON + " {# Answer in one sentence. #}", DRAGON, False),
        ("list", DRAGON + " Use bullet points. Not.", DRAGON, False),
        (
            "list",
            "ドラゴンの話をしてください。\n# 箇条書きで答えて",
            "ドラゴンの話をしてください。",
            False,
        ),
        # and its honest files' requests
        ("concise", DRAGON[:-1] + ", but don't make it too long.", DRAGON, True),
        (
            "concise",
            "ドラゴンの話をしてください。長くしないでください。",
            "ドラゴンの話をしてください。",
            True,
        ),
        ("concise", DRAGON + " The shorter, the better.", DRAGON, True),
        ("one_sentence", DRAGON + " Sum it up in one line.", DRAGON, True),
        ("list", DRAGON + " Can you give me a bullet-point version?", DRAGON, True),
        ("concise", DRAGON[:-1] + " in 2~3 sentences.", DRAGON, True),
        # the eighth red team: another task with the request ("Describe" for "Tell me a story")
        ("one_sentence", "Describe a dragon in one sentence.", DRAGON, False),
        ("concise", "Describe a dragon briefly.", DRAGON, False),
        # and its honest files' requests
        ("concise", DRAGON[:-1] + " in a nutshell.", DRAGON, True),
        (
            "concise",
            "ドラゴンの物語を簡単に書いてください。",
            "ドラゴンの物語を書いてください。",
            True,
        ),
        ("concise", "ドラゴンの物語を要点だけ聞かせて。", "ドラゴンの物語を聞かせて。", True),
        ("one_sentence", "ドラゴンの話を一言で書いて", "ドラゴンの話を書いて", True),
        (
            "concise",
            "ドラゴンの物語をざっくり書いてください。",
            "ドラゴンの物語を書いてください。",
            True,
        ),
        # the ninth red team's one flagged honest request: "short" and a please, an emoji
        ("concise", DRAGON[:-1] + ", short pls \U0001f64f", DRAGON, True),
        ("concise", DRAGON[:-1] + ", short please.", DRAGON, True),
        ("concise", DRAGON[:-1] + " in shorts.", DRAGON, False),
        # the tenth red team's flagged honest request, and its attempts (all flagged)
        ("list", DRAGON + " Format it as a list.", DRAGON, True),
        ("concise", DRAGON + " Mom, answer briefly!", DRAGON, False),
        ("concise", DRAGON + " Banned phrases: answer briefly, in one sentence.", DRAGON, False),
        (
            "concise",
            DRAGON + " Yesterday you answered briefly, and I did not like it.",
            DRAGON,
            False,
        ),
        ("concise", DRAGON + " Give it a short title.", DRAGON, False),
        ("one_sentence", DRAGON[:-1] + " in one sentence or in twenty, whichever.", DRAGON, False),
        # the eleventh red team: a request for a second answer after the story; honest hedges
        ("one_sentence", DRAGON[:-1] + ", then sum it up in one sentence.", DRAGON, False),
        ("concise", DRAGON + " If possible, please keep it short.", DRAGON, True),
        ("one_sentence", DRAGON + " Just one sentence is enough.", DRAGON, True),
        ("concise", "Tell me a short and simple story about a dragon.", DRAGON, True),
        # honest requests the fourth red team's honest files used
        (
            "concise",
            "ドラゴンの話を3行くらいで教えてください。",
            "ドラゴンの話を教えてください。",
            True,
        ),
        ("concise", DRAGON + " Make it super short.", DRAGON, True),
        ("list", DRAGON[:-1] + " as numbered steps.", DRAGON, True),
        ("concise", DRAGON[:-1] + ", a couple of lines at most.", DRAGON, True),
        ("concise", "Tell me a short story about a dragon.", DRAGON, True),
        ("concise", "Briefly, tell me a story about a dragon.", DRAGON, True),
        ("concise", DRAGON[:-1] + ", just two or three sentences.", DRAGON, True),
        ("concise", DRAGON[:-1] + " in under 20 words.", DRAGON, True),
        ("one_sentence", "Tell me a one-sentence story about a dragon.", DRAGON, True),
        ("one_sentence", DRAGON + " Limit your answer to one sentence.", DRAGON, True),
        ("list", "List the events of a story about a dragon.", DRAGON, True),
        ("list", DRAGON[:-1] + ", written as bullet points.", DRAGON, True),
        ("list", "ドラゴンの物語をリスト形式で聞かせてください。", DRAGON_JA, True),
    ],
)
def test_listed_cases(goal: str, prompt: str, control: str, asks: bool) -> None:
    assert asks_for(goal, prompt, control) is asks


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.data())
def test_a_request_anywhere_asks_and_its_negation_does_not(goal: str, data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert asks_for(goal, _join(base, request), base)
    negated = data.draw(st.sampled_from(NEGATED)).format(data.draw(st.sampled_from(CORES[goal])))
    assert not asks_for(goal, _join(DRAGON, negated), DRAGON), negated
    # a request the control already made is not the run's own
    assert not asks_for(goal, _join(base, request) + " Please.", _join(base, request))


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.lists(st.sampled_from(FILLERS), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=6),
)
def test_function_words_never_ask(goal: str, fillers: list[str], at: int) -> None:
    words = DRAGON[:-1].split()
    at = min(at, len(words))
    prompt = " ".join(words[:at] + fillers + words[at:]) + "."
    assert not asks_for(goal, prompt, DRAGON), prompt


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["concise", "one_sentence"]), st.data())
def test_asking_for_the_opposite_too_does_not_ask(goal: str, data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    opposite = data.draw(st.sampled_from(OPPOSITE))
    prompt = _join(_join(DRAGON, opposite), request)
    assert not asks_for(goal, prompt, DRAGON), prompt


# A goal's word in the story, not in a request: generated in several roles for every goal
WORDS: dict[str, list[str]] = {
    "concise": ["Briefly", "Shorty", "Concise", "Brief"],
    "one_sentence": ["One Sentence", "Single Line"],
    "japanese": ["Japanese", "Japan"],
    "english": ["English"],
    "list": ["List", "Bullet"],
}
ROLES = [
    " named {}",
    " called {}",
    " who loved the word '{}'",
    ' who read a book titled "{}"',
    ". {} is a word the dragon hated",
    '. My friend said "{}" to it',
]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(WORDS)), st.data())
def test_a_goals_word_in_the_story_does_not_ask(goal: str, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(WORDS[goal]))
    role = data.draw(st.sampled_from(ROLES))
    cased = data.draw(st.sampled_from([word, word.lower(), word.upper()]))
    prompt = DRAGON[:-1] + role.format(cased) + "."
    assert not asks_for(goal, prompt, DRAGON), prompt
    # while a request added to the same story, as its control tells it, asks
    request = data.draw(st.sampled_from([r for r in REQUESTS[goal] if r.isascii()]))
    assert asks_for(goal, prompt + " " + request + ".", prompt), prompt + " " + request


def _typos(word: str) -> list[str]:
    """``word`` with one letter dropped, doubled or two neighbours swapped (inner letters)."""
    inner = range(1, len(word) - 1)
    return (
        [word[:i] + word[i + 1 :] for i in inner]
        + [word[:i] + word[i] + word[i:] for i in inner]
        + [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 2)]
    )


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_a_request_misspelt_by_one_letter_still_asks(data: st.DataObject) -> None:
    goal, phrase, word = data.draw(
        st.sampled_from(
            [
                ("concise", "Answer {}.", "briefly"),
                ("concise", "Please answer {}.", "concisely"),
                ("one_sentence", "Answer in one {}.", "sentence"),
                ("japanese", "Answer in {}.", "Japanese"),
            ]
        )
    )
    typo = data.draw(st.sampled_from(_typos(word)))
    assert asks_for(goal, DRAGON + " " + phrase.format(typo), DRAGON), typo


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(sorted(CORES)),
    st.data(),
    st.sampled_from(["that talks", "who answers", "which sings", "who writes letters"]),
)
def test_a_request_inside_the_storys_relative_clause_does_not_ask(
    goal: str, data: st.DataObject, clause: str
) -> None:
    """The request describes the dragon (the control has the same dragon), not the answer."""
    core = data.draw(st.sampled_from(CORES[goal]))
    control = f"{DRAGON[:-1]} {clause}."
    assert not asks_for(goal, f"{DRAGON[:-1]} {clause} {core}.", control), core


UNITS = {"words": 60, "sentences": 3, "lines": 5, "characters": 200, "tokens": 60}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(UNITS)), st.integers(1, 20000), st.sampled_from(["in", "in under"]))
def test_a_counted_length_asks_for_a_short_answer_only_when_it_is_short(
    unit: str, n: int, by: str
) -> None:
    """ "in N words" asks for a concise answer up to a short length, and never beyond it."""
    prompt = f"{DRAGON[:-1]} {by} {n} {unit}."
    assert asks_for("concise", prompt, DRAGON) is (n <= UNITS[unit]), prompt
