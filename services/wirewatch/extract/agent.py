"""The extract stage: `articles` -> `incidents.raw`.

Near-verbatim copies of an article already seen are recognised first (MinHash
index in Redis) and not extracted again; the dedup stage attaches them as
sources of the original's incidents.
"""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from wirewatch.core.cleaning import clean_text
from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.warm_up import warm_up_extractor
from wirewatch.core.extraction_message import extraction_of
from wirewatch.core.models import Article, ArticleExtraction
from wirewatch.dedup.article_index import ArticleIndex
from wirewatch.runtime.metrics import (
    ARTICLES_DEDUPLICATED,
    ARTICLES_PROCESSED,
    INCIDENTS_EXTRACTED,
)
from wirewatch.runtime.redis_stage import RedisBackedStage
from wirewatch.runtime.retry import retry_forever
from wirewatch.runtime.stage import Outgoing, PoisonMessage, decode
from wirewatch.settings import Settings
from wirewatch.topology import ARTICLES, INCIDENTS_RAW


class ExtractStage(RedisBackedStage):
    """Decode an article, check it against articles seen, extract its incidents."""

    name = "extract"
    source = ARTICLES

    def __init__(self, settings: Settings, redis_url: str) -> None:
        super().__init__(redis_url)
        self._settings = settings
        self._index: ArticleIndex | None = None
        self._warm = False

    async def open_stores(self, redis: Redis) -> None:
        self._index = ArticleIndex.from_settings(redis, self._settings)
        await asyncio.to_thread(warm_up_extractor)
        self._warm = True

    async def ready(self) -> bool:
        return self._warm and await super().ready()

    async def handle(self, raw: bytes | None) -> list[Outgoing]:
        article = decode(Article, raw)
        if len(article.text) > self._settings.ingest_max_text_chars:
            raise PoisonMessage("too_large", f"text of {len(article.text)} characters")
        ARTICLES_PROCESSED.inc()
        index = self._index
        assert index is not None, "start() first"
        text = clean_text(article.text, article.content_type)
        duplicate_of = await retry_forever(
            lambda: index.find_or_add(article.id, text, article.published_at, article.title),
            "redis", context=article.id,
        )
        incidents = [] if duplicate_of else extract_incidents(article, text)
        if duplicate_of:
            ARTICLES_DEDUPLICATED.inc()
        for incident in incidents:
            INCIDENTS_EXTRACTED.labels(incident.event_type or "unknown").inc()
        extraction = extraction_of(article, text, duplicate_of, incidents)
        return [Outgoing(INCIDENTS_RAW, partition_key(extraction), extraction)]


def partition_key(extraction: ArticleExtraction) -> str:
    """Reports of one event should meet on one dedup worker: key by the main country."""
    for incident in extraction.incidents:
        if incident.location.country_code:
            return incident.location.country_code
    return extraction.duplicate_of or extraction.id
