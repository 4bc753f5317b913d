"""What a feed poller remembers between polls: entries already sent, HTTP validators.

`SeenStore` is the interface; `MemorySeenStore` serves tests and one-shot
runs, `RedisSeenStore` survives restarts (so a restarted poller resumes where
it stopped instead of resending a whole feed). Redis layout, per feed
(`sha` = first 16 hex of SHA-256 of the feed URL):

    {namespace}:feed:{sha}             sorted set: entry id -> time it was sent
    {namespace}:feed:{sha}:validators  hash: etag, modified (conditional GET)

Entries older than `retention_days` are trimmed on every mark, so the set of a
never-ending feed stays bounded.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

from wirewatch.runtime.errors import RedisUnavailable

RETENTION_DAYS = 30
"""How long a sent entry id is remembered (feeds rarely keep entries a month)."""


@dataclass(frozen=True)
class Validators:
    """HTTP conditional-GET validators of a feed's last fully published response."""

    etag: str | None = None
    modified: str | None = None


class SeenStore(Protocol):
    """Where a poller records sent entries and the feed's validators."""

    async def seen(self, feed_url: str, entry_id: str) -> bool: ...

    async def mark(self, feed_url: str, entry_ids: Iterable[str]) -> None: ...

    async def validators(self, feed_url: str) -> Validators: ...

    async def save_validators(self, feed_url: str, validators: Validators) -> None: ...


def feed_key(namespace: str, feed_url: str) -> str:
    """The Redis key of a feed's sent-entry set."""
    return f"{namespace}:feed:{hashlib.sha256(feed_url.encode()).hexdigest()[:16]}"


class MemorySeenStore:
    """In-process store: forgets everything when the process ends."""

    def __init__(self) -> None:
        self._sent: dict[str, set[str]] = {}
        self._validators: dict[str, Validators] = {}

    async def seen(self, feed_url: str, entry_id: str) -> bool:
        return entry_id in self._sent.get(feed_url, set())

    async def mark(self, feed_url: str, entry_ids: Iterable[str]) -> None:
        self._sent.setdefault(feed_url, set()).update(entry_ids)

    async def validators(self, feed_url: str) -> Validators:
        return self._validators.get(feed_url, Validators())

    async def save_validators(self, feed_url: str, validators: Validators) -> None:
        self._validators[feed_url] = validators


class RedisSeenStore:
    """Redis-backed store (see module doc for keys); Redis errors become RedisUnavailable."""

    def __init__(self, redis: Redis, namespace: str, retention_days: int = RETENTION_DAYS) -> None:
        self._redis = redis
        self._namespace = namespace
        self._retention_s = retention_days * 86_400

    async def seen(self, feed_url: str, entry_id: str) -> bool:
        try:
            score = await self._redis.zscore(feed_key(self._namespace, feed_url), entry_id)
        except RedisError as exc:
            raise RedisUnavailable(str(exc)) from exc
        return score is not None

    async def mark(self, feed_url: str, entry_ids: Iterable[str]) -> None:
        now = time.time()
        members = {entry_id: now for entry_id in entry_ids}
        if not members:
            return
        key = feed_key(self._namespace, feed_url)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.zadd(key, members)
                pipe.zremrangebyscore(key, "-inf", now - self._retention_s)
                pipe.expire(key, self._retention_s)
                await pipe.execute()
        except RedisError as exc:
            raise RedisUnavailable(str(exc)) from exc

    async def validators(self, feed_url: str) -> Validators:
        try:
            found = await self._redis.hgetall(feed_key(self._namespace, feed_url) + ":validators")
        except RedisError as exc:
            raise RedisUnavailable(str(exc)) from exc
        values = {k.decode() if isinstance(k, bytes) else k: v.decode() if isinstance(v, bytes)
                  else v for k, v in found.items()}
        return Validators(values.get("etag") or None, values.get("modified") or None)

    async def save_validators(self, feed_url: str, validators: Validators) -> None:
        key = feed_key(self._namespace, feed_url) + ":validators"
        fields = {"etag": validators.etag or "", "modified": validators.modified or ""}
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.hset(key, mapping=fields)
                pipe.expire(key, self._retention_s)
                await pipe.execute()
        except RedisError as exc:
            raise RedisUnavailable(str(exc)) from exc
