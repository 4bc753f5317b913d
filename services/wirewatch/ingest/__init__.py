"""wirewatch ingest."""
