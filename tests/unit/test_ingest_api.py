"""The ingest HTTP layer, against an in-memory publisher (the real broker is tested elsewhere)."""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from wirewatch.core.models import Article
from wirewatch.ingest.api import create_app
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.settings import Settings

KEY = "s3cret-key-for-tests"


class MemoryPublisher:
    """Keeps what it is given; `broker_up = False` makes it refuse like a dead broker."""

    def __init__(self) -> None:
        self.published: list[Article] = []
        self.broker_up = True

    async def publish(self, articles: list[Article]) -> None:
        if not self.broker_up:
            raise BrokerUnavailable("no broker in this test")
        self.published.extend(articles)

    async def ready(self) -> bool:
        return self.broker_up


def _settings(**overrides) -> Settings:
    values = {"ingest_api_keys": [], "ingest_rate_limit_per_minute": 10_000, **overrides}
    return Settings(**values)


@pytest.fixture
def publisher() -> MemoryPublisher:
    return MemoryPublisher()


def _client(publisher: MemoryPublisher, **overrides) -> httpx.AsyncClient:
    app = create_app(publisher, _settings(**overrides))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest")


ONE = {"text": "Two people were hurt when a gas cylinder exploded in a bakery.",
       "url": "https://news.example/bakery"}


async def test_one_article_is_accepted_with_its_derived_id(publisher):
    async with _client(publisher) as client:
        response = await client.post("/articles", json=ONE)
    assert response.status_code == 202
    assert response.json() == {"accepted": 1, "ids": [Article.id_for(ONE["text"], ONE["url"])]}


async def test_accepted_article_is_published_with_received_at(publisher):
    async with _client(publisher) as client:
        await client.post("/articles", json=ONE)
    assert publisher.published[0].received_at is not None


async def test_batch_is_accepted_in_order(publisher):
    batch = [{"id": "a1", "text": "First."}, {"id": "a2", "text": "Second."}]
    async with _client(publisher) as client:
        response = await client.post("/articles", json=batch)
    assert response.json()["ids"] == ["a1", "a2"]


async def test_ninjs_item_is_accepted_with_its_uri(publisher):
    item = {"uri": "urn:test:1", "headline": "Fire", "body_text": "A depot burned."}
    async with _client(publisher) as client:
        response = await client.post("/articles", json=item)
    assert response.json()["ids"] == ["urn:test:1"]


async def test_ndjson_is_accepted(publisher):
    body = b'{"id": "n1", "text": "One."}\n{"id": "n2", "text": "Two."}\n'
    async with _client(publisher) as client:
        response = await client.post("/articles", content=body,
                                     headers={"Content-Type": "application/x-ndjson"})
    assert response.json()["ids"] == ["n1", "n2"]


async def test_newsml_item_is_accepted(publisher):
    doc = (b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g:1" version="2">'
           b"<contentSet><inlineXML><nitf><body><body.content><p>Four were hurt.</p>"
           b"</body.content></body></nitf></inlineXML></contentSet></newsItem>")
    async with _client(publisher) as client:
        response = await client.post("/articles", content=doc,
                                     headers={"Content-Type": "application/xml"})
    assert response.json()["ids"] == ["urn:g:1#v2"]


async def test_rss_feed_is_accepted(publisher):
    feed = (b"<rss version='2.0'><channel><title>T</title><item><title>Flood</title>"
            b"<link>https://n.example/f</link><description>Roads closed.</description>"
            b"</item></channel></rss>")
    async with _client(publisher) as client:
        response = await client.post("/articles", content=feed,
                                     headers={"Content-Type": "application/rss+xml"})
    assert response.status_code == 202


@pytest.mark.parametrize(("body", "content_type", "status", "reason"), [
    (b"{not json", "application/json", 400, "invalid_json"),
    (b'{"title": "no text"}', "application/json", 422, "missing_text"),
    (b'{"text": "x", "published_at": "soon"}', "application/json", 422, "invalid_article"),
    (b'{"text": "caf\xe9"}', "application/json", 400, "bad_encoding"),
    (b'{"text": "x"}', "application/json; charset=klingon", 415, "unknown_encoding"),
    (b"x", "application/pdf", 415, "unsupported_media_type"),
    (b"", "application/json", 400, "empty"),
    (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><newsItem>&e;</newsItem>',
     "application/xml", 400, "forbidden_xml"),
])
async def test_bad_bodies_get_a_clear_error(publisher, body, content_type, status, reason):
    async with _client(publisher) as client:
        response = await client.post("/articles", content=body,
                                     headers={"Content-Type": content_type})
    assert (response.status_code, response.json()["error"]) == (status, reason)
    assert response.json()["detail"]
    assert publisher.published == []


async def test_compressed_body_is_415(publisher):
    async with _client(publisher) as client:
        response = await client.post("/articles", content=b"\x1f\x8b...",
                                     headers={"Content-Type": "application/json",
                                              "Content-Encoding": "gzip"})
    assert (response.status_code, response.json()["error"]) == (415, "unsupported_media_type")


async def test_body_over_the_limit_is_413(publisher):
    async with _client(publisher, ingest_max_body_bytes=100) as client:
        response = await client.post("/articles", json={"text": "x" * 200})
    assert (response.status_code, response.json()["error"]) == (413, "body_too_large")


async def test_streamed_body_without_length_is_cut_at_the_limit(publisher):
    sent = []

    async def chunks():
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 100

    async with _client(publisher, ingest_max_body_bytes=1000) as client:
        response = await client.post("/articles", content=chunks(),
                                     headers={"Content-Type": "text/plain"})
    assert response.status_code == 413
    assert len(sent) < 1000


async def test_batch_over_the_limit_is_413(publisher):
    batch = [{"text": f"Article {i}."} for i in range(3)]
    async with _client(publisher, ingest_max_batch=2) as client:
        response = await client.post("/articles", json=batch)
    assert (response.status_code, response.json()["error"]) == (413, "batch_too_large")


async def test_text_over_the_limit_is_422(publisher):
    async with _client(publisher, ingest_max_text_chars=10) as client:
        response = await client.post("/articles", json={"text": "x" * 11})
    assert (response.status_code, response.json()["error"]) == (422, "text_too_long")


async def test_broker_down_is_503_and_nothing_is_accepted(publisher):
    publisher.broker_up = False
    async with _client(publisher) as client:
        response = await client.post("/articles", json=ONE)
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert "ids" not in response.json()


async def test_missing_key_is_401_when_keys_are_configured(publisher):
    async with _client(publisher, ingest_api_keys=[KEY]) as client:
        response = await client.post("/articles", json=ONE)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


async def test_wrong_key_is_401(publisher):
    async with _client(publisher, ingest_api_keys=[KEY]) as client:
        response = await client.post("/articles", json=ONE, headers={"X-API-Key": "nope"})
    assert response.status_code == 401


@pytest.mark.parametrize("header", [{"Authorization": f"Bearer {KEY}"}, {"X-API-Key": KEY}])
async def test_right_key_is_accepted_in_either_header(publisher, header):
    async with _client(publisher, ingest_api_keys=[KEY]) as client:
        response = await client.post("/articles", json=ONE, headers=header)
    assert response.status_code == 202


async def test_non_ascii_key_is_401_not_an_error(publisher):
    async with _client(publisher, ingest_api_keys=[KEY]) as client:
        response = await client.post("/articles", json=ONE,
                                     headers={"X-API-Key": "clé".encode()})
    assert response.status_code == 401


async def test_client_over_its_rate_gets_429_with_retry_after(publisher):
    batch = [{"text": f"Article {i}."} for i in range(3)]
    async with _client(publisher, ingest_rate_limit_per_minute=3) as client:
        first = await client.post("/articles", json=batch)
        second = await client.post("/articles", json=ONE)
    assert first.status_code == 202
    assert second.status_code == 429
    assert int(second.headers["Retry-After"]) >= 1


async def test_client_over_its_rate_is_refused_before_its_body_is_read(publisher):
    sent = []

    async def chunks():
        sent.append(1)
        yield json.dumps(ONE).encode()

    async with _client(publisher, ingest_rate_limit_per_minute=1) as client:
        await client.post("/articles", json=ONE)
        refused = await client.post("/articles", content=chunks(),
                                    headers={"Content-Type": "application/json"})
    assert refused.status_code == 429
    assert sent == []


async def test_rate_limits_are_per_key(publisher):
    keys = [KEY, "other-key"]
    async with _client(publisher, ingest_api_keys=keys, ingest_rate_limit_per_minute=1) as client:
        first = await client.post("/articles", json=ONE, headers={"X-API-Key": KEY})
        other = await client.post("/articles", json=ONE, headers={"X-API-Key": "other-key"})
    assert (first.status_code, other.status_code) == (202, 202)


async def test_the_key_never_reaches_the_logs(publisher, caplog):
    caplog.set_level(logging.DEBUG)
    async with _client(publisher, ingest_api_keys=[KEY]) as client:
        await client.post("/articles", json=ONE, headers={"X-API-Key": KEY})
        await client.post("/articles", content=b"{", headers={"X-API-Key": KEY,
                                                               "Content-Type": "application/json"})
    assert KEY not in caplog.text
    assert all(KEY not in json.dumps(r.__dict__, default=str) for r in caplog.records)


async def test_healthz_is_ok(publisher):
    async with _client(publisher) as client:
        assert (await client.get("/healthz")).status_code == 200


@pytest.mark.parametrize(("broker_up", "status"), [(True, 200), (False, 503)])
async def test_readyz_follows_the_publisher(publisher, broker_up, status):
    publisher.broker_up = broker_up
    async with _client(publisher) as client:
        assert (await client.get("/readyz")).status_code == status


async def test_metrics_count_received_and_rejected(publisher):
    async with _client(publisher) as client:
        await client.post("/articles", json=ONE)
        await client.post("/articles", content=b"{", headers={"Content-Type": "application/json"})
        text = (await client.get("/metrics")).text
    assert 'wirewatch_articles_received_total{channel="http"}' in text
    assert 'wirewatch_articles_rejected_total{reason="invalid_json"}' in text


async def test_openapi_documents_every_refusal(publisher):
    async with _client(publisher) as client:
        spec = (await client.get("/openapi.json")).json()
    responses = spec["paths"]["/articles"]["post"]["responses"]
    assert {"202", "400", "401", "413", "415", "422", "429", "503"} <= set(responses)
