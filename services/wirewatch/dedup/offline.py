"""`wirewatch dedupe`: the dedup stages offline, article JSONL in, verdicts out.

Runs exactly what the stream does (cleaning, the article index, extraction,
the same matching and the same Redis state), only in one process and in input
order, so results here are the results of the service.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import TextIO

import orjson
from pydantic import ValidationError

from wirewatch.core.cleaning import clean_text
from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction_message import extraction_of
from wirewatch.core.models import Article, Incident
from wirewatch.dedup.article_index import ArticleIndex
from wirewatch.dedup.processing import process_extraction
from wirewatch.dedup.store import IncidentStore, connect_redis
from wirewatch.settings import get_settings


@dataclass(frozen=True)
class Verdict:
    """What dedup concluded about one article."""

    id: str
    duplicate_of: str | None
    incident_ids: list[str]
    story_id: str | None = None

    def as_json(self) -> dict:
        return {"id": self.id, "duplicate_of": self.duplicate_of,
                "incident_ids": self.incident_ids, "story_id": self.story_id}


async def dedupe_article(
    article: Article, index: ArticleIndex, store: IncidentStore,
    extract=extract_incidents, now: datetime | None = None,
) -> Verdict:
    """One article through extract + dedup, as the two stream stages would do it."""
    text = clean_text(article.text, article.content_type)
    duplicate_of = await index.find_or_add(article.id, text, article.published_at, article.title)
    incidents = [] if duplicate_of else extract(article)
    extraction = extraction_of(article, text, duplicate_of, incidents)
    news_time = article.published_at or article.received_at or datetime.now(UTC)
    await process_extraction(
        store, extraction, now or _report_time(article, incidents), news_time=news_time
    )
    return Verdict(
        article.id, duplicate_of, await store.article_incidents(article.id) or [],
        await store.article_story(article.id),
    )


def _report_time(article: Article, incidents: list[Incident]) -> datetime:
    """When the report was news: published, else its main event's day, else now.

    Offline files of old articles often lack publication dates; taking "now"
    for them would make every dated event old news, outside the dedup window.
    """
    if article.published_at:
        return article.published_at
    dated = next((i.event_date for i in incidents if i.event_date), None)
    if dated:
        return datetime.combine(dated, time(12), UTC)
    return datetime.now(UTC)


async def _run(stdin: TextIO, stdout: TextIO, namespace: str | None) -> int:
    settings = get_settings()
    ns = namespace or settings.redis_namespace
    redis = connect_redis()
    index = ArticleIndex.from_settings(redis, settings, ns)
    store = IncidentStore.from_settings(redis, settings, ns)
    failures = 0
    try:
        for number, line in enumerate(stdin, start=1):
            if not line.strip():
                continue
            try:
                article = Article.model_validate(orjson.loads(line))
            except (orjson.JSONDecodeError, ValidationError) as error:
                failures += 1
                print(f"line {number}: skipped: {error}", file=sys.stderr)
                continue
            verdict = await dedupe_article(article, index, store)
            stdout.write(orjson.dumps(verdict.as_json()).decode() + "\n")
            stdout.flush()
    finally:
        await redis.aclose()
    return 1 if failures else 0


def run_offline_dedupe(stdin: TextIO, stdout: TextIO, namespace: str | None) -> int:
    """Read article JSONL in order; write one verdict per article; exit 1 if a line was bad."""
    return asyncio.run(_run(stdin, stdout, namespace))
