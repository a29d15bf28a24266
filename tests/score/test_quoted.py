"""score.quoted: a quotation given as an answer's words, made up or given to the wrong run.

On two real files (the bundled models' answers in tests/data/grounded/heldout.yaml): rt124-12,
the knight (chatty opens "Sure! Here is a story about a knight:" and is cut off; terse opens "A
young knight who was afraid of the dark" and ends "The end."; the list run gives three dash
bullets), and rt124-11, the dragon (its Japanese run opens もちろんです！)."""

from __future__ import annotations

import pytest

from grader.score.context import RunView
from grader.score.quoted import quote_review
from tests.score.test_stated import DRAGON, KNIGHT

CASES = [
    # made up: no answer or prompt holds half its content words
    ("Chatty opened with 'Greetings, traveller, hear my song' at once.", KNIGHT, "no answer"),
    ("terse wrote 'The silver fox crossed the frozen river alone'.", KNIGHT, "no answer"),
    # given to the wrong run: another run's answer holds its word pairs, the named run's not
    ("knight-terse opened with 'Sure! Here is a story about a knight' at once.", KNIGHT, "chatty"),
    ("knight-chatty ended with 'He brought the boy home safely. The end.'", KNIGHT, "terse"),
    ("knight-listは「A young knight who was afraid of the dark」で始まった。", KNIGHT, "terse"),
    ("dragon-terseは「もちろんです！昔々、山の洞窟に」で始まった。", DRAGON, "japanese"),
    # the named run's own words, or no run named
    ("Chatty opened with 'Sure! Here is a story about a knight' at once.", KNIGHT, None),
    ("knight-terse opened with 'A young knight who was afraid of the dark'.", KNIGHT, None),
    ("knight-list began with 'A knight was scared.' and had three lines.", KNIGHT, None),
    ("One answer opened with 'Sure! Here is a story about a knight'.", KNIGHT, None),
    ("Every answer began with 'Sure! Here is a story about a knight'.", KNIGHT, None),
    ("dragon-japaneseは「もちろんです！昔々、山の洞窟に」で始まった。", DRAGON, None),
    # a translation (an answer in another script) and no verb of output: not read
    ("terseは「騎士は竜を倒して王様になった」で始まった。", KNIGHT, None),
    ("My favourite phrase is 'hear my song, traveller'.", KNIGHT, None),
]


@pytest.mark.parametrize(("notes", "runs", "owner"), CASES)
def test_a_quotation_is_checked_against_the_answers(
    notes: str, runs: list[RunView], owner: str | None
) -> None:
    review = quote_review(notes, runs)
    if owner is None:
        assert review is None, review
    else:
        assert review is not None and owner in review.en, review
