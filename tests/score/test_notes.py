"""Notes' shipped-sentence lookup (grader.score.notes): a set of the corpus's lines answers as the
scan of the corpus text it replaced, for every key and corpus, generated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from grader.score.notes import _a_line

_LINE = st.text(alphabet="ab c\u3042", max_size=4)


def _scanned(key: str, corpus: str) -> bool:
    """The definition, by a scan of the text: ``key`` stands as whole lines of ``corpus``."""
    return bool(key) and f"\n{key}\n" in f"\n{corpus}\n"


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(_LINE, max_size=6), key=st.one_of(_LINE, st.lists(_LINE).map("\n".join)))
def test_a_line_is_a_whole_line_of_the_corpus(lines: list[str], key: str) -> None:
    corpus = "\n".join(lines)
    assert _a_line(key, corpus) == _scanned(key, corpus)


def test_a_piece_of_a_line_is_not_a_line() -> None:
    corpus = "the output became shorter when i asked\nanother line"
    assert _a_line("another line", corpus)
    assert not _a_line("the output became shorter", corpus)
    assert not _a_line("", corpus)
