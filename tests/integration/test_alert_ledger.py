"""AlertLedger against a real Redis: tiers only ever rise, and survive a new client."""

from __future__ import annotations

import pytest

from wirewatch.alert.ledger import AlertLedger
from wirewatch.runtime.redis_client import connect_redis

pytestmark = pytest.mark.integration


async def test_an_unknown_incident_has_no_tier(redis_url: str, namespace: str) -> None:
    redis = connect_redis(redis_url)
    assert await AlertLedger(redis, namespace, 60).alerted_level("inc-x") == 0
    await redis.aclose()


async def test_recorded_tiers_only_rise(redis_url: str, namespace: str) -> None:
    redis = connect_redis(redis_url)
    ledger = AlertLedger(redis, namespace, 60)
    assert await ledger.record("inc-1", 2) == 2
    assert await ledger.record("inc-1", 1) == 2
    assert await ledger.alerted_level("inc-1") == 2
    await redis.aclose()


async def test_a_restarted_worker_sees_what_was_alerted(redis_url: str, namespace: str) -> None:
    first = connect_redis(redis_url)
    await AlertLedger(first, namespace, 60).record("inc-2", 1)
    await first.aclose()
    second = connect_redis(redis_url)
    assert await AlertLedger(second, namespace, 60).alerted_level("inc-2") == 1
    assert await second.ttl(f"{namespace}:alerted:inc-2") > 0
    await second.aclose()
