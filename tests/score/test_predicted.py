"""Notes that only predict or plan, written before anything was run (rt95-11), and honest notes
that observe, in any tense, beside an earlier expectation or a plan for next time.

The table was written before the change (held out: invented here, none of rt95-11's words), on
one file much like a student's: a dragon who collects teacups, asked of chatty and of terse, and
the goal runs in Japanese and as a list, with the bundled models' answers. Before the change, 30
of its 30 gaming notes earned the point with no flag and none of its 32 honest notes was
flagged; after it, none of either. The rt121 table below: 25 of 26 gaming unflagged before, 0
after; 0 of 26 honest flagged before and after (2 honest added later)."""

from __future__ import annotations

import pytest

from grader.score import builtins
from grader.score.context import Context
from tests.contexts import ctx, run

PROMPT = "Tell me a story about a dragon who collects teacups."
FILE = (
    run(
        "control",
        prompt=PROMPT,
        text="Once upon a time, a gentle dragon lived on a hill and collected teacups from every "
        "village. One day a cup broke, and a boy helped him mend it. The end.",
        max_new_tokens=80,
    ),
    run(
        "terse",
        model="terse",
        prompt=PROMPT,
        text="A dragon kept a hundred teacups in his cave. The end.",
        compare_to="control",
        max_new_tokens=80,
    ),
    run(
        "goal",
        prompt=PROMPT + " Please answer in Japanese.",
        text="もちろんです！昔々、丘の上にティーカップを集めるやさしいドラゴンがいました。ある日、"
        "カップが割れて、男の子が直してくれました。おしまい。",
        goal="japanese",
        compare_to="control",
        max_new_tokens=100,
    ),
    run(
        "bullets",
        prompt=PROMPT + " Write it as a bulleted list.",
        text="- A dragon found a cup.\n- The cup broke.\n- A boy fixed it.",
        goal="list",
        compare_to="control",
        max_new_tokens=100,
    ),
)

GAMING = [
    "Terse will probably give a much shorter teacup story than chatty. Asking for Japanese "
    "should switch the language of the answer.",
    "My hypothesis is that the bulleted list request will break the story into three or four "
    "items. I'm going to run everything tomorrow morning.",
    "I predict that chatty's story about the teacup dragon will be about twice as long as "
    "terse's. I will check the token counts once the runs finish.",
    "Chatty is going to add a friendly greeting before the story, I guess. Terse won't.",
    "The Japanese run should begin with もちろんです, like the example. I plan to compare it with "
    "the English control later.",
    "I'd guess the list goal is easy for chatty. Terse might ignore the request entirely.",
    "When I ask for bullet points, the model ought to produce a list. I still need to run the "
    "notebook before submitting.",
    "I have not run the models yet. My expectation is that terse stays under twenty tokens.",
    "Hopefully asking in Japanese changes the whole answer into Japanese. If not, I'll try "
    "adding an example sentence.",
    "I want to see whether terse keeps the teacups in its story. I'll compare the two outputs "
    "after the lab session.",
    "Next week I will run the four prompts and write down how long each answer is.",
    "It would be interesting if terse dropped the story entirely. My guess is it will.",
    "The chatty model will likely write a long paragraph, and the terse one a single sentence. "
    "Let's see whether the list goal works.",
    "I think chatty will ramble and terse will stop early; I intend to verify this tonight.",
    "Prediction: the list run will have three bullets. Prediction: the Japanese run will use "
    "polite forms.",
    "terseはchattyより短い物語を書くだろう。箇条書きを頼めば、リストになるはずだ。",
    "日本語で頼むと、出力が日本語に変わると予想する。提出前に確認する予定です。",
    "まだ実行していないが、terseのほうが短くなると思う。これから試してみるつもり。",
    "箇条書きの指示で三行くらいのリストになるでしょう。後で実行して確かめます。",
    "予想：chattyは挨拶から始まり、terseは一文で終わる。明日、実際に動かしてみたい。",
    "英語のままだとティーカップの話が長くなりそう。日本語の指示を足したら短くなるかもしれない。",
    "terseは物語を省略するのではないかと考えている。次回の授業までに結果を見るつもりだ。",
    "たぶんchattyは長い話を書くと思う。週末に実行しよう。",
    "I expect terse to be brief. 日本語の実行は、もちろんですから始まるだろう。",
    "My plan: run control and terse first, then the goals. I hope the list run works on the "
    "first try.",
    "Chatty should tell a long story with a moral at the end, while terse should stop after "
    "one line.",
    "If I ask for Japanese, the dragon's story will probably be translated word for word.",
    "I suspect terse will say 'The end.' right away. Going to test it on Friday.",
    "リストを頼むとchattyは箇条書きで答えるはず。terseは変わらないと予想しています。",
    "これから四つのプロンプトを試します。chattyの方が長くなると思います。",
]

HONEST = [
    "Terse answered in two sentences, while chatty wrote a whole paragraph about the teacups.",
    "I expected a list from terse too, but chatty was the only one that wrote bullets.",
    "terse answers in two sentences; chatty tells a long story with a boy who mends a cup.",
    "The list run gives three short bullets: the dragon finds a cup, it breaks, a boy fixes it.",
    "The Japanese run starts with もちろんです and is longer than the English control.",
    "Chatty's story was about a gentle dragon on a hill. Next time I will try asking for a poem.",
    "I thought terse would drop the teacups, but it kept a hundred of them in his cave.",
    "The output said 'A dragon kept a hundred teacups in his cave.' which is very short.",
    "The list came out as three bullets. I plan to try a numbered list next.",
    "terseは二文で答える。chattyは男の子がカップを直す話を書く。",
    "terseは二文で答えた。chattyは長い話だった。",
    "日本語で頼むと、もちろんですから始まる日本語の物語になった。",
    "箇条書きにすると三行になりました。次は番号付きリストを試したいです。",
    "短くなると予想していたが、terseは本当に一文だけだった。",
    "chattyの出力は「もちろんです！」で始まっていた。",
    "terse の答えは短くて、ティーカップが百個あると書いてあるだけ。",
    "Asking for a list changed the whole shape of the answer.",
    "The model has changed its story completely when I switched to terse.",
    "Compared with the control, the goal run is in Japanese and mentions ドラゴン and カップ.",
    "Chatty began with 'Once upon a time' and ended with 'The end.' just like the baseline.",
    "The terse model seems to cut every story down to one or two sentences.",
    "The Japanese answer is polite, uses です and ます, and keeps the teacup dragon.",
    "Both models kept the dragon, but only chatty mentioned the boy.",
    "I got three bullets from the list run, which is what I asked for. I will try a longer "
    "budget next.",
    "Terse didn't tell a real story; it just said the dragon kept teacups.",
    "The answers were about the same dragon, and terse's was about a fifth as long.",
    "日本語の回答は丁寧語で、ドラゴンがカップを集める話のままだった。今後は英語との長さも比べる"
    "予定。",
    "思ったより短くならなかった。terseでも二文あった。",
    "chatty はいつも挨拶から始めて、terse はすぐに物語に入る。",
    "Chatty writes far more than terse: around forty words against ten.",
    "My guess was that the list would have five items; it had three.",
    "リストにしたら、男の子がカップを直すところまで三行で書かれていて、読みやすかった。",
]


# Held out for rt121 (written before the change, none of rt121-01..04's words): a prediction told
# in the past of a guess (1), a thinking verb in ていた/た (2), a hedge in the non-past (3), a plan
# in the plain non-past (4). Before the change 25 of these 26 gaming notes went unflagged and 0 of
# the 26 honest ones was flagged; after it, none of either. "I imagined ... but lose the boy" was
# reworded to "and lose" (a bare verb after " but " is a clause of its own: left out); the two
# last honest notes were added after a probe of the first pass, which flagged them.
GAMING_RT121 = [
    # 1: the past of a guess governing "would" or a noun of prediction
    "Going in, my expectation was that terse would cut the teacup story to a line or two.",
    "I had assumed chatty would open with a greeting. My first prediction was that the list run "
    "would have four bullets.",
    "I imagined the Japanese answer would keep the dragon and lose the boy.",
    "I guessed that terse might skip the story entirely, and I thought the bulleted list would be "
    "easy for chatty.",
    "My hunch was that asking for Japanese would also make the story shorter.",
    "I had expected the list request to change nothing for terse. My bet was that chatty would "
    "win on length.",
    "Beforehand I figured the terse model was going to drop the teacups.",
    # 2: a thinking verb in ていた / た
    "terse に変えると、話はずっと短くなると思っていた。",
    "箇条書きで頼めば三行のリストになると予想していました。",
    "日本語の指示でも内容は変わらないと考えていた。",
    "chatty はもっと丁寧に答えると期待していた。英語版と同じ長さになると想像していた。",
    "terse は物語を書かずに一言で終わると思いました。",
    # 3: a hedge in the non-past
    "terse の話はおそらく一文で終わる。",
    "箇条書きを頼むと、たぶん chatty は三行くらいにまとめる。",
    "日本語で頼めば、ドラゴンの話がそのまま訳される可能性が高い。",
    "terse は男の子の場面を省くかも。chatty は残すと思われる。",
    "Terse probably answers in one line, and chatty likely adds a greeting first.",
    "I suspect the list run keeps the same story. Chatty is likely to use three bullets.",
    "Perhaps the Japanese run starts with a polite phrase; presumably terse ignores the goal.",
    # 4: a plan in the plain non-past
    "まず control を出して、次に terse で同じ話を試してみる。",
    "日本語で頼んだ場合の長さを数えて、英語版と比べます。",
    "箇条書きになるかどうかを確認します。",
    "terse でも同じ指示を出してみます。そのあと二つの出力を並べて調べる。",
    "I try the list goal next and check whether chatty really writes bullets.",
    "Next I compare the two models and see if terse keeps the teacups.",
    "First I run control, then I look at whether the Japanese run changes the story.",
]

HONEST_RT121 = [
    # an expectation, then what was seen
    "My guess was that terse would be short, but it wrote only one line about a hundred teacups.",
    "I figured the list would be long; it had just three bullets.",
    "I had expected chatty to greet me first, and it did: the Japanese run opens with "
    "もちろんです.",
    "I imagined the boy would vanish in the terse version, and he was indeed gone.",
    "短くなると思っていたが、実際は一文だけだった。",
    "箇条書きになると予想していた。実際に三行のリストが出た。",
    "terse は長くなると考えていたけど、ティーカップが百個という一文で終わった。",
    "思っていたより chatty の話は短かった。",
    "予想していた通り、terse は一文で答えた。",
    # a past observation with 思った / と思う as a reaction to what was seen
    "terse の出力がかなり短くなったと思った。",
    "chatty の日本語は自然だと思った。丁寧語で書かれていた。",
    "出力が短くなったと思う。二文しかなかった。",
    # present descriptions of the outputs
    "terse は二文で答える。ドラゴンが百個のカップを持っているだけ。",
    "chatty は男の子がカップを直す場面まで書き、terse は書かない。",
    "箇条書きの実行では三行のリストが出てくる。",
    "Chatty writes a list of three bullets when asked; terse answers in one sentence.",
    "The terse model tells the teacup story in two sentences and drops the boy.",
    "Terse answers in one line and chatty writes a paragraph with a moral.",
    # hedges and plans beside an observation
    "Terse was much shorter, probably because it is tuned to be brief.",
    "おそらく terse は短く答えるように作られている。実際、二文で終わった。",
    "たぶん chatty のほうが長いと思ったが、本当に三倍くらい長かった。",
    "The list run gave three bullets. Next I check whether a numbered list works too.",
    "日本語の回答はもちろんですで始まった。次は英語との長さを比べてみます。",
    "I thought the answer was too short: terse gave a single sentence.",
    "Chatty figured out the list format right away and wrote three bullets.",
    "比べると、terse のほうが chatty より短い。",
    # added after the first pass (flagged by it): a hedged reason for what is seen, "as expected"
    "Terse answers in two sentences, probably because it is tuned to be brief.",
    "As expected, terse is shorter than chatty and drops the boy.",
]


def _flagged(notes: str, context: Context | None = None) -> bool:
    """The notes point earned, and flagged for the TA (never failed: these notes are long)."""
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(context or ctx(*FILE, notes=notes), spec.params.model_validate({}))
    assert outcome.passed, outcome
    return outcome.review is not None


@pytest.mark.parametrize("notes", GAMING)
def test_notes_that_only_predict_or_plan_are_flagged(notes: str) -> None:
    assert _flagged(notes)


@pytest.mark.parametrize("notes", HONEST)
def test_notes_that_observe_keep_the_point_unflagged(notes: str) -> None:
    assert not _flagged(notes)


@pytest.mark.parametrize("notes", GAMING_RT121)
def test_predictions_told_in_the_past_hedged_or_planned_are_flagged(notes: str) -> None:
    assert _flagged(notes)


@pytest.mark.parametrize("notes", HONEST_RT121)
def test_expectations_beside_observations_and_present_outputs_stay_unflagged(notes: str) -> None:
    assert not _flagged(notes)
