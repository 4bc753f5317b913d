"""The Redis feed store against a real Redis (the session's embedded one)."""

from __future__ import annotations

import pytest

from wirewatch.ingest.seen_store import RedisSeenStore, Validators, feed_key
from wirewatch.runtime.errors import RedisUnavailable
from wirewatch.runtime.redis_client import connect_redis

pytestmark = pytest.mark.integration

FEED = "https://wire.example/feed.rss"


@pytest.fixture
async def store(redis_url, namespace):
    redis = connect_redis(redis_url)
    yield RedisSeenStore(redis, namespace)
    await redis.aclose()


async def test_marked_entries_are_seen_and_others_are_not(store):
    await store.mark(FEED, ["e1", "e2"])
    assert [await store.seen(FEED, e) for e in ("e1", "e2", "e3")] == [True, True, False]


async def test_entries_are_kept_per_feed(store):
    await store.mark(FEED, ["e1"])
    assert not await store.seen(FEED + "?other", "e1")


async def test_validators_round_trip(store):
    await store.save_validators(FEED, Validators('"v7"', "Tue, 01 Oct 2024 10:00:00 GMT"))
    assert await store.validators(FEED) == Validators('"v7"', "Tue, 01 Oct 2024 10:00:00 GMT")


async def test_unknown_feed_has_no_validators(store):
    assert await store.validators(FEED + "?new") == Validators()


async def test_keys_follow_the_namespace_layout(store, redis_url, namespace):
    await store.mark(FEED, ["e1"])
    redis = connect_redis(redis_url)
    try:
        assert await redis.exists(feed_key(namespace, FEED)) == 1
        assert feed_key(namespace, FEED).startswith(f"{namespace}:feed:")
        assert await redis.ttl(feed_key(namespace, FEED)) > 0
    finally:
        await redis.aclose()


async def test_a_dead_redis_is_redis_unavailable(namespace):
    redis = connect_redis("redis://127.0.0.1:1/0")
    try:
        with pytest.raises(RedisUnavailable):
            await RedisSeenStore(redis, namespace).seen(FEED, "e1")
    finally:
        await redis.aclose()
