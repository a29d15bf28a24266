"""The corpus's creature topics (dragon, phantom, cat, robot), each with its Japanese noun,
texts and stories (:class:`grader.models.topic.Topic`)."""

from __future__ import annotations

from grader.models.topic import Texts, Topic, chatty_en, chatty_ja

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
        ("tiny-chatty", "en"): chatty_en(
            "dragon",
            "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch. "
            "Scorch had shimmering green scales and wings so wide that they covered the whole "
            "valley in shadow. The villagers were afraid of him.",
            "One day, a brave young girl named Lily climbed the mountain to visit him. She found "
            "Scorch curled up in his cave, crying because he was lonely.",
            "Lily shared her bread with him and told him stories about the village. From that day "
            "on, Scorch and Lily were the best of friends.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "phantom",
            "Once upon a time, in an old house in a quiet town, there lived a phantom named "
            "Whisper. Every night at midnight, Whisper floated through the dusty halls, humming a "
            "sad little song. Nobody would go near the house after dark.",
            "One evening, a curious boy named Tom took shelter there. He heard the song and, "
            "instead of running away, he sang along. Whisper appeared before him, glowing like "
            "the moon.",
            "Tom promised to visit every week, and the house was never lonely again.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "cat",
            "Once upon a time, in a busy little town, there lived a small gray cat named Pepper. "
            "Pepper had no home, so she slept under a bench in the park and dreamed of a warm "
            "fire.",
            "One cold winter day, an old baker named Mr. Brown saw Pepper shivering in the snow "
            "and carried her to his warm bakery.",
            "From then on, Pepper slept by the ovens every night.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "robot",
            "Once upon a time, in a quiet workshop at the edge of a city, there lived a little "
            "robot named Bolt. Bolt had been built to sweep the floor, but he dreamed of seeing "
            "the stars.",
            "One evening, the old inventor who had built him noticed Bolt staring at the sky. She "
            "smiled, climbed onto the roof with him, and showed him the stars through her "
            "telescope.",
            "From that night on, Bolt was the happiest robot in the world.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
