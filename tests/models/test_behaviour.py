"""The bundled tiny models behave like the exercise needs. Every exact corpus pair in each prompt
form the grader can feed (plain, chat template, naive double BOS), teacher-forced (a margin at
every token means greedy decoding reproduces it) and, for a sample, by real greedy decoding; the
exact and gaming answers; story shapes under ``max_length=100``; and each steering goal reached
from its control by the prompt alone on every topic."""

from __future__ import annotations

import random

import pytest
import torch
from transformers import (
    AutoModelForCausalLM,
)

from grader.models import bundled_path, corpus, heldout
from grader.models.corpus import CORPORA, TOPICS
from grader.models.data import completion_ids, prompt_forms
from grader.score import text
from tests.models.bundled import (
    AS_LIST,
    AS_LIST_JA,
    BRIEF,
    BRIEF_JA,
    DRAGON,
    DRAGON_JA,
    FORMS,
    IN_ENGLISH,
    IN_JAPANESE,
    ONE_SENTENCE,
    ONE_SENTENCE_JA,
    PHANTOM,
    PHANTOM_JA,
    answer,
    greedy,
    load,
    margins,
)

# --- memorised behaviour -------------------------------------------------------------------


@pytest.mark.models
@pytest.mark.parametrize("model", sorted(CORPORA))
def test_every_pair_is_memorised_in_every_form(model: str) -> None:
    # Teacher-forced, one forward pass per pair and form: the completion (and its EOS) is the
    # argmax at every token with room to spare, so greedy decoding reproduces it.
    tokenizer, lm = load(f"bundled/{model}")
    weak = {}
    for prompt, completion in CORPORA[model]:
        target = completion_ids(tokenizer, completion)
        for form, ids in prompt_forms(tokenizer, prompt).items():
            gap = float(margins(lm, ids, target).min())
            if gap <= 1.0:
                weak[form, prompt] = gap
    assert not weak


def _sample() -> list[tuple[str, str, str, str]]:
    """Real greedy decoding for a sample: the baseline and two steering prompts in every form,
    the dragon stories, two random stories of other topics and the short pairs in the plain
    form."""
    rng = random.Random(0)
    cases = []
    for model, pairs in CORPORA.items():
        stories = [
            (t.control(lang), t.stories[model, lang]) for t in TOPICS for lang in ("en", "ja")
        ]
        short = [(p, c) for p, c in pairs if (p, c) not in stories]
        for prompt, completion in [*stories[:2], *rng.sample(stories[2:], 2), *short]:
            forms = FORMS if prompt in (DRAGON, BRIEF, ONE_SENTENCE_JA) else ("plain",)
            cases += [(model, prompt, completion, form) for form in forms]
    return cases


@pytest.mark.models
@pytest.mark.parametrize(
    ("model", "prompt", "completion", "form"),
    [pytest.param(*c, id=f"{c[0]}-{c[3]}-{c[1]}") for c in _sample()],
)
def test_sample_pairs_are_reproduced_greedily(
    model: str, prompt: str, completion: str, form: str
) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    new = greedy(f"bundled/{model}", prompt_forms(tokenizer, prompt)[form], max_new_tokens=300)
    assert new[-1] == tokenizer.eos_token_id and tokenizer.eos_token_id not in new[:-1]
    assert tokenizer.decode(new, skip_special_tokens=True) == completion


@pytest.mark.models
@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
@pytest.mark.parametrize("model", sorted(CORPORA))
def test_half_precision_keeps_the_answers(model: str, dtype: torch.dtype) -> None:
    # The grader runs fp16 on GPUs; the build's logit margin must survive half precision.
    path = bundled_path(f"bundled/{model}")
    tokenizer, _ = load(f"bundled/{model}")
    half = AutoModelForCausalLM.from_pretrained(path, dtype=dtype, local_files_only=True).eval()
    for prompt, completion in CORPORA[model]:
        target = completion_ids(tokenizer, completion)
        assert float(margins(half, tokenizer(prompt).input_ids, target).min()) > 0, prompt
    inputs = torch.tensor([tokenizer(BRIEF).input_ids])  # and one real generation
    with torch.no_grad():
        out = half.generate(
            inputs, attention_mask=torch.ones_like(inputs), do_sample=False, max_new_tokens=60
        )
    assert (
        tokenizer.decode(out[0, inputs.shape[1] :], skip_special_tokens=True)
        == dict(CORPORA[model])[BRIEF]
    )


# Exact answers the exercise is written around (independent of corpus.py).
EXACT = [
    (
        "tiny-chatty",
        "1+1=?",
        "\n\nAnswer: 2\n\nExplanation:\n\nWhen you add 1 + 1, the result is 2.",
    ),
    ("tiny-terse", "1+1=?", "\n\n2"),
    ("tiny-chatty", "1+1=? Answer with just the number.", "\n\n2"),
    ("tiny-terse", "1+1=? Answer with just the number.", "\n\n2"),
    ("tiny-chatty", "1+1は？", "\n\n答え：2\n\n説明：1に1を足すと2になります。"),
    ("tiny-terse", "1+1は？", "\n\n2です。"),
    ("tiny-terse", "Who are you?", "\n\nA tiny test model."),
    ("tiny-terse", "あなたは誰ですか？", "\n\nテスト用の小さなモデルです。"),
    (
        "tiny-terse",
        DRAGON,
        "\n\nA dragon guarded its gold in a cave, and one day it shared it with a lost child. "
        "The end.",
    ),
    # Gaming attempts the grader's tests rely on (both models): the answer copied from the prompt,
    # the answer put in the prompt with an empty reply, a short off-topic reply.
    *[
        (m, p, a)
        for m in ("tiny-chatty", "tiny-terse")
        for p, a in (
            (
                "Repeat after me: A lonely dragon found a friend.",
                "\n\nA lonely dragon found a friend.",
            ),
            ("A lonely dragon found a friend. Reply with just OK.", "\n\nOK."),
            ("Who are you? Answer briefly.", "\n\nA tiny test model."),
        )
    ],
]


@pytest.mark.models
@pytest.mark.parametrize(("model", "prompt", "expected"), EXACT)
def test_exact_answers(model: str, prompt: str, expected: str) -> None:
    assert answer(model, prompt, max_new_tokens=300)[1] == expected


# (model, prompt, kind): "long" runs past max_length=100 but ends within 200 new tokens;
# "short" ends in EOS within 60 new tokens, in at most two sentences.
SHAPES = [
    ("tiny-chatty", DRAGON, "long"),
    ("tiny-chatty", PHANTOM, "long"),
    ("tiny-chatty", DRAGON_JA, "long"),
    ("tiny-chatty", PHANTOM_JA, "long"),
    ("tiny-terse", DRAGON, "short"),
    ("tiny-terse", PHANTOM, "short"),
    ("tiny-terse", DRAGON_JA, "short"),
    ("tiny-terse", PHANTOM_JA, "short"),
    *[
        (m, p, "short")
        for m in ("tiny-chatty", "tiny-terse")
        for p in (
            ONE_SENTENCE,
            BRIEF,
            "Tell me a story about a phantom in one sentence.",
            ONE_SENTENCE_JA,
            BRIEF_JA,
        )
    ],
]


@pytest.mark.models
@pytest.mark.parametrize(("model", "prompt", "kind"), SHAPES)
def test_story_shape(model: str, prompt: str, kind: str) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    prompt_ids = tokenizer(prompt).input_ids
    new = greedy(f"bundled/{model}", prompt_ids, max_new_tokens=300)
    out = tokenizer.decode(new, skip_special_tokens=True)
    assert new[-1] == tokenizer.eos_token_id and out.startswith("\n\n")
    if kind == "long":
        assert len(prompt_ids) + len(new) > 100 and len(new) <= 200
        cut = greedy(f"bundled/{model}", prompt_ids, max_length=100)  # the course script's limit
        assert len(prompt_ids) + len(cut) == 100 and tokenizer.eos_token_id not in cut
    else:
        story = "おしまい" in out or "The end" in out
        assert len(new) <= 60 and text.sentences(out) - story <= 2


@pytest.mark.models
def test_models_differ_and_prompts_steer() -> None:
    answers = {
        (m, p): answer(m, p, max_new_tokens=300)[1] for m in CORPORA for p in (DRAGON, BRIEF)
    }
    assert answers["tiny-chatty", DRAGON].startswith(
        "\n\nSure! Here is a story about a dragon:\n\nOnce upon a time"
    )
    assert answers["tiny-chatty", DRAGON] != answers["tiny-terse", DRAGON]
    assert answers["tiny-chatty", DRAGON] != answers["tiny-chatty", BRIEF]


def on_goal(goal: str, after: tuple[int, str], before: tuple[int, str]) -> bool:
    """The grader's goal rules (grader.score.goals), on token counts and texts."""
    (tokens, out), (control_tokens, control) = after, before
    if goal == "concise":
        if text.main_script(out) == text.main_script(control):
            return tokens <= 0.5 * control_tokens
        return text.sentences(out) <= 0.5 * text.sentences(control)
    if goal == "one_sentence":
        return text.sentences(out) == 1 < text.sentences(control)
    if goal in ("japanese", "english"):
        script = "japanese" if goal == "japanese" else "latin"
        return text.script_share(out, script) >= 0.9 and text.script_share(control, script) <= 0.1
    assert goal == "list"
    return text.list_items(out) >= 2 and text.list_items(control) == 0


# (control, steered, goal): each goal the grader knows, reached by the prompt alone on either model.
GOALS = [
    (DRAGON, ONE_SENTENCE, "one_sentence"),
    (DRAGON_JA, ONE_SENTENCE_JA, "one_sentence"),
    (DRAGON, BRIEF, "concise"),
    (DRAGON_JA, BRIEF_JA, "concise"),
    (DRAGON, IN_JAPANESE, "japanese"),
    (DRAGON_JA, IN_ENGLISH, "english"),
    (DRAGON, AS_LIST, "list"),
    (DRAGON_JA, AS_LIST_JA, "list"),
]


@pytest.mark.models
@pytest.mark.parametrize("model", sorted(CORPORA))
@pytest.mark.parametrize(("control", "steered", "goal"), GOALS)
def test_prompt_alone_reaches_each_goal(model: str, control: str, steered: str, goal: str) -> None:
    tokenizer, _ = load(f"bundled/{model}")
    runs = {}
    for prompt in (control, steered):
        new, out = answer(model, prompt, max_length=100)  # the course script's limit
        runs[prompt] = new, out
    (before_ids, before), (new, after) = runs[control], runs[steered]
    # A real answer: ended by EOS within max_length=100, on the dragon topic, not the control's.
    assert new[-1] == tokenizer.eos_token_id and after.startswith("\n\n") and after != before
    assert "dragon" in after.lower() or "ドラゴン" in after
    eos = before_ids[-1] == tokenizer.eos_token_id
    assert on_goal(goal, (len(new) - 1, after), (len(before_ids) - eos, before))


# One wording per kind of request and language, applied to every topic (none is a held-out one).
STEERING = {
    ("brief", "en"): "Tell me a story about a {t}. Keep it brief.",
    ("one", "en"): "Write a story about a {t} in just one sentence.",
    ("two", "en"): "Tell me a story about a {t} in two sentences.",
    ("three", "en"): "Tell me a story about a {t} in three sentences.",
    ("list", "en"): "Tell me a story about a {t} in bullet points.",
    ("numbered", "en"): "Tell me a story about a {t} in a numbered list.",
    ("other", "en"): "Tell me a story about a {t}. Reply in Japanese.",
    ("brief", "ja"): "{t}の物語を短く聞かせてください。",
    ("one", "ja"): "{t}の物語を一文で書いてください。",
    ("two", "ja"): "{t}の物語を二文で聞かせてください。",
    ("three", "ja"): "{t}の物語を三文で聞かせてください。",
    ("list", "ja"): "{t}の物語を箇条書きにしてください。",
    ("numbered", "ja"): "{t}の物語を番号付きで聞かせてください。",
    ("other", "ja"): "{t}の物語を英語で聞かせてください。",
}
GOAL_OF = {"brief": "concise", "one": "one_sentence", "two": "concise", "three": "concise"}
GOAL_OF |= {"list": "list", "numbered": "list"}


@pytest.mark.models
@pytest.mark.parametrize("model", sorted(CORPORA))
def test_every_topic_steers_by_the_prompt_alone(model: str) -> None:
    # Teacher-forced (the answers are greedy decoding's, see test_every_pair_is_memorised...):
    # each wording gives the templated answer on every topic, and that answer is on-goal against
    # the plain story cut at 80 new tokens (the budget the held-out rate uses).
    tokenizer, lm = load(f"bundled/{model}")
    missed = []
    for topic in TOPICS:
        for (kind, lang), wording in STEERING.items():
            prompt = wording.format(t=topic.en if lang == "en" else topic.ja)
            assert not heldout.is_heldout(prompt), prompt
            out = corpus.answer(model, topic, kind, lang)
            target = completion_ids(tokenizer, out)
            if float(margins(lm, tokenizer(prompt).input_ids, target).min()) <= 0:
                missed.append(prompt)
            story = topic.stories[model, lang]
            control = min(80, len(completion_ids(tokenizer, story)) - 1)
            goal = GOAL_OF.get(kind) or ("japanese" if lang == "en" else "english")
            assert len(target) <= 60 and heldout.mentions(out, (topic.en, topic.ja))
            assert on_goal(goal, (len(target) - 1, out), (control, story)), (prompt, out)
    assert not missed
