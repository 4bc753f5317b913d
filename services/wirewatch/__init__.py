"""wirewatch: real-time incident intelligence from news wires."""

__version__ = "0.1.0"
