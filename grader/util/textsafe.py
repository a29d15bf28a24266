"""Make untrusted text safe to show: file names that are not UTF-8, and control characters.

A file name from a Windows zip may be Shift_JIS bytes (Python holds those as surrogate escapes,
which no UTF-8 file can store); a name, prompt or file name may hold terminal escape sequences
that set the window title or clear the screen, or bidi marks that reorder what a reader sees.
:func:`visible` turns every control and format character (Cc, Cf: bidi marks and overrides,
zero-width and invisible characters) and the line separators into a visible escape such as
``\\x1b`` or ``\\u200e``;
:func:`display_name` does that and turns undecodable bytes into ``\\xNN``. HTML and JSON
escaping stay the business of their renderers; this module only makes text printable.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

_ASCII_CONTROL = re.compile("[\x00-\x1f\x7f]")


@functools.lru_cache(maxsize=1)
def _control() -> Any:
    """Every control (Cc) and format (Cf) character -- bidi marks and overrides, zero-width and
    invisible characters, the BOM -- and the line and paragraph separators, from Unicode's own
    table (the ``regex`` module's properties; imported on the first non-ASCII text)."""
    import regex

    return regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]")


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with each control or format character shown as an escape, except those in
    ``keep`` (e.g. ``"\\n\\t"`` for model outputs, which stay readable)."""
    pattern = _ASCII_CONTROL if text.isascii() else _control()
    return str(pattern.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text))


def display_name(name: str) -> str:
    """A file name as it can be shown and stored anywhere, control characters escaped. A name
    that is not UTF-8 as a whole shows every non-ASCII byte as ``\\xNN`` (no half-decoded
    mixture: Shift_JIS bytes can happen to form valid UTF-8 characters)."""
    raw = os.fsencode(name)
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("ascii", "backslashreplace")
    return visible(decoded)


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (even escaped) shown as escapes."""
    return _XML_BAD.sub(lambda m: _escape(m.group()), text)
