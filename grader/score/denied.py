"""A claim of the notes denied just before it: one reading of a near negation for the measures
that check claims against the generations (:mod:`grader.score.stated`, counts in
:mod:`grader.score.counted`, lengths in :mod:`grader.score.claims`).

A word of negation at most two words before the claim ("was not cut off", "didn't really get
cut off", "never the shortest"). "Not only" and "no doubt" affirm, and deny nothing; a "no"
there ("No, X was cut off") may answer something else, and leaves the claim in doubt.

Left out: what a denied claim then says (the opposite, or nothing) is each measure's to tell,
and so are negations farther off, "none" or "neither ... nor", and Japanese negatives, which
follow the claim.
"""

from __future__ import annotations

import re

from grader.score.reading import lazy

NOT = r"not(?!\s+(?:only|just|merely|simply)\b)"
"""A "not" that denies: "not only" and "not just" affirm what follows."""
UNDENIED = r"(?<!n't\s)(?<!not\s)(?<!never\s)"
"""Put before a denying word ("far from", "anything but"): one itself denied ("never anything
but") is :data:`DOUBLE`'s, and says the claim."""
NEAR = lazy(
    rf"(?:\b(?:{NOT}|never|(?P<no>no)(?!\s+doubt))\b|n't\b)(?:[^\w,;:]+\w+){{0,2}}?[^\w,;:]*$",
    re.IGNORECASE,
)
"""A negation ending the text before a claim, at most two words from it and with no comma
between: "didn't finish, cut off" denies another verb (pass 134), and a negation set apart
by an aside ("was not, in fact, cut off") is the measure's to read."""


def denies(before: str) -> bool:
    """``before`` (a clause up to a claim) ends in a negation that denies the claim: "not",
    "never" or "n't" (:data:`NEAR`). A "no" there may answer something else ("No, X was cut
    off"): it denies nothing, though it leaves the claim in doubt; nor does one of "anything
    but" ("never anything but identical")."""
    near = NEAR().search(before)
    return near is not None and near["no"] is None and not DOUBLE().search(before)


DOUBLE = lazy(
    r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:anything\s+but|nothing\s+but|fail(?:ed|s)?\s+to)\s*$",
    re.IGNORECASE,
)
"""A negation of a denial: "weren't anything but identical" says they were (pass 135), "did not
fail to answer in Japanese" that it did (pass 137)."""
