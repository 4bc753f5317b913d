"""The dedup stage: `incidents.raw` -> `incidents`, matching against Redis state."""

from __future__ import annotations

from datetime import UTC, datetime

from redis.asyncio import Redis

from wirewatch.core.models import ArticleExtraction
from wirewatch.dedup.processing import process_extraction
from wirewatch.dedup.store import IncidentStore
from wirewatch.runtime.metrics import END_TO_END_SECONDS, INCIDENTS_MATCHED
from wirewatch.runtime.redis_stage import RedisBackedStage
from wirewatch.runtime.retry import retry_forever
from wirewatch.runtime.stage import Outgoing, decode, now_utc
from wirewatch.settings import Settings
from wirewatch.topology import INCIDENTS, INCIDENTS_RAW


def reference_time(extraction: ArticleExtraction, wall_clock: datetime) -> datetime:
    """The time the dedup window is measured from: the article's publication, never the future.

    Reports are matched against incidents within the window of *when they were
    published*, so a replayed or late-delivered archive dedups exactly as it did live
    (and as `wirewatch dedupe` does offline).
    """
    published = extraction.published_at
    if published is None:
        return wall_clock
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return min(published, wall_clock)


class DedupStage(RedisBackedStage):
    """Decode one article's incidents, merge them into the incidents seen, emit new versions.

    A redelivered article re-emits the versions it last produced (`republish`): the
    Redis commit happens before the broker acknowledges the output, so a crash in
    between must not lose them. Downstream, the alert ledger makes the repeat harmless.
    """

    name = "dedup"
    source = INCIDENTS_RAW

    def __init__(self, settings: Settings, redis_url: str) -> None:
        super().__init__(redis_url)
        self._settings = settings
        self._store: IncidentStore | None = None

    async def open_stores(self, redis: Redis) -> None:
        self._store = IncidentStore.from_settings(redis, self._settings)

    async def handle(self, raw: bytes | None) -> list[Outgoing]:
        extraction = decode(ArticleExtraction, raw)
        store = self._store
        assert store is not None, "start() first"
        when = reference_time(extraction, now_utc())
        versions = await retry_forever(
            lambda: process_extraction(store, extraction, when, republish=True), "redis",
            context=extraction.id,
        )
        now = now_utc()
        for version in versions:
            INCIDENTS_MATCHED.labels("created" if version.version == 1 else "merged").inc()
            if version.ingested_at is not None:
                latency = (now - version.ingested_at).total_seconds()
                END_TO_END_SECONDS.labels("dedup").observe(max(latency, 0.0))
        return [Outgoing(INCIDENTS, version.id, version) for version in versions]
