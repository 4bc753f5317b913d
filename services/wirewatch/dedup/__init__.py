"""wirewatch dedup."""
