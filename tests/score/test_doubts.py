"""score.asks, pass 106: a request left in doubt by what follows it, and a count bounded by a
sign. Generated neighbours of the pass's probes, drawn from Unicode's own data where the class is
a class of characters: every question mark of doubt, every face that teases, every comparison
sign (the listed rows: :mod:`tests.score.asks_cases`)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, TELL
from tests.score.request_forms import ENGLISH, REQUESTS, askable


def _named(chars: range, *words: str) -> list[str]:
    """The characters of ``chars`` whose Unicode name holds one of ``words``, as NFKC keeps them."""
    return [
        c
        for c in map(chr, chars)
        if any(w in unicodedata.name(c, "") for w in words)
        and unicodedata.normalize("NFKC", c) == c
    ]


DOUBTING = [
    c
    for c in _named(range(0x80, 0x20000), "QUESTION MARK", "INTERROBANG")
    if unicodedata.category(c).startswith("P") and "INVERTED" not in unicodedata.name(c)
]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from([*DOUBTING, ".~"]), st.data())
def test_a_question_mark_of_doubt_reads_as_a_question_mark(
    goal: str, mark: str, data: st.DataObject
) -> None:
    """ "Keep it short⸮", "‽", "؟", ".~" are asked as "Keep it short?" is: not asked; a polite
    question with one asks."""
    # "Please ...?" is a polite request and asks, with either mark (the same reading)
    request = data.draw(st.sampled_from([r for r in askable(goal) if "Please" not in r]))
    base = TELL if not request.isascii() else DRAGON
    plain = asks_for(goal, f"{base} {request}?", base)
    assert asks_for(goal, f"{base} {request}{mark}", base) is plain is False, request + mark
    if goal != "english":
        assert asks_for(goal, f"{DRAGON} Can you answer {ENGLISH[goal][0]}{mark}", DRAGON)


_FACES = range(0x1F600, 0x1FB00)
TEASING = _named(_FACES, "HAND COVERING", "HAND OVER", "ONE LARGE AND ONE SMALL", "TIGHTLY-CLOSED")
SMILES = [c for c in _named(_FACES, "SMILING", "GRINNING") if c not in TEASING]
SMILES = [
    c for c in SMILES if "HORNS" not in unicodedata.name(c) and "SMIRK" not in unicodedata.name(c)
]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from(TEASING), st.sampled_from(SMILES))
def test_a_face_that_teases_leaves_the_request_in_doubt(goal: str, tease: str, smile: str) -> None:
    """🤭, 🤪, 😆 and their kin by name; a plain smile beside a request leaves it standing."""
    request = askable(goal)[-1]
    base = TELL if not request.isascii() else DRAGON
    assert not asks_for(goal, f"{base} {request} {tease}", base), request + tease
    assert asks_for(goal, f"{base} {request} {smile}", base), request + smile


JA_TAILS = ["か", "かしら", "かな", "かなあ", "かね", "ってか", "だろうか", "たぶん", "おそらく",
            "らしい", "らしいよ", "だとか", "だそうで", "だってよ", "とやら", "みたいな",
            "っていう", "などと", "なんて"]  # fmt: skip
COURTESY = ["ね", "お願い", "よろしく", "お願いします", "頼む"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from(JA_TAILS),
    st.sampled_from(["。", "…。", "……", ""]),
    st.sampled_from(COURTESY),
)
def test_a_japanese_musing_tail_leaves_the_request_unmade(
    goal: str, tail: str, end: str, courtesy: str
) -> None:
    """短く答えて、かしら。, 一文で答えて、だとか。; a courtesy tail (、ね。, 、お願い。) asks."""
    request = REQUESTS[goal][-1]  # the Japanese one
    assert not asks_for(goal, f"{TELL}{request}、{tail}{end}", TELL), request + tail
    assert asks_for(goal, f"{TELL}{request}、{courtesy}。", TELL), request + courtesy


LAUGHS = st.one_of(
    st.builds(lambda n: "ha" * n, st.integers(2, 4)),
    st.builds(lambda n, m: "l" + "o" * n + "l" * m, st.integers(1, 3), st.integers(1, 2)),
    st.sampled_from(["lmao", "rofl", "hehe", "xD", "LOL", "hmm", "hmmm", "I wonder"]),
)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["concise", "one_sentence", "japanese", "list"]),
    LAUGHS,
    st.sampled_from(["", ".", "!", "...", " :"]),
    st.data(),
)
def test_an_english_laugh_or_musing_ending_the_prompt_leaves_it_unmade(
    goal: str, laugh: str, end: str, data: st.DataObject
) -> None:
    """ "Keep it short lol", "Use bullet points, hmm."; a musing before the request, or a laugh
    in the story the control tells too, leaves it standing."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    end = "" if end == " :" else end
    sep = ", " if laugh[0] in "hI" else data.draw(st.sampled_from([" ", ", "]))
    assert not asks_for(goal, f"{DRAGON} {request}{sep}{laugh}{end}", DRAGON), request + laugh
    story = f"{DRAGON[:-1]} who says {laugh.lower()}."
    assert asks_for(goal, f"{story} {request}.", story), request
    assert asks_for(goal, f"{DRAGON} Hmm, {request[:1].lower()}{request[1:]}.", DRAGON), request


_MATH = [
    c
    for c in _named(range(0x2200, 0x2B00), "GREATER-THAN", "LESS-THAN")
    if "EQUAL" in unicodedata.name(c)
    and unicodedata.category(c) == "Sm"
    and not unicodedata.name(c).startswith(("NOT", "NEITHER"))
]
AT_LEAST = [c for c in _MATH if "LESS-THAN" not in unicodedata.name(c)] + [">="]
AT_MOST = [c for c in _MATH if "GREATER-THAN" not in unicodedata.name(c)] + ["<="]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(AT_LEAST),
    st.sampled_from(AT_MOST),
    st.integers(2, 60),
    st.sampled_from(["", " "]),
)
def test_a_count_bounded_by_a_sign_reads_as_at_least_or_at_most(
    least: str, most: str, n: int, gap: str
) -> None:
    """ "in ≥60 words", ≧100文字で ask for no short answer; "in ≤60 words", ≦100文字で do."""
    story = DRAGON[:-1]
    assert not asks_for("concise", f"{story} in {least}{gap}{n} words.", DRAGON), least
    assert asks_for("concise", f"{story} in {most}{gap}{n} words.", DRAGON), most
    assert not asks_for("concise", f"{TELL}{least}{gap}{n * 3}文字で。", TELL), least
    assert asks_for("concise", f"{TELL}{most}{gap}{n * 3}文字で。", TELL), most
    assert not asks_for("one_sentence", f"{story} in {least}{gap}1 sentence.", DRAGON), least
    assert asks_for("one_sentence", f"{TELL}{most}{gap}1文で。", TELL), most


@settings(max_examples=40, deadline=None)
@given(goal=st.sampled_from(sorted(g for g in ENGLISH if g != "english")), snark=st.booleans())
def test_a_struck_out_request_stays_struck_out_beside_the_snark(goal: str, snark: bool) -> None:
    """rt7-08: the tilde that closes "~...~" is no snark mark; a request struck out asks for
    nothing, and one with a snark after it asks for nothing either."""
    request = ENGLISH[goal][0].rstrip(".")
    assert asks_for(goal, f"{DRAGON} {request}.", DRAGON)
    prompt = f"{DRAGON} {request}.~" if snark else f"{DRAGON} ~{request}.~"
    assert not asks_for(goal, prompt, DRAGON)
