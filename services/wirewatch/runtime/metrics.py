"""Every Prometheus metric wirewatch exports, in one place.

Names follow Prometheus conventions: `wirewatch_` prefix, units in the name,
`_total` for counters, histograms for latencies. The Grafana dashboard and its
test read this module's list of names.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

ARTICLES_RECEIVED = Counter(
    "wirewatch_articles_received_total", "Articles received by ingest", ["channel"]
)
ARTICLES_PUBLISHED = Counter(
    "wirewatch_articles_published_total", "Articles handed to Kafka by ingest"
)
ARTICLES_REJECTED = Counter(
    "wirewatch_articles_rejected_total", "Articles refused by ingest", ["reason"]
)
ARTICLES_PROCESSED = Counter(
    "wirewatch_articles_processed_total", "Articles read by extract"
)
ARTICLES_DEDUPLICATED = Counter(
    "wirewatch_articles_deduplicated_total", "Articles recognised as copies of earlier ones"
)
INCIDENTS_EXTRACTED = Counter(
    "wirewatch_incidents_extracted_total", "Incidents read out of articles", ["event_type"]
)
INCIDENTS_MATCHED = Counter(
    "wirewatch_incidents_total",
    "Incident outcomes in dedup: created, merged (changed), unchanged (a repeat)",
    ["outcome"],
)
ALERTS_RAISED = Counter("wirewatch_alerts_raised_total", "Alerts published", ["severity"])
DEAD_LETTERS = Counter(
    "wirewatch_dead_letters_total", "Messages sent to the dead-letter topic", ["stage", "reason"]
)
STAGE_SECONDS = Histogram(
    "wirewatch_stage_duration_seconds", "Processing time of one message per stage",
    ["stage"], buckets=LATENCY_BUCKETS,
)
END_TO_END_SECONDS = Histogram(
    "wirewatch_end_to_end_latency_seconds", "From ingest to the message leaving a stage",
    ["stage"], buckets=LATENCY_BUCKETS,
)
CONSUMER_LAG = Gauge(
    "wirewatch_consumer_lag_messages", "High watermark minus committed offset",
    ["topic", "partition"],
)
DEPENDENCY_ERRORS = Counter(
    "wirewatch_dependency_errors_total", "Errors talking to Redis or the broker",
    ["dependency"],
)
DEPENDENCY_RETRIES = Counter(
    "wirewatch_dependency_retries_total", "Retries after a Redis or broker error",
    ["dependency"],
)
READY = Gauge("wirewatch_ready", "1 when connected to broker and Redis, partitions assigned")

EXPORTED_METRIC_NAMES: tuple[str, ...] = (
    "wirewatch_articles_received_total",
    "wirewatch_articles_published_total",
    "wirewatch_articles_rejected_total",
    "wirewatch_articles_processed_total",
    "wirewatch_articles_deduplicated_total",
    "wirewatch_incidents_extracted_total",
    "wirewatch_incidents_total",
    "wirewatch_alerts_raised_total",
    "wirewatch_dead_letters_total",
    "wirewatch_stage_duration_seconds",
    "wirewatch_end_to_end_latency_seconds",
    "wirewatch_consumer_lag_messages",
    "wirewatch_dependency_errors_total",
    "wirewatch_dependency_retries_total",
    "wirewatch_ready",
)
"""Metric names as a scrape shows them (histograms add _bucket, _sum, _count)."""
