"""Zips written byte by byte, as LMSes and Windows tools make them.

``zipfile`` sets the UTF-8 flag on every non-ASCII name it writes, so a CP932 name as Japanese
Windows writes it (no flag) cannot be made with it; nor can a lying size, a link or a name that
leaves the folder. :func:`raw_zip` writes the local headers, the central directory and its end
record itself (stored or deflated), with whatever names, flags, times and sizes a test needs.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import datetime

UTF8 = 0x800


@dataclass(frozen=True)
class Entry:
    """One zip entry: its raw name bytes and content, and what the headers say about it."""

    name: bytes
    data: bytes = b""
    flags: int = 0
    when: datetime = datetime(2026, 11, 30, 12, 0, 0)
    mode: int = 0o100644
    """Unix mode in the external attributes (0o120777: a symbolic link)."""
    declared: int | None = None
    """The uncompressed size the headers declare (None: the true one)."""
    deflate: bool = False


def raw_zip(entries: list[Entry]) -> bytes:
    """The zip of ``entries`` (made by "Unix", version 2.0)."""
    out, central = bytearray(), bytearray()
    for e in entries:
        body = _compress(e.data) if e.deflate else e.data
        method = 8 if e.deflate else 0
        crc = zlib.crc32(e.data)
        size = len(e.data) if e.declared is None else e.declared
        dos_time = (e.when.hour << 11) | (e.when.minute << 5) | (e.when.second // 2)
        dos_date = ((e.when.year - 1980) << 9) | (e.when.month << 5) | e.when.day
        offset = len(out)
        # the fields the local header and the central directory share, from "version needed"
        common = (20, e.flags, method, dos_time, dos_date, crc, len(body), size, len(e.name))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *common, 0) + e.name + body
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            (3 << 8) | 20,
            *common,
            0,
            0,
            0,
            0,
            e.mode << 16,
            offset,
        )
        central += e.name
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0
    )
    return bytes(out + central + end)


def _compress(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()
