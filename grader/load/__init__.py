"""Load: strict YAML and typed schemas of submissions and assignments (no torch)."""
