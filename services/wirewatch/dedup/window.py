"""The dedup window: how long state is remembered, and the time slots of rolling indexes.

Every key expires with the window, so Redis holds one window of traffic however
long the service runs. Indexes that are read by time (the LSH buckets) are kept
one hash per slot: a day for the default 14-day window, proportionally less for
short windows (a soak, a test), so that nothing outlives the window by more than
one slot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

DAY_S = 86_400
SLOTS_PER_WINDOW = 14
"""A window is covered by this many slots (plus the current one), never slots over a day."""


def epoch_seconds(when: datetime) -> float:
    """`when` as epoch seconds; a time without a zone is taken as UTC."""
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


@dataclass(frozen=True)
class Window:
    """A dedup window of `days` (fractions allowed, e.g. 0.01 for a 15-minute soak)."""

    days: float = 14.0

    @property
    def ttl(self) -> int:
        """Seconds a remembered key lives."""
        return max(1, round(self.days * DAY_S))

    @property
    def slot_seconds(self) -> int:
        """Length of one rolling-index slot: a day, or less for windows under 14 days."""
        return max(1, min(DAY_S, self.ttl // SLOTS_PER_WINDOW))

    def slot(self, when: datetime) -> int:
        """The slot `when` falls in (for the default window: days since 1970-01-01 UTC)."""
        return math.floor(epoch_seconds(when)) // self.slot_seconds

    def slots(self, when: datetime) -> list[int]:
        """The slots of the window ending at `when`, newest first."""
        current = self.slot(when)
        count = math.ceil(self.ttl / self.slot_seconds)
        return [current - back for back in range(count + 1)]

    @property
    def whole_days(self) -> int:
        """Whole days the window spans, rounded up (for indexes kept by calendar day)."""
        return math.ceil(self.ttl / DAY_S)
