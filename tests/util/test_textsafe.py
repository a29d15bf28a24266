"""util.textsafe: nothing a submission holds can act on a terminal or hide what a line says."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.util.textsafe import display_name, visible


@functools.cache
def _hidden() -> list[str]:
    """Every control, format and separator character Unicode defines, from its own table (read
    on first use, not while the suite is collected in every worker)."""
    return [
        chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Cc", "Cf", "Zl", "Zp")
    ]


HIDDEN = st.deferred(lambda: st.sampled_from(_hidden()))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("right\u200eleft\u200f", "right\\u200eleft\\u200f"),  # bidi marks
        ("\u061carabic", "\\u061carabic"),  # the Arabic letter mark
        ("x\u202ey", "x\\u202ey"),  # an override
        ("tag\U000e0041", "tag\\U000e0041"),
        ("plain text, 日本語", "plain text, 日本語"),
    ],
)
def test_visible(text: str, shown: str) -> None:
    assert visible(text) == shown


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=20), HIDDEN, st.integers())
def test_no_control_or_format_character_survives(text: str, hidden: str, at: int) -> None:
    at %= len(text) + 1
    shown = visible(text[:at] + hidden + text[at:])
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in shown)


def test_kept_characters_stay() -> None:
    assert visible("line\nnext\tcol", keep="\n\t") == "line\nnext\tcol"


def test_a_name_that_is_not_utf8_shows_its_bytes() -> None:
    assert display_name("\udc8aw\udc90\udcb6.yaml") == "\\x8aw\\x90\\xb6.yaml"
