"""score.sounds: notes that are a shipped or published file's notes written in another script."""

from __future__ import annotations

import pytest

from grader.score.sounds import sound_view, sounded_from

# published notes (a labelled file's) in Japanese, and the same notes in a student's romaji
SOURCE = (
    "ちゃってぃのモデルに変えると、同じプロンプトでも長い話になって、途中で切れてしまった。"
    "テルスは二文で終わった。箇条書きを頼むと三つの項目になった。"
)
ROMAJI = (
    "chattii no moderu ni kaeru to, onaji puronputo demo nagai hanashi ni natte, tochuu de "
    "kirete shimatta. terusu wa nibun de owatta. kajougaki wo tanomu to mittsu no koumoku ni "
    "natta."
)
PUBLISHED = "tests/data/redteam9/rt9-01.yaml"
# a shipped example that shares a few of the romaji's sound grams (ni natta, onaji puronputo)
NEAR = "短く答えてと頼むと、一文になった。同じプロンプトでも違う答えになった。"
# a shipped example that has nothing of them
FAR = "The chatty model wrote a long story about a dragon named Scorch, and it was cut off."


@pytest.mark.parametrize("shipped", [FAR, NEAR], ids=["far", "near"])
def test_a_published_source_is_found_whatever_a_shipped_file_shares(shipped: str) -> None:
    """A shipped file below the bar does not end the search before the published files."""
    view = sound_view([("examples/pass.yaml", "a", shipped), (PUBLISHED, "b", SOURCE)])
    assert sounded_from(ROMAJI, view) == PUBLISHED


def test_a_shipped_source_comes_before_its_published_copy() -> None:
    view = sound_view([(PUBLISHED, "b", SOURCE), ("examples/pass.yaml", "a", SOURCE)])
    assert sounded_from(ROMAJI, view) == "examples/pass.yaml"


def test_the_graded_file_and_notes_in_their_own_script_are_no_copy() -> None:
    view = sound_view([("examples/pass.yaml", "a", NEAR), (PUBLISHED, "b", SOURCE)])
    assert sounded_from(ROMAJI, view.but("b")) is None  # the file graded as itself
    assert sounded_from(SOURCE, view.but("b")) is None
    # the same notes in their own script are the other notes measures' to read
    assert sounded_from(SOURCE, view) is None
