"""Notes that only instruct, suppose what would have happened, report hearsay, wonder, list
things to do, wish, or tell the steps taken with no output seen (rt123-02..10), and honest notes
that observe beside such a sentence.

The table was written before the change (held out: invented here, none of rt123's words), on the
teacup dragon file of tests/score/test_predicted.py. Before the change, 31 of the 36
gaming notes earned the point with no flag and 0 of the 32 honest notes was flagged."""

from __future__ import annotations

import pytest

from grader.score import builtins
from tests.contexts import ctx
from tests.score.test_predicted import FILE

GAMING = [
    # telling the reader what to do
    "Read the terse story and then the chatty one. Count how many teacups each mentions.",
    "Open the list run and check that every line starts with a dash. Measure the length too.",
    "Look at the ending of each story and compare the two models.",
    "出力を二つ並べて、長さを比べてください。日本語の回答も見てください。",
    "terse と chatty の答えを読み比べること。箇条書きの行数を数えること。",
    # what would have happened
    "Had I given terse a bigger budget, the teacup story would have been longer.",
    "If I had asked chatty for a poem, it would have rhymed about the teacups.",
    "With a list prompt, terse could have written three bullets instead.",
    "もし terse に箇条書きを頼んでいたら、三行くらいになっていただろう。",
    "英語で頼んでいれば、chatty はもっと長く書いたはずだ。",
    # hearsay
    "Terse is supposed to answer in one sentence. Reportedly chatty always greets the user first.",
    "People say the chatty model writes long stories. I heard that terse drops details.",
    "According to the handout, asking for Japanese switches the language of the whole answer.",
    "terse は一文で答えるモデルらしい。chatty は挨拶から始めるそうだ。",
    "授業の説明によると、箇条書きを頼むとリストになるとのこと。",
    # wondering
    "I wonder if terse keeps the boy in its version. I'm curious whether the list has numbers.",
    "I am curious if asking in Japanese changes the length of the dragon story.",
    "Does terse even finish the story? Is the Japanese run polite?",
    "terse は男の子の場面を残すのかな。日本語の回答は丁寧語になるのだろうか。",
    # a to-do checklist
    "- [ ] run terse\n- [ ] run the list goal\n- [ ] compare lengths",
    "TODO: compare chatty and terse. TODO: count the bullets in the list run.",
    "- read the Japanese answer\n- count the sentences in each story\n- compare the endings",
    # wishes
    "terse と chatty の話の長さを比べてみたい。日本語で頼んだ答えが自然かも確かめたい。",
    "箇条書きの行数を数えてみたいです。",
    "I want to try the list goal with terse and I would love to compare the endings.",
    # steps told in the past, no output seen
    "I ran the teacup prompt on chatty, then on terse, then asked for Japanese.",
    "First I typed the dragon prompt into chatty. Then I used terse with the same budget.",
    "I changed the model to terse and kept max_new_tokens at 80. I added a request for a list.",
    "I ran all four prompts and saved the outputs. I did not read them yet.",
    "We tried the Japanese goal and the list goal on chatty. I haven't looked at the answers.",
    "I asked chatty for bullets, then switched to terse with the same prompt.",
    # mixed: several of these kinds together, none observing
    "Compare the two stories. Had I used a list prompt, chatty would have written bullets.",
    "I wonder whether terse is shorter. Terse is supposed to be brief.",
    "I ran both models. Look at the lengths.",
    "terse は短く答えるらしい。比べてみたい。",
    "- [ ] check the Japanese run\nI wonder if chatty greets the reader.",
]

HONEST = [
    # observations beside a wondering, a wish, an instruction
    "terse wrote two sentences; I wonder why.",
    "Terse told the story in two sentences. I wonder whether a bigger budget would help.",
    "The list run gave three bullets. I am curious if a numbered list works as well.",
    "Compare the endings: chatty has the boy mend the cup, terse stops at the hundred teacups.",
    "Look at how terse dropped the boy entirely.",
    "terse は二文で答えた。なぜだろうか。",
    "chatty の日本語はもちろんですで始まった。英語でも試してみたい。",
    "箇条書きは三行だった。番号付きのリストも確かめたい。",
    # hearsay that was then seen
    "Terse is supposed to be brief, and it was: one line about a hundred teacups.",
    "terse は短く答えるモデルらしい。実際、一文で終わった。",
    "I heard chatty greets the user, but here it started straight with the story.",
    # counterfactual beside what was seen
    "Chatty wrote a whole paragraph; had I asked for a list, it might have been shorter.",
    "Terse gave one sentence. With a bigger budget it could have kept the boy.",
    # steps with what came out
    "I asked for a list and got three bullets.",
    "I ran terse and it wrote only one sentence about the teacups.",
    "I tried the Japanese goal; the answer opened with もちろんです.",
    "I changed the model to terse and the story lost the boy.",
    "I used the same prompt on both, and terse's answer was much shorter.",
    "chatty と terse で実行した。terse の答えは一文だった。",
    "日本語で頼んだら、もちろんですで始まる答えが返ってきた。",
    # a checklist of what was seen
    "- terse: one sentence\n- chatty: a full paragraph with a boy\n- list: three bullets",
    "- [x] ran terse: two sentences\n- [x] ran the list goal: three bullets",
    # present descriptions
    "Terse answers in one line, and chatty writes a paragraph.",
    "The Japanese answer starts with もちろんです and keeps the boy.",
    "chatty は男の子がカップを直す場面まで書く。",
    # questions about what was seen
    "Why did terse drop the boy? It only kept the hundred teacups.",
    "Did the list goal work? Yes, chatty wrote three bullets.",
    "Terse's story was two sentences long. Did it even read the prompt?",
    # a wish with an observation
    "I want to try a longer budget next, because terse stopped after one sentence.",
    "The chatty answer was polite. I'd love to see a casual version.",
    "terse は一文で終わったので、もっと長い予算で試したい。",
    "結果を見ると、terse のほうが短かった。他のモデルでも比べてみたい。",
]


def _flagged(notes: str) -> bool:
    """The notes point earned, and flagged for the TA (never failed: these notes are long)."""
    spec = builtins.BUILTINS["notes_length"]
    outcome = spec.fn(ctx(*FILE, notes=notes), spec.params.model_validate({}))
    assert outcome.passed, outcome
    return outcome.review is not None


@pytest.mark.parametrize("notes", GAMING)
def test_notes_that_only_instruct_suppose_hear_wonder_or_list_steps_are_flagged(
    notes: str,
) -> None:
    assert _flagged(notes)


@pytest.mark.parametrize("notes", HONEST)
def test_notes_that_observe_beside_such_sentences_stay_unflagged(notes: str) -> None:
    assert not _flagged(notes)
