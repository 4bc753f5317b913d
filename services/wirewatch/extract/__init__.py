"""wirewatch extract."""
