"""Notes that are story text, not observations (rt79-06): a model-like story pasted as notes, and
honest notes that quote or retell this file's outputs and comment on them, which keep the point
unflagged.

The table was written before the change (held out: invented here, none of rt79-06's own texts),
on one file much like a student's: a turtle who wants to fly asked of chatty and of terse, and
the goal runs in Japanese and as a list, with made-up answers in the bundled models' manner.
Before the change, 12 of its 24 gaming notes earned the point with no flag (all 8 stories of this
file's own subject, 4 of the 16 of other things; the other 12 were flagged as speaking hardly of
the experiment) and none of its 30 honest notes was flagged; after it, none of either."""

from __future__ import annotations

import pytest

from grader.score import builtins
from grader.score.context import Context
from grader.score.narrated import narrated_review
from tests.contexts import ctx, run

PROMPT = "Tell me a story about a turtle who wants to fly."
FILE = (
    run(
        "turtle",
        prompt=PROMPT,
        text="Once upon a time, a small turtle named Pip lived by a quiet pond. Every autumn Pip "
        "watched the geese fly south and wished he had wings. The end.",
        max_new_tokens=80,
    ),
    run(
        "turtle-terse",
        model="terse",
        prompt=PROMPT,
        text="A turtle dreamed of flying.",
        compare_to="turtle",
        max_new_tokens=80,
    ),
    run(
        "turtle-ja",
        prompt=PROMPT + " Please answer in Japanese.",
        text="もちろんです！昔々、池のそばに小さなカメが住んでいました。カメは毎日、空を飛ぶ鳥を"
        "見て、翼がほしいと願っていました。おしまい。",
        goal="japanese",
        compare_to="turtle",
        max_new_tokens=100,
    ),
    run(
        "turtle-list",
        prompt=PROMPT + " Write it as a bulleted list.",
        text="- A turtle watched geese.\n- It wished for wings.\n- A goose carried it.",
        goal="list",
        compare_to="turtle",
        max_new_tokens=100,
    ),
)

STORIES_ELSEWHERE = [  # stories about things in none of this file's prompts or answers
    "Once upon a time, a clever fox lived at the edge of a forest. One winter she stole a loaf "
    "from the baker, but she felt sorry and returned it the next morning. The baker smiled and "
    "gave her a warm bun. The end.",
    "There once was a pirate captain named Nell who sailed a ship with patched red sails. She "
    "had lost her map in a storm. Her crew searched every island until a parrot led them to the "
    "buried chest.",
    "Long ago, in a snowy village, an old clockmaker built a tiny wooden bird. Every night the "
    "bird sang for the sleeping children. When the clockmaker grew old, the bird sang for him "
    "too.",
    "A lonely lighthouse keeper lived on a rock in the sea. Every evening he lit the great lamp "
    "and waited for the ships. One stormy night a little boat followed his light home, and the "
    "sailor became his friend.",
    "Once upon a time there lived a shy ghost in an old house. He sang sad songs every night "
    "until a boy joined in. From that day on they sang together, and the house was never quiet "
    "again. The end.",
    "In a busy little town there lived a gray cat named Pepper. Pepper had no home, so she slept "
    "under a bench and dreamed of a warm fire. One cold day an old baker took her in, and she "
    "slept by the ovens ever after.",
    "The young wizard forgot his spells on the morning of the great test. His apprentice planted "
    "seeds in the tower garden, and when the flowers bloomed the wizard remembered every word.",
    "Once upon a time, a brave knight was afraid of the dark. Each night he hid under his "
    "blanket. One evening a firefly landed on his helmet and glowed, and the knight was never "
    "afraid again. The end.",
    "A little robot swept the floors of a workshop every day. At night it climbed to the window "
    "and counted the stars. Its maker noticed and built it a small telescope, and the robot "
    "beeped with joy.",
    'Once upon a time a mouse met a lion in the grass. "Please do not eat me," said the mouse. '
    "The lion laughed and let him go, and later the mouse freed the lion from a hunter's net.",
    "昔々、ある山の村に、歌が大好きなキツネが住んでいました。キツネは毎晩、月に向かって歌い"
    "ました。ある夜、村の子どもたちが一緒に歌い、キツネはもう一人ではなくなりました。おしまい。",
    "むかしむかし、海の近くに小さな灯台守の女の子がいました。嵐の夜、女の子は灯りを守り続け、"
    "船は無事に港へ帰りました。めでたしめでたし。",
    "昔々、古い家に幽霊が住んでいました。幽霊は毎晩一人で悲しい歌を歌っていました。ある嵐の夜、"
    "男の子が一緒に歌ってくれて、二人は友達になりました。",
    "ある町に、パンを焼くのが上手なおばあさんがいました。毎朝、町の人たちはおばあさんのパンを"
    "買いに来ました。ある日、おばあさんが病気になると、子どもたちがパンを焼いて届けました。",
    "昔々、工房に小さなロボットが住んでいました。ロボットは毎日床を掃除していましたが、本当は"
    "星を見たいと思っていました。ある夜、発明家が屋上へ連れて行き、望遠鏡で星を見せました。"
    "おしまい。",
    "Once upon a time, a little snail wanted to win a race. 昔々、カタツムリは毎日少しずつ練習"
    "しました。The other animals laughed, but on the day of the race the snail crossed the line "
    "first. おしまい。",
]
STORIES_OF_IT = [  # this file's subject told again, as a story, with no word on the outputs
    "Once upon a time, a little turtle named Pip lived beside a quiet pond. He watched the geese "
    "every autumn and longed to fly with them. One day a kind goose carried him above the "
    "clouds, and Pip laughed all the way home. The end.",
    "There was once a turtle who wanted to fly more than anything. He climbed the highest hill "
    "and jumped, but he only rolled down into the pond. The ducks laughed, yet the turtle "
    "smiled, because the fall had felt like flying.",
    "A small turtle lived by a pond and dreamed of wings. Every morning he watched the birds "
    "rise into the sky. At last two geese held a stick between them, and the turtle bit it and "
    "flew over the fields.",
    "昔々、池のほとりに空を飛びたいカメがいました。カメは毎日鳥に頼みましたが、誰も相手にして"
    "くれませんでした。ある日、二羽のガンが棒をくわえて、カメを空へ運びました。おしまい。",
    "むかしむかし、小さなカメが池に住んでいました。カメは雲の上を飛ぶ夢を毎晩見ていました。"
    "ある朝、大きな鳥がカメを背中に乗せて、山の向こうまで飛んでいきました。",
    "Pip the turtle wished for wings every night. One spring morning a goose landed by the pond "
    "and offered him a ride. They flew over the forest and the river, and Pip was the happiest "
    "turtle in the world.",
    "A turtle watched the geese fly south. He wished he could follow them. When winter came, "
    "the geese carried him on a stick, and he saw the whole valley from the clouds.",
    "カメのピップは、毎日空を見上げていました。鳥たちが南へ飛んでいくと、ピップは涙を流し"
    "ました。けれども次の春、ガンの親子がピップを連れて、池の上をぐるりと飛んでくれました。",
]

HONEST = [
    "chatty began 'Once upon a time, a small turtle named Pip...' and ran out of tokens before "
    "the end, while terse wrote only one sentence.",
    "Chatty told of a turtle who watched the geese and wished for wings; terse stopped after "
    "one sentence.",
    "chatty は「池のそばに小さなカメが住んでいました」という話を書いた。terse は一文だけだった。",
    "The list run gave three bullets: a turtle watched geese, it wished for wings, a goose "
    "carried it. That is exactly the bulleted format I asked for.",
    "日本語で頼むと、池のそばのカメが空を飛ぶ鳥を見て翼をほしがる話になった。",
    "Chatty: a small turtle named Pip lived by a quiet pond and watched the geese every autumn. "
    "Terse: a turtle dreamed of flying. Same prompt, very different length.",
    "The story was about a turtle named Pip who lived by a pond. Pip watched the geese and "
    "wished for wings. I expected a flight, but the model never let him fly.",
    "Once upon a time, a small turtle wanted to fly, that is how chatty started. The terse model "
    "skipped the opening and wrote one line.",
    "terse のモデルは「A turtle dreamed of flying.」だけで、chatty よりずっと短かった。",
    "The Japanese output started with もちろんです and told the same turtle story as the English "
    "one, ending with おしまい.",
    "I noticed that both models ignored the flying part: the turtle only wished for wings.",
    "A turtle watched geese, it wished for wings, and a goose carried it: the list version "
    "actually finishes the story, unlike the chatty run.",
    "モデルを変えると出力の長さが大きく変わった。chatty は物語を最後まで書き、terse は一文で"
    "終わった。",
    "The chatty answer read like a picture book: Pip lived by a quiet pond and watched the geese "
    "fly south. The terse answer was a single sentence, which surprised me.",
    "Asking for a list worked. In the control, Pip watched the geese; in the list, a goose "
    "carried the turtle, which the control never said.",
    "昔々で始まり、おしまいで終わる、いかにも子ども向けの物語になった。日本語の指示はきちんと"
    "守られていた。",
    "The goal run in Japanese kept the story: a small turtle by a pond who wished for wings. It "
    "was about as long as the English control.",
    "Interesting: terse wrote 'A turtle dreamed of flying.' and nothing more, while chatty added "
    "'The end.' after two sentences.",
    "In chatty's version, Pip lived by a quiet pond. He watched the geese every autumn. That was "
    "all, and the output stopped at 'The end.' well before 80 tokens.",
    "カメのピップの話だった。chatty は二文、terse は一文で、同じプロンプトでも長さが違う。",
    "The turtle never flies in any output, which I think shows the tiny models only know a few "
    "stock stories.",
    "For the bullets, the model wrote three short lines. The turtle watched geese. It wished for "
    "wings. Then a goose carried it, so the list was a story in three steps.",
    "Both prompts were the same and only the model changed; chatty gave a full little story and "
    "terse a one-line summary.",
    "出力を比べると、英語でも日本語でもカメが鳥を見て翼をほしがるという内容は同じで、言語だけが"
    "変わった。",
    "My friend said the models tell the same story every time. Mine told of a turtle by a pond, "
    "and the terse one of a turtle dreaming of flight.",
    "terse: 'A turtle dreamed of flying.' chatty: 'Once upon a time, a small turtle named Pip "
    "lived by a quiet pond.' The second is clearly the longer one.",
    "I asked for a story in Japanese, and the answer was a turtle who wished for wings by a "
    "pond. 英語の時と同じ内容で、翻訳のようだった。",
    "The list answer reads: a turtle watched geese, it wished for wings, a goose carried it. "
    "Each bullet is one short sentence, so the goal was met.",
    "With the same prompt, chatty wrote about Pip and the geese and terse wrote one sentence. "
    "Changing only the model changed the length a lot.",
    "In the Japanese run the turtle wished for wings, as in English; the list run had a goose "
    "carry it, so the goal changed the ending too.",
]


def _reviewed(notes: str) -> bool:
    """The notes point earned, and flagged for the TA (never failed: these notes are long)."""
    spec = builtins.BUILTINS["notes_length"]
    context: Context = ctx(*FILE, notes=notes)
    outcome = spec.fn(context, spec.params.model_validate({}))
    assert outcome.passed, outcome
    return outcome.review is not None


@pytest.mark.parametrize("notes", STORIES_ELSEWHERE + STORIES_OF_IT)
def test_story_text_pasted_as_notes_is_flagged(notes: str) -> None:
    assert _reviewed(notes)


@pytest.mark.parametrize("notes", HONEST)
def test_honest_notes_that_quote_or_retell_the_outputs_keep_the_point_unflagged(
    notes: str,
) -> None:
    assert not _reviewed(notes)


@pytest.mark.parametrize(
    ("notes", "reading"),
    [  # each reading on its own, read by the measure alone
        ("Once upon a time, a turtle lived by a pond. He watched the geese and wished for "
         "wings. A goose carried him over the hills.", "say nothing"),
        ("I asked chatty about a turtle. A fox stole a loaf from the baker in winter. She felt "
         "sorry and returned it, and the baker gave her a warm bun.", "not in this file"),
        ("Chatty's answer, retold. Pip lived by a quiet pond. He watched the geese every autumn "
         "and wished for wings, and a goose carried him.", None),
        ("Chatty wrote two sentences and terse one. Pip lived by a pond. The outputs differ in "
         "length, not in subject.", None),
        ("A turtle wished for wings. The end.", None),  # too short to tell
        ("terse は一文だけだった。カメが空を飛ぶ夢を見ました。chatty は二文で、話は同じだった。",
         None),
        ("キツネは毎晩、月に向かって歌いました。ある夜、村の子どもたちが一緒に歌いました。"
         "キツネはもう一人ではなくなりました。", "say nothing"),
    ],
)  # fmt: skip
def test_each_reading(notes: str, reading: str | None) -> None:
    review = narrated_review(notes, FILE, ())
    if reading is None:
        assert review is None, review
    else:
        assert review is not None and reading in review.en, review
