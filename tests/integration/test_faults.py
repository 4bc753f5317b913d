"""Faults the pipeline must survive without losing or repeating anything (real broker, Redis)."""

from __future__ import annotations

import asyncio
import base64
import json

import pytest

from tests.integration.pipeline import Pipeline
from tests.integration.synthetic import generate_events, interleave
from wirewatch.core.models import Alert, Article, ArticleExtraction, DeadLetter, Incident
from wirewatch.runtime.embedded import start_broker, start_redis

pytestmark = pytest.mark.integration
SPREAD_ACROSS_WORKERS = True
"""Each test starts its own workers and lasts a minute or more: run them side by side."""


def decode_all(model, records: list[bytes]):
    return [model.model_validate_json(r) for r in records]


async def feed(pipeline: Pipeline, articles: list[dict], batch: int = 50) -> None:
    for start in range(0, len(articles), batch):
        response = await pipeline.post_articles(articles[start:start + batch])
        assert response.status_code == 202, response.text


@pytest.fixture
async def pipeline(kafka_bootstrap, redis_url, namespace, tmp_path):
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    yield pipe
    pipe.stop_all()


POISON = {
    "invalid_json": b"{not json",
    "unsupported_schema_version": json.dumps({"schema_version": 99, "id": "x"}).encode(),
    "too_large": b'{"id": "big", "text": "' + b"a" * (10 * 1024 * 1024) + b'"}',
    "invalid_utf8": b'{"id": "bad", "text": "\xff\xfe broken"}',
}


SENTINEL_TEXT = (
    "Gunmen killed 40 villagers in an attack on Kuki, in Zamfara state, Nigeria, on Monday, "
    "officials said."
)
SENTINEL_INCIDENT = Incident(id="after-poison#0", article_id="after-poison", killed=40)
SENTINELS = {
    "articles": Article(id="after-poison", text=SENTINEL_TEXT).model_dump_json().encode(),
    "incidents.raw": ArticleExtraction(
        id="after-poison", incidents=[SENTINEL_INCIDENT]).model_dump_json().encode(),
    "incidents": SENTINEL_INCIDENT.model_dump_json().encode(),
}
"""A valid record for each topic, fed after the poison: its alert proves the stream went on."""


async def feed_sentinel(pipeline: Pipeline) -> None:
    """A last, distinct big attack through the whole pipeline.

    Topics have one partition, so its alert arrives only after everything fed
    before it has gone through every stage.
    """
    sentinel = {"id": "sentinel", "text": SENTINEL_TEXT, "published_at": "2026-12-01T12:00:00Z"}
    assert (await pipeline.post_articles(sentinel)).status_code == 202


def is_sentinel(alert: Alert) -> bool:
    return any(s.article_id == "sentinel" for s in alert.sources)


@pytest.mark.parametrize("topic", ["articles", "incidents.raw", "incidents"])
async def test_poison_records_become_dead_letters_and_the_stream_goes_on(
    pipeline: Pipeline, topic: str
) -> None:
    await pipeline.start_all(("extract", "dedup", "alert"))
    for reason, raw in POISON.items():
        await pipeline.produce_raw(topic, raw, key=reason.encode())

    letters = decode_all(DeadLetter, await pipeline.read_topic(
        "deadletter", lambda rs: len(rs) >= len(POISON), timeout=60))
    by_reason = {letter.reason: letter for letter in letters}
    assert set(by_reason) == set(POISON)
    for reason, raw in POISON.items():
        assert base64.b64decode(by_reason[reason].original_base64) == raw
        assert by_reason[reason].topic == pipeline.prefix + topic

    await pipeline.produce_raw(topic, SENTINELS[topic], b"after-poison")
    alerts = decode_all(Alert, await pipeline.read_topic(
        "alerts", lambda rs: len(rs) >= 1, timeout=60))
    assert len(alerts) == 1 and alerts[0].killed == 40


@pytest.mark.parametrize("worker", ["extract", "dedup", "alert"])
async def test_worker_killed_mid_stream_loses_and_repeats_nothing(
    pipeline: Pipeline, worker: str
) -> None:
    events = generate_events(count=200, reports_each=5, min_killed=3, max_killed=30)
    articles = interleave(events)
    assert len(articles) == 1000
    expected_alerts = {e.key for e in events if e.killed >= 10}
    await pipeline.start_all()

    await feed(pipeline, articles[:400])
    await pipeline.read_topic("incidents.raw", lambda rs: len(rs) >= 100, timeout=60)
    pipeline.kill(worker)
    await feed(pipeline, articles[400:])
    pipeline.start(worker)
    await pipeline.wait_ready(worker)

    raw = decode_all(ArticleExtraction, await pipeline.read_topic(
        "incidents.raw", lambda rs: len({ArticleExtraction.model_validate_json(r).id
                                        for r in rs}) >= 1000, timeout=180))
    assert {x.id for x in raw} == {a["id"] for a in articles}
    await feed_sentinel(pipeline)
    alerts = decode_all(Alert, await pipeline.read_topic(
        "alerts", lambda rs: any(b'"article_id":"sentinel"' in r for r in rs), timeout=180))
    real = [a for a in alerts if not is_sentinel(a)]
    assert len(real) == len({a.id for a in real}), "an alert was published twice"
    assert len(real) == len(expected_alerts)


OUTAGE_SECONDS = 12
"""Long enough for several retries with backoff on every stage that uses Redis."""


async def test_redis_outage_pauses_and_resumes_without_loss(
    kafka_bootstrap, namespace, tmp_path
) -> None:
    redis = start_redis(persist_dir=tmp_path / "redis")
    pipe = Pipeline(kafka_bootstrap, f"redis://127.0.0.1:{redis.port}/0", namespace, tmp_path)
    try:
        await pipe.start_all()
        events = generate_events(count=20, reports_each=2, min_killed=10, max_killed=40)
        articles = interleave(events)
        await feed(pipe, articles[:10])
        redis.stop()
        await feed(pipe, articles[10:])
        await asyncio.sleep(OUTAGE_SECONDS)  # the outage under test, not a synchronisation
        redis = start_redis(port=redis.port, persist_dir=tmp_path / "redis")
        alerts = decode_all(Alert, await pipe.read_topic(
            "alerts", lambda rs: len(rs) >= len(events), timeout=120))
        assert len(alerts) == len(events)
        assert len({a.id for a in alerts}) == len(events)
        metrics = await pipe.metrics("extract") + await pipe.metrics("dedup")
        assert 'wirewatch_dependency_retries_total{dependency="redis"}' in metrics
    finally:
        pipe.stop_all()
        redis.stop()


async def test_ingest_answers_503_when_the_broker_is_gone(redis_url, namespace, tmp_path):
    broker = start_broker()
    pipe = Pipeline(f"127.0.0.1:{broker.port}", redis_url, namespace, tmp_path)
    try:
        await pipe.create_topics()
        pipe.start("ingest")
        await pipe.wait_ready("ingest")
        ok = await pipe.post_articles({"id": "before", "text": "A quiet day in the city."})
        assert ok.status_code == 202
        broker.stop()
        response = await pipe.post_articles({"id": "during", "text": "Another quiet day."})
        assert response.status_code == 503
    finally:
        pipe.stop_all()
        broker.stop()


async def test_dedup_replica_killed_keeps_incidents_whole(
    kafka_bootstrap, redis_url, namespace, tmp_path
) -> None:
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path, partitions=4)
    try:
        await pipe.start_all()
        pipe.start("dedup", replica=1)
        await pipe.wait_ready("dedup#1")
        events = generate_events(count=40, reports_each=3, min_killed=10, max_killed=40)
        articles = interleave(events)
        await feed(pipe, articles[:60])
        pipe.kill("dedup#1")
        await feed(pipe, articles[60:])
        alerts = decode_all(Alert, await pipe.read_topic(
            "alerts", lambda rs: len(rs) >= len(events), timeout=180))
        assert len({a.incident_id for a in alerts}) == len(events)
        incidents = decode_all(Incident, await pipe.read_topic(
            "incidents", lambda rs: False, timeout=3))
        assert len({i.id for i in incidents}) == len(events), "an event was split"
    finally:
        pipe.stop_all()
