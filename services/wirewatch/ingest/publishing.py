"""The one thing every ingest channel needs from Kafka, as an interface.

`wirewatch.runtime.kafka.ArticlePublisher` implements it; tests use small
in-memory ones. `publish` returns only once the broker has every article, and
raises `wirewatch.runtime.errors.BrokerUnavailable` otherwise.
"""

from __future__ import annotations

from typing import Protocol

from wirewatch.core.models import Article


class Publisher(Protocol):
    """Hands articles to the `articles` topic."""

    async def publish(self, articles: list[Article]) -> None: ...

    async def ready(self) -> bool: ...
