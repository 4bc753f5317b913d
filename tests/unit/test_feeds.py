"""Feed polling against a real HTTP server on 127.0.0.1 (started and stopped by the test)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from wirewatch.core.models import Article
from wirewatch.ingest.feeds import FeedPoller, poll_feeds
from wirewatch.ingest.seen_store import MemorySeenStore
from wirewatch.runtime.errors import BrokerUnavailable


def _feed(*entries: tuple[str, str]) -> bytes:
    """An RSS 2.0 document, newest entry first, as feeds list them."""
    items = "".join(
        f"<item><title>{title}</title><link>https://n.example/{slug}</link>"
        f"<description>{title} was reported.</description></item>"
        for slug, title in entries
    )
    return f"<rss version='2.0'><channel><title>Test wire</title>{items}</channel></rss>".encode()


class FeedServer:
    """Serves one feed with an ETag; counts full and 304 answers."""

    def __init__(self) -> None:
        self.body = _feed(("b", "Second"), ("a", "First"))
        self.version = 1
        self.honour_etag = True
        self.status = 200
        self.full = 0
        self.not_modified = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                etag = f'"v{outer.version}"'
                if outer.status != 200:
                    self.send_response(outer.status)
                    self.end_headers()
                    return
                if outer.honour_etag and self.headers.get("If-None-Match") == etag:
                    outer.not_modified += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                outer.full += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(outer.body)))
                if outer.honour_etag:
                    self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(usegmt=True))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args) -> None:
                return None

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/feed.rss"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def publish_new_version(self, body: bytes) -> None:
        self.body = body
        self.version += 1


class RecordingPublisher:
    def __init__(self) -> None:
        self.batches: list[list[Article]] = []
        self.broker_up = True

    async def publish(self, articles: list[Article]) -> None:
        if not self.broker_up:
            raise BrokerUnavailable("broker down in this test")
        self.batches.append(articles)

    async def ready(self) -> bool:
        return self.broker_up

    @property
    def titles(self) -> list[str]:
        return [a.title for batch in self.batches for a in batch]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer()
    feed_server.thread.start()
    yield feed_server
    feed_server.server.shutdown()
    feed_server.server.server_close()
    feed_server.thread.join(timeout=5)


@pytest.fixture
def publisher() -> RecordingPublisher:
    return RecordingPublisher()


async def _poll(server, publisher, store, **kwargs):
    async with httpx.AsyncClient(timeout=5) as client:
        return await FeedPoller(publisher, store, client, **kwargs).poll(server.url)


async def test_first_poll_publishes_every_entry_oldest_first(server, publisher):
    result = await _poll(server, publisher, MemorySeenStore())
    assert (result.outcome, result.published) == ("published", 2)
    assert publisher.titles == ["First", "Second"]


async def test_published_entries_carry_link_and_received_at(server, publisher):
    await _poll(server, publisher, MemorySeenStore())
    first = publisher.batches[0][0]
    assert first.url == "https://n.example/a"
    assert first.received_at is not None


async def test_unchanged_feed_gets_304_and_nothing_is_resent(server, publisher):
    store = MemorySeenStore()
    await _poll(server, publisher, store)
    again = await _poll(server, publisher, store)
    assert again.outcome == "not_modified"
    assert (server.full, server.not_modified) == (1, 1)
    assert len(publisher.titles) == 2


async def test_only_the_new_entry_is_published_after_the_feed_changes(server, publisher):
    store = MemorySeenStore()
    await _poll(server, publisher, store)
    server.publish_new_version(_feed(("c", "Third"), ("b", "Second"), ("a", "First")))
    result = await _poll(server, publisher, store)
    assert (result.outcome, result.published) == ("published", 1)
    assert publisher.titles == ["First", "Second", "Third"]


async def test_sent_entries_are_not_resent_when_the_server_ignores_etags(server, publisher):
    server.honour_etag = False
    store = MemorySeenStore()
    await _poll(server, publisher, store)
    again = await _poll(server, publisher, store)
    assert (again.outcome, server.full) == ("unchanged", 2)
    assert len(publisher.titles) == 2


async def test_broker_outage_leaves_entries_for_the_next_poll(server, publisher):
    store = MemorySeenStore()
    publisher.broker_up = False
    with pytest.raises(BrokerUnavailable):
        await _poll(server, publisher, store)
    publisher.broker_up = True
    result = await _poll(server, publisher, store)
    assert (result.outcome, result.published) == ("published", 2)
    assert server.not_modified == 0  # validators were not saved while entries were unsent


async def test_a_new_poller_on_the_same_store_resumes_where_the_last_stopped(server, publisher):
    store = MemorySeenStore()
    await _poll(server, publisher, store)
    other = RecordingPublisher()
    result = await _poll(server, other, store)
    assert result.outcome == "not_modified"
    assert other.batches == []


async def test_server_error_is_a_failed_poll(server, publisher):
    server.status = 500
    result = await _poll(server, publisher, MemorySeenStore())
    assert result.outcome == "failed"
    assert publisher.batches == []


async def test_oversized_feed_is_abandoned(server, publisher):
    result = await _poll(server, publisher, MemorySeenStore(), max_bytes=50)
    assert result.outcome == "failed"
    assert publisher.batches == []


async def test_unparseable_feed_is_a_failed_poll(server, publisher):
    server.publish_new_version(b"<rss><channel></channel></rss>")
    result = await _poll(server, publisher, MemorySeenStore())
    assert result.outcome == "failed"


async def test_poll_feeds_once_polls_every_feed_and_survives_a_broker_outage(server, publisher):
    publisher.broker_up = False
    async with httpx.AsyncClient(timeout=5) as client:
        poller = FeedPoller(publisher, MemorySeenStore(), client)
        results = await poll_feeds(poller, [server.url, server.url + "?2"], every=60, once=True)
    assert [r.outcome for r in results] == ["failed", "failed"]
    assert all("broker" in r.detail for r in results)


async def test_poll_feeds_stops_when_asked(server, publisher):
    stop = asyncio.Event()
    async with httpx.AsyncClient(timeout=5) as client:
        poller = FeedPoller(publisher, MemorySeenStore(), client)
        task = asyncio.create_task(poll_feeds(poller, [server.url], every=3600, once=False,
                                              stop=stop))
        while not publisher.batches:
            await asyncio.sleep(0)  # yield to the poll; no timing assumption
        stop.set()
        results = await asyncio.wait_for(task, timeout=5)
    assert results[0].outcome == "published"
