"""What notes state of a named run, checked against its generation (pass 125), and which runs a
word names (:mod:`grader.score.naming`).

The claims are generated: each kind of claim (its language, cut off, a list or none), each way to
name a run (a model, a run's name, a goal, a request), in English and in Japanese, said of each
run of two real files (the bundled models' answers in tests/data/grounded/heldout.yaml). A claim
is flagged exactly when the named run's generation says otherwise, as the generation's own finish,
script and list items tell; negated, it is never read. The held-out rows of pass 125's classes
are in tests/data/grounded/stated.yaml (:mod:`tests.score.test_grounded`).
"""

from __future__ import annotations

import itertools
import re

import pytest

from grader.score import text
from grader.score.context import RunView
from grader.score.naming import named, subject
from grader.score.referred import quoted_prompts
from grader.score.stated import stated_review
from tests.score.test_grounded import _file, _flagged

KNIGHT = list(_file("rt124-12", "").by_name.values())
DRAGON = list(_file("rt124-11", "").by_name.values())


def _run(runs: list[RunView], name: str) -> RunView:
    return next(r for r in runs if r.name == name)


@pytest.mark.parametrize(
    ("word", "runs", "names"),
    [
        ("terse", KNIGHT, ["knight-terse"]),
        ("chatty", KNIGHT, ["baseline", "knight-chatty", "knight-list"]),
        ("tiny", KNIGHT, []),  # both models hold it
        ("knight-list", KNIGHT, ["knight-list"]),
        ("list", KNIGHT, ["knight-list"]),  # its goal
        ("bullet", KNIGHT, ["knight-list"]),  # its prompt alone holds it
        ("knight", KNIGHT, []),  # every prompt holds it
        ("japanese", DRAGON, ["dragon-japanese"]),
        ("it", DRAGON, []),
    ],
)
def test_a_word_names_the_runs_it_should(word: str, runs: list[RunView], names: list[str]) -> None:
    assert [r.name for r in named(word, runs)] == names


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("The terse model", ["knight-terse"]),
        ("The list run on chatty", ["knight-list"]),
        ("Asking for three bullet points", ["knight-list"]),
        ("A bullet is what a knight fears, and the story", []),  # a prompt's word in passing
        ("Every answer", ["knight-chatty", "knight-terse", "knight-list"]),
        ("Terse was short", ["knight-terse"]),  # the run that opens the clause
        ("After a long day of tests with terse on my laptop and many other words, it", []),
    ],
)
def test_a_clause_speaks_of_the_runs_named_near_its_claim(lead: str, names: list[str]) -> None:
    assert [r.name for r in subject(lead + " ", KNIGHT)] == names


def test_a_quoted_prompt_names_its_run() -> None:
    said = quoted_prompts("With 'Give me three bullet points.' chatty wrote", KNIGHT)
    assert "knight-list" in said


CUT = [
    "{} was cut off.",
    "{} ran out of tokens.",
    "{}は途中で切れた。",
    "{}は途中で切れなかったわけではない。",
    "{} trailed off mid-word.",  # pass 132: wordings, and a question that says it
    "Why did {} get cut off?",
    "{} was left unfinished.",  # pass 134: wordings, questions, another verb denied
    "{}は文の真ん中でぷつんと止まった。",
    "What made {} stop in the middle of a sentence?",
    "{} didn't finish, cut off by the limit.",
    "{}は途中で切れたじゃないか。",  # pass 135: rhetoric, adverbs, "but" kept in its clause
    "{}は途中で切れてなかなか面白かった。",
    "{} couldn't help but get cut off.",
    "Why did {} get cut off （笑）?",
    "{} only stopped when it reached max_new_tokens.",  # pass 136
    "{} ended abruptly, mid-story.",
    "{} was a cut-off story.",  # pass 137
    "{}は途中でぶつ切り。",
    "Cut off in the middle of a sentence is how {} ended.",
    "{} lacked an ending.",  # pass 138
    "{}'s unfinished last sentence was a pity.",
    "Would you believe {} got cut off?",
    "{} reached the end of its budget.",
    "{} stopped halfway through its last sentence.",  # pass 139
    "{} fell silent before it could finish.",
    "{}は最後の文を言いかけたまま止まっていた。",
    "{}は話を書ききれずに終わっていた。",
    "Had {} not been cut off, we would know more.",  # a counterfactual says its opposite
    "If {} hadn't been cut off, I think it would have gone on.",
    "{} got chopped off right at the end.",  # pass 140
    "{} left the story hanging.",
    "{} ran out of steam before the end.",  # pass 141
    "{} ended on a cliffhanger.",
    "{} got interrupted right after the opening.",  # pass 142
    "{} petered out after its second sentence.",
    "{} fizzled out.",
    "{} got capped before the end.",  # pass 143
    "{} was clipped right after its second sentence.",
    "{}は未完のまま止まった。",  # pass 145
    "{}は途中で中断された。",
    "{}は最後まで語られずじまいだった。",
    "{}は結末までたどり着けなかった。",
    "{} used up all of its tokens.",  # pass 146
    "{}は最後まで語りきれませんでした。",  # pass 147
    "{}は結末を書きそびれた。",
    "{}は途中までで終わっていた。",  # pass 149
    "{}は最後まで書かれていなくて、結末が出てこなかった。",
    "{} hit max_new_tokens.",  # pass 148
    "{} ran up against its token ceiling.",
]
LISTED = [
    "{} laid its story out point by point, one item per line.",  # pass 139
    "{}の答えは箇条書きだった。",
    "Every line of {} began with a little dash.",  # pass 140
    "{} looked like a shopping checklist.",  # pass 141
    "{}は一文ごとに改行されていた。",
    "{} gave a list.",
    "{} came out as bullet points.",
    "{}は箇条書きになった。",
    "{} came out in point form.",
    "{} gave a no frills list.",
    "{} contained bullet points.",
    "{} put a hyphen at the start of every line.",
    "A list is what {} gave.",
    "{}はリストの形にまとまっていた。",  # pass 145
    "{}はハイフンで始まる行が並んでいた。",
    "{} was laid out as a bulleted list.",  # pass 144
    "{} was set out as a numbered list.",
    "{} came back as bullet points.",  # pass 146
    "{}は箇条書きになりました。",  # pass 147
    "{}は箇条書きにされていた。",
    "{} looked like a list of short points.",  # pass 148
    "{} took the form of a numbered list.",
    "{}は箇条書きスタイルで書かれていた。",  # pass 149
    "{}はリストアップされた形で出てきた。",
]
UNLISTED = [
    "{} gave a plain paragraph.",
    "{} did not give a list.",
    "{}は箇条書きにならなかった。",
    "{} came back as ordinary prose.",
    "{}は普通の文章で書かれていた。",
    "{} had no bullet markers.",
    "{} came back bullet-free.",
    "{} used no hyphens at all.",
    "{} was free of bullet points.",  # pass 138: privative predicates
    "{} was without any bullets.",
    "{} lacked any list markers.",
    "{} ran everything together as one block of text.",  # pass 139
    "{}はただの文章だった。",
    "{}'s sentences flowed one after another along a single line.",  # pass 140
    "{}は改行なしで、文が一つにつながっていた。",
    "{} was just one paragraph.",  # pass 142
    "{} put every sentence on the same line.",
    "{} ran its sentences together.",
    "{} was neither a numbered list nor a bulleted one.",  # pass 146
    "{}は箇条書きを使わなかった。",  # pass 186: a list's marks not used, none there
    "{}には箇条書きがなかった。",
    "{}は箇条書きにしなかった。",
    "{}では箇条書きが使われなかった。",
]
IN_EN = [
    "{} answered in English.",
    "{} kept writing in English.",
    "{}は英語で答えた。",
    "{} was all English.",
    "{} printed its whole story in English.",
    "{} used only English words.",
    "{}は英語の文章だった。",
    "Isn't it odd that {} answered in English?",
    "{} answered in no time in English.",
    "{}は英語で答えてずいぶん驚いた。",
    "{} was printed in the Latin alphabet.",
    "The language of {} was English.",
    "{}の答えは英語でした。",
    "{} answered in simple English.",  # pass 137
    "{} replied in EN.",
    "English was used by {} from start to finish.",
    "{}の答えは全部英語。",
    "{} gave an English-only reply.",
    "{} stuck to English.",
    "{} did not fail to answer in English.",
    "{} used English throughout.",  # pass 138: any word of the language in the predicate
    "{} chose English.",
    "{}'s answer was an English one.",
    "I liked {}'s English retelling.",
    "{}は英語で書かれていた。",
    "{}は英語での回答だった。",
    "{}は英語による物語だった。",
    "Can you believe that {} answered in English?",
    "{}'s answer was alphabet letters from beginning to end.",  # pass 139
    "{}の答えはアルファベットばかりだった。",
    "{}, without question, used English.",
    "{} was made up of English words and phrases.",  # pass 140
    "{}の答えは英語の単語ばかりだった。",
    "{} read like the English of a children's reader.",
    "{}の答えは横文字ばかりだった。",
    "{} came back in the tongue of Shakespeare.",
    "{} read as an all-English retelling.",  # pass 141
    "{}の答えはえいごだった。",
    "{} was spelled out in plain Latin letters.",
    "{} came out English top to bottom.",  # pass 142
    "{} sounded English through and through.",
    "{}は英語の作文みたいだった。",
    "{} read like an English parable.",
    "{} was an English fairytale.",
    "{} ended up English top to bottom.",  # pass 143
    "{} was an English STORY, start to finish.",
    "{}は英語オンリーだった。",
    "{}は英語で綴られていた。",  # pass 145
    "{} ignored my request and stayed in English.",  # pass 144
    "An English reply was produced by {} even though I asked otherwise.",
    "{} used only the Latin alphabet.",  # pass 146
    "{} was in romaji.",
    "{}は英語で答えるしかなかった。",  # pass 147
    "{}は英語でずばり答えていた。",  # pass 149
    "{}は指示に関係なく英語で返してきた。",
]
IN_JA = [
    "{} answered in Japanese.",
    "{} switched to Japanese.",
    "{}は日本語で答えた。",
    "{} was entirely in Japanese.",
    "{} printed Japanese text.",
    "{} used hiragana and katakana.",
    "{} stayed in Japanese.",
    "{} used Japanese throughout.",  # pass 138
    "{} was a Japanese tale.",
    "{}は日本語で綴られていた。",
    "{}は日本語による物語だった。",
    "{} came out as hiragana and kanji.",  # pass 139
    "{} consisted of Japanese words only.",  # pass 140
    "{}は仮名交じりの文だった。",
    "{} spoke the language of Tokyo.",
    "{} was a Japanese-script tale.",  # pass 141
    "{}はにほんごの文章だった。",
    "{} was full of kana.",
    "{} came out Japanese top to bottom.",  # pass 142
    "{}は日本語の昔話のようだった。",
    "{} was a Japanese folktale.",
    "{} proved Japanese top to bottom.",  # pass 143
    "{}は日本語一色だった。",
    "{}は日本の言葉で書かれていた。",  # pass 145
    "{}は丁寧な日本語で物語を語ってくださった。",
    "{}は日本語でまとめてくださり、読みやすかった。",  # pass 147
    "{}は日本語でずらずらと長く書いていた。",  # pass 149
    "{}は質問に日本語で答えていた。",
]
# pass 128: a claim that ended on its own, denied claims read as their opposite, the run named
# just after the claim
WHOLE = [
    "{} ended on its own.",
    "{} finished by itself.",
    "{}は自分で終わった。",
    "{} reached a natural close.",
    "{} wrapped up the story neatly.",
    "{} never rambled, ended on its own.",
    "{} emitted the EOS token.",
    "{} reached a complete, satisfying ending.",
    "{} made it all the way to its last line.",  # pass 138: arrival at the end
    "{} reached the end of its tale.",
    "{}'s rounded-off ending was lovely.",
    "{} kept going until it had said everything it wanted.",  # pass 139
    "{}は結末まで語り終えていた。",
    "{} brought its story to a close.",
    "{} signed off.",
    "If {} had been cut off, it would have stopped mid-sentence.",
    "{} tied up all of its loose ends.",  # pass 140
    "{}'s last sentence got its full stop.",
    "{} had a beginning, a middle and an end.",  # pass 141
    "{} had a happy ending.",  # pass 142
    "{} ended happily ever after.",
    "{} still had tokens to spare.",  # pass 146
    "{} stayed well under its token limit.",
    "{} got through the whole story.",  # pass 148
    "{} told the complete tale right up to the end.",
    "{}は話を最後まで書ききっていた。",  # pass 149
    "{}はオチまでついて、きちんと完結していた。",
]
NOT_CUT = [
    "{} was not cut off.",
    "{} didn't really get cut off.",
    "{}は途中で切れなかった。",
    "{} was not, as far as I could tell, cut off.",  # pass 129: an aside, denying words
    "{} was anything but cut off.",
    "{}は途中で切れたということはなかった。",
]
NOT_WHOLE = [
    "{} did not end on its own.",
    "{} never finished on its own.",
    "{} never got to the end of its story.",  # pass 138
    "{} never concluded its tale.",  # pass 139
    "{}'s final sentence never received its period.",  # pass 140
]
NOT_LISTED = ["{} was not numbered.", "{} was never itemised.", "{} was far from a bulleted list."]
NOT_EN = [
    "{} did not answer in English.",
    "{}は英語で答えなかった。",
    "{} failed to answer in English.",
    "{}は英語ではなかった。",  # pass 138
    "{} had barely any English in it.",  # pass 142
    "{} contained precious little English.",
    "{} was pretty light on English.",  # pass 143
    "{} was thin on English.",
    "{}は英語で答えることはなかった。",  # pass 145
    "Not a single English character showed up in {}.",  # pass 144
    "There was no English anywhere in {}.",
    "{}には英語が一言も出てこなかった。",  # pass 147
]
NOT_JA = [
    "{} did not answer in Japanese.",
    "{}は日本語で答えなかった。",
    "{}は日本語ではなかった。",
    "{} had hardly any Japanese in it.",  # pass 142
    "{}が日本語で書き出す気配もなかった。",  # pass 145
    "{}には日本語が一言も含まれていなかった。",  # pass 147
]
CUT_AFTER = [
    "Cut off in the middle of a sentence: {}.",
    "The one that was cut off was {}.",
    "The budget gave out on {} before it could finish.",  # pass 138: the budget as the subject
    "The tokens ran out on {}.",
]
NAMES = {
    "knight-chatty": ["knight-chatty"],
    "knight-terse": ["terse", "The terse model", "knight-terse"],
    "knight-list": ["The list run", "knight-list"],
    "dragon-terse": ["terse", "dragon-terse"],
    "dragon-japanese": ["The Japanese run", "dragon-japanese"],
}


def _cases() -> list[tuple[list[RunView], str, str, bool]]:
    """(file, run, notes, wrong): every claim said of every way to name every run."""
    out = []
    for name, callings in NAMES.items():
        runs = KNIGHT if name.startswith("knight") else DRAGON
        r = _run(runs, name)
        ended, listed = r.generation.finish == "eos", text.list_items(r.text) >= 2
        japanese = text.main_script(r.text) == "japanese"
        kinds = [
            (CUT + NOT_WHOLE + CUT_AFTER, ended),
            (WHOLE + NOT_CUT, not ended),
            (LISTED, not listed),
            (UNLISTED + NOT_LISTED, listed),
            (IN_EN + NOT_JA, japanese),
            (IN_JA + NOT_EN, not japanese),
        ]
        for templates, wrong in kinds:
            for template in templates:
                for calling in callings:
                    out.append((runs, name, template.format(calling), wrong))
    return out


@pytest.mark.parametrize(("runs", "name", "notes", "wrong"), _cases())
def test_a_claim_is_flagged_exactly_when_the_generation_says_otherwise(
    runs: list[RunView], name: str, notes: str, wrong: bool
) -> None:
    review = stated_review(notes, notes, runs)
    assert (review is not None) == wrong, (name, review)


STYLES = {
    "letters": ["a", "b", "c"],
    "capitals": ["A", "B", "C"],
    "numbers": ["one", "two", "three"],
    "numbered": ["run1", "run2", "run3"],
}
"""Run names of the styles students use (pass 186), for the chatty, terse and goal runs."""


@pytest.mark.parametrize("style", STYLES)
def test_a_claim_of_a_run_named_by_a_common_word_is_read_after_the_noun_run(style: str) -> None:
    """Every generated claim said of a run by its own name (:func:`_cases`) is flagged exactly
    as it is when the runs are named a, b, c or one, two, three and the notes say "Run a" (in
    Japanese the bare name before its particle, a は): "a" and "one" name no run elsewhere
    ("a story", "the terse one"), but they do after the noun run (rt186-01, rt186-07)."""
    missed = []
    for runs, name, notes, wrong in _cases():
        if name not in notes:
            continue
        design = "rt124-12" if runs is KNIGHT else "rt124-11"
        old = [r.name for r in runs if r.role == "run"]
        renamed = dict(zip(old, STYLES[style], strict=True))
        japanese = re.search("[\u3040-\u30ff]", notes) is not None
        said = notes.replace(name, renamed[name] if japanese else f"Run {renamed[name]}")
        others = list(_file(design, "", renamed).by_name.values())
        if (stated_review(said, said, others) is not None) != wrong:
            missed.append((said, wrong))
    assert not missed


@pytest.mark.parametrize("form", ["{name} ({model})", "{name} on {model}", "{name}（{model}）"])
def test_a_run_s_own_model_said_beside_it_changes_no_claim(form: str) -> None:
    """Every generated claim said of a run by its own name (:func:`_cases`) is flagged exactly as
    it is when the run's own model stands beside its name ("a1 (tiny-chatty) は", "Start on
    tiny-chatty": passes 188, 189), though the model is every chatty run's."""
    missed = []
    for runs, name, notes, wrong in _cases():
        if name not in notes or (" on " in form and re.search("[\u3040-\u30ff]", notes)):
            continue
        model = _run(runs, name).spec.model.rsplit("/", 1)[-1]
        said = notes.replace(name, form.format(name=name, model=model))
        if (stated_review(said, said, runs) is not None) != wrong:
            missed.append((said, wrong))
    assert not missed


@pytest.mark.parametrize("form", ["That one", "This one", "The new output", "The next one"])
def test_a_claim_of_the_run_a_narrative_is_on_is_read_of_it(form: str) -> None:
    """Every generated English claim that opens on its run (:func:`_cases`) is flagged exactly as
    it is when the run is named in the sentence before and the claim opens on "That one" (or
    named before it in the file and the claim opens on "The next one"): passes 190, 191."""
    missed = []
    for runs, name, notes, wrong in _cases():
        own = [r.name for r in runs if r.role == "run"]
        if not notes.startswith(name) or re.search("[\u3040-\u30ff]", notes) or notes[-1] == "?":
            continue
        if form == "The next one":
            if own.index(name) == 0:
                continue
            said = f"First I ran {own[own.index(name) - 1]}. {form}{notes[len(name) :]}"
        else:
            said = f"Then I looked at {name} closely. {form}{notes[len(name) :]}"
        if (stated_review(said, said, runs) is not None) != wrong:
            missed.append((said, wrong))
    assert not missed


def test_a_claim_wrapped_at_a_line_s_end_is_read_whole() -> None:
    """Every generated English claim that opens on its run (:func:`_cases`), after a long lead-in
    and with a line break right after the run's name (a hard-wrapped ``notes: |`` block), is
    flagged exactly as the same notes on one line (rt192-03)."""
    lead = (
        "After looking carefully at what came out with this prompt and this budget I can say that "
    )
    missed = []
    for runs, name, notes, _wrong in _cases():
        if not notes.startswith(name + " ") or re.search("[\u3040-\u30ff]", notes):
            continue
        said, one = f"{lead}{name}\n{notes[len(name) + 1 :]}", lead + notes
        design = "rt124-12" if runs is KNIGHT else "rt124-11"
        if _flagged(_file(design, said)) != _flagged(_file(design, one)):
            missed.append(said)
    assert not missed


@pytest.mark.parametrize(
    "notes",
    [
        # false claims of knight-terse (it ended on its own) and knight-list (three bullets)
        "I don't think the list run gave a plain paragraph.",
        "The list run gave bullet points instead of a plain paragraph.",
        "knight-terseが途中で切れないように頼んだ。",
        # a run set against the subject is not it: "it" names no run
        "Unlike knight-terse, it was cut off in the middle of a sentence.",
    ],
)
def test_a_claim_negated_far_off_or_of_no_named_run_is_not_read(notes: str) -> None:
    assert stated_review(notes, notes, KNIGHT) is None


FRAMES = [
    "According to the output, {}",
    "The printout shows that {}",
    "My log says that {}",
    "As I wrote above, {}",
    "In the assistant panel, {}",
    "Greedy decoding showed that {}",
    "Honestly, {}",
    "I should point out that {}",  # pass 134: a hedge before the run's name
    "I would say {}",
    "Small wonder {}",
    "The imaginative little tale in {}",
    "Instead of a proper ending we got this: {}",
]
"""Pass 132: a claim framed as someone's word, a report, or beside another system's name; pass
134: a hedge or a contrast before the run's name, which says nothing of the claim."""


_CALLINGS = tuple(c for callings in NAMES.values() for c in callings)


@pytest.mark.parametrize("frame", FRAMES)
def test_a_framed_claim_is_read_as_the_claim(frame: str) -> None:
    """Every generated claim that opens on its run, framed, is flagged exactly when it is
    unframed: when the generation says otherwise (each frame over :func:`_cases`). Left out: a
    question framed as a report is no sentence, and a claim eight words from its run behind a
    lead-in of no comma (naming.subject reads a run far from its claim when it opens the clause)."""
    missed = [
        (name, notes)
        for runs, name, notes, wrong in _cases()
        if notes.startswith(_CALLINGS)
        and not notes.endswith("?")
        and "as far as I could tell" not in notes
        and (stated_review(n := frame.format(notes), n, runs) is not None) != wrong
    ]
    assert not missed


ASIDES = [
    "the tale of a knight who feared the dark",
    "as if on cue",
    "whether by luck or design",
    "none too surprisingly",
    "second to none in politeness",
    "a story full of hope",
]
"""Pass 135: asides after the run's name whose words are the story's, or no negation."""


@pytest.mark.parametrize("aside", ASIDES)
def test_an_aside_after_the_run_hides_nothing(aside: str) -> None:
    """Every generated English claim that opens on its run, with an aside after the name, is
    flagged exactly when it is without (the claims of :func:`_cases` with no comma of their
    own)."""
    missed = [
        (name, notes)
        for runs, name, notes, wrong in _cases()
        if (calling := next((c for c in _CALLINGS if notes.startswith(c + " ")), None))
        and notes.isascii()
        and "," not in notes
        and (stated_review(n := f"{calling}, {aside},{notes[len(calling) :]}", n, runs) is not None)
        != wrong
    ]
    assert not missed


SUPPOSED = [
    "Kenta said {} would be cut off.",
    "I expected {} to be cut off.",
    "I hoped {} would answer in Japanese.",
    "Was {} cut off?",
    "{}は途中で切れるだろうと予想した。",
    "{}は日本語で答えるはずだった。",
    "My friend said {} was cut off too.",  # pass 134: another's word, a first impression
    "At first I thought {} was cut off.",
    "最初は{}も途中で切れたと思ったけど",
    "If {} were cut off, the story would be shorter.",
    "Did {} answer in Japanese?",
]
"""Claims only foreseen, hoped for, asked about, said by another person or first believed:
read as no claim, true or false."""


@pytest.mark.parametrize("template", SUPPOSED)
def test_a_claim_only_expected_or_asked_is_not_read(template: str) -> None:
    for name in ("knight-chatty", "knight-terse", "dragon-terse", "dragon-japanese"):
        runs = KNIGHT if name.startswith("knight") else DRAGON
        notes = template.format(name)
        assert stated_review(notes, notes, runs) is None, notes


def _own(runs: list[RunView]) -> list[RunView]:
    return [r for r in runs if r.role == "run"]


@pytest.mark.parametrize(
    ("a", "b"), [(a, b) for a in _own(KNIGHT) for b in _own(KNIGHT) if a is not b]
)
def test_a_claim_said_again_of_another_run_is_said_of_both(a: RunView, b: RunView) -> None:
    """Pass 136: "X ran out of tokens, and so did Y" fails when either ended on its own; pass 138:
    so does the claim carried to Y by the next clause ("Y followed suit", Y も同じだった)."""
    for notes, wrong in [
        (f"{a.name} ran out of tokens, and so did {b.name}.", "eos"),
        (f"{a.name} ended on its own, as did {b.name}.", "length"),
        (f"{a.name} ran out of tokens, and {b.name} did the same.", "eos"),  # pass 138
        (f"{a.name} ended on its own. {b.name} followed suit, with a dragon.", "length"),
        (f"{a.name} ran out of tokens. The same thing happened to {b.name}, sadly.", "eos"),
        (f"{a.name}は自分で終わった。{b.name}も同じだった。", "length"),
        (f"{a.name}は途中で切れ、{b.name}も同じだった。", "eos"),
        (f"{a.name} ran out of tokens. Same for {b.name}.", "eos"),
    ]:
        either = wrong in (a.generation.finish, b.generation.finish)
        assert (stated_review(notes, notes, KNIGHT) is not None) == either, notes


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [
        ("The knight-* runs all finished on their own.", True),  # knight-chatty was cut off
        ("The knight-* runs were all in English.", False),
        ("All knight-* runs gave a list.", True),  # only knight-list did
        ("Every dragon-* run ended on its own.", True),  # dragon-chatty was cut off
        ("The dragon-* runs all answered in English.", True),  # dragon-japanese did not
        ("**Note**: knight-terse was cut off.", True),  # a star that names no run: read as without
        ("**knight-terse** was cut off.", True),
        ("**knight-chatty** was cut off.", False),
    ],
)
def test_runs_named_by_a_wildcard_are_named_together(notes: str, flagged: bool) -> None:
    runs = KNIGHT if "knight" in notes else DRAGON
    assert (stated_review(notes, notes, runs) is not None) == flagged


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [
        # knight-terse and knight-list ended on their own; knight-chatty was cut off
        ("knight-terse ended on its own. knight-list followed suit. Same for knight-terse.", False),
        ("knight-terse ended on its own. knight-list followed suit. Same for knight-chatty.", True),
        ("knight-chatty got cut off. knight-list did not follow suit.", False),
        ("knight-chatty and knight-terse differed. knight-list followed suit.", False),
    ],
)
def test_a_claim_carried_on_from_clause_to_clause_is_said_of_each_run(
    notes: str, flagged: bool
) -> None:
    """Pass 138: a claim carried to another run is carried on from there, and a clause before
    that names two runs carries nothing."""
    assert (stated_review(notes, notes, KNIGHT) is not None) == flagged


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [
        # dragon-japanese answered in Japanese; dragon-terse and dragon-chatty in English
        ("dragon-japanese's prompt was in English but the answer was Japanese.", False),
        ("dragon-japanese, asked in English for Japanese, gave Japanese.", False),
        ("In dragon-japanese I added 'Answer in Japanese.' to the English prompt.", False),
        ("I expected English from dragon-japanese, but it gave Japanese.", False),
        ("dragon-japanese's Japanese was natural, though the English baseline was longer.", False),
        ("Only dragon-japanese was Japanese; the others were English.", False),
        ("The English runs were dragon-terse and dragon-chatty.", False),
        ("dragon-terse is an English-trained model.", False),
        ("dragon-japaneseは英語の質問にも日本語で答えた。", False),
        ("dragon-japaneseは英語から日本語に変わった。", False),
        ("dragon-japaneseの英語版と比べると短かった。", False),
        ("dragon-japaneseでは英語のプロンプトに日本語の指示を足した。", False),
        ("dragon-terse and dragon-chatty were English, and dragon-japanese Japanese.", False),
        ("dragon-terse and dragon-chatty were Japanese, and dragon-japanese English.", True),
        ("dragon-terse and dragon-chatty were English, and dragon-japanese English.", True),
        ("dragon-japanese gave no Japanese at all.", True),
        ("dragon-japanese gave no English at all.", False),
        ("dragon-japanese used English, not Japanese.", True),
        ("dragon-japanese used Japanese, not English.", False),
        ("dragon-japanese switched from English to Japanese.", False),
        ("dragon-japaneseは英語ではなく日本語で答えた。", False),
        ("dragon-terseは英語ではなかった。", True),
        ("dragon-japanese had not one Japanese word in it.", True),  # pass 141: a negated count
        ("There was not a single English letter in dragon-terse.", True),
        ("dragon-terse had not one Japanese word in it.", False),
        ("dragon-japanese had one English word in it, Scorch.", False),
        ("dragon-japanese and dragon-terse answered in English and Japanese respectively.", True),
    ],
)
def test_a_language_word_is_read_as_the_answer_s_only_where_it_is(
    notes: str, flagged: bool
) -> None:
    """Pass 138: any word of a language is a claim of the run's answer, but for the prompt's
    language, one set against another (from, than, から, 版), one denied, and a claim whose verb is
    gapped after a comma (its run is the one after the comma)."""
    assert (stated_review(notes, notes, DRAGON) is not None) == flagged


@pytest.mark.parametrize(
    ("a", "b"), [(a, b) for a in _own(DRAGON) for b in _own(DRAGON) if a is not b]
)
def test_a_language_told_by_another_run_s_is_that_run_s_language(a: RunView, b: RunView) -> None:
    """Pass 139: "X answered in the same language as Y" fails when their scripts differ, "in a
    different language from Y" when they are the same."""
    same = text.main_script(a.text) == text.main_script(b.text)
    for notes, wrong in [
        (f"{a.name} answered in the same language as {b.name}.", not same),
        (f"{a.name} replied in a different language from {b.name}.", same),
        (f"{a.name}は{b.name}と同じ言語で答えた。", not same),
        (f"{a.name}は{b.name}とは違う言語で答えた。", same),
    ]:
        assert (stated_review(notes, notes, DRAGON) is not None) == wrong, notes


def test_a_claim_read_in_its_gapped_part_leaves_the_clause_whole_for_the_next() -> None:
    """Rt139-11: a quotation left out joins two sentences; the second's claim, read in the part
    after its comma, must not cut the clause that the first's claim is read in."""
    notes = (
        "dragon-terse was a short story in English about gold, and it ended with "
        "dragon-japanese answered in Japanese, about a lonely dragon, and ended soon."
    )
    assert stated_review(notes, notes, DRAGON) is None


@pytest.mark.parametrize(
    "notes",
    [
        "dragon-terse was easy to read even though Japanese is my first language.",
        "dragon-terse reminded me of my Japanese kindergarten's picture books.",
        "I speak Japanese, so dragon-terse was harder for me.",
        "My Japanese is not good, but dragon-terse was readable.",
        "I read the English translation of dragon-japanese.",
        "dragon-japanese used a few English words like Scorch.",
        "dragon-terse started with a dash of humour.",
        "dragon-chatty had a period of peace in the story.",
        "私の母国語は日本語なので、dragon-terseは少し読みにくかった。",
        "dragon-terse was easy enough for a Japanese middle schooler to read.",  # pass 141
        "dragon-terse is the kind of sentence we practiced in Japanese high school English class.",
        "dragon-japaneseを英語に訳してみると、dragon-chattyとほとんど同じ内容だった。",
        "dragon-terse reminded me of an English teacher I had.",
    ],
)
def test_a_language_or_layout_word_that_is_no_claim_of_the_answer_is_not_read(notes: str) -> None:
    """Pass 140: the student's own language, a mention ("the English translation", "a few English
    words") and idioms ("a dash of", "a period of") say nothing of what an answer is; pass 141: nor
    does a language word that qualifies another noun ("a Japanese middle schooler",
    英語に訳して)."""
    assert stated_review(notes, notes, DRAGON) is None


@pytest.mark.parametrize(
    "noun", ["Middle schooler", "High School student", "Literature Club", "TV"]
)
def test_a_language_word_before_a_capitalised_noun_of_another_is_not_read(noun: str) -> None:
    """Review of pass 141: a capitalised noun after the word is another's too."""
    notes = f"dragon-terse was easy enough for a Japanese {noun} to read."
    assert stated_review(notes, notes, DRAGON) is None


@pytest.mark.parametrize(
    "me", ["私の見たところ、", "私はよく読むと", "僕は気づいたが、", "わたしの感想では"]
)
@pytest.mark.parametrize(
    "claim", ["dragon-japaneseはえいごの文章だった。", "dragon-terseはにほんごの物語だった。"]
)
def test_a_first_person_word_elsewhere_in_the_clause_leaves_the_claim_read(
    me: str, claim: str
) -> None:
    """Review of pass 141: only 私の日本語 (the student's own) is no claim, not any clause with
    私の or 私は in it."""
    notes = me + claim
    assert stated_review(notes, notes, DRAGON) is not None


@pytest.mark.parametrize("adjective", ["", "short ", "plain ", "bedtime ", "fairy ", "old folk "])
@pytest.mark.parametrize("noun", ["story", "tale", "fable", "summary", "legend", "poem", "account"])
def test_a_language_word_before_an_answer_s_noun_phrase_is_read(adjective: str, noun: str) -> None:
    """Review of pass 141: the noun phrase is read up to three words, so adjectives before an
    answer's noun leave the claim read ("a Japanese fairy tale" of an English answer)."""
    notes = f"dragon-terse was a Japanese {adjective}{noun}."
    assert stated_review(notes, notes, DRAGON) is not None


@pytest.mark.parametrize(
    "phrase",
    ["first-grade textbook", "news headline", "picture book", "elementary school child", "TV show"],
)
def test_a_language_word_before_another_s_noun_phrase_is_not_read(phrase: str) -> None:
    notes = f"dragon-terse was as easy as a Japanese {phrase} to read."
    assert stated_review(notes, notes, DRAGON) is None


@pytest.mark.parametrize("link", [" Then ", " ", "; afterwards, "])
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("knight-terse", "knight-list"),
        ("knight-list", "knight-chatty"),
        ("knight-chatty", "knight-terse"),
    ],
)
def test_the_former_and_the_latter_name_the_last_pair_named(
    link: str, first: str, second: str
) -> None:
    """Pass 142: "the former" and "the latter" after a pair of runs is named are those runs: a
    claim true of each as said is read true, and swapped, false."""
    runs = {r.name: r for r in KNIGHT}
    cut = {n: r.generation.finish == "length" for n, r in runs.items()}
    said = {True: "got cut off", False: "ended on its own"}
    lead = f"I compared {first} with {second}.{link}"
    true = lead + f"The former {said[cut[first]]}, and the latter {said[cut[second]]}."
    false = lead + f"The former {said[not cut[first]]}, and the latter {said[not cut[second]]}."
    assert stated_review(true, true, KNIGHT) is None
    assert stated_review(false, false, KNIGHT) is not None


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [
        ("dragon-japanese had little Japanese in it.", True),  # pass 142: more words of scarcity
        ("dragon-japanese had little English in it.", False),
        ("dragon-japanese contained zero Japanese.", True),
        ("dragon-japanese contained zero English.", False),
        ("dragon-japanese had only a trace of Japanese.", True),
        ("dragon-terse had only a smattering of English.", True),
        ("dragon-terse had a little Japanese flavour, but it was in English.", False),
    ],
)
def test_a_word_of_scarcity_denies_the_language(notes: str, flagged: bool) -> None:
    assert (stated_review(notes, notes, DRAGON) is not None) == flagged


@pytest.mark.parametrize(
    ("pair", "said", "flagged"),
    [
        (("knight-chatty", "knight-terse"), "only the longer one finished on its own", True),
        (("knight-chatty", "knight-terse"), "only the shorter one finished on its own", False),
        (("knight-terse", "knight-chatty"), "the longer of the two got cut off", False),
        (("knight-terse", "knight-chatty"), "the shorter of the two got cut off", True),
        (("knight-list", "knight-terse"), "the first was cut off", True),
        (("knight-chatty", "knight-terse"), "the first was cut off", False),
        (("knight-chatty", "knight-terse"), "the second of the two was cut off", True),
    ],
)
def test_a_run_of_a_pair_named_by_its_place_or_length_is_that_run(
    pair: tuple[str, str], said: str, flagged: bool
) -> None:
    """Pass 142: "the first"/"the second" said alone, and "the shorter"/"the longer one", after
    a pair of runs is named."""
    notes = f"I compared {pair[0]} and {pair[1]}; {said}."
    assert (stated_review(notes, notes, KNIGHT) is not None) == flagged


@pytest.mark.parametrize("run", [r.name for r in DRAGON + KNIGHT if r.role == "run"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The moral of {} seemed Japanese to me.",
        "In {}, the way the hero hid his fear felt very English to me.",
        "{} felt Japanese in spirit.",
        "The dragon in {} seemed Japanese, like one from an old legend.",
    ],
)
def test_a_language_said_of_another_subject_or_as_an_impression_is_not_read(
    run: str, sentence: str
) -> None:
    """Pass 143: a predicate of another subject ("the moral of X"), or an impression ("to me",
    "in spirit"), says nothing of what language the answer is in."""
    notes = sentence.format(run)
    runs = DRAGON if run.startswith("dragon") else KNIGHT
    assert stated_review(notes, notes, runs) is None


@pytest.mark.parametrize(
    "pair", [("knight-terse", "knight-list"), ("knight-chatty", "knight-list")]
)
@pytest.mark.parametrize("lead", ["Both of them", "The two of them", "They both"])
def test_both_of_a_pair_named_just_before_are_read_as_both(
    pair: tuple[str, str], lead: str
) -> None:
    """Pass 143: "both of them" after a pair is named is a claim of each; "neither of them"
    denies it of each."""
    cut = {r.name: r.generation.finish == "length" for r in KNIGHT}
    notes = f"I put {pair[0]} next to {pair[1]}. {lead} were cut off."
    denied = f"I put {pair[0]} next to {pair[1]}. Neither of them was cut off."
    assert (stated_review(notes, notes, KNIGHT) is not None) == (not all(cut[n] for n in pair))
    assert (stated_review(denied, denied, KNIGHT) is not None) == any(cut[n] for n in pair)


@pytest.mark.parametrize("claim", ["answered in English", "were cut off", "gave a list"])
@pytest.mark.parametrize("lead", ["Both {a} and {b}", "I put {a} next to {b}. Both of them"])
def test_a_claim_of_both_runs_fails_when_one_contradicts_it(lead: str, claim: str) -> None:
    """Pass 143: "both X and Y" and "both of them" claim it of each run; one run that
    contradicts it is enough."""
    runs_ = DRAGON
    for a, b in itertools.permutations([r.name for r in runs_ if r.role == "run"], 2):
        each = [f"{n} {claim.replace('were', 'was')}." for n in (a, b)]
        wrong = any(stated_review(e, e, runs_) is not None for e in each)
        notes = f"{lead.format(a=a, b=b)} {claim}."
        assert (stated_review(notes, notes, runs_) is not None) == wrong, notes


FRONTED = [
    "Compared with {b}, {a} was the {cmp} one by far.",
    "Next to {b}, {a} was {cmp} too.",
    "{b}と比べると、{a}の方がずっと{ja}かった。",
]
"""Pass 143: a comparison with the other run put first."""
RATIOS = [
    ("{a}は{b}の半分くらいの長さしかなかった。", "shorter"),  # pass 145: ratios, spaces
    ("{a}は{b}の倍以上の量があった。", "longer"),
    ("{a}は{b}ほど長くなかった。", "shorter"),
    ("{a}は{b}ほど短くなかった。", "longer"),
    ("{a} は {b} より短かった。", "shorter"),
    ("{a} was only half as long as {b}.", "shorter"),  # pass 144
    ("{a} took up more space on the screen than {b}.", "longer"),
    ("{a}の文字数は{b}を上回っていた。", "longer"),  # pass 147
    ("{a}は{b}よりボリュームがあった。", "longer"),  # pass 149
    ("{a}は{b}より文章量が多かった。", "longer"),
    ("{a} outran {b} in length.", "longer"),  # pass 146
    ("{a} fell short of {b}'s length.", "shorter"),
]
"""Passes 144 to 149: a length by a ratio, a negated equal or another verb."""


@pytest.mark.parametrize(
    ("said", "cmp"),
    [
        (t.replace("{cmp}", cmp).replace("{ja}", "長" if cmp == "longer" else "短"), cmp)
        for t in FRONTED
        for cmp in ("longer", "shorter")
    ]
    + RATIOS,
)
def test_a_length_said_another_way_is_read_as_with_than(said: str, cmp: str) -> None:
    """ "Compared with Y, X was the longer one", "X は Y の半分", "Y ほど長くない", "half as long
    as" say what "X was longer (shorter) than Y" says, and are flagged exactly when that is, on
    every ordered pair of runs."""
    from grader.score.claims import claims_review

    for a, b in itertools.permutations([r.name for r in KNIGHT if r.role == "run"], 2):
        plain = claims_review(f"{a} was {cmp} than {b}.", KNIGHT) is not None
        notes = said.format(a=a, b=b)
        assert (claims_review(notes, KNIGHT) is not None) == plain, notes


@pytest.mark.parametrize(
    ("lead", "where"),
    [
        ("{} kicked off with '{}'", "start"),  # pass 144: openings and endings quoted
        ("The first words of {} were '{}'", "start"),
        ("{} opened with '{}'", "start"),
        ("{} ended with '{}'", "end"),
        ("{}は「{}」で終わった。", "end"),
        ("The last words of {} were '{}'", "end"),
        ("{} kicked things off with '{}'", "start"),  # pass 146
        ("{} rounded things off with '{}'", "end"),
        ("{}の書き出しは「{}」だった。", "start"),  # pass 147
        ("{}の締めくくりは「{}」だった。", "end"),
        ("{} concluded with '{}'", "end"),  # pass 148
        ("{} got going with '{}'", "start"),
        ("The last thing {} said was '{}'", "end"),
        ("{} closes on '{}'", "end"),
        ("{}は「{}」から始まっていた。", "start"),  # pass 149
        ("{}は「{}」で幕を閉じた。", "end"),
        ("{}の最初は「{}」だった。", "start"),
        ("{}のラストは「{}」だった。", "end"),
    ],
)
def test_a_quotation_said_to_open_or_end_an_answer_is_checked_where_it_stands(
    lead: str, where: str
) -> None:
    """A run's own opening (or ending) quoted as such keeps the point unflagged; another run's,
    or its own other end, is flagged."""
    own = [r for r in KNIGHT if r.role == "run"]
    for run in own:
        for other in own:
            words = " ".join(other.text.split()).split()
            quote = " ".join(words[:5] if where == "start" else words[-5:])
            notes = lead.format(run.name, quote)
            answer = " ".join(run.text.split())
            placed = answer.startswith(quote) if where == "start" else answer.endswith(quote)
            assert (stated_review(notes, notes, KNIGHT) is not None) == (not placed), notes
