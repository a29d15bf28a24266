"""grade on class folders as they arrive: ids that are paths, names that are not UTF-8 or
show alike, links that leave the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grader.cli import main
from grader.commands.grade import grade
from grader.results import Result
from tests.classes import student_file, summary
from tests.support import DATA
from tests.warm import copy_cache

BAD = DATA / "bad"


def test_student_id_is_never_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "evil.yaml").write_bytes((BAD / "bad_id.yaml").read_bytes())
    out = tmp_path / "out"
    assert not grade(folder, "ex1-offline", out, device="cpu", cache_path=None).complete
    assert not (tmp_path / "etc").exists() and not list((out).glob("results/*"))


@pytest.mark.parametrize(
    ("raw_name", "shown"),
    [
        ("課題1_電通.yaml".encode("shift_jis"), r"\x89\xdb\x91\xe81_\x93d\x92\xca.yaml"),
        (b"inv\xffalid.yaml", r"inv\xffalid.yaml"),
        (b"\x1b]0;pwned\x07\x1b[2J.yaml", r"\x1b]0;pwned\x07\x1b[2J.yaml"),
    ],
)
def test_a_file_name_that_is_not_utf8_is_a_row(
    tmp_path: Path,
    raw_name: bytes,
    shown: str,
    capfd: pytest.CaptureFixture[str],
    warm_source: Path,
    warm_cache: Path,
) -> None:
    folder, out = tmp_path / "class", tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw_name)))
    folder.mkdir()
    student_file(folder, "s0", name="tmp.yaml").rename(path)
    assert main(["grade", str(folder), "-a", "ex1-offline", "-o", str(out), "--device", "cpu"]) == 0
    assert [(f["file"], f["status"]) for f in summary(out)["files"]] == [(shown, "graded")]
    assert shown in (out / "grades.csv").read_text(encoding="utf-8")
    assert shown.replace("&", "&amp;") in (out / "index.html").read_text(encoding="utf-8")
    assert main(
        [
            "check",
            str(path),
            "-o",
            str(tmp_path / "check"),
            "--device",
            "cpu",
            "--cache",
            str(warm_cache),
        ]
    ) in (0, 1)
    printed = capfd.readouterr()
    assert "\x1b]" not in printed.out + printed.err and "Traceback" not in printed.err
    assert Result.model_validate_json((tmp_path / "check" / "s0.json").read_bytes()).file.endswith(
        shown
    )


@pytest.mark.parametrize(
    ("odd", "spelled"),
    [
        ("学生.yaml".encode("shift_jis"), rb"\x8aw\x90\xb6.yaml"),  # not UTF-8 vs its escape
        (b"\x1b.yaml", rb"\x1b.yaml"),  # a real ESC vs a name spelling it
    ],
)
def test_two_files_whose_names_show_alike_both_keep_their_grade(
    tmp_path: Path, odd: bytes, spelled: bytes, warm_source: Path
) -> None:
    """Both claim one id and their shown names are equal: each gets its own outputs."""
    folder, out = tmp_path / "class", tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    folder.mkdir()
    for raw in (odd, spelled):
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
        student_file(folder, "twin", name="tmp.yaml").rename(path)
    graded = grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert graded.complete and graded.graded == 2
    rows = summary(out)["files"]
    assert len(rows) == 2 and len({r["file"] for r in rows}) == 1  # they do show alike
    assert len(list((out / "results").glob("twin~*.json"))) == 2
    assert len(list((out / "html").glob("twin~*.html"))) == 2


def test_links_leaving_the_class_folder_are_never_read_and_skips_are_listed(
    tmp_path: Path, warm_source: Path
) -> None:
    folder, out = tmp_path / "class", tmp_path / "out"
    copy_cache(warm_source, out / "cache.sqlite")
    (folder / "sub").mkdir(parents=True)
    student_file(folder, "s0")
    (folder / "sub" / "passwd.yaml").symlink_to("/etc/passwd")
    (tmp_path / "elsewhere").mkdir()
    student_file(tmp_path / "elsewhere", "s8")
    (folder / "outside").symlink_to(tmp_path / "elsewhere")
    (folder / ".store").mkdir()
    student_file(folder / ".store", "s2")
    (folder / "linked").symlink_to(folder / ".store")  # a folder inside: followed
    (folder / "loop").symlink_to(folder)
    grade(folder, "ex1-offline", out, device="cpu", cache_path=out / "cache.sqlite")
    assert sorted((f["file"], f["status"]) for f in summary(out)["files"]) == [
        ("linked/s2.yaml", "graded"),
        ("s0.yaml", "graded"),
    ]
    skipped = {s["path"] for s in summary(out)["skipped"]}
    assert skipped == {".store", "loop", "outside", "sub/passwd.yaml"}
    page = (out / "index.html").read_text(encoding="utf-8")
    assert all(p in page[page.index('id="skipped"') :] for p in skipped)
    assert not any(
        "root:x:0:0" in p.read_text(encoding="utf-8", errors="replace")
        for p in out.rglob("*")
        if p.is_file()
    )
