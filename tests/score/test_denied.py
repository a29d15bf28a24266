"""A claim of the notes denied just before it (grader.score.denied): one reading for stated.py,
counted.py and claims.py."""

from __future__ import annotations

import pytest

from grader.score.denied import NEAR, denies

# (the text before a claim, a negation near it, whether it denies the claim)
CASES = [
    ("knight-terse was not", True, True),
    ("knight-terse wasn't", True, True),
    ("knight-terse didn't really get", True, True),
    ("knight-terse was never the", True, True),
    ("knight-terse was not, in fact,", False, False),  # an aside: stated._DENIED's to read
    ("knight-terse was not, as far as I could tell,", False, False),
    ("knight-terse didn't finish,", False, False),  # another verb denied (pass 134)
    ("knight-terse never rambled,", False, False),
    ("No, terse was", False, False),  # a "no" before a comma answers something else
    ("terse was no longer", True, False),  # a "no" near it: in doubt
    ("knight-terse did not fail to", True, False),  # litotes: it did (pass 137)
    ("knight-terse was never anything but", True, False),
    ("knight-terse was not just", False, False),  # "not just" affirms, as "not only"
    ("there was no", True, False),
    ("knight-terse was not only", False, False),  # "not only" affirms
    ("knight-terse was, no doubt,", False, False),  # so does "no doubt"
    ("Not surprisingly, knight-terse was really", False, False),  # too far off
    ("knight-terse was", False, False),
    ("knight-terse was nothing like", False, False),  # a word that starts with "no"
]


@pytest.mark.parametrize(("before", "near", "denied"), CASES)
def test_a_negation_near_a_claim_denies_it_unless_it_is_a_no(
    before: str, near: bool, denied: bool
) -> None:
    assert (NEAR().search(before) is not None) == near
    assert denies(before) == denied
