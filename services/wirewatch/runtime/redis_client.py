"""One way to open Redis: from a URL (redis:// or rediss:// for TLS, password in the URL)."""

from __future__ import annotations

from redis.asyncio import Redis


def connect_redis(url: str) -> Redis:
    """An asyncio Redis client with bounded timeouts, so an outage surfaces as an error."""
    return Redis.from_url(
        url,
        socket_timeout=5,
        socket_connect_timeout=2,
        health_check_interval=10,
        retry_on_timeout=False,
    )
