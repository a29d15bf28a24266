"""score.quotes: one reading of a quotation for every notes measure (the five patterns it
replaced, in predicted, grounded, naming, quoted and narrated, graded the 1928 labelled files
alike)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grader.score.quotes import quotation, quoted

MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("「", "」"), ("『", "』")]


@pytest.mark.parametrize(
    ("text", "least", "least_ja", "found"),
    [
        ("chatty opened with 'Sure! Here' and stopped", 4, 2, ["Sure! Here"]),
        # apostrophes are no quotation's edge
        ("chatty's answer didn't stop, terse's did", 0, None, []),
        ("the model's 'short' answer", 0, None, ["short"]),
        ("it's 'ok'", 3, None, []),  # shorter than asked
        ("「もち」で始まった", 4, 2, ["もち"]),
        ("「も」で始まった", 4, 2, []),
        ("『おしまい』で終わった", 0, None, ["おしまい"]),
        # one line break inside (the own text ends a line at a quoted sentence's end mark), not two
        ("it said “Once upon a time.\nThe end.” at last", 1, None, ["Once upon a time.\nThe end."]),
        ("it said “one\ntwo\nthree” at last", 1, None, []),
        ('"" and "x"', 0, None, ["", "x"]),
    ],
)
def test_a_quotation_is_read_alike_by_every_measure(
    text: str, least: int, least_ja: int | None, found: list[str]
) -> None:
    assert [quoted(m) for m in quotation(least, least_ja).finditer(text)] == found


_INNER = st.text(
    alphabet=st.characters(blacklist_characters="\"“”‘’'「」『』\n", blacklist_categories=["Cs"]),
    min_size=4,
    max_size=30,
)


@given(_INNER, st.sampled_from(MARKS))
def test_any_text_between_a_pair_of_marks_is_that_quotation(
    inner: str, marks: tuple[str, str]
) -> None:
    text = f"It wrote {marks[0]}{inner}{marks[1]} then stopped."
    assert [quoted(m) for m in quotation(4).finditer(text)] == [inner]


@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}'[A-Za-z]{1,3}", fullmatch=True), max_size=6))
def test_apostrophes_inside_words_open_no_quotation(words: list[str]) -> None:
    assert quotation().search(" ".join(words)) is None
