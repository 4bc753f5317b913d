"""Every service's /metrics moves by the right amounts when articles flow (real services)."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.integration.pipeline import Pipeline
from wirewatch.core.models import Alert

pytestmark = pytest.mark.integration

ARTICLES = [
    {"id": "m-1", "text": "Militants killed 21 soldiers at an army base near Gao, Mali, on "
     "Tuesday, the army said.", "published_at": "2026-11-17T12:00:00Z"},
    {"id": "m-2", "text": "The central bank left interest rates unchanged on Tuesday.",
     "published_at": "2026-11-17T12:05:00Z"},
    {"id": "m-3", "text": "Militants killed 21 soldiers at an army base near Gao, Mali, on "
     "Tuesday, the army said.", "published_at": "2026-11-17T12:10:00Z"},
]


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in a Prometheus text scrape (0 when absent)."""
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return s.value
    return 0.0


async def test_counters_and_histograms_move_by_the_articles_fed(
    kafka_bootstrap, redis_url, namespace, tmp_path
) -> None:
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    try:
        await pipe.start_all()
        response = await pipe.post_articles(ARTICLES)
        assert response.status_code == 202
        bad = await pipe.post_articles({"id": "no-text"})
        assert bad.status_code == 422
        alerts = await pipe.read_topic("alerts", lambda rs: len(rs) >= 1)
        assert len(alerts) == 1 and Alert.model_validate_json(alerts[0]).killed == 21

        ingest = await pipe.metrics("ingest")
        assert sample(ingest, "wirewatch_articles_received_total", channel="http") >= 3
        assert sample(ingest, "wirewatch_articles_published_total") == 3
        assert sum(
            sample(ingest, "wirewatch_articles_rejected_total", reason=r)
            for r in ("invalid_schema", "missing_text", "validation")
        ) >= 1

        extract = await pipe.metrics("extract")
        assert sample(extract, "wirewatch_articles_processed_total") == 3
        assert sample(extract, "wirewatch_articles_deduplicated_total") == 1
        assert sample(extract, "wirewatch_stage_duration_seconds_count", stage="extract") == 3

        dedup = await pipe.metrics("dedup")
        assert sample(dedup, "wirewatch_stage_duration_seconds_count", stage="dedup") == 3
        assert sample(dedup, "wirewatch_incidents_total", outcome="created") == 1

        alert = await pipe.metrics("alert")
        assert sample(alert, "wirewatch_alerts_raised_total", severity="high") == 1
        assert sample(alert, "wirewatch_end_to_end_latency_seconds_count", stage="alert") == 1
    finally:
        pipe.stop_all()
