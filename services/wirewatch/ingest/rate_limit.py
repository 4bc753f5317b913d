"""Per-client token buckets: each client may send `per_minute` articles a minute, in bursts.

Pure bookkeeping: the caller passes the clock (`now`, seconds), so tests need
no sleeping. The table of clients is bounded (least recently seen dropped
first), so a flood of new addresses cannot grow memory without limit.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

MAX_CLIENTS = 10_000
"""Clients remembered at once; the least recently seen is forgotten (its bucket refills)."""


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """Token buckets of capacity `per_minute`, refilled continuously at per_minute/60 a second."""

    def __init__(self, per_minute: int, max_clients: int = MAX_CLIENTS) -> None:
        self.capacity = float(max(per_minute, 1))
        self.rate = self.capacity / 60.0
        self.max_clients = max_clients
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def _bucket(self, client: str, now: float) -> _Bucket:
        bucket = self._buckets.pop(client, None)
        if bucket is None:
            bucket = _Bucket(self.capacity, now)
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(self.capacity, bucket.tokens + elapsed * self.rate)
        bucket.updated = now
        self._buckets[client] = bucket
        while len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return bucket

    def take(self, client: str, cost: int, now: float, spend: bool = True) -> float:
        """Spend `cost` tokens; 0.0 when allowed, else the seconds to wait before retrying.

        A cost above the capacity is charged as the capacity, so one large batch
        is possible (once the bucket is full) rather than refused forever.
        `spend=False` only asks (a cheap check before reading a request body).
        """
        bucket = self._bucket(client, now)
        needed = min(float(cost), self.capacity)
        if bucket.tokens >= needed:
            if spend:
                bucket.tokens -= needed
            return 0.0
        return (needed - bucket.tokens) / self.rate

    def retry_after(self, seconds: float) -> int:
        """Whole seconds for a Retry-After header (at least 1)."""
        return max(1, math.ceil(seconds))
