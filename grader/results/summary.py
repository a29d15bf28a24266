"""What ``grade`` found for a whole class, as ``summary.json`` holds it: :class:`ClassSummary`,
versioned like a result, and which class an output folder grades, as ``class.json`` holds it:
:class:`ClassRecord`. A script reads these instead of every result; the class page and the
gradebook are rendered from the results themselves."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from grader.results.generation import Strict
from grader.results.result import Result
from grader.results.stats import RunStats


class ClusterPair(Strict):
    """Why two files of a cluster are linked."""

    a: str
    """A file, as shown (for ``contained``: the one whose runs the other's contain)."""
    b: str
    """The other file."""
    reason: Literal[
        "same_runs", "contained", "near_runs", "reworded_runs", "same_experiment", "near_notes"
    ]
    """The same runs; the runs of ``a`` contained in ``b``'s; runs that match but for added or
    removed ones; the same runs with their prompts lightly reworded; the same experiment of
    their own (a control not every student's and a goal run compared with it, word for word),
    whatever other runs they have; or near-identical own notes."""


class Cluster(Strict):
    """Graded files that look alike, and why (for the TA to judge; no points are taken)."""

    files: list[str]
    """The files, as shown."""
    pairs: list[ClusterPair] = Field(default_factory=list)
    """The links that joined them."""

    @property
    def reasons(self) -> list[str]:
        """The kinds of link in the cluster, in a fixed order."""
        kinds = {p.reason for p in self.pairs}
        order = (
            "same_runs",
            "contained",
            "near_runs",
            "reworded_runs",
            "same_experiment",
            "near_notes",
        )
        return [r for r in order if r in kinds]


class FileRow(Strict):
    """One file's line: what a script needs without opening its result."""

    file: str
    """The file, as shown."""
    student_id: str | None
    """The student id, when the file could be read that far."""
    status: Literal["graded", "invalid", "error", "missing"]
    """Whether it was graded (``missing``: a roster student without a file)."""
    score: float
    """Points awarded."""
    max_score: float
    """Points available, hidden ones included."""
    verdict: Literal["passed", "pending", "failed"]
    """The verdict (``failed`` for a file that was not graded)."""
    passed: bool
    """verdict == passed."""
    grade: float | None = None
    """The grade to record (:class:`~grader.results.record.Recorded`; None: leave it empty)."""
    conflict: bool
    """Several files claim this student id."""
    flags: str
    """The gradebook's flags for this file, ``;``-separated (e.g. a cluster)."""
    review: list[str] = Field(default_factory=list)
    """``<criterion id>: <why>`` for each credit that passed near a threshold (a TA looks)."""
    errors: list[str]
    """Why it was not graded, one rendered ``file:line:col`` message each."""


class SkippedPath(Strict):
    """A path below the class folder that looked like a submission but was not read."""

    path: str
    """The path, as shown."""
    reason: str
    """Why it was skipped."""


class ClassSummary(Strict):
    """A whole ``grade`` run of a class."""

    schema_version: Literal[3] = 3
    """Format version of this JSON (2: the grade to record, missing students, withdrawn files;
    3: clusters linked by ``same_experiment``)."""
    stats: RunStats
    """What the run did."""
    clusters: list[Cluster] = Field(default_factory=list)
    """Near-identical submissions, largest first."""
    files: list[FileRow] = Field(default_factory=list)
    """Every file, sorted by student id."""
    skipped: list[SkippedPath] = Field(default_factory=list)
    """Paths that were not read, with why."""
    withdrawn: list[str] = Field(default_factory=list)
    """Files an earlier grade of this class had that it no longer has (their outputs moved to
    ``withdrawn/``)."""


class Source(Strict):
    """One class graded into an output folder."""

    identity: str
    """What makes it this class: ``folder:<resolved path>`` for a class folder."""
    shown: str
    """How to name it to the TA."""
    keys: list[str] = Field(default_factory=list)
    """The output keys of the results its last grade wrote (``results/<key>.json``)."""
    rows: list[Result] = Field(default_factory=list)
    """Its files that have no stored result (invalid ones), as their rows."""


class ClassRecord(Strict):
    """``class.json``: which class, or classes, an output folder grades."""

    schema_version: Literal[1] = 1
    """Format version of this JSON."""
    assignment: str
    """The assignment graded."""
    sources: list[Source] = Field(default_factory=list)
    """The classes graded into the folder, in the order they were added."""
