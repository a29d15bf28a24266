"""Generate: the only stage that runs models (engine), plus the fingerprint and the cache."""
