"""LMS downloads: participant folders (Moodle's, old and new, and a pattern of one's own), and zips
read without extracting anything outside the output folder: names in UTF-8, CP932 or neither,
zip-slip at any position, bombs, too many entries, links, times."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.load import lms
from grader.load.discover import Found
from grader.load.reading import MAX_BYTES
from grader.util.errors import UserError
from tests.zips import UTF8, Entry, raw_zip

YAML = b'assignment: ex1-offline\nstudent: {id: "2412001"}\n'


@pytest.mark.parametrize(
    ("folder", "name", "lms_id"),
    [
        ("Taro Yamada_1001_assignsubmission_file_", "Taro Yamada", "1001"),
        ("Taro Yamada_1001_assignsubmission_file", "Taro Yamada", "1001"),  # Moodle >= 4.1
        ("山田 太郎_77_assignsubmission_file_", "山田 太郎", "77"),
        ("Under_Score Name_5_assignsubmission_onlinetext_", "Under_Score Name", "5"),
    ],
)
def test_moodle_participant_folders(folder: str, name: str, lms_id: str) -> None:
    found = Found(Path("x"), f"{folder}/a.yaml", os.fsencode(f"{folder}/a.yaml"))
    assert lms.participants([found], lms.pattern(None)) == {
        found.raw: lms.Participant(name, lms_id)
    }


def test_files_outside_a_participant_folder_have_no_participant() -> None:
    files = [Found(Path("x"), "a.yaml", b"a.yaml"), Found(Path("x"), "misc/a.yaml", b"misc/a.yaml")]
    assert lms.participants(files, lms.pattern(None)) == {}


def test_a_pattern_of_ones_own_with_a_submission_time() -> None:
    pattern = lms.pattern(r"^(?P<lms_id>\d+)-(?P<name>[^-]+)-(?P<submitted>[\d T:-]+)$")
    found = Found(Path("x"), "s", b"42-Hanako-2026-12-01T10:00/a.yaml")
    assert lms.participants([found], pattern)[found.raw] == lms.Participant(
        "Hanako", "42", datetime(2026, 12, 1, 10, 0)
    )


@pytest.mark.parametrize(
    ("text", "why"), [("(", "not a regular expression"), (r"(?P<name>.+)", "named groups")]
)
def test_a_bad_pattern_is_a_user_error(text: str, why: str) -> None:
    with pytest.raises(UserError, match=why):
        lms.pattern(text)


def _unpack(tmp_path: Path, entries: list[Entry]) -> lms.Unpacked:
    archive = tmp_path / "download.zip"
    archive.write_bytes(raw_zip(entries))
    return lms.unpack(archive, tmp_path / "out" / "submissions")


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_names_in_utf8_cp932_and_neither(tmp_path: Path) -> None:
    entries = [
        Entry("山田_1_assignsubmission_file_/課題1.yaml".encode(), YAML, flags=UTF8),
        Entry("佐藤_2_assignsubmission_file_/課題1_佐藤.yaml".encode("cp932"), YAML),
        Entry(b"x_3_assignsubmission_file_/\xff\xfe.yaml", YAML),  # neither: escaped
        # "ソ" is 0x83 0x5C in CP932: its second byte is a backslash, not a separator
        Entry("ソフト_4_assignsubmission_file_/ソ.yaml".encode("cp932"), YAML),
        Entry(b"win_5_assignsubmission_file_\\s.yaml", YAML),  # a Windows tool's separator
    ]
    made = _unpack(tmp_path, entries)
    assert _files(made.folder) == [
        "win_5_assignsubmission_file_/s.yaml",
        "x_3_assignsubmission_file_/\\xff\\xfe.yaml",
        "ソフト_4_assignsubmission_file_/ソ.yaml",
        "佐藤_2_assignsubmission_file_/課題1_佐藤.yaml",
        "山田_1_assignsubmission_file_/課題1.yaml",
    ]
    assert set(made.times.values()) == {datetime(2026, 11, 30, 12, 0)}


def test_two_spellings_of_one_name_are_both_kept(tmp_path: Path) -> None:
    name = "佐藤_2_assignsubmission_file_/課題1.yaml"
    entries = [
        Entry(name.encode(), YAML, flags=UTF8),
        Entry(name.encode("cp932"), YAML + b"# second\n"),
        Entry(name.encode(), YAML + b"# third\n", flags=UTF8),
    ]
    files = _files(_unpack(tmp_path, entries).folder)
    assert len(files) == 3 and files[0] == name  # the others get a tag of their raw name
    assert all(
        re.fullmatch(r"佐藤_2_assignsubmission_file_/課題1(~[0-9a-f]{8})?\.yaml", f) for f in files
    )


def test_only_submission_files_are_unpacked_and_links_never_made(tmp_path: Path) -> None:
    entries = [
        Entry(b"a_1_assignsubmission_file_/notes.pdf", b"%PDF"),
        Entry(b"a_1_assignsubmission_onlinetext_/onlinetext.html", b"<p>"),
        Entry(b"a_1_assignsubmission_file_/link.yaml", b"/etc/passwd", mode=0o120777),
        Entry(b"a_1_assignsubmission_file_/s.YML", YAML),
    ]
    made = _unpack(tmp_path, entries)
    assert _files(made.folder) == ["a_1_assignsubmission_file_/s.YML"]
    assert made.skipped == [
        ("a_1_assignsubmission_file_/link.yaml", "a link in the zip (never made)")
    ]


def test_a_too_big_file_is_cut_so_it_is_still_reported_under_its_student(tmp_path: Path) -> None:
    big = YAML + b"#" * (MAX_BYTES * 2)
    made = _unpack(tmp_path, [Entry(b"a_1_assignsubmission_file_/s.yaml", big, deflate=True)])
    assert (made.folder / "a_1_assignsubmission_file_/s.yaml").stat().st_size == MAX_BYTES + 1


BAD_NAMES = [
    b"../evil.yaml",
    b"/tmp/evil.yaml",
    b"C:/evil.yaml",
    b"..\\evil.yaml",
    b"a/../../evil.yaml",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(BAD_NAMES), st.integers(0, 4), st.booleans())
def test_a_name_that_leaves_the_folder_refuses_the_whole_zip_wherever_it_stands(
    bad: bytes, position: int, flagged: bool
) -> None:
    import tempfile

    good = [Entry(f"p_{i}_assignsubmission_file_/s.yaml".encode(), YAML) for i in range(4)]
    good.insert(position, Entry(bad, YAML, flags=UTF8 if flagged else 0))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        with pytest.raises(UserError, match="leaves the folder"):
            _unpack(root, good)
        # nothing was written: not the output folder, not beside it, not where the name points
        assert os.listdir(root) == ["download.zip"] and os.listdir(tmp) == ["in"]
        assert not Path("/tmp/evil.yaml").exists()


def test_too_many_entries_or_bytes_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lms, "MAX_ENTRIES", 3)
    entries = [Entry(f"p_{i}_assignsubmission_file_/s.yaml".encode(), YAML) for i in range(4)]
    with pytest.raises(UserError, match="4 entries"):
        _unpack(tmp_path, entries)
    monkeypatch.setattr(lms, "MAX_ENTRIES", 100)
    monkeypatch.setattr(lms, "MAX_TOTAL", 10_000)
    bomb = [Entry(b"p_1_assignsubmission_file_/s.yaml", b"\0" * 20_000, deflate=True)]
    with pytest.raises(UserError, match="unpacked"):
        _unpack(tmp_path, bomb)
    liar = [Entry(b"p_1_assignsubmission_file_/s.yaml", YAML, declared=1 << 30)]
    with pytest.raises(UserError, match="unpacked"):
        _unpack(tmp_path, liar)
    assert not (tmp_path / "out" / "submissions").exists()


def test_not_a_zip_is_a_user_error(tmp_path: Path) -> None:
    archive = tmp_path / "download.zip"
    archive.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(UserError, match="not a readable zip"):
        lms.unpack(archive, tmp_path / "out" / "submissions")


def test_a_newer_download_replaces_the_folder_and_a_planted_link_is_not_followed(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    target = tmp_path / "out" / "submissions"
    target.parent.mkdir()
    target.symlink_to(outside, target_is_directory=True)
    made = _unpack(tmp_path, [Entry(b"p_1_assignsubmission_file_/s.yaml", YAML)])
    assert not made.folder.is_symlink() and (outside / "keep.txt").exists()
    again = _unpack(tmp_path, [Entry(b"p_2_assignsubmission_file_/s.yaml", YAML)])
    assert _files(again.folder) == ["p_2_assignsubmission_file_/s.yaml"]
