"""The stream graph on one screen: topics, keys, message types, and who reads and writes.

    HTTP / feeds / files
      ingest  ──► articles       key: article id          Article
      extract ──► incidents.raw  key: main country code   ArticleExtraction
      dedup   ──► incidents      key: incident id         Incident   (state: Redis)
      alert   ──► alerts         key: incident id         Alert      (state: Redis)

    every stage ──► deadletter (key: stage, DeadLetter) for input it cannot process

`incidents.raw` is keyed by the main incident's country so that reports of one
event usually meet on one dedup worker; dedup still takes a Redis lock per
country because an article can name several countries.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from wirewatch.core.models import Alert, Article, ArticleExtraction, DeadLetter, Incident


@dataclass(frozen=True)
class TopicSpec:
    """One topic: its base name, what its key is, its message model, writers and readers."""

    name: str
    key: str
    model: type[BaseModel]
    writers: tuple[str, ...]
    readers: tuple[str, ...]
    description: str


ARTICLES = TopicSpec(
    "articles", "article id", Article, ("ingest",), ("extract",),
    "Articles as ingested from HTTP, feeds and files, before cleaning.",
)
INCIDENTS_RAW = TopicSpec(
    "incidents.raw", "country code of the main incident", ArticleExtraction,
    ("extract",), ("dedup",),
    "One article's extracted incidents (or the article it duplicates).",
)
INCIDENTS = TopicSpec(
    "incidents", "incident id", Incident, ("dedup",), ("alert", "any client"),
    "Every new version of a deduplicated incident.",
)
ALERTS = TopicSpec(
    "alerts", "incident id", Alert, ("alert",), ("wirewatch alerts", "any client"),
    "One alert per incident and severity tier.",
)
DEADLETTER = TopicSpec(
    "deadletter", "stage name", DeadLetter, ("ingest", "extract", "dedup", "alert"),
    ("operators",),
    "Input a stage could not process, with the reason and the original bytes.",
)

TOPICS: tuple[TopicSpec, ...] = (ARTICLES, INCIDENTS_RAW, INCIDENTS, ALERTS, DEADLETTER)

SERVICES: dict[str, tuple[tuple[TopicSpec, ...], tuple[TopicSpec, ...]]] = {
    "ingest": ((), (ARTICLES, DEADLETTER)),
    "extract": ((ARTICLES,), (INCIDENTS_RAW, DEADLETTER)),
    "dedup": ((INCIDENTS_RAW,), (INCIDENTS, DEADLETTER)),
    "alert": ((INCIDENTS,), (ALERTS, DEADLETTER)),
}
"""service -> (topics it reads, topics it writes)."""


def topic_name(spec: TopicSpec, prefix: str = "") -> str:
    """The topic's name on the broker, with the deployment's prefix."""
    return f"{prefix}{spec.name}"
