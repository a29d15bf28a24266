"""Assignments shipped with llm-grader (one folder per assignment id; see design.md)."""
