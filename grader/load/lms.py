"""What an LMS's "download all submissions" gives: a zip, or the folder unpacked from it.

The layout is a folder per participant, named with the participant's name and the LMS's
identifier: Moodle's ``Full Name_12345_assignsubmission_file_`` (``_file`` since Moodle 4.1),
matched by :data:`MOODLE`; another LMS is described by a pattern with the named groups ``name``
and ``lms_id``, and optionally ``submitted`` (an ISO 8601 time), as nbgrader's ``zip_collect``
takes one. :func:`participants` reads the
identity of each file from its top folder.

:func:`unpack` reads a zip into a folder inside the output folder, and nothing else:

* names flagged UTF-8 are UTF-8; the others are CP932 (as Japanese Windows writes them) when they
  are valid CP932, else shown with their bytes escaped (Python 3.10's ``zipfile`` has no
  ``metadata_encoding``, so the cp437 text it gives is re-encoded to the raw bytes first);
* an entry whose path is absolute or climbs out (``..``) refuses the whole zip, as does a zip of
  more than :data:`MAX_ENTRIES` entries or of more than :data:`MAX_TOTAL` bytes declared or
  actually unpacked (a zip bomb): nothing is graded from a zip that lies about itself;
* only submission files (``*.yaml``/``*.yml``) are unpacked, each cut at one byte over the
  submission limit (so the file is still reported too big, under its student's id), and links
  are never made;
* each entry's time (zip times have no zone: they are read in the deadline's zone) is kept as
  the submission time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from grader.load.discover import SUFFIXES, Found
from grader.load.reading import MAX_BYTES
from grader.util.errors import UserError
from grader.util.i18n import T
from grader.util.textsafe import display_name

MOODLE = r"^(?P<name>.+)_(?P<lms_id>\d+)_assign(?:submission|feedback)_[a-z]+_?$"
"""Moodle's participant folder: ``Full Name_12345_assignsubmission_file_``."""
MAX_ENTRIES = 10_000
"""Entries a class zip may have (a class of 500 with a few files each is far below)."""
MAX_TOTAL = 1 << 30
"""Bytes a class zip may declare or unpack (1 GiB)."""
_UTF8_FLAG = 0x800


@dataclass(frozen=True)
class Participant:
    """Who uploaded a file, according to the LMS."""

    name: str
    lms_id: str
    submitted: datetime | None = None
    """When, where the folder name says (a pattern's ``submitted`` group, ISO 8601)."""


def pattern(text: str | None) -> re.Pattern[str]:
    """The participant-folder pattern (Moodle's when None); a bad one is a UserError."""
    try:
        compiled = re.compile(text or MOODLE)
    except re.error as exc:
        raise UserError.simple(
            "--lms-pattern", f"not a regular expression: {exc}", f"正規表現ではありません: {exc}"
        ) from None
    if not {"name", "lms_id"} <= set(compiled.groupindex):
        raise UserError.simple(
            "--lms-pattern",
            "the pattern needs the named groups (?P<name>...) and (?P<lms_id>...)",
            "名前付きグループ (?P<name>...) と (?P<lms_id>...) が必要です",
        )
    return compiled


def participants(files: list[Found], folders: re.Pattern[str]) -> dict[bytes, Participant]:
    """Each file's participant (by the file's raw name), from its top folder's name; files
    outside a participant folder have none."""
    found: dict[bytes, Participant] = {}
    for f in files:
        top = f.raw.split(b"/", 1)
        if len(top) < 2:
            continue
        match = folders.match(os.fsdecode(top[0]))
        if match:
            found[f.raw] = Participant(match["name"].strip(), match["lms_id"], _when(match))
    return found


def _when(match: re.Match[str]) -> datetime | None:
    text = match.groupdict().get("submitted")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass
class Unpacked:
    """What :func:`unpack` made: the folder, each file's entry time, and what it left out."""

    folder: Path
    times: dict[bytes, datetime] = field(default_factory=dict)
    """Raw name below ``folder`` -> the entry's time (naive: the zip's local time)."""
    skipped: list[tuple[str, str]] = field(default_factory=list)


def unpack(archive: Path, folder: Path) -> Unpacked:
    """Unpack the submission files of ``archive`` into ``folder`` (replaced whole, and only once
    the zip was read completely); see the module docstring for what is refused."""
    shown = display_name(str(archive))
    try:
        with zipfile.ZipFile(archive) as zf:
            entries = _checked(zf, shown)
            folder.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=folder.parent))
            try:
                made = _extract(zf, entries, staging, shown)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise UserError.simple(
            shown, f"not a readable zip: {exc}", f"読めない zip です: {exc}"
        ) from None
    if folder.is_symlink():
        folder.unlink()  # a link planted in the output folder is not followed
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    made.folder = folder
    return made


def _checked(zf: zipfile.ZipFile, shown: str) -> list[tuple[zipfile.ZipInfo, str]]:
    """The entries with their names decoded, once the whole zip passed the checks."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refused(
            shown,
            f"{len(infos)} entries (the limit is {MAX_ENTRIES})",
            f"エントリが {len(infos)} 個あります（上限 {MAX_ENTRIES}）",
        )
    declared = sum(i.file_size for i in infos)
    if declared > MAX_TOTAL:
        raise _refused(
            shown,
            f"{declared} bytes unpacked (the limit is {MAX_TOTAL})",
            f"展開後 {declared} バイトです（上限 {MAX_TOTAL}）",
        )
    named = [(info, name_of(info)) for info in infos]
    for _, name in named:
        path = PurePosixPath(name)
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in path.parts:
            raise _refused(
                shown,
                f"an entry leaves the folder: {display_name(name)!r}",
                f"フォルダの外を指すエントリがあります: {display_name(name)!r}",
            )
    return named


def name_of(info: zipfile.ZipInfo) -> str:
    """An entry's name as text: UTF-8 when flagged, else CP932 when valid, else its bytes kept as
    surrogate escapes (:func:`display_name` shows them escaped); backslashes, which some Windows
    tools write, are separators (after decoding: in CP932 a 0x5C byte can be half of a
    character)."""
    raw = raw_name(info)
    if info.flag_bits & _UTF8_FLAG:
        text = info.filename
    else:
        try:
            text = raw.decode("cp932")
        except UnicodeDecodeError:
            text = ""
        # Python's cp932 maps the single bytes 0xFD-0xFF to private-use code points: a name
        # that needs them was not written in CP932
        if not text or any(unicodedata.category(ch) in ("Co", "Cn") for ch in text):
            text = os.fsdecode(raw)  # odd bytes kept (surrogate escapes), escaped when shown
    return text.replace("\\", "/")


def raw_name(info: zipfile.ZipInfo) -> bytes:
    """An entry's name as the zip holds it."""
    return info.filename.encode("utf-8" if info.flag_bits & _UTF8_FLAG else "cp437")


def _extract(
    zf: zipfile.ZipFile, entries: list[tuple[zipfile.ZipInfo, str]], staging: Path, shown: str
) -> Unpacked:
    made = Unpacked(staging)
    written = 0
    for info, name in entries:
        parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
        if info.is_dir() or not parts:
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            made.skipped.append((display_name(name), "a link in the zip (never made)"))
            continue
        if os.path.splitext(parts[-1])[1].lower() not in SUFFIXES:
            continue  # the LMS's other files (online text, PDFs): not submissions here
        target = _unique(staging.joinpath(*[display_name(p) for p in parts]), raw_name(info))
        target.parent.mkdir(parents=True, exist_ok=True)
        with zf.open(info) as src:
            data = src.read(MAX_BYTES + 1)
        written += len(data)
        if written > MAX_TOTAL:
            raise _refused(
                shown, "it unpacks to more than it declares", "宣言より大きく展開されます"
            )
        target.write_bytes(data)
        made.times[os.fsencode(target.relative_to(staging).as_posix())] = datetime(*info.date_time)
    return made


def _unique(target: Path, raw: bytes) -> Path:
    """``target``, or when two entries decode to one name (a UTF-8 and a CP932 spelling, or the
    same name twice), a name made unique by a hash of the raw name: no file is lost to a name."""
    n = 0
    while target.exists():
        tag = hashlib.sha256(raw + str(n).encode()).hexdigest()[:8]
        target = target.with_name(f"{target.stem}~{tag}{target.suffix}")
        n += 1
    return target


def _refused(shown: str, why: str, why_ja: str) -> UserError:
    return UserError.simple(
        shown,
        f"zip refused: {why}",
        f"zip を受け付けません: {why_ja}",
        hint=T(
            "download the submissions again from the LMS; nothing was unpacked",
            "LMS から提出物をダウンロードし直してください（何も展開していません）",
        ),
    )
