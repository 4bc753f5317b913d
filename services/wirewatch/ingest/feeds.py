"""RSS/Atom polling: fetch politely, publish only new entries, never lose one.

Each poll sends a conditional GET (If-None-Match / If-Modified-Since from the
last fully published response); a 304 costs nothing. New entries (by article
id, which derives from the entry link) are published oldest first, in chunks;
each chunk is marked as sent only after the publisher returned, and the
feed's validators are saved only once every entry is out. So when the broker
is down (BrokerUnavailable) nothing is marked, the next poll gets a full
response again, and the entries go out then: at-least-once, like the rest of
the pipeline.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import httpx

from wirewatch.core.models import Article
from wirewatch.ingest.formats import ParseError, parse_feed
from wirewatch.ingest.publishing import Publisher
from wirewatch.ingest.seen_store import SeenStore, Validators
from wirewatch.ingest.submission import Rejection, media_type, read_bounded
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.runtime.metrics import ARTICLES_RECEIVED, ARTICLES_REJECTED

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 10 * 1024 * 1024
"""Largest feed document read; bigger responses are abandoned (a feed is rarely 1 MB)."""

PUBLISH_CHUNK = 100
"""Entries per publish call: progress is saved after each chunk."""

USER_AGENT = "wirewatch-feed-poller/1 (+https://github.com/wirewatch)"

Outcome = Literal["published", "not_modified", "unchanged", "failed"]


@dataclass(frozen=True)
class PollResult:
    """What one poll of one feed did."""

    feed_url: str
    outcome: Outcome
    published: int = 0
    detail: str = ""


@dataclass(frozen=True)
class _Fetched:
    not_modified: bool
    body: bytes
    headers: httpx.Headers


class FeedPoller:
    """Polls feeds through one HTTP client and hands new entries to the publisher."""

    def __init__(
        self, publisher: Publisher, store: SeenStore, client: httpx.AsyncClient,
        max_bytes: int = MAX_FEED_BYTES,
    ) -> None:
        self.publisher = publisher
        self.store = store
        self.client = client
        self.max_bytes = max_bytes

    async def _fetch(self, feed_url: str, known: Validators) -> _Fetched:
        """A 304, or the body of a 2xx read with a size bound, with the response headers."""
        headers = {"User-Agent": USER_AGENT}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.modified:
            headers["If-Modified-Since"] = known.modified
        async with self.client.stream("GET", feed_url, headers=headers) as response:
            if response.status_code == 304:
                return _Fetched(True, b"", response.headers)
            response.raise_for_status()
            body = await read_bounded(response.aiter_bytes(),
                                      response.headers.get("content-length"), self.max_bytes)
            return _Fetched(False, body, response.headers)

    async def _new_entries(self, feed_url: str, articles: list[Article]) -> list[Article]:
        fresh, ids = [], set()
        for article in reversed(articles):  # feeds list newest first: publish oldest first
            if article.id not in ids and not await self.store.seen(feed_url, article.id):
                fresh.append(article)
                ids.add(article.id)
        return fresh

    async def _publish(self, feed_url: str, articles: list[Article]) -> None:
        now = datetime.now(UTC)
        for start in range(0, len(articles), PUBLISH_CHUNK):
            chunk = [a.model_copy(update={"received_at": now})
                     for a in articles[start:start + PUBLISH_CHUNK]]
            await self.publisher.publish(chunk)  # BrokerUnavailable: this chunk stays unmarked
            await self.store.mark(feed_url, [a.id for a in chunk])
            ARTICLES_RECEIVED.labels("feed").inc(len(chunk))

    async def poll(self, feed_url: str) -> PollResult:
        """Fetch once and publish what is new. Raises BrokerUnavailable / RedisUnavailable."""
        known = await self.store.validators(feed_url)
        try:
            fetched = await self._fetch(feed_url, known)
        except (httpx.HTTPError, Rejection) as exc:
            return PollResult(feed_url, "failed", detail=f"fetch failed: {exc}"[:300])
        if fetched.not_modified:
            return PollResult(feed_url, "not_modified")
        headers = fetched.headers
        try:
            articles = parse_feed(fetched.body, media_type(headers.get("content-type"))[1])
        except ParseError as exc:
            ARTICLES_REJECTED.labels(exc.reason).inc()
            return PollResult(feed_url, "failed", detail=str(exc)[:300])
        fresh = await self._new_entries(feed_url, articles)
        await self._publish(feed_url, fresh)
        await self.store.save_validators(
            feed_url, Validators(headers.get("etag"), headers.get("last-modified"))
        )
        return PollResult(feed_url, "published" if fresh else "unchanged", len(fresh))


async def poll_feeds(
    poller: FeedPoller, feeds: list[str], every: float, once: bool,
    stop: asyncio.Event | None = None,
) -> list[PollResult]:
    """Poll every feed each `every` seconds until `stop` is set (or once). Returns last round.

    A broker or Redis outage fails that feed's poll only; it is retried next
    round, since nothing of it was marked as sent.
    """
    stop = stop or asyncio.Event()
    results: list[PollResult] = []
    while True:
        results = list(await asyncio.gather(*(_poll_logged(poller, url) for url in feeds)))
        if once or stop.is_set():
            return results
        try:
            await asyncio.wait_for(stop.wait(), timeout=every)
            return results
        except TimeoutError:
            continue


async def _poll_logged(poller: FeedPoller, feed_url: str) -> PollResult:
    try:
        result = await poller.poll(feed_url)
    except BrokerUnavailable as exc:
        result = PollResult(feed_url, "failed", detail=f"broker unavailable: {exc}"[:300])
    except Exception as exc:  # noqa: BLE001 - one feed's failure must not stop the others
        log.exception("feed poll failed", extra={"feed": feed_url})
        result = PollResult(feed_url, "failed", detail=f"{type(exc).__name__}: {exc}"[:300])
    level = logging.WARNING if result.outcome == "failed" else logging.INFO
    log.log(level, "feed polled", extra={"feed": feed_url, "outcome": result.outcome,
                                         "published": result.published, "detail": result.detail})
    return result
