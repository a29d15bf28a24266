"""Make untrusted text safe to show: file names that are not UTF-8, and control characters.

A file name from a Windows zip may be Shift_JIS bytes (Python holds those as surrogate escapes,
which no UTF-8 file can store); a name, prompt or file name may hold terminal escape sequences
that set the window title or clear the screen. :func:`visible` turns every control character
(and the bidi overrides that reorder what a reader sees) into a visible escape such as ``\\x1b``;
:func:`display_name` does that and turns undecodable bytes into ``\\xNN``. HTML and JSON
escaping stay the business of their renderers; this module only makes text printable.
"""

from __future__ import annotations

import os
import re

_BIDI = "\u202a-\u202e\u2066-\u2069\u2028\u2029"
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with each control character shown as an escape, except those in ``keep``
    (e.g. ``"\\n\\t"`` for model outputs, which stay readable)."""
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)


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
