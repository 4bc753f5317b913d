"""Retry with capped exponential backoff for Redis and broker outages.

A message is never dropped because a dependency is down: the stage pauses on
it, retrying, and resumes when the dependency is back. Every retry is counted
and logged so an operator can see the pause.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from wirewatch.runtime.errors import BrokerUnavailable, RedisUnavailable
from wirewatch.runtime.metrics import DEPENDENCY_ERRORS, DEPENDENCY_RETRIES

T = TypeVar("T")
log = logging.getLogger(__name__)

REDIS_ERRORS = (RedisConnectionError, RedisTimeoutError, BusyLoadingError, RedisUnavailable)
RETRYABLE: dict[str, tuple[type[BaseException], ...]] = {
    "redis": REDIS_ERRORS,
    "kafka": (BrokerUnavailable,),
}


class Backoff:
    """Delays 0.1 s, 0.2 s, 0.4 s ... up to `cap` seconds."""

    def __init__(self, first: float = 0.1, cap: float = 30.0) -> None:
        self.first = first
        self.cap = cap
        self.delay = first

    def next(self) -> float:
        """The delay to wait now; the following one doubles, up to the cap."""
        current = self.delay
        self.delay = min(self.delay * 2, self.cap)
        return current


async def retry_forever(
    operation: Callable[[], Awaitable[T]], dependency: str, cap: float = 30.0,
    context: str = "",
) -> T:
    """Run `operation` until it succeeds, backing off on the dependency's outage errors."""
    backoff = Backoff(cap=cap)
    errors = RETRYABLE[dependency]
    while True:
        try:
            return await operation()
        except errors as exc:
            DEPENDENCY_ERRORS.labels(dependency).inc()
            delay = backoff.next()
            DEPENDENCY_RETRIES.labels(dependency).inc()
            log.warning(
                "dependency unavailable, retrying",
                extra={"dependency": dependency, "retry_in_s": delay, "error": repr(exc),
                       "context": context},
            )
            await asyncio.sleep(delay)
