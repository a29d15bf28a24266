"""Score: the criterion registry, the built-in criteria and the scorer."""
