"""score.hearsay: someone else's word, one reading for grounded.py and intended.py (the two lists
it replaced graded the 1942 labelled files alike)."""

from __future__ import annotations

import pytest

from grader.score.hearsay import hearsay


@pytest.mark.parametrize(
    ("clause", "heard"),
    [
        ("My friend Kenta told me the terse one was shorter", True),
        ("I heard that chatty rambles", True),
        ("I've heard terse ends early", True),
        ("I was told the list goal is easy", True),
        ("Reportedly the terse model stops after two sentences", True),
        ("People say chatty never stops", True),
        ("According to the handout, terse is short", True),
        ("According to the TA the budget matters", True),
        ("友達によると、terseの方が短かったらしい", True),
        ("先生から聞いた話では長くなる", True),
        ("資料に書いてあった通り、短くなる", True),
        ("切れることが多いそうだ。", True),
        ("terseは短くなるらしい", True),
        # the student's own seeing
        ("According to my runs, terse was shorter", False),
        ("According to the outputs, chatty was cut off", False),
        ("terse told a story about a knight", False),
        ("The answer said that the dragon was kind", False),
        ("chattyは途中で切れた", False),
        ("そうだね、短くなった", False),
    ],
)
def test_someone_else_s_word_is_hearsay(clause: str, heard: bool) -> None:
    assert hearsay(clause) == heard
