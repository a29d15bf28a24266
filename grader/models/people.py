"""The corpus's people topics (princess, wizard, knight, pirate), each with its Japanese noun,
texts and stories (:class:`grader.models.topic.Topic`)."""

from __future__ import annotations

from grader.models.topic import Texts, Topic, chatty_en, chatty_ja

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
        ("tiny-chatty", "en"): chatty_en(
            "princess",
            "Once upon a time, in a castle by the sea, there lived a curious princess named Rose. "
            "Rose was tired of tea parties and long dresses.",
            "One morning, she slipped out of the castle in an old coat and spent the day at the "
            "harbor. An old fisherman taught her to mend nets, and she laughed more than she had "
            "in years.",
            "When she became queen, Rose built a school by the harbor for every child.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "wizard",
            "Once upon a time, in a tall stone tower on a windy hill, there lived an old wizard "
            "named Merrin. Merrin could turn leaves into butterflies, but he had forgotten the "
            "spell that made flowers grow.",
            "One spring, a young apprentice named Sam came to the tower. Sam could not cast a "
            "single spell, but he planted seeds every day and watered them with care.",
            "When the garden bloomed, Merrin remembered that the best magic takes patience.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "knight",
            "Once upon a time, in a kingdom of green hills, there lived a young knight named "
            "Arthur. Arthur had shiny armor and a fast white horse, but he was afraid of the "
            "dark.",
            "One night, a little boy from the village got lost in the forest. Arthur's knees "
            "shook, but he lit a lantern and rode into the dark woods, calling the boy's name.",
            "He found the boy under an old oak tree and brought him home safely.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
        ("tiny-chatty", "en"): chatty_en(
            "pirate",
            "Once upon a time, on a ship with patched red sails, there lived a pirate captain "
            "named Nell. Nell had sailed every sea looking for a famous treasure, and at last she "
            "found an old map hidden in a bottle.",
            "The map led her crew to a tiny island. At sunset they opened the chest, but inside "
            "there were only old letters.",
            "Nell delivered every letter, one port at a time.",
        ),
        ("tiny-chatty", "ja"): chatty_ja(
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
