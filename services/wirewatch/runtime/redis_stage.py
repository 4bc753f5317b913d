"""What the Redis-backed stages share: one client per worker, closed on stop, pinged when ready."""

from __future__ import annotations

from redis.asyncio import Redis

from wirewatch.runtime.redis_client import connect_redis


class RedisBackedStage:
    """Owns the stage's Redis client; subclasses build their stores in `open_stores`."""

    def __init__(self, redis_url: str) -> None:
        self._redis_url = redis_url
        self._redis: Redis | None = None

    async def start(self) -> None:
        self._redis = connect_redis(self._redis_url)
        await self.open_stores(self._redis)

    async def open_stores(self, redis: Redis) -> None:
        """Build the stage's Redis-backed state objects (override)."""

    async def stop(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()

    async def ready(self) -> bool:
        """Redis answers a PING."""
        try:
            return bool(self._redis and await self._redis.ping())
        except Exception:  # noqa: BLE001 - readiness is a yes/no question
            return False
