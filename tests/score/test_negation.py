"""score.negation: a request negated where it stands. Generated neighbours of the negations the
red teams found: a bare negation before the request's clause, a bare "not" after it, a Japanese
waiver, a dialect's or the classical language's negative, a negation pointing ahead past a
colon, a rhetorical question or a prohibition with no ない, a sentence before the request that
disowns what follows, and a "not" after the request's verb. Each has its plain twin, which asks.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.asks import asks_for
from tests.score.asks_cases import DRAGON, DRAGON_JA
from tests.score.request_forms import ENGLISH, REQUESTS, askable

BARE = ["Do not", "Don't", "Never", "Please don't", "But not", "Do NOT", "Please, do not"]
PAST = ["…", "...", ",", ":", ";", " —", " (please)", " (!)", " --", ", uh,", "…!"]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(BARE),
    st.sampled_from(PAST),
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.data(),
)
def test_a_bare_negation_negates_the_request_past_its_punctuation(
    negation: str, past: str, goal: str, data: st.DataObject
) -> None:
    """rt28: "Do not… answer briefly", "Do not, answer briefly". A negation with nothing of its
    own governs the request after it, whatever punctuation stands between; "No" before it (an
    interjection) leaves it standing."""
    # (an English prompt to a Japanese control asks for English by its language alone)
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    assert not asks_for(goal, f"{DRAGON} {negation}{past} {request}.", DRAGON)
    if past in (",", ":"):
        assert asks_for(goal, f"{DRAGON} No{past} {request}.", DRAGON)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from([", ", " — ", " (", " -- ", "、", ": "]),
    st.sampled_from(["not", "NOT", "nope", "Not"]),
    st.sampled_from([".", "!", ")", ""]),
    st.data(),
)
def test_a_bare_not_after_the_request_takes_it_back(
    goal: str, past: str, word: str, end: str, data: st.DataObject
) -> None:
    """rt28: "Keep it short, not." The request asked, then refused in one word."""
    request = data.draw(st.sampled_from(REQUESTS[goal]))
    base = DRAGON_JA if not request.isascii() else DRAGON
    assert not asks_for(goal, f"{base} {request}{past}{word}{end}", base)


WAIVERS = [
    "しないで。",
    "じゃなくていいです。",
    "なくてもいいよ。",
    "答えなくていい。",
    "はやめて。",
]
WAIVERS += ["とかはいいので。", "のはやめてね。", "なんてしなくていいよ。"]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(sorted(REQUESTS)),
    st.sampled_from(["…", "……", "、", "—", "...", " ", ""]),
    st.sampled_from(WAIVERS),
    st.data(),
)
def test_a_japanese_waiver_after_the_request_negates_it(
    goal: str, past: str, waiver: str, data: st.DataObject
) -> None:
    """rt28: "in bullet points…じゃなくていいです", 短く…しないで. A Japanese negative or waiver
    right after the request, or past its punctuation with nothing of its own before it, says no;
    a request for something kind past it ("…お願いします") leaves the request standing."""
    request = data.draw(st.sampled_from(askable(goal)))
    base = DRAGON_JA if not request.isascii() else DRAGON
    past = past or (" " if request.isascii() else "")  # ("brieflyお願い" is no word "briefly")
    assert not asks_for(goal, f"{base} {request}{past}{waiver}", base)
    assert asks_for(goal, f"{base} {request}{past}お願いします。", base)


DIALECT = [
    "せんといて",
    "せんといてな",
    "せんでええよ",
    "しやんといて",
    "したらあかんで",
    "せえへんで",
]
DIALECT += ["すんなよ", "するなかれ", "せぬように", "したらいけんよ", "しなさんな", "せんとってや"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from(DIALECT), st.data())
def test_a_dialect_or_classical_negative_after_the_request_says_no(
    goal: str, negative: str, data: st.DataObject
) -> None:
    """rt31-06: 短くせんといてな. Kansai, Mie, Hiroshima and classical negatives and prohibitives
    say no as しないで does; the plain request asks."""
    request = data.draw(st.sampled_from([r for r in askable(goal) if not r.isascii()]))
    stem = request.removesuffix("答えて")  # 短く答えて -> 短く + せんといて
    assert not asks_for(goal, f"{DRAGON_JA}{stem}{negative}。", DRAGON_JA)
    assert asks_for(goal, f"{DRAGON_JA}{stem}してや。", DRAGON_JA)


AHEAD = ["Don't do this:", "Do not do this:", "I don't want this:", "Do not do it like this -"]
AHEAD += ["Don't do the following:", "Please never do this:", "Forbidden:"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(AHEAD),
    st.booleans(),
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.data(),
)
def test_a_negation_pointing_ahead_to_the_request_negates_it(
    ahead: str, in_control: bool, goal: str, data: st.DataObject
) -> None:
    """rt32's probes: "Do not do this: Answer briefly.", or the control ending "Do not do the
    following:" and the run adding only the request. Either way nothing is asked."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    control = f"{DRAGON} {ahead}" if in_control else DRAGON
    assert not asks_for(goal, f"{DRAGON} {ahead} {request}.", control)


RHETORICAL = [
    "してほしいものか",
    "してほしいもんか",
    "なんてしてたまるか",
    "してほしいわけがあるか",
]
RHETORICAL += [
    "するもんですか",
    "してほしいはずがなかろう",
    "してくれるな",
    "するまい",
    "などするものか",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(sorted(REQUESTS)), st.sampled_from(RHETORICAL), st.data())
def test_a_rhetorical_question_or_a_prohibition_after_the_request_says_no(
    goal: str, ending: str, data: st.DataObject
) -> None:
    """rt33-05: 短くなんてしてほしいものか. A rhetorical question (ものか, たまるか, わけがあるか),
    the negative will (まい) or a prohibition (くれるな) says no with no ない; the same request
    wished for (してほしいな) asks."""
    request = data.draw(st.sampled_from([r for r in askable(goal) if not r.isascii()]))
    stem = request.removesuffix("答えて")  # 短く答えて -> 短く + してほしいものか
    assert not asks_for(goal, f"{DRAGON_JA}{stem}{ending}。", DRAGON_JA)
    assert asks_for(goal, f"{DRAGON_JA}{stem}してほしいな。", DRAGON_JA)


DISOWNING = [
    "Do the opposite of my next instruction.",
    "Reverse the next line.",
    "Ignore what comes next.",
    "The following is just a joke.",
    "Everything below is not a request.",
    "From here on, do the opposite.",
    "Pay no attention to the rest.",
    "次の指示は無視して。",
    "以下はメモです。",
    "この後の文は気にしないで。",
    "次の文の逆をして。",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(DISOWNING),
    st.booleans(),
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.sampled_from([" ", "\n"]),
    st.data(),
)
def test_a_sentence_that_disowns_what_follows_negates_the_request_after_it(
    disowning: str, in_control: bool, goal: str, gap: str, data: st.DataObject
) -> None:
    """rt33's probes: the control ends "Do the opposite of what I say next." (or
    次の指示は無視して。) and the run adds only the request. In the control or in the run,
    nothing is asked; a word pointing ahead in the story ("the dragon who lives next door")
    disowns nothing."""
    request = data.draw(st.sampled_from(ENGLISH[goal])) + "."
    base = f"{DRAGON} {disowning}"
    control = base if in_control else DRAGON
    assert not asks_for(goal, f"{base}{gap}{request}", control)
    story = "Tell me a story about a dragon who lives next door."
    assert asks_for(goal, f"{story}{gap}{request}", story)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.sampled_from(["tell it not", "give it not", "answer you will not", "write it never"]),
    st.sampled_from([" ", ", "]),
    st.data(),
)
def test_a_not_after_the_requests_verb_negates_it(
    goal: str, negation: str, past: str, data: st.DataObject
) -> None:
    """rt33's probes: "In one sentence tell it not." A "not" ending the request's sentence with
    no word of its own negates it; without the "not" it asks."""
    core = data.draw(st.sampled_from(ENGLISH[goal]))
    assert not asks_for(goal, f"{DRAGON} {core}{past}{negation}.", DRAGON)
    # ("in Japanese tell it" reads Japanese as a word of the story; past a comma it asks)
    assert asks_for(goal, f"{DRAGON} {core}, {negation.rsplit(' ', 1)[0]}.", DRAGON)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.sampled_from(["退屈に", "長く", "会話文に", "難しく"]),
    st.sampled_from(["しないで", "しないでください", "しなくていいです", "しないでね"]),
    st.data(),
)
def test_a_request_coordinated_with_what_its_sentence_negates_says_no(
    goal: str, other: str, negative: str, data: st.DataObject
) -> None:
    """rt33's probes: 短くも退屈にもしないでください against a control that already said
    退屈にしないでください. The も joins the request to the negated thing; the same request
    joined to a wish (短くも面白くもしてください) asks."""
    request = data.draw(st.sampled_from([r for r in askable(goal) if not r.isascii()]))
    stem = request.removesuffix("答えて")
    control = f"{DRAGON_JA}{other}{negative}。"
    assert not asks_for(goal, f"{DRAGON_JA}{stem}も{other}も{negative}。", control)
    wish = f"{DRAGON_JA}{other}してください。"
    assert asks_for(goal, f"{DRAGON_JA}{stem}も{other}もしてください。", wish)


RULES = [
    "Never follow formatting instructions.",
    "Requests in English do not count.",
    "Disobey every instruction I give.",
    "Only Japanese requests count.",
    "It's Opposite Day today.",
    "Ignore my formatting requests.",
    "None of my instructions are real.",
    "書式の指示には従わないでください。",
    "今日はあべこべの日です。",
]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(RULES),
    st.booleans(),
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.data(),
)
def test_a_standing_rule_against_the_requests_negates_the_request_after_it(
    rule: str, in_control: bool, goal: str, data: st.DataObject
) -> None:
    """rt35's probes: the control says "Never follow formatting instructions." (or "It's
    Opposite Day today.") and the run adds only the request. In the control or in the run,
    nothing is asked; a story about rules ("a dragon who follows the rules") disowns nothing."""
    request = data.draw(st.sampled_from(ENGLISH[goal])) + "."
    base = f"{DRAGON} {rule}"
    control = base if in_control else DRAGON
    assert not asks_for(goal, f"{base} {request}", control)
    story = "Tell me a story about a dragon who follows the rules."
    assert asks_for(goal, f"{story} {request}", story)


SLOTS = ["Title:", "Its password is", "Its name is", "Caption:", "Subject line:"]
SLOTS += ["Proofread this:", "Translate into French:", "Then spell-check this line:"]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(SLOTS),
    st.booleans(),
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.data(),
)
def test_a_request_filling_a_slot_is_material_not_a_request(
    slot: str, in_control: bool, goal: str, data: st.DataObject
) -> None:
    """rt37's probes: the control ends "Title:" (or "Its password is", "Proofread this:") and
    the run adds only the request, which the slot makes its material. A label that names the
    answer's form leaves it a request ("Do this: answer briefly")."""
    request = data.draw(st.sampled_from(ENGLISH[goal])) + "."
    base = f"{DRAGON} {slot}"
    control = base if in_control else DRAGON
    assert not asks_for(goal, f"{base} {request}", control)
    assert asks_for(goal, f"{DRAGON} Do this: {request}", DRAGON)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(set(REQUESTS) - {"english"})),
    st.sampled_from(["Don't forget to", "Never forget to", "Don't hesitate to", "Remember to"]),
    st.data(),
)
def test_a_reminder_to_make_a_request_asks(goal: str, reminder: str, data: st.DataObject) -> None:
    """rt39-10: "Don't forget to use bullet points!" was read as a negation; two negatives make
    one request. "Don't" alone still negates it."""
    request = data.draw(st.sampled_from(ENGLISH[goal]))
    verb = request[0].lower() + request[1:]
    if not verb.startswith(("answer", "keep", "use", "tell", "please")):
        verb = f"answer {verb}"
    assert asks_for(goal, f"{DRAGON} {reminder} {verb}.", DRAGON), verb
    assert not asks_for(goal, f"{DRAGON} Don't {verb}.", DRAGON)
