"""score.traits and the readings passes 150 and 151 added: each claim template said of every run
of the two table designs (an English one with a cut run and a list, one with a Japanese answer),
flagged exactly when the run's answer, measured here on its own terms, says otherwise.

The expectation of each case is computed from the answer (its marks, its first sentence, its
length among the student's runs, how it ended), never written down: a template that reads a
claim wrongly fails on the run that bears it out, or on the one that does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

import pytest

from grader.score.context import RunView
from grader.score.text import main_script, sentences
from grader.score.traits import FAR
from tests.score.test_grounded import _file, _flagged

DESIGNS = ("rt124-11", "rt124-12")
"""The dragon design (cut chatty run, terse, Japanese answer) and the knight one (cut chatty, terse,
a list)."""


PREFIX = {
    "rt124-11": "dragon-terse began with 'A dragon guarded its gold in a cave' and ended soon. ",
    "rt124-12": "knight-chatty opened with 'Sure! Here is a story about a knight' and told a long "
    "story about Arthur. ",
}
"""A true observation before each claim, as in the held-out rows (tests/data/grounded/stated.yaml):
notes of one claim alone would be flagged as observing little."""


def _flags(design: str, claim: str) -> bool:
    return _flagged(_file(design, PREFIX[design] + claim))


def _runs(design: str) -> list[RunView]:
    return [r for r in _file(design, "").runs if r.role == "run"]


def _same(r: RunView, runs: list[RunView]) -> list[int]:
    return [len(o.text) for o in runs if main_script(o.text) == main_script(r.text)]


def _greets(r: RunView) -> bool:
    return r.text.strip().startswith(("Sure", "もちろん"))


def _ends(r: RunView) -> bool:
    return r.text.rstrip().endswith("The end.")


def _eos(r: RunView) -> bool:
    return r.generation.finish == "eos"


def _the_end(r: RunView) -> bool:
    return r.text.rstrip().endswith("The end.")


def _en(r: RunView) -> bool:
    return main_script(r.text) != "japanese"


def _times(r: RunView) -> int:
    """How often the design's subject stands in the answer."""
    return len(re.findall(r"\b(?:dragon|knight)\b", r.text.casefold()))


def _past(r: RunView) -> bool:
    """Two verbs in the past at least: a story told in the past."""
    verbs = r"\b(?:was|were|had|\w{3,}ed|rode|brought|found|got|lost|lit|shook)\b|(?:でした|た)。"
    return len(re.findall(verbs, r.text)) >= 2


def _paragraphs(r: RunView) -> int:
    """Paragraphs past a lead-in line ("Sure! Here is a story about a knight:")."""
    parts = [p for p in r.text.strip().split("\n\n") if p.strip()]
    return len(parts) - (len(parts) > 1 and parts[0].rstrip().endswith(":"))


Truth = Callable[[RunView, list[RunView]], bool]
"""Whether the claim is false of the run, measured here."""


def said_cut(r: RunView, runs: list[RunView]) -> bool:
    """A claim that ``r`` was cut off is false when it ended by itself."""
    return _eos(r)


def said_ended(r: RunView, runs: list[RunView]) -> bool:
    """A claim that ``r`` ended by itself is false when its budget cut it off."""
    return not _eos(r)


ONE_RUN: list[tuple[str, Truth]] = [
    ("{r} used no exclamation marks anywhere.", lambda r, rs: "!" in r.text or "！" in r.text),
    ("{r} had an exclamation point in it.", lambda r, rs: not re.search("[!！]", r.text)),
    ("{r}には感嘆符が一つもなかった。", lambda r, rs: bool(re.search("[!！]", r.text))),
    ("{r} closed with a smiley emoji.", lambda r, rs: True),
    ("{r} used no emoji.", lambda r, rs: False),
    (
        "{r}は挨拶から始まっていた。",
        lambda r, rs: not _greets(r),
    ),
    (
        "{r} greeted me before the story.",
        lambda r, rs: not _greets(r),
    ),
    (
        "{r} repeated my prompt back to me word for word.",
        lambda r, rs: " ".join(r.prompt.lower().split()[2:6]).strip(".") not in r.text.lower(),
    ),
    ("{r} got stuck in a loop.", lambda r, rs: True),
    ("{r} did not repeat itself.", lambda r, rs: False),
    ("In {r} the hero was called Lancelot.", lambda r, rs: main_script(r.text) != "japanese"),
    (
        "In {r} the hero was named Arthur.",
        lambda r, rs: main_script(r.text) != "japanese" and "Arthur" not in r.text,
    ),
    (
        "{r} went on and on for paragraphs.",
        lambda r, rs: len(r.text) == min(_same(r, rs)) and max(_same(r, rs)) >= FAR * len(r.text),
    ),
    (
        "{r} was a one-liner.",
        lambda r, rs: (
            len(r.text) == max(_same(r, rs))
            and len(r.text) >= FAR * min(_same(r, rs))
            and sentences(r.text) >= 3
        ),
    ),
    # denied, a length of one run alone is not read (a middling answer "never rambled")
    ("{r} never rambled on.", lambda r, rs: False),
    ("{r} was stopped by the token limit.", said_cut),
    ("The budget was never reached by {r}.", said_ended),
    ("{r}はトークン上限でカットオフされていた。", said_cut),
    ("{r}はトランケートされていなかった。", said_ended),
    ("{r}はエンディングまで到達していた。", said_ended),
    ("{r}：上限で途中切れ", said_cut),
    ("{r} did not end with 'The end.'", lambda r, rs: _ends(r)),
    (
        "{r}は「The end.」で終わってはいなかった。",
        lambda r, rs: r.text.rstrip().endswith("The end."),
    ),
    # the form of an answer (passes 152 and 153)
    (
        "{r} was told in the first person.",
        lambda r, rs: not re.search(r"\b(?:I|me|my)\b|私", r.text),
    ),
    ("{r}は一人称で語られていた。", lambda r, rs: not re.search(r"\b(?:I|me|my)\b|私", r.text)),
    ("{r} was written in the present tense throughout.", lambda r, rs: _past(r)),
    ("{r} had dialogue in quotation marks.", lambda r, rs: not re.search('["“「]', r.text)),
    ("{r}には会話文があった。", lambda r, rs: not re.search('["“「]', r.text)),
    ("{r} ended by asking me a question.", lambda r, rs: "?" not in r.text and "？" not in r.text),
    ("{r}は問いかけで締めくくられていた。", lambda r, rs: not re.search("[?？]", r.text)),
    ("{r} wrote a word in ALL CAPS.", lambda r, rs: not re.search(r"\b[A-Z]{3,}\b", r.text)),
    ("{r} had numbers written as digits.", lambda r, rs: not re.search("[0-9]", r.text)),
    ("{r}には算用数字が出てきた。", lambda r, rs: not re.search("[0-9]", r.text)),
    ("{r} gave its story a title.", lambda r, rs: True),
    ("{r} was one single block of text.", lambda r, rs: _paragraphs(r) >= 3),
    ("{r} had no paragraph breaks.", lambda r, rs: _paragraphs(r) >= 2),
    ("{r} had a heading and words in bold.", lambda r, rs: not r.text.strip().startswith("-")),
    ("{r} apologised before answering.", lambda r, rs: True),
    ("{r} answered with a poem in rhyming couplets.", lambda r, rs: True),
    (
        "The answer from {r} read: A brave knight slew a fierce ogre.",
        lambda r, rs: main_script(r.text) != "japanese",
    ),
    # words and marks of an answer (passes 154 and 155)
    ("{r} never once used the word {w}.", lambda r, rs: _en(r) and _times(r) > 0),
    ("In {r} the word {w} appeared three times.", lambda r, rs: _en(r) and _times(r) <= 1),
    ("The very first word of {r} was Suddenly.", lambda r, rs: _en(r)),
    ("{r} opened without a capital letter.", lambda r, rs: _en(r)),
    ("{r} had no commas at all.", lambda r, rs: bool(re.search("[,、]", r.text))),
    ("{r} delivered its story in a code block.", lambda r, rs: True),
    ("{r} had no line breaks.", lambda r, rs: "\n" in r.text.strip()),
    ("{r}には漢字が一つも使われていなかった。", lambda r, rs: not _en(r)),
    ("{r}はだ・である調だった。", lambda r, rs: not _en(r)),
    ("\n| run | cut off? |\n|---|---|\n| {r} | yes |", said_cut),
    (
        "\n| 実行 | 上限で切れたか |\n|---|---|\n| {r} | いいえ |",
        said_ended,
    ),
    ("{r} had only one character, the hero.", lambda r, rs: False),
    # a run named in the sentence before, under a heading, in a question answered (156, 157)
    ("Next I looked at {r}. This run was stopped by the token limit.", said_cut),
    ("まず{r}を見た。この実行の出力は途中で切れていた。", said_cut),
    ("Was {r} cut off by the budget? Yes.", said_cut),
    ("Was {r} cut off by the budget? No, not at all.", said_ended),
    ("{r}は途中で切れた？→はい", said_cut),
    ("\nRun ({r}):\n- cut off by the budget mid-sentence", said_cut),
    ("{r}は上限に達していました。", said_cut),
    ("{r}は上限に届く前に話を終えていました。", said_ended),
    ("Cut off mid-sentence by the token budget was {r}.", said_cut),
    ("Looking at results/{r}.json, the output was cut off at the limit.", said_cut),
    ("I expected {r} to be cut off too, but it was not.", lambda r, rs: False),
    ("途中で切れたのは{r}の方でした。", said_cut),
    ("{r}は途中で切れるどころか、最後まで書いていた。", said_ended),
    ("{r}は上限いっぱいまで使っていた。", said_cut),
    ("{r}は最後がプツリと終わっていた。", said_cut),
    ("{r}は大団円を迎えていた。", said_ended),
    ("{r}を自分で終わらせるには上限を増やすしかない。", lambda r, rs: False),
    ("Runs: {r}*. (* cut off by the token limit.)", said_cut),
    ("Status per run: {r}: c/o.", said_cut),
    ("Wasn't {r} cut off by the token limit? It was.", said_cut),
    ("{r}は途中でお切れになっていた。", said_cut),
    # a loss to the limit, a simile, "not only", an example of a form (pass 162)
    (
        "Not only was {r} too long for the budget, it lost its last line to it.",
        said_cut,
    ),
    ("{r}, not surprisingly, did not escape the token limit either.", said_cut),
    ("{r} escaped the token limit.", said_ended),
    ("The pity is that {r}'s ending fell victim to the token limit.", said_cut),
    ("{r} kept going right up until the token limit stopped it.", said_cut),
    ("{r} ends like a phone call that drops in the middle of a word.", said_cut),
    ("{r} ends like a film with its last reel missing.", said_cut),
    ("{r} is a nice example of a numbered list.", lambda r, rs: not r.text.startswith("-")),
    # furigana, a rhetorical question, not let finish, a race not run to the end (pass 163)
    ("{r}は途中（とちゅう）で切（き）れてしまいました。", said_cut),
    ("{r}は最後（さいご）まで書（か）けていません。", said_cut),
    ("{r}が最後まで書き切れたと言えるだろうか。いや、言えまい。", said_cut),
    ("{r}が途中で切れたなどと、誰が言えようか。", said_ended),
    ("{r}は上限のせいで最後まで書かせてもらえませんでした。", said_cut),
    ("{r}は結末が読めずモヤモヤが残りました。", said_cut),
    ("{r}は完走できませんでした。", said_cut),
    ("{r}はちゃんと完走しました。", said_ended),
    # a budget too small, a log, a share of the budget, a run spoken to, a trailing quote (164)
    ("Had {r} been given a few more tokens, it would have finished.", said_cut),
    ('I kept a log: {{"{r}": "max_tokens"}}.', said_cut),
    ("\n| run | finish |\n|---|---|\n| {r} | token limit |", said_cut),
    ("{r} spent nearly all of its 120-token allowance.", lambda r, rs: _eos(r) and r.tokens < 72),
    ("{r} spent barely a quarter of its allowance.", lambda r, rs: not _eos(r) or r.tokens > 60),
    (
        "Poor {r}, you never got to reach your ending before the budget ran out.",
        said_cut,
    ),
    ("Notice how {r} stops in the middle of its second sentence.", said_cut),
    (
        "The TA reckoned {r} got chopped at the budget, and I think he's right.",
        said_cut,
    ),
    # signs, slang and idioms (165)
    ("{r} #時間切れ #おしまいは幻", said_cut),
    ("{r} ∈ {{途中で切れた実行}} です。", said_cut),
    ("{r} ∉ {{途中で切れた実行}} です。", said_ended),
    ("{r} はラストが ✂️ されていました。", said_cut),
    ("{r} は画竜点睛を欠き、有終の美を飾れないままでした。", said_cut),
    ("{r} は「次回へつづく」となってしまった感じでした。", said_cut),
    ("{r} は 🇬🇧 で返ってきました。", lambda r, rs: not _en(r)),
    # a headline, a checklist, an act, an adjective, an epitaph (166); a clause before the run,
    # a topic sentence, a plan that takes a cut for granted (167)
    ("STORY AXED MID-QUEST: {r} halted.", said_cut),
    ("\n- [ ] {r} gets to its own ending", said_cut),
    ("\n- [x] {r} gets to its own ending", said_ended),
    ("The curtain came down on {r} in the middle of the second act.", said_cut),
    ("{r} was anything but complete.", said_cut),
    ("I did not like the token-starved {r}.", said_cut),
    ("Here lies {r}, its last line never written.", said_cut),
    ("トークン上限で打ち切られた {r} を読み返しました。", said_cut),
    ("自然に結末を迎えた {r} を読み返しました。", said_ended),
    ("まず {r} について。最後のほうは文の途中で止まっていました。", said_cut),
    (
        "次回は {r} の上限を増やして、今回は届かなかった結末まで書かせたいです。",
        said_cut,
    ),
    # a book, a quote's end, the stages of a story, a star rating, a full stop (168, 169)
    ("{r} is a paperback with its last page torn out.", said_cut),
    ("{r} は起承転結の「結」まできちんと書かれていました。", said_ended),
    ("{r} は「転」と「結」にあたる部分が書かれていませんでした。", said_cut),
    ("{r}　完結度 ★☆☆☆☆", said_cut),
    ("{r}　完結度 ★★★★★", said_ended),
    ("{r} の最後の文は、ピリオドでしっかり閉じられていました。", said_ended),
    ("{r} の出力は、全部半角文字でした。", lambda r, rs: not _en(r)),
    # first drafts of report prose (170 to 173)
    ("{r} is a complete story from beginning to end.", said_ended),
    (
        "{r}'s answer was longer than the budget allowed and the last part was lost.",
        said_cut,
    ),
    ("Just like the others, {r} stops halfway.", said_cut),
    ("{r} の最後の文はちゃんと句点で終わっていました。", said_ended),
    ("{r} は最後まで出ていました。", said_ended),
    ("{r} は話の結末までたどり着いていました。", said_ended),
    ("{r} got no further than the opening before it was stopped.", said_cut),
    ("{r} did not stop until it had used up every one of its tokens.", said_cut),
    ("{r} の finish は length でした。", said_cut),
    (
        "{r} が最後まで書き切れていたかというと、残念ながらそうではありません。",
        said_cut,
    ),
    # pass 176: finishing the story; a pronoun opening the sentence's next clause
    ("{r} finished its story within the budget.", said_ended),
    ("{r} told a story, but it was cut off before the end.", said_cut),
    ("{r} was short, yet it ended on its own.", said_ended),
    # pass 177: the run of the clause before, unsaid or said as これ / それ
    ("{r} を先に試したが、途中で切れていた。", said_cut),
    ("{r} は短めだったけど、それは最後まで書き切っていた。", said_ended),
    (
        "{r} では日本語をお願いしたが、英語で返ってきた。",
        lambda r, rs: main_script(r.text) == "japanese",
    ),
    # "close to the limit" is near it, no close of the story (pass 178)
    ("{r} finished without getting close to the token limit.", lambda r, rs: False),
    ("{r} ended on its own without getting close to the limit.", said_ended),
    # pass 178: a sentence's "It" after one that names the run; pass 179: the run and a colon
    # opening a Japanese line, and two quotations in one sentence
    ("I ran {r} first. It was cut off before the end.", said_cut),
    ("{r} told its story. It ended on its own.", said_ended),
    ("\n・{r}：最後まで書き切っていた。", said_ended),
    (
        "{r} は「Sure!」から始まり、最後は「The end.」で終わっていた。",
        lambda r, rs: _en(r) and not (_greets(r) and _the_end(r)),
    ),
    ("{r} は「The end.」でしっかり終わっていました。", lambda r, rs: _en(r) and not _the_end(r)),
    ("{r} はベースラインと違って最後まで終わった。", said_ended),  # pass 183
    (
        '{r} は "Please make it short." を付けた実行で、「The end.」で締めくくられていました。',
        lambda r, rs: _en(r) and not _the_end(r),
    ),
    (
        "{r} は前置きから始まったが、物語は最後まできちんと書き切られていた。",
        said_ended,
    ),  # pass 187
    # pass 185: the run of the clause before, past a particle's は
    (
        "{r} では箇条書きを頼んだが、箇条書きにはならず、普通の文章で答えていた。",
        lambda r, rs: r.text.lstrip().startswith("-"),
    ),
    # an ending quoted after its noun, said or denied by the copula
    ("{r} の最後は「The end.」だった。", lambda r, rs: _en(r) and not _the_end(r)),
    ("{r} の最後は「The end.」ではなかった。", lambda r, rs: _en(r) and _the_end(r)),
    # a quotation in another script than the answer's may be what it translates: not read
    (
        "「The end.」で始まっていました、{r}は。",
        lambda r, rs: main_script(r.text) != "japanese" and not r.text.strip().startswith("The"),
    ),
]
"""Claims of one run, and when they are false of it."""


def _one_run_cases() -> list[object]:
    cases: list[object] = []
    for design in DESIGNS:
        runs = _runs(design)
        for template, false in ONE_RUN:
            for r in runs:
                notes = template.format(r=r.name, w="dragon" if "11" in design else "knight")
                cases.append(pytest.param(design, notes, false(r, runs), id=f"{design}-{notes}"))
    return cases


@pytest.mark.parametrize(("design", "notes", "wrong"), _one_run_cases())
def test_a_claim_of_one_run_is_flagged_exactly_when_its_answer_says_otherwise(
    design: str, notes: str, wrong: bool
) -> None:
    assert _flags(design, notes) == wrong


PAIRS: list[tuple[str, bool]] = [
    ("長かったのは{a}のほうでした、{b}よりも。", True),
    ("{a}は{b}に比べて簡潔だった。", False),
    ("{a}は{b}と比べても短めだった。", False),
    ("{a}は{b}の倍以上の長さだった。", True),
    ("{a}の方が{b}より言葉数が多かった。", True),
    ("\n・{a}：{b}より長かった。", True),  # pass 179
    ("{a} と {b} を比べると、前者の方が後者の半分くらいの長さしかなかった。", False),  # pass 181
    ("{a} was more than twice as short as {b}.", False),  # pass 182
    ("{a} was more than three times shorter than {b}.", False),
    ("{a} was about twice as long as {b}.", True),  # pass 184
    ("{a} was about half as long as {b}.", False),
    ("{a} は先に出た答えで、{b} の半分以下の長さだった。", False),  # pass 185
]
"""Comparisons of two runs by their names, and whether each says ``a`` is the longer."""


def _pair_cases() -> list[object]:
    cases: list[object] = []
    for design in DESIGNS:
        for a, b in permutations(_runs(design), 2):
            for template, longer in PAIRS:
                x, y = (a, b) if longer else (b, a)  # x said to be the longer
                same = main_script(a.text) == main_script(b.text)
                wrong = same and len(x.text) * 1.25 < len(y.text)
                notes = template.format(a=a.name, b=b.name)
                cases.append(pytest.param(design, notes, wrong, id=f"{design}-{notes}"))
    return cases


@pytest.mark.parametrize(("design", "notes", "wrong"), _pair_cases())
def test_a_comparison_of_two_named_runs_is_checked_whichever_pair(
    design: str, notes: str, wrong: bool
) -> None:
    """Any two runs named by their own names, not only a run and its control (pass 151)."""
    assert _flags(design, notes) == wrong


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize("place", [0, 1, 2])
def test_a_run_named_by_its_place_is_read_as_that_run(design: str, place: int) -> None:
    """ "The second run" is the student's second run, "the last model" the run of the model
    used last when it is that model's only run (pass 150)."""
    runs = _runs(design)
    word = ("first", "second", "third")[place]
    notes = f"The {word} run was stopped by the token limit."
    assert _flags(design, notes) == (runs[place].generation.finish == "eos")
    longest = max(_same(runs[place], runs))
    notes = f"三つの中で最も長かったのは{runs[place].name}だった。"
    assert _flags(design, notes) == (len(runs[place].text) * 1.25 < longest)
    terse = [r for r in runs if r.model.endswith("terse")]
    notes = "The second model's story was stopped by the token limit."
    assert _flags(design, notes) == (terse[0].generation.finish == "eos")


@pytest.mark.parametrize(
    "notes",
    [
        "chatty and terse told different stories about the emoji dragon.",
        "絵文字のドラゴンの話を書かせた。",
        "I ran the knight prompt over and over and kept the runs.",
        "I used a model called TinyLlama in my own time.",
        "Most of the story was short and sweet in my prompt's words.",
        "I repeated the prompt on knight-terse and got the same answer.",
        "I asked knight-list to repeat the prompt back, but it did not.",
        "I wanted knight-terse to use emoji, which it never did.",
        "knight-chatty stops suddenly, even the last word is broken.",
        "My goal run added the words 'TLDR version pls.' to the prompt.",
        "Setting an upper limit on the words made knight-chatty answer in one line.",
    ],
)
def test_a_trait_word_that_claims_nothing_of_a_run_is_not_read(notes: str) -> None:
    """A noun describing the story's subject, a repetition of the student's own, a model's
    name: no claim of an answer."""
    assert not _flags("rt124-12", notes)


@pytest.mark.parametrize(
    ("answer", "said_back"),
    [
        ("ドラゴンの話をしてください。昔々、竜がいました。", True),
        ("ドラゴンの話ですね。昔々、竜がいました。", False),  # six letters of thirteen
        ("昔々、山に竜がいました。おしまい。", False),
    ],
)
def test_a_japanese_prompt_said_back_is_read_by_its_letters(answer: str, said_back: bool) -> None:
    """Japanese has no spaces: half the prompt's letters in a row are what "said back" holds."""
    from grader.score.traits import echoes
    from tests.contexts import gen, spec

    run = RunView(
        "ja",
        spec("bundled/tiny-chatty", "ドラゴンの話をしてください。", None, 80),
        gen(answer, 9, "eos"),
    )
    assert echoes(re.search("x", "x"), [run])(run) != said_back  # type: ignore[arg-type]


@pytest.mark.parametrize("design", DESIGNS)
def test_a_run_named_with_a_letter_missing_is_that_run(design: str) -> None:
    """knight-trse is knight-terse: a hyphenated word close to one run's name alone (pass 154)."""
    for r in _runs(design):
        missing = r.name[:-2] + r.name[-1]
        notes = f"{missing} was stopped by the token limit."
        assert _flags(design, notes) == (r.generation.finish == "eos"), missing


@pytest.mark.parametrize("design", DESIGNS)
@pytest.mark.parametrize(
    "template",
    ["{a} shared the fate of {b}.", "{a}は{b}の二の舞を演じた。", "{a}も{b}と同じ轍を踏んだ。"],
)
def test_an_ending_said_like_another_run_s_is_checked_against_it(
    design: str, template: str
) -> None:
    """ "X shared the fate of Y" (X は Y の二の舞: pass 163): the two ended the same way, both cut
    or both on their own."""
    for a, b in permutations(_runs(design), 2):
        notes = template.format(a=a.name, b=b.name)
        assert _flags(design, notes) == (_eos(a) != _eos(b)), notes
