"""wirewatch runtime."""
