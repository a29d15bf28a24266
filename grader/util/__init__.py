"""Small helpers every layer uses: the exceptions for user and environment problems
(:mod:`~grader.util.errors`), bilingual text (:mod:`~grader.util.i18n`), text made safe to show
(:mod:`~grader.util.textsafe`) and crash-safe, confined file writing (:mod:`~grader.util.files`).
They know nothing of grading."""
