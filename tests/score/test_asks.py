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

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, DRAGON_JA, LISTED
from tests.score.request_forms import ENGLISH, REQUESTS, askable, join

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


@pytest.mark.parametrize(
    ("goal", "prompt", "control", "asks"),
    LISTED,
)
def test_listed_cases(goal: str, prompt: str, control: str, asks: bool) -> None:
    assert asks_for(goal, prompt, control) is asks


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.data())
def test_a_request_anywhere_asks_and_its_negation_does_not(goal: str, data: st.DataObject) -> None:
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert asks_for(goal, join(base, request), base)
    negated = data.draw(st.sampled_from(NEGATED)).format(data.draw(st.sampled_from(CORES[goal])))
    assert not asks_for(goal, join(DRAGON, negated), DRAGON), negated
    # a request the control already made is not the run's own
    assert not asks_for(goal, join(base, request) + " Please.", join(base, request))


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
    prompt = join(join(DRAGON, opposite), request)
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


BY = ["in", "in under", "in about", "in around", "in roughly", "in less than", "in ~", "a"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(UNITS)), st.integers(1, 20000), st.sampled_from(BY))
def test_a_counted_length_asks_for_a_short_answer_only_when_it_is_short(
    unit: str, n: int, by: str
) -> None:
    """ "in N words", "in about N words" or "an N-word story" asks for a concise answer up to a
    short length, and never beyond it."""
    if by == "a":
        prompt = f"Tell me a {n}-{unit[:-1]} story about a dragon."
    else:
        prompt = f"{DRAGON[:-1]} {by}{'' if by.endswith('~') else ' '}{n} {unit}."
    assert asks_for("concise", prompt, DRAGON) is (n <= UNITS[unit]), prompt


MINIMUM = [
    "not less",
    "no less",
    "but not less",
    "and not a word less",
    "if not more",
    "possibly more",
    "or even more",
    "if not a lot more",
    "not one word less",
    "no fewer",
]
EXACT = ["no more, no less", "no less, no more", "not more and not less", "no more nor less"]
MAXIMUM = ["not more", "no more", "if not less", "and no longer", "at most"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["words", "sentences", "lines"]),
    st.integers(1, 3),
    st.sampled_from([(t, False) for t in MINIMUM] + [(t, True) for t in EXACT + MAXIMUM]),
    st.sampled_from([", ", " — ", "; ", ". "]),
)
def test_a_count_made_a_minimum_asks_for_nothing_short(
    unit: str, n: int, tail: tuple[str, bool], sep: str
) -> None:
    """Pass 44: "in 60 words, not less" or "one sentence, if not more" sets a floor, not a
    ceiling; "no more, no less" is exact and "if not less" a ceiling, both still asking."""
    words, asks = tail
    prompt = f"{DRAGON[:-1]}. Answer in {n} {unit}{sep}{words}."
    assert asks_for("concise", prompt, DRAGON) is asks, prompt
    if unit == "sentences" and n == 1:
        one = f"{DRAGON[:-1]}. Answer in one sentence{sep}{words}."
        assert asks_for("one_sentence", one, DRAGON) is asks, one


COMMENTS = ["#", "//", "--", ";", "%", "REM", "rem", ">", "'"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from(COMMENTS), st.data())
def test_a_request_on_a_commented_out_line_does_not_ask(
    goal: str, mark: str, data: st.DataObject
) -> None:
    """A line comment of any common language, or a quoted line, at the line's start (indented or
    not) withdraws the request on it."""
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    indent = data.draw(st.sampled_from(["", "  ", "\t"]))
    prompt = f"{DRAGON}\n{indent}{mark} {request}"
    assert not asks_for(goal, prompt, DRAGON), prompt
    # the comment ends with its line: a request on the next line asks
    assert asks_for(goal, join(f"{DRAGON}\n{indent}{mark} a note\n", request), DRAGON), mark


FAMILIES = [
    "NEGATIVE SQUARED LATIN CAPITAL LETTER {}",
    "NEGATIVE CIRCLED LATIN CAPITAL LETTER {}",
    "SQUARED LATIN CAPITAL LETTER {}",
    "CIRCLED LATIN SMALL LETTER {}",
    "PARENTHESIZED LATIN SMALL LETTER {}",
    "REGIONAL INDICATOR SYMBOL LETTER {}",
    "MATHEMATICAL BOLD SMALL {}",
    "FULLWIDTH LATIN SMALL LETTER {}",
]


def _spelled_in(family: str, word: str) -> str:
    import unicodedata

    return "".join(unicodedata.lookup(family.format(c.upper())) for c in word)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(FAMILIES), st.sampled_from(["not", "never", "no"]), st.data())
def test_a_negation_spelt_in_letter_symbols_still_negates(
    family: str, word: str, data: st.DataObject
) -> None:
    """Squared, circled, parenthesised, regional-indicator, mathematical or full-width letters
    read as the letters Unicode names them after."""
    goal = data.draw(st.sampled_from(sorted(CORES)))
    core = data.draw(st.sampled_from(CORES[goal]))
    prompt = f"{DRAGON} Do {_spelled_in(family, word)} answer {core}."
    assert not asks_for(goal, prompt, DRAGON), prompt


@functools.cache
def _symbols_saying_no() -> list[str]:
    """Every symbol (So) whose Unicode name says no: crosses, X marks, no-entry and prohibited
    signs, 'no good', thumbs down (found by name, so new emoji are covered too)."""
    import sys
    import unicodedata

    marks = ("CROSS MARK", "BALLOT X", "MULTIPLICATION X", "NO ENTRY", "PROHIBITED", "NO GOOD")
    found = []
    for cp in range(0x2000, min(sys.maxunicode, 0x1FAFF)):
        name = unicodedata.name(chr(cp), "")
        if unicodedata.category(chr(cp)) == "So" and (
            any(m in name for m in (*marks, "THUMBS DOWN")) or name.startswith("NO ")
        ):
            found.append(chr(cp))
    return found


SAYS_NO = st.deferred(lambda: st.sampled_from(_symbols_saying_no()))


@settings(max_examples=150, deadline=None)
@given(SAYS_NO, st.sampled_from(sorted(REQUESTS)), st.data())
def test_a_symbol_that_says_no_withdraws_the_request_beside_it(
    sign: str, goal: str, data: st.DataObject
) -> None:
    """rt25-01: "🚫 Answer briefly." Before the request, after it in its clause, or alone as the
    next sentence, a symbol that says no leaves the prompt asking for nothing."""
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    base = DRAGON_JA if not request.isascii() else DRAGON
    place = data.draw(st.sampled_from(["{s} {r}", "{r} {s}", "{r}. {s}"]))
    prompt = base + " " + place.format(s=sign, r=request) + "."
    assert len(_symbols_saying_no()) > 10
    assert not asks_for(goal, prompt, base), prompt
    assert asks_for(goal, base + " ✅ " + request + ".", base)  # a tick says yes


STRUCK = ["[s]{}[/s]", "[strike]{}[/strike]", "[DEL]{}[/DEL]", "[s]{}", "[S] {} [/S]"]
STRUCK += ["-{}-", "[line-through]#{}#", "\n.. {}", '\n.\\" {}', '\n" {}']
STRUCK += ["+{}+", "++{}++", "--{}--", "#|{}|#", "#= {} =#", "/+ {} +/", "%{{ {} %}}", "{{{}}}"]
STRUCK += ["{{% comment %}}{}{{% endcomment %}}", "\n=begin\n{}\n=end"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(STRUCK), st.sampled_from(sorted(set(REQUESTS) - {"english"})), st.data())
def test_a_request_struck_out_in_any_markup_does_not_ask(
    markup: str, goal: str, data: st.DataObject
) -> None:
    """rt29-05: '[s]Answer in Japanese.[/s]', rt33-07: '+Use bullet points.+'. Forum, wiki,
    document and programming markups strike text out or comment it out as surely as ~~ and
    <del> do; the same request unstruck asks."""
    request = data.draw(st.sampled_from(ENGLISH[goal])) + "."
    assert not asks_for(goal, f"{DRAGON} {markup.format(request)}", DRAGON)
    assert asks_for(goal, f"{DRAGON} {request}", DRAGON)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from(["As if.", "As if!", "Not really.", "Well, not really.", "Not quite."]),
    st.sampled_from([" ", " — ", "\n"]),
    st.data(),
)
def test_a_one_phrase_retraction_after_the_request_takes_it_back(
    goal: str, retraction: str, between: str, data: st.DataObject
) -> None:
    """rt29: "Keep it short. As if!" A sentence that only retracts leaves nothing asked."""
    request = data.draw(st.sampled_from(askable(goal)))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert not asks_for(goal, f"{join(base, request)}{between}{retraction}", base)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from([". ", ", ", " — ", ": ", " (", " = ", "... "]),
    st.sampled_from(
        ["Don't.", "Please don't!", "Do not.", "don't do it.", "Actually, don't.", "no."]
    ),
    st.data(),
)
def test_a_bare_refusal_after_the_request_takes_it_back(
    goal: str, past: str, refusal: str, data: st.DataObject
) -> None:
    """rt30's probes: "Keep it short. Don't.", "Answer briefly: no.", 短く答えて。しないで。"""
    request = data.draw(st.sampled_from(askable(goal)))
    base = DRAGON_JA if not request.isascii() else DRAGON
    if request.isascii() and not (refusal == "no." and past == ", "):  # ("short, no?" asks)
        assert not asks_for(goal, f"{base} {request}{past}{refusal}", base)
    ja = data.draw(st.sampled_from(["しないで。", "やめて。", "いらない。", "しないでください。"]))
    stop = data.draw(st.sampled_from(["。", "：", "\n"]))
    assert not asks_for(goal, f"{base}{request}{stop}{ja}", base)


UNREAD = ["🧢", "🤥", "🤡", "😉", "🙃", "😜", "🙄", "😏", "¬"]
READ = ["🙏", "😊", "✅", "👍", "✨", "🐉", "♪", "➡"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from(UNREAD),
    st.sampled_from(READ),
    st.sampled_from(["{r} {s}", "{s}{r}", "{r}. {s}"]),
    st.data(),
)
def test_a_symbol_that_may_mean_a_joke_makes_the_request_doubtful(
    goal: str, unread: str, read: str, place: str, data: st.DataObject
) -> None:
    """rt35-02: "Answer briefly 🧢" (cap: a lie). A symbol beside a request that may mean a
    joke, a wink or a lie leaves it doubtful (a review flag); one that says yes, please or
    nothing (🙏, ✅, a smile, a note) leaves it standing."""
    request = data.draw(st.sampled_from(askable(goal)))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert not asks_for(goal, f"{base} {place.format(r=request, s=unread)}", base)
    assert asks_for(goal, f"{base} {request} {read}", base)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from(
        ["（とは言ってない）", "、とは言ってない。", "(って言ってない)", "（言ってみただけ）"]
    ),
    st.data(),
)
def test_i_didnt_say_that_takes_the_request_back(
    goal: str, retraction: str, data: st.DataObject
) -> None:
    """rt35-04: 一文で答えて（とは言ってない）, the net's "(I didn't say that)"."""
    request = data.draw(st.sampled_from(askable(goal)))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert not asks_for(goal, f"{base} {request}{retraction}", base)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["concise", "one_sentence"]),
    st.sampled_from([", no more, no less.", ", not more.", ", no more than that.", ", no fluff."]),
    st.data(),
)
def test_no_more_no_less_goes_with_the_request(goal: str, more: str, data: st.DataObject) -> None:
    """rt37-12: "Tell it in one sentence, no more, no less." was flagged; it insists."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    assert asks_for(goal, f"{DRAGON} {request}{more}", DRAGON)


CANCELS = [", but don't.", " — but don't.", ", but no.", ", but please don't, thanks.",
           ". But please don't.", ", though don't!", ", yet no."]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(CORES)), st.sampled_from(CANCELS), st.data())
def test_a_request_cancelled_by_but_dont_asks_for_nothing(
    goal: str, cancel: str, data: st.DataObject
) -> None:
    """Pass 46: "Keep it short, but please don't." A bare "don't" or "no" after a "but" takes
    the request back; with a verb of its own ("but don't rush it") it does not."""
    core = data.draw(st.sampled_from([c for c in CORES[goal] if c != "short"]))  # "Answer short"
    assert asks_for(goal, f"{DRAGON} Answer {core}.", DRAGON), core
    prompt = f"{DRAGON} Answer {core}{cancel}"
    assert not asks_for(goal, prompt, DRAGON), prompt
    assert asks_for(goal, f"{DRAGON} Answer {core}, but don't rush it.", DRAGON), core


ADDRESSED = ["bro", "dude", "mate", "my friend", "buddy", "chatbot", "AI", "ChatGPT", "tiny-terse"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["concise", "one_sentence", "japanese", "list"]),  # asked in English
    st.sampled_from(ADDRESSED),
    st.sampled_from(["{r}, {a}.", "{A}, {r}.", "Hey {a}, {r}."]),
    st.data(),
)
def test_a_request_said_to_the_model_by_a_name_still_asks(
    goal: str, name: str, form: str, data: st.DataObject
) -> None:
    """pass 58: "Keep it short, bro." The model (or a listener) addressed beside the request is
    whom it is said to; "Mom, ..." is someone else (the listed cases)."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    said = form.format(r=request, a=name, A=name[:1].upper() + name[1:])
    assert asks_for(goal, f"{DRAGON} {said}", DRAGON), said


TAGS = ["no cap", "fr", "for real", "seriously", "honestly", "no joke", "I swear", "okay?"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["concise", "one_sentence", "japanese", "list"]),  # asked in English
    st.sampled_from(TAGS),
    st.sampled_from(["{r}, {t}.", "{T}, {r}."]),
    st.data(),
)
def test_a_request_insisted_on_by_a_tag_still_asks(
    goal: str, tag: str, form: str, data: st.DataObject
) -> None:
    """pass 60: "One sentence only, no cap.", "Seriously, keep it short." A sincerity tag beside
    the request insists; "just kidding" takes it back (the listed cases)."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    said = form.format(r=request, t=tag, T=tag[:1].upper() + tag[1:]).replace("?.", "?")
    if tag.endswith("?") and form.startswith("{T}"):
        said = said.replace("?,", ",")
    assert asks_for(goal, f"{DRAGON} {said}", DRAGON), said


ASIDE_JA = ["のはさておき。", "のはともかく。", "のは置いといて。"]
ASIDE_JA += ["のは別として。", "のは後回しで。"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from(ASIDE_JA), st.data())
def test_a_request_set_aside_in_japanese_does_not_ask(
    goal: str, aside: str, data: st.DataObject
) -> None:
    """pass 62: 短くまとめるのはさておき. A request made the topic of さておき (setting it aside) is
    not made; as a verb phrase ("短く答える") or a noun ("箇条書き") alike."""
    verb = {"concise": "短く答える", "one_sentence": "一文で答える", "japanese": "日本語で答える",
            "english": "英語で答える", "list": "箇条書きにする"}[goal]  # fmt: skip
    base = DRAGON_JA if goal != "japanese" else DRAGON
    assert not asks_for(goal, base + verb + aside, base), verb + aside


WINKS = [";)", ";-)", ";]", ";D", ";-P", "(;", "(^_-)", "(^_~)", "(-_^)", ";^)", "（＾＿－）"]
SMILES = [":)", ":-)", "(^_^)", "(^^)", "(;_;)", "^_^"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.data(), st.sampled_from(["", " ", "  "]))
def test_a_request_with_a_wink_typed_after_it_asks_for_nothing(
    goal: str, data: st.DataObject, gap: str
) -> None:
    """pass 104: a wink typed as text takes a request back as 😉 does (a review flag, not a
    fail); a smile or tears beside it leave it standing."""
    request = data.draw(st.sampled_from(REQUESTS[goal])).rstrip(".。!！")
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert asks_for(goal, join(base, request), base), request
    wink, smile = data.draw(st.sampled_from(WINKS)), data.draw(st.sampled_from(SMILES))
    assert not asks_for(goal, join(base, request) + gap + wink, base), request + gap + wink
    assert asks_for(goal, join(base, request) + " " + smile, base), request + " " + smile
