"""What goes back to the LMS: the filled grading worksheet and the feedback zip.

* :func:`fill_worksheet` fills Moodle's offline grading worksheet (the CSV a TA downloads with
  "Download grading worksheet"): only ``Grade`` and ``Feedback comments`` change; every other
  column, the row order, the encoding (and BOM), the line ends and the quoting style are kept,
  so the LMS imports it as its own. Rows are matched by the participant number of
  ``Identifier`` (``Participant 12345``), else ``ID number`` (the student id), else the email.
  A grade is scaled to the worksheet's ``Maximum Grade`` when it differs from the assignment's
  maximum (an assignment out of 12, a Moodle grade out of 100). Rows with no grade to record
  stay empty.
* :func:`feedback_zip` is one folder per participant in the layout Moodle's "Upload multiple
  feedback files in a zip" reads (``Full Name_12345_assignfeedback_file_/``), holding the
  student's HTML report; entries are sorted and dated 1980-01-01, so the zip is the same bytes
  for the same grades.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from grader.load.reading import TABLE_BYTES, read
from grader.report.common import VERDICT, number
from grader.report.gradebook import neutralise
from grader.results import Result
from grader.util.errors import UserError
from grader.util.i18n import Lang, T
from grader.util.textsafe import display_name

_COLUMNS = {
    "identifier": "identifier",
    "grade": "grade",
    "feedback": "feedback comments",
    "idnumber": "id number",
    "email": "email address",
    "maximum": "maximum grade",
}


@dataclass
class Filled:
    """A filled worksheet and what could not be filled."""

    data: bytes
    filled: int = 0
    """Rows given a grade."""
    empty: list[str] = field(default_factory=list)
    """Rows left without a grade (their Identifier), for the TA."""


def fill_worksheet(path: Path, results: list[Result], lang: Lang) -> Filled:
    """Moodle's grading worksheet at ``path`` with ``Grade`` and ``Feedback comments`` filled
    from ``results`` (see the module docstring)."""
    shown = display_name(str(path))
    raw = read(path, shown, TABLE_BYTES)
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else _encoding(raw)
    text = raw.decode(encoding)
    newline = "\r\n" if "\r\n" in text else "\n"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    col = _columns(rows[0] if rows else [], shown)
    quote_all = bool(rows) and text.lstrip("\ufeff").startswith('"' + rows[0][0] + '",')
    match = _Matcher(results)
    filled = Filled(b"")
    for row in rows[1:]:
        if len(row) <= col["grade"]:
            continue
        result = match.find(row, col)
        grade = result.record.grade if result and result.record else None
        if result is None or grade is None:
            filled.empty.append(row[col["identifier"]])
            continue
        row[col["grade"]] = _scaled(grade, result.max_score, row, col)
        if "feedback" in col and len(row) > col["feedback"]:
            row[col["feedback"]] = neutralise(_feedback(result, lang))
        filled.filled += 1
    out = io.StringIO(newline="")
    if quote_all:
        csv.writer(out, lineterminator=newline, quoting=csv.QUOTE_ALL).writerows(rows)
    else:
        csv.writer(out, lineterminator=newline).writerows(rows)
    filled.data = out.getvalue().encode(encoding)
    return filled


def _encoding(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp932"  # a worksheet saved again by Japanese Excel


def _columns(header: list[str], shown: str) -> dict[str, int]:
    names = [h.strip().casefold() for h in header]
    col = {key: names.index(name) for key, name in _COLUMNS.items() if name in names}
    if "identifier" not in col or "grade" not in col:
        raise UserError.simple(
            shown,
            "not an LMS grading worksheet: it needs the columns Identifier and Grade",
            "LMS の採点ワークシートではありません（Identifier と Grade の列が必要です）",
            hint=T(
                "in Moodle: enable the offline grading worksheet, then Grading action > "
                "Download grading worksheet",
                "Moodle で「オフライン評定ワークシート」を有効にし、評定操作 > 評定ワークシートを"
                "ダウンロード",
            ),
        )
    return col


class _Matcher:
    """The result that counts for a worksheet row: by participant number, student id, email."""

    def __init__(self, results: list[Result]) -> None:
        self.by_lms: dict[str, Result] = {}
        self.by_id: dict[str, Result] = {}
        self.by_email: dict[str, Result] = {}
        for r in results:
            if r.record is None or not r.record.counts or r.status == "missing":
                continue
            who = r.record.identity
            if who.lms_id:
                self.by_lms[who.lms_id] = r
            if r.student:
                self.by_id[r.student.id] = r
            if who.email:
                self.by_email[who.email.casefold()] = r

    def find(self, row: list[str], col: dict[str, int]) -> Result | None:
        def cell(key: str) -> str:
            return row[col[key]].strip() if key in col and len(row) > col[key] else ""

        number_ = re.sub(r"^\D+", "", cell("identifier"))
        return (
            self.by_lms.get(number_)
            or self.by_id.get(cell("idnumber"))
            or self.by_email.get(cell("email").casefold())
        )


def _scaled(grade: float, maximum: float, row: list[str], col: dict[str, int]) -> str:
    """The grade in the worksheet's scale (its Maximum Grade), two decimals at most."""
    try:
        theirs = float(row[col["maximum"]]) if "maximum" in col else maximum
    except ValueError:
        theirs = maximum
    scaled = grade * theirs / maximum if maximum and theirs else grade
    return number(round(scaled, 2), places=2)


def _feedback(result: Result, lang: Lang) -> str:
    """A short summary for the LMS, naming the report to read."""
    record = result.record
    points = f"{number(result.score, 2)}/{number(result.max_score, 2)}"
    parts = [f"{VERDICT[result.verdict].get(lang)} {points}"]
    if record is not None:
        parts.append(record.basis.get(lang))
        if record.late and record.late.days_late:
            days = record.late.days_late
            parts.append(T(f"{days} day(s) late", f"{days} 日遅れ").get(lang))
        parts += [o.comment for o in record.overrides]
    report = f"{result.file_key}.html"
    parts.append(T(f"report: {report}", f"レポート: {report}").get(lang))
    return " / ".join(parts)


def feedback_zip(results: list[Result], lang: Lang) -> bytes:
    """Each participant's HTML report in Moodle's feedback-zip layout (module docstring)."""
    from grader.report.html import render_student

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        entries = []
        for r in results:
            who = r.record.identity if r.record else None
            if who is None or not who.lms_id or r.status == "missing" or not r.file_key:
                continue
            if not r.record or not r.record.counts or r.status == "invalid":
                continue
            name = re.sub(r"[_/\\\x00-\x1f]+", " ", who.participant or who.name or r.file_key)
            folder = f"{name.strip()}_{who.lms_id}_assignfeedback_file_"
            entries.append((f"{folder}/{r.file_key}.html", render_student(r, lang)))
        for path, page in sorted(entries):
            info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, page)
    return buffer.getvalue()
