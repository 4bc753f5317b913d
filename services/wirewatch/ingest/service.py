"""The long-running parts of `wirewatch ingest`: the HTTP API under uvicorn, the feed poller.

Both take a `stop` event: when one ends (Ctrl-C stops uvicorn), the other is
told to stop too, and the publisher is flushed by the caller.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import httpx
import uvicorn

from wirewatch.ingest.api import create_app
from wirewatch.ingest.feeds import FeedPoller, PollResult, poll_feeds
from wirewatch.ingest.publishing import Publisher
from wirewatch.ingest.seen_store import MemorySeenStore, RedisSeenStore, SeenStore
from wirewatch.settings import Settings

log = logging.getLogger(__name__)

FEED_TIMEOUT_S = 20.0
"""Connect/read timeout of one feed request."""


async def run_service(publisher: Publisher, settings: Settings, stop: asyncio.Event) -> None:
    """Serve the ingest API on settings.ingest_host:ingest_port until interrupted."""
    config = uvicorn.Config(
        create_app(publisher, settings), host=settings.ingest_host, port=settings.ingest_port,
        log_config=None, access_log=False, lifespan="off",
    )
    server = uvicorn.Server(config)
    try:
        await server.serve()
    finally:
        stop.set()


def _seen_store(settings: Settings) -> tuple[SeenStore, object | None]:
    """Redis when one is configured or running (so restarts resume); else in memory."""
    from wirewatch.runtime.endpoints import redis_url
    from wirewatch.runtime.errors import RuntimeNotFound
    from wirewatch.runtime.redis_client import connect_redis

    try:
        redis = connect_redis(redis_url(settings))
    except RuntimeNotFound:
        log.warning("no Redis: sent feed entries are remembered only while this process runs")
        return MemorySeenStore(), None
    return RedisSeenStore(redis, settings.redis_namespace), redis


async def run_feeds(
    publisher: Publisher, feeds: list[str], every: float, once: bool, settings: Settings,
    stop: asyncio.Event,
) -> list[PollResult]:
    """Poll `feeds` every `every` seconds (or once), publishing new entries; the last round."""
    store, redis = _seen_store(settings)
    try:
        async with httpx.AsyncClient(timeout=FEED_TIMEOUT_S, follow_redirects=True) as client:
            results = await poll_feeds(FeedPoller(publisher, store, client), feeds, every, once,
                                       stop)
        for result in results:
            print(f"{result.feed_url}: {result.outcome} ({result.published} new)"
                  + (f" {result.detail}" if result.detail else ""), file=sys.stderr)
        return results
    finally:
        if redis is not None:
            await redis.aclose()
