"""wirewatch evaluation."""
