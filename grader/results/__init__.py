"""The canonical, versioned results every layer shares, one module per thing they describe:

* :mod:`~grader.results.generation`: a generation and the environment fingerprint it came from;
* :mod:`~grader.results.result`: the graded result of one submission (the source of truth);
* :mod:`~grader.results.record`: the grade to record for it (policies, overrides, lateness);
* :mod:`~grader.results.stats`: what a grading run did, and its steps as a watcher sees them;
* :mod:`~grader.results.summary`: what ``grade`` found for a class (``summary.json``);
* :mod:`~grader.results.verify`: what ``verify`` found.

The names are re-exported here, so callers write ``from grader.results import Result``. Nothing
here imports torch.
"""

from grader.results.generation import MARGIN_TOLERANCE, Fingerprint, Generation
from grader.results.record import AppliedOverride, Identity, Lateness, Recorded
from grader.results.result import (
    SCHEMA_VERSION,
    CriterionResult,
    Result,
    RunResult,
    RunVerdict,
    ScoringSignature,
)
from grader.results.stats import RunStats, Step
from grader.results.summary import (
    ClassRecord,
    ClassSummary,
    Cluster,
    ClusterPair,
    FileRow,
    SkippedPath,
    Source,
)
from grader.results.verify import Case, VerifyReport

__all__ = [
    "AppliedOverride",
    "Identity",
    "Lateness",
    "Recorded",
    "MARGIN_TOLERANCE",
    "SCHEMA_VERSION",
    "Case",
    "ClassRecord",
    "ClassSummary",
    "Cluster",
    "ClusterPair",
    "CriterionResult",
    "FileRow",
    "Fingerprint",
    "Generation",
    "Result",
    "RunResult",
    "RunStats",
    "Step",
    "RunVerdict",
    "ScoringSignature",
    "SkippedPath",
    "Source",
    "VerifyReport",
]
