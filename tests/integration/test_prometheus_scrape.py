"""A real Prometheus scrapes wirewatch's metrics and answers PromQL with the right numbers.

The exporter is prometheus_client's own HTTP server, serving the process-wide
registry that holds the counters of `wirewatch.runtime.metrics`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prometheus_client import REGISTRY, start_http_server

from tests.integration.prometheus_server import (
    PrometheusServer,
    prometheus_binary,
    running_prometheus,
)
from wirewatch.runtime.metrics import ARTICLES_RECEIVED

pytestmark = pytest.mark.integration

JOB = "wirewatch-test"
RECEIVED_HTTP = f'wirewatch_articles_received_total{{channel="http", job="{JOB}"}}'
DEADLINE_SECONDS = 30.0


def received_http() -> float:
    """The counter's current value in this process (other tests may have moved it)."""
    value = REGISTRY.get_sample_value("wirewatch_articles_received_total", {"channel": "http"})
    return value or 0.0


@pytest.fixture(scope="module")
def prometheus() -> Iterator[PrometheusServer]:
    """A metrics exporter on a free loopback port and a real Prometheus scraping it each second."""
    prometheus_binary()
    httpd, thread = start_http_server(0, addr="127.0.0.1")
    try:
        with running_prometheus([f"127.0.0.1:{httpd.server_port}"], JOB) as server:
            yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def increment(times: int) -> float:
    """Count `times` articles received over HTTP; return the total before them."""
    before = received_http()
    for _ in range(times):
        ARTICLES_RECEIVED.labels(channel="http").inc()
    return before


def test_prometheus_reports_n_articles_after_n_increments(prometheus: PrometheusServer) -> None:
    before = increment(7)
    seen = prometheus.wait_for_value(RECEIVED_HTTP, before + 7, DEADLINE_SECONDS)
    assert seen - before == 7


def test_prometheus_follows_later_increments_of_the_same_series(
    prometheus: PrometheusServer,
) -> None:
    first = increment(3) + 3
    assert prometheus.wait_for_value(RECEIVED_HTTP, first, DEADLINE_SECONDS) == first
    increment(4)
    seen = prometheus.wait_for_value(RECEIVED_HTTP, first + 4, DEADLINE_SECONDS)
    assert seen - first == 4


def test_the_exporter_is_a_healthy_scrape_target(prometheus: PrometheusServer) -> None:
    assert prometheus.wait_for_value(f'up{{job="{JOB}"}}', 1.0, DEADLINE_SECONDS) == 1.0


async def test_prometheus_counts_articles_ingested_by_the_real_service(
    kafka_bootstrap, redis_url, namespace, tmp_path
) -> None:
    """A real ingest service, a real Prometheus scraping it: PromQL counts what was posted."""
    from tests.integration.pipeline import Pipeline

    prometheus_binary()
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    try:
        await pipe.create_topics()
        pipe.start("ingest")
        await pipe.wait_ready("ingest")
        target = pipe.url("ingest").removeprefix("http://")
        with running_prometheus([target], "wirewatch-ingest") as server:
            articles = [{"id": f"p{n}", "text": f"Report number {n} on a quiet day."}
                        for n in range(9)]
            assert (await pipe.post_articles(articles)).status_code == 202
            query = 'sum(wirewatch_articles_published_total{job="wirewatch-ingest"})'
            assert server.wait_for_value(query, 9.0, DEADLINE_SECONDS) == 9.0
    finally:
        pipe.stop_all()
