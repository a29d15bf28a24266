"""Unicode's own data that the grader compares prompts with: ``confusables.txt`` (UTS #39),
shipped with its licence (``LICENSE``). Read by :mod:`grader.score.prompts`."""
