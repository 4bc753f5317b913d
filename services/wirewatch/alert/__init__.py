"""wirewatch alert."""
