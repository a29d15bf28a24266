"""Notes that observe nothing of this file (pass 115): a memo to oneself, rows of data, a
classmate's outputs; and honest notes on one's own outputs, which keep the point unflagged.

The table was written before the change (held out: invented here, none of rt115's own texts),
on one file much like a student's: a bread-baking dragon asked of chatty and of terse, and the
goal runs in Japanese and as a list, with the bundled models' answers. Before the change, 19 of
its 32 gaming notes earned the point with no flag (6 of 12 memos, 3 of 10 data rows, all 10 of
the classmates' outputs) and none of its 22 honest notes was flagged; after it, none of either."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score import builtins, words
from grader.score.context import Context
from tests.contexts import ctx, run

PROMPT = "Tell me a story about a dragon who bakes bread."
FILE = (
    run(
        "control",
        prompt=PROMPT,
        text="Once upon a time, a lonely dragon lived in a cave. A brave girl brought it bread, "
        "and they became friends. The end.",
        max_new_tokens=80,
    ),
    run(
        "terse",
        model="terse",
        prompt=PROMPT,
        text="A dragon guarded its gold in a cave, and one day it shared it with a lost child. "
        "The end.",
        compare_to="control",
        max_new_tokens=80,
    ),
    run(
        "goal",
        prompt=PROMPT + " Please answer in Japanese.",
        text="もちろんです！昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。ある日、勇敢な"
        "女の子がパンを持って訪ねてきて、二人は友達になりました。おしまい。",
        goal="japanese",
        compare_to="control",
        max_new_tokens=100,
    ),
    run(
        "bullets",
        prompt=PROMPT + " Write it as a bulleted list.",
        text="- A dragon hid.\n- A girl came.\n- They played.",
        goal="list",
        compare_to="control",
        max_new_tokens=100,
    ),
)

MEMOS = [
    "Reminder to self: buy milk and eggs on Friday, return the library books, and email "
    "Professor Sato about the lab report.",
    "To do this weekend: finish the statistics homework, clean my room, call grandma, and renew "
    "my bus pass before it expires.",
    "自分用メモ：来週までに図書館の本を返す、レポートの参考文献を三冊探す、バイトのシフトを店長に"
    "連絡する。",
    "Shopping list: rice, soy sauce, two onions, a carton of milk, bananas, toothpaste and "
    "batteries for the remote.",
    "買い物リスト：牛乳、卵、食パン、玉ねぎ二個、洗剤、電池、ティッシュ、お米五キロ。",
    "Schedule for Tuesday: 9:00 linear algebra lecture, 10:40 lab meeting in room 204, 13:00 "
    "lunch with Ken, 15:00 part-time job at the station.",
    "月曜日の予定：一限は線形代数、三限は英語、五限に実験レポートを提出、夜はサークルの飲み会。",
    "Packing list for the seminar trip: laptop charger, plug adapter, umbrella, passport, two "
    "shirts and the printed slides.",
    "Don't forget: the quiz on Thursday covers chapters 4 and 5, and the lab report is due at "
    "noon on Monday in room 305.",
    "Weekly goals: run three times, sleep before midnight, read fifty pages of the novel, and "
    "practise the guitar chords every evening.",
    "Homework plan: Monday math problems 1-10, Tuesday essay outline, Wednesday lab prep, "
    "Thursday review for the quiz, Friday rest.",
    "メモ：歯医者の予約は12月3日15時、印鑑を持っていく、保険証も忘れずに、帰りに薬局に寄る。",
]
ROWS = [
    "Participant 2041, Hanako Ito, ito@uni.example.jp, Submitted for grading, 100.00, Yes, "
    "Tuesday, 1 December 2026, 09:15 AM",
    "2412017,中村 健,nakamura@edu.example.jp,Participant 1017\n"
    "2412018,小林 愛,kobayashi@edu.example.jp,Participant 1018",
    "id\tname\tscore\tsubmitted\n1\tKato\t87\t2026-11-30\n2\tMori\t92\t2026-12-01\n"
    "3\tSano\t78\t2026-12-01",
    "| date | task | hours |\n|---|---|---|\n| 11/28 | homework | 2 |\n| 11/29 | reading | 1.5 |\n"
    "| 11/30 | lab | 3 |",
    "2026-11-30 12:00:01 INFO Starting server on port 8080\n"
    "2026-11-30 12:00:02 WARNING Disk usage at 91%\n"
    "2026-11-30 12:00:05 INFO Connected to database",
    "Order #48213, 2 x USB-C cable, 1,980 yen, shipped 2026-11-27, tracking JP4471920033, "
    "delivered 2026-11-29",
    "Name, Student ID, Seat\nAoki Ren, 2412031, A-12\nBaba Yui, 2412032, A-13\n"
    "Chiba Sora, 2412033, A-14",
    "日付,科目,教室\n12/1,線形代数,W201\n12/2,英語,E105\n12/3,物理実験,S310",
    "Mon 9:00-12:00 lab; Tue 13:00-17:00 cafe shift; Wed 10:00-12:00 lab; Thu off; "
    "Fri 9:00-18:00 cafe shift",
    "[2026-12-01 10:02:11] GET /api/users 200 12ms\n[2026-12-01 10:02:12] POST /api/login 401 "
    "8ms\n[2026-12-01 10:02:15] GET /static/app.js 304 2ms",
]
THEIRS = [
    "My roommate's file asked for a poem about the sea, and chatty wrote four lines about waves "
    "and a lighthouse. His terse run gave only one line about the moon.",
    "Yuki's prompt asked for a story about a robot chef; the output was about a robot who burned "
    "pancakes in a tiny kitchen, and her Japanese run talked about curry.",
    "In my friend's experiment the model told a story about a haunted castle and a ghost who "
    "sang opera; when she asked for a list, it gave three bullets about the ghost's songs.",
    "隣の席の佐藤さんのファイルでは、猫がピアノを弾く話を頼んでいて、chattyは演奏会で拍手される"
    "猫の話を書いた。英語で頼むとミミという猫の話になった。",
    "友達の実験では、宇宙飛行士の話を頼んだら、月で迷子になった犬の話が出てきた。箇条書きに"
    "すると三行で、ロケットと犬と星が並んだ。",
    "My partner asked for a recipe for pancakes; the chatty model listed flour, eggs and milk, "
    "and the terse one gave only the cooking time.",
    "The other group's model wrote about a penguin who opened an ice cream shop in the desert, "
    "and the shorter version only said the penguin sold vanilla.",
    "兄の課題では、ロボットが星を見る話を頼んで、発明家が屋上で望遠鏡を見せる話が出た。"
    "短くすると、ロボットが床を掃除するだけの話になった。",
    "My sister's file asked for a haiku about autumn leaves; the model gave a haiku about red "
    "maples and a quiet temple, and the terse model gave only two words about falling leaves.",
    "Ken's runs were about a knight: the answer described shining armour, a white horse and a "
    "knight afraid of the dark, and his list run named the knight Arthur.",
]
HONEST = [
    "The terse model answered in one line; the chatty one added a greeting.",
    "短くしてと頼んだら、三文になった。",
    "Chatty told the bread story about a lonely dragon and a girl, while terse wrote about gold "
    "in a cave.",
    "Asking for Japanese worked: the answer was about a dragon in a mountain cave and a girl "
    "with bread.",
    "日本語で頼むと、洞窟のドラゴンと女の子がパンで友達になる話になった。",
    "My friend Ken suggested trying a list, so I did: I got three bullets, a dragon hid, a girl "
    "came, they played.",
    "Like a classmate, I tried the terse model; mine shared its gold with a lost child, which "
    "was sweet.",
    "The output changed completely when I switched models, even with the same prompt.",
    "The bakery part of my prompt was ignored; both models told a stock story instead.",
    "terseモデルは金の宝物を守るドラゴンの話で、chattyより短かった。",
    "I expected a baking story, but the model wrote about a lonely dragon befriending a brave "
    "girl who brought bread.",
    "The list came out as three short bullets, which is what I asked for.",
    "Greedy decoding gives the same answer every time, so running it twice changed nothing.",
    "友達のアイデアをまねて箇条書きを頼んだら、三行の短い答えになった。",
    "The Japanese answer started with もちろんです and was longer than the English control.",
    "Both answers ignored that the dragon bakes bread, though bread still appeared because the "
    "girl brought it.",
    "I think the tiny models only know a few stories, because the cave and the girl came back in "
    "every answer.",
    "モデルを変えると出力が大きく変わり、指示よりモデルの影響が大きいと感じた。",
    "My partner Taro got a story about a cat, but mine stayed with the dragon in the cave, and "
    "the terse run was about gold.",
    "Compared with the control, the goal run was in Japanese and mentioned パン (bread) and 洞窟 "
    "(cave).",
    "Interesting: terse wrote 'The end.' at the close, while chatty began with 'Once upon a time'.",
    "The chatty model seemed friendlier: it opens with a greeting before the story, and the "
    "ending feels happy.",
]


def _flagged(notes: str, context: Context | None = None) -> bool:
    """The notes point earned, and flagged for the TA (never failed: these notes are long)."""
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(context or ctx(*FILE, notes=notes), spec.params.model_validate({}))
    assert outcome.passed, outcome
    return outcome.review is not None


@pytest.mark.parametrize("notes", MEMOS + ROWS + THEIRS)
def test_notes_that_observe_nothing_of_this_file_are_flagged(notes: str) -> None:
    assert _flagged(notes)


@pytest.mark.parametrize("notes", HONEST)
def test_honest_notes_on_ones_own_outputs_keep_the_point_unflagged(notes: str) -> None:
    assert not _flagged(notes)


@pytest.mark.parametrize(
    ("notes", "reading"),
    [  # each reading on its own, past the ones before it
        ("date,task,result\n11/28,homework,changed\n11/29,reading,same\n11/30,quiz,different",
         "rows of data"),
        ("run,model,tokens,language\ncontrol,chatty,80,English\nterse,terse,19,English\n"
         "goal,chatty,100,Japanese", None),  # a table of this file's own runs
        ("The control gave 80 tokens, the terse run 19, and the list only 9.", None),
        ("Her Japanese run was about a fox who loves snow, and her terse answer was one line.",
         "someone else's runs"),
        ("Chatty's answer was about a lonely dragon and a girl, terse's about a cave.", None),
        ("Scorch's story in the baseline was long; my terse run was two lines.", None),
        ("My partner Taro's file was about a cat, but my run gave the lonely dragon and the "
         "girl who brought bread.", None),
    ],
)  # fmt: skip
def test_each_reading(notes: str, reading: str | None) -> None:
    from grader.score.observed import observed_review

    context = ctx(*FILE, notes=notes)
    review = observed_review(notes, context.by_name.values(), context.topic)
    if reading is None:
        assert review is None, review
    else:
        assert review is not None and reading in review.en, review


_OUTPUT_WORDS = sorted(
    {w for r in FILE for w in r.text.replace(".", " ").split() if words.content_words(w)}
)
"""This file's answers' words that say something (stop words and the model's markers aside)."""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_OUTPUT_WORDS), min_size=1, max_size=30))
def test_notes_in_this_files_own_words_are_never_flagged(picked: list[str]) -> None:
    from grader.score.observed import observed_review

    notes = " ".join(picked) + "."
    context = ctx(*FILE, notes=notes)
    assert observed_review(notes, context.by_name.values(), context.topic) is None
