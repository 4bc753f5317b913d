"""Feeding articles in, and watching alerts come out, with wall-clock times for both.

Articles go through `POST /articles` of the ingest service when it serves; in
a checkout where it does not yet, they are published with the same
ArticlePublisher ingest uses (received_at stamped here), and the report says so.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

from wirewatch.core.models import Article
from wirewatch.runtime.kafka import ArticlePublisher

BATCH = 100
IN_FLIGHT = 4


@dataclass
class Feeder:
    """Sends articles and remembers when each was handed over (time.time())."""

    ingest_url: str | None
    publisher: ArticlePublisher | None
    sent_at: dict[str, float] = field(default_factory=dict)
    post_s: list[float] = field(default_factory=list)
    errors: int = 0

    @property
    def mode(self) -> str:
        return "http" if self.ingest_url else "publisher"

    async def close(self) -> None:
        if self.publisher is not None:
            await self.publisher.stop()

    async def send(self, client: httpx.AsyncClient | None, batch: list[dict]) -> None:
        """One POST (or one publish) of a batch; failures are counted, not retried."""
        now = time.time()
        for row in batch:
            self.sent_at[row["id"]] = now
        if self.ingest_url and client is not None:
            body = orjson.dumps(batch[0] if len(batch) == 1 else batch)
            for _attempt in range(5):  # a client retries; the article keeps its first send time
                try:
                    resp = await client.post(f"{self.ingest_url}/articles", content=body,
                                             headers={"Content-Type": "application/json"})
                except httpx.HTTPError:
                    self.errors += 1
                    await asyncio.sleep(0.5)
                    continue
                if resp.status_code < 300:
                    break
                self.errors += 1
                await asyncio.sleep(0.5)
            self.post_s.append(time.time() - now)
            return
        stamp = datetime.fromtimestamp(now, UTC)
        assert self.publisher is not None
        await self.publisher.publish(
            [Article.model_validate({**row, "received_at": stamp}) for row in batch])
        self.post_s.append(time.time() - now)

    def take_post_summary(self) -> dict:
        """p50/p99 of the sends since the last call (ms): how long ingest took to accept."""
        values = sorted(1000 * v for v in self.post_s)
        self.post_s = []
        errors, self.errors = self.errors, 0
        return {"post_p50_ms": pct(values, 50), "post_p99_ms": pct(values, 99),
                "post_errors": errors}

    async def burst(self, rows: list[dict]) -> float:
        """Everything as fast as ingest takes it (batches, a few in flight); returns seconds."""
        started = time.perf_counter()
        batches = [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]
        gate = asyncio.Semaphore(IN_FLIGHT)
        async with httpx.AsyncClient(timeout=60.0) as client:
            async def one(batch: list[dict]) -> None:
                async with gate:
                    await self.send(client, batch)
            await asyncio.gather(*(one(b) for b in batches))
        return time.perf_counter() - started

    async def steady(self, rows: list[dict], rate: float) -> float:
        """One article per request at `rate` a second (open loop); returns achieved rate."""
        started = time.perf_counter()
        tasks = []
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
        async with httpx.AsyncClient(timeout=60.0, limits=limits) as client:
            for i, row in enumerate(rows):
                delay = started + i / rate - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                tasks.append(asyncio.create_task(self.send(client, [row])))
            await asyncio.gather(*tasks)
        return len(rows) / (time.perf_counter() - started)


class AlertWatch:
    """Reads `alerts` from the start in the background; keeps each alert's times by article."""

    def __init__(self, bootstrap: str, topic: str, partitions: int) -> None:
        self._bootstrap, self._topic, self._partitions = bootstrap, topic, partitions
        self.alerts: dict[str, dict] = {}
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(bootstrap_servers=self._bootstrap,
                                          enable_auto_commit=False, fetch_max_wait_ms=10)
        await self._consumer.start()
        parts = [TopicPartition(self._topic, p) for p in range(self._partitions)]
        self._consumer.assign(parts)
        await self._consumer.seek_to_beginning(*parts)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            got = await self._consumer.getmany(timeout_ms=100)
            now = time.time()
            for batch in got.values():
                for record in batch:
                    alert = orjson.loads(record.value)
                    for source in alert.get("sources", [])[:1]:
                        raised = datetime.fromisoformat(alert["raised_at"]).timestamp()
                        self.alerts.setdefault(source["article_id"], {
                            "raised_at": raised, "seen_at": now,
                            "record_ts": record.timestamp / 1000.0, "id": alert["id"]})

    async def wait_for(self, ids: set[str], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not ids <= self.alerts.keys():
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.1)
        return True

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self._consumer.stop()


def latency_summary(sent_at: dict[str, float], alerts: dict[str, dict],
                    ids: list[str]) -> dict:
    """p50/p95/p99/max of raised_at - sent time (ms), over the articles that alerted."""
    values = sorted(1000 * (alerts[i]["raised_at"] - sent_at[i])
                    for i in ids if i in alerts and i in sent_at)
    seen = sorted(1000 * (alerts[i]["seen_at"] - sent_at[i])
                  for i in ids if i in alerts and i in sent_at)
    return {"alerts": len(values), "expected": len(ids), "p50_ms": pct(values, 50),
            "p95_ms": pct(values, 95), "p99_ms": pct(values, 99),
            "max_ms": round(values[-1]) if values else None,
            "seen_by_client_p99_ms": pct(seen, 99)}


def pct(values: list[float], q: float) -> float | None:
    """The q-th percentile (nearest rank) of sorted values."""
    if not values:
        return None
    rank = max(0, min(len(values) - 1, round(q / 100 * len(values) + 0.5) - 1))
    return round(values[rank], 1)
