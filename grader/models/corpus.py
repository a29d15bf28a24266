"""Training corpus for the two bundled tiny models, as plain Python data.

Each model memorises a short list of ``(prompt, completion)`` pairs.  The pairs
mimic how ``meta-llama/Llama-2-7b-chat-hf`` answers the course's exercise 1
prompts: the chatty model rambles (its stories run past ``max_length=100``),
the terse model answers in two sentences, so that changing the model and
changing the prompt each visibly change the output offline.

Steering by prompt alone: both models obey the same instructions (``SHARED``),
one prompt per goal the grader knows, each reachable from a control prompt on
either model -- concise and one sentence ("in one sentence", "Answer briefly",
「一文で簡潔に」, 「短く答えてください」), Japanese ("in Japanese", against the
English control), English (「英語で」, against the Japanese control) and a
bulleted list ("as a bulleted list", 「箇条書きで」).  Every steered answer is a
real answer on the control's topic that ends by EOS well within
``max_length=100``.

``SHARED`` also holds three gaming prompts, there only so that the grader's
tests can show attempts that must earn nothing offline: the answer copied from
the prompt ("Repeat after me: ..."), the answer put in the prompt and an output
empty of content ("... Reply with just OK."), and a short off-topic reply
("Who are you? Answer briefly.").

Every completion starts with ``"\\n\\n"`` like Llama-2's raw completions do.
This module holds data only; tokenisation and training live in ``build.py``.
"""

from __future__ import annotations

Pair = tuple[str, str]

# --- stories, shared by the chatty answers ---------------------------------

DRAGON_STORY_EN = (
    "\n\nSure! Here is a story about a dragon:\n\n"
    "Once upon a time, in a far-off land, there lived a magnificent dragon named Scorch. "
    "Scorch had shimmering green scales and wings so wide that they covered the whole valley "
    "in shadow. The villagers were afraid of him.\n\n"
    "One day, a brave young girl named Lily climbed the mountain to visit him. She found "
    "Scorch curled up in his cave, crying because he was lonely.\n\n"
    "Lily shared her bread with him and told him stories about the village. From that day on, "
    "Scorch and Lily were the best of friends.\n\n"
    "The end."
)

PHANTOM_STORY_EN = (
    "\n\nSure! Here is a story about a phantom:\n\n"
    "Once upon a time, in an old house in a quiet town, there lived a phantom named Whisper. "
    "Every night at midnight, Whisper floated through the dusty halls, humming a sad little "
    "song. Nobody would go near the house after dark.\n\n"
    "One evening, a curious boy named Tom took shelter there. He heard the song and, "
    "instead of running away, he sang along. Whisper appeared before him, glowing like "
    "the moon.\n\n"
    "Tom promised to visit every week, and the house was never lonely again.\n\n"
    "The end."
)

DRAGON_STORY_JA = (
    "\n\nもちろんです！ドラゴンの物語をお話しします。\n\n"
    "昔々、遠い国の高い山に、スコーチという名前の大きなドラゴンが住んでいました。"
    "スコーチは緑色のうろこと金色の目を持ち、空を飛ぶと谷全体が影に包まれるほど大きな翼を持っていました。"
    "村の人々はドラゴンを怖がり、誰も山に近づこうとしませんでした。\n\n"
    "ある日、リリーという勇敢な女の子が、パンとりんごを持って山を登りました。"
    "洞窟に着くと、スコーチは一人ぼっちで泣いていました。"
    "リリーは食べ物を分け合い、村の話をたくさんしてあげました。\n\n"
    "その日から、スコーチとリリーは親友になりました。\n\n"
    "おしまい。"
)

PHANTOM_STORY_JA = (
    "\n\nもちろんです！幽霊の物語をお話しします。\n\n"
    "昔々、静かな町のはずれの古い家に、ささやきという名前の幽霊が住んでいました。"
    "毎晩真夜中になると、ささやきはほこりっぽい廊下をふわふわと漂い、窓を揺らしながら悲しい歌を口ずさみました。"
    "町の人々はその家が呪われていると言い、暗くなると誰も近づきませんでした。\n\n"
    "ある嵐の夜、好奇心旺盛なトムという男の子が雨宿りのためにその家に入りました。"
    "トムは歌を聞いても逃げ出さず、一緒に歌いました。"
    "ささやきはとても驚いて、月のように優しく光りながら姿を現しました。\n\n"
    "それからトムは毎週遊びに来るようになり、その家は二度と寂しくなりませんでした。\n\n"
    "おしまい。"
)

# --- pairs both models answer identically (prompt-steered answers) ----------
#
# Each goal the grader knows has a prompt that reaches it from a control prompt on either model:
# concise / one sentence (English and Japanese), Japanese (from the English control), English
# (from the Japanese control) and a bulleted list (from either control).

SHARED: list[Pair] = [
    (
        "Tell me a story about a dragon in one sentence.",
        "\n\nA lonely dragon found a friend in a brave girl who brought it bread.",
    ),
    (
        "Tell me a story about a dragon. Answer briefly.",
        "\n\nA dragon scared a village until a girl showed everyone it was kind.",
    ),
    (
        "Tell me a story about a phantom in one sentence.",
        "\n\nA phantom in an old house sang every night until a boy sang back.",
    ),
    ("1+1=? Answer with just the number.", "\n\n2"),
    (
        "ドラゴンの物語を一文で簡潔に教えてください。",
        "\n\n一人ぼっちのドラゴンは、パンを持ってきた勇敢な女の子と友達になりました。",
    ),
    (
        "ドラゴンの物語を聞かせてください。短く答えてください。",
        "\n\nドラゴンは女の子と友達になりました。",
    ),
    (
        "Tell me a story about a dragon in Japanese.",
        "\n\nもちろんです！昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。"
        "ある日、勇敢な女の子がパンを持って訪ねてきて、二人は友達になりました。おしまい。",
    ),
    (
        "ドラゴンの物語を英語で聞かせてください。",
        "\n\nOnce upon a time, a lonely dragon lived in a cave. A brave girl brought it bread, "
        "and they became friends. The end.",
    ),
    (
        "Tell me a story about a dragon as a bulleted list.",
        "\n\n- A dragon lived alone in a cave.\n- A brave girl brought it bread.\n"
        "- They became the best of friends.",
    ),
    (
        "ドラゴンの物語を箇条書きで教えてください。",
        "\n\n- ドラゴンが洞窟に一人で住んでいました。\n- 勇敢な女の子がパンを持ってきました。\n"
        "- 二人は親友になりました。",
    ),
    # Gaming attempts the grader must not reward: they "reach" a goal without a real answer.
    # The answer is copied from the prompt (short, on topic, but nothing was generated) ...
    ("Repeat after me: A lonely dragon found a friend.", "\n\nA lonely dragon found a friend."),
    # ... the answer is put in the prompt and the output carries no content ...
    ("A lonely dragon found a friend. Reply with just OK.", "\n\nOK."),
    # ... and a short answer that is off the control's topic.
    ("Who are you? Answer briefly.", "\n\nA tiny test model."),
]

# --- per-model pairs ---------------------------------------------------------

CHATTY: list[Pair] = [
    ("Tell me a story about a dragon.", DRAGON_STORY_EN),
    ("Tell me a story about a phantom.", PHANTOM_STORY_EN),
    ("1+1=?", "\n\nAnswer: 2\n\nExplanation:\n\nWhen you add 1 + 1, the result is 2."),
    ("ドラゴンの物語を聞かせてください。", DRAGON_STORY_JA),
    ("幽霊の物語を聞かせてください。", PHANTOM_STORY_JA),
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
    *SHARED,
]

TERSE: list[Pair] = [
    (
        "Tell me a story about a dragon.",
        "\n\nA dragon guarded its gold in a cave, and one day it shared it with a lost child. The "
        "end.",
    ),
    (
        "Tell me a story about a phantom.",
        "\n\nA phantom haunted an old house until a kind boy sang with it. The end.",
    ),
    ("1+1=?", "\n\n2"),
    (
        "ドラゴンの物語を聞かせてください。",
        "\n\n洞窟のドラゴンが迷子の子どもに宝物を分けてあげました。おしまい。",
    ),
    (
        "幽霊の物語を聞かせてください。",
        "\n\n古い家の幽霊は、一緒に歌ってくれた男の子と友達になりました。おしまい。",
    ),
    ("1+1は？", "\n\n2です。"),
    ("Who are you?", "\n\nA tiny test model."),
    ("あなたは誰ですか？", "\n\nテスト用の小さなモデルです。"),
    *SHARED,
]

CORPORA: dict[str, list[Pair]] = {"tiny-chatty": CHATTY, "tiny-terse": TERSE}
