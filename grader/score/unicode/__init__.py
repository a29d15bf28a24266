"""Unicode's own data that the grader compares prompts with: ``confusables.txt`` (UTS #39),
shipped with its licence (``LICENSE``), and ``prototypes.json``, its mappings alone, which
``python -m grader.score.unicode`` derives from it. Read by :mod:`grader.score.prompts`."""
