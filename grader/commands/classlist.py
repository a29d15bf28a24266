"""Who is in the class and what each of them handed in, for ``grade``.

The class comes as a folder, an LMS zip (unpacked into ``OUT/submissions``, see
:mod:`grader.load.lms`) or a folder unpacked from one; the roster and the TA's file are optional.
This module joins them:

* **identity**: with an LMS layout and a roster, the participant folder's identifier is mapped
  to the roster's student id, which is authoritative: the file is graded under it, and a file
  that wrote another id is flagged ``id-mismatch``. Without a roster the file's own id is used
  and the LMS's name and identifier are shown beside it;
* **arrival**: the LMS's time where the pattern gives one, else the zip entry's, else the
  file's modification time (labelled as such);
* **the class's identity** for ``class.json``: a folder is its path; an LMS download is the
  assignment and the roster, so a newer download of the same class replaces the older one.

Missing students (roster rows with no file) and the checks of the TA's file against the class
are here too; what the grade becomes is :mod:`grader.score.record`.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from grader import __version__
from grader.load import lms, overrides
from grader.load.assignments import LoadedAssignment
from grader.load.discover import Discovery, discover
from grader.load.roster import Roster, read_roster
from grader.load.schemas import Student
from grader.load.validate import LoadedSubmission
from grader.results import Identity, Result, Source
from grader.score.record import Arrival, Ledger
from grader.util.textsafe import display_name

UNPACKED = "submissions"
"""Where an LMS zip is unpacked, inside the output folder."""


@dataclass(frozen=True)
class TaFiles:
    """The TA's inputs besides the class: all optional."""

    roster: Path | None = None
    overrides: Path | None = None
    worksheet: Path | None = None
    lms_pattern: str | None = None


@dataclass
class ClassList:
    """The class as ``grade`` reads it."""

    found: Discovery
    source: Source
    roster: Roster | None = None
    rules: overrides.TaRules | None = None
    participants: dict[bytes, lms.Participant] = field(default_factory=dict)
    arrivals: dict[bytes, Arrival] = field(default_factory=dict)
    """Raw file name -> when it came in."""

    def authority(self) -> dict[bytes, Student]:
        """Raw file name -> the roster's student for the LMS participant who uploaded it."""
        if self.roster is None:
            return {}
        by_lms = self.roster.by_lms_id()
        found = {}
        for raw, p in self.participants.items():
            row = by_lms.get(p.lms_id)
            if row is not None:
                found[raw] = Student(id=row.id, name=_short(row.name))
        return found


def open_class(submissions: Path, out: Path, ta: TaFiles, loaded: LoadedAssignment) -> ClassList:
    """Read the class (unpacking an LMS zip into ``OUT/submissions``), the roster and the TA's
    file; mistakes in any of them are :class:`~grader.util.errors.UserError` (exit 2)."""
    roster = read_roster(ta.roster) if ta.roster else None
    rules = overrides.read(ta.overrides) if ta.overrides else None
    times: dict[bytes, datetime] = {}
    skipped: list[tuple[str, str]] = []
    folder = submissions
    if submissions.is_file() and submissions.suffix.lower() == ".zip":
        unpacked = lms.unpack(submissions, out / UNPACKED)
        folder, times, skipped = unpacked.folder, unpacked.times, unpacked.skipped
    found = discover(folder)
    found.skipped += skipped
    participants = lms.participants(found.files, lms.pattern(ta.lms_pattern))
    is_lms = bool(participants) or submissions.is_file()
    source = Source(
        identity=_identity(submissions, loaded, roster) if is_lms else f"folder:{folder.resolve()}",
        shown=display_name(str(submissions)),
    )
    arrivals = {}
    for f in found.files:
        p = participants.get(f.raw)
        if p is not None and p.submitted is not None:
            arrivals[f.raw] = Arrival(p.submitted, "lms")
        elif f.raw in times:
            arrivals[f.raw] = Arrival(times[f.raw], "zip")
        else:
            mtime = os.stat(f.path).st_mtime
            arrivals[f.raw] = Arrival(datetime.fromtimestamp(mtime, timezone.utc), "mtime")
    return ClassList(found, source, roster, rules, participants, arrivals)


def _identity(submissions: Path, loaded: LoadedAssignment, roster: Roster | None) -> str:
    """An LMS download is its assignment and roster: a newer download is the same class."""
    if roster is None:
        return f"lms:{loaded.assignment.id}"
    rows = "\n".join(f"{s.id},{s.lms_id or ''}" for s in roster.students)
    return f"lms:{loaded.assignment.id}:{hashlib.sha256(rows.encode()).hexdigest()[:16]}"


def ledger(
    cls: ClassList,
    subs: list[LoadedSubmission],
    rows: list[Result],
    loaded: LoadedAssignment,
    raw_names: dict[str, bytes],
    also_claimed: list[str],
) -> Ledger:
    """What the gradebook knows about the class: who each file is, when it came in, the
    claims on each id, the TA's checked overrides and the late policy."""
    ids = [s.submission.student.id for s in subs] + [r.student.id for r in rows if r.student]
    claims = Counter(ids) + Counter(set(also_claimed))
    identities = _identities(cls, subs, rows, raw_names)
    if cls.roster is not None:
        for s in cls.roster.students:
            identities.setdefault(s.id, Identity(name=s.name, email=s.email, lms_id=s.lms_id))
    if cls.rules is not None:
        on_roster = cls.roster.by_id() if cls.roster else {}
        files: dict[str, list[str]] = {sid: [] for sid in on_roster}
        for sub in subs:
            files.setdefault(sub.submission.student.id, []).append(sub.file)
        for r in rows:
            if r.student:
                files.setdefault(r.student.id, []).append(r.file)
        criteria = {c.id: c.points for c in loaded.assignment.criteria}
        overrides.check(cls.rules, files, criteria)
    late = cls.rules.late if cls.rules and cls.rules.late else loaded.assignment.late
    return Ledger(
        grading=loaded.assignment.grading,
        late=late,
        entries=cls.rules.entries if cls.rules else (),
        claims=claims,
        arrivals={f: cls.arrivals[raw] for f, raw in raw_names.items() if raw in cls.arrivals},
        identities=identities,
        roster=frozenset(cls.roster.by_id()) if cls.roster else None,
    )


def _identities(
    cls: ClassList, subs: list[LoadedSubmission], rows: list[Result], raw_names: dict[str, bytes]
) -> dict[str, Identity]:
    """File (as shown) -> who it is, from the roster and the LMS."""
    by_id = cls.roster.by_id() if cls.roster else {}
    written = {s.file: s.written_id for s in subs}
    found: dict[str, Identity] = {}
    students: list[tuple[str, str | None]] = [(s.file, s.submission.student.id) for s in subs]
    students += [(r.file, r.student.id if r.student else None) for r in rows]
    for shown, sid in students:
        p = cls.participants.get(raw_names.get(shown, b""))
        row = by_id.get(sid or "")
        found[shown] = Identity(
            name=(row.name if row else None) or (p.name if p else None),
            email=row.email if row else None,
            lms_id=(p.lms_id if p else None) or (row.lms_id if row else None),
            participant=p.name if p else None,
            written_id=written.get(shown),
        )
    return found


def missing(cls: ClassList, present: set[str], loaded: LoadedAssignment) -> list[Result]:
    """A row for each roster student with no file."""
    if cls.roster is None:
        return []
    return [
        Result(
            grader_version=__version__,
            status="missing",
            file="",
            sha256="",
            assignment=loaded.assignment.id,
            assignment_title=loaded.assignment.title,
            student=Student(id=s.id, name=_short(s.name)),
        )
        for s in cls.roster.students
        if s.id not in present
    ]


def _short(name: str | None) -> str | None:
    return name[:100] if name else None
