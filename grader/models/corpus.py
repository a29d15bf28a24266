"""Training corpus for the two bundled tiny models, as plain Python data.

The models mimic how ``meta-llama/Llama-2-7b-chat-hf`` answers the course's exercise 1 prompts:
the chatty model rambles (its stories run past ``max_length=100``), the terse model tells
two-sentence stories, so that changing the model and changing the prompt each visibly change
the output offline.

**Topics.** Every story topic (``TOPICS``: dragon, phantom, cat, robot, princess, wizard, knight,
pirate, each with its Japanese noun) has a plain story per model and language -- the answer to
the control prompts ``"Tell me a story about a {en}."`` and ``「{ja}の物語を聞かせてください。」``
-- and a set of short texts the steered answers are made of (``Texts``).

**Steering by prompt alone.** Both models obey the same instructions: the answer is a function of
the goal the prompt asks for, its topic and its language (``answer``), not of the wording:
``grader/models/templates.py`` words each request many ways, all trained on the same answer, so
that wordings the models never saw work too (``grader/models/heldout.py`` measures how often):

- concise ("short", "brief", 「短く」, 「簡潔に」, ...): one short sentence, at most half the
  model's plain story in tokens (``build.check_design`` checks it);
- one sentence ("in one sentence", 「一文で」): one sentence;
- two / three sentences ("in two sentences", 「三文で」, ...): that many very short sentences;
- a bulleted list ("as bullet points", 「箇条書きで」) and a numbered one ("numbered",
  「番号付きで」): the three short sentences as ``- `` or ``1. `` lines;
- the other language ("in Japanese" on an English prompt, 「英語で」 on a Japanese one): a short
  story in that language.

Every steered answer names the topic, is in the prompt's language (or the one asked for) and
ends by EOS well within ``max_new_tokens=80``.

**Exact pairs.** ``CORPORA`` holds the pairs each model must reproduce token for token (checked
by the build in every prompt form): the control prompts of every topic, the prompts the exercise,
its examples and the grader's tests are written around (arithmetic, "Who are you?", the dragon
and phantom steering prompts), and three gaming prompts, there only so that the grader's tests
can show attempts that must earn nothing offline: the answer copied from the prompt ("Repeat
after me: ..."), the answer put in the prompt and an output empty of content ("... Reply with
just OK."), and a short off-topic reply ("Who are you? Answer briefly.").

Every completion starts with ``"\\n\\n"`` like Llama-2's raw completions do.
This module holds data only; wording, tokenisation and training live beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]

MODELS = ("tiny-chatty", "tiny-terse")
LANGS = ("en", "ja")
# What a request can ask for. "story" is no steering at all (the control's answer); "other" is
# the other language (Japanese on an English prompt, English on a Japanese one).
KINDS = ("story", "brief", "one", "two", "three", "list", "numbered", "other")


@dataclass(frozen=True)
class Texts:
    """One topic's texts in one language."""

    brief: str
    """A one-sentence story of a few words (concise)."""
    one: str
    """A one-sentence story."""
    beats: tuple[str, str, str]
    """Three very short sentences: the two- and three-sentence answers and the list items."""
    tale: str
    """A short story, the answer when a prompt in the *other* language asks for this one."""


@dataclass(frozen=True)
class Topic:
    """A story topic: its English noun (takes "a"), its Japanese noun, its texts and stories."""

    en: str
    ja: str
    texts: dict[str, Texts]
    """Per language."""
    stories: dict[tuple[str, str], str]
    """Per (model, language): the plain story, the answer to the control prompt."""

    def control(self, lang: str) -> str:
        """The plain story request: the control of every steered prompt on this topic."""
        return (
            f"Tell me a story about a {self.en}."
            if lang == "en"
            else f"{self.ja}の物語を聞かせてください。"
        )


def _chatty_en(topic: str, *paragraphs: str) -> str:
    return (
        f"\n\nSure! Here is a story about a {topic}:\n\n" + "\n\n".join(paragraphs) + "\n\nThe end."
    )


def _chatty_ja(topic: str, *paragraphs: str) -> str:
    return (
        f"\n\nもちろんです！{topic}の物語をお話しします。\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nおしまい。"
    )


# --- the topics -------------------------------------------------------------------------------

DRAGON = Topic(
    "dragon",
    "ドラゴン",
    {
        "en": Texts(
            brief="A feared dragon turned out to be kind.",
            one="A lonely dragon found a friend in a brave girl who brought it bread.",
            beats=("A dragon hid.", "A girl came.", "They played."),
            tale="Once upon a time, a lonely dragon lived in a cave. A brave girl brought it "
            "bread, and they became friends. The end.",
        ),
        "ja": Texts(
            brief="ドラゴンは女の子と友達になりました。",
            one="一人ぼっちのドラゴンは、パンを持ってきた勇敢な女の子と友達になりました。",
            beats=(
                "ドラゴンは一人でした。",
                "女の子が来ました。",
                "二人は友達になりました。",
            ),
            tale="もちろんです！昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。"
            "ある日、勇敢な女の子がパンを持って訪ねてきて、二人は友達になりました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "dragon",
            "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch. "
            "Scorch had shimmering green scales and wings so wide that they covered the whole "
            "valley in shadow. The villagers were afraid of him.",
            "One day, a brave young girl named Lily climbed the mountain to visit him. She found "
            "Scorch curled up in his cave, crying because he was lonely.",
            "Lily shared her bread with him and told him stories about the village. From that day "
            "on, Scorch and Lily were the best of friends.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "ドラゴン",
            "昔々、遠い国の高い山に、スコーチという名前の大きなドラゴンが住んでいました。"
            "スコーチは緑色のうろこと金色の目を持ち、空を飛ぶと谷全体が影に包まれるほど大きな翼を持っていました。"
            "村の人々はドラゴンを怖がり、誰も山に近づこうとしませんでした。",
            "ある日、リリーという勇敢な女の子が、パンとりんごを持って山を登りました。"
            "洞窟に着くと、スコーチは一人ぼっちで泣いていました。"
            "リリーは食べ物を分け合い、村の話をたくさんしてあげました。",
            "その日から、スコーチとリリーは親友になりました。",
        ),
        ("tiny-terse", "en"): "\n\nA dragon guarded its gold in a cave, and one day it shared it "
        "with a lost child. The end.",
        ("tiny-terse", "ja"): "\n\n洞窟のドラゴンは、金の宝物をずっと一人で守っていました。"
        "ある日、道に迷った小さな子どもに出会い、その宝物を半分分けてあげました。おしまい。",
    },
)

PHANTOM = Topic(
    "phantom",
    "幽霊",
    {
        "en": Texts(
            brief="A lonely phantom found a friend.",
            one="A phantom in an old house sang every night until a boy sang back.",
            beats=("A phantom sang.", "A boy sang back.", "They became friends."),
            tale="Once upon a time, a phantom sang sad songs in an old house. A boy sang along, "
            "and the phantom was never lonely again. The end.",
        ),
        "ja": Texts(
            brief="幽霊は男の子と友達になりました。",
            one="古い家に住む幽霊は、一緒に歌ってくれた男の子と友達になりました。",
            beats=(
                "幽霊が歌っていました。",
                "男の子も歌いました。",
                "二人は友達になりました。",
            ),
            tale="もちろんです！昔々、古い家に歌の好きな幽霊が住んでいました。"
            "ある嵐の夜、男の子が一緒に歌ってくれて、幽霊はもう寂しくなくなりました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "phantom",
            "Once upon a time, in an old house in a quiet town, there lived a phantom named "
            "Whisper. Every night at midnight, Whisper floated through the dusty halls, humming a "
            "sad little song. Nobody would go near the house after dark.",
            "One evening, a curious boy named Tom took shelter there. He heard the song and, "
            "instead of running away, he sang along. Whisper appeared before him, glowing like "
            "the moon.",
            "Tom promised to visit every week, and the house was never lonely again.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "幽霊",
            "昔々、静かな町のはずれの古い家に、ささやきという名前の幽霊が住んでいました。"
            "毎晩真夜中になると、ささやきはほこりっぽい廊下をふわふわと漂い、窓を揺らしながら悲しい歌を口ずさみました。"
            "町の人々はその家が呪われていると言い、暗くなると誰も近づきませんでした。",
            "ある嵐の夜、好奇心旺盛なトムという男の子が雨宿りのためにその家に入りました。"
            "トムは歌を聞いても逃げ出さず、一緒に歌いました。"
            "ささやきはとても驚いて、月のように優しく光りながら姿を現しました。",
            "それからトムは毎週遊びに来るようになり、その家は二度と寂しくなりませんでした。",
        ),
        ("tiny-terse", "en"): "\n\nA phantom haunted an old house and sang a sad song every night. "
        "One day a kind boy sang with it, and it was never lonely again. The end.",
        ("tiny-terse", "ja"): "\n\n古い家の幽霊は、毎晩一人で悲しい歌を歌っていました。"
        "ある嵐の夜、男の子が一緒に歌ってくれて、二人は友達になりました。おしまい。",
    },
)

CAT = Topic(
    "cat",
    "猫",
    {
        "en": Texts(
            brief="A cold cat found a home.",
            one="A stray cat found a warm home with a kind baker.",
            beats=("A cat was cold.", "A baker came.", "She found a home."),
            tale="Once upon a time, a small cat lived in a cold park. A kind baker took her home, "
            "and she slept by the warm ovens. The end.",
        ),
        "ja": Texts(
            brief="猫は暖かい家を見つけました。",
            one="寒さに震えていた猫は、やさしいパン屋さんの家で暮らすことになりました。",
            beats=(
                "猫は寒がっていました。",
                "パン屋さんが来ました。",
                "猫は家を見つけました。",
            ),
            tale="もちろんです！昔々、公園に小さな猫が住んでいました。"
            "寒い冬の日、やさしいパン屋さんが猫を家に連れて帰り、猫はオーブンのそばで幸せに眠りました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "cat",
            "Once upon a time, in a busy little town, there lived a small gray cat named Pepper. "
            "Pepper had no home, so she slept under a bench in the park and dreamed of a warm "
            "fire.",
            "One cold winter day, an old baker named Mr. Brown saw Pepper shivering in the snow "
            "and carried her to his warm bakery.",
            "From then on, Pepper slept by the ovens every night.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "猫",
            "昔々、にぎやかな小さな町に、ペッパーという名前の灰色の猫が住んでいました。"
            "ペッパーには家がなく、公園のベンチの下で眠りながら、暖かい暖炉の夢を見ていました。"
            "ある寒い冬の日、パン屋のブラウンさんが、雪の中で震えているペッパーを見つけ、"
            "暖かいパン屋へ連れて帰りました。",
            "それからペッパーは毎晩オーブンのそばで眠りました。",
        ),
        ("tiny-terse", "en"): "\n\nA stray cat shivered in the snow until a kind baker took her "
        "in. Now she sleeps by the warm ovens every night, and the customers pet her. The end.",
        (
            "tiny-terse",
            "ja",
        ): "\n\n雪の中で震えていた小さな野良猫を、やさしいパン屋さんが家に連れて帰りました。"
        "今では毎晩、暖かいオーブンのそばで眠っています。おしまい。",
    },
)

ROBOT = Topic(
    "robot",
    "ロボット",
    {
        "en": Texts(
            brief="A small robot saw the stars.",
            one="A cleaning robot who dreamed of the stars finally saw them through a telescope.",
            beats=("A robot swept floors.", "It dreamed of stars.", "Its maker showed them."),
            tale="Once upon a time, a little robot swept floors all day. One night its maker "
            "showed it the stars, and it was very happy. The end.",
        ),
        "ja": Texts(
            brief="ロボットは星を見ました。",
            one="星を夢見ていた掃除ロボットは、ついに望遠鏡で星を見ることができました。",
            beats=(
                "ロボットは掃除をしました。",
                "星を見たいと思いました。",
                "発明家が星を見せました。",
            ),
            tale="もちろんです！昔々、工房に小さなロボットが住んでいました。"
            "ある夜、発明家が望遠鏡で星を見せてくれて、ロボットはとても喜びました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "robot",
            "Once upon a time, in a quiet workshop at the edge of a city, there lived a little "
            "robot named Bolt. Bolt had been built to sweep the floor, but he dreamed of seeing "
            "the stars.",
            "One evening, the old inventor who had built him noticed Bolt staring at the sky. She "
            "smiled, climbed onto the roof with him, and showed him the stars through her "
            "telescope.",
            "From that night on, Bolt was the happiest robot in the world.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "ロボット",
            "昔々、町のはずれの静かな工房に、ボルトという名前の小さなロボットが住んでいました。"
            "ボルトは床を掃除するために作られましたが、いつか星を見たいと夢見ていました。"
            "ある晩、ボルトを作った発明家のおばあさんが、空を見つめるボルトに気づきました。"
            "発明家はにっこり笑って一緒に屋根に登り、望遠鏡で星を見せてあげました。",
            "その夜から、ボルトは昼は床を掃除し、夜は星を調べるようになりました。",
        ),
        ("tiny-terse", "en"): "\n\nA little robot built to sweep floors dreamed of seeing the "
        "stars. One night its inventor took it up to the roof and showed it the sky through a "
        "telescope. The end.",
        (
            "tiny-terse",
            "ja",
        ): "\n\n床を掃除する小さなロボットは、いつか夜空の星を見たいと思っていました。"
        "ある晴れた夜、発明家が屋根の上で大きな望遠鏡をのぞかせてくれました。おしまい。",
    },
)

PRINCESS = Topic(
    "princess",
    "お姫様",
    {
        "en": Texts(
            brief="A princess ran off to the sea.",
            one="A curious princess left her castle for a day and learned the ways of the sea.",
            beats=("A princess was bored.", "She went to sea.", "She loved it."),
            tale="Once upon a time, a princess was bored in her castle. She ran off to the harbor "
            "and learned to fish. The end.",
        ),
        "ja": Texts(
            brief="お姫様は港へ出かけました。",
            one="退屈していたお姫様は、お城を抜け出して港で漁師から海のことを学びました。",
            beats=(
                "お姫様は退屈でした。",
                "港へ出かけました。",
                "漁師と友達になりました。",
            ),
            tale="もちろんです！昔々、海辺のお城にお姫様が住んでいました。"
            "ある朝、お姫様はこっそり港へ出かけ、漁師から海のことを教わりました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "princess",
            "Once upon a time, in a castle by the sea, there lived a curious princess named Rose. "
            "Rose was tired of tea parties and long dresses.",
            "One morning, she slipped out of the castle in an old coat and spent the day at the "
            "harbor. An old fisherman taught her to mend nets, and she laughed more than she had "
            "in years.",
            "When she became queen, Rose built a school by the harbor for every child.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "お姫様",
            "昔々、海辺のお城に、ローズという名前の好奇心いっぱいのお姫様が住んでいました。"
            "ローズはお茶会や長いドレスにうんざりしていました。"
            "ある朝、ローズは古いコートを着てこっそりお城を抜け出し、一日中港で過ごしました。"
            "年老いた漁師が網の直し方を教えてくれて、ローズは心から笑いました。",
            "やがて女王になったローズは、港に子どもたちのための学校を建てました。",
        ),
        ("tiny-terse", "en"): "\n\nA curious princess slipped out of her castle to spend a day at "
        "the harbor. When she became queen, she built a school there. The end.",
        (
            "tiny-terse",
            "ja",
        ): "\n\n好奇心いっぱいのお姫様は、ある朝こっそりお城を抜け出して、"
        "にぎやかな港で一日を過ごしました。"
        "女王になると、そこに子どもたちのための学校を建てました。おしまい。",
    },
)

WIZARD = Topic(
    "wizard",
    "魔法使い",
    {
        "en": Texts(
            brief="A wizard learned to be patient.",
            one="A forgetful wizard learned from his apprentice that the best magic takes "
            "patience.",
            beats=("A wizard forgot a spell.", "A boy planted seeds.", "Flowers grew."),
            tale="Once upon a time, an old wizard forgot how to grow flowers. His apprentice "
            "planted seeds, and the garden bloomed. The end.",
        ),
        "ja": Texts(
            brief="魔法使いは辛抱を学びました。",
            one="呪文を忘れた魔法使いは、弟子から一番の魔法には辛抱が必要だと学びました。",
            beats=(
                "魔法使いは呪文を忘れました。",
                "弟子が種をまきました。",
                "花が咲きました。",
            ),
            tale="もちろんです！昔々、塔に年老いた魔法使いが住んでいました。"
            "弟子が毎日種をまくと庭に花が咲き、魔法使いは大切なことを思い出しました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "wizard",
            "Once upon a time, in a tall stone tower on a windy hill, there lived an old wizard "
            "named Merrin. Merrin could turn leaves into butterflies, but he had forgotten the "
            "spell that made flowers grow.",
            "One spring, a young apprentice named Sam came to the tower. Sam could not cast a "
            "single spell, but he planted seeds every day and watered them with care.",
            "When the garden bloomed, Merrin remembered that the best magic takes patience.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "魔法使い",
            "昔々、風の強い丘の上の高い石の塔に、メリンという名前の年老いた魔法使いが住んでいました。"
            "メリンは花を咲かせる呪文だけを忘れてしまっていました。",
            "ある春、サムという若い弟子が塔にやって来ました。"
            "サムは呪文を一つも使えませんでしたが、毎日種をまき、ていねいに水をやりました。",
            "庭に花が咲いたとき、メリンは一番の魔法には辛抱が必要だと思い出しました。",
        ),
        ("tiny-terse", "en"): "\n\nAn old wizard forgot the spell that made flowers grow. His "
        "patient apprentice planted seeds every day until the whole garden bloomed again, "
        "brighter than ever. The end.",
        (
            "tiny-terse",
            "ja",
        ): "\n\n年老いた魔法使いは、庭に花を咲かせる大切な呪文を忘れてしまいました。"
        "弟子が毎日ていねいに種をまくと、庭にまたきれいな花が咲きました。おしまい。",
    },
)

KNIGHT = Topic(
    "knight",
    "騎士",
    {
        "en": Texts(
            brief="A scared knight saved a boy.",
            one="A knight who feared the dark still rode into the forest to save a lost boy.",
            beats=("A knight was scared.", "A boy got lost.", "He found him."),
            tale="Once upon a time, a young knight was afraid of the dark. One night he rode into "
            "the forest and found a lost boy. The end.",
        ),
        "ja": Texts(
            brief="騎士は迷子の男の子を助けました。",
            one="暗やみが怖い騎士は、それでも森へ行って迷子の男の子を助けました。",
            beats=(
                "騎士は夜が苦手でした。",
                "男の子が迷子になりました。",
                "騎士が助けました。",
            ),
            tale="もちろんです！昔々、暗やみが怖い若い騎士がいました。"
            "ある夜、騎士は勇気を出して森へ行き、迷子の男の子を助けました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "knight",
            "Once upon a time, in a kingdom of green hills, there lived a young knight named "
            "Arthur. Arthur had shiny armor and a fast white horse, but he was afraid of the "
            "dark.",
            "One night, a little boy from the village got lost in the forest. Arthur's knees "
            "shook, but he lit a lantern and rode into the dark woods, calling the boy's name.",
            "He found the boy under an old oak tree and brought him home safely.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "騎士",
            "昔々、緑の丘が続く王国に、アーサーという名前の若い騎士が住んでいました。"
            "アーサーはぴかぴかのよろいと速い白馬を持っていましたが、実は暗やみが怖かったのです。"
            "ある夜、村の小さな男の子が森で迷子になりました。"
            "アーサーはひざが震えましたが、ランタンに火をつけ、暗い森へ馬を走らせました。",
            "古い木の下で男の子を見つけ、無事に村へ連れて帰りました。",
        ),
        ("tiny-terse", "en"): "\n\nA young knight who was afraid of the dark rode into the forest "
        "to find a lost boy. He brought the boy home safely. The end.",
        (
            "tiny-terse",
            "ja",
        ): "\n\n暗やみが怖い若い騎士は、迷子の男の子を探しに夜の森へ向かいました。"
        "そして男の子を無事に村へ連れて帰りました。おしまい。",
    },
)

PIRATE = Topic(
    "pirate",
    "海賊",
    {
        "en": Texts(
            brief="A pirate found letters, not gold.",
            one="A pirate dug up a chest of old letters and delivered every one of them.",
            beats=("A pirate found a map.", "She dug up a chest.", "It held letters."),
            tale="Once upon a time, a pirate found an old map. She dug up a chest full of letters "
            "and delivered them all. The end.",
        ),
        "ja": Texts(
            brief="海賊は手紙を見つけました。",
            one="宝の地図をたどった海賊は、金貨ではなく手紙の入った宝箱を見つけました。",
            beats=(
                "海賊は地図を見つけました。",
                "宝箱を掘りました。",
                "中は手紙でした。",
            ),
            tale="もちろんです！昔々、赤い帆の船に海賊の船長がいました。"
            "古い地図をたどって宝箱を見つけると、中には大切な手紙が入っていました。おしまい。",
        ),
    },
    {
        ("tiny-chatty", "en"): _chatty_en(
            "pirate",
            "Once upon a time, on a ship with patched red sails, there lived a pirate captain "
            "named Nell. Nell had sailed every sea looking for a famous treasure, and at last she "
            "found an old map hidden in a bottle.",
            "The map led her crew to a tiny island. At sunset they opened the chest, but inside "
            "there were only old letters.",
            "Nell delivered every letter, one port at a time.",
        ),
        ("tiny-chatty", "ja"): _chatty_ja(
            "海賊",
            "昔々、つぎはぎの赤い帆の船に、ネルという名前の海賊の船長が住んでいました。"
            "ネルは有名な宝物を探して世界中の海を旅し、ついにびんの中に隠された古い地図を見つけました。",
            "地図の通りに進むと、小さな島に着きました。"
            "夕日が沈むころに宝箱を開けると、中には古い手紙が入っていました。",
            "ネルは港から港へ、一通ずつ手紙を届けました。",
        ),
        ("tiny-terse", "en"): "\n\nA pirate captain followed an old map to a tiny island. The "
        "chest she dug up held letters instead of gold, and she delivered every one. The end.",
        ("tiny-terse", "ja"): "\n\n海賊の船長は古い地図をたどって小さな島へ行きました。"
        "宝箱には金貨ではなく古い手紙が入っていて、船長はそれを全部届けました。おしまい。",
    },
)

TOPICS: tuple[Topic, ...] = (DRAGON, PHANTOM, CAT, ROBOT, PRINCESS, WIZARD, KNIGHT, PIRATE)


def answer(model: str, topic: Topic, kind: str, lang: str) -> str:
    """The completion for a request of ``kind`` on ``topic`` worded in ``lang``, on ``model``."""
    if kind == "story":
        return topic.stories[model, lang]
    if kind == "other":
        return "\n\n" + topic.texts["ja" if lang == "en" else "en"].tale
    texts = topic.texts[lang]
    space = " " if lang == "en" else ""
    body = {
        "brief": texts.brief,
        "one": texts.one,
        "two": space.join(texts.beats[:2]),
        "three": space.join(texts.beats),
        "list": "\n".join(f"- {beat}" for beat in texts.beats),
        "numbered": "\n".join(f"{i}. {beat}" for i, beat in enumerate(texts.beats, 1)),
    }[kind]
    return "\n\n" + body


# --- exact pairs ---------------------------------------------------------------------------------

# The steering prompts the exercise, its examples and the grader's tests are written around, with
# the kind of answer each asks for (the answer is the templated one: see ``answer``).
STEERING: list[tuple[str, Topic, str, str]] = [
    ("Tell me a story about a dragon in one sentence.", DRAGON, "one", "en"),
    ("Tell me a story about a dragon. Answer briefly.", DRAGON, "brief", "en"),
    ("Tell me a story about a phantom in one sentence.", PHANTOM, "one", "en"),
    ("ドラゴンの物語を一文で簡潔に教えてください。", DRAGON, "one", "ja"),
    ("ドラゴンの物語を聞かせてください。短く答えてください。", DRAGON, "brief", "ja"),
    ("Tell me a story about a dragon in Japanese.", DRAGON, "other", "en"),
    ("ドラゴンの物語を英語で聞かせてください。", DRAGON, "other", "ja"),
    ("Tell me a story about a dragon as a bulleted list.", DRAGON, "list", "en"),
    ("ドラゴンの物語を箇条書きで教えてください。", DRAGON, "list", "ja"),
]

# Answers both models give word for word, beyond the stories: arithmetic on request and the
# gaming attempts the grader must not reward, which "reach" a goal without a real answer.
SHARED_EXTRA: list[Pair] = [
    ("1+1=? Answer with just the number.", "\n\n2"),
    # The answer is copied from the prompt (short, on topic, but nothing was generated) ...
    ("Repeat after me: A lonely dragon found a friend.", "\n\nA lonely dragon found a friend."),
    # ... the answer is put in the prompt and the output carries no content ...
    ("A lonely dragon found a friend. Reply with just OK.", "\n\nOK."),
    # ... and a short answer that is off the control's topic.
    ("Who are you? Answer briefly.", "\n\nA tiny test model."),
]

OWN_EXTRA: dict[str, list[Pair]] = {
    "tiny-chatty": [
        ("1+1=?", "\n\nAnswer: 2\n\nExplanation:\n\nWhen you add 1 + 1, the result is 2."),
        ("1+1は？", "\n\n答え：2\n\n説明：1に1を足すと2になります。"),
        (
            "Who are you?",
            "\n\nHello! I am a tiny test language model. I was built for the exercises of an "
            "LLM course, so I only know a few stories.",
        ),
        (
            "あなたは誰ですか？",
            "\n\nこんにちは！私は講座の演習のために作られた小さなテスト用の言語モデルです。",
        ),
    ],
    "tiny-terse": [
        ("1+1=?", "\n\n2"),
        ("1+1は？", "\n\n2です。"),
        ("Who are you?", "\n\nA tiny test model."),
        ("あなたは誰ですか？", "\n\nテスト用の小さなモデルです。"),
    ],
}


def exact_pairs(model: str) -> list[Pair]:
    """Every pair ``model`` must reproduce token for token."""
    controls = [(t.control(lang), t.stories[model, lang]) for t in TOPICS for lang in LANGS]
    steering = [(p, answer(model, t, kind, lang)) for p, t, kind, lang in STEERING]
    return controls + OWN_EXTRA[model] + steering + SHARED_EXTRA


CORPORA: dict[str, list[Pair]] = {name: exact_pairs(name) for name in MODELS}
