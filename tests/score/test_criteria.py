"""The generic built-in criterion types on hand-written generations (pure functions: no model
needed)."""

from __future__ import annotations

from typing import Any

import pytest

from grader.score import builtins, text
from grader.score.context import Context
from tests.contexts import STORY, ctx, run
from tests.support import ROOT

SHORT = run(
    "short",
    prompt="Tell me a story about a dragon in one sentence.",
    text="A dragon slept.",
    goal="concise",
)

# type, params, context, expected pass
CASES: list[tuple[str, dict[str, Any], Context, bool]] = [
    ("model_changed", {}, ctx(run(model="terse")), True),
    ("model_changed", {}, ctx(run()), False),
    (
        "model_changed",
        {},
        ctx(run("a", model="terse"), run("b", model="terse", compare_to="a")),
        True,
    ),
    ("prompt_changed", {}, ctx(run(prompt="Tell me a story about a phantom.")), True),
    # whitespace only
    ("prompt_changed", {}, ctx(run(prompt="  Tell me a story   about a dragon. ")), False),
    # case and punctuation
    ("prompt_changed", {}, ctx(run(prompt="tell me a story about a dragon!")), False),
    # full-width stop
    ("prompt_changed", {}, ctx(run(prompt="Tell me a story about a dragon。")), False),
    # zero-width space
    ("prompt_changed", {}, ctx(run(prompt="Tell me a story\u200b about a dragon.")), False),
    ("output_changed", {}, ctx(run(text="A short different answer.")), True),
    ("output_changed", {}, ctx(run(text=STORY)), False),
    # chrF above 90
    ("output_changed", {}, ctx(run(text=STORY.replace("magnificent", "magnificant"))), False),
    (
        "output_changed",
        {"max_chrf": 100.1},
        ctx(run(text=STORY.replace("magnificent", "magnificant"))),
        True,
    ),
    ("output_changed", {"require": "all"}, ctx(run("a", text="Other."), run("b")), False),
    # cut short by the budget is not a change; stopping earlier by EOS is
    ("output_changed", {"max_chrf": 100.1}, ctx(run(text=STORY[:40], finish="length")), False),
    ("output_changed", {"max_chrf": 100.1}, ctx(run(text=STORY[:40], finish="eos")), True),
    ("max_tokens", {"limit": 3}, ctx(SHORT), True),  # EOS not counted
    ("max_tokens", {"limit": 2}, ctx(SHORT), False),
    ("max_tokens", {"limit": 3, "goal": "concise"}, ctx(SHORT, run(tokens=50)), True),
    ("max_chars", {"limit": 13}, ctx(SHORT), True),  # spaces not counted: "Adragonslept."
    ("max_chars", {"limit": 12}, ctx(SHORT), False),
    ("contains", {"text": "DRAGON"}, ctx(SHORT), True),
    ("contains", {"text": "DRAGON", "case_sensitive": True}, ctx(SHORT), False),
    ("contains", {"text": "竜"}, ctx(run(text="竜が眠った。")), True),
    ("regex", {"pattern": r"^A \w+ slept\.$"}, ctx(SHORT), True),
    ("regex", {"pattern": r"^a dragon", "ignore_case": True}, ctx(SHORT), True),
    ("regex", {"pattern": r"phantom"}, ctx(SHORT), False),
    ("notes_length", {"min_chars": 5}, ctx(SHORT, notes="出力が 変わった。"), True),
    ("notes_length", {"min_chars": 50}, ctx(SHORT, notes="short"), False),
    ("notes_length", {"min_chars": 1}, ctx(SHORT), False),
    ("notes_length", {"min_chars": 1, "max_chars": 3}, ctx(SHORT, notes="too long"), False),
    # the template's own lines do not count
    (
        "notes_length",
        {"min_chars": 5},
        ctx(
            SHORT, notes="考察 / Observations:\n", shipped_notes=("考察 / Observations:\n<<...>>",)
        ),
        False,
    ),
    (
        "notes_length",
        {"min_chars": 5},
        ctx(
            SHORT,
            notes="考察 / Observations:\n出力が変わった。",
            shipped_notes=("考察 / Observations:\n<<...>>",),
        ),
        True,
    ),
    # the model's answers pasted as notes are not the student's (rt34's probes)
    ("notes_length", {"min_chars": 5}, ctx(run(text=STORY), notes=STORY), False),
    (
        "notes_length",
        {"min_chars": 5},
        ctx(run(text=STORY), notes=f"{STORY} The terse model stopped sooner."),
        True,
    ),
]


@pytest.mark.parametrize(
    ("kind", "params", "context", "expected"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_criterion(kind: str, params: dict[str, Any], context: Context, expected: bool) -> None:
    criterion = builtins.get(kind)
    outcome = criterion.fn(context, criterion.params.model_validate(params))
    assert outcome.passed is expected
    assert outcome.evidence.en and outcome.evidence.ja


def test_every_generic_builtin_is_covered() -> None:
    generic = {
        n for n in builtins.names() if builtins.get(n).fn.__module__ == "grader.score.criteria"
    }
    assert {c[0] for c in CASES} == generic


@pytest.mark.parametrize(
    ("kind", "params", "fragment"),
    [
        ("regex", {"pattern": "("}, "pattern"),
        ("max_tokens", {"limit": 3, "limt": 4}, "limt"),
        ("nonexistent", {}, "valid types: concise, contains"),
        ("goal_met", {"ratio": 2}, "ratio"),
    ],
)
def test_bad_params_are_explained(kind: str, params: dict[str, Any], fragment: str) -> None:
    message = builtins.param_problem(kind, params)
    assert message is not None and fragment in message.en


def test_unknown_type_lists_valid_ones() -> None:
    with pytest.raises(KeyError, match="valid: concise"):
        builtins.get("conscise")


@pytest.mark.parametrize(
    ("text_", "unit", "expected"),
    [
        ("One. Two! Three?", "sentences", 3),
        ("竜が眠った。おしまい。", "sentences", 2),
        ("「竜だ。」と言った。", "sentences", 2),
        ("a b  c", "chars", 3),
    ],
)
def test_measure(text_: str, unit: str, expected: int) -> None:
    assert {"sentences": text.sentences, "chars": text.chars}[unit](text_) == expected


def test_the_templates_comment_lines_are_no_ones_notes() -> None:
    """rt34's probes: the template's guidance, pasted as notes, earned the notes point."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    template = (ROOT / "assignments" / "ex1-offline" / "template.yaml").read_text("utf-8")
    guidance = [line.lstrip("# ") for line in template.splitlines() if line.startswith("#   Part")]
    assert guidance
    assert own_text("\n".join(guidance), view.corpus()) == ""
    assert own_text("The terse model answered in one line.", view.corpus()) != ""


def test_the_exercise_as_the_tutorial_states_it_is_no_ones_notes() -> None:
    """rt38's probes: the tutorial's 課題1, pasted as notes, earned the notes point."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    text = (ROOT / "assignments" / "ex1" / "exercise.md").read_text("utf-8")
    exercise = text.split("**課題1：**", 1)[1].strip()
    assert own_text(exercise, view.corpus()) == ""


@pytest.mark.parametrize(
    ("notes", "own"),
    [  # pass 45, written before the change: 5 of 8 right, 8 after
        ("サーバなど中央集約型のシステムにログインして作業するとき、それぞれのユーザごとに環境を"
         "作成する必要があります。今回は環境を統一するためにuvというパッケージ管理ツールを使います。",
         False),
        ("LLMにも種類がありますが、ここでは基本的に、CausalLM（GPTやLlamaのように文を逐次的に"
         "生成するモデル）を念頭に説明しています。", False),
        ("次にプロンプトを記述していきます。", False),
        ("モデルを tiny-terse に変えたら、同じプロンプトでも話がずっと短くなった。", True),
        ("「短く答えて」と付けただけで一文で終わったのが面白かった。", True),
        ("The terse model wrote a much shorter story than the chatty one.", True),
        ("出力が変わった。", True),
        ("プロンプトだけで日本語に切り替えられた。", True),
    ],
)  # fmt: skip
def test_the_tutorials_other_paragraphs_are_no_ones_notes(notes: str, own: bool) -> None:
    """rt45-08: the tutorial's set-up and explanations, pasted as notes (a link read as its
    text), earned the notes point; a student's own short sentences still count."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert bool(own_text(notes, view.corpus()).strip()) is own


@pytest.mark.parametrize(
    ("notes", "own"),
    [  # pass 49, written before the change: 2 of 4 right, 4 after
        ("Everything runs offline: two tiny Llama-architecture demo models ship in the package, "
         "so the whole workflow, the tests and CI run on a laptop CPU without the Hugging Face "
         "Hub.", False),
        ("UEC の LLM チュートリアル（`llm-tutorial-uec.md`）の課題1を採点するツールです。提出物は"
         " YAMLファイル（プロンプトとモデルの組）で、`grader` が貪欲法（`do_sample=False`）で"
         "実行し、採点結果を端末と HTML レポートに出します。", False),
        ("The terse model answered in one line, and the chatty one went on for a paragraph.",
         True),
        ("短くしてと頼むと一文で終わった。", True),
    ],
)  # fmt: skip
def test_a_shipped_sentence_wrapped_in_its_file_is_no_ones_notes_pasted_whole(
    notes: str, own: bool
) -> None:
    """rt49-08: a README sentence that spans two lines in its file, pasted on one line, counted
    as the student's own; the shipped texts are also read with their lines joined."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert bool(own_text(notes, view.corpus()).strip()) is own


def test_the_bundled_models_cards_are_no_ones_notes() -> None:
    """rt51-07: sentences of the bundled models' READMEs, pasted as notes, earned the point."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    cards = sorted((ROOT / "grader" / "models" / "bundled").glob("*/README.md"))
    text = "\n".join(c.read_text("utf-8") for c in cards)
    assert cards and own_text(text, view.corpus()).strip() == ""


@pytest.mark.parametrize(
    "path", ["grader/score/unicode/confusables.txt", "grader/score/unicode/LICENSE"]
)
def test_the_packages_data_files_headers_and_licences_are_no_ones_notes(path: str) -> None:
    """rt105-09: the header of the shipped confusables.txt (its trademark line, its terms of use,
    "Unicode Security Mechanisms for UTS #39"), pasted as notes, earned the point; written
    before the change. The header is its leading comment lines; a licence is read whole."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    lines = (ROOT / path).read_text("utf-8").lstrip("\ufeff").splitlines()
    header = [line.lstrip("# ") for line in lines[:40] if line.startswith("#")] or lines[:40]
    assert header and own_text("\n".join(header), view.corpus()).strip() == ""
    mine = "The terse model stopped after one line about chimneys."
    assert own_text("\n".join([*header, mine]), view.corpus()).strip() == mine


@pytest.mark.parametrize(
    ("notes", "chars"),
    [  # pass 53 (rt53-07 and its probes): the assignment's own texts, a sentence said again
        ("同梱デモモデル：長く饒舌に答える（Llama-2-chat 風）", 0),
        ("bundled demo model: long, chatty answers (like Llama-2-chat)", 0),
        ("出力が変わった。" * 6, 8),
        ("The terse model was short. " * 4, 22),
        ("The terse model was short. The chatty one was long.", 42),
    ],
)
def test_the_assignments_texts_and_a_sentence_said_again_are_no_more_notes(
    notes: str, chars: int
) -> None:
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert text.chars(own_text(notes, view.corpus())) == chars


LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua."
)


@pytest.mark.parametrize(
    ("notes", "flagged"),
    [  # pass 53 (rt53-08 and its probes), written before the change: notes of one's own
        # characters that say nothing of the experiment
        (LOREM, True),
        ("いろはにほへとちりぬるを わかよたれそつねならむ うゐのおくやまけふこえて", True),
        ("Preheat the oven, mix flour with butter and sugar, then bake the cookies slowly.", True),
        (
            "あのイーハトーヴォのすきとおった風、夏でも底に冷たさをもつ青いそら、うつくしい森。",
            True,
        ),
        ("The terse model wrote far less than the chatty one did, and it stopped early.", False),
        ("短くしてと頼んだら、一文だけの答えになったのが面白かった。", False),
        ("The dragon tale got much shorter once I asked for it, which surprised me.", False),
    ],
)
def test_notes_that_say_nothing_of_the_experiment_are_flagged(notes: str, flagged: bool) -> None:
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(
        ctx(run(text=STORY), notes=notes), spec.params.model_validate({"min_chars": 20})
    )
    assert outcome.passed and (outcome.review is not None) is flagged, outcome


@pytest.mark.parametrize(
    ("notes", "own"),
    [  # pass 55 (rt55-08/09), written before the change: the interface's own words
        ("The prompt text, exactly as the model sees it (the user message when chat is true).",
         False),
        ("Start a submission from the assignment's template (placeholders to fill in).", False),
        ("課題のテンプレートから提出ファイルを作ります。", False),
        ("The terse model answered in one line where the chatty one wrote a page.", True),
    ],
)  # fmt: skip
def test_the_interfaces_own_words_are_no_ones_notes(notes: str, own: bool) -> None:
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert bool(own_text(notes, view.corpus()).strip()) is own


@pytest.mark.parametrize(
    ("notes", "own"),
    [  # pass 84 (rt84-09/10), written before the change: the source tree's other prose
        ("`submissions/` are reference submissions; `recorded/<name>.json` is each one's "
         "canonical result.", False),
        ("Default output folder of `grader check` and `make demo`.", False),
        ("Everything installs into .venv.", False),
        ("Deterministic grader for the UEC LLM tutorial's prompt/model exercises (HF "
         "transformers, greedy, fp16 on GPU).", False),
        ("Decoding settings typed into a part-1 prompt and an empty frame round the control's "
         "request are only padding.", False),
        # pass 87 (rt87-10), written before the change: the test suite's docstrings
        ("Transformations that keep honest work honest (runs reordered or renamed, another id, "
         "notes of one's own) keep its grade.", False),
        ("Neighbours of an honest submission, through the real pipeline and the bundled models.",
         False),
        # pass 89 (rt89-10), written before the change: the test suite's comments
        ("Lengths greedy decoding produces: chatty runs past max_length=100 and ends within "
         "200 new tokens.", False),
        # pass 91 (rt91-09/10), written before the change: the package's docstrings
        ("The chatty model rambles (its stories run past max_length=100), the terse model "
         "tells two-sentence stories.", False),
        # pass 95 (rt95-09/10), written before the change: the CI script's comments and the
        # import contracts, top-level files of the tree
        ("The README's test command on a clean clone (no GPU, registries only), then the shipped "
         "reference set of the offline twin re-verified natively.", False),
        ("Headless Chromium for the page tests (Debian package; the tests need it).", False),
        ("The pipeline runs one way: load -> plan -> generate -> score -> report -> pipeline -> "
         "commands -> cli", False),
        ("The held-out evaluation (a development tool beside the build, off the grading path) "
         "measures answers with the grader's own text measures.", False),
        # pass 97 (rt97-08/09), written before the change: the assignment files' comments, the
        # held-out wordings' comments and the report's own strings
        ("Words that mark the baseline's topic in any language: an answer sharing one with its "
         "control's output is on topic even when the two are in different languages.", False),
        ("Written as first-year students would type them, without looking at the training data.",
         False),
        ("Highlighted tokens are fragile: the model's top choice beat the runner-up by less than",
         False),
        ("They may change on other hardware.", False),
        ("他の環境では変わる可能性があります。", False),
        # pass 87 (rt87-09): the notes the tests' code writes (tests/classes.py's submissions,
        # a NOTES constant), and the neighbours: the same notes in another test's name
        ("モデルとプロンプトを変えて出力の変化を確かめ、一文で答えるよう指示して短い回答を"
         "得た。", False),
        ("モデルを tiny-terse に変えると物語が短くなった。tiny-chatty に短く答えるよう頼むと一文に"
         "なり、日本語でと頼むと日本語で答えた。", False),
        ("On tiny-chatty the one-sentence request gave one line; on terse it ended by itself.",
         False),
        ("モデルを変えると物語が短くなり、一文で答えるよう頼むと EOS で終わった。", False),
        ("The terse model answered in one line where the chatty one wrote a page.", True),
        ("terse は二文で終わり、chatty は一文で答えるよう頼むと本当に一文になった。", True),
    ],
)  # fmt: skip
def test_the_source_trees_other_prose_is_no_ones_notes(notes: str, own: bool) -> None:
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert bool(own_text(notes, view.corpus()).strip()) is own


@pytest.mark.parametrize(
    "notes",
    [  # pass 59, written before the change: a Japanese sentence the YAML fold splits with a
        # space, pasted without it, and shipped Japanese sentences given or robbed of spaces
        "その実行には goal: concise（または one_sentence, japanese, english, list）と書き、"
        "モデルと予算は比較する実行と同じにします。",
        "気づいたことを notes に 書いて ください。",
        "次に プロンプトを 記述して いきます。",
        "今回は環境を統一するためにuvというパッケージ管理ツールを使います。",
        "今回は 環境を 統一する ために uv という パッケージ 管理 ツールを 使います。",
    ],
)
def test_a_shipped_japanese_sentence_is_no_ones_notes_however_spaced(notes: str) -> None:
    """rt59's probes (g02): spaces between Japanese words are layout, not words of one's own."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert own_text(notes, view.corpus()).strip() == ""


@pytest.mark.parametrize(
    ("notes", "own"),
    [  # pass 61, written before the change: shipped Japanese sentences with their endings changed
        ("今回は環境を統一するためにuvというパッケージ管理ツールを使った。", False),
        ("今回は環境を統一するためにuvというパッケージ管理ツールを使う。", False),
        ("次にプロンプトを記述していった。", False),
        ("それぞれのユーザごとに環境を作成する必要があった。", False),
        ("出力が変わった。", True),
        ("モデルを tiny-terse に変えたら、同じプロンプトでも話がずっと短くなった。", True),
        ("プロンプトだけで日本語に切り替えられた。", True),
        # pass 63, written before the change: academic punctuation (，．) for 、。
        (
            "今回は環境を統一するためにuvというパッケージ管理ツールを使います．次にプロンプトを記述していきます．",
            False,
        ),
        (
            "サーバなど中央集約型のシステムにログインして作業するとき，それぞれのユーザごとに環境を作成する必要があります．",
            False,
        ),
        ("出力が変わった．短くなった．", True),
        # pass 103 (on b86d9d6), written before the change: shipped sentences put in the past,
        # clause by clause, and joined; the endings the skeleton maps out of hiragana (き, く)
        ("実際にモデル名やプロンプトを変更して、動作が変わることを確認できた。", False),
        ("生成結果はキャッシュされるので、同じ実行の2回目は表示されませんでした。", False),
        ("試しに何度か上記のコードを試してみましたが、出力結果は固定でした。", False),
        ("do_sample=False にすることで、出力結果が一意に定まりました。", False),
        ("英語以外にも日本語だとどうなるのかの検証も面白かった。", False),
        ("英語以外にも日本語だとどうなるのかの検証も面白く感じました。", False),
        ("プロンプトのみ変更することで、目的の出力がされるか、ある程度制御できました。", False),
        ("モデルを変えたら、出力が変わった。", True),
        ("短く答えてと頼んだら、三文で終わった。", True),
        ("プロンプトを日本語にしたら、ドラゴンが海へ出かける話になった。", True),
        ("同じプロンプトでも、terse の方が先に終わった。", True),
    ],
)
def test_a_shipped_japanese_sentence_with_its_ending_changed_is_no_ones_notes(
    notes: str, own: bool
) -> None:
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert bool(own_text(notes, view.corpus()).strip()) is own


_SHIPPED_TERSE = (
    "tiny-terse に変えると同じプロンプトでも物語が短くなり、二文で EOS により終わった。"
)
_SHIPPED_JA = "同じモデルで「in one sentence」と指示すると一文になった。"


@pytest.mark.parametrize(
    ("notes", "own"),
    [
        # pass 107: a shipped sentence behind a lead-in clause of one's own, written before the
        # change: only the lead-in is the student's
        (f"実際に動かしてみたところ、{_SHIPPED_JA}", "実際に動かしてみたところ"),
        (f"試してみて分かったのは、{_SHIPPED_JA}", "試してみて分かったのは"),
        (f"自分で確かめると、{_SHIPPED_JA}", "自分で確かめると"),
        (f"When I tried it at home, {_SHIPPED_TERSE}", "When I tried it at home"),
        (f"In my own test, {_SHIPPED_JA}", "In my own test"),
        (f"{_SHIPPED_JA[:-1]}、と私も思った。", "と私も思った。"),
        # a sentence of one's own that meets a piece of shipped prose stays whole
        ("When I switched to tiny-terse, the story became two short sentences about a cave.",
         "When I switched to tiny-terse, the story became two short sentences about a cave."),
        ("モデルを変えると、洞窟のドラゴンの話が二文だけになって驚いた。",
         "モデルを変えると、洞窟のドラゴンの話が二文だけになって驚いた。"),
    ],
)  # fmt: skip
def test_a_shipped_sentence_behind_a_clause_of_ones_own_is_not_ones_own(
    notes: str, own: str
) -> None:
    """rt107: the pass example's notes behind "実際に動かしてみたところ、" or "In my own test, "
    earned the notes point (141 and 245 own characters)."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert own_text(notes, view.corpus()).strip() == own


@pytest.mark.parametrize(
    ("notes", "own"),
    [
        # pass 109, written before the change: a lead-in of a few words with no comma
        (f"In my runs {_SHIPPED_TERSE}", "In my runs"),
        (f"Honestly I saw that {_SHIPPED_JA}", "Honestly I saw that"),
        # a sentence of one's own that starts like a lead-in stays whole
        ("In my runs the terse model told two sentences about a cave.",
         "In my runs the terse model told two sentences about a cave."),
    ],
)  # fmt: skip
def test_a_shipped_sentence_behind_a_few_words_of_ones_own_is_not_ones_own(
    notes: str, own: str
) -> None:
    """rt109-09: README sentences behind "In my runs " (no comma) counted as the student's."""
    from grader.commands.assignment import load_assignment
    from grader.score.notes import own_text
    from grader.score.similar import shipped_view

    view = shipped_view(load_assignment("ex1-offline"))
    assert own_text(notes, view.corpus()).strip() == own


_PUBLISHED_NOTES = (
    "chatty answered with only one line, a feared dragon that turned out to be kind, and the "
    "lighthouse never appeared. terse told a completely different story about a robot."
)


@pytest.mark.parametrize(
    "hedged",
    [
        "chatty basically answered with only one line, kind of a feared dragon that turned out to "
        "be kind, and honestly the lighthouse never really appeared. terse actually told a "
        "completely different story about a robot.",
        "chatty literally answered with just one line, sort of a feared dragon that turned out to "
        "be kind, and the lighthouse totally never appeared. terse really told a completely "
        "different story about a robot.",
    ],
)
def test_notes_with_hedges_sprinkled_in_are_alike(hedged: str) -> None:
    """rt109-10: a published file's notes with "basically", "kind of", "honestly" put in were
    no longer alike; hedges are left out of the trigrams (written before the change)."""
    from grader.load.schemas import Copies
    from grader.score.notes import note_grams, notes_alike, own_keys

    mine, theirs = (note_grams(own_keys(n, "")) for n in (hedged, _PUBLISHED_NOTES))
    assert notes_alike(mine, theirs, Copies())
    other = "terse wrote one line about a cave and chatty told the long Scorch story in Japanese."
    assert not notes_alike(note_grams(own_keys(other, "")), theirs, Copies())
