"""Report: renderings of the canonical JSON result (terminal, HTML, CSV, Gradescope, JUnit)."""
