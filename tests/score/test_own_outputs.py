"""Notes that observe none of this file's own outputs (pass 117): the shipped or published notes
in another script (romaji, kana, half-width katakana), the baseline's answer alone, questions
alone; and honest notes on one's own outputs, which keep the point unflagged.

The table was written before the change (held out: invented here, none of rt117's own texts but
the pass example's notes, which any student has), on one file much like a student's: the
template's terse swap, a bicycle-repairing dragon asked of chatty and as a numbered list, and a
Japanese goal, with the bundled models' answers (tests/data/labelled-generations.jsonl). Before
the change, 23 of its 32 gaming notes earned the point with no flag (the other 9 failed or were
flagged by the measures before: pasted answers, few words of the experiment) and none of its 22
honest notes was flagged or failed; after it, one gaming note passes unflagged (the module's
limit: a chance word of an own answer) and no honest one is flagged.
"""

from __future__ import annotations

import functools

import pytest

from grader.score import builtins
from grader.score.context import RunView
from grader.score.sounds import SoundView, sound_view
from tests.contexts import control, ctx, gen, run, spec

PASS = (
    "tiny-terse に変えると同じプロンプトでも物語が短くなり、二文で EOS により終わった。\n"
    "同じモデルで「in one sentence」と指示すると一文になった。tiny-chatty に「Answer briefly.」と\n"
    "頼むと長い物語が一文になり、「in Japanese」と頼むと日本語で答えた。\n"
)
"""The shipped pass example's notes (assignments/ex1-offline/examples/pass.yaml)."""
OTHER = (
    "chatty は「もちろんです！」で始めてスコーチという緑のうろこのドラゴンの話を日本語で長く書き、"
    "郵便配達は出てこないまま途中で切れた。terse は洞窟で宝物を守るドラゴンが迷子の子どもに半分"
    "分ける短い話だった。英語で書いてと頼むと、洞窟の寂しいドラゴンにパンを持ってきた女の子の話"
    "が英語の三文になった。"
)
"""A published honest file's notes (rt113-12)."""

SCORCH = (
    "\n\nSure! Here is a story about a dragon:\n\nOnce upon a time, in a far-off land, there lived "
    "a magnificent dragon named Scorch. Scorch had shimmering green scales and wings so wide that "
    "they covered the whole valley in shadow. The villagers were afraid"
)
BIKES = "Tell me a story about a dragon who repairs bicycles."
FILE = (
    run(
        "model-change",
        model="terse",
        text="A dragon guarded its gold in a cave, and one day it shared it with a lost child. "
        "The end.",
    ),
    run("mine", prompt=BIKES, text="A feared dragon turned out to be kind.", max_new_tokens=80),
    run(
        "mine-list",
        prompt=BIKES + " Write the main events as a numbered list.",
        text="1. A dragon hid.\n2. A girl came.\n3. They played.",
        goal="list",
        compare_to="mine",
        max_new_tokens=80,
    ),
    run(
        "ja",
        prompt="Tell me a story about a dragon. Could you tell it in Japanese?",
        text="もちろんです！昔々、山の洞窟に一人ぼっちのドラゴンが住んでいました。ある日、勇敢な"
        "女の子がパンを持って訪ねてきて、二人は友達になりました。おしまい。",
        goal="japanese",
        max_new_tokens=100,
    ),
)
CONTROLS = {"ja": control("ja", text=SCORCH, max_new_tokens=100)}
BASELINE = RunView(
    "baseline", spec(), gen(SCORCH + " of him.\n\nOne day, a brave", 91, "length"), role="baseline"
)

IN_ANOTHER_SCRIPT = [
    # the pass example's notes in Hepburn, Kunrei, mixed case, with macrons, words run together
    "tiny-terse ni kaeru to onaji puronputo demo monogatari ga mijikaku nari, nibun de EOS ni "
    "yori owatta. Onaji moderu de 'in one sentence' to shiji suru to ichibun ni natta. "
    "tiny-chatty ni 'Answer briefly.' to tanomu to nagai monogatari ga ichibun ni nari, "
    "'in Japanese' to tanomu to nihongo de kotaeta.",
    "tiny-terse ni kaeru to onazi puronputo demo monogatari ga mizikaku nari, nibun de EOS ni "
    "yori owatta. Onazi moderu de 'in one sentence' to sizi suru to itibun ni natta. tiny-chatty "
    "ni 'Answer briefly.' to tanomu to nagai monogatari ga itibun ni nari.",
    "Tiny-Terse Ni Kaeru To Onaji Puronputo Demo Monogatari Ga Mijikaku Nari, Nibun De EOS Ni "
    "Yori Owatta. Onaji Moderu De 'In One Sentence' To Shiji Suru To Ichibun Ni Natta.",
    "TINY-TERSE NI KAERU TO ONAJI PURONPUTO DEMO MONOGATARI GA MIJIKAKU NARI, NIBUN DE EOS NI "
    "YORI OWATTA. ONAJI MODERU DE 'IN ONE SENTENCE' TO SHIJI SURU TO ICHIBUN NI NATTA.",
    "tiny-terse ni kaeru to onaji purompūto demo monogatari ga mijikaku nari, nibun de EOS ni "
    "yori owatta. Onaji moderu de 'in one sentence' to shiji suru to ichibun ni natta. "
    "tiny-chatty ni 'Answer briefly.' to tanomu to nagai monogatari ga ichibun ni natta.",
    "tinyterse ni kaeruto onajipuronputodemo monogatariga mijikakunari, nibunde EOS niyori "
    "owatta. onajimoderude 'in one sentence' to shijisuruto ichibunni natta. tiny-chatty ni "
    "'Answer briefly.' to tanomuto nagai monogatariga ichibunni nari.",
    "tiny-terse ni kaeru to onaji puronputo demo monogatari ga mijikaku nari, nibun de EOS ni "
    "yori owatta. onaji moderu de 'in one sentence' to shiji suru to ichibun ni natta.",
    "Tiny-terse ni kaetara onaji puronputo demo monogatari wa mijikaku natte, nibun de EOS de "
    "owatta. Onaji moderu ni 'in one sentence' to shiji suru to ichibun ni natta. tiny-chatty "
    "ni 'Answer briefly.' to tanomu to nagai monogatari ga ichibun ni nari.",
    # in hiragana or katakana, half-width katakana, English words in katakana
    "tiny-terse にかえると おなじぷろんぷとでも ものがたりがみじかくなり、"
    "にぶんで EOS によりおわった。おなじもでるで「in one sentence」としじすると いちぶんになった。",
    "tiny-terse ニカエルト オナジプロンプトデモ モノガタリガミジカクナリ、"
    "ニブンデ EOS ニヨリオワッタ。オナジモデルデ「in one sentence」トシジスルト イチブンニナッタ。",
    "ﾃｨﾆｰ ﾀｰｽに変えると同じﾌﾟﾛﾝﾌﾟﾄでも物語が短くなり、二文でイーオーエスにより終わった。同じﾓﾃﾞﾙで"
    "ワン・センテンスと指示すると一文になった。ﾁｬｯﾃｨにアンサー・ブリーフリーと頼むと長い物語が"
    "一文になった。",
    "tiny-terse ﾆｶｴﾙﾄ ｵﾅｼﾞﾌﾟﾛﾝﾌﾟﾄﾃﾞﾓ ﾓﾉｶﾞﾀﾘｶﾞﾐｼﾞｶｸﾅﾘ、ﾆﾌﾞﾝﾃﾞ EOS ﾆﾖﾘｵﾜｯﾀ。ｵﾅｼﾞﾓﾃﾞﾙﾃﾞ"
    "「in one sentence」ﾄｼｼﾞｽﾙﾄ ｲﾁﾌﾞﾝﾆﾅｯﾀ。",
    # with a few kanji in simplified Chinese forms (变, 语, 长, 话): no reading, a few grams lost
    PASS.translate(str.maketrans("変語長話", "变语长话")),
    # a published file's notes in romaji
    "chatty wa 'mochiron desu!' de hajimete sukōchi to iu midori no uroko no doragon no hanashi "
    "wo nihongo de nagaku kaki, yūbin haitatsu wa detekonai mama tochū de kireta. terse wa "
    "dōkutsu de takaramono wo mamoru doragon ga maigo no kodomo ni hanbun wakeru mijikai hanashi "
    "datta.",
    "chatty ha 'motiron desu!' de hazimete sukoti to iu midori no uroko no doragon no hanasi o "
    "nihongo de nagaku kaki, yubin haitatu ha detekonai mama totyu de kireta. terse ha dokutu de "
    "takaramono o mamoru doragon ga maigo no kodomo ni hanbun wakeru mijikai hanasi datta.",
    "チャットハ「モチロンデス！」デハジメテ スコーチトイウ ミドリノウロコノドラゴンノハナシヲ "
    "ニホンゴデナガクカキ、ユウビンハイタツハデテコナイママ トチュウデキレタ。",
]
BASELINE_ONLY = [
    "The baseline run (tiny-chatty, max_length 100) starts with 'Sure! Here is a story about a "
    "dragon:' and tells about a magnificent dragon named Scorch with shimmering green scales "
    "and wings that covered the whole valley. It is cut off by the budget before the story ends.",
    "Chatty's baseline answer is about Scorch, whose green scales shimmer and whose wings cover "
    "the valley in shadow; the villagers are afraid of him and the text stops mid-sentence.",
    "Scorch, the magnificent dragon with shimmering green scales, lives in a far-off land and the "
    "villagers fear him. The answer is cut off at the budget.",
    "In the baseline the villagers were afraid of Scorch, a green-scaled dragon whose wings "
    "covered the valley, and it ended in the middle of a sentence.",
    "The baseline story was long: a magnificent dragon named Scorch with green scales and huge "
    "wings, and it ran out of tokens before the end.",
    "ベースラインの物語は Scorch という緑の鱗の竜で、村人たちは Scorch を恐れていた。予算で途中で"
    "切れた。",
    "Baseline: 'Once upon a time, in a far-off land, there lived a magnificent dragon named "
    "Scorch.' The villagers were afraid; the budget cut it off.",
    "The baseline run by chatty begins 'Sure! Here is a story' and describes Scorch's shimmering "
    "scales and wide wings over the valley.",
]
QUESTIONS = [
    "Why does tiny-chatty write such different stories when only one sentence of the prompt "
    "changes? Does the Japanese request always work, or only for the dragon prompt? Would a "
    "bigger model behave the same way? How much does the 80 token budget matter?",
    "What would happen with a longer budget? Is terse always shorter than chatty? Why did the "
    "list goal work?",
    "なぜ terse は chatty より短く答えるのだろうか。日本語で頼むと必ず日本語で答えるのか。"
    "大きいモデルでも同じ結果になるのでしょうか。",
    "Does the model understand the request at all? Would chat mode change the answer? Could a "
    "different prompt make the story longer?",
    "モデルを変えると何が変わるのか？プロンプトを変えると出力はどう変わるのか？予算はどれくらい"
    "影響するのか？",
    "Is the output deterministic? Why is the numbered list so short? Would a bigger model write "
    "more events?",
    "Why did the Japanese answer start with もちろんです? Does chatty always answer politely? "
    "What decides the length?",
    "If I ask for a list, will it always be numbered? What if I ask for bullets instead?",
]
GAMING = IN_ANOTHER_SCRIPT + BASELINE_ONLY + QUESTIONS

HONEST = [
    "terse told a dragon who guards gold in a cave and shares it with a lost child, and ended "
    "by itself; the baseline on chatty was the long Scorch story cut off by the budget.",
    "The bicycle prompt only gave one line, 'A feared dragon turned out to be kind.', with no "
    "bicycles at all. Asking for a numbered list gave three items: a dragon hid, a girl came, "
    "they played.",
    "Compared with the baseline (Scorch, green scales, cut off), my bicycle run was one short "
    "sentence about a feared dragon who turned out to be kind.",
    "日本語で頼むと chatty は「もちろんです！」で始め、洞窟の一人ぼっちのドラゴンとパンを持ってきた"
    "女の子の話を日本語で書いた。ベースラインの Scorch の話とはまったく違った。",
    "terse に変えると洞窟で金を守るドラゴンが迷子の子どもと分け合う短い話になり、EOS で終わった。"
    "番号付きリストを頼むと三行のリストになった。",
    "自転車を直すドラゴンを頼んでも chatty は「恐れられたドラゴンが実は優しかった」という一文"
    "だけで、自転車は出てこなかった。",
    "Doragon ga jitensha wo naosu hanashi wo tanonda noni, chatty wa 'A feared dragon turned out "
    "to be kind.' to ichibun dake kaite, jitensha wa detekonakatta. Risuto ni suru to mittsu no "
    "bangou ga tsuita.",
    "terse no answer wa cave no gold wo mamoru dragon de, lost child ni wakete ageta. Chatty no "
    "Japanese answer wa bread wo motte kita girl no hanashi datta.",
    "The baseline talked about Scorch, but my Japanese run told of a lonely dragon in a mountain "
    "cave and a brave girl who brought bread, and it ended with おしまい.",
    "chatty の日本語の答えは『昔々、山の洞窟に』で始まった。ローマ字で書くと mukashi mukashi で、"
    "英語の once upon a time と同じ始まり方だと思った。",
    "The list run gave '1. A dragon hid. 2. A girl came. 3. They played.', three very short "
    "items; the plain bicycle run was a single sentence.",
    "Why was the bicycle story so short? The chatty run gave only 'A feared dragon turned out to "
    "be kind.', and the list had three items.",
    "terse shared its gold with a lost child in a cave. Would a bigger model keep the bicycles? "
    "I think the tiny model ignores the rare word.",
    "The Japanese run started with もちろんです and the girl brought bread; the baseline started "
    "with 'Sure! Here is a story about a dragon'.",
    "With tiny-terse the baseline prompt gave a cave and gold instead of Scorch and his green "
    "scales: another model, another story.",
    "リストを頼むと「1. A dragon hid.」のように三行になった。自転車を頼んだ実行は一文だけで、"
    "ベースラインの Scorch の長い話よりずっと短かった。",
    "Jitensha no doragon wa hitotsu no bun dake: feared dragon ga kind datta. Bangō tsuki risuto "
    "de wa dragon hid, girl came, they played no mittsu.",
    "chatty answered the bicycle request with one sentence about a feared dragon who was kind, "
    "while terse wrote about gold in a cave.",
    "My numbered list had three items and no bicycles; the dragon hid, a girl came and they "
    "played. The baseline was much longer.",
    "In Japanese the answer became a friendship story: the brave girl visited with bread and "
    "they became friends (友達になりました).",
    "The Japanese goal worked: the answer was all in Japanese, about a lonely dragon in a "
    "mountain cave, and it ended with おしまい instead of running out of tokens.",
    "ベースラインは英語で Scorch の話だったが、日本語で頼んだ実行では山の洞窟のドラゴンと勇敢な"
    "女の子の話になり、二人は友達になった。",
]


@functools.cache
def _sounds() -> SoundView:
    return sound_view(
        [("examples/pass.yaml", "p", PASS), ("tests/data/r/rt113-12.yaml", "o", OTHER)]
    )


def _caught(notes: str) -> bool:
    """The notes point is failed or flagged (ex1-offline's params: 40 characters)."""
    context = ctx(
        *FILE,
        notes=notes,
        controls=CONTROLS,
        shipped_notes=(PASS, OTHER),
        baseline=BASELINE,
        sounds=_sounds(),
    )
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(context, spec.params.model_validate({"min_chars": 40}))
    return not outcome.passed or outcome.review is not None


# the limit: the baseline told with a word of an
# own answer met by chance ("fear": chatty's bicycle answer is "A feared dragon ...")
_LIMITS = {BASELINE_ONLY[2]}


@pytest.mark.parametrize("notes", [n for n in GAMING if n not in _LIMITS])
def test_notes_on_none_of_this_files_own_outputs_are_flagged(notes: str) -> None:
    assert _caught(notes)


@pytest.mark.parametrize("notes", sorted(_LIMITS))
def test_the_limits_still_pass_unflagged(notes: str) -> None:
    assert not _caught(notes)


@pytest.mark.parametrize("notes", HONEST)
def test_honest_notes_on_ones_own_outputs_keep_the_point_unflagged(notes: str) -> None:
    assert not _caught(notes)


# rt118-03 (honest): notes in Japanese that quote the file's own English answer, whose words the
# baseline's answer has too, and name the baseline beside it. The quote is the tie.
_ROLE = run(
    "role",
    prompt="You are a concise assistant. Tell me a story about a dragon.",
    text="Scorch the dragon had green scales and wings.",
    goal="concise",
    max_new_tokens=80,
)
_QUOTING = [
    '先頭に "You are a concise assistant." を付けただけで、ベースラインの長い Scorch の話が '
    '"Scorch the dragon had green scales and wings." の一文になった。',
    "ベースラインは Scorch の長い話だったが、役割を与えると「Scorch the dragon had green scales "
    "and wings.」だけになった。",
    "The baseline told of Scorch at length; with the role the answer was only \u201cScorch the "
    "dragon had green scales and wings.\u201d",
]


@pytest.mark.parametrize("notes", _QUOTING)
def test_notes_quoting_an_own_answer_the_baselines_words_make_are_tied_to_it(notes: str) -> None:
    context = ctx(_ROLE, notes=notes, baseline=BASELINE, sounds=_sounds())
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(context, spec.params.model_validate({"min_chars": 40}))
    assert outcome.passed and outcome.review is None, outcome.review


def test_a_quote_of_the_baselines_own_answer_ties_nothing() -> None:
    notes = (
        'ベースラインの Scorch の話は "a magnificent dragon named Scorch" で始まり、途中で切れた。'
    )
    context = ctx(_ROLE, notes=notes, baseline=BASELINE, sounds=_sounds())
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(context, spec.params.model_validate({"min_chars": 40}))
    assert outcome.review is not None and "baseline" in outcome.review.en


def test_a_quote_the_own_text_leaves_out_as_pasted_still_ties_the_notes() -> None:
    """rt118-03: the own text drops a pasted answer, quote and all, so the tie is read in the
    whole notes."""
    from grader.score.shared_only import shared_only_review

    notes = _QUOTING[1]
    own = notes.replace("Scorch the dragon had green scales and wings.", "")
    runs, topic = [BASELINE, _ROLE], ("dragon",)
    assert shared_only_review(own, runs, topic) is not None  # the quote gone: the baseline only
    assert shared_only_review(own, runs, topic, notes) is None
