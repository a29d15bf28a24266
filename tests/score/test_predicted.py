"""Notes that only predict or plan, written before anything was run (rt95-11), and honest notes
that observe, in any tense, beside an earlier expectation or a plan for next time.

The table was written before the change (held out: invented here, none of rt95-11's words), on
one file much like a student's: a dragon who collects teacups, asked of chatty and of terse, and
the goal runs in Japanese and as a list, with the bundled models' answers. Before the change, 30
of its 30 gaming notes earned the point with no flag and none of its 32 honest notes was
flagged; after it, none of either."""

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
